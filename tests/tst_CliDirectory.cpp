// billingdesk-cli orgs list|add|edit|remove and accounts list|add|edit|remove: --json shapes, text output,
// global options before and after the command, permissions (--as) and exit codes 0/1/2/3.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using bd::test::runCli;

namespace {
QJsonDocument json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}
} // namespace

class tst_CliDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listOrganizations();
    void addEditRemoveOrganization();
    void accounts();
    void errors_data();
    void errors();
    void permissions();

private:
    test::CliResult cli(const QStringList &args) { return runCli(QStringList {QStringLiteral("--db"), m_db} + args); }
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliDirectory::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("dir.sqlite"));
    const auto r
        = cli({QStringLiteral("orgs"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("o-alpha00001"),
               QStringLiteral("--name"), QStringLiteral("Alpha Corp"), QStringLiteral("--management-account"),
               QStringLiteral("111111111111"), QStringLiteral("--email"), QStringLiteral("root@alpha.example.com"),
               QStringLiteral("--country"), QStringLiteral("US")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("Added organization Alpha Corp (o-alpha00001), management account 111111111111."));
    QCOMPARE(
        cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("o-alpha00001"),
             QStringLiteral("--id"), QStringLiteral("111111111112"), QStringLiteral("--name"),
             QStringLiteral("Alpha Prod"), QStringLiteral("--country"), QStringLiteral("GB")})
            .exitCode,
        0);
}

void tst_CliDirectory::listOrganizations()
{
    // --json before and after the command words.
    for (const QStringList &args :
         {QStringList {QStringLiteral("--json"), QStringLiteral("orgs"), QStringLiteral("list")},
          QStringList {QStringLiteral("orgs"), QStringLiteral("list"), QStringLiteral("--json")}}) {
        const auto r = cli(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray orgs = json(r.out).array();
        QCOMPARE(orgs.size(), 1);
        const QJsonObject o = orgs.first().toObject();
        QCOMPARE(o.keys(),
                 (QStringList {QStringLiteral("accounts"), QStringLiteral("allFeatures"), QStringLiteral("email"),
                               QStringLiteral("id"), QStringLiteral("imported"), QStringLiteral("managementAccount"),
                               QStringLiteral("name")}));
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("o-alpha00001"));
        QCOMPARE(o.value(QStringLiteral("accounts")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("allFeatures")).toBool(), true);
    }
    auto r = cli({QStringLiteral("orgs"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("ID")));
    QVERIFY(lines[2].startsWith(QStringLiteral("o-alpha00001  Alpha Corp")));
    r = cli({QStringLiteral("--json"), QStringLiteral("orgs"), QStringLiteral("list"), QStringLiteral("--filter"),
             QStringLiteral("zzz")});
    QCOMPARE(json(r.out).array().size(), 0);
}

void tst_CliDirectory::addEditRemoveOrganization()
{
    auto r = cli({QStringLiteral("--json"), QStringLiteral("orgs"), QStringLiteral("add"), QStringLiteral("--id"),
                  QStringLiteral("o-beta000001"), QStringLiteral("--name"), QStringLiteral("Beta"),
                  QStringLiteral("--management-account"), QStringLiteral("222222222221"), QStringLiteral("--email"),
                  QStringLiteral("root@beta.example.com"), QStringLiteral("--consolidated-billing-only")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = json(r.out).object();
    QCOMPARE(o.value(QStringLiteral("allFeatures")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("accounts")).toInt(), 1);
    r = cli({QStringLiteral("orgs"), QStringLiteral("edit"), QStringLiteral("o-beta000001"), QStringLiteral("--name"),
             QStringLiteral("Beta Group"), QStringLiteral("--all-features"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    o = json(r.out).object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Beta Group"));
    QCOMPARE(o.value(QStringLiteral("allFeatures")).toBool(), true);
    r = cli({QStringLiteral("orgs"), QStringLiteral("remove"), QStringLiteral("o-beta000001")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("--json"), QStringLiteral("orgs"), QStringLiteral("list")});
    QCOMPARE(json(r.out).array().size(), 1);
}

void tst_CliDirectory::accounts()
{
    auto r = cli({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--org"),
                  QStringLiteral("o-alpha00001")});
    QCOMPARE(r.exitCode, 0);
    QJsonArray list = json(r.out).array();
    QCOMPARE(list.size(), 2);
    QJsonObject prod;
    for (const QJsonValue &v : list)
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("111111111112"))
            prod = v.toObject();
    QCOMPARE(prod.keys(),
             (QStringList {QStringLiteral("country"), QStringLiteral("email"), QStringLiteral("id"),
                           QStringLiteral("management"), QStringLiteral("name"), QStringLiteral("organization")}));
    QCOMPARE(prod.value(QStringLiteral("country")).toString(), QStringLiteral("GB"));
    QCOMPARE(prod.value(QStringLiteral("management")).toBool(true), false);
    QCOMPARE(prod.value(QStringLiteral("organization")).toString(), QStringLiteral("o-alpha00001"));
    r = cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("o-alpha00001"),
             QStringLiteral("--id"), QStringLiteral("111111111113"), QStringLiteral("--name"),
             QStringLiteral("Alpha Test"), QStringLiteral("--email"), QStringLiteral("test@alpha.example.com"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r.out).object().value(QStringLiteral("email")).toString(), QStringLiteral("test@alpha.example.com"));
    r = cli({QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("111111111113"),
             QStringLiteral("--country"), QStringLiteral("FR"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r.out).object().value(QStringLiteral("country")).toString(), QStringLiteral("FR"));
    r = cli({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("remove"),
             QStringLiteral("111111111113")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r.out).object().value(QStringLiteral("removed")).toString(), QStringLiteral("111111111113"));
    r = cli({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--filter"), QStringLiteral("Prod")});
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
}

void tst_CliDirectory::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing option") << QStringList {"orgs",   "add", "--id",    "o-gamma00001",
                                                    "--name", "G",   "--email", "g@example.com"}
                                    << 2 << "--management-account is required";
    QTest::newRow("missing value") << QStringList {"orgs", "add", "--id"} << 2 << "Missing value after '--id'";
    QTest::newRow("bad account id")
        << QStringList {"orgs", "add",     "--id",         "o-gamma00001", "--name", "G", "--management-account",
                        "12",   "--email", "g@example.com"}
        << 3 << "management-account: \"12\" is not an AWS account id";
    QTest::newRow("bad organization id")
        << QStringList {"orgs",         "add",     "--id",         "gamma", "--name", "G", "--management-account",
                        "333333333331", "--email", "g@example.com"}
        << 3 << "INVALID_ORGANIZATION_ID";
    QTest::newRow("duplicate org") << QStringList {"orgs",
                                                   "add",
                                                   "--id",
                                                   "o-alpha00001",
                                                   "--name",
                                                   "Again",
                                                   "--management-account",
                                                   "333333333331",
                                                   "--email",
                                                   "g@example.com"}
                                   << 1 << "ORGANIZATION_ALREADY_EXISTS";
    QTest::newRow("bad email")
        << QStringList {"orgs",         "add",     "--id",  "o-gamma00001", "--name", "G", "--management-account",
                        "333333333331", "--email", "nobody"}
        << 3 << "email: \"nobody\" is not an email address";
    QTest::newRow("account bad id") << QStringList {"accounts", "add", "--org",  "o-alpha00001",
                                                    "--id",     "abc", "--name", "X"}
                                    << 3 << "INVALID_ACCOUNT_ID";
    QTest::newRow("account duplicate") << QStringList {"accounts", "add",          "--org",  "o-alpha00001",
                                                       "--id",     "111111111112", "--name", "X"}
                                       << 1 << "ACCOUNT_ALREADY_EXISTS";
    QTest::newRow("account unknown org") << QStringList {"accounts", "add",          "--org",  "o-nothere0001",
                                                         "--id",     "444444444441", "--name", "X"}
                                         << 1 << "ORGANIZATION_NOT_FOUND";
    QTest::newRow("account missing name")
        << QStringList {"accounts", "add", "--org", "o-alpha00001", "--id", "444444444441"} << 2
        << "--name is required";
    QTest::newRow("edit unknown org") << QStringList {"orgs", "edit", "o-nothere0001", "--name", "X"} << 1
                                      << "ORGANIZATION_NOT_FOUND";
    QTest::newRow("edit without id") << QStringList {"orgs", "edit"} << 2 << "name the organization";
    QTest::newRow("remove non-empty org")
        << QStringList {"orgs", "remove", "o-alpha00001"} << 1 << "ORGANIZATION_NOT_EMPTY";
    QTest::newRow("remove management account")
        << QStringList {"accounts", "remove", "111111111111"} << 1 << "ACCOUNT_IS_MANAGEMENT_ACCOUNT";
    QTest::newRow("edit account bad country")
        << QStringList {"accounts", "edit", "111111111112", "--country", "Britain"} << 3 << "INVALID_COUNTRY";
    QTest::newRow("unknown --as") << QStringList {"--as", "999999999999", "orgs", "list"} << 1 << "ACCOUNT_NOT_FOUND";
    QTest::newRow("bad --now") << QStringList {"orgs", "list", "--now", "2026-02-30"} << 2 << "--now";
}

void tst_CliDirectory::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString before = cli({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")}).out;
    const auto r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")}).out, before);
}

void tst_CliDirectory::permissions()
{
    QVERIFY(cli({QStringLiteral("orgs"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("o-other00001"),
                 QStringLiteral("--name"), QStringLiteral("Other"), QStringLiteral("--management-account"),
                 QStringLiteral("555555555551"), QStringLiteral("--email"), QStringLiteral("o@example.com")})
                .exitCode
            == 0);
    // Another organization's management account may not change Alpha.
    auto r
        = cli({QStringLiteral("--as"), QStringLiteral("555555555551"), QStringLiteral("accounts"),
               QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("o-alpha00001"), QStringLiteral("--id"),
               QStringLiteral("555555555559"), QStringLiteral("--name"), QStringLiteral("X")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("ACCESS_DENIED")));
    r = cli({QStringLiteral("orgs"), QStringLiteral("edit"), QStringLiteral("o-alpha00001"), QStringLiteral("--name"),
             QStringLiteral("Mine"), QStringLiteral("--as"), QStringLiteral("555555555551")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("ACCESS_DENIED")));
    // Its own management account may.
    r = cli({QStringLiteral("--as"), QStringLiteral("111111111111"), QStringLiteral("orgs"), QStringLiteral("edit"),
             QStringLiteral("o-alpha00001"), QStringLiteral("--email"), QStringLiteral("billing@alpha.example.com")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(cli({QStringLiteral("orgs"), QStringLiteral("remove"), QStringLiteral("o-other00001")}).exitCode == 0);
}

QTEST_GUILESS_MAIN(tst_CliDirectory)
#include "tst_CliDirectory.moc"
