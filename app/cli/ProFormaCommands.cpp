// proforma, margin, conductor-fee: what the pricing configuration makes of a month's cost data (ProFormaService).
#include "Cli.h"

#include "services/ProFormaService.h"
#include "services/Services.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace bd::cli {

namespace {

QJsonValue decimalOrNull(const std::optional<Decimal> &d)
{
    return d ? QJsonValue(d->toString()) : QJsonValue();
}

QString percentText(const std::optional<Decimal> &d)
{
    return d ? d->toFixed(2) + QLatin1Char('%') : QStringLiteral("-");
}

// The key of what the payer pays: "billable" (what AWS charges), or for a chain's middle "payerProforma" (the price
// the level above sets), which is all it ever sees.
QString costKey(const GroupMargin &m)
{
    return m.costIsPayersProForma ? QStringLiteral("payerProforma") : QStringLiteral("billable");
}

// Exact decimal strings; a bill-source context gets no billable, margin or margin % keys at all.
QJsonObject totalsJson(const PricedTotal &t, bool billableShown, const QString &costName)
{
    QJsonObject o{{QStringLiteral("key"), t.key},
                  {QStringLiteral("publicOnDemand"), t.publicOnDemand.toString()},
                  {QStringLiteral("proforma"), t.proForma.toString()}};
    if (billableShown) {
        o.insert(costName, t.billable.toString());
        o.insert(QStringLiteral("margin"), t.margin().toString());
    }
    return o;
}

QJsonObject groupJson(const GroupMargin &m, bool withAccounts)
{
    const bool shown = !m.billableHidden;
    QJsonObject o{{QStringLiteral("billingGroup"), m.groupId},
                  {QStringLiteral("name"), m.groupName},
                  {QStringLiteral("organization"), m.organizationId},
                  {QStringLiteral("plan"), m.planName},
                  {QStringLiteral("period"), m.period.toString()},
                  {QStringLiteral("publicOnDemand"), m.result.publicOnDemand.toString()},
                  {QStringLiteral("usageProforma"), m.result.usageProForma.toString()},
                  {QStringLiteral("customLineItems"), m.result.customLineItems.toString()},
                  {QStringLiteral("proforma"), m.result.proForma.toString()}};
    if (shown) {
        o.insert(costKey(m), m.result.billable.toString());
        o.insert(QStringLiteral("margin"), m.result.margin().toString());
        o.insert(QStringLiteral("marginPercent"), decimalOrNull(m.result.marginPercent()));
    }
    QJsonArray services;
    for (const PricedTotal &t : m.result.byService)
        services.append(totalsJson(t, shown, costKey(m)));
    o.insert(QStringLiteral("services"), services);
    if (withAccounts) {
        QJsonArray accounts;
        for (const PricedTotal &t : m.result.byAccount)
            accounts.append(totalsJson(t, shown, costKey(m)));
        o.insert(QStringLiteral("accounts"), accounts);
    }
    QJsonArray items;
    for (const PricedLineItem &item : m.lineItems) {
        const CustomLineItem &def = m.lineItemDefinitions.at(item.item);
        items.append(QJsonObject{{QStringLiteral("id"), def.id},
                                 {QStringLiteral("name"), def.name},
                                 {QStringLiteral("type"), customLineItemTypeName(def.type)},
                                 {QStringLiteral("basis"), item.basis.toString()},
                                 {QStringLiteral("amount"), item.amount.toString()}});
    }
    o.insert(QStringLiteral("customLineItemDetails"), items);
    return o;
}

bool periodOption(Context &ctx, const QCommandLineParser &p, BillingPeriod &period, int &code)
{
    if (!ctx.require(p, {QStringLiteral("period")})) {
        code = Usage;
        return false;
    }
    const auto parsed = BillingPeriod::fromString(p.value(QStringLiteral("period")));
    if (!parsed) {
        code = ctx.usage(tr("--period is a month, YYYY-MM (\"%1\" is not).").arg(p.value(QStringLiteral("period"))));
        return false;
    }
    period = *parsed;
    return true;
}

void printGroups(Context &ctx, const QList<GroupMargin> &groups, bool servicesToo)
{
    const bool shown = std::none_of(groups.cbegin(), groups.cend(), [](const GroupMargin &g) { return g.billableHidden; });
    QList<QStringList> rows;
    for (const GroupMargin &g : groups) {
        if (shown)
            rows.append({g.groupName, g.planName, g.period.toString(), g.result.billable.toFixed(2),
                         g.result.proForma.toFixed(2), g.result.margin().toFixed(2), percentText(g.result.marginPercent())});
        else
            rows.append({g.groupName, g.planName, g.period.toString(), g.result.proForma.toFixed(2)});
        if (!servicesToo)
            continue;
        for (const PricedTotal &t : g.result.byService) {
            if (shown)
                rows.append({QStringLiteral("  ") + t.key, QString(), QString(), t.billable.toFixed(2),
                             t.proForma.toFixed(2), t.margin().toFixed(2), QString()});
            else
                rows.append({QStringLiteral("  ") + t.key, QString(), QString(), t.proForma.toFixed(2)});
        }
    }
    const bool viaPayer = !groups.isEmpty()
        && std::all_of(groups.cbegin(), groups.cend(), [](const GroupMargin &g) { return g.costIsPayersProForma; });
    if (shown)
        ctx.printTable({tr("BILLING GROUP"), tr("PLAN"), tr("PERIOD"), viaPayer ? tr("PAYER'S PRICE") : tr("BILLABLE"),
                        tr("PRO FORMA"), tr("MARGIN"), tr("MARGIN %")},
                       rows, {3, 4, 5, 6});
    else
        ctx.printTable({tr("BILLING GROUP"), tr("PLAN"), tr("PERIOD"), tr("PRO FORMA")}, rows, {3});
}

int proforma(Context &ctx, const QCommandLineParser &p)
{
    BillingPeriod period;
    int code = Done;
    if (!periodOption(ctx, p, period, code))
        return code;
    Services *s = ctx.services();
    if (!s)
        return ctx.exitCode();
    const QString org = p.value(QStringLiteral("org"));
    if (p.isSet(QStringLiteral("explain"))) {
        ExplainFilter filter;
        filter.groupId = p.value(QStringLiteral("group"));
        if (filter.groupId.isEmpty()) {
            // The organization's group (the one the acting account configures).
            auto groups = s->proForma().proForma(org, period);
            if (!groups)
                return ctx.fail(groups.error());
            if (groups->size() != 1)
                return ctx.usage(tr("--explain needs one billing group: add --group ID (%n found).", nullptr,
                                    int(groups->size())));
            filter.groupId = groups->constFirst().groupId;
        }
        filter.service = p.value(QStringLiteral("service"));
        filter.accountId = p.value(QStringLiteral("account"));
        filter.usageType = p.value(QStringLiteral("usage-type"));
        auto e = s->proForma().explain(period, filter);
        if (!e)
            return ctx.fail(e.error());
        if (ctx.json) {
            QJsonArray rules;
            for (const ExplainedRule &r : e->rules)
                rules.append(QJsonObject{{QStringLiteral("scope"), r.scope},
                                         {QStringLiteral("effect"), r.effect},
                                         {QStringLiteral("base"), r.base.toString()},
                                         {QStringLiteral("proforma"), r.proForma.toString()},
                                         {QStringLiteral("rows"), r.rows}});
            QJsonArray items;
            for (const PricedLineItem &i : e->lineItems)
                items.append(QJsonObject{{QStringLiteral("item"), i.item},
                                         {QStringLiteral("basis"), i.basis.toString()},
                                         {QStringLiteral("amount"), i.amount.toString()}});
            ctx.printJson(QJsonObject{{QStringLiteral("billingGroup"), e->groupId},
                                      {QStringLiteral("plan"), e->planName},
                                      {QStringLiteral("period"), period.toString()},
                                      {QStringLiteral("base"), e->base.toString()},
                                      {QStringLiteral("proforma"), e->proForma.toString()},
                                      {QStringLiteral("rules"), rules},
                                      {QStringLiteral("customLineItems"), items}});
            return Done;
        }
        ctx.out() << tr("%1 in %2, plan %3: base %4, pro forma %5")
                         .arg(e->groupId, period.toString(), e->planName, e->base.toFixed(2), e->proForma.toFixed(2))
                  << '\n';
        QList<QStringList> rows;
        for (const ExplainedRule &r : e->rules)
            rows.append({r.scope, r.effect, QString::number(r.rows), r.base.toFixed(2), r.proForma.toFixed(2)});
        ctx.printTable({tr("RULE"), tr("EFFECT"), tr("ROWS"), tr("BASE"), tr("PRO FORMA")}, rows, {2, 3, 4});
        if (!e->lineItems.isEmpty()) {
            ctx.out() << tr("Custom line items of the group in %1:").arg(period.toString()) << '\n';
            for (const PricedLineItem &i : e->lineItems)
                ctx.out() << "  #" << i.item << "  " << i.amount.toFixed(2) << '\n';
        }
        return Done;
    }
    auto groups = s->proForma().proForma(org, period);
    if (!groups)
        return ctx.fail(groups.error());
    if (groups->isEmpty() && !org.isEmpty())
        return ctx.fail(Error::rule(QStringLiteral("BILLING_GROUP_NOT_FOUND"),
                                    tr("No billing group of \"%1\" is priced in %2 for the acting account.")
                                        .arg(org, period.toString())));
    if (ctx.json) {
        QJsonArray list;
        for (const GroupMargin &g : std::as_const(*groups))
            list.append(groupJson(g, true));
        ctx.printJson(list);
        return Done;
    }
    printGroups(ctx, *groups, true);
    return Done;
}

int margin(Context &ctx, const QCommandLineParser &p)
{
    BillingPeriod period;
    int code = Done;
    if (!periodOption(ctx, p, period, code))
        return code;
    Services *s = ctx.services();
    if (!s)
        return ctx.exitCode();
    auto groups = s->proForma().margin(period, p.value(QStringLiteral("org")));
    if (!groups)
        return ctx.fail(groups.error());
    Decimal billable, proForma;
    for (const GroupMargin &g : std::as_const(*groups)) {
        billable += g.result.billable;
        proForma += g.result.proForma;
    }
    GroupResult total;
    total.billable = billable;
    total.proForma = proForma;
    const bool viaPayer = !groups->isEmpty()
        && std::all_of(groups->cbegin(), groups->cend(), [](const GroupMargin &g) { return g.costIsPayersProForma; });
    const QString costName = viaPayer ? QStringLiteral("payerProforma") : QStringLiteral("billable");
    if (ctx.json) {
        QJsonArray list;
        for (const GroupMargin &g : std::as_const(*groups))
            list.append(groupJson(g, false));
        ctx.printJson(QJsonObject{{QStringLiteral("period"), period.toString()},
                                  {costName, billable.toString()},
                                  {QStringLiteral("proforma"), proForma.toString()},
                                  {QStringLiteral("margin"), total.margin().toString()},
                                  {QStringLiteral("marginPercent"), decimalOrNull(total.marginPercent())},
                                  {QStringLiteral("groups"), list}});
        return Done;
    }
    printGroups(ctx, *groups, p.isSet(QStringLiteral("services")));
    ctx.out() << (viaPayer ? tr("Total: your payer's price %1, pro forma %2, margin %3 (%4)")
                           : tr("Total: billable %1, pro forma %2, margin %3 (%4)"))
                     .arg(billable.toFixed(2), proForma.toFixed(2), total.margin().toFixed(2),
                          percentText(total.marginPercent()))
              << '\n';
    return Done;
}

int conductorFee(Context &ctx, const QCommandLineParser &p)
{
    BillingPeriod period;
    int code = Done;
    if (!periodOption(ctx, p, period, code))
        return code;
    Services *s = ctx.services();
    if (!s)
        return ctx.exitCode();
    auto lines = s->proForma().conductorFees(period);
    if (!lines)
        return ctx.fail(lines.error());
    Decimal total;
    for (const ConductorFeeLine &l : std::as_const(*lines))
        total += l.amount;
    if (ctx.json) {
        QJsonArray list;
        for (const ConductorFeeLine &l : std::as_const(*lines))
            list.append(QJsonObject{{QStringLiteral("organization"), l.organizationId},
                                    {QStringLiteral("daysInUse"), l.daysInUse},
                                    {QStringLiteral("daysCharged"), l.daysCharged},
                                    {QStringLiteral("amount"), l.amount.toFixed(2)}});
        ctx.printJson(QJsonObject{{QStringLiteral("period"), period.toString()},
                                  {QStringLiteral("currency"), QStringLiteral("USD")},
                                  {QStringLiteral("total"), total.toFixed(2)},
                                  {QStringLiteral("organizations"), list}});
        return Done;
    }
    QList<QStringList> rows;
    for (const ConductorFeeLine &l : std::as_const(*lines))
        rows.append({l.organizationId, QString::number(l.daysInUse), QString::number(l.daysCharged),
                     l.amount.toFixed(2)});
    ctx.printTable({tr("ORGANIZATION"), tr("DAYS IN USE"), tr("DAYS CHARGED"), tr("FEE (USD)")}, rows, {1, 2, 3});
    ctx.out() << tr("Total: USD %1").arg(total.toFixed(2)) << '\n';
    return Done;
}

const Registration registration{
    {QStringLiteral("proforma"),
     QStringLiteral("--period YYYY-MM [--org ORG|GROUP] [--explain [--group G] [--service S] [--account A] "
                    "[--usage-type U]]"),
     QStringLiteral("Pro forma cost of the billing groups (billable and margin too, for the payer)."),
     [](QCommandLineParser &p) {
         p.addOptions({opt(QStringLiteral("period"), QStringLiteral("The billing period."), QStringLiteral("YYYY-MM")),
                       opt(QStringLiteral("org"), QStringLiteral("An organization id, or a billing group id or name."),
                           QStringLiteral("ORG")),
                       QCommandLineOption(QStringLiteral("explain"),
                                          QStringLiteral("Which rule priced it, on which base, and which custom line "
                                                         "items apply.")),
                       opt(QStringLiteral("group"), QStringLiteral("The billing group to explain."), QStringLiteral("G")),
                       opt(QStringLiteral("service"), QStringLiteral("Explain this service only."), QStringLiteral("S")),
                       opt(QStringLiteral("account"), QStringLiteral("Explain this account only."), QStringLiteral("A")),
                       opt(QStringLiteral("usage-type"), QStringLiteral("Explain this usage type only."),
                           QStringLiteral("U"))});
     },
     proforma},
    {QStringLiteral("margin"), QStringLiteral("--period YYYY-MM [--org ORG|GROUP] [--services]"),
     QStringLiteral("Billable against pro forma and the margin of the acting payer's billing groups."),
     [](QCommandLineParser &p) {
         p.addOptions({opt(QStringLiteral("period"), QStringLiteral("The billing period."), QStringLiteral("YYYY-MM")),
                       opt(QStringLiteral("org"), QStringLiteral("An organization id, or a billing group id or name."),
                           QStringLiteral("ORG")),
                       QCommandLineOption(QStringLiteral("services"), QStringLiteral("Also per service."))});
     },
     margin},
    {QStringLiteral("conductor-fee"), QStringLiteral("--period YYYY-MM"),
     QStringLiteral("The Billing Conductor fee on the acting payer's own invoice (custom plans, USD 50 a month)."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("period"), QStringLiteral("The billing period."), QStringLiteral("YYYY-MM")));
     },
     conductorFee},
};

} // namespace

} // namespace bd::cli
