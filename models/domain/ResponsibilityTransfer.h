#pragma once

#include "BillingPeriod.h"
#include "Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace bd {

// AWS Organizations' responsibility transfer of type BILLING (DOMAIN.md section 2).
enum class TransferStatus { Requested, Declined, Canceled, Expired, Accepted, Withdrawn };

QString transferStatusName(TransferStatus status); // "REQUESTED", ... (AWS's names)
std::optional<TransferStatus> transferStatusFromName(QStringView name);

// How a transfer stands at a moment: the API status read against the clock (the console's status words).
// Ordered the way finance staff read a list: what needs action first, closed last.
//   Awaiting   REQUESTED
//   Accepted   ACCEPTED, before its start ("Accepted, begins on ...")
//   InEffect   ACCEPTED, from its start
//   Withdrawn  WITHDRAWN, until the end of its end month ("Withdrawn, ends on ...": still billed to the payer
//              from the start until then)
//   Ended      WITHDRAWN, after its end
//   Declined / Canceled / Expired
enum class TransferState { Awaiting, Accepted, InEffect, Withdrawn, Ended, Declined, Canceled, Expired };

namespace transferstate {
QList<TransferState> all();
QString key(TransferState state); // stable key: "awaiting", "accepted", "in-effect", "withdrawn", "ended", ...
std::optional<TransferState> fromKey(QStringView key);
bool isOpen(TransferState state); // awaiting, accepted, in effect or withdrawn and not yet ended
} // namespace transferstate

struct ResponsibilityTransfer
{
    QString id; // rt- + 8..32 lowercase alphanumerics
    QString handshakeId; // h- + ...
    QString type = QStringLiteral("BILLING");
    QString name; // the descriptive name shown on views and invoices (1..128 printable ASCII)
    QString notes; // the invitation message (<= 1024 characters)

    // The bill-source side (the organization whose bill is transferred away; it accepts).
    QString sourceOrganizationId;
    QString sourceManagementAccountId;
    // The bill-transfer side (the payer; it invites).
    QString targetOrganizationId;
    QString targetManagementAccountId;

    TransferStatus status = TransferStatus::Requested;
    BillingPeriod startPeriod; // starts 00:00:00 UTC on the 1st
    std::optional<BillingPeriod> endPeriod; // set on withdrawal: ends 23:59:59 UTC on the last day
    QDateTime requestedAt; // clock time of the invitation
    QDateTime acceptanceDeadline; // start - configurable hours (default 24)
    QDateTime respondedAt; // accept / decline / cancel / expiry
    QDateTime withdrawnAt;
    QString pricingPlan = QStringLiteral("BasicPricingPlan"); // the BSA billing group's pricing configuration
    QMap<QString, QString> tags;
    // Set when this transfer was created by inheritance (B paying for A accepts C: C pays for A too).
    QString inheritedViaTransferId; // the B -> C transfer whose acceptance created it
    QString inheritedFromTransferId; // the A -> B transfer it extends

    bool isInherited() const { return !inheritedViaTransferId.isEmpty(); }
    // Withdrawn before its start: the end month precedes the start month, so it never takes effect.
    bool neverTakesEffect() const { return endPeriod && *endPeriod < startPeriod; }
    // Still counts for quotas and chains at a moment: REQUESTED, ACCEPTED, or WITHDRAWN and not yet ended.
    bool isLiveAt(const QDateTime &moment) const;

    QDateTime start() const { return startPeriod.start(); }
    QDateTime end() const { return endPeriod ? endPeriod->lastMoment() : QDateTime(); } // invalid: open-ended
    // The one place the derived state is computed; statusText(), inEffectAt(), the item models and the rules use it.
    TransferState stateAt(const QDateTime &moment) const;
    // In effect on a moment: ACCEPTED or WITHDRAWN and start <= moment <= end (a withdrawn transfer is still in
    // effect, and billed to the payer, until the end of its end month).
    bool inEffectAt(const QDateTime &moment) const;
    // The console's words: "Awaiting response", "Accepted, begins on 1 Feb 2026", "In effect",
    // "Withdrawn, ends on 31 Mar 2026", "Declined", "Canceled", "Expired", "Ended on 31 Mar 2026".
    QString statusText(const QDateTime &now) const;
};

// Who acts on a transfer: its bill-source side (the BSA management account), its bill-transfer side (the BTA
// management account), the clock (expiry), or someone else.
enum class TransferParty { Source, Target, System, Other };
enum class TransferAction { Accept, Decline, Cancel, Withdraw, Rename, Expire, Pricing };

QString transferActionName(TransferAction action); // "accept", "decline", ... (the CLI verbs and audit actions)
std::optional<TransferAction> transferActionFromName(QStringView name);

// The state machine of DOMAIN.md section 2:
//   REQUESTED --accept (BSA)--> ACCEPTED --withdraw (BTA or BSA)--> WITHDRAWN
//   REQUESTED --decline (BSA)--> DECLINED;  --cancel (BTA)--> CANCELED;  --time passes--> EXPIRED
//   rename (either side) while REQUESTED, ACCEPTED or WITHDRAWN; pricing (the payer: its billing group's pricing
//   configuration) while REQUESTED, ACCEPTED or WITHDRAWN, inherited transfers included.
// Returns ACCESS_DENIED when the party may not perform the action at all, INVALID_HANDSHAKE_TRANSITION when the
// status does not allow it (accept twice, cancel after accept, ...), each with a plain-language message.
namespace TransferRules {
Status checkTransition(const ResponsibilityTransfer &transfer, TransferAction action, TransferParty party);
// checkTransition() and the rules that depend on the moment, as the service applies them (GUI and CLI alike):
// accept only until the acceptance deadline; an ended transfer (withdrawn, its end month over) is closed: it can
// neither be withdrawn again nor renamed.
Status checkTransitionAt(const ResponsibilityTransfer &transfer, TransferAction action, TransferParty party,
                         const QDateTime &now);
std::optional<TransferStatus> statusAfter(TransferStatus from, TransferAction action); // nullopt: not allowed
// Field rules of an invitation (Input errors naming the field).
Status validateName(const QString &name, const QString &field = QStringLiteral("name"));
Status validateNotes(const QString &notes, const QString &field = QStringLiteral("notes"));
// One tag written KEY=VALUE (the key 1..128 characters, the value at most 256, possibly empty when written "KEY=").
// Text without "=" is refused (INVALID_TAG, naming the field), never saved as a key with an empty value.
Result<std::pair<QString, QString>> parseTag(const QString &text, const QString &field = QStringLiteral("tag"));
// A key and a value as a tag (for tags that arrive already split, e.g. a scenario's JSON object).
Status validateTag(const QString &key, const QString &value, const QString &field = QStringLiteral("tag"));
// Random ids: "rt-" / "h-" / "bg-" + 12 lowercase alphanumerics (callers check uniqueness in storage).
QString newTransferId();
QString newHandshakeId();
QString newBillingGroupId();
bool isTransferId(const QString &text); // rt- + 8..32 lowercase alphanumerics
bool isHandshakeId(const QString &text);
// Reason codes (AWS's names) used by the service.
inline const QString SourceAndTargetCannotMatch = QStringLiteral("SOURCE_AND_TARGET_CANNOT_MATCH");
inline const QString MaxLevelViolation = QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION");
inline const QString MaxOutboundQuotaViolation = QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION");
inline const QString MaxInboundQuotaViolation = QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION");
inline const QString AlreadyExists = QStringLiteral("RESPONSIBILITY_TRANSFER_ALREADY_EXISTS");
inline const QString InvalidStartDate = QStringLiteral("INVALID_START_DATE");
inline const QString InvalidEndDate = QStringLiteral("INVALID_END_DATE");
inline const QString InvalidHandshakeTransition = QStringLiteral("INVALID_HANDSHAKE_TRANSITION");
inline const QString AccessDenied = QStringLiteral("ACCESS_DENIED");
inline const QString NotFound = QStringLiteral("RESPONSIBILITY_TRANSFER_NOT_FOUND");
inline const QString AmbiguousName = QStringLiteral("RESPONSIBILITY_TRANSFER_NAME_AMBIGUOUS");
} // namespace TransferRules

} // namespace bd
