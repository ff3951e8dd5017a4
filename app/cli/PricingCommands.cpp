// plans list|add|remove, rules list|add|edit|remove, groups list|set-plan|add|remove, line-items list|add|remove:
// the Billing Conductor configuration (PricingService). Amounts and percents are exact decimal strings.
#include "Cli.h"

#include "services/PricingService.h"
#include "services/Services.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bd::cli {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject ruleJson(const PricingRule &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("plan"), r.planId},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("description"), r.description},
                       {QStringLiteral("scope"), pricingRuleScopeName(r.scope)},
                       {QStringLiteral("type"), pricingRuleTypeName(r.type)},
                       {QStringLiteral("percent"), r.modifierPercent.toString()},
                       {QStringLiteral("service"), textOrNull(r.service)},
                       {QStringLiteral("billingEntity"), textOrNull(r.billingEntity)},
                       {QStringLiteral("usageType"), textOrNull(r.usageType)},
                       {QStringLiteral("operation"), textOrNull(r.operation)},
                       {QStringLiteral("freeTier"), r.freeTier},
                       {QStringLiteral("from"), BillingPeriod::fromIndex(r.fromPeriod).toString()}};
}

QJsonObject planJson(const PricingPlan &p)
{
    QJsonArray rules;
    for (const PricingRule &r : p.rules)
        rules.append(ruleJson(r));
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("description"), p.description},
                       {QStringLiteral("managed"), p.managed},
                       {QStringLiteral("rules"), rules}};
}

QJsonObject itemJson(const CustomLineItem &i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("billingGroup"), i.billingGroupId},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("description"), i.description},
        {QStringLiteral("type"), customLineItemTypeName(i.type)},
        {QStringLiteral("flat"), i.flatAmount ? QJsonValue(i.flatAmount->toString()) : QJsonValue()},
        {QStringLiteral("percent"), i.percent ? QJsonValue(i.percent->toString()) : QJsonValue()},
        {QStringLiteral("ofProforma"), i.percentOfProForma},
        {QStringLiteral("ofItems"), QJsonArray::fromStringList(i.percentOfItems)},
        {QStringLiteral("service"), textOrNull(i.filterService)},
        {QStringLiteral("excludeSavingsPlanNegation"), i.excludeSavingsPlanNegation},
        {QStringLiteral("presentationService"), textOrNull(i.presentationService)},
        {QStringLiteral("start"), BillingPeriod::fromIndex(i.startPeriod).toString()},
        {QStringLiteral("end"), i.endPeriod ? QJsonValue(BillingPeriod::fromIndex(*i.endPeriod).toString()) : QJsonValue()}};
}

bool oneArgument(Context &ctx, const QCommandLineParser &p, QString &value, const QString &what, int &code)
{
    if (p.positionalArguments().size() != 1) {
        code = ctx.usage(tr("give one %1.").arg(what));
        return false;
    }
    value = p.positionalArguments().constFirst();
    return true;
}

std::optional<BillingPeriod> periodOption(Context &ctx, const QCommandLineParser &p, const QString &name, int &code)
{
    if (!p.isSet(name))
        return std::nullopt;
    const auto period = BillingPeriod::fromString(p.value(name));
    if (!period)
        code = ctx.usage(tr("--%1 is a month, YYYY-MM (\"%2\" is not).").arg(name, p.value(name)));
    return period;
}

// Exact decimals only: "12.5", never a float.
bool decimalOption(Context &ctx, const QCommandLineParser &p, const QString &name, std::optional<Decimal> &out,
                   int &code)
{
    if (!p.isSet(name))
        return true;
    const auto d = Decimal::fromString(p.value(name));
    if (!d) {
        code = ctx.fail(Error::input(QStringLiteral("--") + name, QStringLiteral("INVALID_DECIMAL"),
                                     tr("--%1 must be a decimal number such as 12.5 (\"%2\" is not).")
                                         .arg(name, p.value(name))));
        return false;
    }
    out = *d;
    return true;
}

PricingService *pricing(Context &ctx)
{
    Services *s = ctx.services();
    return s ? &s->pricing() : nullptr;
}

// --- plans ---------------------------------------------------------------------------------------------------

int plansList(Context &ctx, const QCommandLineParser &p)
{
    int code = Done;
    const auto period = periodOption(ctx, p, QStringLiteral("period"), code);
    if (code != Done)
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    auto plans = ps->plans(period);
    if (!plans)
        return ctx.fail(plans.error());
    if (ctx.json) {
        QJsonArray list;
        for (const PricingPlan &plan : std::as_const(*plans))
            list.append(planJson(plan));
        ctx.printJson(list);
        return Done;
    }
    QList<QStringList> rows;
    for (const PricingPlan &plan : std::as_const(*plans))
        rows.append({plan.name, plan.managed ? tr("AWS-managed") : plan.id, QString::number(plan.rules.size()),
                     plan.description});
    ctx.printTable({tr("PLAN"), tr("ID"), tr("RULES"), tr("DESCRIPTION")}, rows, {2});
    return Done;
}

int plansAdd(Context &ctx, const QCommandLineParser &p)
{
    QString name;
    int code = Done;
    if (!oneArgument(ctx, p, name, tr("plan name"), code))
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    auto plan = ps->addPlan(name, p.value(QStringLiteral("description")));
    if (!plan)
        return ctx.fail(plan.error());
    if (ctx.json)
        ctx.printJson(planJson(*plan));
    else
        ctx.out() << tr("Pricing plan \"%1\" added (%2).").arg(plan->name, plan->id) << '\n';
    return Done;
}

int plansRemove(Context &ctx, const QCommandLineParser &p)
{
    QString name;
    int code = Done;
    if (!oneArgument(ctx, p, name, tr("plan name or id"), code))
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    if (auto s = ps->removePlan(name); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), name}});
    else
        ctx.out() << tr("Pricing plan \"%1\" removed from this billing period on.").arg(name) << '\n';
    return Done;
}

// --- rules ---------------------------------------------------------------------------------------------------

void ruleOptions(QCommandLineParser &p, bool withPlan)
{
    if (withPlan)
        p.addOption(opt(QStringLiteral("plan"), QStringLiteral("The custom plan."), QStringLiteral("NAME")));
    p.addOptions({opt(QStringLiteral("scope"), QStringLiteral("global, service, billing-entity or sku."),
                      QStringLiteral("SCOPE")),
                  opt(QStringLiteral("type"), QStringLiteral("markup, discount or tiering."), QStringLiteral("TYPE")),
                  opt(QStringLiteral("percent"), QStringLiteral("The modifier, up to 2 decimals."), QStringLiteral("P")),
                  opt(QStringLiteral("service"), QStringLiteral("Service code (service, sku)."), QStringLiteral("CODE")),
                  opt(QStringLiteral("billing-entity"), QStringLiteral("AWS or AWS Marketplace."), QStringLiteral("E")),
                  opt(QStringLiteral("usage-type"), QStringLiteral("Usage type (sku)."), QStringLiteral("U")),
                  opt(QStringLiteral("operation"), QStringLiteral("Operation (sku)."), QStringLiteral("O")),
                  opt(QStringLiteral("name"), QStringLiteral("The rule's name."), QStringLiteral("N")),
                  opt(QStringLiteral("description"), QStringLiteral("The rule's description."), QStringLiteral("D")),
                  opt(QStringLiteral("free-tier"), QStringLiteral("Tiering: on or off."), QStringLiteral("on|off"))});
}

// Fills a rule from the options (those given; the rest keep the rule's values).
bool ruleFromOptions(Context &ctx, const QCommandLineParser &p, PricingRule &rule, int &code)
{
    if (p.isSet(QStringLiteral("scope"))) {
        const auto scope = pricingRuleScopeFromName(p.value(QStringLiteral("scope")));
        if (!scope) {
            code = ctx.usage(tr("--scope is global, service, billing-entity or sku."));
            return false;
        }
        rule.scope = *scope;
    }
    if (p.isSet(QStringLiteral("type"))) {
        const auto type = pricingRuleTypeFromName(p.value(QStringLiteral("type")));
        if (!type) {
            code = ctx.usage(tr("--type is markup, discount or tiering."));
            return false;
        }
        rule.type = *type;
    }
    std::optional<Decimal> percent;
    if (!decimalOption(ctx, p, QStringLiteral("percent"), percent, code))
        return false;
    if (percent)
        rule.modifierPercent = *percent;
    const std::pair<const char *, QString *> texts[] = {{"service", &rule.service},
                                                        {"billing-entity", &rule.billingEntity},
                                                        {"usage-type", &rule.usageType},
                                                        {"operation", &rule.operation},
                                                        {"name", &rule.name},
                                                        {"description", &rule.description}};
    for (const auto &[name, field] : texts) {
        if (p.isSet(QLatin1String(name)))
            *field = p.value(QLatin1String(name));
    }
    if (p.isSet(QStringLiteral("free-tier"))) {
        const QString v = p.value(QStringLiteral("free-tier"));
        if (v != QLatin1String("on") && v != QLatin1String("off")) {
            code = ctx.usage(tr("--free-tier is on or off."));
            return false;
        }
        rule.freeTier = v == QLatin1String("on");
    }
    if (rule.name.isEmpty())
        rule.name = QStringLiteral("%1 %2 %3").arg(pricingRuleScopeName(rule.scope), pricingRuleTypeName(rule.type),
                                                   rule.service.isEmpty() ? rule.billingEntity : rule.service)
                        .trimmed();
    return true;
}

int rulesList(Context &ctx, const QCommandLineParser &p)
{
    if (!ctx.require(p, {QStringLiteral("plan")}))
        return Usage;
    int code = Done;
    const auto period = periodOption(ctx, p, QStringLiteral("period"), code);
    if (code != Done)
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    auto rules = ps->rules(p.value(QStringLiteral("plan")), period);
    if (!rules)
        return ctx.fail(rules.error());
    if (ctx.json) {
        QJsonArray list;
        for (const PricingRule &r : std::as_const(*rules))
            list.append(ruleJson(r));
        ctx.printJson(list);
        return Done;
    }
    QList<QStringList> rows;
    for (const PricingRule &r : std::as_const(*rules))
        rows.append({r.id, r.name, r.scopeDescription(), r.effectDescription()});
    ctx.printTable({tr("ID"), tr("NAME"), tr("SCOPE"), tr("EFFECT")}, rows);
    return Done;
}

int rulesAdd(Context &ctx, const QCommandLineParser &p)
{
    if (!ctx.require(p, {QStringLiteral("plan"), QStringLiteral("scope"), QStringLiteral("type")}))
        return Usage;
    PricingRule rule;
    int code = Done;
    if (!ruleFromOptions(ctx, p, rule, code))
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    auto added = ps->addRule(p.value(QStringLiteral("plan")), rule);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json)
        ctx.printJson(ruleJson(*added));
    else
        ctx.out() << tr("Rule %1 added: %2, %3.").arg(added->id, added->scopeDescription(), added->effectDescription())
                  << '\n';
    return Done;
}

int rulesEdit(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    int code = Done;
    if (!oneArgument(ctx, p, id, tr("rule id"), code))
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    // The rule as it is now, changed by the options given.
    auto plans = ps->plans();
    if (!plans)
        return ctx.fail(plans.error());
    std::optional<PricingRule> current;
    for (const PricingPlan &plan : std::as_const(*plans)) {
        for (const PricingRule &r : plan.rules) {
            if (r.id == id)
                current = r;
        }
    }
    if (!current)
        return ctx.fail(Error::rule(PricingReasons::RuleNotFound, tr("No pricing rule %1.").arg(id)));
    PricingRule rule = *current;
    if (!ruleFromOptions(ctx, p, rule, code))
        return code;
    auto edited = ps->editRule(id, rule);
    if (!edited)
        return ctx.fail(edited.error());
    if (ctx.json)
        ctx.printJson(ruleJson(*edited));
    else
        ctx.out() << tr("Rule %1 changed from %2 on: %3, %4.")
                         .arg(edited->id, BillingPeriod::fromIndex(edited->fromPeriod).toString(),
                              edited->scopeDescription(), edited->effectDescription())
                  << '\n';
    return Done;
}

int rulesRemove(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    int code = Done;
    if (!oneArgument(ctx, p, id, tr("rule id"), code))
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    if (auto s = ps->removeRule(id); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), id}});
    else
        ctx.out() << tr("Rule %1 removed from this billing period on.").arg(id) << '\n';
    return Done;
}

// --- groups --------------------------------------------------------------------------------------------------

int groupsList(Context &ctx, const QCommandLineParser &p)
{
    int code = Done;
    const auto period = periodOption(ctx, p, QStringLiteral("period"), code);
    if (code != Done)
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    auto groups = ps->groups(period);
    if (!groups)
        return ctx.fail(groups.error());
    if (ctx.json) {
        QJsonArray list;
        for (const BillingGroupPricing &g : std::as_const(*groups))
            list.append(QJsonObject{{QStringLiteral("id"), g.group.id},
                                    {QStringLiteral("name"), g.group.name},
                                    {QStringLiteral("type"), billingGroupTypeName(g.group.type)},
                                    {QStringLiteral("status"), billingGroupStatusName(g.group.status)},
                                    {QStringLiteral("plan"), textOrNull(g.group.pricingPlan)},
                                    {QStringLiteral("organization"), g.group.organizationId},
                                    {QStringLiteral("owner"), g.group.ownerOrganizationId},
                                    {QStringLiteral("period"), g.period.toString()},
                                    {QStringLiteral("accounts"), QJsonArray::fromStringList(g.accountIds)}});
        ctx.printJson(list);
        return Done;
    }
    QList<QStringList> rows;
    for (const BillingGroupPricing &g : std::as_const(*groups))
        rows.append({g.group.id, g.group.name, billingGroupTypeName(g.group.type),
                     billingGroupStatusName(g.group.status), g.group.pricingPlan, QString::number(g.accountIds.size())});
    ctx.printTable({tr("ID"), tr("NAME"), tr("TYPE"), tr("STATUS"), tr("PLAN"), tr("ACCOUNTS")}, rows, {5});
    return Done;
}

int groupsSetPlan(Context &ctx, const QCommandLineParser &p)
{
    QString group;
    int code = Done;
    if (!oneArgument(ctx, p, group, tr("billing group"), code))
        return code;
    if (!ctx.require(p, {QStringLiteral("plan")}))
        return Usage;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    auto g = ps->setGroupPlan(group, p.value(QStringLiteral("plan")));
    if (!g)
        return ctx.fail(g.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), g->id},
                                  {QStringLiteral("plan"), g->pricingPlan},
                                  {QStringLiteral("from"), ps->currentPeriod().toString()}});
    else
        ctx.out() << tr("Billing group \"%1\" is priced with %2 from %3 on; closed periods keep their prices.")
                         .arg(g->name, g->pricingPlan, ps->currentPeriod().toString())
                  << '\n';
    return Done;
}

int groupsAdd(Context &ctx, const QCommandLineParser &p)
{
    if (!ctx.require(p, {QStringLiteral("name"), QStringLiteral("accounts")}))
        return Usage;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    const QStringList accounts = p.value(QStringLiteral("accounts")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto g = ps->addStandardGroup(p.value(QStringLiteral("name")), accounts,
                                  p.isSet(QStringLiteral("plan")) ? p.value(QStringLiteral("plan"))
                                                                  : basicPricingPlanName());
    if (!g)
        return ctx.fail(g.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), g->id},
                                  {QStringLiteral("name"), g->name},
                                  {QStringLiteral("type"), billingGroupTypeName(g->type)},
                                  {QStringLiteral("plan"), g->pricingPlan},
                                  {QStringLiteral("accounts"), QJsonArray::fromStringList(accounts)}});
    else
        ctx.out() << tr("Standard billing group \"%1\" (%2) added with %n account(s).", nullptr, int(accounts.size()))
                         .arg(g->name, g->id)
                  << '\n';
    return Done;
}

int groupsRemove(Context &ctx, const QCommandLineParser &p)
{
    QString group;
    int code = Done;
    if (!oneArgument(ctx, p, group, tr("billing group"), code))
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    if (auto s = ps->removeStandardGroup(group); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), group}});
    else
        ctx.out() << tr("Billing group \"%1\" removed from this billing period on.").arg(group) << '\n';
    return Done;
}

// --- custom line items ---------------------------------------------------------------------------------------

int itemsList(Context &ctx, const QCommandLineParser &p)
{
    int code = Done;
    const auto period = periodOption(ctx, p, QStringLiteral("period"), code);
    if (code != Done)
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    auto items = ps->lineItems(p.value(QStringLiteral("group")), period);
    if (!items)
        return ctx.fail(items.error());
    if (ctx.json) {
        QJsonArray list;
        for (const CustomLineItem &i : std::as_const(*items))
            list.append(itemJson(i));
        ctx.printJson(list);
        return Done;
    }
    QList<QStringList> rows;
    for (const CustomLineItem &i : std::as_const(*items))
        rows.append({i.id, i.name, customLineItemTypeName(i.type),
                     i.flatAmount ? QStringLiteral("USD ") + i.flatAmount->toFixed(2)
                                  : (i.percent ? i.percent->toString() + QLatin1Char('%') : QString()),
                     BillingPeriod::fromIndex(i.startPeriod).toString(),
                     i.endPeriod ? BillingPeriod::fromIndex(*i.endPeriod).toString() : tr("recurring")});
    ctx.printTable({tr("ID"), tr("NAME"), tr("TYPE"), tr("CHARGE"), tr("FROM"), tr("TO")}, rows, {3});
    return Done;
}

int itemsAdd(Context &ctx, const QCommandLineParser &p)
{
    if (!ctx.require(p, {QStringLiteral("group"), QStringLiteral("type"), QStringLiteral("name"),
                         QStringLiteral("start")}))
        return Usage;
    if (p.isSet(QStringLiteral("flat")) == p.isSet(QStringLiteral("percent")))
        return ctx.usage(tr("give either --flat AMOUNT or --percent P."));
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    auto group = ps->group(p.value(QStringLiteral("group")));
    if (!group)
        return ctx.fail(group.error());
    CustomLineItem item;
    item.billingGroupId = group->group.id;
    item.name = p.value(QStringLiteral("name"));
    item.description = p.value(QStringLiteral("description"));
    const auto type = customLineItemTypeFromName(p.value(QStringLiteral("type")));
    if (!type)
        return ctx.usage(tr("--type is fee or credit."));
    item.type = *type;
    int code = Done;
    if (!decimalOption(ctx, p, QStringLiteral("flat"), item.flatAmount, code)
        || !decimalOption(ctx, p, QStringLiteral("percent"), item.percent, code))
        return code;
    item.percentOfItems = p.value(QStringLiteral("of-items")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    item.percentOfProForma = !p.isSet(QStringLiteral("items-only"));
    item.filterService = p.value(QStringLiteral("service"));
    item.excludeSavingsPlanNegation = p.isSet(QStringLiteral("exclude-sp-negation"));
    item.presentationService = p.value(QStringLiteral("presentation-service"));
    const auto start = periodOption(ctx, p, QStringLiteral("start"), code);
    if (code != Done)
        return code;
    item.startPeriod = start->index();
    const auto end = periodOption(ctx, p, QStringLiteral("end"), code);
    if (code != Done)
        return code;
    if (end)
        item.endPeriod = end->index();
    auto added = ps->addLineItem(item);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json)
        ctx.printJson(itemJson(*added));
    else
        ctx.out() << tr("Custom line item \"%1\" (%2) added to %3.").arg(added->name, added->id, group->group.name)
                  << '\n';
    return Done;
}

int itemsRemove(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    int code = Done;
    if (!oneArgument(ctx, p, id, tr("custom line item id"), code))
        return code;
    PricingService *ps = pricing(ctx);
    if (!ps)
        return ctx.exitCode();
    if (auto s = ps->removeLineItem(id); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), id}});
    else
        ctx.out() << tr("Custom line item %1 removed from this billing period on.").arg(id) << '\n';
    return Done;
}

QCommandLineOption periodOpt()
{
    return opt(QStringLiteral("period"), QStringLiteral("The billing period (default: the current one)."),
               QStringLiteral("YYYY-MM"));
}

const Registration registration{
    {QStringLiteral("plans list"), QStringLiteral("[--period YYYY-MM]"),
     QStringLiteral("The pricing plans the acting payer may use, with their rules."),
     [](QCommandLineParser &p) { p.addOption(periodOpt()); }, plansList},
    {QStringLiteral("plans add"), QStringLiteral("NAME [--description D]"), QStringLiteral("Add a custom pricing plan."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("description"), QStringLiteral("What the plan is for."), QStringLiteral("D")));
     },
     plansAdd},
    {QStringLiteral("plans remove"), QStringLiteral("NAME|ID"),
     QStringLiteral("Remove a custom plan no billing group uses (closed periods keep it)."), nullptr, plansRemove},
    {QStringLiteral("rules list"), QStringLiteral("--plan NAME [--period YYYY-MM]"),
     QStringLiteral("The rules of a plan in effect in a period."),
     [](QCommandLineParser &p) {
         p.addOptions({opt(QStringLiteral("plan"), QStringLiteral("The plan."), QStringLiteral("NAME")), periodOpt()});
     },
     rulesList},
    {QStringLiteral("rules add"),
     QStringLiteral("--plan NAME --scope global|service|billing-entity|sku --type markup|discount|tiering --percent P "
                    "[--service CODE] [--billing-entity E] [--usage-type U --operation O] [--name N] [--free-tier "
                    "on|off]"),
     QStringLiteral("Add a rule to a custom plan (from the current billing period on)."),
     [](QCommandLineParser &p) { ruleOptions(p, true); }, rulesAdd},
    {QStringLiteral("rules edit"), QStringLiteral("RULE_ID [--scope ...] [--type ...] [--percent P] ..."),
     QStringLiteral("Change a rule from the current billing period on (closed periods keep the old one)."),
     [](QCommandLineParser &p) { ruleOptions(p, false); }, rulesEdit},
    {QStringLiteral("rules remove"), QStringLiteral("RULE_ID"),
     QStringLiteral("Remove a rule from the current billing period on."), nullptr, rulesRemove},
    {QStringLiteral("groups list"), QStringLiteral("[--period YYYY-MM]"),
     QStringLiteral("Billing groups with the plan in effect in the period."),
     [](QCommandLineParser &p) { p.addOption(periodOpt()); }, groupsList},
    {QStringLiteral("groups set-plan"), QStringLiteral("GROUP --plan NAME"),
     QStringLiteral("Price a billing group with a plan from the current billing period on."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("plan"), QStringLiteral("BasicPricingPlan, Passthrough or a custom plan."),
                         QStringLiteral("NAME")));
     },
     groupsSetPlan},
    {QStringLiteral("groups add"), QStringLiteral("--name N --accounts A,B [--plan P]"),
     QStringLiteral("Add a STANDARD billing group of accounts of the acting payer's organization."),
     [](QCommandLineParser &p) {
         p.addOptions({opt(QStringLiteral("name"), QStringLiteral("The group's name."), QStringLiteral("N")),
                       opt(QStringLiteral("accounts"), QStringLiteral("Account ids, comma-separated."),
                           QStringLiteral("A,B")),
                       opt(QStringLiteral("plan"), QStringLiteral("Its plan (default BasicPricingPlan)."),
                           QStringLiteral("P"))});
     },
     groupsAdd},
    {QStringLiteral("groups remove"), QStringLiteral("GROUP"),
     QStringLiteral("Remove a STANDARD billing group from the current billing period on."), nullptr, groupsRemove},
    {QStringLiteral("line-items list"), QStringLiteral("[--group G] [--period YYYY-MM]"),
     QStringLiteral("Custom line items applying in a period."),
     [](QCommandLineParser &p) {
         p.addOptions({opt(QStringLiteral("group"), QStringLiteral("One billing group."), QStringLiteral("G")),
                       periodOpt()});
     },
     itemsList},
    {QStringLiteral("line-items add"),
     QStringLiteral("--group G --type fee|credit --flat AMOUNT | --percent P --name N --start YYYY-MM [--end YYYY-MM] "
                    "[--of-items ID,ID] [--items-only] [--service CODE] [--exclude-sp-negation] "
                    "[--presentation-service CODE]"),
     QStringLiteral("Add a custom line item (a fee or a credit) to a billing group."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("group"), QStringLiteral("The billing group."), QStringLiteral("G")),
              opt(QStringLiteral("type"), QStringLiteral("fee or credit."), QStringLiteral("TYPE")),
              opt(QStringLiteral("flat"), QStringLiteral("A flat amount in USD (0..1,000,000)."), QStringLiteral("A")),
              opt(QStringLiteral("percent"), QStringLiteral("A percentage (0..10,000) of the group's pro forma."),
                  QStringLiteral("P")),
              opt(QStringLiteral("name"), QStringLiteral("Its name."), QStringLiteral("N")),
              opt(QStringLiteral("description"), QStringLiteral("Its description."), QStringLiteral("D")),
              opt(QStringLiteral("start"), QStringLiteral("First month (current or previous)."),
                  QStringLiteral("YYYY-MM")),
              opt(QStringLiteral("end"), QStringLiteral("Last month (default: recurring)."), QStringLiteral("YYYY-MM")),
              opt(QStringLiteral("of-items"), QStringLiteral("A percentage also of these flat items."),
                  QStringLiteral("ID,ID")),
              QCommandLineOption(QStringLiteral("items-only"),
                                 QStringLiteral("A percentage of the chosen flat items only.")),
              opt(QStringLiteral("service"), QStringLiteral("A percentage of this service's pro forma only."),
                  QStringLiteral("CODE")),
              QCommandLineOption(QStringLiteral("exclude-sp-negation"),
                                 QStringLiteral("A percentage of the charges without Savings Plan negation.")),
              opt(QStringLiteral("presentation-service"), QStringLiteral("The service it is shown under."),
                  QStringLiteral("CODE"))});
     },
     itemsAdd},
    {QStringLiteral("line-items remove"), QStringLiteral("ID"),
     QStringLiteral("Remove a custom line item from the current billing period on."), nullptr, itemsRemove},
};

} // namespace

} // namespace bd::cli
