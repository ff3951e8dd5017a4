#include "PricingEngine.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace bd {

namespace {

const QString CustomLineItemsService = QStringLiteral("Custom line items");

// The winning rule's lookup for one plan: one map per scope, built once per pricing run.
struct RuleIndex
{
    int global = -1;
    QHash<QString, int> byService;
    QHash<QString, int> byBillingEntity;
    QHash<QString, int> bySku; // service + '\x1f' + usage type + '\x1f' + operation

    static QString skuKey(const QString &service, const QString &usageType, const QString &operation)
    {
        QString key;
        key.reserve(service.size() + usageType.size() + operation.size() + 2);
        key += service;
        key += QChar(0x1f);
        key += usageType;
        key += QChar(0x1f);
        key += operation;
        return key;
    }

    explicit RuleIndex(const PricingPlan &plan)
    {
        for (int i = 0; i < plan.rules.size(); ++i) {
            const PricingRule &rule = plan.rules.at(i);
            if (rule.type == PricingRuleType::Tiering)
                continue; // changes no amount (no free-tier quantities in the rollups)
            switch (rule.scope) {
            case PricingRuleScope::Global:
                if (global < 0)
                    global = i;
                break;
            case PricingRuleScope::Service:
                byService.insert(rule.service, i);
                break;
            case PricingRuleScope::BillingEntity:
                byBillingEntity.insert(rule.billingEntity, i);
                break;
            case PricingRuleScope::Sku:
                bySku.insert(skuKey(rule.service, rule.usageType, rule.operation), i);
                break;
            }
        }
    }

    int find(const PricingInputRow &row) const
    {
        if (!bySku.isEmpty()) {
            const auto it = bySku.constFind(skuKey(row.service, row.usageType, row.operation));
            if (it != bySku.cend())
                return *it;
        }
        if (const auto it = byService.constFind(row.service); it != byService.cend())
            return *it;
        if (const auto it = byBillingEntity.constFind(row.billingEntity); it != byBillingEntity.cend())
            return *it;
        return global;
    }
};

// base x (1 + p/100) or base x (1 - p/100), half-even at 10^-11.
Decimal applyRule(const PricingRule &rule, Decimal base)
{
    const Decimal change = base.percentOf(rule.modifierPercent).value_or(Decimal());
    return rule.type == PricingRuleType::Markup ? base + change : base - change;
}

bool isPassthroughPlan(const PricingPlan &plan)
{
    return plan.name == passthroughPricingPlanName();
}

struct Totals
{
    Decimal billable;
    Decimal publicOnDemand;
    Decimal proForma;
};

QList<PricedTotal> toList(const QHash<QString, Totals> &totals)
{
    QList<PricedTotal> list;
    list.reserve(totals.size());
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        list.append({it.key(), it->billable, it->publicOnDemand, it->proForma});
    std::sort(list.begin(), list.end(), [](const PricedTotal &a, const PricedTotal &b) { return a.key < b.key; });
    return list;
}

} // namespace

bool isSupportService(const QString &service)
{
    return service.startsWith(QLatin1String("AWSSupport"));
}

bool isPricedLineItem(const QString &lineItemType, const QString &service)
{
    if (isSupportService(service))
        return false;
    return lineItemType == QLatin1String("Usage") || lineItemType == QLatin1String("DiscountedUsage")
        || lineItemType == QLatin1String("SavingsPlanCoveredUsage");
}

std::optional<Decimal> GroupResult::marginPercent() const
{
    if (proForma.isZero())
        return std::nullopt;
    // margin x 100 is exact; the quotient is rounded once at 10^-11, then to the 2 decimals shown.
    const auto hundredfold = margin().multiplied(Decimal::fromInt(100));
    const auto percent = hundredfold ? hundredfold->divided(proForma) : std::nullopt;
    if (!percent)
        return std::nullopt;
    return percent->rounded(2, RoundingMode::HalfEven);
}

const GroupResult *PricingResult::group(const QString &groupId) const
{
    for (const GroupResult &g : groups) {
        if (g.groupId == groupId)
            return &g;
    }
    return nullptr;
}

int winningRule(const PricingPlan &plan, const PricingInputRow &row)
{
    return RuleIndex(plan).find(row);
}

PricingResult priceRows(const PricingConfiguration &config, const QList<PricingInputRow> &rows)
{
    PricingResult result;
    result.period = config.period;

    // Which group covers an account: STANDARD groups by account first, then TRANSFER_BILLING by organization.
    QHash<QString, int> groupByAccount;
    QHash<QString, int> groupByOrganization;
    std::vector<RuleIndex> indexes;
    std::vector<bool> passthrough;
    indexes.reserve(static_cast<size_t>(config.groups.size()));
    for (int g = 0; g < config.groups.size(); ++g) {
        const GroupPricing &group = config.groups.at(g);
        if (group.transferBilling) {
            if (!groupByOrganization.contains(group.organizationId))
                groupByOrganization.insert(group.organizationId, g);
        } else {
            for (const QString &account : group.accountIds) {
                if (!groupByAccount.contains(account))
                    groupByAccount.insert(account, g);
            }
        }
        indexes.emplace_back(group.plan);
        passthrough.push_back(isPassthroughPlan(group.plan));
    }

    struct GroupTotals
    {
        Decimal billable, publicOnDemand, usageProForma;
        QHash<QString, Totals> byService, byAccount;
        // For percentage items: the pro forma by service, and of Savings Plan negation rows.
        Decimal savingsPlanNegation;
    };
    std::vector<GroupTotals> totals(static_cast<size_t>(config.groups.size()));

    result.rows.reserve(rows.size());
    for (const PricingInputRow &row : rows) {
        int g = -1;
        if (!groupByAccount.isEmpty()) {
            if (const auto it = groupByAccount.constFind(row.accountId); it != groupByAccount.cend())
                g = *it;
        }
        if (g < 0) {
            const auto it = groupByOrganization.constFind(row.organizationId);
            if (it == groupByOrganization.cend())
                continue;
            g = *it;
        }
        const GroupPricing &group = config.groups.at(g);
        PricedRow priced;
        priced.group = g;
        priced.input = &row;
        if (passthrough[size_t(g)]) {
            priced.base = row.billable;
            priced.proForma = row.billable;
        }
        const bool pricedType = isPricedLineItem(row.lineItemType, row.service);
        if (pricedType && !passthrough[size_t(g)]) {
            priced.base = row.publicOnDemand;
            priced.rule = indexes[size_t(g)].find(row);
            priced.proForma = priced.rule >= 0 ? applyRule(group.plan.rules.at(priced.rule), priced.base) : priced.base;
        }
        const Decimal onDemand = pricedType ? row.publicOnDemand : Decimal();
        GroupTotals &t = totals[size_t(g)];
        t.billable += row.billable;
        t.publicOnDemand += onDemand;
        t.usageProForma += priced.proForma;
        if (row.lineItemType == SavingsPlanNegation)
            t.savingsPlanNegation += priced.proForma;
        Totals &s = t.byService[row.service];
        s.billable += row.billable;
        s.publicOnDemand += onDemand;
        s.proForma += priced.proForma;
        Totals &a = t.byAccount[row.accountId];
        a.billable += row.billable;
        a.publicOnDemand += onDemand;
        a.proForma += priced.proForma;
        result.rows.append(priced);
    }

    for (int g = 0; g < config.groups.size(); ++g) {
        const GroupPricing &group = config.groups.at(g);
        GroupTotals &t = totals[size_t(g)];
        GroupResult out;
        out.groupId = group.groupId;
        out.name = group.name;
        out.billable = t.billable;
        out.publicOnDemand = t.publicOnDemand;
        out.usageProForma = t.usageProForma;

        // Flat items first (a percentage may be taken of them), then percentages.
        QHash<QString, Decimal> flatById;
        QList<PricedLineItem> items;
        for (int i = 0; i < group.customLineItems.size(); ++i) {
            const CustomLineItem &item = group.customLineItems.at(i);
            if (!item.isFlat())
                continue;
            PricedLineItem priced{g, i, Decimal(), *item.flatAmount};
            if (item.type == CustomLineItemType::Credit)
                priced.amount = -priced.amount;
            flatById.insert(item.id, priced.amount);
            items.append(priced);
        }
        for (int i = 0; i < group.customLineItems.size(); ++i) {
            const CustomLineItem &item = group.customLineItems.at(i);
            if (item.isFlat() || !item.percent)
                continue;
            Decimal basis;
            if (item.percentOfProForma) {
                if (!item.filterService.isEmpty()) {
                    const auto it = t.byService.constFind(item.filterService);
                    basis += it == t.byService.cend() ? Decimal() : it->proForma;
                } else {
                    basis += t.usageProForma;
                }
                if (item.excludeSavingsPlanNegation && item.filterService.isEmpty())
                    basis -= t.savingsPlanNegation;
            }
            for (const QString &id : item.percentOfItems)
                basis += flatById.value(id);
            Decimal amount = basis.percentOf(*item.percent).value_or(Decimal());
            if (item.type == CustomLineItemType::Credit)
                amount = -amount;
            items.append({g, i, basis, amount});
        }
        std::sort(items.begin(), items.end(), [](const PricedLineItem &a, const PricedLineItem &b) {
            return a.item < b.item;
        });
        for (const PricedLineItem &item : std::as_const(items)) {
            out.customLineItems += item.amount;
            const CustomLineItem &def = group.customLineItems.at(item.item);
            const QString service
                = def.presentationService.isEmpty() ? CustomLineItemsService : def.presentationService;
            t.byService[service].proForma += item.amount;
            result.lineItems.append(item);
        }
        out.proForma = out.usageProForma + out.customLineItems;
        out.byService = toList(t.byService);
        out.byAccount = toList(t.byAccount);
        result.groups.append(out);
    }
    return result;
}

Explanation explain(const PricingConfiguration &config, const PricingResult &result, const ExplainFilter &filter)
{
    Explanation out;
    out.groupId = filter.groupId;
    int g = -1;
    for (int i = 0; i < config.groups.size(); ++i) {
        if (config.groups.at(i).groupId == filter.groupId)
            g = i;
    }
    if (g < 0)
        return out;
    const GroupPricing &group = config.groups.at(g);
    out.planName = group.plan.name;
    const bool passthrough = isPassthroughPlan(group.plan);
    std::map<int, ExplainedRule> byRule;
    for (const PricedRow &row : result.rows) {
        if (row.group != g)
            continue;
        const PricingInputRow &in = *row.input;
        if ((!filter.service.isEmpty() && in.service != filter.service)
            || (!filter.accountId.isEmpty() && in.accountId != filter.accountId)
            || (!filter.usageType.isEmpty() && in.usageType != filter.usageType))
            continue;
        out.base += row.base;
        out.proForma += row.proForma;
        out.billable += in.billable;
        ExplainedRule &r = byRule[row.rule];
        r.rule = row.rule;
        r.base += row.base;
        r.proForma += row.proForma;
        r.billable += in.billable;
        ++r.rows;
    }
    for (auto &[index, rule] : byRule) {
        if (index >= 0) {
            const PricingRule &def = group.plan.rules.at(index);
            rule.scope = def.scopeDescription();
            rule.effect = def.effectDescription();
        } else if (passthrough) {
            rule.scope = QStringLiteral("Passthrough");
            rule.effect = QStringLiteral("billable as it is");
        } else {
            rule.scope = QStringLiteral("none");
            rule.effect = QStringLiteral("public on-demand");
        }
        out.rules.append(rule);
    }
    std::stable_sort(out.rules.begin(), out.rules.end(),
                     [](const ExplainedRule &a, const ExplainedRule &b) { return a.proForma > b.proForma; });
    for (const PricedLineItem &item : result.lineItems) {
        if (item.group == g)
            out.lineItems.append(item);
    }
    return out;
}

QList<PricingInputRow> rowsSeenByIntermediate(const PricingResult &receiver, const QList<PricingInputRow> &rows)
{
    QHash<const PricingInputRow *, Decimal> proForma;
    proForma.reserve(receiver.rows.size());
    for (const PricedRow &row : receiver.rows)
        proForma.insert(row.input, row.proForma);
    QList<PricingInputRow> seen;
    seen.reserve(rows.size());
    for (const PricingInputRow &row : rows) {
        PricingInputRow copy = row;
        if (const auto it = proForma.constFind(&row); it != proForma.cend())
            copy.billable = *it;
        seen.append(copy);
    }
    return seen;
}

QList<ConductorFeeLine> conductorFees(const BillingPeriod &period, const QList<CustomPlanUse> &uses,
                                      const ConductorFeeSettings &settings)
{
    // Days per organization, each day counted once even if uses overlap.
    std::map<QString, QSet<qint64>> days;
    const QDate first = period.firstDay();
    const QDate last = first.addDays(period.days() - 1);
    for (const CustomPlanUse &use : uses) {
        const QDate from = std::max(use.from, first);
        const QDate to = std::min(use.to, last);
        auto &set = days[use.organizationId];
        for (QDate d = from; d <= to; d = d.addDays(1))
            set.insert(d.toJulianDay());
    }
    QList<ConductorFeeLine> lines;
    for (const auto &[organization, set] : days) {
        if (set.isEmpty())
            continue;
        ConductorFeeLine line;
        line.organizationId = organization;
        line.daysInUse = int(set.size());
        for (const qint64 day : set) {
            if (day >= settings.chargeFrom.toJulianDay())
                ++line.daysCharged;
        }
        const Decimal exact = settings.feePerMonth.multiplied(Decimal::fromInt(line.daysCharged)).value_or(Decimal());
        line.amount = exact.divided(Decimal::fromInt(period.days()))
                          .value_or(Decimal())
                          .rounded(2, RoundingMode::HalfEven);
        lines.append(line);
    }
    return lines;
}

} // namespace bd
