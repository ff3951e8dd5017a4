#include "BillingGroup.h"

namespace bd {

QString billingGroupTypeName(BillingGroupType type)
{
    return type == BillingGroupType::TransferBilling ? QStringLiteral("TRANSFER_BILLING") : QStringLiteral("STANDARD");
}

QString billingGroupStatusName(BillingGroupStatus status)
{
    return status == BillingGroupStatus::Pending ? QStringLiteral("PENDING") : QStringLiteral("ACTIVE");
}

std::optional<BillingGroupType> billingGroupTypeFromName(QStringView name)
{
    if (name == QLatin1String("TRANSFER_BILLING"))
        return BillingGroupType::TransferBilling;
    if (name == QLatin1String("STANDARD"))
        return BillingGroupType::Standard;
    return std::nullopt;
}

std::optional<BillingGroupStatus> billingGroupStatusFromName(QStringView name)
{
    if (name == QLatin1String("PENDING"))
        return BillingGroupStatus::Pending;
    if (name == QLatin1String("ACTIVE"))
        return BillingGroupStatus::Active;
    return std::nullopt;
}

} // namespace bd
