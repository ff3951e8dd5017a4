#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
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
    m_prepared.clear(); // before the connection closes
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

namespace {

// The primary SQLite result code of a failed query. QSQLITE gives it as the native error code; an error without
// one (from the driver itself) is classified by its text.
int sqliteCodeOf(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    if (ok && native != 0)
        return native & 0xff;
    const QString text = error.databaseText();
    auto has = [&text](const char *word) { return text.contains(QLatin1String(word), Qt::CaseInsensitive); };
    if (has("malformed"))
        return 11; // SQLITE_CORRUPT
    if (has("disk is full"))
        return 13; // SQLITE_FULL
    if (has("disk I/O"))
        return 10; // SQLITE_IOERR
    if (has("readonly") || has("read-only"))
        return 8; // SQLITE_READONLY
    if (has("locked") || has("busy"))
        return 5; // SQLITE_BUSY
    return 1; // SQLITE_ERROR
}

} // namespace

Error Database::sqlError(const QSqlQuery &query) const
{
    // The statement is for developers, never part of a user's message.
    return failure(sqliteCodeOf(query.lastError()), query.lastError().databaseText());
}

Error Database::failure(int sqliteCode, const QString &text) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (sqliteCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::fault(QStringLiteral("DATABASE_LOCKED"),
                            tr("The database is locked by another program; close it and try again."));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        m_damaged = true;
        return Error::fault(
            QStringLiteral("DATABASE_CORRUPT"),
            tr("The database %1 is damaged: a part of it cannot be read. Nothing more is written to it. Run "
               "\"billingdesk-cli check\" (File > Check Database) to see the damage, then restore the backup that "
               "upgrades keep next to it (%1.v<N>.backup, N the schema version it holds) or a backup of your own.")
                .arg(file));
    case 13: // SQLITE_FULL
        return Error::fault(
            QStringLiteral("DISK_FULL"),
            tr("The disk that holds %1 is full. Nothing was saved. Free some space and try again.").arg(file));
    case 10: // SQLITE_IOERR
        return Error::fault(QStringLiteral("DATABASE_IO_ERROR"),
                            tr("Reading or writing %1 failed (an input/output error of the disk). Nothing was saved. "
                               "Check the disk and try again; if the error stays, restore the backup %1.v<N>.backup "
                               "or a backup of your own.")
                                .arg(file));
    case 8: // SQLITE_READONLY
        return Error::fault(QStringLiteral("DATABASE_READ_ONLY"),
                            tr("%1 cannot be written (the file or its folder is read-only). Nothing was saved. Check "
                               "the permissions, or work on a writable copy.")
                                .arg(file));
    case 3: // SQLITE_PERM
    case 23: // SQLITE_AUTH
    case 14: // SQLITE_CANTOPEN
        return Error::fault(
            QStringLiteral("DATABASE_PERMISSION_DENIED"),
            tr("Access to %1 was denied. Check the permissions of the file and of its folder.").arg(file));
    default:
        return Error {Error::Kind::Internal,
                      QStringLiteral("DATABASE_ERROR"),
                      tr("The database reported an error: %1").arg(text),
                      {}};
    }
}

Status Database::writable() const
{
    if (m_readOnly)
        return Error::fault(QStringLiteral("DATABASE_READ_ONLY"),
                            tr("%1 is open read-only (the file has no write permission): it can be read, listed and "
                               "exported, but nothing can be changed. Make the file writable or work on a copy to "
                               "change it.")
                                .arg(QDir::toNativeSeparators(m_path)));
    if (m_damaged)
        return failure(11, {});
    return {};
}

Result<QStringList> Database::checkIntegrity() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        const int code = sqliteCodeOf(q.lastError());
        if (code != 11 && code != 26)
            return failure(code, q.lastError().databaseText());
        m_damaged = true;
        problems << tr("The database cannot be read: %1").arg(q.lastError().databaseText());
        return problems;
    }
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().isValid()) {
        const int code = sqliteCodeOf(q.lastError());
        if (code != 11 && code != 26)
            return failure(code, q.lastError().databaseText());
        problems << tr("The database cannot be read: %1").arg(q.lastError().databaseText());
    }
    if (problems == QStringList {QStringLiteral("ok")})
        return QStringList();
    m_damaged = true;
    return problems;
}

namespace {

// A statement that only reads (a write on a read-only or damaged database is refused before it reaches SQLite).
bool onlyReads(const QString &sql)
{
    const QString s = sql.trimmed();
    if (s.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
        || s.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
        return true;
    return s.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive) && !s.contains(QLatin1Char('='))
        && !s.contains(QLatin1String("checkpoint"), Qt::CaseInsensitive);
}

} // namespace

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    if (m_faultHook && m_faultHook(sql))
        return injectedFault(sql);
    if ((m_readOnly || m_damaged) && !onlyReads(sql))
        if (auto w = writable(); !w)
            return w.error();
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q);
    return q;
}

Result<QSqlQuery *> Database::runKept(const QString &sql, const QVariantList &bindings) const
{
    if (m_faultHook && m_faultHook(sql))
        return injectedFault(sql);
    if ((m_readOnly || m_damaged) && !onlyReads(sql))
        if (auto w = writable(); !w)
            return w.error();
    std::shared_ptr<QSqlQuery> &kept = m_prepared[sql];
    if (!kept) {
        auto q = std::make_shared<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            const Error e = sqlError(*q);
            m_prepared.remove(sql);
            return e;
        }
        kept = std::move(q);
    }
    QSqlQuery *q = kept.get();
    for (qsizetype i = 0; i < bindings.size(); ++i)
        q->bindValue(int(i), bindings[i]);
    if (!q->exec()) {
        const Error e = sqlError(*q);
        q->finish();
        return e;
    }
    return q;
}

Status Database::write(const QString &sql, const QVariantList &bindings) const
{
    auto q = runKept(sql, bindings);
    if (!q)
        return q.error();
    (*q)->finish();
    return {};
}

Status Database::lookup(const QString &sql, const QVariantList &bindings,
                        const std::function<void(QSqlQuery &)> &read) const
{
    auto q = runKept(sql, bindings);
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    read(query);
    const bool failed = query.lastError().isValid();
    const Error error = failed ? sqlError(query) : Error {};
    query.finish();
    if (failed)
        return error;
    return {};
}

Status Database::execAll(const QStringList &statements) const
{
    for (const QString &sql : statements) {
        if (m_faultHook && m_faultHook(sql))
            return injectedFault(sql);
        if ((m_readOnly || m_damaged) && !onlyReads(sql))
            if (auto w = writable(); !w)
                return w;
        QSqlQuery q(connection());
        if (!q.exec(sql))
            return sqlError(q);
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
    // No write permission bit at all is "read-only" even for a user (root) whom the system would let write: such a
    // file opens read-only (archived month-end databases are often kept that way).
    constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const bool readOnly = exists && (!info.isWritable() || !(info.permissions() & anyWrite));
    if (readOnly && info.size() == 0)
        return openError(path, QStringLiteral("DATABASE_READ_ONLY"),
                         tr("%1 is empty and read-only, so BillingDesk cannot create its database in it. Make the file "
                            "writable or choose another one.")
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
    db->m_readOnly = readOnly;
    db->m_connectionName = QStringLiteral("billingdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto connect = [&db](bool immutable) -> QString {
        {
            QSqlDatabase old = QSqlDatabase::database(db->m_connectionName, false);
            if (old.isOpen())
                old.close();
        }
        QSqlDatabase::removeDatabase(db->m_connectionName);
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
        if (db->m_readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (immutable) {
            // A read-only file in a read-only folder: SQLite cannot create the WAL index (-shm) beside it, so the file
            // is read as immutable (no locks, no WAL); open() checks there is no WAL content it would miss.
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            conn.setDatabaseName(QUrl::fromLocalFile(db->m_path).toString(QUrl::FullyEncoded)
                                 + QStringLiteral("?immutable=1"));
        } else {
            conn.setDatabaseName(db->m_path);
        }
        conn.setConnectOptions(options);
        return conn.open() ? QString() : conn.lastError().text();
    };
    if (const QString failed = connect(false); !failed.isEmpty())
        return openError(path, QStringLiteral("DATABASE_NOT_OPENED"),
                         tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), failed));

    // Read before writing anything: a damaged or newer file must be left exactly as it is.
    QSqlQuery probe(db->connection());
    bool probed = probe.exec(QStringLiteral("PRAGMA user_version")) && probe.next();
    if (!probed && readOnly) {
        const int code = sqliteCodeOf(probe.lastError());
        const QFileInfo wal(db->m_path + QStringLiteral("-wal"));
        if (code == 14 || code == 8) { // SQLITE_CANTOPEN, SQLITE_READONLY(_CANTINIT): no WAL index can be made
            if (wal.exists() && wal.size() > 0)
                return openError(path, QStringLiteral("DATABASE_READ_ONLY"),
                                 tr("%1 is read-only and has changes in its journal (%2) that cannot be read without "
                                    "write access to its folder. Make the folder writable, or open a copy.")
                                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(wal.filePath())));
            probe = QSqlQuery();
            if (const QString failed = connect(true); !failed.isEmpty())
                return openError(path, QStringLiteral("DATABASE_NOT_OPENED"),
                                 tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), failed));
            probe = QSqlQuery(db->connection());
            probed = probe.exec(QStringLiteral("PRAGMA user_version")) && probe.next();
        }
    }
    if (!probed) {
        const QString text = probe.lastError().databaseText();
        if (sqliteCodeOf(probe.lastError()) == 5 || sqliteCodeOf(probe.lastError()) == 6)
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
    if (readOnly && version < latestSchemaVersion())
        return openError(path, QStringLiteral("DATABASE_READ_ONLY_NEEDS_UPGRADE"),
                         tr("%1 is read-only and was written by an older BillingDesk (schema version %2; this version "
                            "reads version %3). A read-only file is never upgraded: make it writable once (it is "
                            "upgraded after a backup copy %1.v%2.backup), or open an upgraded copy. It was left "
                            "untouched.")
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
    if (!readOnly) {
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
    if (readOnly) {
        if (auto configured = db->configureReadOnly(); !configured)
            return configured.error();
    } else if (version < latestSchemaVersion()) {
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
        // A page cache that holds what one large unit of work changes (a scenario of 10,000 organizations): a
        // smaller one spills dirty pages to the WAL again and again. It grows only as pages are used.
        QStringLiteral("PRAGMA cache_size = %1").arg(-CacheKiB),
        // Savepoints (every service call inside a scenario or an import is one) keep their sub-journal in memory,
        // not in a temporary file written page by page: it holds only the pages of the current unit.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    });
}

Status Database::configureReadOnly()
{
    // query_only: SQLite itself refuses any write on this connection, whoever the user is.
    QStringList statements {QStringLiteral("PRAGMA query_only = ON"), QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &sql : statements) {
        QSqlQuery q(connection());
        if (!q.exec(sql))
            return sqlError(q);
    }
    return {};
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
    // No service writes to a read-only or damaged database: every write starts here.
    if (auto w = writable(); !w)
        return w;
    const QString sql
        = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (auto s = control(sql); !s)
        return s;
    ++m_depth;
    return {};
}

// A transaction statement (BEGIN, SAVEPOINT, RELEASE, COMMIT, ROLLBACK) on a kept prepared statement: a scenario
// opens and releases a savepoint per item.
Status Database::control(const QString &sql) const
{
    std::shared_ptr<QSqlQuery> &kept = m_prepared[sql];
    if (!kept) {
        kept = std::make_shared<QSqlQuery>(connection());
        if (!kept->prepare(sql)) {
            const Error e = sqlError(*kept);
            m_prepared.remove(sql);
            return e;
        }
    }
    const bool ok = kept->exec();
    const Error e = ok ? Error {} : sqlError(*kept);
    kept->finish();
    if (!ok)
        return e;
    return {};
}

Status Database::commit()
{
    if (m_depth <= 0)
        return Error::internal(tr("No transaction is in progress."));
    if (m_damaged) { // a page was found damaged during the transaction: keep nothing of it
        const Error e = failure(11, {});
        rollback();
        return e;
    }
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    if (auto s = control(sql); !s) {
        rollback();
        return s;
    }
    --m_depth;
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (m_depth == 1) {
        (void)control(QStringLiteral("ROLLBACK"));
    } else {
        (void)control(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth - 1));
        (void)control(QStringLiteral("RELEASE sp%1").arg(m_depth - 1));
    }
    --m_depth;
}

Error Database::injectedFault(const QString &statement) const
{
    Q_UNUSED(statement);
    return failure(5, {}); // SQLITE_BUSY
}

} // namespace bd
