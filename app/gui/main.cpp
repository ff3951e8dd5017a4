// billingdesk: the GUI. Argument parsing and wiring only.
#include "MainWindow.h"
#include "MessageBox.h"
#include "services/ScenarioService.h"
#include "services/Services.h"
#include "domain/Vocabulary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BillingDesk"));
    QApplication::setApplicationName(QStringLiteral("BillingDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("BillingDesk"));
    QApplication::setApplicationVersion(QStringLiteral(BILLINGDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("billingdesk"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("billingdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "BillingDesk: Billing Transfer, pro forma pricing and invoices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open this database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"), QApplication::translate("main", "Render the main window to a PNG file and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption tabOption(QStringLiteral("tab"), QApplication::translate("main", "Open on this tab."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption asOption(QStringLiteral("as"), QApplication::translate("main", "Act as this account."),
                                      QStringLiteral("ACCOUNT_ID"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("main", "Window size for --screenshot (WxH)."),
                                        QStringLiteral("WxH"), QStringLiteral("1440x900"));
    parser.addOptions({dbOption, shotOption, tabOption, asOption, sizeOption});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A database to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const bool screenshot = parser.isSet(shotOption);
    // A screenshot neither reads nor changes the user's settings (window geometry, recent and last database).
    QTemporaryDir screenshotSettings;
    if (screenshot)
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, screenshotSettings.path());
    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    const bool defaultDatabase = path.isEmpty();
    if (defaultDatabase) {
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        path = (!screenshot && !last.isEmpty() && QFileInfo::exists(last)) ? last : bd::Services::defaultDatabasePath();
    }

    bd::Services::OpenOptions options;
    options.location = path;
    auto opened = bd::Services::open(options);
    if (!opened.ok()) {
        std::fprintf(stderr, "billingdesk: %s\n", qPrintable(opened.error().describe()));
        if (!screenshot)
            bd::MessageBox::warning(nullptr, QApplication::translate("main", "BillingDesk"), opened.error().message);
        return 1;
    }
    auto services = std::move(opened).value();
    if (services->wasCreated() && defaultDatabase) {
        // A newcomer sees real screens: the first start loads the demo scenario.
        if (auto s = bd::ScenarioService(*services).loadDemo(); !s)
            std::fprintf(stderr, "billingdesk: the demo data could not be loaded: %s\n",
                         qPrintable(s.error().describe()));
    }

    QString actingAs = parser.value(asOption);
    if (actingAs.isEmpty())
        actingAs = services->setting(bd::SettingKeys::DefaultActingAs);
    const QString demoLoaded = services->setting(bd::SettingKeys::DemoLoaded);
    const bool isDemo = demoLoaded == QLatin1String("true") || demoLoaded == QLatin1String("1");

    bd::MainWindow window(std::move(services));
    if (!actingAs.isEmpty())
        window.setActingAccount(actingAs);
    QString tab = parser.value(tabOption);
    if (tab.isEmpty() && isDemo)
        tab = QStringLiteral("Transfers");
    if (!tab.isEmpty() && !window.selectTab(tab) && parser.isSet(tabOption)) {
        std::fprintf(stderr, "billingdesk: there is no tab named \"%s\"\n", qPrintable(tab));
        return 2;
    }
    if (isDemo)
        window.showBanner(QApplication::translate(
            "main", "You are looking at demo data. Demo > Reset or File > New to start your own."));

    if (screenshot) {
        bd::MessageBox::setNonInteractive(true);
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        const QSize wanted(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1440,
                           size.value(1).toInt() > 0 ? size.value(1).toInt() : 900);
        window.resize(wanted);
        window.show();
        int exitCode = 0;
        QTimer::singleShot(300, &window, [&] {
            QApplication::processEvents();
            if (window.size() != wanted) {
                // Never quietly a different size: the picture is written, and the run fails.
                std::fprintf(stderr, "billingdesk: the window is %dx%d, not %dx%d (its minimum size is %dx%d)\n",
                             window.width(), window.height(), wanted.width(), wanted.height(),
                             window.minimumSizeHint().width(), window.minimumSizeHint().height());
                exitCode = 1;
            }
            const QPixmap pixmap = window.grab();
            if (!pixmap.save(parser.value(shotOption), "PNG")) {
                std::fprintf(stderr, "billingdesk: cannot write %s\n", qPrintable(parser.value(shotOption)));
                exitCode = 1;
            }
            QApplication::exit(exitCode);
        });
        return QApplication::exec() == 0 ? exitCode : 1;
    }
    window.show();
    return QApplication::exec();
}
