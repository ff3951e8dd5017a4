#pragma once

#include "storage/Storage.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace bd {

class Database;

// The SQLite back-end: one QSQLITE connection (Database) and the stores over it.
class SqliteStorage final : public Storage
{
public:
    explicit SqliteStorage(std::unique_ptr<Database> database);
    ~SqliteStorage() override;

    QString location() const override;
    int schemaVersion() const override;
    bool wasCreated() const override;
    Result<std::unique_ptr<Storage>> openAnotherConnection() const override;
    bool isReadOnly() const override;
    Result<QStringList> checkIntegrity() const override;

    Status begin() override;
    Status commit() override;
    void rollback() override;
    bool inTransaction() const override;

    SettingsStore &settings() const override { return *m_settings; }
    AuditStore &audit() const override { return *m_audit; }
    DirectoryStore &directory() const override { return *m_directory; }
    TransferStore &transfers() const override { return *m_transfers; }
    CostDataStore &costData() const override { return *m_costData; }
    PricingStore &pricing() const override { return *m_pricing; }

    void setFaultHook(FaultHook hook) override;
    void armEnvironmentFault() override;

    Database &database() const { return *m_database; }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<AuditStore> m_audit;
    std::unique_ptr<DirectoryStore> m_directory;
    std::unique_ptr<TransferStore> m_transfers;
    std::unique_ptr<CostDataStore> m_costData;
    std::unique_ptr<PricingStore> m_pricing;
};

// Helpers the SQLite stores share: times are stored as ISO 8601 text in UTC, a statement's outcome as a Status.
namespace sqlite {
QString iso(const QDateTime &moment); // "" for an invalid moment
QVariant isoOrNull(const QDateTime &moment); // NULL for an invalid moment
QDateTime fromIso(const QVariant &value); // invalid for NULL or ""
Status done(const Result<QSqlQuery> &query);
} // namespace sqlite

// Factories of the SQLite stores (one .cpp each).
std::unique_ptr<SettingsStore> makeSqliteSettingsStore(Database &db);
std::unique_ptr<AuditStore> makeSqliteAuditStore(Database &db);
std::unique_ptr<DirectoryStore> makeSqliteDirectoryStore(Database &db);
std::unique_ptr<TransferStore> makeSqliteTransferStore(Database &db);
std::unique_ptr<CostDataStore> makeSqliteCostDataStore(Database &db);
std::unique_ptr<PricingStore> makeSqlitePricingStore(Database &db);

} // namespace bd
