#pragma once

#include "domain/BillingGroup.h"
#include "domain/ResponsibilityTransfer.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bd {

// One recorded step of a transfer (invite, accept, rename, withdraw, pricing, ...): what the scenario export
// replays. name carries the new name (invite, rename) or the plan (pricing).
struct TransferStep
{
    qint64 sequence = 0; // creation order across all transfers
    QString transferId;
    QString action;
    QDateTime at; // clock time
    QString actor;
    std::optional<BillingPeriod> end; // withdraw
    QString name;
};

// Responsibility transfers, their tags and steps, and their billing groups.
class TransferStore
{
public:
    virtual ~TransferStore() = default;

    // Every transfer with its tags, in the order they were requested (then by id).
    virtual Result<QList<ResponsibilityTransfer>> all() const = 0;
    // By transfer id or handshake id.
    virtual Result<std::optional<ResponsibilityTransfer>> byId(const QString &idOrHandshakeId) const = 0;
    virtual Result<bool> idTaken(const QString &transferId) const = 0;
    virtual Result<bool> handshakeIdTaken(const QString &handshakeId) const = 0;
    // Inserts or updates (name, status, end, responded, withdrawn, plan) a transfer; tags are written on insert.
    virtual Status save(const ResponsibilityTransfer &transfer) = 0;
    virtual Status insertTags(const QString &transferId, const QMap<QString, QString> &tags) = 0;

    virtual Status recordStep(const TransferStep &step) = 0;
    virtual Result<QList<TransferStep>> steps(const QString &transferId) const = 0; // in order
    // transfer id -> sequence of its first step (the order transfers were created in).
    virtual Result<QHash<QString, qint64>> creationOrder() const = 0;

    // How many transfers name the organization (or account) as source or target.
    virtual Result<int> countForOrganization(const QString &organizationId) const = 0;
    virtual Result<int> countForAccount(const QString &accountId) const = 0;

    virtual Result<QList<BillingGroup>> billingGroups() const = 0; // by name, then id
    virtual Result<std::optional<BillingGroup>> billingGroupForTransfer(const QString &transferId) const = 0;
    virtual Result<bool> billingGroupIdTaken(const QString &id) const = 0;
    virtual Status insertBillingGroup(const BillingGroup &group) = 0;
    virtual Status deleteBillingGroup(const QString &id) = 0;
    virtual Status renameBillingGroupsOfTransfer(const QString &transferId, const QString &name) = 0;
    virtual Status setBillingGroupPlan(const QString &id, const QString &plan) = 0;
    virtual Status activateBillingGroup(const QString &id, const QDateTime &activatedAt) = 0;
};

} // namespace bd
