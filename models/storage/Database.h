#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace bd {

// One named QSQLITE connection to a BillingDesk database file.
// open() refuses (and never modifies) a file that is corrupt, not a database, newer than this
// application, locked by another program or read-only; otherwise it migrates it to the latest
// schema, each step in one transaction after a backup copy of the file.
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
    static QString defaultPath(); // QStandardPaths::AppDataLocation/billingdesk.sqlite

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    bool wasCreated() const { return m_created; } // the file did not exist before open()
    int schemaVersion() const;

    // Prepared statement helpers with bound parameters only. exec() reports the SQL error with the statement.
    QSqlQuery query() const;
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    Status execAll(const QStringList &statements) const;
    static Error sqlError(const QSqlQuery &query, const QString &context = {});
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
    Status migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    bool m_created = false;
    int m_depth = 0;
    FaultHook m_faultHook;
    FaultHook m_environmentFault;
    Error injectedFault(const QString &statement) const;
};

} // namespace bd
