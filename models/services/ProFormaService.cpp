#include "ProFormaService.h"

#include "DirectoryService.h"
#include "ImportService.h"
#include "PricingService.h"
#include "Services.h"
#include "domain/BillingContext.h"
#include "storage/CostDataStore.h"
#include "storage/Storage.h"
#include "storage/TransferStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <map>

namespace bd {

namespace {

Error accessDenied(const QString &message)
{
    return Error::rule(QStringLiteral("ACCESS_DENIED"), message);
}

// The configuration of one owner's groups.
PricingConfiguration ofOwner(const PricingConfiguration &all, const QString &owner)
{
    PricingConfiguration config;
    config.period = all.period;
    for (const GroupPricing &group : all.groups) {
        if (group.ownerOrganizationId == owner)
            config.groups.append(group);
    }
    return config;
}

} // namespace

struct ProFormaService::Cache
{
    QMutex mutex;
    QHash<int, std::shared_ptr<const QList<PricingInputRow>>> rows; // by period index
};

// One owner's pricing of a period: its groups, the rows as it sees them (a chain's intermediate sees the level
// above's pro forma as its billable), and the engine's result over them.
struct OwnerPricing
{
    PricingConfiguration config;
    std::shared_ptr<const QList<PricingInputRow>> rows;
    PricingResult result;
    bool intermediate = false; // someone else pays the owner's bill in the period: billable is the price above
    int hiddenRows = 0; // rows of an intermediate that its payer did not price: billable not known, shown as 0
};

ProFormaService::ProFormaService(Services &services)
    : m_services(services)
    , m_cache(std::make_unique<Cache>())
{
    connect(&services.imports(), &ImportService::importsChanged, this, &ProFormaService::invalidate);
}

ProFormaService::~ProFormaService() = default;

void ProFormaService::invalidate()
{
    QMutexLocker lock(&m_cache->mutex);
    m_cache->rows.clear();
}

Result<std::shared_ptr<const QList<PricingInputRow>>> ProFormaService::rows(const BillingPeriod &period) const
{
    {
        QMutexLocker lock(&m_cache->mutex);
        if (auto it = m_cache->rows.constFind(period.index()); it != m_cache->rows.cend())
            return *it;
    }
    CostQuery query;
    query.view = CostView::Billable;
    query.period = period;
    query.groupBy = {CostDimension::Account,  CostDimension::Service,      CostDimension::UsageType,
                     CostDimension::Operation, CostDimension::Region,      CostDimension::LineItemType,
                     CostDimension::BillingEntity};
    auto sums = m_services.storage().costData().rollupSums(query);
    if (!sums)
        return sums.error();
    auto rows = std::make_shared<QList<PricingInputRow>>();
    rows->reserve(sums->size());
    for (const CostRollupSums &s : std::as_const(*sums)) {
        PricingInputRow row;
        row.organizationId = s.organizationId;
        row.accountId = s.keys.value(0);
        row.service = s.keys.value(1);
        row.usageType = s.keys.value(2);
        row.operation = s.keys.value(3);
        row.region = s.keys.value(4);
        row.lineItemType = s.keys.value(5);
        row.billingEntity = s.keys.value(6);
        row.billable = s.billable;
        row.publicOnDemand = s.publicOnDemand;
        rows->append(std::move(row));
    }
    std::shared_ptr<const QList<PricingInputRow>> shared = std::move(rows);
    QMutexLocker lock(&m_cache->mutex);
    m_cache->rows.insert(period.index(), shared);
    return shared;
}

namespace {

// Prices every owner of a configuration, the bill receivers of chains first: an owner whose own bill someone else
// pays in the period (the middle of a chain) sees, as the billable of the rows it prices, its payer's pro forma for
// them.
std::map<QString, OwnerPricing> priceOwners(const PricingConfiguration &all,
                                            const std::shared_ptr<const QList<PricingInputRow>> &rows,
                                            const QList<ResponsibilityTransfer> &transfers)
{
    std::map<QString, OwnerPricing> owners;
    QStringList intermediates;
    for (const GroupPricing &group : all.groups) {
        if (owners.count(group.ownerOrganizationId))
            continue;
        OwnerPricing &owner = owners[group.ownerOrganizationId];
        owner.config = ofOwner(all, group.ownerOrganizationId);
        owner.intermediate = !BillingRules::payersOf(transfers, group.ownerOrganizationId, all.period).isEmpty();
        if (owner.intermediate) {
            intermediates << group.ownerOrganizationId;
            continue;
        }
        owner.rows = rows;
        owner.result = priceRows(owner.config, *owner.rows);
    }
    for (const QString &id : std::as_const(intermediates)) {
        OwnerPricing &owner = owners[id];
        const QString payer = BillingRules::payersOf(transfers, id, all.period).constFirst();
        QHash<const PricingInputRow *, Decimal> above;
        if (auto it = owners.find(payer); it != owners.end() && !it->second.intermediate) {
            for (const PricedRow &r : it->second.result.rows)
                above.insert(r.input, r.proForma);
        }
        // Which organizations the owner's groups cover: only their rows matter.
        QSet<QString> covered;
        QSet<QString> accounts;
        for (const GroupPricing &g : owner.config.groups) {
            if (g.transferBilling)
                covered.insert(g.organizationId);
            else
                accounts.unite(QSet<QString>(g.accountIds.cbegin(), g.accountIds.cend()));
        }
        auto seen = std::make_shared<QList<PricingInputRow>>();
        seen->reserve(rows->size());
        for (const PricingInputRow &row : *rows) {
            if (!covered.contains(row.organizationId) && !accounts.contains(row.accountId))
                continue;
            PricingInputRow copy = row;
            if (const auto it = above.constFind(&row); it != above.cend()) {
                copy.billable = *it;
            } else {
                copy.billable = Decimal(); // never the real billable: the payer above did not price it
                ++owner.hiddenRows;
            }
            seen->append(std::move(copy));
        }
        owner.rows = std::move(seen);
        owner.result = priceRows(owner.config, *owner.rows);
    }
    return owners;
}

GroupMargin toMargin(const OwnerPricing &owner, int groupIndex, bool billableShown)
{
    const GroupPricing &def = owner.config.groups.at(groupIndex);
    GroupMargin m;
    m.groupId = def.groupId;
    m.groupName = def.name;
    m.organizationId = def.transferBilling ? def.organizationId : def.ownerOrganizationId;
    m.planName = def.plan.name;
    m.period = owner.config.period;
    m.result = owner.result.groups.at(groupIndex);
    m.lineItemDefinitions = def.customLineItems;
    for (PricedLineItem item : owner.result.lineItems) {
        if (item.group == groupIndex) {
            item.group = 0;
            m.lineItems.append(item);
        }
    }
    m.billableHidden = !billableShown;
    m.costIsPayersProForma = owner.intermediate;
    if (m.billableHidden) {
        m.result.billable = Decimal();
        for (PricedTotal &t : m.result.byService)
            t.billable = Decimal();
        for (PricedTotal &t : m.result.byAccount)
            t.billable = Decimal();
    }
    return m;
}

bool matches(const GroupPricing &group, const QString &organizationOrGroup)
{
    return organizationOrGroup.isEmpty() || group.groupId == organizationOrGroup
        || group.name.compare(organizationOrGroup, Qt::CaseInsensitive) == 0
        || (group.transferBilling && group.organizationId == organizationOrGroup);
}

} // namespace

// The shared work of proForma(), margin() and whatIf(): who acts, the transfers, the priced owners.
struct ProFormaService::Run
{
    QString actingOrganization; // empty: the administrator
    bool billSource = false; // the acting organization is a bill-source context today
    QList<ResponsibilityTransfer> transfers;
    PricingConfiguration all;
    std::map<QString, OwnerPricing> owners;
};

Result<ProFormaService::Run> ProFormaService::run(const BillingPeriod &period,
                                                  const std::function<void(PricingConfiguration &)> &edit) const
{
    Run run;
    if (!m_services.isAdministrator()) {
        auto org = m_services.directory().findOrganizationOf(m_services.actingAccountId());
        if (!org)
            return org.error();
        if (!org->has_value())
            return accessDenied(tr("This account belongs to no organization: it has no pricing to show."));
        run.actingOrganization = (*org)->id;
    }
    auto visibility = m_services.visibility();
    if (!visibility)
        return visibility.error(); // fail closed: no figures when the decision cannot be made
    run.billSource = !visibility->billableVisible();
    auto transfers = m_services.storage().transfers().all();
    if (!transfers)
        return transfers.error();
    run.transfers = *transfers;
    auto all = m_services.pricing().allConfiguration(period);
    if (!all)
        return all.error();
    run.all = *all;
    if (edit)
        edit(run.all);
    auto rows = this->rows(period);
    if (!rows)
        return rows.error();
    run.owners = priceOwners(run.all, *rows, run.transfers);
    return run;
}

Result<QList<GroupMargin>> ProFormaService::proForma(const QString &organizationOrGroup,
                                                     const BillingPeriod &period) const
{
    auto r = run(period);
    if (!r)
        return r.error();
    QList<GroupMargin> out;
    for (const auto &[ownerId, owner] : r->owners) {
        for (int g = 0; g < owner.config.groups.size(); ++g) {
            const GroupPricing &group = owner.config.groups.at(g);
            if (!matches(group, organizationOrGroup))
                continue;
            if (r->actingOrganization.isEmpty()) {
                out.append(toMargin(owner, g, true));
            } else if (ownerId == r->actingOrganization) {
                // The payer's own groups: billable is what it pays (the price above for a chain's middle).
                out.append(toMargin(owner, g, owner.intermediate || !r->billSource));
            } else if (group.transferBilling && group.organizationId == r->actingOrganization) {
                // A bill source asking for its own pro forma: the price its direct payer sets, never billable.
                const QStringList payers = BillingRules::payersOf(r->transfers, r->actingOrganization, period);
                if (!payers.isEmpty() && payers.constFirst() == ownerId)
                    out.append(toMargin(owner, g, false));
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const GroupMargin &a, const GroupMargin &b) {
        return a.groupName.compare(b.groupName, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Result<QList<GroupMargin>> ProFormaService::margin(const BillingPeriod &period, const QString &organizationOrGroup) const
{
    auto r = run(period);
    if (!r)
        return r.error();
    QList<GroupMargin> out;
    for (const auto &[ownerId, owner] : r->owners) {
        if (!r->actingOrganization.isEmpty() && ownerId != r->actingOrganization)
            continue;
        const bool shown = r->actingOrganization.isEmpty() || owner.intermediate || !r->billSource;
        if (!shown)
            continue;
        for (int g = 0; g < owner.config.groups.size(); ++g) {
            if (matches(owner.config.groups.at(g), organizationOrGroup))
                out.append(toMargin(owner, g, true));
        }
    }
    if (out.isEmpty() && r->billSource && !r->actingOrganization.isEmpty())
        return accessDenied(tr("The margin is the payer's: a bill-source organization sees only the pro forma prices "
                               "its payer sets."));
    std::sort(out.begin(), out.end(), [](const GroupMargin &a, const GroupMargin &b) {
        return a.groupName.compare(b.groupName, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Result<Explanation> ProFormaService::explain(const BillingPeriod &period, const ExplainFilter &filter) const
{
    auto r = run(period);
    if (!r)
        return r.error();
    for (const auto &[ownerId, owner] : r->owners) {
        for (int g = 0; g < owner.config.groups.size(); ++g) {
            if (!matches(owner.config.groups.at(g), filter.groupId))
                continue;
            const bool mine = r->actingOrganization.isEmpty() || ownerId == r->actingOrganization;
            if (!mine || (r->billSource && !owner.intermediate))
                return accessDenied(tr("Only the payer that configures a billing group's pricing can see why a price "
                                       "is what it is."));
            ExplainFilter exact = filter;
            exact.groupId = owner.config.groups.at(g).groupId;
            return bd::explain(owner.config, owner.result, exact);
        }
    }
    return Error::rule(QStringLiteral("BILLING_GROUP_NOT_FOUND"),
                       tr("No billing group \"%1\" is priced in %2.").arg(filter.groupId, period.toString()));
}

Result<GroupMargin> ProFormaService::whatIf(const BillingPeriod &period, const QString &groupId,
                                            const PricingPlan &plan,
                                            const std::optional<QList<CustomLineItem>> &lineItems) const
{
    bool found = false;
    auto r = run(period, [&](PricingConfiguration &config) {
        for (GroupPricing &group : config.groups) {
            if (group.groupId != groupId)
                continue;
            found = true;
            group.plan = plan;
            if (lineItems) {
                group.customLineItems.clear();
                for (const CustomLineItem &item : *lineItems) {
                    if (item.appliesTo(period))
                        group.customLineItems.append(item);
                }
            }
        }
    });
    if (!r)
        return r.error();
    if (!found)
        return Error::rule(QStringLiteral("BILLING_GROUP_NOT_FOUND"),
                           tr("No billing group \"%1\" is priced in %2.").arg(groupId, period.toString()));
    for (const auto &[ownerId, owner] : r->owners) {
        for (int g = 0; g < owner.config.groups.size(); ++g) {
            if (owner.config.groups.at(g).groupId != groupId)
                continue;
            const bool mine = r->actingOrganization.isEmpty() || ownerId == r->actingOrganization;
            if (!mine || (r->billSource && !owner.intermediate))
                return accessDenied(tr("Only the payer that configures a billing group's pricing can preview it."));
            return toMargin(owner, g, true);
        }
    }
    return Error::internal(tr("The billing group was not priced."));
}

Result<QList<ConductorFeeLine>> ProFormaService::conductorFees(const BillingPeriod &period) const
{
    auto r = run(period);
    if (!r)
        return r.error();
    if (r->billSource && !r->actingOrganization.isEmpty())
        return accessDenied(tr("The Billing Conductor fee is on the payer's own invoice."));
    QList<CustomPlanUse> uses;
    const QDate first = period.firstDay();
    const QDate last = first.addDays(period.days() - 1);
    for (const GroupPricing &group : std::as_const(r->all.groups)) {
        if (!r->actingOrganization.isEmpty() && group.ownerOrganizationId != r->actingOrganization)
            continue;
        if (group.plan.managed || isManagedPlanName(group.plan.name))
            continue;
        const QString organization = group.transferBilling ? group.organizationId : group.ownerOrganizationId;
        if (group.transferBilling) {
            // In use while the organization's bill is transferred to the owner in the period.
            const QStringList payers = BillingRules::payersOf(r->transfers, organization, period);
            if (!payers.contains(group.ownerOrganizationId))
                continue;
        }
        uses.append({organization, first, last});
    }
    return bd::conductorFees(period, uses);
}

} // namespace bd
