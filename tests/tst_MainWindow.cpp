// The main window: acting-as selector and role badge, simulated clock in the status bar, tab selection,
// screenshot mode and the first start on a new default database.
#include "ActingAsSelector.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "services/ClockService.h"
#include "services/DirectoryService.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

using namespace bd;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setNonInteractive(true);
    }

    void actingAsSelectorListsAccountsAndShowsRole()
    {
        test::TempServices t;
        Organization org {QStringLiteral("o-northwind01"),
                          QStringLiteral("Northwind Holdings"),
                          QStringLiteral("111111111111"),
                          QStringLiteral("billing@northwind.example"),
                          true,
                          false};
        QVERIFY(t->directory().addOrganization(org, QStringLiteral("Northwind Payer"), QStringLiteral("US")).ok());
        QVERIFY(t->directory()
                    .addAccount({QStringLiteral("111111111112"),
                                 QStringLiteral("Northwind UK"),
                                 {},
                                 QStringLiteral("GB"),
                                 QStringLiteral("o-northwind01")})
                    .ok());
        Organization other {QStringLiteral("o-brightwater"),
                            QStringLiteral("Brightwater Analytics"),
                            QStringLiteral("222222222222"),
                            QStringLiteral("billing@brightwater.example"),
                            true,
                            false};
        QVERIFY(t->directory().addOrganization(other, QStringLiteral("Brightwater Payer"), QStringLiteral("US")).ok());
        MainWindow window(std::move(t.services));
        ActingAsSelector *selector = window.actingAsSelector();
        QVERIFY(selector);
        // Grouped by organization (by name), the management account first, then members; the administrator on top.
        QCOMPARE(selector->visibleAccounts(),
                 QList<QString>({QString(), QStringLiteral("222222222222"), QStringLiteral("111111111111"),
                                 QStringLiteral("111111111112")}));
        QStandardItemModel *model = selector->model();
        QCOMPARE(model->rowCount(), 3); // administrator, Brightwater Analytics, Northwind Holdings
        QCOMPARE(model->item(1)->text(), QStringLiteral("Brightwater Analytics \u00b7 o-brightwater"));
        QCOMPARE(model->item(2)->text(), QStringLiteral("Northwind Holdings \u00b7 o-northwind01"));
        QCOMPARE(model->item(2)->rowCount(), 2);
        QCOMPARE(model->item(2)->child(0, 0)->text(), QStringLiteral("111111111111  Northwind Payer"));
        QCOMPARE(model->item(2)->child(0, 1)->text(), QStringLiteral("management account")); // its role, shown
        QCOMPARE(model->item(2)->child(1, 1)->text(), QStringLiteral("member account"));
        auto *badge = window.findChild<QLabel *>(QStringLiteral("roleBadge"));
        QCOMPARE(badge->text().trimmed(), QStringLiteral("administrator"));

        // Search narrows by organization, account name or id, or role; an organization shows all its accounts.
        selector->showPopup();
        selector->setFilterText(QStringLiteral("north"));
        QCOMPARE(selector->visibleAccounts(),
                 QList<QString>({QStringLiteral("111111111111"), QStringLiteral("111111111112")}));
        selector->setFilterText(QStringLiteral("uk"));
        QCOMPARE(selector->visibleAccounts(), QList<QString>({QStringLiteral("111111111112")}));
        selector->setFilterText(QStringLiteral("2222"));
        QCOMPARE(selector->visibleAccounts(), QList<QString>({QStringLiteral("222222222222")}));
        selector->setFilterText(QStringLiteral("member"));
        QCOMPARE(selector->visibleAccounts(), QList<QString>({QStringLiteral("111111111112")}));
        // Enter in the search field chooses the first account shown.
        QTest::keyClick(selector->popup()->findChild<QLineEdit *>(QStringLiteral("actingAsSearch")), Qt::Key_Return);
        QCOMPARE(window.services().actingAccountId(), QStringLiteral("111111111112"));
        QCOMPARE(badge->text().trimmed(), QStringLiteral("member account"));
        QVERIFY(!selector->popup()->isVisible());
        QCOMPARE(selector->currentText(),
                 QStringLiteral("Northwind UK (111111111112) of Northwind Holdings, member account"));

        window.setActingAccount(QStringLiteral("111111111111"));
        QCOMPARE(selector->currentText(), QStringLiteral("Northwind Holdings (111111111111), management account"));
        QCOMPARE(badge->text().trimmed(), QStringLiteral("management account"));
    }

    void scenarioActionsAreTheAdministrators()
    {
        test::TempServices t;
        Organization org {QStringLiteral("o-northwind01"),
                          QStringLiteral("Northwind Holdings"),
                          QStringLiteral("111111111111"),
                          QStringLiteral("billing@northwind.example"),
                          true,
                          false};
        QVERIFY(t->directory().addOrganization(org, QStringLiteral("Northwind Payer"), QStringLiteral("US")).ok());
        MainWindow window(std::move(t.services));
        auto *apply = window.findChild<QAction *>(QStringLiteral("actionApplyScenario"));
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExportScenario"));
        QVERIFY(apply && exportAction);
        QVERIFY(apply->isEnabled());
        QVERIFY(exportAction->isEnabled());
        window.setActingAccount(QStringLiteral("111111111111"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(!exportAction->isEnabled());
        window.setActingAccount(QString());
        QVERIFY(apply->isEnabled());
    }

    // A read-only database: the status bar says so, a change is refused with the reason, File > Check Database
    // says what the integrity check found.
    void readOnlyDatabaseAndCheck()
    {
        QString path;
        {
            test::TempServices t;
            QVERIFY(t->directory()
                        .addOrganization({QStringLiteral("o-archived0001"), QStringLiteral("Archived Holdings"),
                                          QStringLiteral("111111111111"), QStringLiteral("billing@archived.example"),
                                          true, false},
                                         QStringLiteral("Archived Payer"), QStringLiteral("US"))
                        .ok());
            path = t.dir.filePath(QStringLiteral("archived.sqlite"));
            t.services.reset();
            QVERIFY(QFile::copy(t.path, path));
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
            Services::OpenOptions options;
            options.location = path;
            auto opened = Services::open(options);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().describe()));
            QVERIFY(opened.value()->isReadOnly());
            MainWindow window(std::move(opened).value());
            auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
            QVERIFY(label);
            QVERIFY2(label->text().contains(QStringLiteral("(read-only)")), qPrintable(label->text()));
            window.findChild<QAction *>(QStringLiteral("actionNextDay"))->trigger();
            QVERIFY2(MessageBox::lastQuestion().contains(QStringLiteral("read-only")),
                     qPrintable(MessageBox::lastQuestion()));
            auto *check = window.findChild<QAction *>(QStringLiteral("actionCheckDatabase"));
            QVERIFY(check);
            check->trigger();
            QVERIFY2(MessageBox::lastQuestion().contains(QStringLiteral("found no problem")),
                     qPrintable(MessageBox::lastQuestion()));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    void clockButtonsMoveTheSimulatedDate()
    {
        test::TempServices t;
        QVERIFY(t->clock().set(QDateTime(QDate(2026, 12, 30), QTime(9, 0), QTimeZone::utc())).ok());
        MainWindow window(std::move(t.services));
        auto *label = window.findChild<QLabel *>(QStringLiteral("clockLabel"));
        QVERIFY(label->text().contains(QStringLiteral("30 Dec 2026")));
        window.findChild<QAction *>(QStringLiteral("actionNextDay"))->trigger();
        QVERIFY2(label->text().contains(QStringLiteral("31 Dec 2026")), qPrintable(label->text()));
        window.findChild<QAction *>(QStringLiteral("actionNextMonth"))->trigger();
        QVERIFY2(label->text().contains(QStringLiteral("1 Jan 2027")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("00:00 UTC")));
        QCOMPARE(window.services().now(), QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    }

    void selectTabByNameOrTitle()
    {
        test::TempServices t;
        MainWindow window(std::move(t.services));
        QVERIFY(window.selectTab(QStringLiteral("organizations")));
        QCOMPARE(window.tabs()->currentWidget()->objectName(), QStringLiteral("organizationsTab"));
        QVERIFY(!window.selectTab(QStringLiteral("no such tab")));
    }

    void screenshotModeWritesAPng()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shot.sqlite"));
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        {
            auto opened = Storage::open(db);
            QVERIFY(opened.ok());
        }
        QProcess p;
        p.start(QStringLiteral(BILLINGDESK_GUI),
                {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png, QStringLiteral("--tab"),
                 QStringLiteral("Organizations"), QStringLiteral("--size"), QStringLiteral("1200x800")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 800));

        // An unknown tab is wrong usage.
        QProcess bad;
        bad.start(QStringLiteral(BILLINGDESK_GUI),
                  {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png, QStringLiteral("--tab"),
                   QStringLiteral("Nonsense")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);

        // The demo on a 1024x700 screen: exactly that size, on every tab.
        QVERIFY(test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--rows"),
                              QStringLiteral("500")})
                    .exitCode
                == 0);
        for (const QString &tab :
             {QStringLiteral("Organizations"), QStringLiteral("Transfers"), QStringLiteral("Cost data")}) {
            QProcess small;
            small.start(QStringLiteral(BILLINGDESK_GUI),
                        {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png, QStringLiteral("--tab"), tab,
                         QStringLiteral("--as"), QStringLiteral("401825736190"), QStringLiteral("--size"),
                         QStringLiteral("1024x700")});
            QVERIFY(small.waitForFinished(60000));
            QCOMPARE(small.exitCode(), 0);
            QCOMPARE(QImage(png).size(), QSize(1024, 700));
        }
        // A size the window cannot take is never rendered quietly at another size: the run fails and says why.
        QProcess tiny;
        tiny.start(QStringLiteral(BILLINGDESK_GUI),
                   {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                    QStringLiteral("400x300")});
        QVERIFY(tiny.waitForFinished(60000));
        QCOMPARE(tiny.exitCode(), 1);
        QVERIFY2(QString::fromLocal8Bit(tiny.readAllStandardError()).contains(QLatin1String("not 400x300")),
                 "the refusal names the size");
    }

    void firstStartCreatesTheDefaultDatabaseWithTheDemo()
    {
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        const QString png = home.filePath(QStringLiteral("first.png"));
        p.start(QStringLiteral(BILLINGDESK_GUI), {QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QString defaultDb = home.filePath(QStringLiteral("data/BillingDesk/BillingDesk/billingdesk.sqlite"));
        QVERIFY2(QFileInfo::exists(defaultDb), qPrintable(defaultDb));
        auto opened = Storage::open(defaultDb, Storage::OpenMode::ExistingOnly);
        QVERIFY(opened.ok());
        Services services(std::move(opened).value());
        QVERIFY2(services.directory().organizations().size() >= 6, "the demo scenario was not loaded on first start");
        QCOMPARE(services.setting(QStringLiteral("demo.loaded")), QStringLiteral("true"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
