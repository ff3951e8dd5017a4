// ScenarioService: the demo, export -> apply -> export round trips, all-or-nothing, error paths naming the
// JSON path (and file, line and column), section ordering, clock and permission rules.
#include "TestSupport.h"

#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/ScenarioService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bd;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return doc.object();
}

QJsonObject org(const QString &id, const QString &management, const QJsonArray &accounts = {})
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("name"), QStringLiteral("Org ") + id},
                        {QStringLiteral("managementAccount"), management},
                        {QStringLiteral("email"), QStringLiteral("root@%1.example.com").arg(id)},
                        {QStringLiteral("country"), QStringLiteral("US")},
                        {QStringLiteral("accounts"), accounts}};
}

QJsonObject account(const QString &id, const QString &email = QStringLiteral("member@example.com"))
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("name"), QStringLiteral("Member ") + id},
                        {QStringLiteral("email"), email},
                        {QStringLiteral("country"), QStringLiteral("GB")}};
}

QJsonObject scenario(const QJsonArray &orgs)
{
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("billingdesk-scenario")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("clock"), QStringLiteral("2026-01-15T09:00:00Z")},
        {QStringLiteral("settings"), QJsonObject {{QStringLiteral("test.flag"), QStringLiteral("true")}}},
        {QStringLiteral("organizations"), orgs}};
}

int rowCount(Services &s, const QString &table)
{
    auto q = test::sqliteDatabase(s).exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
}

QStringList settingsRows(Services &s)
{
    QStringList rows;
    auto q = test::sqliteDatabase(s).exec(QStringLiteral("SELECT key || '=' || value FROM settings ORDER BY key"));
    while (q.ok() && q.value().next())
        rows << q.value().value(0).toString();
    return rows;
}

// The settings of a new database (other capabilities may store their defaults when it is created).
QStringList freshSettings()
{
    test::TempServices ts;
    return settingsRows(*ts);
}

void verifyEmpty(Services &s)
{
    QCOMPARE(rowCount(s, QStringLiteral("organizations")), 0);
    QCOMPARE(rowCount(s, QStringLiteral("accounts")), 0);
    QCOMPARE(settingsRows(s), freshSettings()); // neither the clock nor a setting was stored
    QCOMPARE(rowCount(s, QStringLiteral("audit_log")), 0);
    QVERIFY(!s.clock().hasStoredClock());
}

} // namespace

class tst_ScenarioService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demo();
    void demoRoundTrip();
    void roundTrip();
    void errors_data();
    void errors();
    void allOrNothing();
    void syntaxError_data();
    void syntaxError();
    void fileErrors();
    void sections();
    void clockRules();
    void administratorOnly();
    void largeScenario();
    void tooLargeRefused();
};

void tst_ScenarioService::demo()
{
    test::TempServices ts;
    const Status s = ScenarioService(*ts).loadDemo();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));
    DirectoryService &dir = ts->directory();
    QCOMPARE(dir.organizations().size(), 10);
    QCOMPARE(dir.accounts().size(), 26);
    const auto holding = dir.organization(QStringLiteral("o-nwh4k8x2p9ql"));
    QVERIFY(holding.has_value());
    QCOMPARE(holding->name, QStringLiteral("Northwind Holdings"));
    QCOMPARE(holding->managementAccountId, QStringLiteral("401825736190"));
    QCOMPARE(dir.account(QStringLiteral("401825736190"))->taxCountry, QStringLiteral("US"));
    QCOMPARE(dir.account(QStringLiteral("401825736201"))->name, QStringLiteral("Northwind UK Billing"));
    QCOMPARE(dir.account(QStringLiteral("401825736201"))->taxCountry, QStringLiteral("GB"));
    QCOMPARE(dir.account(QStringLiteral("401825736212"))->taxCountry, QStringLiteral("FR"));
    for (const auto &[orgId, country] : {std::pair {u"o-nwuk3r7t5v2m", u"GB"}, std::pair {u"o-nwfr6y1u8w4c", u"FR"},
                                         std::pair {u"o-nwjp9e3s6d1f", u"JP"}}) {
        const auto o = dir.organization(QString::fromUtf16(orgId));
        QVERIFY(o.has_value());
        QCOMPARE(dir.account(o->managementAccountId)->taxCountry, QString::fromUtf16(country));
        const int members = dir.accountCount(o->id) - 1;
        QVERIFY(members >= 1 && members <= 3);
    }
    QCOMPARE(dir.organization(QStringLiteral("o-crp2h5j8k1lz"))->name, QStringLiteral("Cloudreach Partners"));
    QCOMPARE(dir.organization(QStringLiteral("o-atd3g6h9j2kb"))->name, QStringLiteral("Atlas Distribution"));
    QCOMPARE(dir.organization(QStringLiteral("o-mcs5t8y1u4io"))->name, QStringLiteral("Meridian Cloud Services"));
    QCOMPARE(ts->now(), QDateTime(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::utc()));
    QVERIFY(ts->clock().isSimulated());
    QCOMPARE(ts->setting(QStringLiteral("ui.defaultActingAs")), QStringLiteral("401825736190"));
    QCOMPARE(ts->setting(QStringLiteral("demo.loaded")), QStringLiteral("true"));
    // Every id is fictional but well-formed; every email is on an example domain.
    for (const Account &a : dir.accounts()) {
        QVERIFY(validate::accountId(a.id).ok());
        QVERIFY2(a.email.contains(QStringLiteral(".example.")), qPrintable(a.email));
    }
    // A second load into the same database is refused whole.
    const int audits = rowCount(*ts, QStringLiteral("audit_log"));
    const Status again = ScenarioService(*ts).loadDemo();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().field, QStringLiteral("organizations[0].id"));
    QCOMPARE(again.error().code, QStringLiteral("ORGANIZATION_ALREADY_EXISTS"));
    QCOMPARE(rowCount(*ts, QStringLiteral("audit_log")), audits);
}

void tst_ScenarioService::demoRoundTrip()
{
    test::TempServices a;
    QVERIFY(ScenarioService(*a).loadDemo().ok());
    auto first = ScenarioService(*a).exportScenario();
    QVERIFY(first.ok());
    QCOMPARE(first->value(QStringLiteral("organizations")).toArray().size(), 10);
    QCOMPARE(first->value(QStringLiteral("clock")).toString(), QStringLiteral("2026-01-15T09:00:00Z"));
    test::TempServices b;
    const Status applied = ScenarioService(*b).apply(*first);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().describe()));
    auto second = ScenarioService(*b).exportScenario();
    QVERIFY(second.ok());
    QCOMPARE(QJsonDocument(*second).toJson(), QJsonDocument(*first).toJson());
}

void tst_ScenarioService::roundTrip()
{
    QJsonObject s = scenario(
        {org(QStringLiteral("o-alpha00001"), QStringLiteral("100000000001"),
             {account(QStringLiteral("100000000002")), account(QStringLiteral("100000000003"), QString())})});
    QJsonArray orgs = s.value(QStringLiteral("organizations")).toArray();
    QJsonObject imported {{QStringLiteral("id"), QStringLiteral("o-imported0001")},
                          {QStringLiteral("name"), QStringLiteral("Payer 200000000001")},
                          {QStringLiteral("managementAccount"), QStringLiteral("200000000001")},
                          {QStringLiteral("imported"), true},
                          {QStringLiteral("allFeatures"), false}};
    orgs.append(imported);
    s.insert(QStringLiteral("organizations"), orgs);
    s.insert(QStringLiteral("standaloneAccounts"), QJsonArray {account(QStringLiteral("300000000001"))});
    s.insert(QStringLiteral("settings"),
             QJsonObject {{QStringLiteral("deadline.hours"), QStringLiteral("72")},
                          {QStringLiteral("test.flag"), QStringLiteral("true")}});
    test::TempServices a;
    const Status applied = ScenarioService(*a).apply(s);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().describe()));
    QVERIFY(a->directory().organization(QStringLiteral("o-imported0001"))->imported);
    QVERIFY(!a->directory().organization(QStringLiteral("o-imported0001"))->allFeatures);
    QCOMPARE(a->directory().account(QStringLiteral("300000000001"))->organizationId, QString());
    QCOMPARE(a->setting(QStringLiteral("deadline.hours")), QStringLiteral("72"));
    auto first = ScenarioService(*a).exportScenario();
    QVERIFY(first.ok());
    // The export is the documented format.
    const QJsonObject alpha = first->value(QStringLiteral("organizations")).toArray().at(0).toObject();
    QCOMPARE(alpha.value(QStringLiteral("id")).toString(), QStringLiteral("o-alpha00001"));
    QCOMPARE(alpha.value(QStringLiteral("managementAccount")).toString(), QStringLiteral("100000000001"));
    QCOMPARE(alpha.value(QStringLiteral("managementAccountName")).toString(),
             QStringLiteral("Org o-alpha00001 (management)"));
    QCOMPARE(alpha.value(QStringLiteral("country")).toString(), QStringLiteral("US"));
    QCOMPARE(alpha.value(QStringLiteral("accounts")).toArray().size(), 2);
    QCOMPARE(first->value(QStringLiteral("settings")).toObject().value(QStringLiteral("deadline.hours")).toString(),
             QStringLiteral("72"));
    QCOMPARE(first->value(QStringLiteral("settings")).toObject().value(QStringLiteral("test.flag")).toString(),
             QStringLiteral("true"));
    QCOMPARE(first->value(QStringLiteral("standaloneAccounts")).toArray().size(), 1);
    test::TempServices b;
    QVERIFY(ScenarioService(*b).apply(*first).ok());
    auto second = ScenarioService(*b).exportScenario();
    QCOMPARE(QJsonDocument(*second).toJson(), QJsonDocument(*first).toJson());
}

void tst_ScenarioService::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QByteArray head = R"({"format": "billingdesk-scenario", "version": 1, "clock": "2026-01-15T09:00:00Z", )";
    const QByteArray two
        = R"({"id": "o-first00001", "name": "First", "managementAccount": "100000000001", "email": "a@example.com"},
                              {"id": "o-second0001", "name": "Second", "managementAccount": "100000000002", "email": "b@example.com"})";
    QTest::newRow("unknown top-level key") << head + R"("organisations": []})"
                                           << "organisations"
                                           << "SCENARIO_UNKNOWN_KEY";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "something-else", "version": 1})") << "format"
                                  << "SCENARIO_WRONG_FORMAT";
    QTest::newRow("no format") << QByteArray(R"({"version": 1, "organizations": []})") << "format"
                               << "SCENARIO_WRONG_FORMAT";
    QTest::newRow("version 2") << QByteArray(R"({"format": "billingdesk-scenario", "version": 2})") << "version"
                               << "SCENARIO_UNSUPPORTED_VERSION";
    QTest::newRow("bad management account")
        << head + R"("organizations": [)" + two + R"(, {"id": "o-third00001", "name": "Third",
                                               "managementAccount": "12345", "email": "c@example.com"}]})"
        << "organizations[2].managementAccount"
        << "INVALID_ACCOUNT_ID";
    QTest::newRow("duplicate organization")
        << head + R"("organizations": [)" + two + R"(, {"id": "o-first00001", "name": "Again",
                                               "managementAccount": "100000000003", "email": "c@example.com"}]})"
        << "organizations[2].id"
        << "ORGANIZATION_ALREADY_EXISTS";
    QTest::newRow("bad member email") << head
            + R"("organizations": [{"id": "o-first00001", "name": "First", "managementAccount":
                                         "100000000001", "email": "a@example.com", "accounts": [{"id": "100000000005", "name": "M"},
                                         {"id": "100000000006", "name": "N", "email": "not-an-email"}]}]})"
                                      << "organizations[0].accounts[1].email"
                                      << "INVALID_EMAIL";
    QTest::newRow("account in two organizations") << head + R"("organizations": [{"id": "o-first00001", "name": "First",
                                         "managementAccount": "100000000001", "email": "a@example.com", "accounts": [{"id": "100000000009",
                                         "name": "M"}]}, {"id": "o-second0001", "name": "Second", "managementAccount": "100000000002",
                                         "email": "b@example.com", "accounts": [{"id": "100000000009", "name": "M again"}]}]})"
                                                  << "organizations[1].accounts[0].id"
                                                  << "ACCOUNT_ALREADY_EXISTS";
    QTest::newRow("management account elsewhere") << head + R"("organizations": [{"id": "o-first00001", "name": "First",
                                         "managementAccount": "100000000001", "email": "a@example.com", "accounts": [{"id": "100000000009",
                                         "name": "M"}]}, {"id": "o-second0001", "name": "Second", "managementAccount": "100000000009",
                                         "email": "b@example.com"}]})"
                                                  << "organizations[1].managementAccount"
                                                  << "ACCOUNT_ALREADY_IN_ORGANIZATION";
    QTest::newRow("unknown organization key")
        << head + R"("organizations": [{"id": "o-first00001", "name": "First", "colour": "red",
                                         "managementAccount": "100000000001", "email": "a@example.com"}]})"
        << "organizations[0].colour"
        << "SCENARIO_UNKNOWN_KEY";
    QTest::newRow("missing name") << head
            + R"("organizations": [{"id": "o-first00001", "managementAccount": "100000000001"}]})"
                                  << "organizations[0].name"
                                  << "SCENARIO_MISSING_VALUE";
    QTest::newRow("name not a string") << head
            + R"("organizations": [{"id": "o-first00001", "name": 5, "managementAccount": "100000000001"}]})"
                                       << "organizations[0].name"
                                       << "SCENARIO_INVALID_VALUE";
    QTest::newRow("bad country") << head
            + R"("organizations": [{"id": "o-first00001", "name": "First", "managementAccount":
                                    "100000000001", "email": "a@example.com", "country": "XX"}]})"
                                 << "organizations[0].country"
                                 << "INVALID_COUNTRY";
    QTest::newRow("bad organization id") << head
            + R"("organizations": [{"id": "org-1", "name": "First", "managementAccount":
                                    "100000000001", "email": "a@example.com"}]})"
                                         << "organizations[0].id"
                                         << "INVALID_ORGANIZATION_ID";
    QTest::newRow("organizations not a list") << head + R"("organizations": {}})"
                                              << "organizations"
                                              << "SCENARIO_INVALID_VALUE";
    QTest::newRow("bad clock") << QByteArray(
        R"({"format": "billingdesk-scenario", "version": 1, "clock": "15/01/2026"})")
                               << "clock"
                               << "SCENARIO_INVALID_VALUE";
    QTest::newRow("decimal setting as a number") << head + R"("settings": {"rate": 0.5}})"
                                                 << "settings.rate"
                                                 << "SCENARIO_INVALID_VALUE";
    // Settings are strings, whatever they hold (issue 9): a whole number or a flag as JSON is refused too.
    QTest::newRow("whole-number setting as a number") << head + R"("settings": {"transfers.inboundQuota": 5}})"
                                                      << "settings.transfers.inboundQuota"
                                                      << "SCENARIO_INVALID_VALUE";
    QTest::newRow("flag setting as a boolean") << head + R"("settings": {"demo.loaded": true}})"
                                               << "settings.demo.loaded"
                                               << "SCENARIO_INVALID_VALUE";
    // Transfers and their steps are as strict as the rest: unknown keys and wrong JSON types, with the path.
    const QByteArray payer
        = R"("organizations": [{"id": "o-first00001", "name": "First", "managementAccount": "100000000001",
              "email": "a@example.com"}, {"id": "o-second0001", "name": "Second", "managementAccount": "100000000002",
              "email": "b@example.com"}], )";
    const QByteArray transfer = R"("transfers": [{"id": "rt-first0001", "name": "T", "source": "100000000002",
              "target": "100000000001", "start": "2026-03", )";
    QTest::newRow("unknown step key") << head + payer + transfer
            + R"("steps": [{"action": "invite", "at": "2026-01-15T09:00:00Z"},
                           {"actoin": "accept", "at": "2026-01-15T10:00:00Z"}]}]})"
                                      << "transfers[0].steps[1].actoin"
                                      << "SCENARIO_UNKNOWN_KEY";
    QTest::newRow("unknown transfer key")
        << head + payer + transfer + R"("payer": "x", "steps": [{"action": "invite", "at": "2026-01-15T09:00:00Z"}]}]})"
        << "transfers[0].payer"
        << "SCENARIO_UNKNOWN_KEY";
    QTest::newRow("steps as a string") << head + payer + transfer + R"("steps": "invite"}]})"
                                       << "transfers[0].steps"
                                       << "SCENARIO_INVALID_VALUE";
    QTest::newRow("step time as a number")
        << head + payer + transfer + R"("steps": [{"action": "invite", "at": 20260115}]}]})"
        << "transfers[0].steps[0].at"
        << "SCENARIO_INVALID_VALUE";
    QTest::newRow("transfer not an object") << head + payer + R"("transfers": ["rt-first0001"]})"
                                            << "transfers[0]"
                                            << "SCENARIO_INVALID_VALUE";
    QTest::newRow("tag value as a number") << head + payer + transfer
            + R"("tags": {"cost-centre": 12}, "steps": [{"action": "invite", "at": "2026-01-15T09:00:00Z"}]}]})"
                                           << "transfers[0].tags.cost-centre"
                                           << "SCENARIO_INVALID_VALUE";
    QTest::newRow("clock as a setting") << head + R"("settings": {"clock.now": "2030-01-01"}})"
                                        << "settings.clock.now"
                                        << "SCENARIO_INVALID_VALUE";
    QTest::newRow("empty") << QByteArray("{}") << ""
                           << "SCENARIO_EMPTY";
}

void tst_ScenarioService::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, code);
    test::TempServices ts;
    const Status s = ScenarioService(*ts).apply(parse(json));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QCOMPARE(s.error().field, field);
    QVERIFY(!s.error().message.isEmpty());
    verifyEmpty(*ts);
}

void tst_ScenarioService::allOrNothing()
{
    // Two valid organizations with members, then an invalid third: nothing of it stays, not even the clock.
    const QJsonObject s = scenario(
        {org(QStringLiteral("o-first00001"), QStringLiteral("100000000001"), {account(QStringLiteral("100000000011"))}),
         org(QStringLiteral("o-second0001"), QStringLiteral("100000000002"), {account(QStringLiteral("100000000012"))}),
         org(QStringLiteral("o-third00001"), QStringLiteral("1000000000xx"))});
    test::TempServices ts;
    const Status r = ScenarioService(*ts).apply(s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("organizations[2].managementAccount"));
    QCOMPARE(r.error().kind, Error::Kind::Input);
    verifyEmpty(*ts);
    QVERIFY(!ts->storage().inTransaction());
    // The database is still usable and the same scenario without the bad organization applies.
    QJsonObject fixed = s;
    QJsonArray orgs = s.value(QStringLiteral("organizations")).toArray();
    orgs.removeLast();
    fixed.insert(QStringLiteral("organizations"), orgs);
    QVERIFY(ScenarioService(*ts).apply(fixed).ok());
    QCOMPARE(ts->directory().organizations().size(), 2);
    QCOMPARE(ts->directory().accounts().size(), 4);
}

void tst_ScenarioService::syntaxError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // Line 3 lacks the comma after "version": 1; the parser stops at the quote of the next key, line 4 column 5.
    QTest::newRow("missing comma") << QByteArray(
        "{\n    \"format\": \"billingdesk-scenario\",\n    \"version\": 1\n    \"clock\": \"x\"\n}\n")
                                   << 4 << 5;
    // An unterminated object: the parser stops at the last character, the 1 at line 3, column 2.
    QTest::newRow("unterminated") << QByteArray("{\n\"version\":\n 1") << 3 << 2;
    // A stray character on the first line.
    QTest::newRow("first line") << QByteArray("{ x }") << 1 << 3;
}

void tst_ScenarioService::syntaxError()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    test::TempServices ts;
    const Status s = ScenarioService(*ts).applyFile(path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("JSON_SYNTAX_ERROR"));
    QCOMPARE(s.error().kind, Error::Kind::Input);
    QCOMPARE(s.error().field, QStringLiteral("%1:%2:%3").arg(path).arg(line).arg(column));
    QVERIFY(s.error().message.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)));
    verifyEmpty(*ts);
}

void tst_ScenarioService::fileErrors()
{
    QTemporaryDir dir;
    test::TempServices ts;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    Status s = ScenarioService(*ts).applyFile(missing);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("FILE_NOT_READABLE"));
    QCOMPARE(s.error().field, missing);

    const QString list = dir.filePath(QStringLiteral("list.json"));
    QFile l(list);
    QVERIFY(l.open(QIODevice::WriteOnly));
    l.write("[1, 2]");
    l.close();
    s = ScenarioService(*ts).applyFile(list);
    QCOMPARE(s.error().code, QStringLiteral("SCENARIO_NOT_AN_OBJECT"));

    // A path error names the file and the path.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(QJsonDocument(scenario({org(QStringLiteral("o-first00001"), QStringLiteral("100000000001"),
                                        {account(QStringLiteral("100000000002"), QStringLiteral("no at sign"))})}))
                .toJson());
    b.close();
    s = ScenarioService(*ts).applyFile(bad);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().field, bad + QStringLiteral(": organizations[0].accounts[0].email"));
    QVERIFY(s.error().describe().startsWith(bad + QStringLiteral(": organizations[0].accounts[0].email: ")));
    verifyEmpty(*ts);
}

void tst_ScenarioService::sections()
{
    test::TempServices ts;
    QStringList calls;
    int orgsSeenByEarly = -1;
    int orgsSeenByLate = -1;
    ts->addScenarioSection({QStringLiteral("zlate"), 50,
                            [&](const QJsonValue &v) -> Status {
                                calls << QStringLiteral("zlate");
                                orgsSeenByLate = int(ts->directory().organizations().size());
                                if (v.toString() == QLatin1String("fail-relative"))
                                    return Error::input(QStringLiteral("[1].payer"), QStringLiteral("TEST"),
                                                        QStringLiteral("bad"));
                                if (v.toString() == QLatin1String("fail-plain"))
                                    return Error::rule(QStringLiteral("TEST"), QStringLiteral("bad"));
                                return {};
                            },
                            [] { return Result<QJsonValue>(QJsonValue(QStringLiteral("exported"))); }});
    ts->addScenarioSection({QStringLiteral("aearly"),
                            5,
                            [&](const QJsonValue &) -> Status {
                                calls << QStringLiteral("aearly");
                                orgsSeenByEarly = int(ts->directory().organizations().size());
                                return {};
                            },
                            {}});
    ScenarioService service(*ts);
    QVERIFY(service.knownKeys().contains(QStringLiteral("zlate")));
    QVERIFY(service.knownKeys().contains(QStringLiteral("organizations")));
    QJsonObject s = scenario({org(QStringLiteral("o-first00001"), QStringLiteral("100000000001"))});
    s.insert(QStringLiteral("zlate"), QStringLiteral("fail-relative"));
    Status r = service.apply(s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("zlate[1].payer"));
    s.insert(QStringLiteral("zlate"), QStringLiteral("fail-plain"));
    r = service.apply(s);
    QCOMPARE(r.error().field, QStringLiteral("zlate"));
    verifyEmpty(*ts);
    calls.clear();
    s.insert(QStringLiteral("zlate"), QStringLiteral("ok"));
    s.insert(QStringLiteral("aearly"), true);
    QVERIFY(service.apply(s).ok());
    QCOMPARE(calls, (QStringList {QStringLiteral("aearly"), QStringLiteral("zlate")}));
    QCOMPARE(orgsSeenByEarly, 0); // before the organizations (order 10)
    QCOMPARE(orgsSeenByLate, 1); // after them
    auto exported = service.exportScenario();
    QCOMPARE(exported->value(QStringLiteral("zlate")).toString(), QStringLiteral("exported"));
    QVERIFY(!exported->contains(QStringLiteral("aearly"))); // input-only section
}

void tst_ScenarioService::clockRules()
{
    test::TempServices ts;
    // A new database follows the real time; a scenario may set any clock, earlier ones included.
    QJsonObject s = scenario({});
    s.insert(QStringLiteral("clock"), QStringLiteral("2020-03-01T00:00:00Z"));
    QVERIFY(ScenarioService(*ts).apply(s).ok());
    QCOMPARE(ts->now(), QDateTime(QDate(2020, 3, 1), QTime(0, 0), QTimeZone::utc()));
    // Once set, the clock only moves forward.
    s.insert(QStringLiteral("clock"), QStringLiteral("2020-02-01T00:00:00Z"));
    Status r = ScenarioService(*ts).apply(s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("clock"));
    QCOMPARE(r.error().code, QStringLiteral("CLOCK_CANNOT_MOVE_BACKWARDS"));
    QCOMPARE(ts->now(), QDateTime(QDate(2020, 3, 1), QTime(0, 0), QTimeZone::utc()));
    s.insert(QStringLiteral("clock"), QStringLiteral("2020-04-01T12:00:00Z"));
    QVERIFY(ScenarioService(*ts).apply(s).ok());
    QCOMPARE(ts->now(), QDateTime(QDate(2020, 4, 1), QTime(12, 0), QTimeZone::utc()));
}

void tst_ScenarioService::administratorOnly()
{
    test::TempServices ts;
    QVERIFY(ScenarioService(*ts).loadDemo().ok());
    QVERIFY(ts->setActingAccount(QStringLiteral("517203948261")).ok());
    const Status r = ScenarioService(*ts).apply(scenario({}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("ACCESS_DENIED"));
    auto e = ScenarioService(*ts).exportScenario();
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, QStringLiteral("ACCESS_DENIED"));
}

// 10,000 organizations with 50,000 member accounts apply in one transaction, quickly (issue 9: the goal is under 5 s
// and 200 MB; tests/benchmarks/run-scenario-benchmark.sh measures the CLI with GNU time). Asserted loosely here
// (under 20 s: CI machines are shared), with the figure printed.
void tst_ScenarioService::largeScenario()
{
    constexpr int Organizations = 10000;
    constexpr int Accounts = 50000;
    QJsonArray orgs;
    int n = 0;
    for (int i = 0; i < Organizations; ++i) {
        QJsonArray members;
        for (int j = 0; j < Accounts / Organizations; ++j) {
            ++n;
            members.append(QJsonObject {{QStringLiteral("id"), QString::number(200000000000LL + n)},
                                        {QStringLiteral("name"), QStringLiteral("Member %1").arg(n)},
                                        {QStringLiteral("email"), QStringLiteral("member%1@example.com").arg(n)},
                                        {QStringLiteral("country"), QStringLiteral("GB")}});
        }
        orgs.append(org(QStringLiteral("o-bench%1").arg(i, 8, 10, QLatin1Char('0')),
                        QString::number(100000000000LL + i), members));
    }
    const QJsonObject s = scenario(orgs);
    test::TempServices ts;
    QElapsedTimer timer;
    timer.start();
    const Status applied = ScenarioService(*ts).apply(s);
    const qint64 ms = timer.elapsed();
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().describe()));
    qInfo("applied %d organizations and %d member accounts in %lld ms", Organizations, Accounts, ms);
    QCOMPARE(rowCount(*ts, QStringLiteral("organizations")), Organizations);
    QCOMPARE(rowCount(*ts, QStringLiteral("accounts")), Organizations + Accounts);
    QCOMPARE(ts->directory().account(QStringLiteral("200000000777"))->organizationId,
             QStringLiteral("o-bench00000155"));
    QVERIFY2(ms < 20000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

// A scenario larger than the limit is refused with the limit, before it is read into memory.
void tst_ScenarioService::tooLargeRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ScenarioService::MaxFileBytes + 1));
    }
    test::TempServices ts;
    const Status s = ScenarioService(*ts).applyFile(path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("SCENARIO_TOO_LARGE"));
    QCOMPARE(s.error().kind, Error::Kind::Input);
    QVERIFY2(s.error().message.contains(QStringLiteral("at most 32 MB")), qPrintable(s.error().message));
    verifyEmpty(*ts);
}

QTEST_GUILESS_MAIN(tst_ScenarioService)
#include "tst_ScenarioService.moc"
