#pragma once

#include "BillingPeriod.h"
#include "Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace bd {

// AWS Organizations' responsibility transfer of type BILLING (DOMAIN.md section 2).
enum class TransferStatus { Requested, Declined, Canceled, Expired, Accepted, Withdrawn };

QString transferStatusName(TransferStatus status);                   // "REQUESTED", ... (AWS's names)
std::optional<TransferStatus> transferStatusFromName(QStringView name);

struct ResponsibilityTransfer
{
    QString id;          // rt- + 8..32 lowercase alphanumerics
    QString handshakeId; // h- + ...
    QString type = QStringLiteral("BILLING");
    QString name;  // the descriptive name shown on views and invoices (1..128 printable ASCII)
    QString notes; // the invitation message (<= 1024 characters)

    // The bill-source side (the organization whose bill is transferred away; it accepts).
    QString sourceOrganizationId;
    QString sourceManagementAccountId;
    // The bill-transfer side (the payer; it invites).
    QString targetOrganizationId;
    QString targetManagementAccountId;

    TransferStatus status = TransferStatus::Requested;
    BillingPeriod startPeriod;              // starts 00:00:00 UTC on the 1st
    std::optional<BillingPeriod> endPeriod; // set on withdrawal: ends 23:59:59 UTC on the last day
    QDateTime requestedAt;                  // clock time of the invitation
    QDateTime acceptanceDeadline;           // start - configurable hours (default 24)
    QDateTime respondedAt;                  // accept / decline / cancel / expiry
    QDateTime withdrawnAt;
    QString pricingPlan = QStringLiteral("BasicPricingPlan"); // the BSA billing group's pricing configuration
    QMap<QString, QString> tags;
    // Set when this transfer was created by inheritance (B paying for A accepts C: C pays for A too).
    QString inheritedViaTransferId;

    QDateTime start() const { return startPeriod.start(); }
    QDateTime end() const { return endPeriod ? endPeriod->lastMoment() : QDateTime(); } // invalid: open-ended
    // In effect on a moment: ACCEPTED or WITHDRAWN and start <= moment <= end.
    bool inEffectAt(const QDateTime &moment) const;
    // The console's words: "Awaiting response", "Accepted, begins on 1 Feb 2026", "In effect",
    // "Withdrawn, ends on 31 Mar 2026", "Declined", "Canceled", "Expired", "Ended on 31 Mar 2026".
    QString statusText(const QDateTime &now) const;
};

} // namespace bd
