#pragma once

#include "BillingPeriod.h"
#include "Decimal.h"
#include "Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// Billing Conductor pricing (DOMAIN.md section 3): rules, plans and custom line items, as values.
//
// Versioning: a change to a rule, a plan assignment or a custom line item applies from the current billing period;
// closed periods keep the configuration they were computed with. Storage keeps every version of a rule with the
// range of periods it is in effect for (fromPeriod .. toPeriod inclusive, as BillingPeriod::index()); the engine is
// given the versions in effect for the period it prices.

enum class PricingRuleType { Markup, Discount, Tiering };
enum class PricingRuleScope { Global, Service, BillingEntity, Sku };
enum class CustomLineItemType { Fee, Credit };

QString pricingRuleTypeName(PricingRuleType type); // "MARKUP" | "DISCOUNT" | "TIERING"
QString pricingRuleScopeName(PricingRuleScope scope); // "GLOBAL" | "SERVICE" | "BILLING_ENTITY" | "SKU"
QString customLineItemTypeName(CustomLineItemType type); // "FEE" | "CREDIT"
// Case-insensitive; "-" and "_" are the same ("billing-entity" == "BILLING_ENTITY").
std::optional<PricingRuleType> pricingRuleTypeFromName(QStringView name);
std::optional<PricingRuleScope> pricingRuleScopeFromName(QStringView name);
std::optional<CustomLineItemType> customLineItemTypeFromName(QStringView name);

// Reason codes (AWS Billing Conductor's names where one exists).
namespace PricingReasons {
inline const QString Conflict = QStringLiteral("PRICING_RULE_IN_PRICING_PLAN_CONFLICT");
inline const QString PlanRuleLimit = QStringLiteral("PRICING_PLAN_MAX_RULES_EXCEEDED"); // more than 500 rules
inline const QString ManagedPlanReadOnly = QStringLiteral("PRICING_PLAN_MANAGED_READ_ONLY");
inline const QString InvalidPercent = QStringLiteral("INVALID_MODIFIER_PERCENTAGE");
inline const QString InvalidScope = QStringLiteral("ILLEGAL_SCOPE");
inline const QString TieringScope = QStringLiteral("ILLEGAL_TIERING_SCOPE");
inline const QString UnknownService = QStringLiteral("INVALID_SERVICE_CODE");
inline const QString SkuIncomplete = QStringLiteral("MISSING_SKU_USAGE_TYPE_OR_OPERATION");
inline const QString InvalidBillingEntity = QStringLiteral("INVALID_BILLING_ENTITY");
inline const QString InvalidName = QStringLiteral("INVALID_NAME");
inline const QString InvalidAmount = QStringLiteral("INVALID_CUSTOM_LINE_ITEM_AMOUNT");
inline const QString InvalidPeriodRange = QStringLiteral("INVALID_BILLING_PERIOD_RANGE");
inline const QString PassthroughNotAllowed = QStringLiteral("PASSTHROUGH_ONLY_FOR_TRANSFER_BILLING_GROUPS");
inline const QString AccountInAnotherGroup = QStringLiteral("ACCOUNT_ALREADY_IN_BILLING_GROUP");
inline const QString InvalidDescription = QStringLiteral("INVALID_DESCRIPTION"); // more than 1024 characters
// A custom line item's filter (one service, or without Savings Plan negation) on a flat item, or both at once.
inline const QString InvalidFilter = QStringLiteral("INVALID_CUSTOM_LINE_ITEM_FILTER");
inline const QString PlanInUse = QStringLiteral("PRICING_PLAN_IN_USE"); // removePlan while a group uses it
inline const QString PlanNotFound = QStringLiteral("PRICING_PLAN_NOT_FOUND");
inline const QString RuleNotFound = QStringLiteral("PRICING_RULE_NOT_FOUND");
inline const QString GroupNotFound = QStringLiteral("BILLING_GROUP_NOT_FOUND");
inline const QString LineItemNotFound = QStringLiteral("CUSTOM_LINE_ITEM_NOT_FOUND");
inline const QString DuplicateName = QStringLiteral("DUPLICATE_NAME"); // a plan or group name already taken
inline const QString AccessDenied = QStringLiteral("ACCESS_DENIED");
} // namespace PricingReasons

// The limits of DOMAIN.md section 3.
namespace PricingLimits {
inline constexpr int MaxRulesPerPlan = 500;
inline constexpr int PercentDecimals = 2;
inline constexpr int NameMaxLength = 128;
inline constexpr int DescriptionMaxLength = 1024;
Decimal maxRulePercent(PricingRuleType type = PricingRuleType::Markup); // markup: 1,000,000 %; discount: 100 %
Decimal maxFlatAmount(); // USD 1,000,000
Decimal maxItemPercent(); // 10,000 %
} // namespace PricingLimits

// Billing entities a BILLING_ENTITY rule can name.
QStringList knownBillingEntities(); // "AWS", "AWS Marketplace"

struct PricingRule
{
    QString id; // pr-...
    QString planId;
    QString name;
    QString description;
    PricingRuleScope scope = PricingRuleScope::Global;
    PricingRuleType type = PricingRuleType::Discount;
    Decimal modifierPercent; // >= 0, 2 decimals; not used by TIERING
    QString service; // SERVICE, SKU (a service code: AmazonEC2, AmazonS3, ...)
    QString billingEntity; // BILLING_ENTITY ("AWS", "AWS Marketplace")
    QString usageType; // SKU
    QString operation; // SKU
    bool freeTier = true; // TIERING: free tier activated
    int fromPeriod = 0; // first period this version is in effect for (BillingPeriod::index())
    std::optional<int> toPeriod; // last period, inclusive; empty: still in effect

    // What two rules of one plan must not share: scope, the key of the scope, and MARKUP/DISCOUNT vs TIERING
    // (a TIERING rule and a discount on the same service are two different things).
    QString conflictKey() const;
    bool inEffect(const BillingPeriod &period) const;
    // "SERVICE AmazonS3", "SKU AmazonEC2 BoxUsage:m5.large RunInstances", "GLOBAL": for explanations.
    QString scopeDescription() const;
    // "10% discount", "5% markup", "free tier off".
    QString effectDescription() const;
};

// Checks one rule on its own: name, percent range and decimals, scope fields, tiering scope, known service
// (knownServices: service codes seen in the imported data or the service catalogue; empty set: not checked),
// billing entity. The error's field names the offending field ("percent", "service", "usageType", ...).
Status validatePricingRule(const PricingRule &rule, const QSet<QString> &knownServices);
// Checks a rule against the rules in effect of its plan (other ids): conflict and the 500 limit.
Status validateRuleInPlan(const PricingRule &rule, const QList<PricingRule> &planRules);

struct PricingPlan
{
    QString id; // pp-... ; the managed plans use their names as ids
    QString name;
    QString description;
    bool managed = false; // BasicPricingPlan, Passthrough: read-only
    QList<PricingRule> rules; // the versions in effect for the period asked for (or every version: storage)

    bool isBasic() const;
    bool isPassthrough() const;
};

QString basicPricingPlanName(); // "BasicPricingPlan"
QString passthroughPricingPlanName(); // "Passthrough"
bool isManagedPlanName(QStringView name);
// The two AWS-managed plans, with their descriptions.
QList<PricingPlan> managedPricingPlans();

struct CustomLineItem
{
    QString id; // cli-...
    QString billingGroupId;
    QString name;
    QString description;
    CustomLineItemType type = CustomLineItemType::Fee;
    std::optional<Decimal> flatAmount; // USD, 0..1,000,000, >= 0 (a CREDIT is subtracted)
    std::optional<Decimal> percent; // 0..10,000 %, 2 decimals
    bool percentOfProForma = true; // percentage of the group's pro forma total (excluding flat items)
    QStringList percentOfItems; // and/or of these flat items (ids of the same group)
    QString filterService; // percentage of this service's pro forma only
    bool excludeSavingsPlanNegation = false; // percentage of charges without Savings Plan negation
    QString presentationService; // the service it is shown under; empty: "Custom line items"
    int startPeriod = 0; // BillingPeriod::index()
    std::optional<int> endPeriod; // inclusive; empty: recurring
    int fromPeriod = 0; // version range, as for rules
    std::optional<int> toPeriod;

    bool isFlat() const { return flatAmount.has_value(); }
    bool appliesTo(const BillingPeriod &period) const; // its range covers the period (and this version too)
    Decimal sign() const; // +1 fee, -1 credit
};

// Checks an item on its own: name, exactly one of flat/percent, ranges, a start in the current or previous month
// of `current` (skipped when current is invalid: a stored item), an end not before the start.
Status validateCustomLineItem(const CustomLineItem &item, const BillingPeriod &current);

} // namespace bd
