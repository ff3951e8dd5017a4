#include "Pricing.h"

#include <QCoreApplication>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Pricing", text);
}

// "billing-entity", "Billing_Entity" -> "BILLING_ENTITY".
QString normalizedName(QStringView name)
{
    QString text = name.trimmed().toString().toUpper();
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    return text;
}

bool hasAtMostDecimals(const Decimal &value, int decimals)
{
    return value.rounded(decimals, RoundingMode::HalfEven) == value;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Status checkName(const QString &name, const QString &what)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || name.size() > PricingLimits::NameMaxLength || hasControlCharacters(name))
        return Error::input(QStringLiteral("name"), PricingReasons::InvalidName,
                            tr("Name the %1 with 1 to %2 characters (no line breaks or control characters).")
                                .arg(what)
                                .arg(PricingLimits::NameMaxLength));
    return {};
}

Status checkDescription(const QString &description)
{
    if (description.size() > PricingLimits::DescriptionMaxLength)
        return Error::input(QStringLiteral("description"), PricingReasons::InvalidDescription,
                            tr("A description has at most %1 characters (this one has %2).")
                                .arg(PricingLimits::DescriptionMaxLength)
                                .arg(description.size()));
    return {};
}

// A field that the rule's scope does not use must be empty.
Status checkUnused(const PricingRule &rule, const QString &value, const QString &field, const QString &label)
{
    if (value.isEmpty())
        return {};
    return Error::input(field, PricingReasons::InvalidScope,
                        tr("A %1 rule has no %2; leave it empty (it is \"%3\").")
                            .arg(pricingRuleScopeName(rule.scope), label, value));
}

} // namespace

QString pricingRuleTypeName(PricingRuleType type)
{
    switch (type) {
    case PricingRuleType::Markup:
        return QStringLiteral("MARKUP");
    case PricingRuleType::Discount:
        return QStringLiteral("DISCOUNT");
    case PricingRuleType::Tiering:
        return QStringLiteral("TIERING");
    }
    return {};
}

QString pricingRuleScopeName(PricingRuleScope scope)
{
    switch (scope) {
    case PricingRuleScope::Global:
        return QStringLiteral("GLOBAL");
    case PricingRuleScope::Service:
        return QStringLiteral("SERVICE");
    case PricingRuleScope::BillingEntity:
        return QStringLiteral("BILLING_ENTITY");
    case PricingRuleScope::Sku:
        return QStringLiteral("SKU");
    }
    return {};
}

QString customLineItemTypeName(CustomLineItemType type)
{
    return type == CustomLineItemType::Fee ? QStringLiteral("FEE") : QStringLiteral("CREDIT");
}

std::optional<PricingRuleType> pricingRuleTypeFromName(QStringView name)
{
    const QString n = normalizedName(name);
    if (n == QLatin1String("MARKUP"))
        return PricingRuleType::Markup;
    if (n == QLatin1String("DISCOUNT"))
        return PricingRuleType::Discount;
    if (n == QLatin1String("TIERING"))
        return PricingRuleType::Tiering;
    return std::nullopt;
}

std::optional<PricingRuleScope> pricingRuleScopeFromName(QStringView name)
{
    const QString n = normalizedName(name);
    if (n == QLatin1String("GLOBAL"))
        return PricingRuleScope::Global;
    if (n == QLatin1String("SERVICE"))
        return PricingRuleScope::Service;
    if (n == QLatin1String("BILLING_ENTITY"))
        return PricingRuleScope::BillingEntity;
    if (n == QLatin1String("SKU"))
        return PricingRuleScope::Sku;
    return std::nullopt;
}

std::optional<CustomLineItemType> customLineItemTypeFromName(QStringView name)
{
    const QString n = normalizedName(name);
    if (n == QLatin1String("FEE"))
        return CustomLineItemType::Fee;
    if (n == QLatin1String("CREDIT"))
        return CustomLineItemType::Credit;
    return std::nullopt;
}

namespace PricingLimits {

Decimal maxRulePercent(PricingRuleType type)
{
    return type == PricingRuleType::Discount ? Decimal::fromInt(100) : Decimal::fromInt(1'000'000);
}

Decimal maxFlatAmount()
{
    return Decimal::fromInt(1'000'000);
}

Decimal maxItemPercent()
{
    return Decimal::fromInt(10'000);
}

} // namespace PricingLimits

QStringList knownBillingEntities()
{
    return {QStringLiteral("AWS"), QStringLiteral("AWS Marketplace")};
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

QString PricingRule::conflictKey() const
{
    const QChar sep(0x1f);
    QString key = pricingRuleScopeName(scope);
    key += sep;
    switch (scope) {
    case PricingRuleScope::Global:
        break;
    case PricingRuleScope::Service:
        key += service;
        break;
    case PricingRuleScope::BillingEntity:
        key += billingEntity;
        break;
    case PricingRuleScope::Sku:
        key += service + sep + usageType + sep + operation;
        break;
    }
    key += sep;
    key += type == PricingRuleType::Tiering ? QStringLiteral("TIERING") : QStringLiteral("PRICE");
    return key;
}

bool PricingRule::inEffect(const BillingPeriod &period) const
{
    if (!period.isValid())
        return false;
    const int index = period.index();
    return fromPeriod <= index && (!toPeriod || index <= *toPeriod);
}

QString PricingRule::scopeDescription() const
{
    switch (scope) {
    case PricingRuleScope::Global:
        return QStringLiteral("GLOBAL");
    case PricingRuleScope::Service:
        return QStringLiteral("SERVICE %1").arg(service);
    case PricingRuleScope::BillingEntity:
        return QStringLiteral("BILLING_ENTITY %1").arg(billingEntity);
    case PricingRuleScope::Sku:
        return QStringLiteral("SKU %1 %2 %3").arg(service, usageType, operation);
    }
    return {};
}

QString PricingRule::effectDescription() const
{
    switch (type) {
    case PricingRuleType::Markup:
        return tr("%1% markup").arg(modifierPercent.toString());
    case PricingRuleType::Discount:
        return tr("%1% discount").arg(modifierPercent.toString());
    case PricingRuleType::Tiering:
        return freeTier ? tr("free tier on") : tr("free tier off");
    }
    return {};
}

Status validatePricingRule(const PricingRule &rule, const QSet<QString> &knownServices)
{
    if (auto s = checkName(rule.name, tr("rule")); !s)
        return s;
    if (auto s = checkDescription(rule.description); !s)
        return s;

    // Scope and its fields.
    if (rule.type == PricingRuleType::Tiering && rule.scope != PricingRuleScope::Global
        && rule.scope != PricingRuleScope::Service)
        return Error::input(QStringLiteral("scope"), PricingReasons::TieringScope,
                            tr("A TIERING rule (free tier on or off) is GLOBAL or SERVICE, not %1.")
                                .arg(pricingRuleScopeName(rule.scope)));
    const bool needsService = rule.scope == PricingRuleScope::Service || rule.scope == PricingRuleScope::Sku;
    if (needsService) {
        if (rule.service.trimmed().isEmpty())
            return Error::input(QStringLiteral("service"), PricingReasons::UnknownService,
                                tr("A %1 rule needs the service code it prices, e.g. AmazonEC2 or AmazonS3.")
                                    .arg(pricingRuleScopeName(rule.scope)));
        if (rule.service.size() > PricingLimits::NameMaxLength || rule.service != rule.service.trimmed()
            || (!knownServices.isEmpty() && !knownServices.contains(rule.service)))
            return Error::input(QStringLiteral("service"), PricingReasons::UnknownService,
                                tr("\"%1\" is not a known service code: use a code of the cost data or of the "
                                   "service catalogue, e.g. AmazonEC2 (codes are case-sensitive).")
                                    .arg(rule.service));
    } else if (auto s = checkUnused(rule, rule.service, QStringLiteral("service"), tr("service code")); !s) {
        return s;
    }
    if (rule.scope == PricingRuleScope::Sku) {
        if (rule.usageType.trimmed().isEmpty())
            return Error::input(QStringLiteral("usageType"), PricingReasons::SkuIncomplete,
                                tr("A SKU rule needs a usage type (e.g. BoxUsage:m5.large) and an operation."));
        if (rule.operation.trimmed().isEmpty())
            return Error::input(QStringLiteral("operation"), PricingReasons::SkuIncomplete,
                                tr("A SKU rule needs an operation (e.g. RunInstances) besides its usage type."));
        if (rule.usageType.size() > 1024 || rule.operation.size() > 1024)
            return Error::input(rule.usageType.size() > 1024 ? QStringLiteral("usageType") : QStringLiteral("operation"),
                                PricingReasons::SkuIncomplete,
                                tr("A usage type or an operation has at most 1024 characters."));
    } else {
        if (auto s = checkUnused(rule, rule.usageType, QStringLiteral("usageType"), tr("usage type")); !s)
            return s;
        if (auto s = checkUnused(rule, rule.operation, QStringLiteral("operation"), tr("operation")); !s)
            return s;
    }
    if (rule.scope == PricingRuleScope::BillingEntity) {
        if (!knownBillingEntities().contains(rule.billingEntity))
            return Error::input(QStringLiteral("billingEntity"), PricingReasons::InvalidBillingEntity,
                                tr("\"%1\" is not a billing entity: use %2.")
                                    .arg(rule.billingEntity, knownBillingEntities().join(tr(" or "))));
    } else if (auto s = checkUnused(rule, rule.billingEntity, QStringLiteral("billingEntity"), tr("billing entity"));
               !s) {
        return s;
    }

    // The percentage.
    const Decimal &percent = rule.modifierPercent;
    if (rule.type == PricingRuleType::Tiering) {
        if (!percent.isZero())
            return Error::input(QStringLiteral("percent"), PricingReasons::InvalidPercent,
                                tr("A TIERING rule turns the free tier on or off; it has no percentage (leave it 0)."));
        return {};
    }
    if (percent.isNegative())
        return Error::input(QStringLiteral("percent"), PricingReasons::InvalidPercent,
                            tr("The percentage cannot be negative (%1): choose DISCOUNT or MARKUP instead.")
                                .arg(percent.toString()));
    if (!hasAtMostDecimals(percent, PricingLimits::PercentDecimals))
        return Error::input(QStringLiteral("percent"), PricingReasons::InvalidPercent,
                            tr("The percentage has at most %1 decimals (%2).")
                                .arg(PricingLimits::PercentDecimals)
                                .arg(percent.toString()));
    const Decimal max = PricingLimits::maxRulePercent(rule.type);
    if (percent > max)
        return Error::input(QStringLiteral("percent"), PricingReasons::InvalidPercent,
                            rule.type == PricingRuleType::Discount
                                ? tr("A discount is at most 100% (%1%).").arg(percent.toString())
                                : tr("A markup is at most %1% (%2%).").arg(max.toString(), percent.toString()));
    return {};
}

Status validateRuleInPlan(const PricingRule &rule, const QList<PricingRule> &planRules)
{
    const QString key = rule.conflictKey();
    QSet<QString> others;
    for (const PricingRule &other : planRules) {
        if (!rule.id.isEmpty() && other.id == rule.id)
            continue;
        others.insert(other.id);
        if (other.conflictKey() == key)
            return Error::rule(PricingReasons::Conflict,
                               tr("The plan already has a %1 rule for %2 (\"%3\", %4): edit that rule instead of "
                                  "adding a second one.")
                                   .arg(other.type == PricingRuleType::Tiering ? QStringLiteral("TIERING")
                                                                               : QStringLiteral("MARKUP/DISCOUNT"),
                                        other.scopeDescription(), other.name, other.id),
                               QStringLiteral("scope"));
    }
    if (others.size() + 1 > PricingLimits::MaxRulesPerPlan)
        return Error::rule(PricingReasons::PlanRuleLimit,
                           tr("A pricing plan holds at most %1 rules; this one has %2 already.")
                               .arg(PricingLimits::MaxRulesPerPlan)
                               .arg(others.size()),
                           QStringLiteral("plan"));
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Plans

bool PricingPlan::isBasic() const
{
    return name == basicPricingPlanName();
}

bool PricingPlan::isPassthrough() const
{
    return name == passthroughPricingPlanName();
}

QString basicPricingPlanName()
{
    return QStringLiteral("BasicPricingPlan");
}

QString passthroughPricingPlanName()
{
    return QStringLiteral("Passthrough");
}

bool isManagedPlanName(QStringView name)
{
    return name.compare(basicPricingPlanName(), Qt::CaseInsensitive) == 0
        || name.compare(passthroughPricingPlanName(), Qt::CaseInsensitive) == 0;
}

QList<PricingPlan> managedPricingPlans()
{
    PricingPlan basic;
    basic.id = basicPricingPlanName();
    basic.name = basicPricingPlanName();
    basic.description = tr("AWS-managed: public on-demand prices; no non-public discounts, credits, taxes or support.");
    basic.managed = true;
    PricingPlan passthrough;
    passthrough.id = passthroughPricingPlanName();
    passthrough.name = passthroughPricingPlanName();
    passthrough.description
        = tr("AWS-managed: the billable data as it is (every discount, credit, tax and fee); transfer billing groups "
             "only.");
    passthrough.managed = true;
    return {basic, passthrough};
}

// ---------------------------------------------------------------------------------------------------------------
// Custom line items

bool CustomLineItem::appliesTo(const BillingPeriod &period) const
{
    if (!period.isValid())
        return false;
    const int index = period.index();
    const bool inRange = startPeriod <= index && (!endPeriod || index <= *endPeriod);
    const bool thisVersion = fromPeriod <= index && (!toPeriod || index <= *toPeriod);
    return inRange && thisVersion;
}

Decimal CustomLineItem::sign() const
{
    return Decimal::fromInt(type == CustomLineItemType::Credit ? -1 : 1);
}

Status validateCustomLineItem(const CustomLineItem &item, const BillingPeriod &current)
{
    if (auto s = checkName(item.name, tr("custom line item")); !s)
        return s;
    if (auto s = checkDescription(item.description); !s)
        return s;

    if (item.flatAmount.has_value() == item.percent.has_value())
        return Error::input(item.flatAmount ? QStringLiteral("percent") : QStringLiteral("amount"),
                            PricingReasons::InvalidAmount,
                            tr("A custom line item is either a flat amount (USD) or a percentage, exactly one of "
                               "the two."));
    if (item.flatAmount) {
        const Decimal &amount = *item.flatAmount;
        if (amount.isNegative() || amount > PricingLimits::maxFlatAmount())
            return Error::input(QStringLiteral("flat"), PricingReasons::InvalidAmount,
                                tr("A flat amount is USD 0 to 1,000,000 (%1); a CREDIT subtracts a positive amount.")
                                    .arg(amount.toString()));
        if (!hasAtMostDecimals(amount, 2))
            return Error::input(QStringLiteral("flat"), PricingReasons::InvalidAmount,
                                tr("A flat amount is in cents: at most 2 decimals (%1).").arg(amount.toString()));
        if (!item.percentOfItems.isEmpty())
            return Error::input(QStringLiteral("percentOfItems"), PricingReasons::InvalidAmount,
                                tr("Only a percentage item can be taken of other items; this one is flat."));
        if (!item.filterService.isEmpty() || item.excludeSavingsPlanNegation)
            return Error::input(!item.filterService.isEmpty() ? QStringLiteral("filterService")
                                                              : QStringLiteral("excludeSavingsPlanNegation"),
                                PricingReasons::InvalidFilter,
                                tr("A filter (one service, or without Savings Plan negation) chooses what a "
                                   "percentage is taken of; a flat item has none."));
    } else {
        const Decimal &percent = *item.percent;
        if (percent.isNegative() || percent > PricingLimits::maxItemPercent())
            return Error::input(QStringLiteral("percent"), PricingReasons::InvalidAmount,
                                tr("A percentage is 0 to 10,000% (%1%).").arg(percent.toString()));
        if (!hasAtMostDecimals(percent, PricingLimits::PercentDecimals))
            return Error::input(QStringLiteral("percent"), PricingReasons::InvalidAmount,
                                tr("A percentage has at most %1 decimals (%2).")
                                    .arg(PricingLimits::PercentDecimals)
                                    .arg(percent.toString()));
        if (!item.percentOfProForma && item.percentOfItems.isEmpty())
            return Error::input(QStringLiteral("percentOfItems"), PricingReasons::InvalidAmount,
                                tr("A percentage is taken of the pro forma total, of chosen flat items, or of both: "
                                   "choose at least one."));
        if (!item.id.isEmpty() && item.percentOfItems.contains(item.id))
            return Error::input(QStringLiteral("percentOfItems"), PricingReasons::InvalidAmount,
                                tr("A custom line item cannot be a percentage of itself."));
        if (!item.filterService.isEmpty() && item.excludeSavingsPlanNegation)
            return Error::input(QStringLiteral("excludeSavingsPlanNegation"), PricingReasons::InvalidFilter,
                                tr("Filter by one service or exclude Savings Plan negation, not both."));
        if ((!item.filterService.isEmpty() || item.excludeSavingsPlanNegation) && !item.percentOfProForma)
            return Error::input(!item.filterService.isEmpty() ? QStringLiteral("filterService")
                                                              : QStringLiteral("excludeSavingsPlanNegation"),
                                PricingReasons::InvalidFilter,
                                tr("A filter narrows the pro forma total a percentage is taken of; this item is not "
                                   "taken of it."));
    }
    if (item.filterService.size() > PricingLimits::NameMaxLength
        || item.presentationService.size() > PricingLimits::NameMaxLength)
        return Error::input(item.filterService.size() > PricingLimits::NameMaxLength
                                ? QStringLiteral("filterService")
                                : QStringLiteral("presentationService"),
                            PricingReasons::InvalidFilter, tr("A service code has at most 128 characters."));

    if (current.isValid()) {
        const int now = current.index();
        if (item.startPeriod < now - 1 || item.startPeriod > now)
            return Error::rule(PricingReasons::InvalidPeriodRange,
                               tr("A custom line item starts in the current or the previous billing period (%1 or "
                                  "%2), not %3.")
                                   .arg(current.toString(), current.previous().toString(),
                                        BillingPeriod::fromIndex(item.startPeriod).toString()),
                               QStringLiteral("start"));
    }
    if (item.endPeriod && *item.endPeriod < item.startPeriod)
        return Error::input(QStringLiteral("end"), PricingReasons::InvalidPeriodRange,
                            tr("The last billing period (%1) is before the first (%2).")
                                .arg(BillingPeriod::fromIndex(*item.endPeriod).toString(),
                                     BillingPeriod::fromIndex(item.startPeriod).toString()));
    return {};
}

} // namespace bd
