#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

Error openError(const QString &path, const QString &code, const QString &message)
{
    return Error::input(path, code, message);
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() == 0)
        return true; // an empty file is a valid, empty SQLite database
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("billingdesk.sqlite"));
}

int Database::latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::query() const
{
    return QSqlQuery(connection());
}

Error Database::sqlError(const QSqlQuery &query, const QString &context)
{
    const QString text = query.lastError().text();
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return Error {Error::Kind::Internal, QStringLiteral("DATABASE_LOCKED"),
                      tr("The database is locked by another program; close it and try again."), {}};
    Q_UNUSED(context); // the statement is for developers, never part of a user's message
    return Error {Error::Kind::Internal, QStringLiteral("DATABASE_ERROR"),
                  tr("The database reported an error: %1").arg(text), {}};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    if (m_faultHook && m_faultHook(sql))
        return injectedFault(sql);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q, sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, sql);
    return q;
}

Status Database::execAll(const QStringList &statements) const
{
    for (const QString &sql : statements) {
        if (m_faultHook && m_faultHook(sql))
            return injectedFault(sql);
        QSqlQuery q(connection());
        if (!q.exec(sql))
            return sqlError(q, sql);
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return openError(path, QStringLiteral("DATABASE_PATH_REQUIRED"), tr("No database file was given."));
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return openError(path, QStringLiteral("DATABASE_IS_DIRECTORY"),
                         tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    if (!exists && mode == OpenMode::ExistingOnly)
        return openError(path, QStringLiteral("DATABASE_NOT_FOUND"),
                         tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)));
    // No write permission bit at all is "read-only" even for a user (root) whom the system would let write.
    constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (exists && (!info.isWritable() || !(info.permissions() & anyWrite)))
        return openError(path, QStringLiteral("DATABASE_READ_ONLY"),
                         tr("%1 is read-only. BillingDesk needs to write to its database: make the file writable or "
                            "open a copy.")
                             .arg(QDir::toNativeSeparators(path)));
    if (exists && !looksLikeSqlite(path))
        return openError(path, QStringLiteral("DATABASE_CORRUPT"),
                         tr("%1 is not a BillingDesk database (it is not an SQLite file, or it is damaged). It was "
                            "left untouched.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!exists) {
        const QDir parent = info.absoluteDir();
        if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
            return openError(path, QStringLiteral("DATABASE_NOT_CREATED"),
                             tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parent.absolutePath())));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_created = !exists || info.size() == 0;
    db->m_connectionName = QStringLiteral("billingdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(db->m_path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!conn.open())
            return openError(path, QStringLiteral("DATABASE_NOT_OPENED"),
                             tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), conn.lastError().text()));
    }

    // Read before writing anything: a damaged or newer file must be left exactly as it is.
    QSqlQuery probe(db->connection());
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        const QString text = probe.lastError().text();
        if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            return openError(path, QStringLiteral("DATABASE_LOCKED"),
                             tr("%1 is locked by another program. Close it there and try again.")
                                 .arg(QDir::toNativeSeparators(path)));
        return openError(path, QStringLiteral("DATABASE_CORRUPT"),
                         tr("%1 is damaged and cannot be read (%2). It was left untouched.")
                             .arg(QDir::toNativeSeparators(path), text));
    }
    const int version = probe.value(0).toInt();
    probe.finish();
    if (version > latestSchemaVersion())
        return openError(path, QStringLiteral("DATABASE_TOO_NEW"),
                         tr("%1 was written by a newer BillingDesk (schema version %2; this version understands up to "
                            "%3). Update BillingDesk to open it. The file was left untouched.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(version)
                             .arg(latestSchemaVersion()));
    if (version > 0) {
        // A database with tables we do not know is not ours.
        QSqlQuery check(db->connection());
        if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'settings'")) || !check.next()
            || check.value(0).toInt() != 1)
            return openError(
                path, QStringLiteral("DATABASE_CORRUPT"),
                tr("%1 is not a BillingDesk database. It was left untouched.").arg(QDir::toNativeSeparators(path)));
    } else if (!db->m_created) {
        QSqlQuery check(db->connection());
        if (check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && check.next()
            && check.value(0).toInt() > 0)
            return openError(path, QStringLiteral("DATABASE_CORRUPT"),
                             tr("%1 is an SQLite database of another program, not a BillingDesk database. It was left "
                                "untouched.")
                                 .arg(QDir::toNativeSeparators(path)));
    }

    // A new database gets 16 KiB pages. This must come before anything that takes a write lock (the probe below
    // fixes the page size of an empty file) and it writes nothing. Cost imports write millions of narrow rows:
    // bigger pages mean fewer pages, page splits, WAL frames and checkpoint writes.
    if (db->m_created)
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA page_size = 16384"));

    // Is someone else writing? A write lock we cannot get within the busy timeout means "locked".
    {
        QSqlQuery lock(db->connection());
        if (!lock.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return openError(path, QStringLiteral("DATABASE_LOCKED"),
                             tr("%1 is locked by another program. Close it there and try again.")
                                 .arg(QDir::toNativeSeparators(path)));
        lock.exec(QStringLiteral("ROLLBACK"));
    }

    // Fault injection for tests of the fail-closed rules (see setFaultHook).
    if (const QByteArray fault = qgetenv("BILLINGDESK_STORAGE_FAULT"); !fault.isEmpty()) {
        const QRegularExpression pattern(QString::fromUtf8(fault));
        if (pattern.isValid())
            db->m_environmentFault
                = [pattern](const QString &statement) { return pattern.match(statement).hasMatch(); };
    }

    // The backup (in migrate) copies the file before anything here writes to it, the journal mode included.
    if (version < latestSchemaVersion()) {
        if (auto migrated = db->migrate(version); !migrated)
            return migrated.error();
    } else if (auto configured = db->configureConnection(); !configured) {
        return configured.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    return open(m_path, OpenMode::ExistingOnly);
}

Status Database::configureConnection()
{
    return execAll({
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 3000"),
    });
}

Status Database::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        // A backup copy next to the file, named after the version it holds. WAL content is checkpointed first.
        QSqlQuery(connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString backup = QStringLiteral("%1.v%2.backup").arg(m_path).arg(fromVersion);
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup))
            return Error::internal(tr("Cannot write the backup copy %1 before upgrading the database.")
                                       .arg(QDir::toNativeSeparators(backup)));
    }
    if (auto configured = configureConnection(); !configured)
        return configured;
    for (const Migration &step : allMigrations()) {
        if (step.version <= fromVersion)
            continue;
        if (auto started = begin(); !started)
            return started;
        Status status = execAll(step.statements);
        if (status)
            status = execAll({QStringLiteral("PRAGMA user_version = %1").arg(step.version)});
        if (!status) {
            rollback();
            Error e = status.error();
            e.message = tr("Upgrading the database to schema version %1 (%2) failed: %3")
                            .arg(step.version)
                            .arg(step.description, e.message);
            return e;
        }
        if (auto committed = commit(); !committed)
            return committed;
    }
    return {};
}

Status Database::begin()
{
    QSqlQuery q(connection());
    const QString sql
        = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!q.exec(sql))
        return sqlError(q, sql);
    ++m_depth;
    return {};
}

Status Database::commit()
{
    if (m_depth <= 0)
        return Error::internal(tr("No transaction is in progress."));
    QSqlQuery q(connection());
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    if (!q.exec(sql)) {
        Error e = sqlError(q, sql);
        rollback();
        return e;
    }
    --m_depth;
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    QSqlQuery q(connection());
    if (m_depth == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth - 1));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_depth - 1));
    }
    --m_depth;
}

Error Database::injectedFault(const QString &statement) const
{
    Q_UNUSED(statement);
    return Error {Error::Kind::Internal, QStringLiteral("DATABASE_LOCKED"),
                  tr("The database is locked by another program; close it and try again."), {}};
}

} // namespace bd
