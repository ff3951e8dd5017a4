#pragma once

#include "domain/BillingGroup.h"
#include "domain/BillingPeriod.h"
#include "domain/Pricing.h"
#include "domain/Result.h"
#include "engine/PricingEngine.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace bd {

class Services;

// A billing group as the Pricing tab and `groups list` show it: the group, the plan in effect for the period asked
// for, and the accounts it covers.
struct BillingGroupPricing
{
    BillingGroup group; // group.pricingPlan: the plan in effect for `period`
    BillingPeriod period;
    QStringList accountIds; // STANDARD: the chosen accounts; TRANSFER_BILLING: the organization's accounts
    QString organizationName;
};

// Billing Conductor configuration (DOMAIN.md section 3): pricing plans and their rules, billing groups and their
// plans, custom line items. The payer's management account configures what its organization owns (the
// administrator: everything); a bill-source context sees none of it (the payer's confidential pricing).
//
// Every change is validated (domain/Pricing.h), then made in one transaction with an audit entry, then
// pricingChanged() and Services::dataChanged() are emitted. A change applies from the current billing period (the
// clock's month): the version of a rule, plan assignment or custom line item in effect before it is closed at the
// previous period and a new version starts with the current one, so closed periods keep their prices. Reads take
// a period (default: the current one) and return the versions in effect for it.
class PricingService final : public QObject
{
    Q_OBJECT

public:
    explicit PricingService(Services &services);
    ~PricingService() override;

    BillingPeriod currentPeriod() const; // the clock's month

    // --- Plans: the two AWS-managed plans first, then the acting organization's custom plans by name.
    Result<QList<PricingPlan>> plans(std::optional<BillingPeriod> period = {}) const;
    Result<PricingPlan> plan(const QString &nameOrId, std::optional<BillingPeriod> period = {}) const;
    Result<PricingPlan> addPlan(const QString &name, const QString &description = {});
    Result<PricingPlan> updatePlan(const QString &nameOrId, const QString &name, const QString &description);
    // Refused while a billing group uses it in the current period (PRICING_PLAN_IN_USE) and for managed plans.
    Status removePlan(const QString &nameOrId);

    // --- Rules of a custom plan (managed plans are read-only: PRICING_PLAN_MANAGED_READ_ONLY).
    Result<QList<PricingRule>> rules(const QString &planNameOrId, std::optional<BillingPeriod> period = {}) const;
    // Every check addRule/editRule make, without saving: for inline validation while the user types. exceptRuleId:
    // the rule being edited.
    Status checkRule(const QString &planNameOrId, const PricingRule &rule, const QString &exceptRuleId = {}) const;
    Result<PricingRule> addRule(const QString &planNameOrId, const PricingRule &rule);
    Result<PricingRule> editRule(const QString &ruleId, const PricingRule &rule);
    Status removeRule(const QString &ruleId);

    // Pickers: service codes seen in the cost data the acting account may see, plus the service catalogue;
    // usage types and operations seen for a service.
    Result<QStringList> knownServices() const;
    static QStringList serviceCatalogue();
    Result<QStringList> usageTypes(const QString &service) const;
    Result<QStringList> operations(const QString &service, const QString &usageType = {}) const;

    // --- Billing groups: TRANSFER_BILLING (one per bill-source organization, created by invitations) and STANDARD
    // (chosen accounts of the payer's own organization; an account in at most one group per period).
    Result<QList<BillingGroupPricing>> groups(std::optional<BillingPeriod> period = {}) const;
    Result<BillingGroupPricing> group(const QString &idOrName, std::optional<BillingPeriod> period = {}) const;
    // From the current period on. Passthrough only for TRANSFER_BILLING groups.
    Result<BillingGroup> setGroupPlan(const QString &idOrName, const QString &planNameOrId);
    Result<BillingGroup> addStandardGroup(const QString &name, const QStringList &accountIds,
                                          const QString &planNameOrId);
    Status setStandardGroupAccounts(const QString &idOrName, const QStringList &accountIds);
    Status removeStandardGroup(const QString &idOrName);

    // --- Custom line items of a billing group.
    Result<QList<CustomLineItem>> lineItems(const QString &groupIdOrName = {},
                                            std::optional<BillingPeriod> period = {}) const;
    Status checkLineItem(const CustomLineItem &item) const;
    Result<CustomLineItem> addLineItem(const CustomLineItem &item);
    Result<CustomLineItem> editLineItem(const QString &id, const CustomLineItem &item);
    Status removeLineItem(const QString &id);

    // --- For the engine: every billing group the acting account configures (the administrator: all) with the plan,
    // rules and custom line items in effect for the period. Refused in a bill-source context (ACCESS_DENIED).
    Result<PricingConfiguration> configuration(const BillingPeriod &period) const;
    // Every billing group of every owner (GroupPricing::ownerOrganizationId), not filtered by the acting account: for
    // ProFormaService only, which prices chains level by level and applies Visibility to what it returns.
    Result<PricingConfiguration> allConfiguration(const BillingPeriod &period) const;

    // --- For TransferService (an invitation's plan, configurePricing): the plan a billing group of that owner and type
    // may use, by name or id (a managed plan, or a custom plan of the group's owner or the administrator's), without
    // checking who acts; Passthrough only for TRANSFER_BILLING. And the write of a group's plan from the current
    // period (billing_group_plans and billing_groups.pricing_plan), inside the caller's transaction, without checks,
    // audit entry or signals.
    Result<PricingPlan> planForGroup(const BillingGroup &group, const QString &planNameOrId) const;
    Status writeGroupPlan(const BillingGroup &group, const PricingPlan &plan);
    // A custom plan's id or a managed plan's name: what billing_group_plans stores for the plan.
    static QString planReference(const PricingPlan &plan);

Q_SIGNALS:
    void pricingChanged();

private:
    void notify();

    Services &m_services;
};

} // namespace bd
