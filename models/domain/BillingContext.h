#pragma once

#include "BillingPeriod.h"
#include "ResponsibilityTransfer.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace bd {

// The one rule for who pays for whom and what an acting organization may see (DOMAIN.md sections 2 and 4).
// Pure: it reads only the transfers and a date. Everything that asks "who pays", "may this account see these
// figures" or "which transfers and graph edges does it see" (roles, cost data, views, pro forma, invoices, the
// graph, the CLI) calls it.

// AWS's billing domain of a view segment (Billing API ListBillingViewSegments): BILLABLE (what AWS charges) or
// PRO_FORMA (the prices the payer sets through Billing Conductor).
enum class CostDomain { Billable, ProForma };
QString costDomainName(CostDomain domain); // "BILLABLE" | "PRO_FORMA"

// A range of months of one organization's bill with the same payers. AWS models the billing context of an account
// over time as such segments.
struct BillingSegment
{
    std::optional<BillingPeriod> first; // nullopt: since always
    std::optional<BillingPeriod> last; // nullopt: from then on
    // Who pays the bill in these months: empty when the organization pays its own; otherwise its direct payer
    // first, then the level above (the bill receiver of a two-level chain last).
    QStringList payers;
    QString transferId; // the organization's own transfer in effect in these months (empty when it pays itself)
    // The organization's own view of these months while the segment lasts: PRO_FORMA while someone else pays.
    CostDomain domain() const { return payers.isEmpty() ? CostDomain::Billable : CostDomain::ProForma; }
    QString billReceiver() const { return payers.isEmpty() ? QString() : payers.constLast(); }
    bool contains(const BillingPeriod &month) const
    {
        return (!first || *first <= month) && (!last || month <= *last);
    }

    friend bool operator==(const BillingSegment &, const BillingSegment &) = default;
};

namespace BillingRules {

// Transfers that move a bill in a month: ACCEPTED or WITHDRAWN, own (not inherited) and start <= month <= end.
bool movesBillIn(const ResponsibilityTransfer &transfer, const BillingPeriod &month);

// The payers of an organization's bill in a month, following chains (at most two levels): direct payer first.
// Empty when it pays its own bill.
QStringList payersOf(const QList<ResponsibilityTransfer> &transfers, const QString &organizationId,
                     const BillingPeriod &month);

// The organization's bill over time as segments, in order, covering all months (the first starts "since always",
// the last runs on); adjacent months with the same payers form one segment.
QList<BillingSegment> segments(const QList<ResponsibilityTransfer> &transfers, const QString &organizationId);

// Is the organization a bill source on that date: does someone else pay its bill for the month of that moment?
// (Before its transfer's start it still pays its own bills, DOMAIN.md section 2.)
bool isBillSourceOn(const QList<ResponsibilityTransfer> &transfers, const QString &organizationId,
                    const QDateTime &moment);

// A party to a transfer: its source or target organization (an inherited transfer's too).
bool isPartyTo(const ResponsibilityTransfer &transfer, const QString &organizationId);
// The transfers (and so the graph edges) an organization sees: those it is a party to; for the middle of a chain,
// both of its links.
QList<ResponsibilityTransfer> visibleTo(const QList<ResponsibilityTransfer> &transfers, const QString &organizationId);

} // namespace BillingRules

// What an acting organization may see on a date: which organizations' cost data, for which months, and whether any
// billable amount may be shown. Built by BillingRules::visibility; the administrator (no organization) sees all.
class Visibility final
{
public:
    static Visibility everything(); // the administrator
    static Visibility nothing(); // an account in no organization
    // For a viewer organization on a date:
    // - while someone else pays its bill (a bill source, the middle of a chain), it sees its own data, history
    //   included, only as PRO_FORMA: no billable amount anywhere;
    // - otherwise it sees its own months that it paid itself (not the months another organization paid: after a
    //   withdrawal the pro forma history is gone), billable;
    // - and another organization's months in which it was one of that organization's payers (the "My view" and
    //   "Showback" of a bill-transfer account, kept after a withdrawal for audit), billable unless it is itself a
    //   bill source on that date (a chain's middle sees the price set by the level above).
    static Visibility of(const QList<ResponsibilityTransfer> &transfers, const QString &viewerOrganizationId,
                         const QDateTime &moment);

    bool seesEverything() const { return m_everything; }
    QString viewerOrganizationId() const { return m_viewer; }
    // May any billable amount be shown? False in a bill-source context: the product's security promise.
    bool billableVisible() const { return m_billableVisible; }
    // May the viewer see this organization's cost data for this month at all?
    bool allows(const QString &organizationId, const BillingPeriod &month) const;
    // The domain in which the viewer sees that month of that organization (nullopt: not at all).
    std::optional<CostDomain> domainOf(const QString &organizationId, const BillingPeriod &month) const;
    // The organizations whose data the viewer may see in some month (its own first).
    QStringList organizations() const;

private:
    bool m_everything = false;
    bool m_billableVisible = false;
    QString m_viewer;
    QHash<QString, QList<BillingSegment>> m_allowed; // organization -> the segments of it the viewer may see
};

} // namespace bd
