#include "ResponsibilityTransfer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace bd {

namespace {
struct StatusName
{
    TransferStatus status;
    const char *name;
};
constexpr StatusName StatusNames[] = {
    {TransferStatus::Requested, "REQUESTED"}, {TransferStatus::Declined, "DECLINED"},
    {TransferStatus::Canceled, "CANCELED"},   {TransferStatus::Expired, "EXPIRED"},
    {TransferStatus::Accepted, "ACCEPTED"},   {TransferStatus::Withdrawn, "WITHDRAWN"},
};

QString mediumDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString utcMoment(const QDateTime &moment)
{
    const QDateTime utc = moment.toUTC();
    return QStringLiteral("%1, %2 UTC").arg(mediumDate(utc.date()), utc.time().toString(QStringLiteral("HH:mm")));
}
} // namespace

QString transferStatusName(TransferStatus status)
{
    for (const auto &s : StatusNames)
        if (s.status == status)
            return QString::fromLatin1(s.name);
    return {};
}

std::optional<TransferStatus> transferStatusFromName(QStringView name)
{
    for (const auto &s : StatusNames)
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.status;
    return std::nullopt;
}

namespace transferstate {

QList<TransferState> all()
{
    return {TransferState::Awaiting, TransferState::Accepted, TransferState::InEffect, TransferState::Withdrawn,
            TransferState::Ended,    TransferState::Declined, TransferState::Canceled, TransferState::Expired};
}

QString key(TransferState state)
{
    switch (state) {
    case TransferState::Awaiting:
        return QStringLiteral("awaiting");
    case TransferState::Accepted:
        return QStringLiteral("accepted");
    case TransferState::InEffect:
        return QStringLiteral("in-effect");
    case TransferState::Withdrawn:
        return QStringLiteral("withdrawn");
    case TransferState::Ended:
        return QStringLiteral("ended");
    case TransferState::Declined:
        return QStringLiteral("declined");
    case TransferState::Canceled:
        return QStringLiteral("canceled");
    case TransferState::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<TransferState> fromKey(QStringView text)
{
    for (TransferState s : all())
        if (text == key(s))
            return s;
    return std::nullopt;
}

bool isOpen(TransferState state)
{
    return state == TransferState::Awaiting || state == TransferState::Accepted || state == TransferState::InEffect
        || state == TransferState::Withdrawn;
}

} // namespace transferstate

bool ResponsibilityTransfer::isLiveAt(const QDateTime &moment) const
{
    switch (status) {
    case TransferStatus::Requested:
    case TransferStatus::Accepted:
        return true;
    case TransferStatus::Withdrawn:
        return !neverTakesEffect() && endPeriod && moment <= end();
    default:
        return false;
    }
}

TransferState ResponsibilityTransfer::stateAt(const QDateTime &moment) const
{
    switch (status) {
    case TransferStatus::Requested:
        return TransferState::Awaiting;
    case TransferStatus::Declined:
        return TransferState::Declined;
    case TransferStatus::Canceled:
        return TransferState::Canceled;
    case TransferStatus::Expired:
        return TransferState::Expired;
    case TransferStatus::Accepted:
        return moment < start() ? TransferState::Accepted : TransferState::InEffect;
    case TransferStatus::Withdrawn:
        return endPeriod && moment > end() ? TransferState::Ended : TransferState::Withdrawn;
    }
    return TransferState::Awaiting;
}

bool ResponsibilityTransfer::inEffectAt(const QDateTime &moment) const
{
    switch (stateAt(moment)) {
    case TransferState::InEffect:
        return true;
    case TransferState::Withdrawn:
        return moment >= start() && !neverTakesEffect();
    default:
        return false;
    }
}

QString ResponsibilityTransfer::statusText(const QDateTime &now) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ResponsibilityTransfer", text); };
    switch (stateAt(now)) {
    case TransferState::Awaiting:
        return tr("Awaiting response");
    case TransferState::Declined:
        return tr("Declined");
    case TransferState::Canceled:
        return tr("Canceled");
    case TransferState::Expired:
        return tr("Expired");
    case TransferState::Accepted:
        return tr("Accepted, begins on %1").arg(mediumDate(startPeriod.firstDay()));
    case TransferState::InEffect:
        return tr("In effect");
    case TransferState::Withdrawn:
        if (neverTakesEffect())
            return tr("Withdrawn before it began");
        if (endPeriod)
            return tr("Withdrawn, ends on %1").arg(mediumDate(endPeriod->lastDay()));
        return tr("Withdrawn");
    case TransferState::Ended:
        if (neverTakesEffect())
            return tr("Withdrawn before it began");
        return tr("Ended on %1").arg(mediumDate(endPeriod->lastDay()));
    }
    return {};
}

namespace {
struct ActionName
{
    TransferAction action;
    const char *name;
};
constexpr ActionName ActionNames[] = {
    {TransferAction::Accept, "accept"},     {TransferAction::Decline, "decline"}, {TransferAction::Cancel, "cancel"},
    {TransferAction::Withdraw, "withdraw"}, {TransferAction::Rename, "rename"},   {TransferAction::Expire, "expire"},
    {TransferAction::Pricing, "pricing"},
};

QString ruleTr(const char *text)
{
    return QCoreApplication::translate("TransferRules", text);
}

QString randomSuffix(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return s;
}
} // namespace

QString transferActionName(TransferAction action)
{
    for (const auto &a : ActionNames)
        if (a.action == action)
            return QString::fromLatin1(a.name);
    return {};
}

std::optional<TransferAction> transferActionFromName(QStringView name)
{
    for (const auto &a : ActionNames)
        if (name.compare(QLatin1String(a.name), Qt::CaseInsensitive) == 0)
            return a.action;
    return std::nullopt;
}

namespace TransferRules {

std::optional<TransferStatus> statusAfter(TransferStatus from, TransferAction action)
{
    switch (action) {
    case TransferAction::Accept:
        return from == TransferStatus::Requested ? std::optional(TransferStatus::Accepted) : std::nullopt;
    case TransferAction::Decline:
        return from == TransferStatus::Requested ? std::optional(TransferStatus::Declined) : std::nullopt;
    case TransferAction::Cancel:
        return from == TransferStatus::Requested ? std::optional(TransferStatus::Canceled) : std::nullopt;
    case TransferAction::Expire:
        return from == TransferStatus::Requested ? std::optional(TransferStatus::Expired) : std::nullopt;
    case TransferAction::Withdraw:
        return from == TransferStatus::Accepted ? std::optional(TransferStatus::Withdrawn) : std::nullopt;
    case TransferAction::Rename:
    case TransferAction::Pricing:
        if (from == TransferStatus::Requested || from == TransferStatus::Accepted || from == TransferStatus::Withdrawn)
            return from;
        return std::nullopt;
    }
    return std::nullopt;
}

Status checkTransition(const ResponsibilityTransfer &t, TransferAction action, TransferParty party)
{
    // Who may do what, whatever the status.
    bool allowedParty = false;
    QString who;
    switch (action) {
    case TransferAction::Accept:
    case TransferAction::Decline:
        allowedParty = party == TransferParty::Source;
        who = ruleTr("Only the invited organization's management account (%1) can accept or decline this invitation.")
                  .arg(t.sourceManagementAccountId);
        break;
    case TransferAction::Cancel:
        allowedParty = party == TransferParty::Target;
        who = ruleTr("Only the account that sent the invitation (%1) can cancel it.").arg(t.targetManagementAccountId);
        break;
    case TransferAction::Withdraw:
    case TransferAction::Rename:
        allowedParty = party == TransferParty::Source || party == TransferParty::Target;
        who = ruleTr("Only the management accounts of the two organizations (%1 and %2) can change this transfer.")
                  .arg(t.sourceManagementAccountId, t.targetManagementAccountId);
        break;
    case TransferAction::Expire:
        allowedParty = party == TransferParty::System;
        who = ruleTr("Invitations expire by themselves when the clock passes their deadline.");
        break;
    case TransferAction::Pricing:
        allowedParty = party == TransferParty::Target;
        who = ruleTr("Only the payer's management account (%1) configures the pricing of \"%2\".")
                  .arg(t.targetManagementAccountId, t.name);
        break;
    }
    if (!allowedParty)
        return Error::rule(AccessDenied, who);

    if (t.isInherited() && action != TransferAction::Rename && action != TransferAction::Pricing)
        return Error::rule(
            InvalidHandshakeTransition,
            ruleTr("\"%1\" was inherited through the transfer %2: it follows that transfer and the one it "
                   "extends (%3); withdraw one of those instead.")
                .arg(t.name, t.inheritedViaTransferId, t.inheritedFromTransferId));
    if (statusAfter(t.status, action))
        return {};

    const QString status = transferStatusName(t.status);
    QString message;
    switch (action) {
    case TransferAction::Accept:
        message = t.status == TransferStatus::Accepted || t.status == TransferStatus::Withdrawn
            ? ruleTr("\"%1\" has already been accepted; an invitation is accepted only once.")
            : t.status == TransferStatus::Expired
            ? ruleTr("The invitation \"%1\" expired: it was not accepted by its deadline. Ask the payer to "
                     "invite you again with a later start month.")
            : ruleTr("The invitation \"%1\" is %2 and can no longer be accepted; the payer must invite again.");
        break;
    case TransferAction::Decline:
        message = ruleTr("Only an invitation awaiting a response can be declined; \"%1\" is %2.");
        break;
    case TransferAction::Cancel:
        message = t.status == TransferStatus::Accepted || t.status == TransferStatus::Withdrawn
            ? ruleTr("\"%1\" has already been accepted, so it cannot be canceled; withdraw it instead.")
            : ruleTr("Only an invitation awaiting a response can be canceled; \"%1\" is %2.");
        break;
    case TransferAction::Withdraw:
        message = t.status == TransferStatus::Withdrawn
            ? ruleTr("\"%1\" has already been withdrawn; a withdrawal cannot be changed or undone.")
            : t.status == TransferStatus::Requested
            ? ruleTr("\"%1\" has not been accepted yet: the payer cancels it, the invited organization declines it.")
            : ruleTr("Only an accepted transfer can be withdrawn; \"%1\" is %2.");
        break;
    case TransferAction::Rename:
        message = ruleTr("\"%1\" is %2: a closed invitation cannot be renamed.");
        break;
    case TransferAction::Expire:
        message = ruleTr("Only an invitation awaiting a response can expire; \"%1\" is %2.");
        break;
    case TransferAction::Pricing:
        message = ruleTr("\"%1\" is %2: a closed transfer has no billing group to price.");
        break;
    }
    if (message.contains(QLatin1String("%2")))
        message = message.arg(t.name, status);
    else
        message = message.arg(t.name);
    return Error::rule(InvalidHandshakeTransition, message);
}

Status checkTransitionAt(const ResponsibilityTransfer &t, TransferAction action, TransferParty party,
                         const QDateTime &now)
{
    if (auto s = checkTransition(t, action, party); !s)
        return s;
    const TransferState state = t.stateAt(now);
    if (action == TransferAction::Accept && now > t.acceptanceDeadline)
        return Error::rule(
            InvalidHandshakeTransition,
            ruleTr("The invitation \"%1\" had to be accepted by %2.").arg(t.name, utcMoment(t.acceptanceDeadline)));
    if (state == TransferState::Ended && action == TransferAction::Rename)
        return Error::rule(InvalidHandshakeTransition,
                           ruleTr("\"%1\" ended on %2: a closed transfer keeps its name; send a new invitation to "
                                  "start again.")
                               .arg(t.name, mediumDate(t.endPeriod->lastDay())));
    if (state == TransferState::Ended && action == TransferAction::Pricing)
        return Error::rule(InvalidHandshakeTransition,
                           ruleTr("\"%1\" ended on %2: its billing group is closed and its pricing stays as it was.")
                               .arg(t.name, mediumDate(t.endPeriod->lastDay())));
    return {};
}

Status validateName(const QString &name, const QString &field)
{
    if (name.isEmpty())
        return Error::input(field, QStringLiteral("NAME_REQUIRED"),
                            ruleTr("A descriptive name is required (1 to 128 characters)."));
    if (name.size() > 128)
        return Error::input(field, QStringLiteral("NAME_TOO_LONG"),
                            ruleTr("The name is %1 characters long; at most 128 are allowed.").arg(name.size()));
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return Error::input(field, QStringLiteral("NAME_NOT_PRINTABLE_ASCII"),
                                ruleTr("The name may hold only printable ASCII characters (letters, digits, spaces and "
                                       "punctuation without accents); \"%1\" is not one.")
                                    .arg(c));
    if (name.trimmed() != name)
        return Error::input(field, QStringLiteral("NAME_HAS_SURROUNDING_SPACES"),
                            ruleTr("The name cannot start or end with a space."));
    return {};
}

Status validateNotes(const QString &notes, const QString &field)
{
    if (notes.size() > 1024)
        return Error::input(field, QStringLiteral("NOTES_TOO_LONG"),
                            ruleTr("The message is %1 characters long; at most 1024 are allowed.").arg(notes.size()));
    return {};
}

Status validateTag(const QString &key, const QString &value, const QString &field)
{
    if (key.isEmpty() || key.size() > 128 || value.size() > 256)
        return Error::input(field, QStringLiteral("INVALID_TAG"),
                            ruleTr("\"%1=%2\" is not a tag: the key needs 1 to 128 characters and the value at most "
                                   "256.")
                                .arg(key, value));
    return {};
}

Result<std::pair<QString, QString>> parseTag(const QString &text, const QString &field)
{
    const QString t = text.trimmed();
    const qsizetype eq = t.indexOf(QLatin1Char('='));
    if (eq < 0)
        return Error::input(field, QStringLiteral("INVALID_TAG"),
                            ruleTr("\"%1\" is not a tag: write KEY=VALUE, e.g. cost-center=42 (an empty value is "
                                   "written \"%1=\").")
                                .arg(t));
    const QString key = t.left(eq).trimmed();
    const QString value = t.mid(eq + 1).trimmed();
    if (auto s = validateTag(key, value, field); !s)
        return s.error();
    return std::pair {key, value};
}

QString newTransferId()
{
    return QStringLiteral("rt-") + randomSuffix(12);
}

QString newHandshakeId()
{
    return QStringLiteral("h-") + randomSuffix(12);
}

QString newBillingGroupId()
{
    return QStringLiteral("bg-") + randomSuffix(12);
}

bool isTransferId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^rt-[a-z0-9]{8,32}$"));
    return pattern.match(text).hasMatch();
}

bool isHandshakeId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^h-[a-z0-9]{8,32}$"));
    return pattern.match(text).hasMatch();
}

} // namespace TransferRules

} // namespace bd
