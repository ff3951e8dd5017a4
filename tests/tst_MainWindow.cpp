// The main window: acting-as selector and role badge, simulated clock in the status bar, tab selection,
// screenshot mode and the first start on a new default database.
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
#include <QProcess>
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
        MainWindow window(std::move(t.services));
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("actingAs"));
        QVERIFY(combo);
        // Administrator + management account + member account.
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemData(1).toString(), QStringLiteral("111111111111"));
        QCOMPARE(combo->itemData(2).toString(), QStringLiteral("111111111112"));
        auto *badge = window.findChild<QLabel *>(QStringLiteral("roleBadge"));
        QCOMPARE(badge->text().trimmed(), QStringLiteral("administrator"));

        combo->setCurrentIndex(1);
        QCOMPARE(window.services().actingAccountId(), QStringLiteral("111111111111"));
        QCOMPARE(badge->text().trimmed(), QStringLiteral("management account"));
        combo->setCurrentIndex(2);
        QCOMPARE(badge->text().trimmed(), QStringLiteral("member account"));
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
