#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace bd {

class SettingsStore;
class AuditStore;
class DirectoryStore;
class TransferStore;
class CostDataStore;
class PricingStore;

// The persistence boundary. Services hold the rules and call the stores; only models/storage holds SQL.
// One store (repository) per aggregate, each an interface: settings, audit log, directory, transfers and billing
// groups, cost data and rollups, the pricing configuration. The SQLite back-end (storage/sqlite/) implements them
// plus a bulk writer for cost imports; another back-end (a team database on PostgreSQL) needs only its own store
// implementations and its own bulk writer. The SQLite-only constructs that remain are listed in the README
// ("Storage back-ends").
//
// One Storage is one connection: use it from one thread. A worker thread opens another connection
// (openAnotherConnection) through Services::openWorker.
class Storage
{
public:
    enum class OpenMode {
        CreateIfMissing, // create and migrate a new database when none exists
        ExistingOnly, // refuse a location where no database exists
    };

    // A test hook that makes a storage statement fail as if the database were busy (SQLITE_BUSY): it receives the
    // statement about to run and returns true to fail it. Used to prove that visibility fails closed. The
    // environment variable BILLINGDESK_STORAGE_FAULT (a regular expression over statements) sets the same hook for
    // the CLI.
    using FaultHook = std::function<bool(const QString &statement)>;

    virtual ~Storage() = default;

    // Opens the SQLite back-end (the only one so far): refuses, and never modifies, a file that is corrupt, not a
    // database, newer than this application or locked; otherwise migrates it to the latest schema. A read-only file
    // opens read-only (isReadOnly): it is read as it is (an older schema is refused), and begin() refuses to write.
    static Result<std::unique_ptr<Storage>> open(const QString &location, OpenMode mode = OpenMode::CreateIfMissing);
    static QString defaultLocation(); // QStandardPaths::AppDataLocation/billingdesk.sqlite
    static int latestSchemaVersion();

    virtual QString location() const = 0; // the database file
    virtual int schemaVersion() const = 0;
    virtual bool wasCreated() const = 0; // the database did not exist before open()
    virtual Result<std::unique_ptr<Storage>> openAnotherConnection() const = 0;
    // The database can only be read: every begin() fails with DATABASE_READ_ONLY (CLI exit 4).
    virtual bool isReadOnly() const = 0;
    // The back-end's own consistency check (SQLite: PRAGMA integrity_check): the problems found, empty when none.
    // A database found damaged is written no more by this connection.
    virtual Result<QStringList> checkIntegrity() const = 0;

    // Transactions (see Transaction for the RAII form). A begin() inside a transaction opens a nested unit (a
    // SAVEPOINT), so a service call made inside a larger unit of work (a scenario, an import) stays all-or-nothing.
    // Every write starts here: begin() refuses on a read-only database, or once a damaged page was reported
    // (DATABASE_READ_ONLY, DATABASE_CORRUPT; Error::Kind::Fault).
    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;
    virtual bool inTransaction() const = 0;

    virtual SettingsStore &settings() const = 0;
    virtual AuditStore &audit() const = 0;
    virtual DirectoryStore &directory() const = 0;
    virtual TransferStore &transfers() const = 0;
    virtual CostDataStore &costData() const = 0;
    virtual PricingStore &pricing() const = 0; // Billing Conductor configuration

    virtual void setFaultHook(FaultHook hook) = 0;
    virtual void armEnvironmentFault() = 0; // BILLINGDESK_STORAGE_FAULT, if set: from now on
};

// Runs a block as one transaction: rolls back on destruction unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Storage &storage);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    Storage &m_storage;
    Status m_started;
    bool m_done = false;
};

} // namespace bd
