#pragma once

#include "domain/BillingPeriod.h"
#include "domain/Decimal.h"
#include "domain/Pricing.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// The pricing engine (DOMAIN.md section 3): pure functions over values. Rollup rows and a pricing configuration in,
// priced rows and totals out; no database, no clock.
//
// Pro forma of a rollup row:
// - BasicPricingPlan and custom plans price the public on-demand cost of the priced line item types (Usage,
//   DiscountedUsage, SavingsPlanCoveredUsage), outside support (service codes AWSSupport*): credits, refunds,
//   negotiated, EDP, private-rate and partner discounts, Savings Plan negation and fees, RI fees, taxes and support
//   are not part of it. A custom plan's winning rule (SKU > SERVICE > BILLING_ENTITY > GLOBAL; TIERING rules do not
//   compete: the rollups carry no free-tier quantities, so they change no amount) multiplies it by (1 + markup%) or
//   (1 - discount%), rounded half-even to 10^-11.
// - Passthrough: the billable cost as it is, every line item type.
// Then the group's custom line items: flat amounts, and percentages of the group's pro forma total (which excludes
// flat items; optionally of one service, or without Savings Plan negation) and/or of chosen flat items.

// One row of the detail rollup, summed over imports: what the rules match on.
struct PricingInputRow
{
    QString organizationId; // the organization whose bill it is (cost_rollup_detail.organization_id)
    QString accountId; // the usage account
    QString service; // service code (line_item_product_code)
    QString usageType;
    QString operation;
    QString region;
    QString lineItemType;
    QString billingEntity; // "AWS", "AWS Marketplace"
    Decimal billable;
    Decimal publicOnDemand;
};

// Whether the line item type is priced by Basic and custom plans (Usage, DiscountedUsage, SavingsPlanCoveredUsage)
// and the service is not support.
bool isPricedLineItem(const QString &lineItemType, const QString &service);
bool isSupportService(const QString &service); // AWSSupport*
inline const QString SavingsPlanNegation = QStringLiteral("SavingsPlanNegation");

// One billing group, as the engine needs it for one period.
struct GroupPricing
{
    QString groupId;
    QString name;
    QString ownerOrganizationId; // the payer that configures it
    bool transferBilling = true; // TRANSFER_BILLING: every account of organizationId; STANDARD: accountIds
    QString organizationId;
    QStringList accountIds; // STANDARD groups
    PricingPlan plan; // with the rules in effect for the period
    QList<CustomLineItem> customLineItems; // those that apply to the period
};

struct PricingConfiguration
{
    BillingPeriod period;
    QList<GroupPricing> groups;
};

// A priced rollup row.
struct PricedRow
{
    int group = -1; // index into PricingConfiguration::groups
    const PricingInputRow *input = nullptr; // the row it prices (the caller keeps the rows alive)
    Decimal base; // what the plan prices: public on-demand (Basic, custom) or billable (Passthrough); 0 if not priced
    Decimal proForma;
    int rule = -1; // index into the group's plan.rules of the winning rule; -1: none (at base)
};

// A custom line item's amount for one period.
struct PricedLineItem
{
    int group = -1;
    int item = -1; // index into the group's customLineItems
    Decimal basis; // what a percentage is taken of (0 for a flat item)
    Decimal amount; // signed: a credit is negative
};

// Totals by a key (a service, an account, a usage type).
struct PricedTotal
{
    QString key;
    Decimal billable;
    Decimal publicOnDemand;
    Decimal proForma;
    Decimal margin() const { return proForma - billable; }
};

struct GroupResult
{
    QString groupId;
    QString name;
    Decimal billable; // every row of the group
    Decimal publicOnDemand; // of the priced rows
    Decimal usageProForma; // the rows' pro forma, without custom line items
    Decimal customLineItems; // the sum of the custom line items (signed)
    Decimal proForma; // usageProForma + customLineItems
    Decimal margin() const { return proForma - billable; }
    std::optional<Decimal> marginPercent() const; // margin / pro forma x 100, 2 decimals half-even; none for 0
    QList<PricedTotal> byService; // sorted by key; custom line items under their presentation service
    QList<PricedTotal> byAccount; // sorted by key; without custom line items
};

struct PricingResult
{
    BillingPeriod period;
    QList<PricedRow> rows; // rows of no group are left out
    QList<PricedLineItem> lineItems;
    QList<GroupResult> groups; // in the configuration's order
    const GroupResult *group(const QString &groupId) const;
};

// The rule of `plan` that prices a row (the most specific MARKUP/DISCOUNT rule matching it), or -1.
int winningRule(const PricingPlan &plan, const PricingInputRow &row);

// Prices one period: every row goes to the group that covers its account (a STANDARD group's accounts first, then
// the TRANSFER_BILLING group of its organization); rows of no group are not priced. The rows must outlive the result.
PricingResult priceRows(const PricingConfiguration &config, const QList<PricingInputRow> &rows);

// Why an amount is what it is: which rule priced the rows matching a filter, on which base, and which custom line
// items apply to the group.
struct ExplainFilter
{
    QString groupId; // required
    QString service; // empty: any
    QString accountId;
    QString usageType;
};
struct ExplainedRule
{
    int rule = -1; // -1: no rule (public on-demand as it is, or Passthrough)
    QString scope; // "SKU AmazonEC2 BoxUsage:m5.large RunInstances"; "none"; "Passthrough"
    QString effect; // "10% discount"
    Decimal base;
    Decimal proForma;
    Decimal billable;
    qint64 rows = 0;
};
struct Explanation
{
    QString groupId;
    QString planName;
    Decimal base; // public on-demand (or billable for Passthrough) of the matching rows
    Decimal proForma; // of the matching rows (without custom line items)
    Decimal billable;
    QList<ExplainedRule> rules; // one per rule that priced some of the rows, by amount
    QList<PricedLineItem> lineItems; // the group's custom line items for the period
};
Explanation explain(const PricingConfiguration &config, const PricingResult &result, const ExplainFilter &filter);

// Two-level chains (DOMAIN.md sections 3 and 6): an intermediate's billable for a lower organization is the bill
// receiver's pro forma for it. Returns the rows as the intermediate's engine sees them: billable replaced by the
// receiver's pro forma of the same row (priced by `receiver`; rows the receiver does not price keep their billable).
QList<PricingInputRow> rowsSeenByIntermediate(const PricingResult &receiver, const QList<PricingInputRow> &rows);

// The Billing Conductor fee for Billing Transfer users: a custom (customer-managed) plan costs feePerMonth per
// organization per month, on the bill-transfer account's own invoice, prorated by days in use; nothing before
// chargeFrom (the free trial ends the day before); AWS-managed plans are free.
struct ConductorFeeSettings
{
    Decimal feePerMonth = Decimal::fromInt(50); // USD
    QDate chargeFrom = QDate(2026, 6, 1);
};
struct ConductorFeeLine
{
    QString organizationId;
    int daysInUse = 0; // days of the period with a custom plan
    int daysCharged = 0; // of those, on or after chargeFrom
    Decimal amount; // feePerMonth x daysCharged / days of the period, rounded half-even to cents
};
// One organization's days with a custom plan in a period: [from, to] inclusive, clipped to the period.
struct CustomPlanUse
{
    QString organizationId;
    QDate from;
    QDate to;
};
QList<ConductorFeeLine> conductorFees(const BillingPeriod &period, const QList<CustomPlanUse> &uses,
                                      const ConductorFeeSettings &settings = {});

} // namespace bd
