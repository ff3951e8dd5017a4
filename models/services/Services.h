#pragma once

#include "domain/Result.h"
#include "storage/AuditLog.h"

#include <QDateTime>
#include <QJsonValue>
#include <QObject>

#include <functional>
#include <memory>

namespace bd {

class Database;
class ClockService;
class DirectoryService;
class TransferService;
class ImportService;
class UsageService;

// The service hub: owns the database connection and one service per capability, and knows who is acting.
// The GUI and the CLI both work through it; neither touches SQL.
class Services final : public QObject
{
    Q_OBJECT

public:
    explicit Services(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Services() override;

    Database &database() const { return *m_database; }
    ClockService &clock() const { return *m_clock; }
    DirectoryService &directory() const { return *m_directory; }
    TransferService &transfers() const { return *m_transfers; }
    ImportService &imports() const { return *m_imports; }
    UsageService &usage() const { return *m_usage; }

    // The simulation clock's "now" (UTC).
    QDateTime now() const;

    // Who is signed in: an account id, or empty for the administrator (set-up, no organization).
    QString actingAccountId() const { return m_actingAccountId; }
    Status setActingAccount(const QString &accountId);
    bool isAdministrator() const { return m_actingAccountId.isEmpty(); }
    QString actorLabel() const; // for the audit log: the account id or "admin"

    // Writes an audit entry for the acting account at the clock's time (inside the caller's transaction).
    Status audit(const QString &action, const QString &entityType, const QString &entityId, const QString &details,
                 const QDateTime &effective = {}) const;

    // Other capabilities hook in here without the directory knowing them:
    // - a reference check returns a non-empty reason when something refers to (entityType, id);
    // - a time handler brings state up to date with the clock (expiry, activation) inside a transaction.
    using ReferenceCheck = std::function<QString(const QString &entityType, const QString &id)>;
    using TimeHandler = std::function<Status(const QDateTime &now)>;
    void addReferenceCheck(ReferenceCheck check);
    QString referenceReason(const QString &entityType, const QString &id) const;
    void addTimeHandler(TimeHandler handler);
    // A role provider names an account's role from its capability ("payer", "bill-source"), or returns empty.
    // roleOf() falls back to "management" / "member" / "standalone"; the administrator is "administrator".
    using RoleProvider = std::function<QString(const QString &accountId)>;
    void addRoleProvider(RoleProvider provider);
    // A scenario section ("organizations", "transfers", "usage", ...): ScenarioService applies sections in
    // ascending order inside one transaction and exports them under their key.
    struct ScenarioSection
    {
        QString key;
        int order = 100;
        std::function<Status(const QJsonValue &value)> apply;
        std::function<Result<QJsonValue>()> exportSection; // may be empty: the section is input-only
    };
    void addScenarioSection(ScenarioSection section);
    QList<ScenarioSection> scenarioSections() const; // sorted by order
    QString roleOf(const QString &accountId) const;
    // The security promise: true when the acting account speaks for a bill-source organization (its bill is
    // transferred to a payer). Such a context never sees billable amounts, in any view, export, chart or CLI output.
    bool isBillSourceContext() const { return roleOf(m_actingAccountId) == QLatin1String("bill-source"); }
    // Runs every time handler for the current clock time in one transaction. Called on start and after the clock moves.
    Status catchUpWithClock();

Q_SIGNALS:
    void actingAccountChanged(const QString &accountId);
    // Something changed in the database (a user action, an import, the clock); views refresh.
    void dataChanged();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ClockService> m_clock;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<TransferService> m_transfers;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<UsageService> m_usage;
    QString m_actingAccountId;
    QList<ReferenceCheck> m_referenceChecks;
    QList<TimeHandler> m_timeHandlers;
    QList<RoleProvider> m_roleProviders;
    QList<ScenarioSection> m_scenarioSections;
};

} // namespace bd
