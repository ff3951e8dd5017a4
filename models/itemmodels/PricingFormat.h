#pragma once

#include "domain/BillingGroup.h"
#include "domain/BillingPeriod.h"
#include "domain/Decimal.h"
#include "domain/Pricing.h"

#include <QColor>
#include <QString>

#include <optional>

namespace bd::pricingformat {

// How Billing Conductor values look in the Pricing tab, its dialogs and its chart (UI.md "Amounts and dates").
// Billing Conductor prices in USD: every amount here is in USD.

// An exact amount in USD's two decimals, grouped per locale, minus sign for negatives: "1,234.50".
QString amount(const Decimal &value);
// With the currency: "USD 1,234.50".
QString money(const Decimal &value);
// A percentage with its two decimals as the locale writes them: "12.50 %"; "" for none.
QString percent(const std::optional<Decimal> &value);
// margin / pro forma x 100, two decimals half-even (as GroupResult::marginPercent); none when pro forma is 0.
std::optional<Decimal> marginPercent(const Decimal &margin, const Decimal &proForma);

QString scopeLabel(PricingRuleScope scope); // "Global", "Service", "Billing entity", "SKU"
QString typeLabel(PricingRuleType type); // "Markup", "Discount", "Tiering"
// What a rule does, in words: "10.00 % discount", "5.00 % markup", "Free tier on".
QString ruleEffect(const PricingRule &rule);
// What a rule applies to: "All services", "AmazonS3", "AWS Marketplace", "AmazonEC2 · BoxUsage:m5.large ·
// RunInstances".
QString ruleTarget(const PricingRule &rule);

QString groupStatusLabel(BillingGroupStatus status); // "Pending", "Active"
QColor groupStatusColor(BillingGroupStatus status); // amber, green (the Transfers tab's colours)
QString groupTypeLabel(BillingGroupType type); // "Transfer billing", "Standard"
// A plan name as people read it: "Basic (AWS-managed)", "Passthrough (AWS-managed)", a custom plan's name, or
// "Not configured".
QString planLabel(const QString &planName);

QString lineItemTypeLabel(CustomLineItemType type); // "Fee", "Credit"
QColor lineItemTypeColor(CustomLineItemType type);
// "USD 250.00 flat", "5.00 % of the pro forma total", "2.00 % of AmazonEC2".
QString lineItemCharge(const CustomLineItem &item);
// "January 2026", "From January 2026 (recurring)", "January 2026 to March 2026".
QString lineItemPeriods(const CustomLineItem &item);

QString period(const BillingPeriod &period); // "January 2026"
QString shortPeriod(const BillingPeriod &period); // "Jan 2026"

} // namespace bd::pricingformat
