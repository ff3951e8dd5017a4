#pragma once

#include "domain/BillingGroup.h"
#include "domain/ResponsibilityTransfer.h"
#include "domain/Result.h"
#include "domain/AuditEntry.h"

#include <QJsonValue>
#include <QList>
#include <QObject>

#include <optional>

namespace bd {

class Services;
class TransferStore;

// Something the acting management account can do, and by when (the attention list). Past events (a transfer took
// effect, ended) are history, not attention items. Each item names the action and where it is done (entityType,
// entityId); the person may dismiss it or snooze it (per acting account).
struct AttentionItem
{
    enum class Kind {
        AwaitingYourResponse, // accept or decline an invitation to the acting BSA
        AboutToExpire, // the acting BTA's invitation expires within 7 days: remind the other side, or cancel it
        StartsThisMonth, // billing moves to the acting BTA on the 1st of next month: check the pricing before then
        EndsThisMonth, // a withdrawn transfer ends at this month's end: the BTA invites again / the BSA pays again
        NoPricingConfigured, // configure the pricing of a BSA billing group the acting BTA pays for
        Other,
    };
    Kind kind = Kind::Other;
    QString title; // names the action: "Accept or decline "Company A" from Payer Inc by 30 Jan 2026, 00:00 UTC"
    QDateTime due; // when it must be done (invalid if no deadline)
    QString entityType; // "transfer", "organization", ... (where it is fixed)
    QString entityId;
    QString key; // stable per item: "awaiting-your-response:rt-..." (what dismissAttention() takes)
    bool dismissed = false; // hidden by the person: for good (hiddenUntil invalid) or until hiddenUntil (snoozed)
    QDateTime hiddenUntil;
};
QString attentionKindName(AttentionItem::Kind kind); // "awaiting-your-response", ... (the CLI's and JSON's words)

// The Billing Transfer lifecycle (DOMAIN.md section 2): invite, accept, decline, cancel, rename, withdraw,
// expiry by the clock, quotas, two-level chains and inheritance. Every refusal carries AWS's reason name.
// The acting account (Services::actingAccountId) is the party: it must be the management account of its side.
class TransferService final : public QObject
{
    Q_OBJECT

public:
    explicit TransferService(Services &services);

    struct Invitation
    {
        QString target; // the BSA's management account id or its email
        BillingPeriod start; // the first month the payer pays for
        QString name; // descriptive name
        QString notes;
        QString pricingPlan; // empty: the AWS-managed BasicPricingPlan
        QMap<QString, QString> tags;
    };

    Result<ResponsibilityTransfer> invite(const Invitation &invitation);
    Result<ResponsibilityTransfer> accept(const QString &idOrName);
    Result<ResponsibilityTransfer> decline(const QString &idOrName);
    Result<ResponsibilityTransfer> cancel(const QString &idOrName);
    Result<ResponsibilityTransfer> rename(const QString &idOrName, const QString &newName);
    // end: the last month billed by the payer; default the current month.
    Result<ResponsibilityTransfer> withdraw(const QString &idOrName, std::optional<BillingPeriod> end = std::nullopt);

    // May the acting account perform this action on the transfer now (party and status; for enabling buttons)?
    // Returns the same reason the action itself would (ACCESS_DENIED, INVALID_HANDSHAKE_TRANSITION).
    Status allowed(const ResponsibilityTransfer &transfer, TransferAction action) const;
    // The acting account's side of a transfer: Source (its BSA management account), Target (its BTA) or Other.
    TransferParty actingParty(const ResponsibilityTransfer &transfer) const;

    // Checks an invitation from the acting account without sending it (for dialogs that validate as you type).
    Status checkInvitation(const Invitation &invitation) const;

    std::optional<ResponsibilityTransfer> find(const QString &idOrName) const;
    // Like find(), with the reason when nothing or more than one transfer matches: an id (rt-... or h-...) or a
    // descriptive name, unique among the acting account's organization's transfers (all transfers for the
    // administrator).
    Result<ResponsibilityTransfer> resolve(const QString &idOrName) const;
    QList<ResponsibilityTransfer> all() const; // every transfer (empty when they cannot be read); for rules only
    // The transfers the acting account sees (BillingRules::visibleTo; all for the administrator). An error when the
    // transfers or the acting account's organization cannot be read: never a wider list.
    Result<QList<ResponsibilityTransfer>> visible() const;
    Result<QList<ResponsibilityTransfer>> inbound(const QString &accountId) const; // the account's org pays (BTA)
    Result<QList<ResponsibilityTransfer>> outbound(const QString &accountId) const; // its org is billed elsewhere
    Result<QList<AuditEntry>> history(const QString &idOrName) const;
    // What the account can act on; items it dismissed, or snoozed until a later moment, are left out unless
    // includeDismissed (then they carry dismissed = true).
    QList<AttentionItem> attention(const QString &accountId, bool includeDismissed = false) const;
    // The acting account hides one of its attention items (by AttentionItem::key): for good when `until` is invalid,
    // else until that moment of the simulated clock (snooze). restoreAttention() shows them all again.
    Status dismissAttention(const QString &key, const QDateTime &until = {});
    Status restoreAttention();

    // The TRANSFER_BILLING billing group of a transfer (none once an invitation is declined, canceled or expired).
    std::optional<BillingGroup> billingGroupForTransfer(const QString &transferId) const;
    // Sets the pricing plan of a transfer's billing group (the payer's management account; e.g. an inherited
    // transfer's group, which starts without pricing). Plan: BasicPricingPlan, Passthrough or a custom plan's name.
    Result<BillingGroup> configurePricing(const QString &idOrName, const QString &plan);
    QList<BillingGroup> billingGroups() const;

    // Settings (SettingKeys): transfers.acceptanceDeadlineHours (default 24), transfers.inboundQuota (1000).
    int acceptanceDeadlineHours() const;
    int inboundQuota() const;
    QDateTime acceptanceDeadlineFor(const BillingPeriod &start) const; // start - acceptanceDeadlineHours

    // Who pays for an organization's bill on a date (follows chains to the bill receiver); empty = itself.
    QString payerOrganizationOn(const QString &organizationId, const QDateTime &moment) const;

    // Brings statuses up to date with the clock: expires invitations past their deadline and activates billing
    // groups at their start. Registered as a Services time handler.
    Status processClock(const QDateTime &now);

Q_SIGNALS:
    void changed();

private:
    // The transfers the account's organization pays for (asPayer) or is billed through.
    Result<QList<ResponsibilityTransfer>> ofOrganization(const QString &accountId, bool asPayer) const;
    Result<QList<ResponsibilityTransfer>> load() const;
    Result<ResponsibilityTransfer> reread(const QString &id) const; // after a write: an error if it is gone
    TransferStore &store() const;
    Result<ResponsibilityTransfer> inviteWithIds(const Invitation &invitation, const QString &id,
                                                 const QString &handshakeId);
    Result<ResponsibilityTransfer> respond(const QString &idOrName, TransferAction action);
    Status validateInvitation(const Invitation &invitation, ResponsibilityTransfer &draft) const;
    Status checkChain(const QString &sourceOrg, const QString &targetOrg, const QString &excludeId,
                      bool acceptedOnly) const;
    Status checkOutbound(const ResponsibilityTransfer &t, bool atAccept) const;
    Status checkInbound(const ResponsibilityTransfer &t, bool atAccept) const;
    Status save(const ResponsibilityTransfer &t) const;
    Status recordStep(const ResponsibilityTransfer &t, TransferAction action, const QString &name = {}) const;
    Status recordStep(const QString &transferId, const QString &action, const QString &name,
                      std::optional<BillingPeriod> end) const;
    Status auditTransfer(const QString &action, const ResponsibilityTransfer &t, const QString &details,
                         const QDateTime &effective = {}, bool system = false) const;
    Status createBillingGroup(const ResponsibilityTransfer &t, const QString &plan) const;
    Status removeBillingGroup(const ResponsibilityTransfer &t, const QString &why) const;
    Status inherit(const ResponsibilityTransfer &accepted);
    Status createInherited(const ResponsibilityTransfer &from, const ResponsibilityTransfer &via);
    Status endInherited(const ResponsibilityTransfer &withdrawn);
    Status catchUp();
    TransferParty partyOf(const ResponsibilityTransfer &t) const;
    void notify();
    Status applyScenario(const QJsonValue &value);
    static Status checkScenarioTransfer(const QJsonValue &value, const QString &where);
    Result<QJsonValue> exportScenario() const;

    Services &m_services;
};

} // namespace bd
