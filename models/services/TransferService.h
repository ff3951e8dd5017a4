#pragma once

#include "domain/ResponsibilityTransfer.h"
#include "domain/Result.h"
#include "storage/AuditLog.h"

#include <QList>
#include <QObject>

#include <optional>

namespace bd {

class Services;

// Something the acting account should act on, and by when (the attention list).
struct AttentionItem
{
    enum class Kind {
        AwaitingYourResponse,  // an invitation to the acting BSA awaits accept/decline
        AboutToExpire,         // an invitation the acting BTA sent expires soon
        StartsThisMonth,       // a transfer starts on the 1st of next month / this month
        EndsThisMonth,         // a withdrawn transfer ends at this month's end
        NoPricingConfigured,   // a BSA billing group has no pricing configuration
        Other,
    };
    Kind kind = Kind::Other;
    QString title;        // "Company A invited you: accept by 30 Jan 2026, 00:00 UTC"
    QDateTime due;        // when it must be done (invalid if no deadline)
    QString entityType;   // "transfer", "organization", ... (where it is fixed)
    QString entityId;
};

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
        QString target;      // the BSA's management account id or its email
        BillingPeriod start; // the first month the payer pays for
        QString name;        // descriptive name
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

    std::optional<ResponsibilityTransfer> find(const QString &idOrName) const;
    QList<ResponsibilityTransfer> all() const;
    QList<ResponsibilityTransfer> inbound(const QString &accountId) const;  // the account's org pays (it is the BTA)
    QList<ResponsibilityTransfer> outbound(const QString &accountId) const; // the account's org is billed elsewhere
    Result<QList<AuditEntry>> history(const QString &idOrName) const;
    QList<AttentionItem> attention(const QString &accountId) const;

    // Who pays for an organization's bill on a date (follows chains to the bill receiver); empty = itself.
    QString payerOrganizationOn(const QString &organizationId, const QDateTime &moment) const;

    // Brings statuses up to date with the clock: expires invitations past their deadline and activates billing
    // groups at their start. Registered as a Services time handler.
    Status processClock(const QDateTime &now);

Q_SIGNALS:
    void changed();

private:
    Services &m_services;
};

} // namespace bd
