#include "TransferService.h"

#include "ClockService.h"
#include "DirectoryService.h"
#include "PricingService.h"
#include "Services.h"
#include "domain/BillingContext.h"
#include "domain/Vocabulary.h"
#include "storage/AuditStore.h"
#include "storage/PricingStore.h"
#include "storage/SettingsStore.h"
#include "storage/Storage.h"
#include "storage/TransferStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace bd {

namespace {

const QString EntityType = QStringLiteral("transfer");

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString day(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

QString moment(const QDateTime &t)
{
    return QLocale().toString(t.toUTC().date(), QStringLiteral("d MMM yyyy")) + QStringLiteral(", ")
        + t.toUTC().time().toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC");
}

// The id of the transfer inherited from A -> B (from) through B -> C (via): the same two always give the same id,
// so that scenarios round-trip.
QString inheritedSuffix(const QString &fromId, const QString &viaId)
{
    const QByteArray digest
        = QCryptographicHash::hash((fromId + QLatin1Char('>') + viaId).toUtf8(), QCryptographicHash::Sha1);
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 12; ++i)
        suffix += QLatin1Char(alphabet[quint8(digest.at(i)) % 36]);
    return suffix;
}

// Transfers that count for chains: live at the moment (requested, accepted, or withdrawn and not yet ended), own.
bool countsForChain(const ResponsibilityTransfer &t, const QDateTime &now, bool acceptedOnly)
{
    if (t.isInherited() || !t.isLiveAt(now))
        return false;
    return !acceptedOnly || t.status != TransferStatus::Requested;
}

} // namespace

TransferService::TransferService(Services &services)
    : m_services(services)
{
    m_services.addTimeHandler([this](const QDateTime &now) { return processClock(now); });

    m_services.addReferenceCheck([this](const QString &entityType, const QString &id) -> Result<QString> {
        TransferStore &store = m_services.storage().transfers();
        Result<int> n = entityType == QLatin1String("organization") ? store.countForOrganization(id)
            : entityType == QLatin1String("account")                ? store.countForAccount(id)
                                                                    : Result<int>(0);
        if (!n)
            return n.error();
        if (*n == 0)
            return QString();
        return tr("it is a party to %n responsibility transfer(s), whose history is kept for audit.", nullptr, *n);
    });

    Services::ScenarioSection section;
    section.key = QStringLiteral("transfers");
    section.order = 30;
    section.apply = [this](const QJsonValue &value) { return applyScenario(value); };
    section.exportSection = [this]() { return exportScenario(); };
    m_services.addScenarioSection(std::move(section));
}

// ---------------------------------------------------------------------------------------------------------------
// Settings and reading

int TransferService::acceptanceDeadlineHours() const
{
    return m_services.storage().settings().intOr(SettingKeys::AcceptanceDeadlineHours, 24);
}

int TransferService::inboundQuota() const
{
    return m_services.storage().settings().intOr(SettingKeys::InboundQuota, 1000);
}

QDateTime TransferService::acceptanceDeadlineFor(const BillingPeriod &start) const
{
    return start.start().addSecs(-qint64(acceptanceDeadlineHours()) * 3600);
}

QList<ResponsibilityTransfer> TransferService::all() const
{
    auto r = m_services.storage().transfers().all();
    return r ? *r : QList<ResponsibilityTransfer>();
}

Result<QList<ResponsibilityTransfer>> TransferService::load() const
{
    return m_services.storage().transfers().all();
}

Result<QList<ResponsibilityTransfer>> TransferService::ofOrganization(const QString &accountId, bool asPayer) const
{
    auto org = m_services.directory().findOrganizationOf(accountId);
    if (!org)
        return org.error();
    QList<ResponsibilityTransfer> result;
    if (!org->has_value())
        return result;
    auto transfers = load();
    if (!transfers)
        return transfers.error();
    for (const ResponsibilityTransfer &t : std::as_const(*transfers))
        if ((asPayer ? t.targetOrganizationId : t.sourceOrganizationId) == (*org)->id)
            result.append(t);
    return result;
}

Result<QList<ResponsibilityTransfer>> TransferService::inbound(const QString &accountId) const
{
    return ofOrganization(accountId, true);
}

Result<QList<ResponsibilityTransfer>> TransferService::outbound(const QString &accountId) const
{
    return ofOrganization(accountId, false);
}

Result<QList<ResponsibilityTransfer>> TransferService::visible() const
{
    auto transfers = load();
    if (!transfers || m_services.isAdministrator())
        return transfers;
    auto org = m_services.directory().findOrganizationOf(m_services.actingAccountId());
    if (!org)
        return org.error();
    if (!org->has_value())
        return QList<ResponsibilityTransfer>();
    return BillingRules::visibleTo(*transfers, (*org)->id);
}

Result<ResponsibilityTransfer> TransferService::resolve(const QString &idOrName) const
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return Error::input(
            QStringLiteral("id"), QStringLiteral("TRANSFER_REQUIRED"),
            tr("Name the transfer: its id (rt-...), its handshake id (h-...) or its descriptive name."));
    if (key.startsWith(QLatin1String("rt-")) || key.startsWith(QLatin1String("h-"))) {
        auto byId = m_services.storage().transfers().byId(key);
        if (!byId)
            return byId.error();
        if (byId->has_value())
            return **byId; // by id: actions then refuse a non-party with ACCESS_DENIED, reads with history()
    }
    auto visibleTransfers = visible();
    if (!visibleTransfers)
        return visibleTransfers.error();
    QList<ResponsibilityTransfer> own;
    QList<ResponsibilityTransfer> inherited;
    for (const ResponsibilityTransfer &t : std::as_const(*visibleTransfers))
        if (t.name == key)
            (t.isInherited() ? inherited : own).append(t);
    const QList<ResponsibilityTransfer> &matches = own.isEmpty() ? inherited : own;
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error::rule(
            TransferRules::NotFound,
            m_services.isAdministrator()
                ? tr("There is no transfer with the id or name \"%1\".").arg(key)
                : tr("There is no transfer with the id or name \"%1\" among the transfers of the account %2.")
                      .arg(key, m_services.actingAccountId()),
            QStringLiteral("id"));
    QStringList ids;
    for (const auto &t : matches)
        ids << QStringLiteral("%1 (%2)").arg(t.id, transferStatusName(t.status));
    return Error::rule(TransferRules::AmbiguousName,
                       tr("%1 transfers are named \"%2\": %3. Give the id instead.")
                           .arg(matches.size())
                           .arg(key, ids.join(QStringLiteral(", "))),
                       QStringLiteral("id"));
}

std::optional<ResponsibilityTransfer> TransferService::find(const QString &idOrName) const
{
    auto r = resolve(idOrName);
    if (!r)
        return std::nullopt;
    return r.value();
}

std::optional<BillingGroup> TransferService::billingGroupForTransfer(const QString &transferId) const
{
    auto g = m_services.storage().transfers().billingGroupForTransfer(transferId);
    return g ? *g : std::nullopt;
}

QList<BillingGroup> TransferService::billingGroups() const
{
    auto g = m_services.storage().transfers().billingGroups();
    return g ? *g : QList<BillingGroup>();
}

TransferParty TransferService::partyOf(const ResponsibilityTransfer &t) const
{
    const QString acting = m_services.actingAccountId();
    if (acting.isEmpty())
        return TransferParty::Other;
    if (acting == t.sourceManagementAccountId)
        return TransferParty::Source;
    if (acting == t.targetManagementAccountId)
        return TransferParty::Target;
    return TransferParty::Other;
}

TransferParty TransferService::actingParty(const ResponsibilityTransfer &transfer) const
{
    return partyOf(transfer);
}

Status TransferService::allowed(const ResponsibilityTransfer &transfer, TransferAction action) const
{
    // The one answer to "may the acting account do this now?": the GUI shows it, the actions enforce it.
    if (auto s = TransferRules::checkTransitionAt(transfer, action, partyOf(transfer), m_services.now()); !s)
        return s;
    if (action == TransferAction::Pricing && !billingGroupForTransfer(transfer.id))
        return Error::rule(QStringLiteral("BILLING_GROUP_NOT_FOUND"),
                           tr("\"%1\" has no billing group (the invitation was declined, canceled or expired, or the "
                              "transfer never took effect).")
                               .arg(transfer.name));
    return {};
}

QString TransferService::payerOrganizationOn(const QString &organizationId, const QDateTime &when) const
{
    const QStringList payers = BillingRules::payersOf(all(), organizationId, BillingPeriod::containing(when));
    return payers.isEmpty() ? QString() : payers.constLast();
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

void TransferService::notify()
{
    Q_EMIT changed();
    Q_EMIT m_services.dataChanged();
}

Status TransferService::save(const ResponsibilityTransfer &t) const
{
    return store().save(t);
}

Status TransferService::recordStep(const QString &transferId, const QString &action, const QString &name,
                                   std::optional<BillingPeriod> end) const
{
    TransferStep step;
    step.transferId = transferId;
    step.action = action;
    step.at = m_services.now();
    step.actor = m_services.actorLabel();
    step.end = end;
    step.name = name;
    return store().recordStep(step);
}

Status TransferService::recordStep(const ResponsibilityTransfer &t, TransferAction action, const QString &name) const
{
    return recordStep(t.id, transferActionName(action), name,
                      action == TransferAction::Withdraw ? t.endPeriod : std::nullopt);
}

Status TransferService::auditTransfer(const QString &action, const ResponsibilityTransfer &t, const QString &details,
                                      const QDateTime &effective, bool system) const
{
    if (!system)
        return m_services.audit(action, EntityType, t.id, details, effective);
    AuditEntry entry;
    entry.clockTime = m_services.now();
    entry.wallTime = QDateTime::currentDateTimeUtc();
    entry.actor = Actors::System;
    entry.action = action;
    entry.entityType = EntityType;
    entry.entityId = t.id;
    entry.effective = effective;
    entry.details = details;
    return m_services.storage().audit().record(entry);
}

Status TransferService::createBillingGroup(const ResponsibilityTransfer &t, const QString &plan) const
{
    BillingGroup group;
    for (int attempt = 0; attempt < 20 && group.id.isEmpty(); ++attempt) {
        const QString candidate = TransferRules::newBillingGroupId();
        auto taken = store().billingGroupIdTaken(candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            group.id = candidate;
    }
    if (group.id.isEmpty())
        return Error::internal(tr("Could not generate a unique billing group id."));
    const QString &id = group.id;
    group.name = t.name;
    group.type = BillingGroupType::TransferBilling;
    group.status = BillingGroupStatus::Pending;
    group.primaryAccountId = t.sourceManagementAccountId;
    group.organizationId = t.sourceOrganizationId;
    group.ownerOrganizationId = t.targetOrganizationId;
    group.transferId = t.id;
    group.createdAt = m_services.now();
    // The plan history starts with the group, from period 0 (no plan: priced as BasicPricingPlan).
    QString reference;
    if (!plan.isEmpty()) {
        auto chosen = m_services.pricing().planForGroup(group, plan);
        if (!chosen)
            return chosen.error();
        group.pricingPlan = chosen->name;
        reference = PricingService::planReference(*chosen);
    }
    if (auto s = store().insertBillingGroup(group); !s)
        return s;
    if (auto s = m_services.storage().pricing().setGroupPlanFrom({group.id, 0, reference}); !s)
        return s;
    return auditTransfer(
        QStringLiteral("billing-group.create"), t,
        plan.isEmpty() ? tr("Created the TRANSFER_BILLING billing group %1 (PENDING) for %2, primary account %3; no "
                            "pricing configured yet")
                             .arg(id, t.sourceOrganizationId, t.sourceManagementAccountId)
                       : tr("Created the TRANSFER_BILLING billing group %1 (PENDING) for %2, primary account %3, "
                            "pricing plan %4")
                             .arg(id, t.sourceOrganizationId, t.sourceManagementAccountId, plan),
        t.start(), t.isInherited());
}

Status TransferService::removeBillingGroup(const ResponsibilityTransfer &t, const QString &why) const
{
    const auto group = billingGroupForTransfer(t.id);
    if (!group)
        return {};
    if (auto s = store().deleteBillingGroup(group->id); !s)
        return s;
    return auditTransfer(QStringLiteral("billing-group.delete"), t,
                         tr("Deleted the pending billing group %1: %2").arg(group->id, why), {},
                         partyOf(t) == TransferParty::Other);
}

Status TransferService::catchUp()
{
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (auto s = processClock(m_services.now()); !s)
        return s;
    return tx.commit();
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

Status TransferService::checkChain(const QString &sourceOrg, const QString &targetOrg, const QString &excludeId,
                                   bool acceptedOnly) const
{
    const QDateTime now = m_services.now();
    // The rules are checked against every transfer: one that cannot be read refuses the action (never "none").
    const auto loaded = load();
    if (!loaded)
        return loaded.error();
    QList<ResponsibilityTransfer> edges;
    for (const ResponsibilityTransfer &t : std::as_const(*loaded))
        if (t.id != excludeId && countsForChain(t, now, acceptedOnly))
            edges.append(t);

    // Cycle: the payer's bill already goes (directly or up a chain) to the organization it wants to pay for.
    QSet<QString> above;
    QList<QString> frontier {targetOrg};
    while (!frontier.isEmpty()) {
        const QString org = frontier.takeFirst();
        for (const auto &e : std::as_const(edges))
            if (e.sourceOrganizationId == org && !above.contains(e.targetOrganizationId)) {
                above.insert(e.targetOrganizationId);
                frontier.append(e.targetOrganizationId);
            }
    }
    if (above.contains(sourceOrg))
        return Error::rule(
            TransferRules::MaxLevelViolation,
            tr("This transfer would make a cycle: %1 already pays, directly or through a chain, for the payer of %2. "
               "Bills can only flow one way.")
                .arg(sourceOrg, targetOrg));

    // Levels: the longest chain below the source + this transfer + the longest chain above the payer.
    std::function<int(const QString &, int)> below = [&](const QString &org, int depth) {
        if (depth > 4)
            return depth;
        int best = 0;
        for (const auto &e : std::as_const(edges))
            if (e.targetOrganizationId == org)
                best = std::max(best, 1 + below(e.sourceOrganizationId, depth + 1));
        return best;
    };
    std::function<int(const QString &, int)> up = [&](const QString &org, int depth) {
        if (depth > 4)
            return depth;
        int best = 0;
        for (const auto &e : std::as_const(edges))
            if (e.sourceOrganizationId == org)
                best = std::max(best, 1 + up(e.targetOrganizationId, depth + 1));
        return best;
    };
    const int levels = below(sourceOrg, 0) + 1 + up(targetOrg, 0);
    if (levels > 2)
        return Error::rule(TransferRules::MaxLevelViolation,
                           tr("This transfer would make a chain of %1 levels; at most two are allowed (end customer -> "
                              "selling partner -> distributor).")
                               .arg(levels));
    return {};
}

Status TransferService::checkOutbound(const ResponsibilityTransfer &t, bool atAccept) const
{
    const QDateTime now = m_services.now();
    // The rules are checked against every transfer: one that cannot be read refuses the action (never "none").
    const auto loaded = load();
    if (!loaded)
        return loaded.error();
    for (const ResponsibilityTransfer &other : std::as_const(*loaded)) {
        if (other.id == t.id || other.isInherited() || other.sourceOrganizationId != t.sourceOrganizationId
            || !other.isLiveAt(now))
            continue;
        const bool samePayer = other.targetOrganizationId == t.targetOrganizationId;
        if (other.status == TransferStatus::Withdrawn) {
            if (t.startPeriod > *other.endPeriod)
                continue; // moving on: the new transfer starts after the withdrawn one ends
            return Error::rule(
                samePayer ? TransferRules::AlreadyExists : TransferRules::MaxOutboundQuotaViolation,
                tr("The current transfer of %1, \"%2\" (%3), is withdrawn but runs until %4; a new transfer can "
                   "start in %5 at the earliest.")
                    .arg(t.sourceOrganizationId, other.name, other.id, day(other.endPeriod->lastDay()),
                         other.endPeriod->next().displayName()),
                QStringLiteral("start"));
        }
        if (atAccept && other.status == TransferStatus::Requested)
            continue; // another pending invitation does not block accepting this one
        if (samePayer)
            return Error::rule(TransferRules::AlreadyExists,
                               tr("There is already a transfer from %1 to %2: \"%3\" (%4, %5).")
                                   .arg(t.sourceOrganizationId, t.targetOrganizationId, other.name, other.id,
                                        transferStatusName(other.status)),
                               QStringLiteral("target"));
        return Error::rule(TransferRules::MaxOutboundQuotaViolation,
                           tr("%1 already has a transfer that is %2 (\"%3\", %4, paid by %5); an organization has at "
                              "most one. It must be withdrawn first.")
                               .arg(t.sourceOrganizationId, transferStatusName(other.status), other.name, other.id,
                                    other.targetOrganizationId),
                           QStringLiteral("target"));
    }
    return {};
}

Status TransferService::checkInbound(const ResponsibilityTransfer &t, bool atAccept) const
{
    const QDateTime now = m_services.now();
    int count = 0;
    // The rules are checked against every transfer: one that cannot be read refuses the action (never "none").
    const auto loaded = load();
    if (!loaded)
        return loaded.error();
    for (const ResponsibilityTransfer &other : std::as_const(*loaded))
        if (other.id != t.id && !other.isInherited() && other.targetOrganizationId == t.targetOrganizationId
            && other.isLiveAt(now) && (!atAccept || other.status != TransferStatus::Requested))
            ++count;
    const int quota = inboundQuota();
    if (count + 1 > quota)
        return Error::rule(TransferRules::MaxInboundQuotaViolation,
                           tr("%1 already has %2 inbound transfer(s) requested or not yet ended; its quota is %3 "
                              "(setting transfers.inboundQuota).")
                               .arg(t.targetOrganizationId)
                               .arg(count)
                               .arg(quota));
    return {};
}

Status TransferService::validateInvitation(const Invitation &invitation, ResponsibilityTransfer &draft) const
{
    DirectoryService &dir = m_services.directory();
    const QDateTime now = m_services.now();
    const QString acting = m_services.actingAccountId();
    const auto payerOrg = acting.isEmpty() ? std::nullopt : dir.organizationManagedBy(acting);
    if (!payerOrg)
        return Error::rule(TransferRules::AccessDenied,
                           acting.isEmpty() ? tr("Invitations are sent from a management account: act as the payer's "
                                                 "management account.")
                                            : tr("Account %1 is not the management account of an organization; only a "
                                                 "management account can invite an organization to transfer its bill.")
                                                  .arg(acting));

    // The target: a 12-digit account id or an email, resolved to an organization's management account.
    const QString target = invitation.target.trimmed();
    std::optional<Organization> sourceOrg;
    if (target.isEmpty())
        return Error::input(QStringLiteral("target"), QStringLiteral("TARGET_REQUIRED"),
                            tr("Give the invited organization's management account id (12 digits) or its email."));
    if (target.contains(QLatin1Char('@'))) {
        if (auto s = validate::email(target, QStringLiteral("target")); !s)
            return s;
        for (const Organization &o : dir.organizations())
            if (o.managementEmail.compare(target, Qt::CaseInsensitive) == 0)
                sourceOrg = o;
        if (!sourceOrg)
            for (const Account &a : dir.accounts())
                if (a.email.compare(target, Qt::CaseInsensitive) == 0) {
                    sourceOrg = dir.organizationManagedBy(a.id);
                    if (!sourceOrg)
                        return Error::rule(QStringLiteral("TARGET_NOT_MANAGEMENT_ACCOUNT"),
                                           tr("%1 belongs to account %2, which is not a management account; invite the "
                                              "organization's management account.")
                                               .arg(target, a.id),
                                           QStringLiteral("target"));
                }
        if (!sourceOrg)
            return Error::rule(QStringLiteral("TARGET_NOT_FOUND"),
                               tr("No organization's management account has the email %1.").arg(target),
                               QStringLiteral("target"));
    } else {
        if (auto s = validate::accountId(target, QStringLiteral("target")); !s)
            return s;
        sourceOrg = dir.organizationManagedBy(target);
        if (!sourceOrg) {
            if (const auto account = dir.account(target))
                return Error::rule(QStringLiteral("TARGET_NOT_MANAGEMENT_ACCOUNT"),
                                   account->organizationId.isEmpty()
                                       ? tr("Account %1 is not in an organization; only an organization's management "
                                            "account can be invited.")
                                             .arg(target)
                                       : tr("Account %1 is a member of %2, not its management account; invite the "
                                            "management account instead.")
                                             .arg(target, account->organizationId),
                                   QStringLiteral("target"));
            return Error::rule(QStringLiteral("TARGET_NOT_FOUND"),
                               tr("There is no account %1 in the directory.").arg(target), QStringLiteral("target"));
        }
    }
    if (sourceOrg->id == payerOrg->id)
        return Error::rule(
            TransferRules::SourceAndTargetCannotMatch,
            tr("An organization cannot transfer its bill to itself: %1 is your own organization.").arg(target),
            QStringLiteral("target"));

    if (auto s = TransferRules::validateName(invitation.name); !s)
        return s;
    if (auto s = TransferRules::validateNotes(invitation.notes); !s)
        return s;
    QString plan = invitation.pricingPlan.trimmed().isEmpty() ? BasicPricingPlan : invitation.pricingPlan.trimmed();
    if (plan.size() > 128)
        return Error::input(QStringLiteral("plan"), QStringLiteral("PLAN_NAME_TOO_LONG"),
                            tr("A pricing plan name has at most 128 characters."));
    {
        // The same plans as for any transfer billing group of the payer: managed, or one of its custom plans.
        BillingGroup group;
        group.type = BillingGroupType::TransferBilling;
        group.ownerOrganizationId = payerOrg->id;
        group.name = invitation.name;
        auto chosen = m_services.pricing().planForGroup(group, plan);
        if (!chosen)
            return chosen.error();
        plan = chosen->name;
    }
    for (auto it = invitation.tags.cbegin(); it != invitation.tags.cend(); ++it)
        if (it.key().isEmpty() || it.key().size() > 128 || it.value().size() > 256)
            return Error::input(QStringLiteral("tag"), QStringLiteral("INVALID_TAG"),
                                tr("A tag needs a key of 1 to 128 characters and a value of at most 256."));

    // Dates: the start is a future month, and the acceptance deadline must still be ahead.
    if (!invitation.start.isValid())
        return Error::input(QStringLiteral("start"), TransferRules::InvalidStartDate,
                            tr("Choose the start month (YYYY-MM)."));
    if (invitation.start.start() <= now)
        return Error::rule(
            TransferRules::InvalidStartDate,
            tr("A transfer starts on the 1st of a future month; %1 has already begun. The earliest start "
               "is %2.")
                .arg(invitation.start.displayName(), BillingPeriod::containing(now).next().displayName()),
            QStringLiteral("start"));
    const QDateTime deadline = acceptanceDeadlineFor(invitation.start);
    if (now >= deadline)
        return Error::rule(
            TransferRules::InvalidStartDate,
            tr("Too late to start in %1: the invitation would have to be accepted by %2, which has passed "
               "(acceptance closes %3 hours before the start). Choose %4 or later.")
                .arg(invitation.start.displayName(), moment(deadline))
                .arg(acceptanceDeadlineHours())
                .arg(invitation.start.next().displayName()),
            QStringLiteral("start"));

    draft.type = QStringLiteral("BILLING");
    draft.name = invitation.name;
    draft.notes = invitation.notes;
    draft.sourceOrganizationId = sourceOrg->id;
    draft.sourceManagementAccountId = sourceOrg->managementAccountId;
    draft.targetOrganizationId = payerOrg->id;
    draft.targetManagementAccountId = payerOrg->managementAccountId;
    draft.status = TransferStatus::Requested;
    draft.startPeriod = invitation.start;
    draft.requestedAt = now;
    draft.acceptanceDeadline = deadline;
    draft.pricingPlan = plan;
    draft.tags = invitation.tags;

    if (auto s = checkOutbound(draft, false); !s)
        return s;
    if (auto s = checkInbound(draft, false); !s)
        return s;
    return checkChain(draft.sourceOrganizationId, draft.targetOrganizationId, draft.id, false);
}

Status TransferService::checkInvitation(const Invitation &invitation) const
{
    ResponsibilityTransfer draft;
    return validateInvitation(invitation, draft);
}

// ---------------------------------------------------------------------------------------------------------------
// Actions

Result<ResponsibilityTransfer> TransferService::invite(const Invitation &invitation)
{
    return inviteWithIds(invitation, {}, {});
}

Result<ResponsibilityTransfer> TransferService::inviteWithIds(const Invitation &invitation, const QString &wantedId,
                                                              const QString &wantedHandshake)
{
    if (auto s = catchUp(); !s)
        return s.error();
    ResponsibilityTransfer t;
    if (auto s = validateInvitation(invitation, t); !s)
        return s.error();
    TransferStore &transfers = store();
    // An id that cannot be checked counts as taken: it is never reused by mistake.
    auto idTaken = [&](const QString &id) {
        auto r = transfers.idTaken(id);
        return !r || *r;
    };
    auto handshakeTaken = [&](const QString &id) {
        auto r = transfers.handshakeIdTaken(id);
        return !r || *r;
    };
    if (!wantedId.isEmpty()) {
        if (!TransferRules::isTransferId(wantedId))
            return Error::input(
                QStringLiteral("id"), QStringLiteral("INVALID_TRANSFER_ID"),
                tr("\"%1\" is not a transfer id: rt- followed by 8 to 32 lowercase letters or digits.").arg(wantedId));
        if (idTaken(wantedId))
            return Error::rule(TransferRules::AlreadyExists,
                               tr("A transfer with the id %1 already exists.").arg(wantedId), QStringLiteral("id"));
        t.id = wantedId;
    }
    if (!wantedHandshake.isEmpty()) {
        if (!TransferRules::isHandshakeId(wantedHandshake))
            return Error::input(QStringLiteral("handshakeId"), QStringLiteral("INVALID_HANDSHAKE_ID"),
                                tr("\"%1\" is not a handshake id: h- followed by 8 to 32 lowercase letters or digits.")
                                    .arg(wantedHandshake));
        if (handshakeTaken(wantedHandshake))
            return Error::rule(TransferRules::AlreadyExists,
                               tr("A transfer with the handshake id %1 already exists.").arg(wantedHandshake),
                               QStringLiteral("handshakeId"));
        t.handshakeId = wantedHandshake;
    }
    for (int attempt = 0; attempt < 20 && t.id.isEmpty(); ++attempt)
        if (const QString c = TransferRules::newTransferId(); !idTaken(c))
            t.id = c;
    for (int attempt = 0; attempt < 20 && t.handshakeId.isEmpty(); ++attempt)
        if (const QString c = TransferRules::newHandshakeId(); !handshakeTaken(c))
            t.handshakeId = c;
    if (t.id.isEmpty() || t.handshakeId.isEmpty())
        return Error::internal(tr("Could not generate a unique transfer id."));

    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    if (auto s = save(t); !s)
        return s.error();
    if (auto s = transfers.insertTags(t.id, t.tags); !s)
        return s.error();
    if (auto s = recordStep(t.id, QStringLiteral("invite"), t.name, std::nullopt); !s)
        return s.error();
    if (auto s
        = auditTransfer(QStringLiteral("transfer.invite"), t,
                        tr("%1 invited %2 (%3) to transfer its bill as \"%4\" from %5; accept by %6; pricing %7")
                            .arg(t.targetManagementAccountId, t.sourceOrganizationId, t.sourceManagementAccountId,
                                 t.name, day(t.startPeriod.firstDay()), moment(t.acceptanceDeadline), t.pricingPlan),
                        t.start());
        !s)
        return s.error();
    if (auto s = createBillingGroup(t, t.pricingPlan); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return reread(t.id);
}

Result<ResponsibilityTransfer> TransferService::respond(const QString &idOrName, TransferAction action)
{
    if (auto s = catchUp(); !s)
        return s.error();
    auto found = resolve(idOrName);
    if (!found)
        return found.error();
    ResponsibilityTransfer t = found.value();
    if (auto s = allowed(t, action); !s)
        return s.error();
    const QDateTime now = m_services.now();
    if (action == TransferAction::Accept) {
        if (auto s = checkOutbound(t, true); !s)
            return s.error();
        if (auto s = checkInbound(t, true); !s)
            return s.error();
        if (auto s = checkChain(t.sourceOrganizationId, t.targetOrganizationId, t.id, true); !s)
            return s.error();
    }
    const auto next = TransferRules::statusAfter(t.status, action);
    t.status = *next;
    t.respondedAt = now;

    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    if (auto s = save(t); !s)
        return s.error();
    if (auto s = recordStep(t, action); !s)
        return s.error();
    Status audited;
    switch (action) {
    case TransferAction::Accept:
        audited = auditTransfer(QStringLiteral("transfer.accept"), t,
                                tr("%1 accepted: %2 pays the bill of %3 from %4")
                                    .arg(m_services.actorLabel(), t.targetOrganizationId, t.sourceOrganizationId,
                                         day(t.startPeriod.firstDay())),
                                t.start());
        break;
    case TransferAction::Decline:
        audited = auditTransfer(QStringLiteral("transfer.decline"), t,
                                tr("%1 declined the invitation").arg(m_services.actorLabel()));
        break;
    case TransferAction::Cancel:
        audited = auditTransfer(QStringLiteral("transfer.cancel"), t,
                                tr("%1 canceled the invitation").arg(m_services.actorLabel()));
        break;
    default:
        break;
    }
    if (!audited)
        return audited.error();
    if (action == TransferAction::Decline || action == TransferAction::Cancel)
        if (auto s = removeBillingGroup(t,
                                        action == TransferAction::Decline ? tr("the invitation was declined")
                                                                          : tr("the invitation was canceled"));
            !s)
            return s.error();
    if (action == TransferAction::Accept)
        if (auto s = inherit(t); !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return reread(t.id);
}

Result<ResponsibilityTransfer> TransferService::accept(const QString &idOrName)
{
    return respond(idOrName, TransferAction::Accept);
}

Result<ResponsibilityTransfer> TransferService::decline(const QString &idOrName)
{
    return respond(idOrName, TransferAction::Decline);
}

Result<ResponsibilityTransfer> TransferService::cancel(const QString &idOrName)
{
    return respond(idOrName, TransferAction::Cancel);
}

Result<ResponsibilityTransfer> TransferService::rename(const QString &idOrName, const QString &newName)
{
    if (auto s = catchUp(); !s)
        return s.error();
    auto found = resolve(idOrName);
    if (!found)
        return found.error();
    ResponsibilityTransfer t = found.value();
    if (auto s = allowed(t, TransferAction::Rename); !s)
        return s.error();
    if (auto s = TransferRules::validateName(newName); !s)
        return s.error();
    const QString oldName = t.name;
    t.name = newName;
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    if (auto s = save(t); !s)
        return s.error();
    if (auto s = store().renameBillingGroupsOfTransfer(t.id, newName); !s)
        return s.error();
    if (auto s = recordStep(t, TransferAction::Rename, newName); !s)
        return s.error();
    if (auto s = auditTransfer(QStringLiteral("transfer.rename"), t,
                               tr("%1 renamed \"%2\" to \"%3\"").arg(m_services.actorLabel(), oldName, newName));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return reread(t.id);
}

Result<ResponsibilityTransfer> TransferService::withdraw(const QString &idOrName, std::optional<BillingPeriod> end)
{
    if (auto s = catchUp(); !s)
        return s.error();
    auto found = resolve(idOrName);
    if (!found)
        return found.error();
    ResponsibilityTransfer t = found.value();
    if (auto s = allowed(t, TransferAction::Withdraw); !s)
        return s.error();
    const QDateTime now = m_services.now();
    const BillingPeriod current = BillingPeriod::containing(now);
    const bool started = now >= t.start();
    // Rule (no partial months): the end is the last day of a whole month, at the earliest the current one. A transfer
    // that has not started yet is withdrawn by default with the end = the month before its start: it never takes
    // effect. Explicitly, the end is that same month or a month from the start on.
    BillingPeriod chosen = end ? *end : (started ? current : t.startPeriod.previous());
    if (!chosen.isValid())
        return Error::input(QStringLiteral("end"), TransferRules::InvalidEndDate,
                            tr("Choose the end month (YYYY-MM)."));
    if (chosen < current)
        return Error::rule(TransferRules::InvalidEndDate,
                           tr("A withdrawal ends at the end of the current month or of a later one; %1 is over. The "
                              "earliest end is %2.")
                               .arg(chosen.displayName(), day(current.lastDay())),
                           QStringLiteral("end"));
    if (chosen < t.startPeriod && chosen != t.startPeriod.previous())
        return Error::rule(TransferRules::InvalidEndDate,
                           tr("\"%1\" starts in %2: end it in %3 (it then never takes effect) or in %2 or later.")
                               .arg(t.name, t.startPeriod.displayName(), t.startPeriod.previous().displayName()),
                           QStringLiteral("end"));
    t.status = TransferStatus::Withdrawn;
    t.endPeriod = chosen;
    t.withdrawnAt = now;

    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    if (auto s = save(t); !s)
        return s.error();
    if (auto s = recordStep(t, TransferAction::Withdraw); !s)
        return s.error();
    const QString details = t.neverTakesEffect()
        ? tr("%1 withdrew the transfer before it began: it never takes effect").arg(m_services.actorLabel())
        : tr("%1 withdrew the transfer: %2 pays the bill of %3 until %4, 23:59:59 UTC")
              .arg(m_services.actorLabel(), t.targetOrganizationId, t.sourceOrganizationId, day(chosen.lastDay()));
    if (auto s = auditTransfer(QStringLiteral("transfer.withdraw"), t, details,
                               t.neverTakesEffect() ? t.start() : chosen.end());
        !s)
        return s.error();
    if (t.neverTakesEffect())
        if (auto s = removeBillingGroup(t, tr("the transfer was withdrawn before it began")); !s)
            return s.error();
    if (auto s = endInherited(t); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    return reread(t.id);
}

Result<BillingGroup> TransferService::configurePricing(const QString &idOrName, const QString &plan)
{
    if (auto s = catchUp(); !s)
        return s.error();
    auto found = resolve(idOrName);
    if (!found)
        return found.error();
    const ResponsibilityTransfer t = found.value();
    if (auto s = allowed(t, TransferAction::Pricing); !s)
        return s.error();
    if (plan.trimmed().isEmpty() || plan.trimmed().size() > 128)
        return Error::input(QStringLiteral("plan"), QStringLiteral("INVALID_PLAN"),
                            tr("Name the pricing plan (1 to 128 characters), e.g. BasicPricingPlan."));
    const auto group = billingGroupForTransfer(t.id);
    if (!group)
        return Error::rule(QStringLiteral("BILLING_GROUP_NOT_FOUND"),
                           tr("\"%1\" has no billing group (the invitation was declined, canceled or expired, or the "
                              "transfer never took effect).")
                               .arg(t.name));
    // The same rule as PricingService::setGroupPlan: a plan the group may use, from the current period on.
    auto resolved = m_services.pricing().planForGroup(*group, plan);
    if (!resolved)
        return resolved.error();
    const QString chosen = resolved->name;
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    if (auto s = m_services.pricing().writeGroupPlan(*group, *resolved); !s)
        return s.error();
    if (auto s = recordStep(t.id, QStringLiteral("pricing"), chosen, std::nullopt); !s)
        return s.error();
    if (auto s = auditTransfer(QStringLiteral("billing-group.pricing"), t,
                               tr("%1 set the pricing plan of billing group %2: %3 -> %4")
                                   .arg(m_services.actorLabel(), group->id,
                                        group->hasPricing() ? group->pricingPlan : tr("(none)"), chosen));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify();
    Q_EMIT m_services.pricing().pricingChanged();
    auto updated = store().billingGroupForTransfer(t.id);
    if (!updated)
        return updated.error();
    if (!updated->has_value())
        return Error::internal(tr("The billing group of \"%1\" was not found after its pricing was set.").arg(t.name));
    return **updated;
}

// ---------------------------------------------------------------------------------------------------------------
// Inheritance: when B, which pays for A, accepts C's invitation, C pays for A too (from when both are in effect).

Status TransferService::inherit(const ResponsibilityTransfer &accepted)
{
    const QDateTime now = m_services.now();
    // The rules are checked against every transfer: one that cannot be read refuses the action (never "none").
    const auto loaded = load();
    if (!loaded)
        return loaded.error();
    for (const ResponsibilityTransfer &other : std::as_const(*loaded)) {
        if (other.isInherited() || other.id == accepted.id || !other.isLiveAt(now)
            || other.status == TransferStatus::Requested)
            continue;
        if (other.targetOrganizationId == accepted.sourceOrganizationId) // other = A -> B, accepted = B -> C
            if (auto s = createInherited(other, accepted); !s)
                return s;
        if (other.sourceOrganizationId == accepted.targetOrganizationId) // accepted = A -> B, other = B -> C
            if (auto s = createInherited(accepted, other); !s)
                return s;
    }
    return {};
}

Status TransferService::createInherited(const ResponsibilityTransfer &from, const ResponsibilityTransfer &via)
{
    ResponsibilityTransfer t;
    const QString suffix = inheritedSuffix(from.id, via.id);
    t.id = QStringLiteral("rt-") + suffix;
    t.handshakeId = QStringLiteral("h-") + suffix;
    if (find(t.id))
        return {};
    t.name = from.name;
    t.notes = tr("Inherited: %1 pays for %2 through %3.")
                  .arg(via.targetOrganizationId, from.sourceOrganizationId, via.sourceOrganizationId);
    t.sourceOrganizationId = from.sourceOrganizationId;
    t.sourceManagementAccountId = from.sourceManagementAccountId;
    t.targetOrganizationId = via.targetOrganizationId;
    t.targetManagementAccountId = via.targetManagementAccountId;
    t.startPeriod = std::max(from.startPeriod, via.startPeriod);
    t.endPeriod = from.endPeriod;
    if (via.endPeriod && (!t.endPeriod || *via.endPeriod < *t.endPeriod))
        t.endPeriod = via.endPeriod;
    if (t.endPeriod && *t.endPeriod < t.startPeriod)
        return {}; // the two never overlap
    t.status = t.endPeriod ? TransferStatus::Withdrawn : TransferStatus::Accepted;
    t.requestedAt = m_services.now();
    t.acceptanceDeadline = via.acceptanceDeadline;
    t.respondedAt = m_services.now();
    t.pricingPlan = QString(); // C configures A's billing group separately
    t.inheritedViaTransferId = via.id;
    t.inheritedFromTransferId = from.id;
    if (auto s = save(t); !s)
        return s;
    if (auto s
        = auditTransfer(QStringLiteral("transfer.inherit"), t,
                        tr("%1 pays for %2 too: inherited through %3 (\"%4\") from %5 (\"%6\"); configure the "
                           "pricing of its billing group")
                            .arg(t.targetOrganizationId, t.sourceOrganizationId, via.id, via.name, from.id, from.name),
                        t.start(), true);
        !s)
        return s;
    return createBillingGroup(t, {});
}

Status TransferService::endInherited(const ResponsibilityTransfer &withdrawn)
{
    // The rules are checked against every transfer: one that cannot be read refuses the action (never "none").
    const auto loaded = load();
    if (!loaded)
        return loaded.error();
    for (ResponsibilityTransfer t : std::as_const(*loaded)) {
        if (t.inheritedViaTransferId != withdrawn.id && t.inheritedFromTransferId != withdrawn.id)
            continue;
        if (t.endPeriod && *t.endPeriod <= *withdrawn.endPeriod)
            continue;
        t.endPeriod = std::max(*withdrawn.endPeriod, t.startPeriod.previous());
        t.status = TransferStatus::Withdrawn;
        t.withdrawnAt = m_services.now();
        if (auto s = save(t); !s)
            return s;
        if (auto s = auditTransfer(
                QStringLiteral("transfer.withdraw"), t,
                t.neverTakesEffect() ? tr("Ends with %1, which was withdrawn: it never takes effect").arg(withdrawn.id)
                                     : tr("Ends with %1, which was withdrawn: %2 pays until %3")
                                           .arg(withdrawn.id, t.targetOrganizationId, day(t.endPeriod->lastDay())),
                t.endPeriod->end(), true);
            !s)
            return s;
        if (t.neverTakesEffect())
            if (auto s = removeBillingGroup(t, tr("the transfer it was inherited through never takes effect")); !s)
                return s;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// The clock

Status TransferService::processClock(const QDateTime &now)
{
    bool changedSomething = false;
    auto transfers = load();
    if (!transfers)
        return transfers.error();
    for (ResponsibilityTransfer t : std::as_const(*transfers)) {
        if (t.status == TransferStatus::Requested && now > t.acceptanceDeadline) {
            t.status = TransferStatus::Expired;
            t.respondedAt = t.acceptanceDeadline;
            if (auto s = save(t); !s)
                return s;
            if (auto s = auditTransfer(QStringLiteral("transfer.expire"), t,
                                       tr("Expired: not accepted by the deadline %1 (the clock passed it; now %2)")
                                           .arg(moment(t.acceptanceDeadline), moment(now)),
                                       t.acceptanceDeadline, true);
                !s)
                return s;
            if (const auto group = billingGroupForTransfer(t.id)) {
                if (auto s = store().deleteBillingGroup(group->id); !s)
                    return s;
                if (auto s = auditTransfer(
                        QStringLiteral("billing-group.delete"), t,
                        tr("Deleted the pending billing group %1: the invitation expired").arg(group->id), {}, true);
                    !s)
                    return s;
            }
            changedSomething = true;
        }
        if ((t.status == TransferStatus::Accepted || t.status == TransferStatus::Withdrawn) && !t.neverTakesEffect()
            && now >= t.start()) {
            const auto group = billingGroupForTransfer(t.id);
            if (group && group->status == BillingGroupStatus::Pending) {
                if (auto s = store().activateBillingGroup(group->id, t.start()); !s)
                    return s;
                if (auto s = auditTransfer(QStringLiteral("billing-group.activate"), t,
                                           tr("The transfer took effect; billing group %1 is ACTIVE").arg(group->id),
                                           t.start(), true);
                    !s)
                    return s;
                changedSomething = true;
            }
        }
    }
    if (changedSomething)
        Q_EMIT changed();
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// History and attention

Result<QList<AuditEntry>> TransferService::history(const QString &idOrName) const
{
    auto found = resolve(idOrName);
    if (!found)
        return found.error();
    const ResponsibilityTransfer &t = found.value();
    if (!m_services.isAdministrator()) {
        const auto org = m_services.directory().organizationOf(m_services.actingAccountId());
        if (!org || (org->id != t.sourceOrganizationId && org->id != t.targetOrganizationId))
            return Error::rule(TransferRules::AccessDenied,
                               tr("Only the two organizations of \"%1\" can read its history.").arg(t.name));
    }
    return m_services.storage().audit().forEntity(EntityType, t.id);
}

QString attentionKindName(AttentionItem::Kind kind)
{
    switch (kind) {
    case AttentionItem::Kind::AwaitingYourResponse:
        return QStringLiteral("awaiting-your-response");
    case AttentionItem::Kind::AboutToExpire:
        return QStringLiteral("about-to-expire");
    case AttentionItem::Kind::StartsThisMonth:
        return QStringLiteral("starts-this-month");
    case AttentionItem::Kind::EndsThisMonth:
        return QStringLiteral("ends-this-month");
    case AttentionItem::Kind::NoPricingConfigured:
        return QStringLiteral("no-pricing-configured");
    case AttentionItem::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

namespace {
QString dismissedKey(const QString &accountId)
{
    return SettingKeys::AttentionDismissedPrefix + accountId;
}
} // namespace

QList<AttentionItem> TransferService::attention(const QString &accountId, bool includeDismissed) const
{
    QList<AttentionItem> items;
    const auto org = m_services.directory().organizationOf(accountId);
    // Only a management account acts on transfers: members and the administrator have nothing to do here.
    if (!org || org->managementAccountId != accountId)
        return items;
    const QDateTime now = m_services.now();
    const BillingPeriod current = BillingPeriod::containing(now);
    DirectoryService &dir = m_services.directory();
    auto orgName = [&](const QString &id) {
        const auto o = dir.organization(id);
        return o ? o->name : id;
    };
    for (const ResponsibilityTransfer &t : all()) {
        const bool isSource = t.sourceOrganizationId == org->id;
        const bool isTarget = t.targetOrganizationId == org->id;
        if (!isSource && !isTarget)
            continue;
        AttentionItem item;
        item.entityType = EntityType;
        item.entityId = t.id;
        auto add = [&](AttentionItem::Kind kind, const QDateTime &due, const QString &title) {
            AttentionItem i = item;
            i.kind = kind;
            i.due = due;
            i.title = title;
            i.key = attentionKindName(kind) + QLatin1Char(':') + t.id;
            items.append(i);
        };
        const TransferState state = t.stateAt(now);
        if (state == TransferState::Awaiting) {
            if (isSource && now <= t.acceptanceDeadline)
                add(AttentionItem::Kind::AwaitingYourResponse, t.acceptanceDeadline,
                    tr("Accept or decline \"%1\" from %2 by %3 (billing would move to %2 on %4)")
                        .arg(t.name, orgName(t.targetOrganizationId), moment(t.acceptanceDeadline),
                             day(t.startPeriod.firstDay())));
            else if (isTarget && t.acceptanceDeadline > now && t.acceptanceDeadline <= now.addDays(7))
                add(AttentionItem::Kind::AboutToExpire, t.acceptanceDeadline,
                    tr("Remind %1 to accept \"%2\" before it expires, or cancel it")
                        .arg(orgName(t.sourceOrganizationId), t.name));
            continue;
        }
        if (state != TransferState::Accepted && state != TransferState::InEffect && state != TransferState::Withdrawn)
            continue; // closed: history, nothing to do
        // A start that is still ahead (a start already passed is history).
        if (isTarget && !t.neverTakesEffect() && now < t.start() && t.startPeriod == current.next())
            add(AttentionItem::Kind::StartsThisMonth, t.start(),
                tr("Check the pricing of \"%1\" before billing for %2 moves to you on %3")
                    .arg(t.name, orgName(t.sourceOrganizationId), day(t.startPeriod.firstDay())));
        if (state == TransferState::Withdrawn && t.endPeriod && *t.endPeriod == current && !t.neverTakesEffect())
            add(AttentionItem::Kind::EndsThisMonth, t.end(),
                isTarget ? tr("Invite %1 again if you should go on paying its bill: \"%2\" ends on %3")
                               .arg(orgName(t.sourceOrganizationId), t.name, day(t.endPeriod->lastDay()))
                         : tr("Get ready to pay your own AWS bill again from %1: \"%2\" with %3 ends on %4")
                               .arg(day(t.endPeriod->next().firstDay()), t.name, orgName(t.targetOrganizationId),
                                    day(t.endPeriod->lastDay())));
        if (isTarget && t.isLiveAt(now)) {
            const auto group = billingGroupForTransfer(t.id);
            if (group && !group->hasPricing())
                add(AttentionItem::Kind::NoPricingConfigured, t.start() > now ? t.start() : QDateTime(),
                    tr("Configure the pricing of the billing group of %1 (\"%2\")")
                        .arg(orgName(t.sourceOrganizationId), t.name));
        }
    }
    // What the person dismissed (for good) or snoozed (until a moment of the simulated clock).
    const QJsonObject hidden
        = QJsonDocument::fromJson(m_services.setting(dismissedKey(accountId)).toUtf8()).object();
    QList<AttentionItem> shown;
    for (AttentionItem &item : items) {
        const QJsonValue entry = hidden.value(item.key);
        if (entry.isString()) {
            const QDateTime until = QDateTime::fromString(entry.toString(), Qt::ISODate);
            item.hiddenUntil = until.isValid() ? until.toUTC() : QDateTime();
            item.dismissed = !until.isValid() || now < until;
            if (!item.dismissed)
                item.hiddenUntil = {};
        }
        if (!item.dismissed || includeDismissed)
            shown.append(item);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const AttentionItem &a, const AttentionItem &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    return shown;
}

Status TransferService::dismissAttention(const QString &key, const QDateTime &until)
{
    const QString acting = m_services.actingAccountId();
    if (acting.isEmpty())
        return Error::rule(TransferRules::AccessDenied,
                           tr("The attention list belongs to an acting account: choose one under \"Acting as\"."));
    bool known = false;
    for (const AttentionItem &item : attention(acting, true))
        known = known || item.key == key;
    if (!known)
        return Error::input(QStringLiteral("key"), QStringLiteral("ATTENTION_ITEM_NOT_FOUND"),
                            tr("\"%1\" is not in your attention list (see transfers attention --all).").arg(key));
    if (until.isValid() && until <= m_services.now())
        return Error::input(QStringLiteral("until"), QStringLiteral("INVALID_DATE"),
                            tr("A snooze lasts until a later moment than now (%1).").arg(moment(m_services.now())));
    QJsonObject hidden = QJsonDocument::fromJson(m_services.setting(dismissedKey(acting)).toUtf8()).object();
    hidden.insert(key, until.isValid() ? iso(until) : QStringLiteral("dismissed"));
    if (auto s = m_services.setSetting(dismissedKey(acting),
                                       QString::fromUtf8(QJsonDocument(hidden).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    Q_EMIT changed();
    return {};
}

Status TransferService::restoreAttention()
{
    const QString acting = m_services.actingAccountId();
    if (acting.isEmpty())
        return {};
    if (auto s = m_services.setSetting(dismissedKey(acting), QStringLiteral("{}")); !s)
        return s;
    Q_EMIT changed();
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Scenario section "transfers": each transfer with the clock time of each step, replayed in time order.

namespace {

// Every key of a scenario transfer and of its steps is known and has its documented JSON type: strings, except
// "steps" (a list of objects) and "tags" (an object of strings).
Error unknownKey(const QString &path, const QString &key, QStringList allowed)
{
    allowed.sort();
    return Error::input(path + QLatin1Char('.') + key, QStringLiteral("SCENARIO_UNKNOWN_KEY"),
                        TransferService::tr("Unknown key \"%1\" in %2. Known keys: %3.")
                            .arg(key, path, allowed.join(QStringLiteral(", "))));
}

Error wrongType(const QString &path, const QString &what)
{
    return Error::input(path, QStringLiteral("SCENARIO_INVALID_VALUE"),
                        TransferService::tr("%1 must be %2.").arg(path, what));
}

Status checkStringsOnly(const QJsonObject &o, const QString &path, const QStringList &allowed,
                        const QStringList &other = {})
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (other.contains(it.key()))
            continue;
        if (!allowed.contains(it.key()))
            return unknownKey(path, it.key(), allowed + other);
        if (!it.value().isString())
            return wrongType(path + QLatin1Char('.') + it.key(), TransferService::tr("a string"));
    }
    return {};
}

} // namespace

Status TransferService::checkScenarioTransfer(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return wrongType(where, tr("an object with id, name, source, target, start and steps"));
    const QJsonObject t = value.toObject();
    static const QStringList keys {QStringLiteral("id"),     QStringLiteral("handshakeId"), QStringLiteral("name"),
                                   QStringLiteral("source"), QStringLiteral("target"),      QStringLiteral("start"),
                                   QStringLiteral("notes"),  QStringLiteral("plan")};
    static const QStringList nested {QStringLiteral("steps"), QStringLiteral("tags")};
    if (auto s = checkStringsOnly(t, where, keys, nested); !s)
        return s;
    const QJsonValue tags = t.value(QStringLiteral("tags"));
    if (!tags.isUndefined()) {
        if (!tags.isObject())
            return wrongType(where + QStringLiteral(".tags"), tr("an object of text values"));
        const QJsonObject object = tags.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!it.value().isString())
                return wrongType(QStringLiteral("%1.tags.%2").arg(where, it.key()), tr("a string"));
    }
    const QJsonValue list = t.value(QStringLiteral("steps"));
    if (!list.isArray())
        return wrongType(where + QStringLiteral(".steps"), tr("a list of steps ({\"action\": ..., \"at\": ...})"));
    static const QStringList stepKeys {QStringLiteral("action"),       QStringLiteral("at"),  QStringLiteral("by"),
                                       QStringLiteral("name"),         QStringLiteral("end"), QStringLiteral("plan"),
                                       QStringLiteral("inheritedFrom")};
    const QJsonArray steps = list.toArray();
    for (qsizetype k = 0; k < steps.size(); ++k) {
        const QString path = QStringLiteral("%1.steps[%2]").arg(where).arg(k);
        if (!steps.at(k).isObject())
            return wrongType(path, tr("an object such as {\"action\": \"accept\", \"at\": \"2026-01-05T10:00:00Z\"}"));
        if (auto s = checkStringsOnly(steps.at(k).toObject(), path, stepKeys); !s)
            return s;
    }
    return {};
}

Status TransferService::applyScenario(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isArray())
        return Error::input(QStringLiteral("transfers"), QStringLiteral("INVALID_SCENARIO"),
                            tr("\"transfers\" must be a list of transfers."));
    struct Step
    {
        QDateTime at;
        int transfer = 0;
        int index = 0;
        QJsonObject step;
    };
    const QJsonArray transfers = value.toArray();
    QList<Step> steps;
    for (int i = 0; i < transfers.size(); ++i) {
        const QString where = QStringLiteral("transfers[%1]").arg(i);
        if (auto s = checkScenarioTransfer(transfers.at(i), where); !s)
            return s;
        const QJsonObject t = transfers.at(i).toObject();
        if (!TransferRules::isTransferId(t.value(QStringLiteral("id")).toString()))
            return Error::input(where + QStringLiteral(".id"), QStringLiteral("INVALID_TRANSFER_ID"),
                                tr("Each transfer needs an id: rt- followed by 8 to 32 lowercase letters or digits."));
        // The same rules as everywhere: account ids of 12 digits, tags as KEY: VALUE strings.
        for (const QString &side : {QStringLiteral("source"), QStringLiteral("target")})
            if (auto s = validate::accountId(t.value(side).toString(), where + QLatin1Char('.') + side); !s)
                return s;
        const QJsonValue tags = t.value(QStringLiteral("tags"));
        if (!tags.isUndefined() && !tags.isNull() && !tags.isObject())
            return Error::input(where + QStringLiteral(".tags"), QStringLiteral("INVALID_TAG"),
                                tr("\"tags\" is an object of KEY: VALUE strings, e.g. {\"cost-center\": \"42\"}."));
        const QJsonObject tagObject = tags.toObject();
        for (auto it = tagObject.begin(); it != tagObject.end(); ++it) {
            const QString field = QStringLiteral("%1.tags.%2").arg(where, it.key());
            if (!it.value().isString())
                return Error::input(
                    field, QStringLiteral("INVALID_TAG"),
                    tr("The value of the tag \"%1\" must be a string (\"\" for an empty value).").arg(it.key()));
            if (auto s = TransferRules::validateTag(it.key(), it.value().toString(), field); !s)
                return s;
        }
        const QJsonArray list = t.value(QStringLiteral("steps")).toArray();
        if (list.isEmpty()
            || list.first().toObject().value(QStringLiteral("action")).toString() != QLatin1String("invite"))
            return Error::input(
                where + QStringLiteral(".steps"), QStringLiteral("INVALID_SCENARIO"),
                tr("A transfer's steps start with the invitation ({\"action\": \"invite\", \"at\": ...})."));
        for (int k = 0; k < list.size(); ++k) {
            const QJsonObject step = list.at(k).toObject();
            const QDateTime at = ClockService::parseMoment(step.value(QStringLiteral("at")).toString());
            if (!at.isValid())
                return Error::input(QStringLiteral("%1.steps[%2].at").arg(where).arg(k), QStringLiteral("INVALID_DATE"),
                                    tr("Each step needs its clock time, e.g. \"2026-01-05T10:00:00Z\"."));
            steps.append({at, i, k, step});
        }
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.at < b.at; });

    ClockService &clock = m_services.clock();
    const QDateTime previousNow = clock.now();
    const QString stored = m_services.storage().settings().valueOr(SettingKeys::ClockNow);
    const bool overrideWasSet
        = stored.isEmpty() ? clock.isSimulated() : ClockService::parseMoment(stored) != previousNow;
    const QString previousActor = m_services.actingAccountId();
    auto restore = [&]() {
        clock.setOverride(overrideWasSet ? previousNow : QDateTime());
        (void)m_services.setActingAccount(previousActor);
    };

    Status result;
    for (const Step &s : std::as_const(steps)) {
        const QJsonObject t = transfers.at(s.transfer).toObject();
        const QString where = QStringLiteral("transfers[%1].steps[%2]").arg(s.transfer).arg(s.index);
        const QString id = t.value(QStringLiteral("id")).toString();
        const QString source = t.value(QStringLiteral("source")).toString();
        const QString target = t.value(QStringLiteral("target")).toString();
        const QString action = s.step.value(QStringLiteral("action")).toString();
        clock.setOverride(s.at);
        if (auto c = processClock(s.at); !c) {
            result = c;
            break;
        }
        QString by = s.step.value(QStringLiteral("by")).toString();
        if (by == QLatin1String("source"))
            by = source;
        else if (by == QLatin1String("target"))
            by = target;
        if (by.isEmpty())
            by = (action == QLatin1String("accept") || action == QLatin1String("decline")) ? source : target;
        if (auto a = m_services.setActingAccount(by); !a) {
            result = a;
        } else if (action == QLatin1String("invite")) {
            Invitation inv;
            inv.target = source;
            inv.start
                = BillingPeriod::fromString(t.value(QStringLiteral("start")).toString()).value_or(BillingPeriod());
            inv.name = s.step.contains(QStringLiteral("name")) ? s.step.value(QStringLiteral("name")).toString()
                                                               : t.value(QStringLiteral("name")).toString();
            inv.notes = t.value(QStringLiteral("notes")).toString();
            inv.pricingPlan = t.value(QStringLiteral("plan")).toString();
            const QJsonObject tags = t.value(QStringLiteral("tags")).toObject();
            for (auto it = tags.begin(); it != tags.end(); ++it)
                inv.tags.insert(it.key(), it.value().toString());
            auto r = inviteWithIds(inv, id, t.value(QStringLiteral("handshakeId")).toString());
            if (!r)
                result = r.error();
            else if (r->targetManagementAccountId != target)
                result = Error::input(
                    where, QStringLiteral("INVALID_SCENARIO"),
                    tr("The invitation's target %1 is not the management account of an organization.").arg(target));
        } else if (action == QLatin1String("accept") || action == QLatin1String("decline")
                   || action == QLatin1String("cancel")) {
            auto r = respond(id, *transferActionFromName(action));
            if (!r)
                result = r.error();
        } else if (action == QLatin1String("rename")) {
            auto r = rename(id, s.step.value(QStringLiteral("name")).toString());
            if (!r)
                result = r.error();
        } else if (action == QLatin1String("withdraw")) {
            std::optional<BillingPeriod> end;
            if (s.step.contains(QStringLiteral("end"))) {
                end = BillingPeriod::fromString(s.step.value(QStringLiteral("end")).toString());
                if (!end)
                    result = Error::input(where + QStringLiteral(".end"), TransferRules::InvalidEndDate,
                                          tr("The end month is written YYYY-MM."));
            }
            if (result) {
                auto r = withdraw(id, end);
                if (!r)
                    result = r.error();
            }
        } else if (action == QLatin1String("pricing")) {
            const QString from = s.step.value(QStringLiteral("inheritedFrom")).toString();
            const QString target = from.isEmpty() ? id : QStringLiteral("rt-") + inheritedSuffix(from, id);
            auto r = configurePricing(target, s.step.value(QStringLiteral("plan")).toString());
            if (!r)
                result = r.error();
        } else if (action != QLatin1String("expire")) { // "expire" only documents when the clock passed the deadline
            result = Error::input(
                where + QStringLiteral(".action"), QStringLiteral("INVALID_SCENARIO"),
                tr("Unknown step \"%1\": use invite, accept, decline, cancel, rename, withdraw, pricing or expire.")
                    .arg(action));
        }
        if (!result) {
            Error e = result.error();
            e.message = tr("%1 (%2 of %3 at %4)").arg(e.message, action, id, iso(s.at));
            if (e.field.isEmpty() || e.field == QLatin1String("id"))
                e.field = where;
            result = e;
            break;
        }
    }
    restore();
    if (!result)
        return result;
    return processClock(m_services.now());
}

TransferStore &TransferService::store() const
{
    return m_services.storage().transfers();
}

Result<ResponsibilityTransfer> TransferService::reread(const QString &id) const
{
    auto t = store().byId(id);
    if (!t)
        return t.error();
    if (!t->has_value())
        return Error::internal(tr("The transfer %1 was not found after it was written.").arg(id));
    return **t;
}

Result<QJsonValue> TransferService::exportScenario() const
{
    QJsonArray array;
    // In the order the transfers were created (the first step's row), so that replay keeps same-second order.
    auto order = store().creationOrder();
    if (!order)
        return order.error();
    const QHash<QString, qint64> &firstStep = *order;
    auto loaded = load();
    if (!loaded)
        return loaded.error();
    QList<ResponsibilityTransfer> transfers = *loaded;
    std::stable_sort(transfers.begin(), transfers.end(),
                     [&](const ResponsibilityTransfer &a, const ResponsibilityTransfer &b) {
                         return firstStep.value(a.id, std::numeric_limits<qint64>::max())
                             < firstStep.value(b.id, std::numeric_limits<qint64>::max());
                     });
    for (const ResponsibilityTransfer &t : std::as_const(transfers)) {
        if (t.isInherited())
            continue;
        auto recorded = store().steps(t.id);
        if (!recorded)
            return recorded.error();
        QJsonArray steps;
        QString invitedName = t.name;
        for (const TransferStep &row : std::as_const(*recorded)) {
            const QString &action = row.action;
            QJsonObject step {{QStringLiteral("action"), action}, {QStringLiteral("at"), iso(row.at)}};
            const QString &actor = row.actor;
            const bool sourceActs = action == QLatin1String("accept") || action == QLatin1String("decline");
            const QString defaultActor = sourceActs ? t.sourceManagementAccountId : t.targetManagementAccountId;
            if (actor != defaultActor && action != QLatin1String("invite"))
                step.insert(QStringLiteral("by"),
                            actor == t.sourceManagementAccountId       ? QStringLiteral("source")
                                : actor == t.targetManagementAccountId ? QStringLiteral("target")
                                                                       : actor);
            if (action == QLatin1String("withdraw") && row.end)
                step.insert(QStringLiteral("end"), row.end->toString());
            if (action == QLatin1String("rename"))
                step.insert(QStringLiteral("name"), row.name);
            if (action == QLatin1String("pricing"))
                step.insert(QStringLiteral("plan"), row.name);
            if (action == QLatin1String("invite"))
                invitedName = row.name;
            steps.append(step);
        }
        // Pricing configured on the transfers inherited through this one (by this transfer's payer).
        for (const ResponsibilityTransfer &inherited : std::as_const(*loaded)) {
            if (inherited.inheritedViaTransferId != t.id)
                continue;
            auto inheritedSteps = store().steps(inherited.id);
            if (!inheritedSteps)
                return inheritedSteps.error();
            for (const TransferStep &row : std::as_const(*inheritedSteps))
                if (row.action == QLatin1String("pricing"))
                    steps.append(QJsonObject {{QStringLiteral("action"), QStringLiteral("pricing")},
                                              {QStringLiteral("at"), iso(row.at)},
                                              {QStringLiteral("inheritedFrom"), inherited.inheritedFromTransferId},
                                              {QStringLiteral("plan"), row.name}});
        }
        if (t.status == TransferStatus::Expired)
            steps.append(QJsonObject {{QStringLiteral("action"), QStringLiteral("expire")},
                                      {QStringLiteral("at"), iso(t.respondedAt.addSecs(1))}});
        QJsonObject tags;
        for (auto it = t.tags.cbegin(); it != t.tags.cend(); ++it)
            tags.insert(it.key(), it.value());
        QJsonObject o {{QStringLiteral("id"), t.id},
                       {QStringLiteral("handshakeId"), t.handshakeId},
                       {QStringLiteral("name"), invitedName},
                       {QStringLiteral("source"), t.sourceManagementAccountId},
                       {QStringLiteral("target"), t.targetManagementAccountId},
                       {QStringLiteral("start"), t.startPeriod.toString()},
                       {QStringLiteral("notes"), t.notes},
                       {QStringLiteral("plan"), t.pricingPlan},
                       {QStringLiteral("steps"), steps}};
        if (!tags.isEmpty())
            o.insert(QStringLiteral("tags"), tags);
        array.append(o);
    }
    return QJsonValue(array);
}

} // namespace bd
