#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bd {

// A Billing Conductor billing group (DOMAIN.md section 3). In a transfer there is exactly one per bill-source
// organization, type TRANSFER_BILLING, covering every account in it, with the BSA's management account as primary
// account; it is PENDING from the invitation until the transfer's start, then ACTIVE.
enum class BillingGroupType { TransferBilling, Standard };
enum class BillingGroupStatus { Pending, Active };

QString billingGroupTypeName(BillingGroupType type); // "TRANSFER_BILLING" | "STANDARD"
QString billingGroupStatusName(BillingGroupStatus status); // "PENDING" | "ACTIVE"
std::optional<BillingGroupType> billingGroupTypeFromName(QStringView name);
std::optional<BillingGroupStatus> billingGroupStatusFromName(QStringView name);

struct BillingGroup
{
    QString id; // bg-...
    QString name; // the transfer's descriptive name
    BillingGroupType type = BillingGroupType::TransferBilling;
    BillingGroupStatus status = BillingGroupStatus::Pending;
    QString primaryAccountId; // the BSA's management account
    QString organizationId; // the organization whose accounts it covers
    QString ownerOrganizationId; // the payer that configures its pricing
    QString transferId; // the transfer it belongs to (TRANSFER_BILLING)
    QString pricingPlan; // "BasicPricingPlan", "Passthrough" or a custom plan; empty: not configured yet
    QDateTime createdAt;
    QDateTime activatedAt;

    bool hasPricing() const { return !pricingPlan.isEmpty(); }
};

inline const QString BasicPricingPlan = QStringLiteral("BasicPricingPlan");
inline const QString PassthroughPricingPlan = QStringLiteral("Passthrough");

} // namespace bd
