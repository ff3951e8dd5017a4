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
    void readOnlyRefused();
    void lockedRefused();
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

void tst_Database::readOnlyRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = hashOf(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("DATABASE_READ_ONLY"));
    QVERIFY(db.error().message.contains(QStringLiteral("read-only")));
    QCOMPARE(hashOf(path), before);
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

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
