// Database::open: fresh create, upgrade from a v1 fixture with a backup, and the files it must refuse and
// leave byte-for-byte untouched (newer schema, corrupt, another program's, read-only, locked); nested
// transactions roll back whole.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bd;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A plain SQLite connection (no BillingDesk logic) for building fixtures and inspecting files.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return ok;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql) && q.next())
            return q.value(0);
        return {};
    }

private:
    QString m_name;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabase();
    void upgradeFromV1();
    void refused_data();
    void refused();
    void readOnlyOpensForReading();
    void readOnlyOlderSchemaRefused();
    void readOnlyFolder();
    void lockedRefused();
    void faultsToldApart_data();
    void faultsToldApart();
    void diskFull();
    void damagedPage();
    void nestedTransactions();
    void settings();

private:
    QTemporaryDir m_dir;
};

void tst_Database::freshDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh/new.sqlite")); // the folder is created too
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
    QVERIFY(db.value()->wasCreated());
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(Database::latestSchemaVersion(), allMigrations().constLast().version);
    QVERIFY(Database::latestSchemaVersion() >= 3);
    auto mode = db.value()->exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.ok() && mode.value().next());
    QCOMPARE(mode.value().value(0).toString(), QStringLiteral("wal"));
    auto fk = db.value()->exec(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(fk.ok() && fk.value().next());
    QCOMPARE(fk.value().value(0).toInt(), 1);
    QVERIFY(!QFile::exists(path + QStringLiteral(".v0.backup"))); // nothing to back up for a new file
    db.value().reset();
    // Opening again changes nothing and is not "created".
    auto again = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(again.ok());
    QVERIFY(!again.value()->wasCreated());
    QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
    auto missing = Database::open(m_dir.filePath(QStringLiteral("missing.sqlite")), Database::OpenMode::ExistingOnly);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("DATABASE_NOT_FOUND"));
}

void tst_Database::upgradeFromV1()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        RawConnection raw(path);
        const Migration v1 = allMigrations().first();
        QCOMPARE(v1.version, 1);
        for (const QString &sql : v1.statements)
            QVERIFY(raw.exec(sql));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO organizations (id, name, management_account_id, management_email) "
                           "VALUES ('o-fixture0001', 'Fixture Org', '111122223333', 'root@fixture.example.com')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO accounts (id, name, organization_id) VALUES ('111122223333', 'Fixture', "
                           "'o-fixture0001')")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    const QByteArray before = hashOf(path);
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!db.value()->wasCreated());
    auto q = db.value()->exec(QStringLiteral("SELECT name FROM organizations WHERE id = 'o-fixture0001'"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("Fixture Org"));
    const QString backup = path + QStringLiteral(".v1.backup");
    QVERIFY(QFile::exists(backup));
    QCOMPARE(hashOf(backup), before); // the backup is the file as it was
    RawConnection raw(backup);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void tst_Database::refused_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: a SQLite file made by the test row's SQL
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("code");
    QByteArray random;
    quint32 x = 12345;
    for (int i = 0; i < 8192; ++i) {
        x = x * 1103515245u + 12345u;
        random.append(char(x >> 24));
    }
    QTest::newRow("random bytes") << random << QString() << "DATABASE_CORRUPT";
    QTest::newRow("text file") << QByteArray("organization,account\no-abc,123456789012\n") << QString()
                               << "DATABASE_CORRUPT";
    QByteArray damaged("SQLite format 3\0", 16);
    damaged.append(random);
    QTest::newRow("damaged sqlite") << damaged << QString() << "";
    QTest::newRow("newer schema")
        << QByteArray() << "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);PRAGMA user_version = 999"
        << "DATABASE_TOO_NEW";
    QTest::newRow("another program") << QByteArray() << "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"
                                     << "DATABASE_CORRUPT";
    QTest::newRow("unknown tables with a version")
        << QByteArray() << "CREATE TABLE photos (id INTEGER);PRAGMA user_version = 2"
        << "DATABASE_CORRUPT";
    QTest::newRow("a folder") << QByteArray("folder") << QString() << "DATABASE_IS_DIRECTORY";
}

void tst_Database::refused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sql);
    QFETCH(QString, code);
    const QString path
        = m_dir.filePath(QStringLiteral("refused-%1.sqlite").arg(QTest::currentDataTag()).replace(u' ', u'-'));
    if (content == "folder") {
        QVERIFY(QDir().mkpath(path));
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, code);
        return;
    }
    if (sql.isEmpty()) {
        writeFile(path, content);
    } else {
        RawConnection raw(path);
        for (const QString &statement : sql.split(u';'))
            QVERIFY(raw.exec(statement));
    }
    const QByteArray before = hashOf(path);
    QVERIFY(!before.isEmpty());
    const qint64 sizeBefore = QFileInfo(path).size();
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    if (!code.isEmpty())
        QCOMPARE(db.error().code, code);
    else
        QVERIFY2(db.error().code == QLatin1String("DATABASE_CORRUPT")
                     || db.error().code == QLatin1String("DATABASE_TOO_NEW"),
                 qPrintable(db.error().code));
    QVERIFY2(db.error().message.contains(QStringLiteral("untouched")), qPrintable(db.error().message));
    QCOMPARE(db.error().kind, Error::Kind::Input);
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

// A read-only file (no write permission bit: root included) opens read-only: reads work, every write is refused
// with DATABASE_READ_ONLY (a fault: CLI exit 4), and the file is byte-for-byte what it was.
void tst_Database::readOnlyOpensForReading()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(
            db.value()->execAll({QStringLiteral("INSERT INTO settings (key, value) VALUES ('archived', 'yes')")}).ok());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = hashOf(path);
    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
        QVERIFY(db.value()->isReadOnly());
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        auto q = db.value()->exec(QStringLiteral("SELECT value FROM settings WHERE key = 'archived'"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("yes"));
        const Status begun = db.value()->begin();
        QVERIFY(!begun.ok());
        QCOMPARE(begun.error().code, QStringLiteral("DATABASE_READ_ONLY"));
        QCOMPARE(begun.error().kind, Error::Kind::Fault);
        QVERIFY2(begun.error().message.contains(QStringLiteral("read-only")), qPrintable(begun.error().message));
        QVERIFY(!db.value()->inTransaction());
        auto write = db.value()->exec(QStringLiteral("UPDATE settings SET value = 'no' WHERE key = 'archived'"));
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code, QStringLiteral("DATABASE_READ_ONLY"));
        // Even a statement that slips past the guard is refused by SQLite itself (query_only).
        QSqlQuery raw(db.value()->connection());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM settings")));
        auto again = db.value()->exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'archived'"));
        QVERIFY(again.ok() && again.value().next());
        QCOMPARE(again.value().value(0).toInt(), 1);
    }
    QCOMPARE(hashOf(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// A read-only file of an older schema cannot be upgraded: refused with a clear message, no backup, untouched.
void tst_Database::readOnlyOlderSchemaRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly-v1.sqlite"));
    {
        RawConnection raw(path);
        const Migration v1 = allMigrations().first();
        for (const QString &sql : v1.statements)
            QVERIFY(raw.exec(sql));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = hashOf(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("DATABASE_READ_ONLY_NEEDS_UPGRADE"));
    QVERIFY2(db.error().message.contains(QStringLiteral("schema version 1")), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("untouched")));
    QCOMPARE(hashOf(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral(".v1.backup")));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// A read-only file in a read-only folder: SQLite cannot create the WAL index beside it; it is read as immutable.
void tst_Database::readOnlyFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/2025-12.sqlite");
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()
                    ->execAll({QStringLiteral("INSERT INTO settings (key, value) VALUES ('month', '2025-12')")})
                    .ok());
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QByteArray before = hashOf(path);
    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
        QVERIFY(db.value()->isReadOnly());
        auto q = db.value()->exec(QStringLiteral("SELECT value FROM settings WHERE key = 'month'"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("2025-12"));
        QVERIFY(!db.value()->begin().ok());
    }
    QCOMPARE(hashOf(path), before);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_Database::lockedRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    RawConnection other(path);
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(other.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('held', 'by another program')")));
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("DATABASE_LOCKED"));
    QVERIFY(db.error().message.contains(QStringLiteral("locked")));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    auto later = Database::open(path);
    QVERIFY(later.ok());
}

void tst_Database::nestedTransactions()
{
    test::TempServices ts;
    Storage &storage = ts->storage();
    SettingsStore &settings = storage.settings();
    auto count = [&settings]() {
        auto all = settings.all();
        if (!all)
            return -1;
        int n = 0;
        for (auto it = all->cbegin(); it != all->cend(); ++it)
            n += it.key().startsWith(QLatin1String("nested.")) ? 1 : 0;
        return n;
    };
    {
        Transaction outer(storage);
        QVERIFY(outer.started().ok());
        QVERIFY(settings.setValue(QStringLiteral("nested.outer"), QStringLiteral("1")).ok());
        {
            Transaction inner(storage);
            QVERIFY(inner.started().ok());
            QVERIFY(settings.setValue(QStringLiteral("nested.inner"), QStringLiteral("2")).ok());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(count(), 2);
        // outer is not committed: everything goes
    }
    QVERIFY(!storage.inTransaction());
    QCOMPARE(count(), 0);
    {
        Transaction outer(storage);
        QVERIFY(settings.setValue(QStringLiteral("nested.kept"), QStringLiteral("1")).ok());
        {
            Transaction inner(storage);
            QVERIFY(settings.setValue(QStringLiteral("nested.dropped"), QStringLiteral("2")).ok());
            // inner rolls back alone
        }
        QCOMPARE(count(), 1);
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(count(), 1);
    QCOMPARE(settings.valueOr(QStringLiteral("nested.kept")), QStringLiteral("1"));
    QVERIFY(!settings.value(QStringLiteral("nested.dropped"))->has_value());
    QVERIFY(!storage.commit().ok()); // nothing in progress
}

void tst_Database::settings()
{
    test::TempServices ts;
    SettingsStore &settings = ts->storage().settings();
    QCOMPARE(settings.valueOr(QStringLiteral("absent"), QStringLiteral("default")), QStringLiteral("default"));
    QVERIFY(settings.setValue(QStringLiteral("k"), QStringLiteral("a")).ok());
    QVERIFY(settings.setValue(QStringLiteral("k"), QStringLiteral("b")).ok());
    QCOMPARE(settings.valueOr(QStringLiteral("k")), QStringLiteral("b"));
    QCOMPARE(settings.intOr(QStringLiteral("k"), 7), 7); // not a number: the default
    auto bad = test::sqliteDatabase(*ts).exec(QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("DATABASE_ERROR"));
}

// SQLite's result codes are told apart: each fault has its own reason code, is Error::Kind::Fault (CLI exit 4) and
// says what to do, without SQL text.
void tst_Database::faultsToldApart_data()
{
    QTest::addColumn<int>("sqliteCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("advice");
    QTest::newRow("SQLITE_BUSY") << 5 << "DATABASE_LOCKED"
                                 << "close it";
    QTest::newRow("SQLITE_LOCKED") << 6 << "DATABASE_LOCKED"
                                   << "close it";
    QTest::newRow("SQLITE_IOERR_WRITE") << (10 | (3 << 8)) << "DATABASE_IO_ERROR"
                                        << "Check the disk";
    QTest::newRow("SQLITE_CORRUPT") << 11 << "DATABASE_CORRUPT"
                                    << ".v<N>.backup";
    QTest::newRow("SQLITE_NOTADB") << 26 << "DATABASE_CORRUPT"
                                   << ".v<N>.backup";
    QTest::newRow("SQLITE_FULL") << 13 << "DISK_FULL"
                                 << "Free some space";
    QTest::newRow("SQLITE_READONLY") << 8 << "DATABASE_READ_ONLY"
                                     << "permissions";
    QTest::newRow("SQLITE_PERM") << 3 << "DATABASE_PERMISSION_DENIED"
                                 << "permissions";
    QTest::newRow("SQLITE_CANTOPEN") << 14 << "DATABASE_PERMISSION_DENIED"
                                     << "permissions";
}

void tst_Database::faultsToldApart()
{
    QFETCH(int, sqliteCode);
    QFETCH(QString, code);
    QFETCH(QString, advice);
    test::TempServices ts;
    Database &db = test::sqliteDatabase(*ts);
    const Error e = db.failure(sqliteCode, QStringLiteral("INSERT INTO audit_log (x) VALUES (?): raw text"));
    QCOMPARE(e.code, code);
    QCOMPARE(e.kind, Error::Kind::Fault);
    QVERIFY2(e.message.contains(advice), qPrintable(e.message));
    QVERIFY2(!e.message.contains(QStringLiteral("INSERT")), qPrintable(e.message));
    // Only a damaged page stops further writes.
    QCOMPARE(db.isDamaged(), code == QLatin1String("DATABASE_CORRUPT"));
    QCOMPARE(db.begin().ok(), code != QLatin1String("DATABASE_CORRUPT"));
    if (db.inTransaction())
        db.rollback();
}

// A full disk (here: the page limit of the connection) is DISK_FULL, a fault, and nothing is kept.
void tst_Database::diskFull()
{
    test::TempServices ts;
    Database &db = test::sqliteDatabase(*ts);
    auto pages = db.exec(QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages.ok() && pages.value().next());
    const int count = pages.value().value(0).toInt();
    pages.value().finish();
    QVERIFY(db.execAll({QStringLiteral("PRAGMA max_page_count = %1").arg(count + 2)}).ok());
    QVERIFY(db.begin().ok());
    auto big = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('big', ?)"),
                       {QString(200000, QLatin1Char('x'))});
    QVERIFY(!big.ok());
    QCOMPARE(big.error().code, QStringLiteral("DISK_FULL"));
    QCOMPARE(big.error().kind, Error::Kind::Fault);
    QVERIFY2(big.error().message.contains(QStringLiteral("Free some space")), qPrintable(big.error().message));
    QVERIFY(!big.error().message.contains(QStringLiteral("INSERT")));
    db.rollback();
    QVERIFY(!db.isDamaged());
    QCOMPARE(ts->setting(QStringLiteral("big")), QString());
}

// A damaged page: the error is DATABASE_CORRUPT (a fault) with a plain message that names the backup, the
// connection writes nothing more, and the integrity check reports the damage.
void tst_Database::damagedPage()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    int pageSize = 0;
    int rootPage = 0;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->checkIntegrity().ok() && db.value()->checkIntegrity()->isEmpty());
        for (int i = 0; i < 300; ++i)
            QVERIFY(db.value()
                        ->exec(QStringLiteral("INSERT INTO audit_log (clock_time, wall_time, actor, action, "
                                              "entity_type, entity_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {QStringLiteral("2026-01-15T09:00:00Z"), QStringLiteral("2026-01-15T09:00:00Z"),
                                QStringLiteral("admin"), QStringLiteral("test"), QStringLiteral("t"),
                                QString::number(i), QString(200, QLatin1Char('d'))})
                        .ok());
        auto q = db.value()->exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'"));
        QVERIFY(q.ok() && q.value().next());
        rootPage = q.value().value(0).toInt();
        auto size = db.value()->exec(QStringLiteral("PRAGMA page_size"));
        QVERIFY(size.ok() && size.value().next());
        pageSize = size.value().value(0).toInt();
    }
    QVERIFY(rootPage > 1 && pageSize > 0);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(rootPage - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(pageSize, char(0x5a))), qint64(pageSize));
    }
    const QByteArray damaged = hashOf(path);
    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
        auto read = db.value()->exec(QStringLiteral("SELECT count(*), max(details) FROM audit_log"));
        if (read.ok())
            QVERIFY(!read.value().next());
        auto write = db.value()->exec(QStringLiteral("INSERT INTO audit_log (clock_time, wall_time, actor, action, "
                                                     "entity_type, entity_id) VALUES ('a', 'b', 'c', 'd', 'e', 'f')"));
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code, QStringLiteral("DATABASE_CORRUPT"));
        QCOMPARE(write.error().kind, Error::Kind::Fault);
        QVERIFY2(write.error().message.contains(path + QStringLiteral(".v<N>.backup")),
                 qPrintable(write.error().message));
        QVERIFY(!write.error().message.contains(QStringLiteral("INSERT")));
        QVERIFY(!write.error().message.contains(QStringLiteral("audit_log")));
        QVERIFY(db.value()->isDamaged());
        // Nothing more is written, not even to a healthy table.
        const Status begun = db.value()->begin();
        QVERIFY(!begun.ok());
        QCOMPARE(begun.error().code, QStringLiteral("DATABASE_CORRUPT"));
        auto other = db.value()->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('after', 'damage')"));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("DATABASE_CORRUPT"));
        auto found = db.value()->checkIntegrity();
        QVERIFY(found.ok());
        QVERIFY(!found->isEmpty());
        QVERIFY2(found->join(QLatin1Char('\n')).contains(QStringLiteral("age")), qPrintable(found->join(u'\n')));
    }
    QCOMPARE(hashOf(path), damaged);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
