#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace bd {

// One named QSQLITE connection to a BillingDesk database file.
// open() refuses (and never modifies) a file that is corrupt, not a database, newer than this
// application or locked by another program; otherwise it migrates it to the latest schema, each step in one
// transaction after a backup copy of the file. A read-only file (no write permission bit) opens read-only: it is
// read as it is (never migrated: an older schema is refused), and every write is refused (DATABASE_READ_ONLY).
// After the database reported a damaged page (SQLITE_CORRUPT), the connection refuses every further write.
class Database final
{
public:
    enum class OpenMode {
        CreateIfMissing, // create and migrate a new file when none exists
        ExistingOnly, // refuse a path where no database exists
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    // A second connection to the same file for another thread (imports run off the GUI thread).
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    static int latestSchemaVersion();
    static constexpr int CacheKiB = 32768; // the page cache of a connection (PRAGMA cache_size), at most
    static QString defaultPath(); // QStandardPaths::AppDataLocation/billingdesk.sqlite

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    bool wasCreated() const { return m_created; } // the file did not exist before open()
    int schemaVersion() const;

    bool isReadOnly() const { return m_readOnly; }
    bool isDamaged() const { return m_damaged; } // the database reported a damaged page: no more writes

    // Prepared statement helpers with bound parameters only. A failure becomes failure(): never SQL in a message.
    QSqlQuery query() const;
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    // Statements run tens of thousands of times in one unit of work (a scenario, an import), on a prepared statement
    // kept for reuse. write(): an INSERT, UPDATE or DELETE. lookup(): a SELECT of one row by key; read() takes what
    // it needs from the query (positioned before the first row), then the statement is finished, so that no read
    // stays open.
    Status write(const QString &sql, const QVariantList &bindings) const;
    Status lookup(const QString &sql, const QVariantList &bindings, const std::function<void(QSqlQuery &)> &read) const;
    Status execAll(const QStringList &statements) const;
    Error sqlError(const QSqlQuery &query) const;
    // An error of SQLite (its result code, e.g. SQLITE_CORRUPT, and its text) as a plain message that says what to
    // do; the text is kept only for codes that are not a fault of the database or the file system. A damaged page
    // marks the connection damaged.
    Error failure(int sqliteCode, const QString &text) const;
    // The refusal of a write on a read-only or damaged database, or success.
    Status writable() const;
    // PRAGMA integrity_check: the problems found (empty: none).
    Result<QStringList> checkIntegrity() const;
    // Binding helpers: a null QString binds as SQL NULL, which NOT NULL text columns refuse.
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }
    static QVariant textOrNull(const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); }

    // Explicit transactions (see Transaction for the RAII form). A begin() inside a transaction opens a
    // SAVEPOINT, so a service call made inside a larger unit of work (a scenario, an import) stays all-or-nothing.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Fault injection (Storage::FaultHook): a statement for which the hook returns true fails as if the database
    // were busy. The environment variable BILLINGDESK_STORAGE_FAULT (a regular expression) is read on open and
    // armed by armEnvironmentFault() (Services::open arms it once the services are open).
    using FaultHook = std::function<bool(const QString &statement)>;
    void setFaultHook(FaultHook hook) { m_faultHook = std::move(hook); }
    void armEnvironmentFault()
    {
        if (m_environmentFault)
            m_faultHook = m_environmentFault;
    }
    const FaultHook &faultHook() const { return m_faultHook; }

private:
    Database() = default;
    Status configureConnection();
    Status configureReadOnly();
    Status migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    // The prepared statements of write() and lookup(), by SQL text.
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    bool m_created = false;
    bool m_readOnly = false;
    mutable bool m_damaged = false;
    int m_depth = 0;
    FaultHook m_faultHook;
    FaultHook m_environmentFault;
    Error injectedFault(const QString &statement) const;
    Result<QSqlQuery *> runKept(const QString &sql, const QVariantList &bindings) const;
    Status control(const QString &sql) const;
};

} // namespace bd
