#include "SqliteStorage.h"

#include "storage/Database.h"
#include "storage/PricingStore.h"

#include <QCoreApplication>

namespace bd {

namespace {

using sqlite::done;

QVariant periodOrNull(const std::optional<int> &period)
{
    return period ? QVariant(*period) : QVariant();
}

std::optional<int> periodFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

// Decimal raw values as INTEGER; a value that does not fit in 64 bits is refused before it reaches SQL.
Result<QVariant> decimalValue(const Decimal &d, const QString &field)
{
    if (!d.fitsInt64())
        return Error::input(field, QStringLiteral("VALUE_OUT_OF_RANGE"),
                            QCoreApplication::translate("SqlitePricingStore", "%1 is too large to store.")
                                .arg(d.toString()));
    return QVariant(qint64(d.toInt64Raw()));
}

Result<QVariant> decimalOrNull(const std::optional<Decimal> &d, const QString &field)
{
    if (!d)
        return QVariant();
    return decimalValue(*d, field);
}

Decimal decimalFrom(const QVariant &value)
{
    return Decimal::fromInt64Raw(value.toLongLong());
}

const QString RuleColumns = QStringLiteral(
    "SELECT id, from_period, to_period, plan_id, name, description, scope, type, modifier_percent, service, "
    "billing_entity, usage_type, operation, free_tier FROM pricing_rules ");

PricingRule readRule(const QSqlQuery &q)
{
    PricingRule r;
    r.id = q.value(0).toString();
    r.fromPeriod = q.value(1).toInt();
    r.toPeriod = periodFrom(q.value(2));
    r.planId = q.value(3).toString();
    r.name = q.value(4).toString();
    r.description = q.value(5).toString();
    r.scope = pricingRuleScopeFromName(q.value(6).toString()).value_or(PricingRuleScope::Global);
    r.type = pricingRuleTypeFromName(q.value(7).toString()).value_or(PricingRuleType::Discount);
    r.modifierPercent = decimalFrom(q.value(8));
    r.service = q.value(9).toString();
    r.billingEntity = q.value(10).toString();
    r.usageType = q.value(11).toString();
    r.operation = q.value(12).toString();
    r.freeTier = q.value(13).toInt() != 0;
    return r;
}

const QString ItemColumns = QStringLiteral(
    "SELECT id, from_period, to_period, group_id, name, description, type, flat_amount, percent, "
    "percent_of_pro_forma, percent_of_items, filter_service, exclude_sp_negation, presentation_service, start_period, "
    "end_period FROM custom_line_items ");

CustomLineItem readItem(const QSqlQuery &q)
{
    CustomLineItem i;
    i.id = q.value(0).toString();
    i.fromPeriod = q.value(1).toInt();
    i.toPeriod = periodFrom(q.value(2));
    i.billingGroupId = q.value(3).toString();
    i.name = q.value(4).toString();
    i.description = q.value(5).toString();
    i.type = customLineItemTypeFromName(q.value(6).toString()).value_or(CustomLineItemType::Fee);
    if (!q.value(7).isNull())
        i.flatAmount = decimalFrom(q.value(7));
    if (!q.value(8).isNull())
        i.percent = decimalFrom(q.value(8));
    i.percentOfProForma = q.value(9).toInt() != 0;
    const QString items = q.value(10).toString();
    if (!items.isEmpty())
        i.percentOfItems = items.split(QLatin1Char(','));
    i.filterService = q.value(11).toString();
    i.excludeSavingsPlanNegation = q.value(12).toInt() != 0;
    i.presentationService = q.value(13).toString();
    i.startPeriod = q.value(14).toInt();
    i.endPeriod = periodFrom(q.value(15));
    return i;
}

class SqlitePricingStore final : public PricingStore
{
public:
    explicit SqlitePricingStore(Database &db)
        : m_db(db)
    {
    }

    Result<QList<StoredPricingPlan>> plans() const override
    {
        auto q = m_db.exec(QStringLiteral("SELECT id, name, description, owner_organization_id, removed_from FROM "
                                          "pricing_plans ORDER BY name, id"));
        if (!q)
            return q.error();
        QList<StoredPricingPlan> out;
        while (q.value().next()) {
            StoredPricingPlan p;
            p.id = q.value().value(0).toString();
            p.name = q.value().value(1).toString();
            p.description = q.value().value(2).toString();
            p.ownerOrganizationId = q.value().value(3).toString();
            p.removedFromPeriod = periodFrom(q.value().value(4));
            out.append(p);
        }
        return out;
    }

    Status insertPlan(const StoredPricingPlan &p) override
    {
        return done(m_db.exec(QStringLiteral("INSERT INTO pricing_plans (id, name, description, owner_organization_id, "
                                             "removed_from) VALUES (?, ?, ?, ?, ?)"),
                              {p.id, Database::text(p.name), Database::text(p.description),
                               Database::text(p.ownerOrganizationId), periodOrNull(p.removedFromPeriod)}));
    }

    Status updatePlan(const StoredPricingPlan &p) override
    {
        return done(m_db.exec(
            QStringLiteral("UPDATE pricing_plans SET name = ?, description = ?, removed_from = ? WHERE id = ?"),
            {Database::text(p.name), Database::text(p.description), periodOrNull(p.removedFromPeriod), p.id}));
    }

    Status deletePlan(const QString &id) override
    {
        if (auto s = done(m_db.exec(QStringLiteral("DELETE FROM pricing_rules WHERE plan_id = ?"), {id})); !s)
            return s;
        return done(m_db.exec(QStringLiteral("DELETE FROM pricing_plans WHERE id = ?"), {id}));
    }

    Result<bool> idTaken(const QString &id) const override
    {
        auto q = m_db.exec(QStringLiteral("SELECT 1 FROM pricing_plans WHERE id = ? UNION ALL SELECT 1 FROM "
                                          "pricing_rules WHERE id = ? UNION ALL SELECT 1 FROM custom_line_items WHERE "
                                          "id = ? LIMIT 1"),
                           {id, id, id});
        if (!q)
            return q.error();
        return q.value().next();
    }

    Result<QList<PricingRule>> rules(const QString &planId) const override
    {
        auto q = planId.isEmpty()
            ? m_db.exec(RuleColumns + QStringLiteral("ORDER BY plan_id, id, from_period"))
            : m_db.exec(RuleColumns + QStringLiteral("WHERE plan_id = ? ORDER BY id, from_period"), {planId});
        if (!q)
            return q.error();
        QList<PricingRule> out;
        while (q.value().next())
            out.append(readRule(q.value()));
        return out;
    }

    Status insertRule(const PricingRule &r) override
    {
        auto percent = decimalValue(r.modifierPercent, QStringLiteral("percent"));
        if (!percent)
            return percent.error();
        return done(m_db.exec(
            QStringLiteral("INSERT INTO pricing_rules (id, from_period, to_period, plan_id, name, description, scope, "
                           "type, modifier_percent, service, billing_entity, usage_type, operation, free_tier) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {r.id, r.fromPeriod, periodOrNull(r.toPeriod), r.planId, Database::text(r.name),
             Database::text(r.description), pricingRuleScopeName(r.scope), pricingRuleTypeName(r.type), *percent,
             Database::text(r.service), Database::text(r.billingEntity), Database::text(r.usageType),
             Database::text(r.operation), r.freeTier ? 1 : 0}));
    }

    Status updateRule(const PricingRule &r) override
    {
        auto percent = decimalValue(r.modifierPercent, QStringLiteral("percent"));
        if (!percent)
            return percent.error();
        return done(m_db.exec(
            QStringLiteral("UPDATE pricing_rules SET to_period = ?, plan_id = ?, name = ?, description = ?, scope = ?, "
                           "type = ?, modifier_percent = ?, service = ?, billing_entity = ?, usage_type = ?, "
                           "operation = ?, free_tier = ? WHERE id = ? AND from_period = ?"),
            {periodOrNull(r.toPeriod), r.planId, Database::text(r.name), Database::text(r.description),
             pricingRuleScopeName(r.scope), pricingRuleTypeName(r.type), *percent, Database::text(r.service),
             Database::text(r.billingEntity), Database::text(r.usageType), Database::text(r.operation),
             r.freeTier ? 1 : 0, r.id, r.fromPeriod}));
    }

    Status deleteRule(const QString &id, int fromPeriod) override
    {
        return done(
            m_db.exec(QStringLiteral("DELETE FROM pricing_rules WHERE id = ? AND from_period = ?"), {id, fromPeriod}));
    }

    Result<QList<BillingGroupPlanVersion>> groupPlans() const override
    {
        auto q = m_db.exec(
            QStringLiteral("SELECT group_id, from_period, plan FROM billing_group_plans ORDER BY group_id, from_period"));
        if (!q)
            return q.error();
        QList<BillingGroupPlanVersion> out;
        while (q.value().next())
            out.append({q.value().value(0).toString(), q.value().value(1).toInt(), q.value().value(2).toString()});
        return out;
    }

    Status setGroupPlanFrom(const BillingGroupPlanVersion &v) override
    {
        return done(m_db.exec(QStringLiteral("INSERT INTO billing_group_plans (group_id, from_period, plan) VALUES (?, "
                                             "?, ?) ON CONFLICT (group_id, from_period) DO UPDATE SET plan = "
                                             "excluded.plan"),
                              {v.groupId, v.fromPeriod, Database::text(v.plan)}));
    }

    Status deleteGroupPlans(const QString &groupId) override
    {
        return done(m_db.exec(QStringLiteral("DELETE FROM billing_group_plans WHERE group_id = ?"), {groupId}));
    }

    Result<QList<BillingGroupAccount>> groupAccounts() const override
    {
        auto q = m_db.exec(QStringLiteral("SELECT group_id, account_id, from_period, to_period FROM "
                                          "billing_group_accounts ORDER BY group_id, account_id, from_period"));
        if (!q)
            return q.error();
        QList<BillingGroupAccount> out;
        while (q.value().next())
            out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toInt(),
                        periodFrom(q.value().value(3))});
        return out;
    }

    Status insertGroupAccount(const BillingGroupAccount &a) override
    {
        return done(m_db.exec(QStringLiteral("INSERT INTO billing_group_accounts (group_id, account_id, from_period, "
                                             "to_period) VALUES (?, ?, ?, ?)"),
                              {a.groupId, a.accountId, a.fromPeriod, periodOrNull(a.toPeriod)}));
    }

    Status updateGroupAccount(const BillingGroupAccount &a) override
    {
        return done(m_db.exec(QStringLiteral("UPDATE billing_group_accounts SET to_period = ? WHERE group_id = ? AND "
                                             "account_id = ? AND from_period = ?"),
                              {periodOrNull(a.toPeriod), a.groupId, a.accountId, a.fromPeriod}));
    }

    Status deleteGroupAccount(const QString &groupId, const QString &accountId, int fromPeriod) override
    {
        return done(m_db.exec(QStringLiteral("DELETE FROM billing_group_accounts WHERE group_id = ? AND account_id = ? "
                                             "AND from_period = ?"),
                              {groupId, accountId, fromPeriod}));
    }

    Result<QList<CustomLineItem>> lineItems() const override
    {
        auto q = m_db.exec(ItemColumns + QStringLiteral("ORDER BY group_id, start_period, id, from_period"));
        if (!q)
            return q.error();
        QList<CustomLineItem> out;
        while (q.value().next())
            out.append(readItem(q.value()));
        return out;
    }

    Status insertLineItem(const CustomLineItem &i) override
    {
        auto flat = decimalOrNull(i.flatAmount, QStringLiteral("flat"));
        if (!flat)
            return flat.error();
        auto percent = decimalOrNull(i.percent, QStringLiteral("percent"));
        if (!percent)
            return percent.error();
        return done(m_db.exec(
            QStringLiteral("INSERT INTO custom_line_items (id, from_period, to_period, group_id, name, description, "
                           "type, flat_amount, percent, percent_of_pro_forma, percent_of_items, filter_service, "
                           "exclude_sp_negation, presentation_service, start_period, end_period) VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {i.id, i.fromPeriod, periodOrNull(i.toPeriod), i.billingGroupId, Database::text(i.name),
             Database::text(i.description), customLineItemTypeName(i.type), *flat, *percent,
             i.percentOfProForma ? 1 : 0, Database::text(i.percentOfItems.join(QLatin1Char(','))), Database::text(i.filterService),
             i.excludeSavingsPlanNegation ? 1 : 0, Database::text(i.presentationService), i.startPeriod,
             periodOrNull(i.endPeriod)}));
    }

    Status updateLineItem(const CustomLineItem &i) override
    {
        auto flat = decimalOrNull(i.flatAmount, QStringLiteral("flat"));
        if (!flat)
            return flat.error();
        auto percent = decimalOrNull(i.percent, QStringLiteral("percent"));
        if (!percent)
            return percent.error();
        return done(m_db.exec(
            QStringLiteral("UPDATE custom_line_items SET to_period = ?, group_id = ?, name = ?, description = ?, "
                           "type = ?, flat_amount = ?, percent = ?, percent_of_pro_forma = ?, percent_of_items = ?, "
                           "filter_service = ?, exclude_sp_negation = ?, presentation_service = ?, start_period = ?, "
                           "end_period = ? WHERE id = ? AND from_period = ?"),
            {periodOrNull(i.toPeriod), i.billingGroupId, Database::text(i.name), Database::text(i.description),
             customLineItemTypeName(i.type), *flat, *percent, i.percentOfProForma ? 1 : 0,
             Database::text(i.percentOfItems.join(QLatin1Char(','))), Database::text(i.filterService),
             i.excludeSavingsPlanNegation ? 1 : 0, Database::text(i.presentationService), i.startPeriod,
             periodOrNull(i.endPeriod), i.id, i.fromPeriod}));
    }

    Status deleteLineItem(const QString &id, int fromPeriod) override
    {
        return done(m_db.exec(QStringLiteral("DELETE FROM custom_line_items WHERE id = ? AND from_period = ?"),
                              {id, fromPeriod}));
    }

private:
    Database &m_db;
};

} // namespace

std::unique_ptr<PricingStore> makeSqlitePricingStore(Database &db)
{
    return std::make_unique<SqlitePricingStore>(db);
}

} // namespace bd
