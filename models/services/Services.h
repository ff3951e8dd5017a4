#pragma once

#include "domain/AuditEntry.h"
#include "domain/BillingContext.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QObject>

#include <functional>
#include <memory>

namespace bd {

class Storage;
class ClockService;
class DirectoryService;
class TransferService;
class ImportService;
class UsageService;
class PricingService;
class ProFormaService;

// The service hub: owns the storage (one database connection) and one service per capability, and knows who is
// acting. The GUI and the CLI both work through it; neither touches SQL.
class Services final : public QObject
{
    Q_OBJECT

public:
    explicit Services(std::unique_ptr<Storage> storage, QObject *parent = nullptr);
    ~Services() override;

    // The one way to open the services, for every entry point (the GUI's main, a window opening another database,
    // the CLI): opens (and if needed creates and migrates) the database, sets the acting account and the clock
    // override, and catches up with the clock (expiry, activation).
    struct OpenOptions
    {
        QString location; // the database file; empty: Storage::defaultLocation()
        bool mustExist = false; // refuse a location where no database exists
        QString actingAccountId; // empty: the administrator
        QDateTime clockOverride; // invalid: the stored clock
        bool catchUp = true;
    };
    static Result<std::unique_ptr<Services>> open(const OpenOptions &options);
    static QString defaultDatabasePath(); // QStandardPaths::AppDataLocation/billingdesk.sqlite
    // Services for a worker thread: another connection to the same database, the same acting account and clock
    // override, caught up with the clock. Create it on the worker thread and use it only there.
    Result<std::unique_ptr<Services>> openWorker() const;

    Storage &storage() const { return *m_storage; }
    QString databasePath() const;
    int schemaVersion() const;
    bool wasCreated() const; // the database file was created by open()
    // The database was opened read-only (its file has no write permission): reading, listing and exporting work;
    // every change is refused with DATABASE_READ_ONLY. Time-dependent state is not caught up with the clock.
    bool isReadOnly() const;
    // The database's integrity check: the problems found (empty: none). A damaged database is written no more.
    Result<QStringList> checkDatabase() const;
    ClockService &clock() const { return *m_clock; }
    DirectoryService &directory() const { return *m_directory; }
    TransferService &transfers() const { return *m_transfers; }
    ImportService &imports() const { return *m_imports; }
    UsageService &usage() const { return *m_usage; }
    PricingService &pricing() const { return *m_pricing; }
    ProFormaService &proForma() const { return *m_proForma; }

    // A value of the settings table (SettingKeys), or defaultValue when it is not set or cannot be read.
    QString setting(const QString &key, const QString &defaultValue = {}) const;
    Status setSetting(const QString &key, const QString &value);

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
    //   An error (the check could not be made) refuses the delete: it fails closed.
    using ReferenceCheck = std::function<Result<QString>(const QString &entityType, const QString &id)>;
    using TimeHandler = std::function<Status(const QDateTime &now)>;
    void addReferenceCheck(ReferenceCheck check);
    Result<QString> referenceReason(const QString &entityType, const QString &id) const;
    void addTimeHandler(TimeHandler handler);
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
    // An account's role on the clock's date (Roles::...): bill-source while another organization pays its
    // organization's bill (BillingRules), payer for the management account of an organization that has invited or
    // pays for others, else management, member or standalone; the administrator for no account.
    Result<QString> role(const QString &accountId) const;
    QString roleOf(const QString &accountId) const; // role(), or Roles::Unknown when it cannot be read

    // What the acting account may see on the clock's date (BillingRules / Visibility). An error (the directory or
    // the transfers cannot be read: busy, locked, I/O, a damaged page) is returned as such: callers then show no
    // figures and say so. Visibility never falls back to "everything".
    Result<Visibility> visibility() const;
    // The security promise: true when the acting account must not see billable amounts (its organization's bill is
    // paid by another organization today), and also when that cannot be decided (fail closed). Such a context never
    // sees billable amounts, in any view, export, chart or CLI output.
    bool isBillSourceContext() const;
    // Runs every time handler for the current clock time in one transaction. Called on start and after the clock moves.
    Status catchUpWithClock();

Q_SIGNALS:
    void actingAccountChanged(const QString &accountId);
    // Something changed in the database (a user action, an import, the clock); views refresh.
    void dataChanged();

private:
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<ClockService> m_clock;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<TransferService> m_transfers;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<UsageService> m_usage;
    std::unique_ptr<PricingService> m_pricing;
    std::unique_ptr<ProFormaService> m_proForma;
    QString m_actingAccountId;
    QList<ReferenceCheck> m_referenceChecks;
    QList<TimeHandler> m_timeHandlers;
    QList<ScenarioSection> m_scenarioSections;
};

} // namespace bd
