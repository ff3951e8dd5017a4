#include "BillingContext.h"

#include <QSet>

#include <algorithm>

namespace bd {

QString costDomainName(CostDomain domain)
{
    return domain == CostDomain::Billable ? QStringLiteral("BILLABLE") : QStringLiteral("PRO_FORMA");
}

namespace BillingRules {

namespace {

bool canMoveBill(const ResponsibilityTransfer &t)
{
    return !t.isInherited() && (t.status == TransferStatus::Accepted || t.status == TransferStatus::Withdrawn)
        && !t.neverTakesEffect();
}

// The organization's own transfer that moves its bill in the month (at most one: the outbound quota).
const ResponsibilityTransfer *directTransfer(const QList<ResponsibilityTransfer> &transfers,
                                             const QString &organizationId, const BillingPeriod &month)
{
    for (const ResponsibilityTransfer &t : transfers)
        if (t.sourceOrganizationId == organizationId && movesBillIn(t, month))
            return &t;
    return nullptr;
}

} // namespace

bool movesBillIn(const ResponsibilityTransfer &t, const BillingPeriod &month)
{
    return canMoveBill(t) && t.startPeriod <= month && (!t.endPeriod || month <= *t.endPeriod);
}

QStringList payersOf(const QList<ResponsibilityTransfer> &transfers, const QString &organizationId,
                     const BillingPeriod &month)
{
    QStringList payers;
    QSet<QString> seen {organizationId};
    QString current = organizationId;
    // Two levels at most by the rules; a few more steps only guard against data that breaks them.
    for (int level = 0; level < 4; ++level) {
        const ResponsibilityTransfer *t = directTransfer(transfers, current, month);
        if (!t || seen.contains(t->targetOrganizationId))
            break;
        current = t->targetOrganizationId;
        seen.insert(current);
        payers << current;
    }
    return payers;
}

QList<BillingSegment> segments(const QList<ResponsibilityTransfer> &transfers, const QString &organizationId)
{
    // Who pays can change only where some transfer starts or ends: cut the timeline there.
    QList<BillingPeriod> cuts;
    for (const ResponsibilityTransfer &t : transfers) {
        if (!canMoveBill(t))
            continue;
        cuts << t.startPeriod;
        if (t.endPeriod)
            cuts << t.endPeriod->next();
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<BillingSegment> out;
    auto append = [&](std::optional<BillingPeriod> first, std::optional<BillingPeriod> last,
                      const BillingPeriod &sample) {
        BillingSegment s;
        s.first = first;
        s.last = last;
        s.payers = payersOf(transfers, organizationId, sample);
        if (const ResponsibilityTransfer *t = directTransfer(transfers, organizationId, sample))
            s.transferId = t->id;
        if (!out.isEmpty() && out.constLast().payers == s.payers && out.constLast().transferId == s.transferId) {
            out.last().last = last;
            return;
        }
        out << s;
    };
    if (cuts.isEmpty()) {
        BillingSegment always;
        out << always;
        return out;
    }
    append(std::nullopt, cuts.first().previous(), cuts.first().previous());
    for (int i = 0; i < cuts.size(); ++i) {
        const bool lastCut = i + 1 == cuts.size();
        append(cuts.at(i), lastCut ? std::nullopt : std::optional<BillingPeriod>(cuts.at(i + 1).previous()),
               cuts.at(i));
    }
    return out;
}

bool isBillSourceOn(const QList<ResponsibilityTransfer> &transfers, const QString &organizationId,
                    const QDateTime &moment)
{
    return !payersOf(transfers, organizationId, BillingPeriod::containing(moment)).isEmpty();
}

bool isPartyTo(const ResponsibilityTransfer &t, const QString &organizationId)
{
    return !organizationId.isEmpty()
        && (t.sourceOrganizationId == organizationId || t.targetOrganizationId == organizationId);
}

QList<ResponsibilityTransfer> visibleTo(const QList<ResponsibilityTransfer> &transfers, const QString &organizationId)
{
    QList<ResponsibilityTransfer> out;
    for (const ResponsibilityTransfer &t : transfers)
        if (isPartyTo(t, organizationId))
            out << t;
    return out;
}

} // namespace BillingRules

Visibility Visibility::everything()
{
    Visibility v;
    v.m_everything = true;
    v.m_billableVisible = true;
    return v;
}

Visibility Visibility::nothing()
{
    return Visibility();
}

Visibility Visibility::of(const QList<ResponsibilityTransfer> &transfers, const QString &viewer,
                          const QDateTime &moment)
{
    Visibility v;
    v.m_viewer = viewer;
    if (viewer.isEmpty())
        return v;
    const bool billSource = BillingRules::isBillSourceOn(transfers, viewer, moment);
    v.m_billableVisible = !billSource;

    // Its own data: all of it (as pro forma) while someone else pays; otherwise the months it paid itself.
    if (billSource) {
        v.m_allowed[viewer] << BillingSegment();
    } else {
        for (const BillingSegment &s : BillingRules::segments(transfers, viewer))
            if (s.payers.isEmpty())
                v.m_allowed[viewer] << s;
    }
    // Other organizations' months in which the viewer was one of their payers.
    QSet<QString> sources;
    for (const ResponsibilityTransfer &t : transfers)
        if (!t.isInherited() && t.sourceOrganizationId != viewer)
            sources.insert(t.sourceOrganizationId);
    for (const QString &org : std::as_const(sources))
        for (const BillingSegment &s : BillingRules::segments(transfers, org))
            if (s.payers.contains(viewer))
                v.m_allowed[org] << s;
    return v;
}

bool Visibility::allows(const QString &organizationId, const BillingPeriod &month) const
{
    if (m_everything)
        return true;
    const auto it = m_allowed.constFind(organizationId);
    if (it == m_allowed.cend())
        return false;
    return std::any_of(it->cbegin(), it->cend(), [&](const BillingSegment &s) { return s.contains(month); });
}

std::optional<CostDomain> Visibility::domainOf(const QString &organizationId, const BillingPeriod &month) const
{
    if (!allows(organizationId, month))
        return std::nullopt;
    return m_billableVisible ? CostDomain::Billable : CostDomain::ProForma;
}

QStringList Visibility::organizations() const
{
    QStringList out = m_allowed.keys();
    std::sort(out.begin(), out.end());
    if (out.removeOne(m_viewer))
        out.prepend(m_viewer);
    return out;
}

} // namespace bd
