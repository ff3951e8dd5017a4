#include "PricingFormat.h"

#include "ImportsModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace bd::pricingformat {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PricingFormat", text);
}
} // namespace

QString amount(const Decimal &value)
{
    return ImportsModel::formatAmount(value, QStringLiteral("USD"));
}

QString money(const Decimal &value)
{
    return tr("USD %1").arg(amount(value));
}

QString percent(const std::optional<Decimal> &value)
{
    if (!value)
        return {};
    QString text = value->toFixed(2);
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const bool zero = !text.contains(QRegularExpression(QStringLiteral("[1-9]")));
    text.replace(QLatin1Char('.'), QLocale().decimalPoint());
    if (negative && !zero)
        text.prepend(QLatin1Char('-'));
    return tr("%1%").arg(text);
}

std::optional<Decimal> marginPercent(const Decimal &margin, const Decimal &proForma)
{
    if (proForma.isZero())
        return std::nullopt;
    const auto ratio = margin.multiplied(Decimal::fromInt(100));
    if (!ratio)
        return std::nullopt;
    const auto quotient = ratio->divided(proForma);
    if (!quotient)
        return std::nullopt;
    return quotient->rounded(2, RoundingMode::HalfEven);
}

QString scopeLabel(PricingRuleScope scope)
{
    switch (scope) {
    case PricingRuleScope::Global:
        return tr("Global");
    case PricingRuleScope::Service:
        return tr("Service");
    case PricingRuleScope::BillingEntity:
        return tr("Billing entity");
    case PricingRuleScope::Sku:
        return tr("SKU");
    }
    return {};
}

QString typeLabel(PricingRuleType type)
{
    switch (type) {
    case PricingRuleType::Markup:
        return tr("Markup");
    case PricingRuleType::Discount:
        return tr("Discount");
    case PricingRuleType::Tiering:
        return tr("Tiering");
    }
    return {};
}

QString ruleEffect(const PricingRule &rule)
{
    switch (rule.type) {
    case PricingRuleType::Markup:
        return tr("%1 markup").arg(percent(rule.modifierPercent));
    case PricingRuleType::Discount:
        return tr("%1 discount").arg(percent(rule.modifierPercent));
    case PricingRuleType::Tiering:
        return rule.freeTier ? tr("Free tier on") : tr("Free tier off");
    }
    return {};
}

QString ruleTarget(const PricingRule &rule)
{
    switch (rule.scope) {
    case PricingRuleScope::Global:
        return tr("All services");
    case PricingRuleScope::Service:
        return rule.service;
    case PricingRuleScope::BillingEntity:
        return rule.billingEntity;
    case PricingRuleScope::Sku:
        return QStringList {rule.service, rule.usageType, rule.operation}.join(QStringLiteral(" \u00b7 "));
    }
    return {};
}

QString groupStatusLabel(BillingGroupStatus status)
{
    return status == BillingGroupStatus::Active ? tr("Active") : tr("Pending");
}

QColor groupStatusColor(BillingGroupStatus status)
{
    return status == BillingGroupStatus::Active ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc7, 0x7c, 0x02);
}

QString groupTypeLabel(BillingGroupType type)
{
    return type == BillingGroupType::TransferBilling ? tr("Transfer billing") : tr("Standard");
}

QString planLabel(const QString &planName)
{
    if (planName.isEmpty())
        return tr("Not configured");
    if (planName == basicPricingPlanName())
        return tr("Basic (AWS-managed)");
    if (planName == passthroughPricingPlanName())
        return tr("Passthrough (AWS-managed)");
    return planName;
}

QString lineItemTypeLabel(CustomLineItemType type)
{
    return type == CustomLineItemType::Fee ? tr("Fee") : tr("Credit");
}

QColor lineItemTypeColor(CustomLineItemType type)
{
    return type == CustomLineItemType::Fee ? QColor(0x5b, 0x4b, 0xb7) : QColor(0x2e, 0x8b, 0x57);
}

QString lineItemCharge(const CustomLineItem &item)
{
    if (item.flatAmount)
        return tr("%1 flat").arg(money(*item.flatAmount));
    const QString p = percent(item.percent);
    QStringList of;
    if (!item.filterService.isEmpty())
        of << tr("of %1").arg(item.filterService);
    else if (item.percentOfProForma)
        of << tr("of the pro forma total");
    if (!item.percentOfItems.isEmpty())
        of << (item.percentOfItems.size() == 1 ? tr("of 1 flat item")
                                               : tr("of %1 flat items").arg(item.percentOfItems.size()));
    QString text = of.isEmpty() ? p : tr("%1 %2").arg(p, of.join(tr(" and ")));
    if (item.excludeSavingsPlanNegation)
        text = tr("%1, without Savings Plan negation").arg(text);
    return text;
}

QString lineItemPeriods(const CustomLineItem &item)
{
    const BillingPeriod start = BillingPeriod::fromIndex(item.startPeriod);
    if (!item.endPeriod)
        return tr("From %1 (recurring)").arg(period(start));
    if (*item.endPeriod == item.startPeriod)
        return period(start);
    return tr("%1 to %2").arg(period(start), period(BillingPeriod::fromIndex(*item.endPeriod)));
}

QString period(const BillingPeriod &p)
{
    return p.isValid() ? QLocale().toString(p.firstDay(), QStringLiteral("MMMM yyyy")) : QString();
}

QString shortPeriod(const BillingPeriod &p)
{
    return p.isValid() ? QLocale().toString(p.firstDay(), QStringLiteral("MMM yyyy")) : QString();
}

} // namespace bd::pricingformat
