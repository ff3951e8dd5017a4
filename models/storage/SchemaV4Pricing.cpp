#include "Migrations.h"

namespace bd {

// Billing Conductor pricing (issue 10): custom pricing plans and their rules, the plan history of billing groups, the
// accounts of STANDARD billing groups, custom line items.
//
// Versions: a change applies from the current billing period, so closed periods keep the configuration they were
// computed with. A rule or a custom line item is stored once per version, keyed (id, from_period); to_period is the
// last period of the version (inclusive), NULL while it is in effect. Periods are month indexes (year * 12 + month -
// 1), as everywhere. Percentages and amounts are Decimal raw values (11 decimals) as INTEGER (moneyColumn).
//
// billing_group_plans is the plan history of a billing group: the plan in effect for a period is the row with the
// greatest from_period <= period ('' = none configured, priced as BasicPricingPlan; a managed plan's name or a
// custom plan's id). billing_groups.pricing_plan stays the current plan's name, for the transfers' lists. Existing
// groups get their plan from period 0.
Migration schemaV4Pricing()
{
    return {
        4,
        QStringLiteral("Pricing: plans, rule versions, billing group plans and accounts, custom line items"),
        {
            QStringLiteral("CREATE TABLE pricing_plans ("
                           " id TEXT PRIMARY KEY," // pp-...
                           " name TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " owner_organization_id TEXT NOT NULL," // the payer that configures it ('' admin)
                           " removed_from INTEGER)"), // no longer offered from this period (kept for closed periods)
            // A name once per owner among the plans in use (a removed plan's name can be taken again).
            QStringLiteral("CREATE UNIQUE INDEX pricing_plans_name ON pricing_plans (owner_organization_id, name) "
                           "WHERE removed_from IS NULL"),
            QStringLiteral("CREATE TABLE pricing_rules ("
                           " id TEXT NOT NULL," // pr-...
                           " from_period INTEGER NOT NULL,"
                           " to_period INTEGER,"
                           " plan_id TEXT NOT NULL REFERENCES pricing_plans(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " scope TEXT NOT NULL CHECK (scope IN ('GLOBAL', 'SERVICE', 'BILLING_ENTITY', 'SKU')),"
                           " type TEXT NOT NULL CHECK (type IN ('MARKUP', 'DISCOUNT', 'TIERING')),"
                           " %1,"
                           " service TEXT NOT NULL DEFAULT '',"
                           " billing_entity TEXT NOT NULL DEFAULT '',"
                           " usage_type TEXT NOT NULL DEFAULT '',"
                           " operation TEXT NOT NULL DEFAULT '',"
                           " free_tier INTEGER NOT NULL DEFAULT 1 CHECK (free_tier IN (0, 1)),"
                           " PRIMARY KEY (id, from_period),"
                           " CHECK (to_period IS NULL OR to_period >= from_period))")
                .arg(moneyColumn(QStringLiteral("modifier_percent"))),
            QStringLiteral("CREATE INDEX pricing_rules_plan ON pricing_rules (plan_id)"),
            QStringLiteral("CREATE TABLE billing_group_plans ("
                           " group_id TEXT NOT NULL REFERENCES billing_groups(id) ON DELETE CASCADE,"
                           " from_period INTEGER NOT NULL,"
                           " plan TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (group_id, from_period))"),
            QStringLiteral("CREATE INDEX billing_group_plans_plan ON billing_group_plans (plan)"),
            QStringLiteral("CREATE TABLE billing_group_accounts ("
                           " group_id TEXT NOT NULL REFERENCES billing_groups(id) ON DELETE CASCADE,"
                           " account_id TEXT NOT NULL REFERENCES accounts(id),"
                           " from_period INTEGER NOT NULL,"
                           " to_period INTEGER,"
                           " PRIMARY KEY (group_id, account_id, from_period),"
                           " CHECK (to_period IS NULL OR to_period >= from_period))"),
            QStringLiteral("CREATE INDEX billing_group_accounts_account ON billing_group_accounts (account_id)"),
            QStringLiteral("CREATE TABLE custom_line_items ("
                           " id TEXT NOT NULL," // cli-...
                           " from_period INTEGER NOT NULL,"
                           " to_period INTEGER,"
                           " group_id TEXT NOT NULL REFERENCES billing_groups(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " type TEXT NOT NULL CHECK (type IN ('FEE', 'CREDIT')),"
                           " %1,"
                           " %2,"
                           " percent_of_pro_forma INTEGER NOT NULL DEFAULT 1 CHECK (percent_of_pro_forma IN (0, 1)),"
                           " percent_of_items TEXT NOT NULL DEFAULT ''," // ids of flat items, comma-separated
                           " filter_service TEXT NOT NULL DEFAULT '',"
                           " exclude_sp_negation INTEGER NOT NULL DEFAULT 0 CHECK (exclude_sp_negation IN (0, 1)),"
                           " presentation_service TEXT NOT NULL DEFAULT '',"
                           " start_period INTEGER NOT NULL,"
                           " end_period INTEGER,"
                           " PRIMARY KEY (id, from_period),"
                           " CHECK ((flat_amount IS NULL) <> (percent IS NULL)),"
                           " CHECK (to_period IS NULL OR to_period >= from_period),"
                           " CHECK (end_period IS NULL OR end_period >= start_period))")
                .arg(moneyColumn(QStringLiteral("flat_amount"), true), moneyColumn(QStringLiteral("percent"), true)),
            QStringLiteral("CREATE INDEX custom_line_items_group ON custom_line_items (group_id)"),
            QStringLiteral("INSERT INTO billing_group_plans (group_id, from_period, plan) "
                           "SELECT id, 0, pricing_plan FROM billing_groups"),
        }};
}

} // namespace bd
