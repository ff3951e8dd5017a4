// DirectoryService rules: validation messages name the field, duplicates, an account in at most one
// organization, the management account is a member, removals refused while referenced, permissions, audit.
#include "TestSupport.h"

#include "services/DirectoryService.h"
#include "storage/AuditStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace bd;

namespace {

Organization makeOrg(const QString &id, const QString &management, const QString &name = QStringLiteral("Example Org"))
{
    Organization o;
    o.id = id;
    o.name = name;
    o.managementAccountId = management;
    o.managementEmail = QStringLiteral("root@example.com");
    return o;
}

Account makeAccount(const QString &id, const QString &org, const QString &name = QStringLiteral("Member"))
{
    Account a;
    a.id = id;
    a.name = name;
    a.email = QStringLiteral("member@example.com");
    a.taxCountry = QStringLiteral("GB");
    a.organizationId = org;
    return a;
}

// Two organizations: A (111111111111 manages, 111111111112 member) and B (222222222221 manages).
void setUp(Services &s)
{
    QVERIFY(s.directory()
                .addOrganization(
                    makeOrg(QStringLiteral("o-aaaaaaaaaa"), QStringLiteral("111111111111"), QStringLiteral("Alpha")),
                    QStringLiteral("Alpha Management"), QStringLiteral("US"))
                .ok());
    QVERIFY(s.directory().addAccount(makeAccount(QStringLiteral("111111111112"), QStringLiteral("o-aaaaaaaaaa"))).ok());
    QVERIFY(s.directory()
                .addOrganization(
                    makeOrg(QStringLiteral("o-bbbbbbbbbb"), QStringLiteral("222222222221"), QStringLiteral("Beta")))
                .ok());
}

} // namespace

class tst_DirectoryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organizationValidation_data();
    void organizationValidation();
    void accountValidation_data();
    void accountValidation();
    void addAndRead();
    void duplicates();
    void oneOrganizationPerAccount();
    void managementAccountIsMember();
    void removal();
    void referenceChecks();
    void permissions();
    void audit();
};

void tst_DirectoryService::organizationValidation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("management");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("id without prefix") << "abcdefghij"
                                       << "N"
                                       << "123456789012"
                                       << "a@example.com"
                                       << ""
                                       << "id"
                                       << "INVALID_ORGANIZATION_ID";
    QTest::newRow("id too short") << "o-abc"
                                  << "N"
                                  << "123456789012"
                                  << "a@example.com"
                                  << ""
                                  << "id"
                                  << "INVALID_ORGANIZATION_ID";
    QTest::newRow("id upper case") << "o-ABCDEFGHIJ"
                                   << "N"
                                   << "123456789012"
                                   << "a@example.com"
                                   << ""
                                   << "id"
                                   << "INVALID_ORGANIZATION_ID";
    QTest::newRow("id too long") << "o-" + QString(33, u'a') << "N"
                                 << "123456789012"
                                 << "a@example.com"
                                 << ""
                                 << "id"
                                 << "INVALID_ORGANIZATION_ID";
    QTest::newRow("empty name") << "o-abcdefghij"
                                << "  "
                                << "123456789012"
                                << "a@example.com"
                                << ""
                                << "name"
                                << "NAME_REQUIRED";
    QTest::newRow("long name") << "o-abcdefghij" << QString(129, u'n') << "123456789012"
                               << "a@example.com"
                               << ""
                               << "name"
                               << "NAME_TOO_LONG";
    QTest::newRow("11 digits") << "o-abcdefghij"
                               << "N"
                               << "12345678901"
                               << "a@example.com"
                               << ""
                               << "management-account"
                               << "INVALID_ACCOUNT_ID";
    QTest::newRow("letters in account") << "o-abcdefghij"
                                        << "N"
                                        << "12345678901x"
                                        << "a@example.com"
                                        << ""
                                        << "management-account"
                                        << "INVALID_ACCOUNT_ID";
    QTest::newRow("no email") << "o-abcdefghij"
                              << "N"
                              << "123456789012"
                              << ""
                              << ""
                              << "email"
                              << "INVALID_EMAIL";
    QTest::newRow("bad email") << "o-abcdefghij"
                               << "N"
                               << "123456789012"
                               << "root@localhost"
                               << ""
                               << "email"
                               << "INVALID_EMAIL";
    QTest::newRow("bad country") << "o-abcdefghij"
                                 << "N"
                                 << "123456789012"
                                 << "a@example.com"
                                 << "UK"
                                 << "country"
                                 << "INVALID_COUNTRY";
    QTest::newRow("lower-case country") << "o-abcdefghij"
                                        << "N"
                                        << "123456789012"
                                        << "a@example.com"
                                        << "us"
                                        << "country"
                                        << "INVALID_COUNTRY";
    QTest::newRow("valid 32") << "o-" + QString(32, u'a') << "N"
                              << "123456789012"
                              << "a@example.com"
                              << "GB"
                              << ""
                              << "";
}

void tst_DirectoryService::organizationValidation()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, management);
    QFETCH(QString, email);
    QFETCH(QString, country);
    QFETCH(QString, field);
    QFETCH(QString, code);
    test::TempServices ts;
    Organization o = makeOrg(id, management, name);
    o.managementEmail = email;
    const Status s = ts->directory().addOrganization(o, {}, country);
    if (code.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));
        QCOMPARE(ts->directory().account(management)->taxCountry, country);
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().field, field);
    QCOMPARE(s.error().code, code);
    QCOMPARE(s.error().kind, Error::Kind::Input);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(ts->directory().organizations().size(), 0);
    QCOMPARE(ts->directory().accounts().size(), 0);
}

void tst_DirectoryService::accountValidation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("org");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("bad id") << "1234"
                            << "N"
                            << ""
                            << ""
                            << "o-aaaaaaaaaa"
                            << "id"
                            << "INVALID_ACCOUNT_ID";
    QTest::newRow("no name") << "333333333333"
                             << ""
                             << ""
                             << ""
                             << "o-aaaaaaaaaa"
                             << "name"
                             << "NAME_REQUIRED";
    QTest::newRow("51 characters") << "333333333333" << QString(51, u'x') << ""
                                   << ""
                                   << "o-aaaaaaaaaa"
                                   << "name"
                                   << "NAME_TOO_LONG";
    QTest::newRow("bad email") << "333333333333"
                               << "N"
                               << "x@y"
                               << ""
                               << "o-aaaaaaaaaa"
                               << "email"
                               << "INVALID_EMAIL";
    QTest::newRow("bad country") << "333333333333"
                                 << "N"
                                 << ""
                                 << "ZZ"
                                 << "o-aaaaaaaaaa"
                                 << "country"
                                 << "INVALID_COUNTRY";
    QTest::newRow("unknown organization") << "333333333333"
                                          << "N"
                                          << ""
                                          << ""
                                          << "o-zzzzzzzzzz"
                                          << "org"
                                          << "ORGANIZATION_NOT_FOUND";
    QTest::newRow("valid, email optional") << "333333333333" << QString(50, u'x') << ""
                                           << "JP"
                                           << "o-aaaaaaaaaa"
                                           << ""
                                           << "";
}

void tst_DirectoryService::accountValidation()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, country);
    QFETCH(QString, org);
    QFETCH(QString, field);
    QFETCH(QString, code);
    test::TempServices ts;
    setUp(*ts);
    Account a = makeAccount(id, org, name);
    a.email = email;
    a.taxCountry = country;
    const Status s = ts->directory().addAccount(a);
    if (code.isEmpty()) {
        QVERIFY(s.ok());
        QCOMPARE(ts->directory().account(id)->taxCountry, country);
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().field, field);
    QCOMPARE(s.error().code, code);
    QCOMPARE(ts->directory().accounts().size(), 3);
}

void tst_DirectoryService::addAndRead()
{
    test::TempServices ts;
    QSignalSpy changed(&ts->directory(), &DirectoryService::changed);
    setUp(*ts);
    QCOMPARE(changed.size(), 3);
    DirectoryService &dir = ts->directory();
    QCOMPARE(dir.organizations().size(), 2);
    QCOMPARE(dir.organizations().first().name, QStringLiteral("Alpha")); // sorted by name
    QCOMPARE(dir.accountCount(QStringLiteral("o-aaaaaaaaaa")), 2);
    QCOMPARE(dir.accounts(QStringLiteral("o-aaaaaaaaaa")).size(), 2);
    QCOMPARE(dir.account(QStringLiteral("111111111111"))->name, QStringLiteral("Alpha Management"));
    QCOMPARE(dir.account(QStringLiteral("222222222221"))->name, QStringLiteral("Beta (management)"));
    QCOMPARE(dir.organizationOf(QStringLiteral("111111111112"))->id, QStringLiteral("o-aaaaaaaaaa"));
    QCOMPARE(dir.organizationManagedBy(QStringLiteral("222222222221"))->id, QStringLiteral("o-bbbbbbbbbb"));
    QVERIFY(!dir.organizationManagedBy(QStringLiteral("111111111112")).has_value());
    QCOMPARE(ts->roleOf(QStringLiteral("111111111111")), QStringLiteral("management"));
    QCOMPARE(ts->roleOf(QStringLiteral("111111111112")), QStringLiteral("member"));
    QCOMPARE(ts->roleOf(QString()), QStringLiteral("administrator"));
    // Edit: name and flags change; the management account is fixed.
    Organization edited = *dir.organization(QStringLiteral("o-aaaaaaaaaa"));
    edited.name = QStringLiteral("Alpha Group");
    edited.allFeatures = false;
    QVERIFY(dir.editOrganization(edited).ok());
    QCOMPARE(dir.organization(QStringLiteral("o-aaaaaaaaaa"))->name, QStringLiteral("Alpha Group"));
    QVERIFY(!dir.organization(QStringLiteral("o-aaaaaaaaaa"))->allFeatures);
    edited.managementAccountId = QStringLiteral("111111111112");
    QCOMPARE(dir.editOrganization(edited).error().code, QStringLiteral("MANAGEMENT_ACCOUNT_IS_FIXED"));
}

void tst_DirectoryService::duplicates()
{
    test::TempServices ts;
    setUp(*ts);
    DirectoryService &dir = ts->directory();
    Status s = dir.addOrganization(makeOrg(QStringLiteral("o-aaaaaaaaaa"), QStringLiteral("999999999999")));
    QCOMPARE(s.error().code, QStringLiteral("ORGANIZATION_ALREADY_EXISTS"));
    QCOMPARE(s.error().field, QStringLiteral("id"));
    QVERIFY(!dir.account(QStringLiteral("999999999999")).has_value()); // nothing half-created
    s = dir.addAccount(makeAccount(QStringLiteral("111111111112"), QStringLiteral("o-aaaaaaaaaa")));
    QCOMPARE(s.error().code, QStringLiteral("ACCOUNT_ALREADY_EXISTS"));
    QCOMPARE(s.error().field, QStringLiteral("id"));
}

void tst_DirectoryService::oneOrganizationPerAccount()
{
    test::TempServices ts;
    setUp(*ts);
    DirectoryService &dir = ts->directory();
    // A member of Alpha cannot join Beta, nor manage a new organization.
    Status s = dir.addAccount(makeAccount(QStringLiteral("111111111112"), QStringLiteral("o-bbbbbbbbbb")));
    QCOMPARE(s.error().code, QStringLiteral("ACCOUNT_ALREADY_EXISTS"));
    QVERIFY(s.error().message.contains(QStringLiteral("o-aaaaaaaaaa")));
    s = dir.addOrganization(makeOrg(QStringLiteral("o-cccccccccc"), QStringLiteral("111111111112")));
    QCOMPARE(s.error().code, QStringLiteral("ACCOUNT_ALREADY_IN_ORGANIZATION"));
    QCOMPARE(s.error().field, QStringLiteral("management-account"));
    s = dir.addOrganization(makeOrg(QStringLiteral("o-cccccccccc"), QStringLiteral("222222222221")));
    QCOMPARE(s.error().code, QStringLiteral("ACCOUNT_ALREADY_IN_ORGANIZATION"));
    QVERIFY(!dir.organization(QStringLiteral("o-cccccccccc")).has_value());
    // A standalone account can become the management account of a new organization.
    QVERIFY(dir.addAccount(makeAccount(QStringLiteral("444444444444"), QString(), QStringLiteral("Loner"))).ok());
    QVERIFY(dir.addOrganization(makeOrg(QStringLiteral("o-cccccccccc"), QStringLiteral("444444444444")), {},
                                QStringLiteral("FR"))
                .ok());
    QCOMPARE(dir.account(QStringLiteral("444444444444"))->organizationId, QStringLiteral("o-cccccccccc"));
    QCOMPARE(dir.account(QStringLiteral("444444444444"))->name, QStringLiteral("Loner"));
    QCOMPARE(dir.account(QStringLiteral("444444444444"))->taxCountry, QStringLiteral("FR"));
    // Moving a member between organizations is an edit (by the administrator here).
    Account moved = *dir.account(QStringLiteral("111111111112"));
    moved.organizationId = QStringLiteral("o-bbbbbbbbbb");
    QVERIFY(dir.editAccount(moved).ok());
    QCOMPARE(dir.accountCount(QStringLiteral("o-aaaaaaaaaa")), 1);
    QCOMPARE(dir.accountCount(QStringLiteral("o-bbbbbbbbbb")), 2);
}

void tst_DirectoryService::managementAccountIsMember()
{
    test::TempServices ts;
    setUp(*ts);
    DirectoryService &dir = ts->directory();
    QCOMPARE(dir.account(QStringLiteral("222222222221"))->organizationId, QStringLiteral("o-bbbbbbbbbb"));
    QCOMPARE(dir.accountCount(QStringLiteral("o-bbbbbbbbbb")), 1);
    Account m = *dir.account(QStringLiteral("222222222221"));
    m.organizationId = QStringLiteral("o-aaaaaaaaaa");
    QCOMPARE(dir.editAccount(m).error().code, QStringLiteral("MANAGEMENT_ACCOUNT_CANNOT_MOVE"));
    m.organizationId.clear();
    QCOMPARE(dir.editAccount(m).error().code, QStringLiteral("MANAGEMENT_ACCOUNT_CANNOT_MOVE"));
    QCOMPARE(dir.removeAccount(QStringLiteral("222222222221")).error().code,
             QStringLiteral("ACCOUNT_IS_MANAGEMENT_ACCOUNT"));
    QCOMPARE(dir.account(QStringLiteral("222222222221"))->organizationId, QStringLiteral("o-bbbbbbbbbb"));
}

void tst_DirectoryService::removal()
{
    test::TempServices ts;
    setUp(*ts);
    DirectoryService &dir = ts->directory();
    Status s = dir.removeOrganization(QStringLiteral("o-aaaaaaaaaa"));
    QCOMPARE(s.error().code, QStringLiteral("ORGANIZATION_NOT_EMPTY"));
    QVERIFY(s.error().message.contains(QStringLiteral("1 member account")));
    QVERIFY(dir.removeAccount(QStringLiteral("111111111112")).ok());
    QVERIFY(dir.removeOrganization(QStringLiteral("o-aaaaaaaaaa")).ok());
    QVERIFY(!dir.organization(QStringLiteral("o-aaaaaaaaaa")).has_value());
    QVERIFY(!dir.account(QStringLiteral("111111111111")).has_value()); // its management account went with it
    QCOMPARE(dir.removeOrganization(QStringLiteral("o-aaaaaaaaaa")).error().code,
             QStringLiteral("ORGANIZATION_NOT_FOUND"));
    QCOMPARE(dir.removeAccount(QStringLiteral("111111111112")).error().code, QStringLiteral("ACCOUNT_NOT_FOUND"));
}

void tst_DirectoryService::referenceChecks()
{
    test::TempServices ts;
    setUp(*ts);
    ts->addReferenceCheck([](const QString &type, const QString &id) {
        if (type == QLatin1String("account") && id == QLatin1String("111111111112"))
            return QStringLiteral("it is the payer of invoice 7");
        if (type == QLatin1String("organization") && id == QLatin1String("o-bbbbbbbbbb"))
            return QStringLiteral("a billing transfer names it");
        return QString();
    });
    DirectoryService &dir = ts->directory();
    Status s = dir.removeAccount(QStringLiteral("111111111112"));
    QCOMPARE(s.error().code, QStringLiteral("ACCOUNT_IN_USE"));
    QVERIFY(s.error().message.contains(QStringLiteral("it is the payer of invoice 7")));
    s = dir.removeOrganization(QStringLiteral("o-bbbbbbbbbb"));
    QCOMPARE(s.error().code, QStringLiteral("ORGANIZATION_IN_USE"));
    QVERIFY(s.error().message.contains(QStringLiteral("a billing transfer names it")));
    QCOMPARE(dir.accounts().size(), 3);
    QCOMPARE(dir.organizations().size(), 2);
}

void tst_DirectoryService::permissions()
{
    test::TempServices ts;
    setUp(*ts);
    DirectoryService &dir = ts->directory();
    QVERIFY(ts->setActingAccount(QStringLiteral("222222222221")).ok()); // Beta's management account
    Organization alpha = *dir.organization(QStringLiteral("o-aaaaaaaaaa"));
    alpha.name = QStringLiteral("Taken over");
    QCOMPARE(dir.editOrganization(alpha).error().code, QStringLiteral("ACCESS_DENIED"));
    QCOMPARE(dir.removeOrganization(QStringLiteral("o-aaaaaaaaaa")).error().code, QStringLiteral("ACCESS_DENIED"));
    QCOMPARE(dir.addAccount(makeAccount(QStringLiteral("555555555555"), QStringLiteral("o-aaaaaaaaaa"))).error().code,
             QStringLiteral("ACCESS_DENIED"));
    QCOMPARE(dir.removeAccount(QStringLiteral("111111111112")).error().code, QStringLiteral("ACCESS_DENIED"));
    Account member = *dir.account(QStringLiteral("111111111112"));
    member.organizationId = QStringLiteral("o-bbbbbbbbbb");
    QCOMPARE(dir.editAccount(member).error().code, QStringLiteral("ACCESS_DENIED")); // cannot pull it out of Alpha
    QCOMPARE(dir.addAccount(makeAccount(QStringLiteral("555555555555"), QString())).error().code,
             QStringLiteral("ACCESS_DENIED"));
    QCOMPARE(dir.organization(QStringLiteral("o-aaaaaaaaaa"))->name, QStringLiteral("Alpha"));
    // Its own organization: allowed.
    QVERIFY(dir.addAccount(makeAccount(QStringLiteral("555555555555"), QStringLiteral("o-bbbbbbbbbb"))).ok());
    Organization beta = *dir.organization(QStringLiteral("o-bbbbbbbbbb"));
    beta.name = QStringLiteral("Beta Renamed");
    QVERIFY(dir.editOrganization(beta).ok());
    // Anyone may register a new organization.
    QVERIFY(dir.addOrganization(makeOrg(QStringLiteral("o-dddddddddd"), QStringLiteral("666666666666"))).ok());
    // An unknown acting account is refused.
    QCOMPARE(ts->setActingAccount(QStringLiteral("999999999999")).error().code, QStringLiteral("ACCOUNT_NOT_FOUND"));
    // The administrator may do it all.
    QVERIFY(ts->setActingAccount(QString()).ok());
    QVERIFY(dir.editOrganization(alpha).ok());
    QVERIFY(dir.removeAccount(QStringLiteral("111111111112")).ok());
    QVERIFY(dir.removeOrganization(QStringLiteral("o-aaaaaaaaaa")).ok());
}

void tst_DirectoryService::audit()
{
    test::TempServices ts;
    setUp(*ts);
    QVERIFY(ts->setActingAccount(QStringLiteral("111111111111")).ok());
    QVERIFY(ts->directory().removeAccount(QStringLiteral("111111111112")).ok());
    auto org = ts->storage().audit().forEntity(QStringLiteral("organization"), QStringLiteral("o-aaaaaaaaaa"));
    QVERIFY(org.ok());
    QCOMPARE(org->size(), 1);
    QCOMPARE(org->first().action, QStringLiteral("organization.add"));
    QCOMPARE(org->first().actor, QStringLiteral("admin"));
    QCOMPARE(org->first().details, QStringLiteral("Added organization Alpha managed by 111111111111"));
    auto acc = ts->storage().audit().forEntity(QStringLiteral("account"), QStringLiteral("111111111112"));
    QVERIFY(acc.ok());
    QCOMPARE(acc->size(), 2);
    QStringList actions;
    QStringList actors;
    for (const AuditEntry &e : *acc) {
        actions << e.action;
        actors << e.actor;
        QVERIFY(e.wallTime.isValid());
        QVERIFY(e.clockTime.isValid());
    }
    actions.sort();
    actors.sort();
    QCOMPARE(actions, (QStringList {QStringLiteral("account.add"), QStringLiteral("account.remove")}));
    QCOMPARE(actors, (QStringList {QStringLiteral("111111111111"), QStringLiteral("admin")}));
    // A refused change writes nothing.
    const int before = int(ts->storage().audit().recent(1000)->size());
    QVERIFY(!ts->directory().removeOrganization(QStringLiteral("o-bbbbbbbbbb")).ok());
    QCOMPARE(int(ts->storage().audit().recent(1000)->size()), before);
}

QTEST_GUILESS_MAIN(tst_DirectoryService)
#include "tst_DirectoryService.moc"
