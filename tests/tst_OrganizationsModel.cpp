// OrganizationsModel and AccountsModel under QAbstractItemModelTester while organizations and accounts are
// added, edited and removed through the directory service.
#include "TestSupport.h"

#include "itemmodels/OrganizationsModel.h"
#include "services/DirectoryService.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace bd;

namespace {
Organization makeOrg(const QString &id, const QString &name, const QString &management)
{
    Organization o;
    o.id = id;
    o.name = name;
    o.managementAccountId = management;
    o.managementEmail = QStringLiteral("root@example.com");
    return o;
}
Account makeAccount(const QString &id, const QString &name, const QString &org)
{
    Account a;
    a.id = id;
    a.name = name;
    a.taxCountry = QStringLiteral("GB");
    a.organizationId = org;
    return a;
}
} // namespace

class tst_OrganizationsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organizations();
    void accounts();
    void sortedThroughProxy();
};

void tst_OrganizationsModel::organizations()
{
    test::TempServices ts;
    OrganizationsModel model(*ts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(OrganizationsModel::ColumnCount));
    QCOMPARE(model.headerData(OrganizationsModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
    DirectoryService &dir = ts->directory();
    QVERIFY(dir.addOrganization(
                   makeOrg(QStringLiteral("o-zulu000001"), QStringLiteral("Zulu Ltd"), QStringLiteral("100000000001")))
                .ok());
    QVERIFY(dir.addOrganization(
                   makeOrg(QStringLiteral("o-alpha00001"), QStringLiteral("alpha Inc"), QStringLiteral("100000000002")))
                .ok());
    QCOMPARE(model.rowCount(), 2);
    // Sorted by name, case-insensitively.
    QCOMPARE(model.index(0, OrganizationsModel::Name).data().toString(), QStringLiteral("alpha Inc"));
    QCOMPARE(model.index(0, OrganizationsModel::Id).data().toString(), QStringLiteral("o-alpha00001"));
    QCOMPARE(model.index(0, OrganizationsModel::ManagementAccount).data().toString(), QStringLiteral("100000000002"));
    QCOMPARE(model.index(0, OrganizationsModel::Email).data().toString(), QStringLiteral("root@example.com"));
    QCOMPARE(model.index(0, OrganizationsModel::Accounts).data(Qt::EditRole).toInt(), 1);
    QCOMPARE(model.index(0, OrganizationsModel::Features).data().toString(), QStringLiteral("All features"));
    QCOMPARE(model.index(1, 0).data(OrganizationsModel::IdRole).toString(), QStringLiteral("o-zulu000001"));
    QCOMPARE(model.rowOf(QStringLiteral("o-zulu000001")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("o-missing0001")), -1);
    // A new member updates the count.
    QVERIFY(dir.addAccount(makeAccount(QStringLiteral("100000000003"), QStringLiteral("Zulu Prod"),
                                       QStringLiteral("o-zulu000001")))
                .ok());
    QCOMPARE(model.index(1, OrganizationsModel::Accounts).data(Qt::EditRole).toInt(), 2);
    // Edit.
    Organization zulu = *dir.organization(QStringLiteral("o-zulu000001"));
    zulu.allFeatures = false;
    QVERIFY(dir.editOrganization(zulu).ok());
    QCOMPARE(model.index(1, OrganizationsModel::Features).data().toString(), QStringLiteral("Consolidated billing"));
    // Remove.
    QVERIFY(dir.removeAccount(QStringLiteral("100000000003")).ok());
    QVERIFY(dir.removeOrganization(QStringLiteral("o-zulu000001")).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.organizationAt(0).id, QStringLiteral("o-alpha00001"));
    QVERIFY(!model.index(0, 0).parent().isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
}

void tst_OrganizationsModel::accounts()
{
    test::TempServices ts;
    DirectoryService &dir = ts->directory();
    QVERIFY(dir.addOrganization(
                   makeOrg(QStringLiteral("o-alpha00001"), QStringLiteral("Alpha"), QStringLiteral("100000000002")))
                .ok());
    QVERIFY(dir.addOrganization(
                   makeOrg(QStringLiteral("o-beta000001"), QStringLiteral("Beta"), QStringLiteral("200000000001")))
                .ok());
    AccountsModel model(*ts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2); // all accounts
    model.setOrganization(QStringLiteral("o-alpha00001"));
    QCOMPARE(model.organizationId(), QStringLiteral("o-alpha00001"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AccountsModel::Role).data().toString(), QStringLiteral("Management"));
    QVERIFY(dir.addAccount(makeAccount(QStringLiteral("100000000005"), QStringLiteral("Alpha Analytics"),
                                       QStringLiteral("o-alpha00001")))
                .ok());
    QVERIFY(dir.addAccount(makeAccount(QStringLiteral("200000000005"), QStringLiteral("Beta Prod"),
                                       QStringLiteral("o-beta000001")))
                .ok());
    QCOMPARE(model.rowCount(), 2);
    // Sorted by name: "Alpha (management)" before "Alpha Analytics" ('(' sorts before 'A').
    QCOMPARE(model.index(0, AccountsModel::Name).data().toString(), QStringLiteral("Alpha (management)"));
    QCOMPARE(model.index(1, AccountsModel::Name).data().toString(), QStringLiteral("Alpha Analytics"));
    QCOMPARE(model.index(1, AccountsModel::Id).data().toString(), QStringLiteral("100000000005"));
    QCOMPARE(model.index(1, AccountsModel::Country).data().toString(), QStringLiteral("GB"));
    QCOMPARE(model.index(1, AccountsModel::Role).data().toString(), QStringLiteral("Member"));
    QCOMPARE(model.index(1, 0).data(AccountsModel::IdRole).toString(), QStringLiteral("100000000005"));
    QCOMPARE(model.accountAt(0).id, QStringLiteral("100000000002"));
    model.setOrganization(QStringLiteral("o-beta000001"));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(dir.removeAccount(QStringLiteral("200000000005")).ok());
    QCOMPARE(model.rowCount(), 1);
    model.setOrganization(QString());
    QCOMPARE(model.rowCount(), 3);
}

void tst_OrganizationsModel::sortedThroughProxy()
{
    test::TempServices ts;
    DirectoryService &dir = ts->directory();
    QVERIFY(dir.addOrganization(
                   makeOrg(QStringLiteral("o-alpha00001"), QStringLiteral("Alpha"), QStringLiteral("100000000002")))
                .ok());
    QVERIFY(dir.addOrganization(
                   makeOrg(QStringLiteral("o-beta000001"), QStringLiteral("Beta"), QStringLiteral("200000000001")))
                .ok());
    for (const QString &id : {QStringLiteral("200000000002"), QStringLiteral("200000000003")})
        QVERIFY(dir.addAccount(makeAccount(id, QStringLiteral("B ") + id, QStringLiteral("o-beta000001"))).ok());
    OrganizationsModel model(*ts);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSortRole(Qt::EditRole);
    proxy.sort(OrganizationsModel::Accounts, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, OrganizationsModel::Name).data().toString(), QStringLiteral("Beta"));
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterFixedString(QStringLiteral("100000000002"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, OrganizationsModel::Name).data().toString(), QStringLiteral("Alpha"));
    QVERIFY(dir.addOrganization(
                   makeOrg(QStringLiteral("o-gamma00001"), QStringLiteral("Gamma"), QStringLiteral("300000000001")))
                .ok());
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_MAIN(tst_OrganizationsModel)
#include "tst_OrganizationsModel.moc"
