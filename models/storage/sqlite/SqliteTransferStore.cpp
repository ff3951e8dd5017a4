#include "SqliteStorage.h"

#include "storage/Database.h"
#include "storage/TransferStore.h"

namespace bd {

namespace {

using sqlite::done;
using sqlite::fromIso;
using sqlite::iso;
using sqlite::isoOrNull;




QVariant periodOrNull(const std::optional<BillingPeriod> &p)
{
    return p ? QVariant(p->index()) : QVariant();
}

const QString TransferColumns = QStringLiteral(
    "SELECT id, handshake_id, type, name, notes, source_organization_id, source_account_id, target_organization_id, "
    "target_account_id, status, start_period, end_period, requested_at, acceptance_deadline, responded_at, "
    "withdrawn_at, pricing_plan, inherited_via, inherited_from FROM responsibility_transfers ");

ResponsibilityTransfer readTransfer(const QSqlQuery &q)
{
    ResponsibilityTransfer t;
    t.id = q.value(0).toString();
    t.handshakeId = q.value(1).toString();
    t.type = q.value(2).toString();
    t.name = q.value(3).toString();
    t.notes = q.value(4).toString();
    t.sourceOrganizationId = q.value(5).toString();
    t.sourceManagementAccountId = q.value(6).toString();
    t.targetOrganizationId = q.value(7).toString();
    t.targetManagementAccountId = q.value(8).toString();
    t.status = transferStatusFromName(q.value(9).toString()).value_or(TransferStatus::Requested);
    t.startPeriod = BillingPeriod::fromIndex(q.value(10).toInt());
    if (!q.value(11).isNull())
        t.endPeriod = BillingPeriod::fromIndex(q.value(11).toInt());
    t.requestedAt = fromIso(q.value(12));
    t.acceptanceDeadline = fromIso(q.value(13));
    t.respondedAt = fromIso(q.value(14));
    t.withdrawnAt = fromIso(q.value(15));
    t.pricingPlan = q.value(16).toString();
    t.inheritedViaTransferId = q.value(17).toString();
    t.inheritedFromTransferId = q.value(18).toString();
    return t;
}

const QString GroupColumns = QStringLiteral("SELECT id, name, type, status, primary_account_id, organization_id, "
                                            "owner_organization_id, transfer_id, pricing_plan, created_at, "
                                            "activated_at FROM billing_groups ");

BillingGroup readGroup(const QSqlQuery &q)
{
    BillingGroup g;
    g.id = q.value(0).toString();
    g.name = q.value(1).toString();
    g.type = billingGroupTypeFromName(q.value(2).toString()).value_or(BillingGroupType::TransferBilling);
    g.status = billingGroupStatusFromName(q.value(3).toString()).value_or(BillingGroupStatus::Pending);
    g.primaryAccountId = q.value(4).toString();
    g.organizationId = q.value(5).toString();
    g.ownerOrganizationId = q.value(6).toString();
    g.transferId = q.value(7).toString();
    g.pricingPlan = q.value(8).toString();
    g.createdAt = fromIso(q.value(9));
    g.activatedAt = fromIso(q.value(10));
    return g;
}

TransferStep readStep(const QSqlQuery &q)
{
    TransferStep s;
    s.sequence = q.value(0).toLongLong();
    s.transferId = q.value(1).toString();
    s.action = q.value(2).toString();
    s.at = fromIso(q.value(3));
    s.actor = q.value(4).toString();
    if (!q.value(5).isNull())
        s.end = BillingPeriod::fromIndex(q.value(5).toInt());
    s.name = q.value(6).toString();
    return s;
}


class SqliteTransferStore final : public TransferStore
{
public:
    explicit SqliteTransferStore(Database &db)
        : m_db(db)
    {
    }

    Result<QList<ResponsibilityTransfer>> all() const override
    {
        auto q = m_db.exec(TransferColumns + QStringLiteral("ORDER BY requested_at, id"));
        if (!q)
            return q.error();
        QList<ResponsibilityTransfer> out;
        while (q.value().next())
            out.append(readTransfer(q.value()));
        auto tags = m_db.exec(QStringLiteral("SELECT transfer_id, key, value FROM transfer_tags"));
        if (!tags)
            return tags.error();
        QHash<QString, QMap<QString, QString>> byId;
        while (tags.value().next())
            byId[tags.value().value(0).toString()].insert(tags.value().value(1).toString(),
                                                          tags.value().value(2).toString());
        for (ResponsibilityTransfer &t : out)
            t.tags = byId.value(t.id);
        return out;
    }

    Result<std::optional<ResponsibilityTransfer>> byId(const QString &key) const override
    {
        auto q = m_db.exec(TransferColumns + QStringLiteral("WHERE id = ? OR handshake_id = ?"), {key, key});
        if (!q)
            return q.error();
        if (!q.value().next())
            return std::optional<ResponsibilityTransfer>();
        ResponsibilityTransfer t = readTransfer(q.value());
        auto tags = m_db.exec(QStringLiteral("SELECT key, value FROM transfer_tags WHERE transfer_id = ?"), {t.id});
        if (!tags)
            return tags.error();
        while (tags.value().next())
            t.tags.insert(tags.value().value(0).toString(), tags.value().value(1).toString());
        return std::optional<ResponsibilityTransfer>(t);
    }

    Result<bool> idTaken(const QString &transferId) const override
    {
        return exists(QStringLiteral("SELECT 1 FROM responsibility_transfers WHERE id = ?"), transferId);
    }

    Result<bool> handshakeIdTaken(const QString &handshakeId) const override
    {
        return exists(QStringLiteral("SELECT 1 FROM responsibility_transfers WHERE handshake_id = ?"), handshakeId);
    }

    Status save(const ResponsibilityTransfer &t) override
    {
        return done(m_db.exec(
            QStringLiteral("INSERT INTO responsibility_transfers (id, handshake_id, type, name, notes, "
                           "source_organization_id, source_account_id, target_organization_id, target_account_id, "
                           "status, start_period, end_period, requested_at, acceptance_deadline, responded_at, "
                           "withdrawn_at, pricing_plan, inherited_via, inherited_from) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET name = excluded.name, status = excluded.status, "
                           "end_period = excluded.end_period, responded_at = excluded.responded_at, "
                           "withdrawn_at = excluded.withdrawn_at, pricing_plan = excluded.pricing_plan"),
            {t.id, t.handshakeId, Database::text(t.type), Database::text(t.name), Database::text(t.notes),
             t.sourceOrganizationId, t.sourceManagementAccountId, t.targetOrganizationId, t.targetManagementAccountId,
             transferStatusName(t.status), t.startPeriod.index(), periodOrNull(t.endPeriod), iso(t.requestedAt),
             iso(t.acceptanceDeadline), isoOrNull(t.respondedAt), isoOrNull(t.withdrawnAt),
             Database::text(t.pricingPlan), Database::textOrNull(t.inheritedViaTransferId),
             Database::textOrNull(t.inheritedFromTransferId)}));
    }

    Status insertTags(const QString &transferId, const QMap<QString, QString> &tags) override
    {
        for (auto it = tags.cbegin(); it != tags.cend(); ++it)
            if (auto s = done(m_db.exec(
                    QStringLiteral("INSERT INTO transfer_tags (transfer_id, key, value) VALUES (?, ?, ?)"),
                    {transferId, it.key(), Database::text(it.value())}));
                !s)
                return s;
        return {};
    }

    Status recordStep(const TransferStep &step) override
    {
        return done(m_db.exec(QStringLiteral("INSERT INTO transfer_steps (transfer_id, action, at, actor, end_period, "
                                             "name) VALUES (?, ?, ?, ?, ?, ?)"),
                              {step.transferId, step.action, iso(step.at), step.actor, periodOrNull(step.end),
                               Database::textOrNull(step.name)}));
    }

    Result<QList<TransferStep>> steps(const QString &transferId) const override
    {
        auto q = m_db.exec(QStringLiteral("SELECT id, transfer_id, action, at, actor, end_period, name FROM "
                                          "transfer_steps WHERE transfer_id = ? ORDER BY id"),
                           {transferId});
        if (!q)
            return q.error();
        QList<TransferStep> out;
        while (q.value().next())
            out.append(readStep(q.value()));
        return out;
    }

    Result<QHash<QString, qint64>> creationOrder() const override
    {
        auto q = m_db.exec(QStringLiteral("SELECT transfer_id, MIN(id) FROM transfer_steps GROUP BY transfer_id"));
        if (!q)
            return q.error();
        QHash<QString, qint64> out;
        while (q.value().next())
            out.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
        return out;
    }

    Result<int> countForOrganization(const QString &organizationId) const override
    {
        return count(QStringLiteral("SELECT count(*) FROM responsibility_transfers WHERE source_organization_id = ? "
                                    "OR target_organization_id = ?"),
                     organizationId);
    }

    Result<int> countForAccount(const QString &accountId) const override
    {
        return count(QStringLiteral("SELECT count(*) FROM responsibility_transfers WHERE source_account_id = ? OR "
                                    "target_account_id = ?"),
                     accountId);
    }

    Result<QList<BillingGroup>> billingGroups() const override
    {
        auto q = m_db.exec(GroupColumns + QStringLiteral("ORDER BY name, id"));
        if (!q)
            return q.error();
        QList<BillingGroup> out;
        while (q.value().next())
            out.append(readGroup(q.value()));
        return out;
    }

    Result<std::optional<BillingGroup>> billingGroupForTransfer(const QString &transferId) const override
    {
        auto q = m_db.exec(GroupColumns + QStringLiteral("WHERE transfer_id = ?"), {transferId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return std::optional<BillingGroup>();
        return std::optional<BillingGroup>(readGroup(q.value()));
    }

    Result<bool> billingGroupIdTaken(const QString &id) const override
    {
        return exists(QStringLiteral("SELECT 1 FROM billing_groups WHERE id = ?"), id);
    }

    Status insertBillingGroup(const BillingGroup &g) override
    {
        return done(m_db.exec(
            QStringLiteral("INSERT INTO billing_groups (id, name, type, status, primary_account_id, organization_id, "
                           "owner_organization_id, transfer_id, pricing_plan, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?)"),
            {g.id, g.name, billingGroupTypeName(g.type), billingGroupStatusName(g.status), g.primaryAccountId,
             g.organizationId, g.ownerOrganizationId, Database::textOrNull(g.transferId),
             Database::text(g.pricingPlan), iso(g.createdAt)}));
    }

    Status deleteBillingGroup(const QString &id) override
    {
        return done(m_db.exec(QStringLiteral("DELETE FROM billing_groups WHERE id = ?"), {id}));
    }

    Status renameBillingGroupsOfTransfer(const QString &transferId, const QString &name) override
    {
        return done(m_db.exec(QStringLiteral("UPDATE billing_groups SET name = ? WHERE transfer_id = ?"),
                              {name, transferId}));
    }

    Status setBillingGroupPlan(const QString &id, const QString &plan) override
    {
        return done(m_db.exec(QStringLiteral("UPDATE billing_groups SET pricing_plan = ? WHERE id = ?"),
                              {Database::text(plan), id}));
    }

    Status activateBillingGroup(const QString &id, const QDateTime &activatedAt) override
    {
        return done(m_db.exec(QStringLiteral("UPDATE billing_groups SET status = ?, activated_at = ? WHERE id = ?"),
                              {billingGroupStatusName(BillingGroupStatus::Active), iso(activatedAt), id}));
    }

private:
    Result<bool> exists(const QString &sql, const QString &key) const
    {
        auto q = m_db.exec(sql, {key});
        if (!q)
            return q.error();
        return q.value().next();
    }

    Result<int> count(const QString &sql, const QString &key) const
    {
        auto q = m_db.exec(sql, {key, key});
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toInt() : 0;
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<TransferStore> makeSqliteTransferStore(Database &db)
{
    return std::make_unique<SqliteTransferStore>(db);
}

} // namespace bd
