#include "PricingService.h"
#include "PricingScenario.h"

#include "ClockService.h"
#include "DirectoryService.h"
#include "Services.h"
#include "domain/BillingContext.h"
#include "domain/Directory.h"
#include "storage/CostDataStore.h"
#include "storage/PricingStore.h"
#include "storage/Storage.h"
#include "storage/TransferStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace bd {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PricingService", text, disambiguation, n);
}

Error accessDenied(const QString &message)
{
    return Error::rule(PricingReasons::AccessDenied, message);
}

// Everything the pricing configuration is made of, read once per call (small tables).
struct Snapshot
{
    QList<BillingGroup> groups;
    QList<StoredPricingPlan> plans;
    QList<PricingRule> rules;
    QList<BillingGroupPlanVersion> groupPlans;
    QList<BillingGroupAccount> groupAccounts;
    QList<CustomLineItem> lineItems;
    QList<ResponsibilityTransfer> transfers;

    const StoredPricingPlan *storedPlan(const QString &id) const
    {
        for (const StoredPricingPlan &p : plans) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    }

    const BillingGroup *group(const QString &id) const
    {
        for (const BillingGroup &g : groups) {
            if (g.id == id)
                return &g;
        }
        return nullptr;
    }

    const ResponsibilityTransfer *transfer(const QString &id) const
    {
        for (const ResponsibilityTransfer &t : transfers) {
            if (t.id == id)
                return &t;
        }
        return nullptr;
    }

    // The plan reference of a group in a period: the version with the greatest fromPeriod <= period; a group with
    // no version (written before versions were kept) has its billing_groups plan.
    QString planRefAt(const BillingGroup &group, int period) const
    {
        const BillingGroupPlanVersion *best = nullptr;
        bool any = false;
        for (const BillingGroupPlanVersion &v : groupPlans) {
            if (v.groupId != group.id)
                continue;
            any = true;
            if (v.fromPeriod <= period && (!best || v.fromPeriod > best->fromPeriod))
                best = &v;
        }
        if (best)
            return best->plan;
        return any ? QString() : group.pricingPlan;
    }

    // A custom plan by id, else by name among the owner's plans (then the administrator's): a plan reference written
    // by name (an invitation's plan, a group written before plans were stored).
    const StoredPricingPlan *findPlan(const QString &ref, const QString &owner) const
    {
        if (const StoredPricingPlan *byId = storedPlan(ref))
            return byId;
        const StoredPricingPlan *shared = nullptr;
        for (const StoredPricingPlan &p : plans) {
            if (p.name != ref)
                continue;
            if (p.ownerOrganizationId == owner)
                return &p;
            if (p.ownerOrganizationId.isEmpty())
                shared = &p;
        }
        return shared;
    }

    QList<PricingRule> rulesAt(const QString &planId, const BillingPeriod &period) const
    {
        QList<PricingRule> out;
        for (const PricingRule &r : rules) {
            if (r.planId == planId && r.inEffect(period))
                out.append(r);
        }
        return out;
    }

    // The plan a reference names, with its rules in effect for the period. An empty reference (no pricing configured)
    // is BasicPricingPlan; a name no stored plan has is a custom plan without rules (public on-demand prices).
    PricingPlan planAt(const QString &ref, const QString &owner, const BillingPeriod &period) const
    {
        const QList<PricingPlan> managed = managedPricingPlans();
        if (ref.isEmpty())
            return managed.at(0);
        for (const PricingPlan &m : managed) {
            if (m.name.compare(ref, Qt::CaseInsensitive) == 0)
                return m;
        }
        PricingPlan plan;
        if (const StoredPricingPlan *stored = findPlan(ref, owner)) {
            plan.id = stored->id;
            plan.name = stored->name;
            plan.description = stored->description;
            plan.rules = rulesAt(stored->id, period);
        } else {
            plan.id = ref;
            plan.name = ref;
        }
        return plan;
    }

    QStringList accountsAt(const QString &groupId, const BillingPeriod &period) const
    {
        QStringList out;
        const int index = period.index();
        for (const BillingGroupAccount &a : groupAccounts) {
            if (a.groupId == groupId && a.fromPeriod <= index && (!a.toPeriod || index <= *a.toPeriod)
                && !out.contains(a.accountId))
                out.append(a.accountId);
        }
        out.sort();
        return out;
    }

    // A TRANSFER_BILLING group prices the months its transfer moves the bill (accepted, start <= month <= end); a
    // STANDARD group the months it has accounts.
    bool prices(const BillingGroup &group, const BillingPeriod &period) const
    {
        if (group.type == BillingGroupType::Standard)
            return !accountsAt(group.id, period).isEmpty();
        const ResponsibilityTransfer *t = transfer(group.transferId);
        if (!t)
            return false;
        if (t->status != TransferStatus::Accepted && t->status != TransferStatus::Withdrawn)
            return false;
        return t->startPeriod <= period && (!t->endPeriod || period <= *t->endPeriod);
    }

    // Listed for a period: every TRANSFER_BILLING group (pending ones too: their pricing is set before the start),
    // STANDARD groups with accounts in the period.
    bool listed(const BillingGroup &group, const BillingPeriod &period) const
    {
        return group.type == BillingGroupType::TransferBilling || !accountsAt(group.id, period).isEmpty();
    }

    QList<CustomLineItem> lineItemsAt(const QString &groupId, const BillingPeriod &period) const
    {
        QList<CustomLineItem> out;
        for (const CustomLineItem &i : lineItems) {
            if (i.billingGroupId == groupId && i.appliesTo(period))
                out.append(i);
        }
        return out;
    }

    bool ownsGroups(const QString &organizationId) const
    {
        return std::any_of(groups.cbegin(), groups.cend(),
                           [&](const BillingGroup &g) { return g.ownerOrganizationId == organizationId; });
    }
};

Result<Snapshot> loadSnapshot(Storage &storage)
{
    Snapshot s;
    PricingStore &store = storage.pricing();
    auto groups = storage.transfers().billingGroups();
    if (!groups)
        return groups.error();
    s.groups = *groups;
    auto plans = store.plans();
    if (!plans)
        return plans.error();
    s.plans = *plans;
    auto rules = store.rules();
    if (!rules)
        return rules.error();
    s.rules = *rules;
    auto groupPlans = store.groupPlans();
    if (!groupPlans)
        return groupPlans.error();
    s.groupPlans = *groupPlans;
    auto accounts = store.groupAccounts();
    if (!accounts)
        return accounts.error();
    s.groupAccounts = *accounts;
    auto items = store.lineItems();
    if (!items)
        return items.error();
    s.lineItems = *items;
    auto transfers = storage.transfers().all();
    if (!transfers)
        return transfers.error();
    s.transfers = *transfers;
    return s;
}

GroupPricing groupPricing(const Snapshot &snap, const BillingGroup &group, const BillingPeriod &period)
{
    GroupPricing g;
    g.groupId = group.id;
    g.name = group.name;
    g.ownerOrganizationId = group.ownerOrganizationId;
    g.transferBilling = group.type == BillingGroupType::TransferBilling;
    g.organizationId = group.organizationId;
    if (!g.transferBilling)
        g.accountIds = snap.accountsAt(group.id, period);
    g.plan = snap.planAt(snap.planRefAt(group, period.index()), group.ownerOrganizationId, period);
    g.customLineItems = snap.lineItemsAt(group.id, period);
    return g;
}

} // namespace

PricingService::PricingService(Services &services)
    : m_services(services)
{
    registerPricingScenario(services);
    // Nothing a billing group or a plan refers to is removed: a STANDARD group's accounts (in any period: closed
    // periods keep their groups), the organization that owns plans or groups.
    m_services.addReferenceCheck([this](const QString &entityType, const QString &id) -> Result<QString> {
        if (entityType == QLatin1String("account")) {
            auto accounts = m_services.storage().pricing().groupAccounts();
            if (!accounts)
                return accounts.error();
            for (const BillingGroupAccount &a : std::as_const(*accounts)) {
                if (a.accountId == id)
                    return tr("it is an account of the billing group %1, whose pricing history is kept.")
                        .arg(a.groupId);
            }
        } else if (entityType == QLatin1String("organization")) {
            auto groups = m_services.storage().transfers().billingGroups();
            if (!groups)
                return groups.error();
            for (const BillingGroup &g : std::as_const(*groups)) {
                if (g.organizationId == id || g.ownerOrganizationId == id)
                    return tr("it has the billing group \"%1\" (%2), whose pricing history is kept.").arg(g.name, g.id);
            }
            auto plans = m_services.storage().pricing().plans();
            if (!plans)
                return plans.error();
            for (const StoredPricingPlan &p : std::as_const(*plans)) {
                if (p.ownerOrganizationId == id)
                    return tr("it owns the pricing plan \"%1\" (%2).").arg(p.name, p.id);
            }
        }
        return QString();
    });
}

PricingService::~PricingService() = default;

BillingPeriod PricingService::currentPeriod() const
{
    return BillingPeriod::containing(m_services.now());
}

// ---------------------------------------------------------------------------------------------------------------
// Who acts

// The organization whose pricing the acting account configures: its own, as its management account (empty for the
// administrator). A bill-source context sees none of it, unless its organization owns billing groups itself (the
// middle of a chain prices the organizations it pays for).
static Result<QString> configuringOrganization(const Services &services, const Snapshot &snap)
{
    if (services.isAdministrator())
        return QString();
    auto org = services.directory().findOrganizationOf(services.actingAccountId());
    if (!org)
        return org.error();
    if (!org->has_value())
        return accessDenied(tr("The account %1 belongs to no organization: it has no pricing to configure.")
                                .arg(services.actingAccountId()));
    const Organization &o = **org;
    if (o.managementAccountId != services.actingAccountId())
        return accessDenied(tr("Only the management account of %1 (%2) configures its pricing; %3 is a member account.")
                                .arg(o.name, o.managementAccountId, services.actingAccountId()));
    if (services.isBillSourceContext() && !snap.ownsGroups(o.id))
        return accessDenied(tr("%1's bill is paid by another organization: the pricing is the payer's and is not "
                               "shown to a bill-source account.")
                                .arg(o.name));
    return o.id;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

Result<QList<PricingPlan>> PricingService::plans(std::optional<BillingPeriod> period) const
{
    const BillingPeriod p = period.value_or(currentPeriod());
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    QList<PricingPlan> out = managedPricingPlans();
    for (const StoredPricingPlan &stored : std::as_const(snap->plans)) {
        if (!org->isEmpty() && stored.ownerOrganizationId != *org && !stored.ownerOrganizationId.isEmpty())
            continue;
        if (stored.removedFromPeriod && p.index() >= *stored.removedFromPeriod)
            continue;
        PricingPlan plan;
        plan.id = stored.id;
        plan.name = stored.name;
        plan.description = stored.description;
        plan.rules = snap->rulesAt(stored.id, p);
        out.append(plan);
    }
    return out;
}

Result<PricingPlan> PricingService::plan(const QString &nameOrId, std::optional<BillingPeriod> period) const
{
    auto all = plans(period);
    if (!all)
        return all.error();
    const QString key = nameOrId.trimmed();
    QList<PricingPlan> matches;
    for (const PricingPlan &p : std::as_const(*all)) {
        if (p.id == key)
            return p;
        if (p.name.compare(key, Qt::CaseInsensitive) == 0)
            matches.append(p);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error::rule(PricingReasons::PlanNotFound,
                           tr("There is no pricing plan \"%1\": use BasicPricingPlan, Passthrough or one of your custom "
                              "plans (plans list).")
                               .arg(key),
                           QStringLiteral("plan"));
    QStringList ids;
    for (const PricingPlan &p : std::as_const(matches))
        ids << p.id;
    return Error::rule(PricingReasons::PlanNotFound,
                       tr("%1 plans are named \"%2\" (%3): give the id.")
                           .arg(matches.size())
                           .arg(key, ids.join(QStringLiteral(", "))),
                       QStringLiteral("plan"));
}

Result<QList<PricingRule>> PricingService::rules(const QString &planNameOrId, std::optional<BillingPeriod> period) const
{
    auto p = plan(planNameOrId, period);
    if (!p)
        return p.error();
    return p->rules;
}

QStringList PricingService::serviceCatalogue()
{
    return {
        QStringLiteral("AWSBackup"),
        QStringLiteral("AWSCloudTrail"),
        QStringLiteral("AWSCodePipeline"),
        QStringLiteral("AWSConfig"),
        QStringLiteral("AWSDataTransfer"),
        QStringLiteral("AWSELB"),
        QStringLiteral("AWSEvents"),
        QStringLiteral("AWSGlue"),
        QStringLiteral("AWSLambda"),
        QStringLiteral("AWSQueueService"),
        QStringLiteral("AWSSecretsManager"),
        QStringLiteral("AWSSupportBusiness"),
        QStringLiteral("AWSSupportDeveloper"),
        QStringLiteral("AWSSupportEnterprise"),
        QStringLiteral("AWSSystemsManager"),
        QStringLiteral("AWSXRay"),
        QStringLiteral("AmazonApiGateway"),
        QStringLiteral("AmazonAthena"),
        QStringLiteral("AmazonCloudFront"),
        QStringLiteral("AmazonCloudWatch"),
        QStringLiteral("AmazonCognito"),
        QStringLiteral("AmazonDynamoDB"),
        QStringLiteral("AmazonEC2"),
        QStringLiteral("AmazonECR"),
        QStringLiteral("AmazonECS"),
        QStringLiteral("AmazonEFS"),
        QStringLiteral("AmazonEKS"),
        QStringLiteral("AmazonElastiCache"),
        QStringLiteral("AmazonES"),
        QStringLiteral("AmazonGuardDuty"),
        QStringLiteral("AmazonKinesis"),
        QStringLiteral("AmazonMSK"),
        QStringLiteral("AmazonRDS"),
        QStringLiteral("AmazonRedshift"),
        QStringLiteral("AmazonRoute53"),
        QStringLiteral("AmazonS3"),
        QStringLiteral("AmazonSES"),
        QStringLiteral("AmazonSNS"),
        QStringLiteral("AmazonSageMaker"),
        QStringLiteral("AmazonVPC"),
        QStringLiteral("awskms"),
    };
}

namespace {

// Distinct values of the detail rollups the acting account may see, grouped by `dimensions`; `keep` picks rows.
Result<QStringList> seenValues(const Services &services, const QList<CostDimension> &dimensions, int valueIndex,
                               const std::function<bool(const QStringList &keys)> &keep)
{
    auto visibility = services.visibility();
    if (!visibility)
        return visibility.error();
    CostQuery query;
    query.view = CostView::Billable;
    query.groupBy = dimensions;
    auto sums = services.storage().costData().rollupSums(query);
    if (!sums)
        return sums.error();
    QSet<QString> seen;
    for (const CostRollupSums &s : std::as_const(*sums)) {
        if (!visibility->allows(s.organizationId, s.period))
            continue;
        const QString value = s.keys.value(valueIndex);
        if (!value.isEmpty() && (!keep || keep(s.keys)))
            seen.insert(value);
    }
    QStringList out(seen.cbegin(), seen.cend());
    out.sort();
    return out;
}

} // namespace

Result<QStringList> PricingService::knownServices() const
{
    auto seen = seenValues(m_services, {CostDimension::Service}, 0, {});
    if (!seen)
        return seen.error();
    QSet<QString> all(seen->cbegin(), seen->cend());
    const QStringList catalogue = serviceCatalogue();
    all.unite(QSet<QString>(catalogue.cbegin(), catalogue.cend()));
    QStringList out(all.cbegin(), all.cend());
    out.sort();
    return out;
}

Result<QStringList> PricingService::usageTypes(const QString &service) const
{
    return seenValues(m_services, {CostDimension::Service, CostDimension::UsageType}, 1,
                      [&](const QStringList &keys) { return service.isEmpty() || keys.value(0) == service; });
}

Result<QStringList> PricingService::operations(const QString &service, const QString &usageType) const
{
    return seenValues(m_services, {CostDimension::Service, CostDimension::UsageType, CostDimension::Operation}, 2,
                      [&](const QStringList &keys) {
                          return (service.isEmpty() || keys.value(0) == service)
                              && (usageType.isEmpty() || keys.value(1) == usageType);
                      });
}

Result<QList<BillingGroupPricing>> PricingService::groups(std::optional<BillingPeriod> period) const
{
    const BillingPeriod p = period.value_or(currentPeriod());
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    QList<BillingGroupPricing> out;
    for (const BillingGroup &g : std::as_const(snap->groups)) {
        if (!org->isEmpty() && g.ownerOrganizationId != *org)
            continue;
        if (!snap->listed(g, p))
            continue;
        BillingGroupPricing row;
        row.group = g;
        row.period = p;
        const QString ref = snap->planRefAt(g, p.index());
        row.group.pricingPlan = ref.isEmpty() ? QString() : snap->planAt(ref, g.ownerOrganizationId, p).name;
        if (g.type == BillingGroupType::Standard) {
            row.accountIds = snap->accountsAt(g.id, p);
        } else {
            for (const Account &a : m_services.directory().accounts(g.organizationId))
                row.accountIds.append(a.id);
            row.accountIds.sort();
        }
        const auto organization = m_services.directory().organization(g.organizationId);
        row.organizationName = organization ? organization->name : g.organizationId;
        out.append(row);
    }
    return out;
}

Result<BillingGroupPricing> PricingService::group(const QString &idOrName, std::optional<BillingPeriod> period) const
{
    auto all = groups(period);
    if (!all)
        return all.error();
    const QString key = idOrName.trimmed();
    QList<BillingGroupPricing> matches;
    for (const BillingGroupPricing &g : std::as_const(*all)) {
        if (g.group.id == key)
            return g;
        if (g.group.name.compare(key, Qt::CaseInsensitive) == 0)
            matches.append(g);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error::rule(PricingReasons::GroupNotFound,
                           tr("There is no billing group \"%1\" among the groups you configure (groups list).").arg(key),
                           QStringLiteral("group"));
    QStringList ids;
    for (const BillingGroupPricing &g : std::as_const(matches))
        ids << g.group.id;
    return Error::rule(PricingReasons::GroupNotFound,
                       tr("%1 billing groups are named \"%2\" (%3): give the id.")
                           .arg(matches.size())
                           .arg(key, ids.join(QStringLiteral(", "))),
                       QStringLiteral("group"));
}

Result<QList<CustomLineItem>> PricingService::lineItems(const QString &groupIdOrName,
                                                        std::optional<BillingPeriod> period) const
{
    const BillingPeriod p = period.value_or(currentPeriod());
    auto listed = groups(p);
    if (!listed)
        return listed.error();
    QSet<QString> ids;
    if (!groupIdOrName.trimmed().isEmpty()) {
        auto g = group(groupIdOrName, p);
        if (!g)
            return g.error();
        ids.insert(g->group.id);
    } else {
        for (const BillingGroupPricing &g : std::as_const(*listed))
            ids.insert(g.group.id);
    }
    auto items = m_services.storage().pricing().lineItems();
    if (!items)
        return items.error();
    QList<CustomLineItem> out;
    for (const CustomLineItem &i : std::as_const(*items)) {
        if (ids.contains(i.billingGroupId) && i.appliesTo(p))
            out.append(i);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// For the engine

Result<PricingConfiguration> PricingService::allConfiguration(const BillingPeriod &period) const
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    PricingConfiguration config;
    config.period = period;
    for (const BillingGroup &g : std::as_const(snap->groups)) {
        if (snap->prices(g, period))
            config.groups.append(groupPricing(*snap, g, period));
    }
    return config;
}

Result<PricingConfiguration> PricingService::configuration(const BillingPeriod &period) const
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    PricingConfiguration config;
    config.period = period;
    for (const BillingGroup &g : std::as_const(snap->groups)) {
        if ((org->isEmpty() || g.ownerOrganizationId == *org) && snap->prices(g, period))
            config.groups.append(groupPricing(*snap, g, period));
    }
    return config;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

namespace {

const QString PlanEntity = QStringLiteral("pricing-plan");
const QString RuleEntity = QStringLiteral("pricing-rule");
const QString GroupEntity = QStringLiteral("billing-group");
const QString ItemEntity = QStringLiteral("custom-line-item");

Result<QString> newId(PricingStore &store, TransferStore *groups, const QString &prefix)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString id = prefix;
        for (int i = 0; i < 12; ++i)
            id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
        auto taken = groups ? groups->billingGroupIdTaken(id) : store.idTaken(id);
        if (!taken)
            return taken.error();
        if (!*taken)
            return id;
    }
    return Error::internal(tr("Could not generate a unique id."));
}

Status checkText(const QString &name, const QString &description, const QString &what)
{
    bool control = false;
    for (const QChar c : name)
        control = control || c.category() == QChar::Other_Control;
    if (name.trimmed().isEmpty() || name.size() > PricingLimits::NameMaxLength || control)
        return Error::input(QStringLiteral("name"), PricingReasons::InvalidName,
                            tr("Name the %1 with 1 to %2 characters (no line breaks or control characters).")
                                .arg(what)
                                .arg(PricingLimits::NameMaxLength));
    if (description.size() > PricingLimits::DescriptionMaxLength)
        return Error::input(QStringLiteral("description"), PricingReasons::InvalidDescription,
                            tr("A description has at most %1 characters.").arg(PricingLimits::DescriptionMaxLength));
    return {};
}

bool openAt(int fromPeriod, const std::optional<int> &toPeriod, int period)
{
    return fromPeriod <= period && (!toPeriod || period <= *toPeriod);
}

// The custom plans an owner's groups may use in a period: its own and the administrator's.
bool usableBy(const StoredPricingPlan &plan, const QString &owner, int period)
{
    if (plan.removedFromPeriod && period >= *plan.removedFromPeriod)
        return false;
    return plan.ownerOrganizationId == owner || plan.ownerOrganizationId.isEmpty();
}

Result<const StoredPricingPlan *> matchPlan(const QList<const StoredPricingPlan *> &candidates, const QString &key,
                                            const QString &preferredOwner)
{
    QList<const StoredPricingPlan *> matches;
    for (const StoredPricingPlan *p : candidates) {
        if (p->id == key)
            return p;
        if (p->name.compare(key, Qt::CaseInsensitive) == 0)
            matches.append(p);
    }
    if (matches.size() > 1) {
        QList<const StoredPricingPlan *> own;
        for (const StoredPricingPlan *p : std::as_const(matches)) {
            if (p->ownerOrganizationId == preferredOwner)
                own.append(p);
        }
        if (own.size() == 1)
            return own.first();
        QStringList ids;
        for (const StoredPricingPlan *p : std::as_const(matches))
            ids << p->id;
        return Error::rule(PricingReasons::PlanNotFound,
                           tr("%1 plans are named \"%2\" (%3): give the id.")
                               .arg(matches.size())
                               .arg(key, ids.join(QStringLiteral(", "))),
                           QStringLiteral("plan"));
    }
    if (matches.isEmpty())
        return Error::rule(PricingReasons::PlanNotFound,
                           tr("There is no pricing plan \"%1\": use BasicPricingPlan, Passthrough or one of your custom "
                              "plans (plans list).")
                               .arg(key),
                           QStringLiteral("plan"));
    return matches.first();
}

// A custom plan the acting organization may change (the administrator: any); managed plans are read-only.
Result<const StoredPricingPlan *> editablePlan(const Snapshot &snap, const QString &org, const QString &nameOrId,
                                              int period)
{
    const QString key = nameOrId.trimmed();
    if (isManagedPlanName(key))
        return Error::rule(PricingReasons::ManagedPlanReadOnly,
                           tr("%1 is an AWS-managed pricing plan: it is read-only. Create a custom plan (plans add) "
                              "for your own rules.")
                               .arg(key),
                           QStringLiteral("plan"));
    QList<const StoredPricingPlan *> candidates;
    for (const StoredPricingPlan &p : snap.plans) {
        if (p.removedFromPeriod && period >= *p.removedFromPeriod)
            continue;
        if (org.isEmpty() || p.ownerOrganizationId == org)
            candidates.append(&p);
    }
    return matchPlan(candidates, key, org);
}

// The version of a rule in effect for the period.
const PricingRule *ruleVersionAt(const Snapshot &snap, const QString &id, int period)
{
    for (const PricingRule &r : snap.rules) {
        if (r.id == id && openAt(r.fromPeriod, r.toPeriod, period))
            return &r;
    }
    return nullptr;
}

// The open version of a custom line item (toPeriod empty), or the last one.
const CustomLineItem *itemVersion(const Snapshot &snap, const QString &id)
{
    const CustomLineItem *last = nullptr;
    for (const CustomLineItem &i : snap.lineItems) {
        if (i.id != id)
            continue;
        if (!i.toPeriod)
            return &i;
        if (!last || i.fromPeriod > last->fromPeriod)
            last = &i;
    }
    return last;
}

QString ruleSummary(const PricingRule &r)
{
    return QStringLiteral("%1 %2 (%3)").arg(r.scopeDescription(), r.effectDescription(), r.name);
}

} // namespace

void PricingService::notify()
{
    Q_EMIT pricingChanged();
    Q_EMIT m_services.dataChanged();
}

QString PricingService::planReference(const PricingPlan &plan)
{
    return plan.managed ? plan.name : plan.id;
}

Result<PricingPlan> PricingService::planForGroup(const BillingGroup &group, const QString &planNameOrId) const
{
    const QString key = planNameOrId.trimmed();
    if (key.isEmpty() || key.size() > PricingLimits::NameMaxLength)
        return Error::input(QStringLiteral("plan"), QStringLiteral("INVALID_PLAN"),
                            tr("Name the pricing plan (1 to 128 characters), e.g. BasicPricingPlan."));
    const BillingPeriod current = currentPeriod();
    for (const PricingPlan &m : managedPricingPlans()) {
        if (m.name.compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (m.isPassthrough() && group.type != BillingGroupType::TransferBilling)
            return Error::rule(PricingReasons::PassthroughNotAllowed,
                               tr("Passthrough is only for transfer billing groups; \"%1\" is a STANDARD group: use "
                                  "BasicPricingPlan or a custom plan.")
                                   .arg(group.name),
                               QStringLiteral("plan"));
        return m;
    }
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    QList<const StoredPricingPlan *> candidates;
    for (const StoredPricingPlan &p : std::as_const(snap->plans)) {
        if (usableBy(p, group.ownerOrganizationId, current.index()))
            candidates.append(&p);
    }
    auto stored = matchPlan(candidates, key, group.ownerOrganizationId);
    if (!stored)
        return stored.error();
    PricingPlan plan;
    plan.id = (*stored)->id;
    plan.name = (*stored)->name;
    plan.description = (*stored)->description;
    plan.rules = snap->rulesAt(plan.id, current);
    return plan;
}

Status PricingService::writeGroupPlan(const BillingGroup &group, const PricingPlan &plan)
{
    if (auto s = m_services.storage().pricing().setGroupPlanFrom({group.id, currentPeriod().index(),
                                                                   planReference(plan)});
        !s)
        return s;
    return m_services.storage().transfers().setBillingGroupPlan(group.id, plan.name);
}

// --- Plans

Result<PricingPlan> PricingService::addPlan(const QString &name, const QString &description)
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    const QString trimmed = name.trimmed();
    if (auto s = checkText(trimmed, description, tr("pricing plan")); !s)
        return s.error();
    const int current = currentPeriod().index();
    if (isManagedPlanName(trimmed))
        return Error::rule(PricingReasons::DuplicateName,
                           tr("%1 is the name of an AWS-managed plan: choose another name.").arg(trimmed),
                           QStringLiteral("name"));
    for (const StoredPricingPlan &p : std::as_const(snap->plans)) {
        if (p.ownerOrganizationId == *org && !p.removedFromPeriod && p.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error::rule(PricingReasons::DuplicateName,
                               tr("You already have a pricing plan named \"%1\" (%2).").arg(p.name, p.id),
                               QStringLiteral("name"));
    }
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    auto id = newId(m_services.storage().pricing(), nullptr, QStringLiteral("pp-"));
    if (!id)
        return id.error();
    const StoredPricingPlan stored{*id, trimmed, description, *org, std::nullopt};
    if (auto s = m_services.storage().pricing().insertPlan(stored); !s)
        return s.error();
    if (auto s = m_services.audit(QStringLiteral("pricing-plan.add"), PlanEntity, *id,
                                  tr("Added the pricing plan \"%1\" (%2) from %3")
                                      .arg(trimmed, *id, BillingPeriod::fromIndex(current).toString()));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    PricingPlan plan;
    plan.id = *id;
    plan.name = trimmed;
    plan.description = description;
    return plan;
}

Result<PricingPlan> PricingService::updatePlan(const QString &nameOrId, const QString &name,
                                               const QString &description)
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    const int current = currentPeriod().index();
    auto found = editablePlan(*snap, *org, nameOrId, current);
    if (!found)
        return found.error();
    StoredPricingPlan stored = **found;
    const QString trimmed = name.trimmed();
    if (auto s = checkText(trimmed, description, tr("pricing plan")); !s)
        return s.error();
    if (isManagedPlanName(trimmed))
        return Error::rule(PricingReasons::DuplicateName,
                           tr("%1 is the name of an AWS-managed plan: choose another name.").arg(trimmed),
                           QStringLiteral("name"));
    for (const StoredPricingPlan &p : std::as_const(snap->plans)) {
        if (p.id != stored.id && p.ownerOrganizationId == stored.ownerOrganizationId && !p.removedFromPeriod
            && p.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error::rule(PricingReasons::DuplicateName,
                               tr("There is already a pricing plan named \"%1\" (%2).").arg(p.name, p.id),
                               QStringLiteral("name"));
    }
    const QString oldName = stored.name;
    stored.name = trimmed;
    stored.description = description;
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    if (auto s = m_services.storage().pricing().updatePlan(stored); !s)
        return s.error();
    // The groups on the plan show its new name.
    for (const BillingGroup &g : std::as_const(snap->groups)) {
        if (snap->planRefAt(g, current) == stored.id)
            if (auto s = m_services.storage().transfers().setBillingGroupPlan(g.id, trimmed); !s)
                return s.error();
    }
    if (auto s = m_services.audit(QStringLiteral("pricing-plan.edit"), PlanEntity, stored.id,
                                  tr("Pricing plan %1: \"%2\" -> \"%3\"").arg(stored.id, oldName, trimmed));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return plan(stored.id);
}

Status PricingService::removePlan(const QString &nameOrId)
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    const int current = currentPeriod().index();
    auto found = editablePlan(*snap, *org, nameOrId, current);
    if (!found)
        return found.error();
    StoredPricingPlan stored = **found;
    bool usedBefore = false;
    for (const BillingGroup &g : std::as_const(snap->groups)) {
        const PricingPlan now = snap->planAt(snap->planRefAt(g, current), g.ownerOrganizationId,
                                             BillingPeriod::fromIndex(current));
        if (now.id == stored.id)
            return Error::rule(PricingReasons::PlanInUse,
                               tr("The billing group \"%1\" (%2) uses \"%3\" in %4: give it another plan first.")
                                   .arg(g.name, g.id, stored.name, BillingPeriod::fromIndex(current).toString()),
                               QStringLiteral("plan"));
        for (const BillingGroupPlanVersion &v : std::as_const(snap->groupPlans)) {
            if (v.groupId == g.id && v.fromPeriod < current
                && snap->planAt(v.plan, g.ownerOrganizationId, BillingPeriod::fromIndex(v.fromPeriod)).id == stored.id)
                usedBefore = true;
        }
    }
    PricingStore &store = m_services.storage().pricing();
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (!usedBefore) {
        if (auto s = store.deletePlan(stored.id); !s)
            return s;
    } else {
        // Closed periods were priced with it: keep it (and its rules up to the previous period) for them.
        for (const PricingRule &r : std::as_const(snap->rules)) {
            if (r.planId != stored.id)
                continue;
            if (r.fromPeriod >= current) {
                if (auto s = store.deleteRule(r.id, r.fromPeriod); !s)
                    return s;
            } else if (!r.toPeriod || *r.toPeriod >= current) {
                PricingRule closed = r;
                closed.toPeriod = current - 1;
                if (auto s = store.updateRule(closed); !s)
                    return s;
            }
        }
        stored.removedFromPeriod = current;
        if (auto s = store.updatePlan(stored); !s)
            return s;
    }
    if (auto s = m_services.audit(QStringLiteral("pricing-plan.remove"), PlanEntity, stored.id,
                                  usedBefore ? tr("Removed the pricing plan \"%1\" from %2 (kept for the closed periods "
                                                  "priced with it)")
                                                   .arg(stored.name, BillingPeriod::fromIndex(current).toString())
                                             : tr("Removed the pricing plan \"%1\"").arg(stored.name));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify();
    return {};
}

// --- Rules

Status PricingService::checkRule(const QString &planNameOrId, const PricingRule &rule,
                                 const QString &exceptRuleId) const
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    const BillingPeriod current = currentPeriod();
    auto found = editablePlan(*snap, *org, planNameOrId, current.index());
    if (!found)
        return found.error();
    auto known = knownServices();
    if (!known)
        return known.error();
    if (auto s = validatePricingRule(rule, QSet<QString>(known->cbegin(), known->cend())); !s)
        return s;
    PricingRule candidate = rule;
    candidate.id = exceptRuleId;
    candidate.planId = (*found)->id;
    return validateRuleInPlan(candidate, snap->rulesAt((*found)->id, current));
}

Result<PricingRule> PricingService::addRule(const QString &planNameOrId, const PricingRule &rule)
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    const BillingPeriod current = currentPeriod();
    auto found = editablePlan(*snap, *org, planNameOrId, current.index());
    if (!found)
        return found.error();
    const StoredPricingPlan plan = **found;
    if (auto s = checkRule(plan.id, rule); !s)
        return s.error();
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    auto id = newId(m_services.storage().pricing(), nullptr, QStringLiteral("pr-"));
    if (!id)
        return id.error();
    PricingRule added = rule;
    added.id = *id;
    added.planId = plan.id;
    added.fromPeriod = current.index();
    added.toPeriod.reset();
    if (auto s = m_services.storage().pricing().insertRule(added); !s)
        return s.error();
    if (auto s = m_services.audit(QStringLiteral("pricing-rule.add"), RuleEntity, added.id,
                                  tr("Plan \"%1\": added %2 from %3").arg(plan.name, ruleSummary(added),
                                                                           current.toString()));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return added;
}

Result<PricingRule> PricingService::editRule(const QString &ruleId, const PricingRule &rule)
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    const BillingPeriod current = currentPeriod();
    const PricingRule *version = ruleVersionAt(*snap, ruleId.trimmed(), current.index());
    const StoredPricingPlan *plan = version ? snap->storedPlan(version->planId) : nullptr;
    if (!version || !plan || (!org->isEmpty() && plan->ownerOrganizationId != *org))
        return Error::rule(PricingReasons::RuleNotFound,
                           tr("There is no rule %1 in effect in %2 among your plans' rules (rules list --plan NAME).")
                               .arg(ruleId, current.toString()),
                           QStringLiteral("rule"));
    const PricingRule before = *version;
    PricingRule edited = rule;
    edited.id = before.id;
    edited.planId = before.planId;
    if (auto s = checkRule(plan->id, edited, before.id); !s)
        return s.error();
    PricingStore &store = m_services.storage().pricing();
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    if (before.fromPeriod >= current.index()) {
        // Started in the current period: changed in place.
        edited.fromPeriod = before.fromPeriod;
        edited.toPeriod = before.toPeriod;
        if (auto s = store.updateRule(edited); !s)
            return s.error();
    } else {
        // Closed periods keep the old version.
        PricingRule closed = before;
        closed.toPeriod = current.index() - 1;
        if (auto s = store.updateRule(closed); !s)
            return s.error();
        edited.fromPeriod = current.index();
        edited.toPeriod = before.toPeriod;
        if (auto s = store.insertRule(edited); !s)
            return s.error();
    }
    if (auto s = m_services.audit(QStringLiteral("pricing-rule.edit"), RuleEntity, edited.id,
                                  tr("Plan \"%1\": %2 -> %3 from %4")
                                      .arg(plan->name, ruleSummary(before), ruleSummary(edited), current.toString()));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return edited;
}

Status PricingService::removeRule(const QString &ruleId)
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    const BillingPeriod current = currentPeriod();
    const PricingRule *version = ruleVersionAt(*snap, ruleId.trimmed(), current.index());
    const StoredPricingPlan *plan = version ? snap->storedPlan(version->planId) : nullptr;
    if (!version || !plan || (!org->isEmpty() && plan->ownerOrganizationId != *org))
        return Error::rule(PricingReasons::RuleNotFound,
                           tr("There is no rule %1 in effect in %2 among your plans' rules (rules list --plan NAME).")
                               .arg(ruleId, current.toString()),
                           QStringLiteral("rule"));
    const PricingRule before = *version;
    PricingStore &store = m_services.storage().pricing();
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (before.fromPeriod >= current.index()) {
        if (auto s = store.deleteRule(before.id, before.fromPeriod); !s)
            return s;
    } else {
        PricingRule closed = before;
        closed.toPeriod = current.index() - 1;
        if (auto s = store.updateRule(closed); !s)
            return s;
    }
    if (auto s = m_services.audit(QStringLiteral("pricing-rule.remove"), RuleEntity, before.id,
                                  tr("Plan \"%1\": removed %2 from %3")
                                      .arg(plan->name, ruleSummary(before), current.toString()));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify();
    return {};
}

// --- Billing groups

Result<BillingGroup> PricingService::setGroupPlan(const QString &idOrName, const QString &planNameOrId)
{
    auto found = group(idOrName);
    if (!found)
        return found.error();
    BillingGroup g = found->group;
    auto chosen = planForGroup(g, planNameOrId);
    if (!chosen)
        return chosen.error();
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    const BillingGroup *stored = snap->group(g.id);
    const QString before = stored ? stored->pricingPlan : QString();
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    if (auto s = writeGroupPlan(g, *chosen); !s)
        return s.error();
    if (auto s = m_services.audit(QStringLiteral("billing-group.plan"), GroupEntity, g.id,
                                  tr("Billing group \"%1\": pricing plan %2 -> %3 from %4")
                                      .arg(g.name, before.isEmpty() ? tr("(none)") : before, chosen->name,
                                           currentPeriod().toString()));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    g.pricingPlan = chosen->name;
    return g;
}

namespace {

// The accounts of a STANDARD group: accounts of the owner's organization, each in no other STANDARD group in the
// period.
Status checkStandardAccounts(const Services &services, const Snapshot &snap, const QString &owner,
                             const QStringList &accountIds, const QString &exceptGroupId, int period)
{
    if (accountIds.isEmpty())
        return Error::input(QStringLiteral("accounts"), QStringLiteral("INVALID_ACCOUNTS"),
                            tr("A STANDARD billing group needs at least one account."));
    QSet<QString> seen;
    for (const QString &id : accountIds) {
        if (auto s = validate::accountId(id, QStringLiteral("accounts")); !s)
            return s;
        if (seen.contains(id))
            return Error::input(QStringLiteral("accounts"), QStringLiteral("INVALID_ACCOUNTS"),
                                tr("The account %1 is listed twice.").arg(id));
        seen.insert(id);
        const auto account = services.directory().account(id);
        if (!account || account->organizationId != owner)
            return Error::rule(PricingReasons::AccessDenied,
                               tr("The account %1 is not an account of your organization (%2): a STANDARD group holds "
                                  "accounts of the payer's own organization.")
                                   .arg(id, owner),
                               QStringLiteral("accounts"));
        for (const BillingGroupAccount &a : snap.groupAccounts) {
            if (a.accountId != id || a.groupId == exceptGroupId || !openAt(a.fromPeriod, a.toPeriod, period))
                continue;
            const BillingGroup *other = snap.group(a.groupId);
            return Error::rule(PricingReasons::AccountInAnotherGroup,
                               tr("The account %1 is already in the billing group \"%2\" (%3) in %4: an account is in "
                                  "at most one STANDARD group.")
                                   .arg(id, other ? other->name : a.groupId, a.groupId,
                                        BillingPeriod::fromIndex(period).toString()),
                               QStringLiteral("accounts"));
        }
    }
    return {};
}

} // namespace

Result<BillingGroup> PricingService::addStandardGroup(const QString &name, const QStringList &accountIds,
                                                      const QString &planNameOrId)
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    auto org = configuringOrganization(m_services, *snap);
    if (!org)
        return org.error();
    const QString trimmed = name.trimmed();
    if (auto s = checkText(trimmed, {}, tr("billing group")); !s)
        return s.error();
    QString owner = *org;
    if (owner.isEmpty()) { // the administrator: the organization of the accounts
        const auto first = accountIds.isEmpty() ? std::nullopt : m_services.directory().account(accountIds.first());
        owner = first ? first->organizationId : QString();
        if (owner.isEmpty())
            return Error::input(QStringLiteral("accounts"), QStringLiteral("INVALID_ACCOUNTS"),
                                tr("A STANDARD billing group holds accounts of one organization; the first account "
                                   "is in none."));
    }
    const int current = currentPeriod().index();
    if (auto s = checkStandardAccounts(m_services, *snap, owner, accountIds, {}, current); !s)
        return s.error();
    for (const BillingGroup &g : std::as_const(snap->groups)) {
        if (g.ownerOrganizationId == owner && g.name.compare(trimmed, Qt::CaseInsensitive) == 0
            && snap->listed(g, BillingPeriod::fromIndex(current)))
            return Error::rule(PricingReasons::DuplicateName,
                               tr("You already have a billing group named \"%1\" (%2).").arg(g.name, g.id),
                               QStringLiteral("name"));
    }
    BillingGroup group;
    group.name = trimmed;
    group.type = BillingGroupType::Standard;
    group.status = BillingGroupStatus::Active;
    group.primaryAccountId = accountIds.first();
    group.organizationId = owner;
    group.ownerOrganizationId = owner;
    group.createdAt = m_services.now();
    group.activatedAt = group.createdAt;
    auto chosen = planForGroup(group, planNameOrId.trimmed().isEmpty() ? basicPricingPlanName() : planNameOrId);
    if (!chosen)
        return chosen.error();
    group.pricingPlan = chosen->name;
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    auto id = newId(m_services.storage().pricing(), &m_services.storage().transfers(), QStringLiteral("bg-"));
    if (!id)
        return id.error();
    group.id = *id;
    if (auto s = m_services.storage().transfers().insertBillingGroup(group); !s)
        return s.error();
    if (auto s = m_services.storage().transfers().activateBillingGroup(group.id, group.activatedAt); !s)
        return s.error();
    if (auto s = m_services.storage().pricing().setGroupPlanFrom({group.id, 0, planReference(*chosen)}); !s)
        return s.error();
    for (const QString &account : accountIds)
        if (auto s = m_services.storage().pricing().insertGroupAccount({group.id, account, current, std::nullopt}); !s)
            return s.error();
    if (auto s = m_services.audit(QStringLiteral("billing-group.add"), GroupEntity, group.id,
                                  tr("Added the STANDARD billing group \"%1\" (%2) with %3, pricing plan %4, from %5")
                                      .arg(trimmed, group.id, accountIds.join(QStringLiteral(", ")), chosen->name,
                                           BillingPeriod::fromIndex(current).toString()));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return group;
}

Status PricingService::setStandardGroupAccounts(const QString &idOrName, const QStringList &accountIds)
{
    auto found = group(idOrName);
    if (!found)
        return found.error();
    const BillingGroup g = found->group;
    if (g.type != BillingGroupType::Standard)
        return Error::rule(QStringLiteral("BILLING_GROUP_TYPE_MISMATCH"),
                           tr("\"%1\" is a transfer billing group: it covers every account of %2, chosen by nobody.")
                               .arg(g.name, g.organizationId),
                           QStringLiteral("group"));
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    const int current = currentPeriod().index();
    if (auto s = checkStandardAccounts(m_services, *snap, g.ownerOrganizationId, accountIds, g.id, current); !s)
        return s;
    const QStringList before = snap->accountsAt(g.id, BillingPeriod::fromIndex(current));
    PricingStore &store = m_services.storage().pricing();
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    for (const BillingGroupAccount &a : std::as_const(snap->groupAccounts)) {
        if (a.groupId != g.id || accountIds.contains(a.accountId) || !openAt(a.fromPeriod, a.toPeriod, current))
            continue;
        if (a.fromPeriod >= current) {
            if (auto s = store.deleteGroupAccount(a.groupId, a.accountId, a.fromPeriod); !s)
                return s;
        } else {
            BillingGroupAccount closed = a;
            closed.toPeriod = current - 1;
            if (auto s = store.updateGroupAccount(closed); !s)
                return s;
        }
    }
    for (const QString &account : accountIds) {
        if (before.contains(account))
            continue;
        // A row from this period may exist already (closed by an earlier change in the same period): reopen it.
        bool reopened = false;
        for (const BillingGroupAccount &a : std::as_const(snap->groupAccounts)) {
            if (a.groupId == g.id && a.accountId == account && a.fromPeriod == current) {
                BillingGroupAccount open = a;
                open.toPeriod.reset();
                if (auto s = store.updateGroupAccount(open); !s)
                    return s;
                reopened = true;
            }
        }
        if (!reopened)
            if (auto s = store.insertGroupAccount({g.id, account, current, std::nullopt}); !s)
                return s;
    }
    if (auto s = m_services.audit(QStringLiteral("billing-group.accounts"), GroupEntity, g.id,
                                  tr("Billing group \"%1\": accounts %2 -> %3 from %4")
                                      .arg(g.name, before.join(QStringLiteral(", ")),
                                           accountIds.join(QStringLiteral(", ")),
                                           BillingPeriod::fromIndex(current).toString()));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify();
    return {};
}

Status PricingService::removeStandardGroup(const QString &idOrName)
{
    auto found = group(idOrName);
    if (!found)
        return found.error();
    const BillingGroup g = found->group;
    if (g.type != BillingGroupType::Standard)
        return Error::rule(QStringLiteral("BILLING_GROUP_TYPE_MISMATCH"),
                           tr("\"%1\" is a transfer billing group: it ends with its transfer (transfers withdraw).")
                               .arg(g.name),
                           QStringLiteral("group"));
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    const int current = currentPeriod().index();
    bool pricedBefore = false;
    for (const BillingGroupAccount &a : std::as_const(snap->groupAccounts))
        pricedBefore = pricedBefore || (a.groupId == g.id && a.fromPeriod < current);
    PricingStore &store = m_services.storage().pricing();
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (!pricedBefore) {
        if (auto s = m_services.storage().transfers().deleteBillingGroup(g.id); !s)
            return s;
    } else {
        // Closed periods were priced with it: it covers no account from the current period on.
        for (const BillingGroupAccount &a : std::as_const(snap->groupAccounts)) {
            if (a.groupId != g.id || !openAt(a.fromPeriod, a.toPeriod, current))
                continue;
            if (a.fromPeriod >= current) {
                if (auto s = store.deleteGroupAccount(a.groupId, a.accountId, a.fromPeriod); !s)
                    return s;
            } else {
                BillingGroupAccount closed = a;
                closed.toPeriod = current - 1;
                if (auto s = store.updateGroupAccount(closed); !s)
                    return s;
            }
        }
        for (const CustomLineItem &i : std::as_const(snap->lineItems)) {
            if (i.billingGroupId != g.id || (i.toPeriod && *i.toPeriod < current))
                continue;
            if (i.fromPeriod >= current) {
                if (auto s = store.deleteLineItem(i.id, i.fromPeriod); !s)
                    return s;
            } else {
                CustomLineItem closed = i;
                closed.toPeriod = current - 1;
                if (auto s = store.updateLineItem(closed); !s)
                    return s;
            }
        }
    }
    if (auto s = m_services.audit(QStringLiteral("billing-group.remove"), GroupEntity, g.id,
                                  tr("Removed the STANDARD billing group \"%1\" from %2")
                                      .arg(g.name, BillingPeriod::fromIndex(current).toString()));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify();
    return {};
}

// --- Custom line items

namespace {

// Checks the percentage-of-items references: flat items of the same group, in effect.
Status checkItemReferences(const Snapshot &snap, const CustomLineItem &item, int period)
{
    for (const QString &ref : item.percentOfItems) {
        const CustomLineItem *other = itemVersion(snap, ref);
        if (!other || other->billingGroupId != item.billingGroupId || !other->isFlat()
            || (other->toPeriod && *other->toPeriod < period))
            return Error::input(QStringLiteral("percentOfItems"), PricingReasons::InvalidAmount,
                                tr("%1 is not a flat custom line item of this billing group: a percentage is taken of "
                                   "the group's flat items.")
                                    .arg(ref));
    }
    return {};
}

QString itemSummary(const CustomLineItem &i)
{
    const QString amount = i.flatAmount ? QStringLiteral("USD %1").arg(i.flatAmount->toFixed(2))
                                        : QStringLiteral("%1%").arg(i.percent.value_or(Decimal()).toString());
    return QStringLiteral("%1 %2 \"%3\"").arg(customLineItemTypeName(i.type), amount, i.name);
}

} // namespace

Status PricingService::checkLineItem(const CustomLineItem &item) const
{
    auto found = group(item.billingGroupId);
    if (!found)
        return found.error();
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    CustomLineItem candidate = item;
    candidate.billingGroupId = found->group.id;
    const CustomLineItem *existing = item.id.isEmpty() ? nullptr : itemVersion(*snap, item.id);
    // An edit that keeps the start keeps it even when it lies further back than the previous month.
    const bool keptStart = existing && existing->startPeriod == item.startPeriod;
    if (auto s = validateCustomLineItem(candidate, keptStart ? BillingPeriod() : currentPeriod()); !s)
        return s;
    return checkItemReferences(*snap, candidate, currentPeriod().index());
}

Result<CustomLineItem> PricingService::addLineItem(const CustomLineItem &item)
{
    CustomLineItem added = item;
    added.id.clear();
    if (auto s = checkLineItem(added); !s)
        return s.error();
    auto found = group(item.billingGroupId);
    if (!found)
        return found.error();
    added.billingGroupId = found->group.id;
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    auto id = newId(m_services.storage().pricing(), nullptr, QStringLiteral("cli-"));
    if (!id)
        return id.error();
    added.id = *id;
    // A new item's version starts with it (the previous month is still open for custom line items).
    added.fromPeriod = std::min(added.startPeriod, currentPeriod().index());
    added.toPeriod.reset();
    if (auto s = m_services.storage().pricing().insertLineItem(added); !s)
        return s.error();
    if (auto s = m_services.audit(QStringLiteral("custom-line-item.add"), ItemEntity, added.id,
                                  tr("Billing group \"%1\": added %2 from %3")
                                      .arg(found->group.name, itemSummary(added),
                                           BillingPeriod::fromIndex(added.startPeriod).toString()));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return added;
}

Result<CustomLineItem> PricingService::editLineItem(const QString &id, const CustomLineItem &item)
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    const CustomLineItem *version = itemVersion(*snap, id.trimmed());
    const int current = currentPeriod().index();
    if (!version || (version->toPeriod && *version->toPeriod < current))
        return Error::rule(PricingReasons::LineItemNotFound,
                           tr("There is no custom line item %1 in effect (line-items list).").arg(id),
                           QStringLiteral("id"));
    const CustomLineItem before = *version;
    auto found = group(before.billingGroupId); // refuses a group the acting account does not configure
    if (!found)
        return found.error();
    CustomLineItem edited = item;
    edited.id = before.id;
    edited.billingGroupId = before.billingGroupId;
    if (auto s = checkLineItem(edited); !s)
        return s.error();
    PricingStore &store = m_services.storage().pricing();
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    if (before.fromPeriod >= current) {
        edited.fromPeriod = before.fromPeriod;
        edited.toPeriod = before.toPeriod;
        if (auto s = store.updateLineItem(edited); !s)
            return s.error();
    } else {
        CustomLineItem closed = before;
        closed.toPeriod = current - 1;
        if (auto s = store.updateLineItem(closed); !s)
            return s.error();
        edited.fromPeriod = current;
        edited.toPeriod.reset();
        if (auto s = store.insertLineItem(edited); !s)
            return s.error();
    }
    if (auto s = m_services.audit(QStringLiteral("custom-line-item.edit"), ItemEntity, edited.id,
                                  tr("Billing group \"%1\": %2 -> %3 from %4")
                                      .arg(found->group.name, itemSummary(before), itemSummary(edited),
                                           BillingPeriod::fromIndex(std::max(edited.fromPeriod, current)).toString()));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return edited;
}

Status PricingService::removeLineItem(const QString &id)
{
    auto snap = loadSnapshot(m_services.storage());
    if (!snap)
        return snap.error();
    const CustomLineItem *version = itemVersion(*snap, id.trimmed());
    const int current = currentPeriod().index();
    if (!version || (version->toPeriod && *version->toPeriod < current))
        return Error::rule(PricingReasons::LineItemNotFound,
                           tr("There is no custom line item %1 in effect (line-items list).").arg(id),
                           QStringLiteral("id"));
    const CustomLineItem before = *version;
    auto found = group(before.billingGroupId);
    if (!found)
        return found.error();
    for (const CustomLineItem &other : std::as_const(snap->lineItems)) {
        if (other.id != before.id && other.percentOfItems.contains(before.id)
            && (!other.toPeriod || *other.toPeriod >= current))
            return Error::rule(QStringLiteral("CUSTOM_LINE_ITEM_IN_USE"),
                               tr("\"%1\" (%2) is a percentage of this item: remove or edit it first.")
                                   .arg(other.name, other.id),
                               QStringLiteral("id"));
    }
    PricingStore &store = m_services.storage().pricing();
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (before.fromPeriod >= current) {
        if (auto s = store.deleteLineItem(before.id, before.fromPeriod); !s)
            return s;
    } else {
        CustomLineItem closed = before;
        closed.toPeriod = current - 1;
        if (auto s = store.updateLineItem(closed); !s)
            return s;
    }
    if (auto s = m_services.audit(QStringLiteral("custom-line-item.remove"), ItemEntity, before.id,
                                  tr("Billing group \"%1\": removed %2 from %3")
                                      .arg(found->group.name, itemSummary(before),
                                           BillingPeriod::fromIndex(current).toString()));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify();
    return {};
}

} // namespace bd
