// The "pricing" scenario section (issue 10): custom plans with their rules, the plans of billing groups, STANDARD
// groups and custom line items, applied for every period (from period 0: a scenario describes how things have
// always been priced) and exported back in the same shape.
//
// {"plans": [{"name", "description", "owner": "o-...", "rules": [{"name", "description", "scope", "type",
//             "percent": "5", "service", "billingEntity", "usageType", "operation", "freeTier": true}]}],
//  "groups": [{"transfer": "rt-..." | "group": "bg-..." | "name": "...", "plan": "..."},
//             {"standard": true, "name", "owner": "o-...", "accounts": ["..."], "plan": "..."}],
//  "lineItems": [{"group": "<group id, transfer id or name>", "name", "description", "type": "FEE"|"CREDIT",
//                 "flat": "500" | "percent": "15", "ofItems": ["<item name>"], "ofProForma": true, "service", "excludeSavingsPlanNegation",
//                 "presentationService", "start": "YYYY-MM", "end": "YYYY-MM"}]}
#include "PricingScenario.h"

#include "PricingService.h"
#include "Services.h"
#include "storage/PricingStore.h"
#include "storage/Storage.h"
#include "storage/TransferStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <tuple>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PricingScenario", text);
}

Error invalid(const QString &field, const QString &message)
{
    return Error::input(QStringLiteral("pricing.") + field, QStringLiteral("SCENARIO_INVALID_VALUE"), message);
}

// Only these keys, and each of the JSON type given ('s' string, 'b' bool, 'a' array, 'o' object).
Status checkKeys(const QJsonObject &o, const QString &where, const QList<std::pair<const char *, char>> &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        char type = 0;
        for (const auto &[key, t] : allowed) {
            if (it.key() == QLatin1String(key))
                type = t;
        }
        if (!type)
            return invalid(where + QLatin1Char('.') + it.key(),
                           tr("Unknown key \"%1\" in %2.").arg(it.key(), QStringLiteral("pricing.") + where));
        const QJsonValue v = it.value();
        const bool ok = (type == 's' && v.isString()) || (type == 'b' && v.isBool()) || (type == 'a' && v.isArray())
            || (type == 'o' && v.isObject());
        if (!ok)
            return invalid(where + QLatin1Char('.') + it.key(),
                           tr("\"%1\" has the wrong JSON type (expected %2).")
                               .arg(it.key(), type == 's'   ? QStringLiteral("a string")
                                                  : type == 'b' ? QStringLiteral("true or false")
                                                  : type == 'a' ? QStringLiteral("an array")
                                                                : QStringLiteral("an object")));
    }
    return {};
}

Result<QString> newId(PricingStore &store, const QString &prefix)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 16; ++attempt) {
        QString id = prefix;
        for (int i = 0; i < 12; ++i)
            id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
        auto taken = store.idTaken(id);
        if (!taken)
            return taken.error();
        if (!*taken)
            return id;
    }
    return Error::internal(tr("No free id could be found."));
}

Result<Decimal> decimalField(const QJsonObject &o, const QString &key, const QString &where)
{
    const auto d = Decimal::fromString(o.value(key).toString());
    if (!d)
        return invalid(where + QLatin1Char('.') + key,
                       tr("\"%1\" must be a decimal number written as a string, such as \"5\" or \"12.50\".").arg(key));
    return *d;
}

Result<int> periodField(const QJsonObject &o, const QString &key, const QString &where)
{
    const auto p = BillingPeriod::fromString(o.value(key).toString());
    if (!p)
        return invalid(where + QLatin1Char('.') + key, tr("\"%1\" must be a month, YYYY-MM.").arg(key));
    return p->index();
}

// A billing group by id, by its transfer's id, or by name.
const BillingGroup *findGroup(const QList<BillingGroup> &groups, const QString &ref)
{
    for (const BillingGroup &g : groups) {
        if (g.id == ref || (!g.transferId.isEmpty() && g.transferId == ref))
            return &g;
    }
    for (const BillingGroup &g : groups) {
        if (g.name.compare(ref, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return nullptr;
}

// The same, among the groups of one owner when an owner is given.
const BillingGroup *findOwnedGroup(const QList<BillingGroup> &groups, const QString &ref, const QString &owner)
{
    if (owner.isEmpty())
        return findGroup(groups, ref);
    for (const BillingGroup &g : groups) {
        if (g.ownerOrganizationId == owner && (g.id == ref || g.transferId == ref))
            return &g;
    }
    for (const BillingGroup &g : groups) {
        if (g.ownerOrganizationId == owner && g.name.compare(ref, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return nullptr;
}

struct Applier
{
    Services &services;
    PricingStore &store;
    TransferStore &transfers;
    QHash<QString, QString> planIdByOwnerAndName; // owner + '\x1f' + lower-case name -> id
    QList<StoredPricingPlan> plans;

    static QString key(const QString &owner, const QString &name)
    {
        return owner + QChar(0x1f) + name.toLower();
    }

    Status applyPlans(const QJsonArray &array)
    {
        for (int i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("plans[%1]").arg(i);
            if (!array.at(i).isObject())
                return invalid(where, tr("A plan is an object."));
            const QJsonObject o = array.at(i).toObject();
            if (auto s = checkKeys(o, where, {{"name", 's'}, {"description", 's'}, {"owner", 's'}, {"rules", 'a'}}); !s)
                return s;
            StoredPricingPlan plan;
            plan.name = o.value(QLatin1String("name")).toString().trimmed();
            plan.description = o.value(QLatin1String("description")).toString();
            plan.ownerOrganizationId = o.value(QLatin1String("owner")).toString();
            if (plan.name.isEmpty() || isManagedPlanName(plan.name))
                return invalid(where + QStringLiteral(".name"),
                               tr("A custom plan needs a name that is not an AWS-managed plan's."));
            if (planIdByOwnerAndName.contains(key(plan.ownerOrganizationId, plan.name)))
                return invalid(where + QStringLiteral(".name"), tr("The plan \"%1\" is listed twice.").arg(plan.name));
            auto id = newId(store, QStringLiteral("pp-"));
            if (!id)
                return id.error();
            plan.id = *id;
            if (auto s = store.insertPlan(plan); !s)
                return s;
            planIdByOwnerAndName.insert(key(plan.ownerOrganizationId, plan.name), plan.id);
            plans.append(plan);
            QList<PricingRule> planRules;
            const QJsonArray rules = o.value(QLatin1String("rules")).toArray();
            for (int r = 0; r < rules.size(); ++r) {
                const QString rw = where + QStringLiteral(".rules[%1]").arg(r);
                if (!rules.at(r).isObject())
                    return invalid(rw, tr("A rule is an object."));
                const QJsonObject ro = rules.at(r).toObject();
                if (auto s = checkKeys(ro, rw,
                                       {{"name", 's'}, {"description", 's'}, {"scope", 's'}, {"type", 's'},
                                        {"percent", 's'}, {"service", 's'}, {"billingEntity", 's'},
                                        {"usageType", 's'}, {"operation", 's'}, {"freeTier", 'b'}});
                    !s)
                    return s;
                PricingRule rule;
                rule.planId = plan.id;
                rule.name = ro.value(QLatin1String("name")).toString();
                rule.description = ro.value(QLatin1String("description")).toString();
                const auto scope = pricingRuleScopeFromName(ro.value(QLatin1String("scope")).toString());
                const auto type = pricingRuleTypeFromName(ro.value(QLatin1String("type")).toString());
                if (!scope)
                    return invalid(rw + QStringLiteral(".scope"),
                                   tr("\"scope\" is GLOBAL, SERVICE, BILLING_ENTITY or SKU."));
                if (!type)
                    return invalid(rw + QStringLiteral(".type"), tr("\"type\" is MARKUP, DISCOUNT or TIERING."));
                rule.scope = *scope;
                rule.type = *type;
                if (ro.contains(QLatin1String("percent"))) {
                    auto percent = decimalField(ro, QStringLiteral("percent"), rw);
                    if (!percent)
                        return percent.error();
                    rule.modifierPercent = *percent;
                }
                rule.service = ro.value(QLatin1String("service")).toString();
                rule.billingEntity = ro.value(QLatin1String("billingEntity")).toString();
                rule.usageType = ro.value(QLatin1String("usageType")).toString();
                rule.operation = ro.value(QLatin1String("operation")).toString();
                rule.freeTier = ro.value(QLatin1String("freeTier")).toBool(true);
                rule.fromPeriod = 0;
                if (auto s = validatePricingRule(rule, {}); !s)
                    return invalid(rw + QLatin1Char('.') + s.error().field, s.error().message);
                if (auto s = validateRuleInPlan(rule, planRules); !s)
                    return Error::rule(s.error().code, s.error().message, QStringLiteral("pricing.") + rw);
                auto ruleId = newId(store, QStringLiteral("pr-"));
                if (!ruleId)
                    return ruleId.error();
                rule.id = *ruleId;
                if (auto s = store.insertRule(rule); !s)
                    return s;
                planRules.append(rule);
            }
        }
        return {};
    }

    // A managed plan's name, or the id of a custom plan of the owner (or the administrator's).
    Result<std::pair<QString, QString>> planRef(const QString &name, const QString &owner, const QString &where,
                                                bool transferBilling)
    {
        for (const PricingPlan &m : managedPricingPlans()) {
            if (m.name.compare(name, Qt::CaseInsensitive) == 0) {
                if (m.isPassthrough() && !transferBilling)
                    return Error::rule(PricingReasons::PassthroughNotAllowed,
                                       tr("Passthrough is only for transfer billing groups."),
                                       QStringLiteral("pricing.") + where);
                return std::pair {m.name, m.name};
            }
        }
        for (const QString &o : {owner, QString()}) {
            const auto it = planIdByOwnerAndName.constFind(key(o, name));
            if (it != planIdByOwnerAndName.cend())
                return std::pair {*it, name};
        }
        auto stored = store.plans();
        if (!stored)
            return stored.error();
        for (const StoredPricingPlan &p : std::as_const(*stored)) {
            if ((p.id == name || p.name.compare(name, Qt::CaseInsensitive) == 0)
                && (p.ownerOrganizationId == owner || p.ownerOrganizationId.isEmpty()))
                return std::pair {p.id, p.name};
        }
        return invalid(where + QStringLiteral(".plan"),
                       tr("No pricing plan \"%1\" that the group's owner may use.").arg(name));
    }

    Status applyGroups(const QJsonArray &array)
    {
        for (int i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("groups[%1]").arg(i);
            if (!array.at(i).isObject())
                return invalid(where, tr("A billing group is an object."));
            const QJsonObject o = array.at(i).toObject();
            if (auto s = checkKeys(o, where,
                                   {{"transfer", 's'}, {"group", 's'}, {"name", 's'}, {"plan", 's'}, {"standard", 'b'},
                                    {"owner", 's'}, {"accounts", 'a'}});
                !s)
                return s;
            auto groups = transfers.billingGroups();
            if (!groups)
                return groups.error();
            const QString planName = o.value(QLatin1String("plan")).toString(basicPricingPlanName());
            if (o.value(QLatin1String("standard")).toBool()) {
                BillingGroup g;
                g.name = o.value(QLatin1String("name")).toString().trimmed();
                g.type = BillingGroupType::Standard;
                g.status = BillingGroupStatus::Active;
                g.organizationId = o.value(QLatin1String("owner")).toString();
                g.ownerOrganizationId = g.organizationId;
                const QJsonArray accounts = o.value(QLatin1String("accounts")).toArray();
                if (g.name.isEmpty() || g.organizationId.isEmpty() || accounts.isEmpty())
                    return invalid(where, tr("A STANDARD group needs a name, an owner and its accounts."));
                g.primaryAccountId = accounts.first().toString();
                g.createdAt = services.now();
                g.activatedAt = g.createdAt;
                auto id = newId(store, QStringLiteral("bg-"));
                if (!id)
                    return id.error();
                g.id = *id;
                auto ref = planRef(planName, g.ownerOrganizationId, where, false);
                if (!ref)
                    return ref.error();
                g.pricingPlan = ref->second;
                if (auto s = transfers.insertBillingGroup(g); !s)
                    return s;
                for (const QJsonValue &a : accounts) {
                    if (auto s = store.insertGroupAccount({g.id, a.toString(), 0, std::nullopt}); !s)
                        return s;
                }
                if (auto s = store.setGroupPlanFrom({g.id, 0, ref->first}); !s)
                    return s;
                continue;
            }
            QString ref = o.value(QLatin1String("group")).toString();
            if (ref.isEmpty())
                ref = o.value(QLatin1String("transfer")).toString();
            if (ref.isEmpty())
                ref = o.value(QLatin1String("name")).toString();
            const BillingGroup *group = findOwnedGroup(*groups, ref, o.value(QLatin1String("owner")).toString());
            if (!group)
                return invalid(where, tr("No billing group \"%1\" (a group id, a transfer id or a name).").arg(ref));
            auto plan = planRef(planName, group->ownerOrganizationId, where,
                                group->type == BillingGroupType::TransferBilling);
            if (!plan)
                return plan.error();
            if (auto s = store.deleteGroupPlans(group->id); !s)
                return s;
            if (auto s = store.setGroupPlanFrom({group->id, 0, plan->first}); !s)
                return s;
            if (auto s = transfers.setBillingGroupPlan(group->id, plan->second); !s)
                return s;
        }
        return {};
    }

    Status applyLineItems(const QJsonArray &array)
    {
        auto groups = transfers.billingGroups();
        if (!groups)
            return groups.error();
        QHash<QString, QString> idByGroupAndName;
        for (int i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("lineItems[%1]").arg(i);
            if (!array.at(i).isObject())
                return invalid(where, tr("A custom line item is an object."));
            const QJsonObject o = array.at(i).toObject();
            if (auto s = checkKeys(o, where,
                                   {{"group", 's'}, {"owner", 's'}, {"name", 's'}, {"description", 's'}, {"type", 's'},
                                    {"flat", 's'},
                                    {"percent", 's'}, {"ofItems", 'a'}, {"ofProForma", 'b'}, {"service", 's'},
                                    {"excludeSavingsPlanNegation", 'b'}, {"presentationService", 's'}, {"start", 's'},
                                    {"end", 's'}});
                !s)
                return s;
            const BillingGroup *group = findOwnedGroup(*groups, o.value(QLatin1String("group")).toString(),
                                                       o.value(QLatin1String("owner")).toString());
            if (!group)
                return invalid(where + QStringLiteral(".group"),
                               tr("No billing group \"%1\".").arg(o.value(QLatin1String("group")).toString()));
            CustomLineItem item;
            item.billingGroupId = group->id;
            item.name = o.value(QLatin1String("name")).toString();
            item.description = o.value(QLatin1String("description")).toString();
            const auto type = customLineItemTypeFromName(o.value(QLatin1String("type")).toString());
            if (!type)
                return invalid(where + QStringLiteral(".type"), tr("\"type\" is FEE or CREDIT."));
            item.type = *type;
            if (o.contains(QLatin1String("flat"))) {
                auto flat = decimalField(o, QStringLiteral("flat"), where);
                if (!flat)
                    return flat.error();
                item.flatAmount = *flat;
            }
            if (o.contains(QLatin1String("percent"))) {
                auto percent = decimalField(o, QStringLiteral("percent"), where);
                if (!percent)
                    return percent.error();
                item.percent = *percent;
            }
            for (const QJsonValue &name : o.value(QLatin1String("ofItems")).toArray()) {
                const QString id = idByGroupAndName.value(group->id + QChar(0x1f) + name.toString().toLower());
                if (id.isEmpty())
                    return invalid(where + QStringLiteral(".ofItems"),
                                   tr("\"%1\" is no flat item of the group listed before.").arg(name.toString()));
                item.percentOfItems << id;
            }
            item.percentOfProForma = o.value(QLatin1String("ofProForma")).toBool(true);
            item.filterService = o.value(QLatin1String("service")).toString();
            item.excludeSavingsPlanNegation = o.value(QLatin1String("excludeSavingsPlanNegation")).toBool();
            item.presentationService = o.value(QLatin1String("presentationService")).toString();
            auto start = periodField(o, QStringLiteral("start"), where);
            if (!start)
                return start.error();
            item.startPeriod = *start;
            if (o.contains(QLatin1String("end"))) {
                auto end = periodField(o, QStringLiteral("end"), where);
                if (!end)
                    return end.error();
                item.endPeriod = *end;
            }
            item.fromPeriod = 0;
            if (auto s = validateCustomLineItem(item, BillingPeriod()); !s)
                return invalid(where + QLatin1Char('.') + s.error().field, s.error().message);
            auto id = newId(store, QStringLiteral("cli-"));
            if (!id)
                return id.error();
            item.id = *id;
            if (auto s = store.insertLineItem(item); !s)
                return s;
            idByGroupAndName.insert(group->id + QChar(0x1f) + item.name.toLower(), item.id);
        }
        return {};
    }
};

Status applyPricing(Services &services, const QJsonValue &value)
{
    if (!value.isObject())
        return invalid(QString(), tr("\"pricing\" must be an object with plans, groups and lineItems."));
    const QJsonObject o = value.toObject();
    if (auto s = checkKeys(o, QStringLiteral("pricing"), {{"plans", 'a'}, {"groups", 'a'}, {"lineItems", 'a'}}); !s)
        return s;
    Applier a {services, services.storage().pricing(), services.storage().transfers(), {}, {}};
    if (auto s = a.applyPlans(o.value(QLatin1String("plans")).toArray()); !s)
        return s;
    if (auto s = a.applyGroups(o.value(QLatin1String("groups")).toArray()); !s)
        return s;
    return a.applyLineItems(o.value(QLatin1String("lineItems")).toArray());
}

QString decimalText(const Decimal &d)
{
    return d.toString();
}

Result<QJsonValue> exportPricing(Services &services)
{
    PricingStore &store = services.storage().pricing();
    auto plans = store.plans();
    if (!plans)
        return plans.error();
    auto rules = store.rules();
    if (!rules)
        return rules.error();
    auto groups = services.storage().transfers().billingGroups();
    if (!groups)
        return groups.error();
    auto groupPlans = store.groupPlans();
    if (!groupPlans)
        return groupPlans.error();
    auto groupAccounts = store.groupAccounts();
    if (!groupAccounts)
        return groupAccounts.error();
    auto items = store.lineItems();
    if (!items)
        return items.error();
    // Rule ids are random too: rules are listed by scope, key and name.
    QList<PricingRule> sortedRules = *rules;
    std::sort(sortedRules.begin(), sortedRules.end(), [](const PricingRule &a, const PricingRule &b) {
        return std::tuple(int(a.scope), a.service, a.billingEntity, a.usageType, a.operation, int(a.type), a.name)
            < std::tuple(int(b.scope), b.service, b.billingEntity, b.usageType, b.operation, int(b.type), b.name);
    });
    auto transfers = services.storage().transfers().all();
    if (!transfers)
        return transfers.error();
    // An inherited transfer's id is made when its chain forms: its group is named by name and owner instead.
    QSet<QString> inherited;
    for (const ResponsibilityTransfer &t : std::as_const(*transfers)) {
        if (!t.inheritedViaTransferId.isEmpty())
            inherited.insert(t.id);
    }
    const auto groupRef = [&](const BillingGroup &g, QJsonObject &o, const QString &key) {
        if (g.type == BillingGroupType::Standard || inherited.contains(g.transferId) || g.transferId.isEmpty()) {
            o.insert(key, g.name);
            o.insert(QStringLiteral("owner"), g.ownerOrganizationId);
        } else {
            o.insert(key, g.transferId);
        }
    };
    const int now = BillingPeriod::containing(services.now()).index();
    QHash<QString, QString> planNameById;
    QJsonArray planArray;
    for (const StoredPricingPlan &p : std::as_const(*plans)) {
        planNameById.insert(p.id, p.name);
        if (p.removedFromPeriod && *p.removedFromPeriod <= now)
            continue;
        QJsonArray ruleArray;
        for (const PricingRule &r : std::as_const(sortedRules)) {
            if (r.planId != p.id || !r.inEffect(BillingPeriod::fromIndex(now)))
                continue;
            QJsonObject ro {{QStringLiteral("name"), r.name},
                            {QStringLiteral("scope"), pricingRuleScopeName(r.scope)},
                            {QStringLiteral("type"), pricingRuleTypeName(r.type)}};
            if (!r.description.isEmpty())
                ro.insert(QStringLiteral("description"), r.description);
            if (r.type == PricingRuleType::Tiering)
                ro.insert(QStringLiteral("freeTier"), r.freeTier);
            else
                ro.insert(QStringLiteral("percent"), decimalText(r.modifierPercent));
            const std::pair<const char *, QString> fields[] = {{"service", r.service},
                                                               {"billingEntity", r.billingEntity},
                                                               {"usageType", r.usageType},
                                                               {"operation", r.operation}};
            for (const auto &[k, v] : fields) {
                if (!v.isEmpty())
                    ro.insert(QLatin1String(k), v);
            }
            ruleArray.append(ro);
        }
        QJsonObject po {{QStringLiteral("name"), p.name}, {QStringLiteral("rules"), ruleArray}};
        if (!p.description.isEmpty())
            po.insert(QStringLiteral("description"), p.description);
        if (!p.ownerOrganizationId.isEmpty())
            po.insert(QStringLiteral("owner"), p.ownerOrganizationId);
        planArray.append(po);
    }
    // The plan in effect now of every group (a scenario has no history).
    const auto planNow = [&](const QString &groupId) {
        QString ref;
        int from = -1;
        for (const BillingGroupPlanVersion &v : std::as_const(*groupPlans)) {
            if (v.groupId == groupId && v.fromPeriod <= now && v.fromPeriod > from) {
                from = v.fromPeriod;
                ref = v.plan;
            }
        }
        return planNameById.value(ref, ref);
    };
    // Ids are random: the export is ordered by what is stable (name, owner, transfer).
    QList<BillingGroup> ordered = *groups;
    std::sort(ordered.begin(), ordered.end(), [](const BillingGroup &a, const BillingGroup &b) {
        return std::tie(a.name, a.ownerOrganizationId, a.transferId) < std::tie(b.name, b.ownerOrganizationId, b.transferId);
    });
    QList<CustomLineItem> orderedItems = *items;
    QHash<QString, QString> groupKey;
    for (const BillingGroup &g : std::as_const(ordered))
        groupKey.insert(g.id, g.name + QChar(0x1f) + g.ownerOrganizationId + QChar(0x1f) + g.transferId);
    std::sort(orderedItems.begin(), orderedItems.end(), [&](const CustomLineItem &a, const CustomLineItem &b) {
        return std::tuple(groupKey.value(a.billingGroupId), a.name, a.startPeriod)
            < std::tuple(groupKey.value(b.billingGroupId), b.name, b.startPeriod);
    });
    QJsonArray groupArray;
    for (const BillingGroup &g : std::as_const(ordered)) {
        const QString plan = planNow(g.id);
        if (g.type == BillingGroupType::Standard) {
            QJsonArray accounts;
            for (const BillingGroupAccount &a : std::as_const(*groupAccounts)) {
                if (a.groupId == g.id && a.fromPeriod <= now && (!a.toPeriod || *a.toPeriod >= now))
                    accounts.append(a.accountId);
            }
            groupArray.append(QJsonObject {{QStringLiteral("standard"), true},
                                           {QStringLiteral("name"), g.name},
                                           {QStringLiteral("owner"), g.ownerOrganizationId},
                                           {QStringLiteral("accounts"), accounts},
                                           {QStringLiteral("plan"), plan.isEmpty() ? basicPricingPlanName() : plan}});
        } else if (!plan.isEmpty()) {
            QJsonObject o {{QStringLiteral("plan"), plan}};
            groupRef(g, o, inherited.contains(g.transferId) ? QStringLiteral("name") : QStringLiteral("transfer"));
            groupArray.append(o);
        }
    }
    QJsonArray itemArray;
    QHash<QString, QString> itemNameById;
    for (const CustomLineItem &i : std::as_const(*items))
        itemNameById.insert(i.id, i.name);
    // Flat items first: a percentage names the flat items it is taken of.
    for (int pass = 0; pass < 2; ++pass) {
        for (const CustomLineItem &i : std::as_const(orderedItems)) {
            if (i.isFlat() != (pass == 0) || i.fromPeriod > now || (i.toPeriod && *i.toPeriod < now))
                continue;
            const BillingGroup *g = findGroup(*groups, i.billingGroupId);
            QJsonObject io {{QStringLiteral("group"), i.billingGroupId},
                            {QStringLiteral("name"), i.name},
                            {QStringLiteral("type"), customLineItemTypeName(i.type)},
                            {QStringLiteral("start"), BillingPeriod::fromIndex(i.startPeriod).toString()}};
            if (g)
                groupRef(*g, io, QStringLiteral("group"));
            if (!i.description.isEmpty())
                io.insert(QStringLiteral("description"), i.description);
            if (i.flatAmount)
                io.insert(QStringLiteral("flat"), decimalText(*i.flatAmount));
            if (i.percent)
                io.insert(QStringLiteral("percent"), decimalText(*i.percent));
            if (i.percent && !i.percentOfProForma)
                io.insert(QStringLiteral("ofProForma"), false);
            if (!i.percentOfItems.isEmpty()) {
                QJsonArray of;
                for (const QString &id : i.percentOfItems)
                    of.append(itemNameById.value(id, id));
                io.insert(QStringLiteral("ofItems"), of);
            }
            if (!i.filterService.isEmpty())
                io.insert(QStringLiteral("service"), i.filterService);
            if (i.excludeSavingsPlanNegation)
                io.insert(QStringLiteral("excludeSavingsPlanNegation"), true);
            if (!i.presentationService.isEmpty())
                io.insert(QStringLiteral("presentationService"), i.presentationService);
            if (i.endPeriod)
                io.insert(QStringLiteral("end"), BillingPeriod::fromIndex(*i.endPeriod).toString());
            itemArray.append(io);
        }
    }
    return QJsonValue(QJsonObject {{QStringLiteral("plans"), planArray},
                                   {QStringLiteral("groups"), groupArray},
                                   {QStringLiteral("lineItems"), itemArray}});
}

} // namespace

void registerPricingScenario(Services &services)
{
    Services::ScenarioSection section;
    section.key = QStringLiteral("pricing");
    section.order = 40; // after the transfers (their billing groups), before the usage
    section.apply = [&services](const QJsonValue &value) { return applyPricing(services, value); };
    section.exportSection = [&services]() { return exportPricing(services); };
    services.addScenarioSection(std::move(section));
}

} // namespace bd
