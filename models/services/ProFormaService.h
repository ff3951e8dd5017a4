#pragma once

#include "domain/BillingPeriod.h"
#include "domain/Pricing.h"
#include "domain/Result.h"
#include "engine/PricingEngine.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace bd {

class Services;

// What one billing group costs in one period: billable against pro forma, margin, by service and by account.
struct GroupMargin
{
    QString groupId;
    QString groupName;
    QString organizationId; // the organization the group covers (TRANSFER_BILLING), or the owner (STANDARD)
    QString planName;
    BillingPeriod period;
    GroupResult result; // billable and margin are zero when billableHidden
    QList<PricedLineItem> lineItems;
    QList<CustomLineItem> lineItemDefinitions; // same order as lineItems' item indexes
    bool billableHidden = false; // a bill-source context: only pro forma figures
    // The owner is the middle of a chain in the period: result.billable is not what AWS charges but the pro forma
    // its own payer sets for these rows (what the intermediate pays). Outputs name it so, never "billable".
    bool costIsPayersProForma = false;
};

// Pro forma and margin (DOMAIN.md section 3) from the detail rollups and the pricing configuration, through the
// engine. The pro forma of a month never scans the line items: the month's detail rollup is read once and kept
// (until an import, a removal or a regeneration changes it), so recomputing after a rule change or an edit in the
// what-if preview prices in-memory rows only.
//
// Visibility: the payer (and the administrator) sees billable, pro forma and margin for the groups it configures.
// A bill-source context sees its own organization's pro forma only: margin() and whatIf() are refused
// (ACCESS_DENIED) and every billable figure is zero with billableHidden set. In a chain, the intermediate's
// billable for a lower organization is the bill receiver's pro forma for it.
class ProFormaService final : public QObject
{
    Q_OBJECT

public:
    explicit ProFormaService(Services &services);
    ~ProFormaService() override;

    // The pro forma of an organization's billing group(s) in a period (an organization id, a group id or name).
    Result<QList<GroupMargin>> proForma(const QString &organizationOrGroup, const BillingPeriod &period) const;
    // Margin of every group the acting account configures (or of one organization's / group's).
    Result<QList<GroupMargin>> margin(const BillingPeriod &period, const QString &organizationOrGroup = {}) const;
    // Which rule priced the rows matching the filter, the public on-demand base, and the custom line items.
    Result<Explanation> explain(const BillingPeriod &period, const ExplainFilter &filter) const;
    // The what-if preview: the group's margin in the period with `plan` (rules as being edited, not saved) and
    // `lineItems` (the group's items as being edited) in place of the stored ones.
    Result<GroupMargin> whatIf(const BillingPeriod &period, const QString &groupId, const PricingPlan &plan,
                               const std::optional<QList<CustomLineItem>> &lineItems = std::nullopt) const;
    // The Billing Conductor fee on the acting payer's own invoice for a period (organizations with a custom plan).
    Result<QList<ConductorFeeLine>> conductorFees(const BillingPeriod &period) const;

    // The rows of the month's detail rollup (cached); for the benchmark and tests.
    Result<std::shared_ptr<const QList<PricingInputRow>>> rows(const BillingPeriod &period) const;
    void invalidate(); // forget the cached rollups (called on imports and data changes)

private:
    struct Run;
    Result<Run> run(const BillingPeriod &period, const std::function<void(PricingConfiguration &)> &edit = {}) const;

    Services &m_services;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace bd
