#pragma once

#include "domain/BillingGroup.h"
#include "domain/Pricing.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// A custom pricing plan as stored (its rules are read separately, every version).
struct StoredPricingPlan
{
    QString id; // pp-...
    QString name;
    QString description;
    QString ownerOrganizationId; // empty: the administrator's (usable by every payer)
    // Removed from this period on: no longer listed or assignable; kept (with its rules) for the closed periods that
    // were priced with it. Empty: in use.
    std::optional<int> removedFromPeriod;
};

// The plan of a billing group from a period on (the plan history: the plan in effect for a period is the row with
// the greatest fromPeriod <= period).
struct BillingGroupPlanVersion
{
    QString groupId;
    int fromPeriod = 0;
    QString plan; // a managed plan's name or a custom plan's id
};

// The accounts of a STANDARD billing group, from a period on (toPeriod inclusive; empty: still in the group).
struct BillingGroupAccount
{
    QString groupId;
    QString accountId;
    int fromPeriod = 0;
    std::optional<int> toPeriod;
};

// Billing Conductor configuration: custom plans, every version of their rules, billing groups' plan history and
// accounts, custom line items (every version). Versions are identified by (id, fromPeriod).
class PricingStore
{
public:
    virtual ~PricingStore() = default;

    virtual Result<QList<StoredPricingPlan>> plans() const = 0; // by name
    virtual Status insertPlan(const StoredPricingPlan &plan) = 0;
    virtual Status updatePlan(const StoredPricingPlan &plan) = 0; // name, description, removedFromPeriod
    virtual Status deletePlan(const QString &id) = 0; // and its rules
    virtual Result<bool> idTaken(const QString &id) const = 0; // plans, rules, line items

    virtual Result<QList<PricingRule>> rules(const QString &planId = {}) const = 0; // every version; all plans: empty
    virtual Status insertRule(const PricingRule &rule) = 0; // a new version
    virtual Status updateRule(const PricingRule &rule) = 0; // the version (id, fromPeriod): every field, toPeriod
    virtual Status deleteRule(const QString &id, int fromPeriod) = 0; // one version

    virtual Result<QList<BillingGroupPlanVersion>> groupPlans() const = 0; // by group, then fromPeriod
    virtual Status setGroupPlanFrom(const BillingGroupPlanVersion &version) = 0; // insert or replace (groupId, from)
    virtual Status deleteGroupPlans(const QString &groupId) = 0;

    virtual Result<QList<BillingGroupAccount>> groupAccounts() const = 0;
    virtual Status insertGroupAccount(const BillingGroupAccount &account) = 0;
    virtual Status updateGroupAccount(const BillingGroupAccount &account) = 0; // (groupId, accountId, fromPeriod)
    virtual Status deleteGroupAccount(const QString &groupId, const QString &accountId, int fromPeriod) = 0;

    virtual Result<QList<CustomLineItem>> lineItems() const = 0; // every version
    virtual Status insertLineItem(const CustomLineItem &item) = 0;
    virtual Status updateLineItem(const CustomLineItem &item) = 0; // the version (id, fromPeriod)
    virtual Status deleteLineItem(const QString &id, int fromPeriod) = 0;
};

} // namespace bd
