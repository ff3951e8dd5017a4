// billingdesk-cli core commands: --version/--help, init, demo, clock show|set|advance, apply,
// export-scenario; --json shapes, global options before and after the command, exit codes 0/1/2/3.
#include "TestSupport.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bd;
using bd::test::runCli;

namespace {

QJsonObject jsonObject(const QString &text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s", qPrintable(text));
    return doc.object();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// One value read with a plain SQLite connection (no BillingDesk logic).
QVariant rawScalar(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class tst_CliCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void initCommand();
    void demo();
    void clock();
    void clockErrors_data();
    void clockErrors();
    void applyAndExport();
    void applyErrors_data();
    void applyErrors();
    void readOnlyDatabase();
    void damagedPage();
    void checkHealthy();

private:
    QString db(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_demo; // a database with the demo loaded
};

void tst_CliCore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = db(QStringLiteral("demo.sqlite"));
    const auto r = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("demo")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void tst_CliCore::versionAndHelp()
{
    auto r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("billingdesk-cli " BILLINGDESK_VERSION));
    r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *command :
         {"init", "demo", "clock show", "clock set", "clock advance", "apply", "export-scenario", "orgs add"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
    QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
    r = runCli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("--to-next-month")));
}

void tst_CliCore::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << 2 << "Usage:";
    QTest::newRow("unknown command") << QStringList {"frobnicate"} << 2 << "unknown command \"frobnicate\"";
    QTest::newRow("group without command") << QStringList {"clock"} << 2 << "clock advance, clock set, clock show";
    QTest::newRow("unknown subcommand") << QStringList {"clock", "rewind"} << 2 << "needs one of";
    QTest::newRow("unknown option") << QStringList {"clock", "advance", "--weeks", "2"} << 2 << "weeks";
    QTest::newRow("--db without value") << QStringList {"init", "--db"} << 2 << "--db needs a value";
    QTest::newRow("bad --now") << QStringList {"--now", "yesterday", "clock", "show"} << 2 << "--now \"yesterday\"";
    QTest::newRow("bad --now after the command")
        << QStringList {"clock", "show", "--now", "2026-13-01"} << 2 << "--now";
    QTest::newRow("unknown --as account")
        << QStringList {"--as", "999999999999", "clock", "show"} << 1 << "ACCOUNT_NOT_FOUND";
    QTest::newRow("unexpected argument") << QStringList {"init", "extra"} << 2 << "unexpected argument \"extra\"";
}

void tst_CliCore::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = runCli(QStringList {QStringLiteral("--db"), m_demo} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_CliCore::initCommand()
{
    const QString path = db(QStringLiteral("init.sqlite"));
    auto r = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("Created %1 (schema version %2).").arg(path).arg(Storage::latestSchemaVersion()));
    // Global options after the command.
    r = runCli({QStringLiteral("init"), QStringLiteral("--json"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonObject(r.out);
    QCOMPARE(o.value(QStringLiteral("database")).toString(), path);
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), Storage::latestSchemaVersion());
    QCOMPARE(o.value(QStringLiteral("created")).toBool(true), false);
    QCOMPARE(o.keys(),
             (QStringList {QStringLiteral("created"), QStringLiteral("database"), QStringLiteral("schemaVersion")}));
    // A file that is not a database: bad input data, left alone.
    const QString text = db(QStringLiteral("notes.txt"));
    writeFile(text, "not a database\n");
    r = runCli({QStringLiteral("--db"), text, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("DATABASE_CORRUPT")));
}

void tst_CliCore::demo()
{
    const QString path = db(QStringLiteral("demo-json.sqlite"));
    auto r = runCli({QStringLiteral("demo"), QStringLiteral("--json"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonObject(r.out);
    QCOMPARE(o.keys(),
             (QStringList {QStringLiteral("accounts"), QStringLiteral("clock"), QStringLiteral("database"),
                           QStringLiteral("organizations")}));
    QCOMPARE(o.value(QStringLiteral("organizations")).toInt(), 10);
    QCOMPARE(o.value(QStringLiteral("accounts")).toInt(), 26);
    QCOMPARE(o.value(QStringLiteral("clock")).toString(), QStringLiteral("2026-01-15T09:00:00Z"));
    // The demo organizations are listed.
    r = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("orgs"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray orgs = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(orgs.size(), 10);
    QStringList names;
    for (const QJsonValue &v : orgs)
        names << v.toObject().value(QStringLiteral("name")).toString();
    QVERIFY(names.contains(QStringLiteral("Northwind Holdings")));
    QVERIFY(names.contains(QStringLiteral("Meridian Cloud Services")));
    // Loading twice is refused by a rule.
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("DATABASE_NOT_EMPTY")));
    // The options override (or create) the scenario's usage section: 1 month, 200 rows, seed 7.
    const QString usage = db(QStringLiteral("demo-usage.sqlite"));
    r = runCli({QStringLiteral("--db"), usage, QStringLiteral("demo"), QStringLiteral("--months"), QStringLiteral("1"),
                QStringLiteral("--rows"), QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli(
        {QStringLiteral("--db"), usage, QStringLiteral("--json"), QStringLiteral("imports"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray imports = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.first().toObject().value(QStringLiteral("rowsImported")).toInt(), 200);
    QVERIFY(imports.first().toObject().value(QStringLiteral("file")).toString().contains(QStringLiteral("1m-seed7")));
    // Option values are checked before anything is written.
    const QString other = db(QStringLiteral("demo-bad.sqlite"));
    r = runCli(
        {QStringLiteral("--db"), other, QStringLiteral("demo"), QStringLiteral("--months"), QStringLiteral("many")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--months needs a whole number")));
    r = runCli({QStringLiteral("--db"), other, QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
}

void tst_CliCore::clock()
{
    const QString path = db(QStringLiteral("clock.sqlite"));
    auto r = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("clock"), QStringLiteral("show")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = jsonObject(r.out);
    QCOMPARE(o.keys(), (QStringList {QStringLiteral("now"), QStringLiteral("simulated"), QStringLiteral("source")}));
    QCOMPARE(o.value(QStringLiteral("simulated")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("real"));
    // --now overrides for one command only.
    r = runCli({QStringLiteral("clock"), QStringLiteral("show"), QStringLiteral("--now"),
                QStringLiteral("2026-01-15T10:00:00Z"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("2026-01-15T10:00:00Z (simulated: --now for this command)"));
    // set, then advance across the year end.
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("clock"), QStringLiteral("set"),
                QStringLiteral("2090-12-31T10:00:00Z")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("2090-12-31T10:00:00Z (simulated clock stored in the database)"));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("clock"),
                QStringLiteral("advance"), QStringLiteral("--days"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    o = jsonObject(r.out);
    QCOMPARE(o.value(QStringLiteral("now")).toString(), QStringLiteral("2091-01-02T10:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("stored"));
    QCOMPARE(o.value(QStringLiteral("simulated")).toBool(), true);
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("clock"),
                QStringLiteral("advance"), QStringLiteral("--months"), QStringLiteral("1")});
    QCOMPARE(jsonObject(r.out).value(QStringLiteral("now")).toString(), QStringLiteral("2091-02-02T10:00:00Z"));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("clock"),
                QStringLiteral("advance"), QStringLiteral("--to-next-month")});
    QCOMPARE(jsonObject(r.out).value(QStringLiteral("now")).toString(), QStringLiteral("2091-03-01T00:00:00Z"));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("clock"), QStringLiteral("show")});
    QCOMPARE(r.out.trimmed(), QStringLiteral("2091-03-01T00:00:00Z (simulated clock stored in the database)"));
}

void tst_CliCore::clockErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("backwards") << QStringList {"clock", "set", "2025-01-01"} << 1 << "CLOCK_CANNOT_MOVE_BACKWARDS";
    QTest::newRow("not a date") << QStringList {"clock", "set", "soon"} << 3 << "INVALID_DATE";
    QTest::newRow("no date") << QStringList {"clock", "set"} << 2 << "give one date";
    QTest::newRow("nothing to advance") << QStringList {"clock", "advance"} << 2 << "exactly one of";
    QTest::newRow("two ways") << QStringList {"clock", "advance", "--days", "1", "--to-next-month"} << 2
                              << "exactly one of";
    QTest::newRow("days not a number") << QStringList {"clock", "advance", "--days", "x"} << 2
                                       << "--days needs a whole number";
    QTest::newRow("zero days") << QStringList {"clock", "advance", "--days", "0"} << 3 << "INVALID_DAYS";
}

void tst_CliCore::clockErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = runCli(QStringList {QStringLiteral("--db"), m_demo} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const auto show = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("clock"), QStringLiteral("show")});
    QVERIFY(show.out.startsWith(QStringLiteral("2026-01-15T09:00:00Z"))); // unchanged
}

void tst_CliCore::applyAndExport()
{
    // Export the demo to standard output and to a file: the same JSON.
    auto r = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("export-scenario")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject exported = jsonObject(r.out);
    QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("billingdesk-scenario"));
    QCOMPARE(exported.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(exported.value(QStringLiteral("organizations")).toArray().size(), 10);
    const QString file = db(QStringLiteral("exported.json"));
    r = runCli({QStringLiteral("export-scenario"), QStringLiteral("--out"), file, QStringLiteral("--db"), m_demo,
                QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(jsonObject(r.out).value(QStringLiteral("written")).toString(), file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object(), exported);
    // Apply it to a new database and export again: identical.
    const QString copy = db(QStringLiteral("copy.sqlite"));
    r = runCli({QStringLiteral("--db"), copy, QStringLiteral("--json"), QStringLiteral("apply"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject summary = jsonObject(r.out);
    QCOMPARE(summary.value(QStringLiteral("organizations")).toInt(), 10);
    QCOMPARE(summary.value(QStringLiteral("accounts")).toInt(), 26);
    QCOMPARE(summary.value(QStringLiteral("clock")).toString(), QStringLiteral("2026-01-15T09:00:00Z"));
    r = runCli({QStringLiteral("--db"), copy, QStringLiteral("export-scenario")});
    QCOMPARE(jsonObject(r.out), exported);
    // Text output.
    const QString third = db(QStringLiteral("third.sqlite"));
    r = runCli({QStringLiteral("--db"), third, QStringLiteral("apply"), file});
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("Applied %1 into %2: 10 organizations, 26 accounts; the clock is 2026-01-15T09:00:00Z.")
                 .arg(file, third));
    // Acting as an account: refused (a scenario holds everything).
    r = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("--as"), QStringLiteral("517203948261"),
                QStringLiteral("export-scenario")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("ACCESS_DENIED")));
    QVERIFY(r.out.isEmpty());
}

void tst_CliCore::applyErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // "-" for no file at all
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray("-") << 3 << "FILE_NOT_READABLE";
    QTest::newRow("syntax error") << QByteArray("{\n  \"format\": \"billingdesk-scenario\",\n  \"version\": 1,\n}\n")
                                  << 3 << "scenario.json:4:1: ";
    QTest::newRow("unknown key") << QByteArray(
        R"({"format": "billingdesk-scenario", "version": 1, "organisations": []})")
                                 << 3 << "scenario.json: organisations: Unknown key";
    QTest::newRow("bad account id") << QByteArray(
        R"({"format": "billingdesk-scenario", "version": 1, "organizations": [{"id": "o-abcdefghij",
                                          "name": "X", "managementAccount": "42", "email": "x@example.com"}]})")
                                    << 3 << "organizations[0].managementAccount";
    QTest::newRow("existing organization")
        << QByteArray(R"({"format": "billingdesk-scenario", "version": 1, "organizations": [{"id":
                                                 "o-nwh4k8x2p9ql", "name": "X", "managementAccount": "123412341234", "email": "x@example.com"}]})")
        << 1 << "ORGANIZATION_ALREADY_EXISTS";
    QTest::newRow("clock backwards") << QByteArray(
        R"({"format": "billingdesk-scenario", "version": 1, "clock": "2025-01-01T00:00:00Z"})")
                                     << 1 << "scenario.json: clock: ";
}

void tst_CliCore::applyErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = db(QStringLiteral("scenario.json"));
    QFile::remove(file);
    if (content != "-")
        writeFile(file, content);
    const auto before = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("export-scenario")});
    const auto r = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("apply"), file});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const auto after = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("export-scenario")});
    QCOMPARE(after.out, before.out); // nothing changed
    QVERIFY(!runCli({QStringLiteral("--db"), m_demo, QStringLiteral("apply")}).err.isEmpty());
}

// A read-only copy of a database (chmod 0444, as archived month-end databases are kept): listing, exporting and
// checking work; every change is refused with DATABASE_READ_ONLY and exit 4; the file stays byte-for-byte the same.
void tst_CliCore::readOnlyDatabase()
{
    const QString path = db(QStringLiteral("archived.sqlite"));
    QVERIFY(QFile::copy(m_demo, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = hashOf(path);
    auto r = runCli({QStringLiteral("--db"), path, QStringLiteral("imports"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("orgs"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 10);
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("export-scenario")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(jsonObject(r.out).value(QStringLiteral("organizations")).toArray().size(), 10);
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("orgs"), QStringLiteral("add"), QStringLiteral("--id"),
                QStringLiteral("o-readonly0001"), QStringLiteral("--name"), QStringLiteral("Too Late"),
                QStringLiteral("--management-account"), QStringLiteral("999900001111"), QStringLiteral("--email"),
                QStringLiteral("late@example.com")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("[DATABASE_READ_ONLY]")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("clock"), QStringLiteral("advance"),
                QStringLiteral("--days"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("[DATABASE_READ_ONLY]")), qPrintable(r.err));
    QCOMPARE(hashOf(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// A damaged page (bytes of the audit log's root page overwritten in a copy): a command that reaches it exits 4 with
// a plain message that names the backup and holds no SQL; nothing more is written; check reports the damage.
void tst_CliCore::damagedPage()
{
    const QString path = db(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(m_demo, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal")) || QFileInfo(m_demo + QStringLiteral("-wal")).size() == 0);
    const int rootPage
        = rawScalar(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'")).toInt();
    const int pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size")).toInt();
    QVERIFY(rootPage > 1 && pageSize > 0);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(rootPage - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(pageSize, char(0x5a))), qint64(pageSize));
    }
    const QByteArray damaged = hashOf(path);
    auto r = runCli({QStringLiteral("--db"), path, QStringLiteral("orgs"), QStringLiteral("add"),
                     QStringLiteral("--id"), QStringLiteral("o-damaged00001"), QStringLiteral("--name"),
                     QStringLiteral("After Damage"), QStringLiteral("--management-account"),
                     QStringLiteral("999900002222"), QStringLiteral("--email"), QStringLiteral("after@example.com")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("[DATABASE_CORRUPT]")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(".v<N>.backup")), qPrintable(r.err));
    for (const char *sql : {"INSERT", "SELECT", "audit_log", "malformed"})
        QVERIFY2(!r.err.contains(QLatin1String(sql)), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains(QStringLiteral("the integrity check found")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("[DATABASE_CORRUPT]")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("backup")), qPrintable(r.err));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("check")});
    QCOMPARE(r.exitCode, 4);
    const QJsonObject found = jsonObject(r.out);
    QCOMPARE(found.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(!found.value(QStringLiteral("problems")).toArray().isEmpty());
    QCOMPARE(hashOf(path), damaged); // nothing was written to the damaged file
}

void tst_CliCore::checkHealthy()
{
    auto r = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("found no problem")), qPrintable(r.out));
    r = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("--json"), QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonObject(r.out);
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 0);
    QCOMPARE(o.value(QStringLiteral("readOnly")).toBool(true), false);
    // check never creates a database.
    const QString missing = db(QStringLiteral("missing-check.sqlite"));
    r = runCli({QStringLiteral("--db"), missing, QStringLiteral("check")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(tst_CliCore)
#include "tst_CliCore.moc"
