#include "MainWindow.h"

#include "ActingAsSelector.h"
#include "CostDataTab.h"
#include "MessageBox.h"
#include "OrganizationsTab.h"
#include "PricingTab.h"
#include "TransfersTab.h"
#include "domain/Vocabulary.h"
#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/ScenarioService.h"
#include "services/Services.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bd {

namespace {
const QString RecentKey = QStringLiteral("recentDatabases");
const QString LastKey = QStringLiteral("lastDatabase");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Services> services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(std::move(services))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/billingdesk.svg")));
    setAcceptDrops(true);
    m_undoStack = new QUndoStack(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "#banner { background: #fff4d6; border: 1px solid #e6c46a; border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createActions();
    buildTabs();
    refreshActingAs();
    refreshClock();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    rememberDatabase(m_services->databasePath());
}

MainWindow::~MainWindow() = default;

QString MainWindow::roleLabel(const QString &role)
{
    if (role == Roles::Payer)
        return tr("payer");
    if (role == Roles::BillSource)
        return tr("bill-source");
    if (role == Roles::Management)
        return tr("management account");
    if (role == Roles::Member)
        return tr("member account");
    if (role == Roles::Administrator)
        return tr("administrator");
    if (role == Roles::Standalone)
        return tr("standalone account");
    if (role == Roles::Unknown)
        return tr("role unknown (the database could not be read)");
    return role;
}

QColor MainWindow::roleColor(const QString &role)
{
    if (role == Roles::Payer)
        return QColor(0x1f, 0x6f, 0xc5); // blue
    if (role == Roles::BillSource)
        return QColor(0xd9, 0x8c, 0x00); // amber
    if (role == Roles::Administrator)
        return QColor(0x44, 0x44, 0x44);
    return QColor(0x6b, 0x7b, 0x8c);
}

void MainWindow::createActions()
{
    // File
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newDb = m_fileMenu->addAction(tr("&New Database..."), this, &MainWindow::newDatabase);
    newDb->setObjectName(QStringLiteral("actionNewDatabase"));
    newDb->setShortcut(QKeySequence::New);
    QAction *openDb = m_fileMenu->addAction(tr("&Open Database..."), this, &MainWindow::chooseDatabase);
    openDb->setObjectName(QStringLiteral("actionOpenDatabase"));
    openDb->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_fileMenu->addSeparator();
    // Import and export actions are inserted here by the capabilities that provide them.
    QAction *importSeparator = m_fileMenu->addSeparator();
    importSeparator->setObjectName(QStringLiteral("importSeparator"));
    m_applyScenario = m_fileMenu->addAction(tr("&Apply Scenario..."), this, &MainWindow::applyScenario);
    m_applyScenario->setObjectName(QStringLiteral("actionApplyScenario"));
    m_exportScenario = m_fileMenu->addAction(tr("E&xport Scenario..."), this, &MainWindow::exportScenario);
    m_exportScenario->setObjectName(QStringLiteral("actionExportScenario"));
    m_fileMenu->addSeparator();
    QAction *checkDb = m_fileMenu->addAction(tr("&Check Database"), this, &MainWindow::checkDatabase);
    checkDb->setObjectName(QStringLiteral("actionCheckDatabase"));
    checkDb->setStatusTip(tr("Run the database's integrity check and say what it found."));
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    updateRecentMenu();

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    // View: one shortcut per tab, filled in buildTabs().
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    // Demo: the simulation clock and the demo data.
    m_demoMenu = menuBar()->addMenu(tr("&Demo"));
    QAction *nextDay = m_demoMenu->addAction(tr("Next &Day"), this, [this] {
        if (auto s = m_services->clock().advanceDays(1); !s)
            MessageBox::warning(this, tr("Clock"), s.error().message);
    });
    nextDay->setObjectName(QStringLiteral("actionNextDay"));
    nextDay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    QAction *nextMonth = m_demoMenu->addAction(tr("Next &Month (1st, 00:00 UTC)"), this, [this] {
        if (auto s = m_services->clock().advanceToNextMonth(); !s)
            MessageBox::warning(this, tr("Clock"), s.error().message);
    });
    nextMonth->setObjectName(QStringLiteral("actionNextMonth"));
    nextMonth->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight));
    QAction *pick = m_demoMenu->addAction(tr("&Pick Date..."), this, &MainWindow::pickDate);
    pick->setObjectName(QStringLiteral("actionPickDate"));
    m_demoMenu->addSeparator();
    QAction *reset = m_demoMenu->addAction(tr("&Reset Demo Data..."), this, &MainWindow::resetDemo);
    reset->setObjectName(QStringLiteral("actionResetDemo"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About BillingDesk"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Toolbar: who you are, and in which role.
    QToolBar *bar = addToolBar(tr("Identity"));
    bar->setObjectName(QStringLiteral("identityToolBar"));
    bar->setMovable(false);
    auto *identity = new QWidget(bar);
    auto *identityLayout = new QHBoxLayout(identity);
    identityLayout->setContentsMargins(4, 2, 4, 2);
    auto *asLabel = new QLabel(tr("Acting &as:"), identity);
    m_actingAs = new ActingAsSelector(identity);
    m_actingAs->setObjectName(QStringLiteral("actingAsSelector"));
    asLabel->setBuddy(m_actingAs->findChild<QWidget *>(QStringLiteral("actingAs")));
    m_roleBadge = new QLabel(identity);
    m_roleBadge->setObjectName(QStringLiteral("roleBadge"));
    identityLayout->addWidget(asLabel);
    identityLayout->addWidget(m_actingAs);
    identityLayout->addWidget(m_roleBadge);
    identityLayout->addStretch(1);
    bar->addWidget(identity);
    connect(m_actingAs, &ActingAsSelector::accountChosen, this, [this](const QString &account) {
        if (!m_refreshingActingAs)
            setActingAccount(account);
    });

    // Status bar: the simulated date with its buttons, the attention summary, the database.
    auto *clockBox = new QWidget(this);
    auto *clockLayout = new QHBoxLayout(clockBox);
    clockLayout->setContentsMargins(0, 0, 0, 0);
    m_clockLabel = new QLabel(clockBox);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    auto makeButton = [clockBox](QAction *action, const QString &text) {
        auto *b = new QToolButton(clockBox);
        b->setDefaultAction(action);
        b->setText(text);
        b->setToolTip(action->text().remove(QLatin1Char('&')));
        b->setAutoRaise(true);
        return b;
    };
    clockLayout->addWidget(m_clockLabel);
    clockLayout->addWidget(makeButton(nextDay, tr("\u25B6 next day")));
    clockLayout->addWidget(makeButton(nextMonth, tr("\u25B6\u25B6 next month")));
    statusBar()->addWidget(clockBox);
    m_attentionLabel = new QLabel(this);
    m_attentionLabel->setObjectName(QStringLiteral("attentionLabel"));
    statusBar()->addWidget(m_attentionLabel, 1);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::buildTabs()
{
    m_undoStack->clear();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_tabs->addTab(new OrganizationsTab(*m_services, m_undoStack, m_tabs), tr("Organizations"));
    m_tabs->addTab(new TransfersTab(*m_services, m_undoStack, m_tabs), tr("Transfers"));
    m_tabs->addTab(new CostDataTab(*m_services, m_undoStack, m_tabs), tr("Cost data"));
    m_tabs->addTab(new PricingTab(*m_services, m_undoStack, m_tabs), tr("Pricing"));

    if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->clear();
        for (int i = 0; i < m_tabs->count(); ++i) {
            QAction *a = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
            a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        }
    }

    connect(m_services.get(), &Services::dataChanged, this, [this] {
        refreshClock();
        refreshActingAs();
    });
    connect(&m_services->clock(), &ClockService::changed, this, &MainWindow::refreshClock);
    if (m_services->isReadOnly()) {
        m_databaseLabel->setText(tr("DB: %1 (read-only)").arg(QFileInfo(m_services->databasePath()).fileName()));
        m_databaseLabel->setToolTip(tr("%1\nThe file has no write permission: it can be read and exported, but no "
                                       "change can be saved.")
                                        .arg(m_services->databasePath()));
    } else {
        m_databaseLabel->setText(tr("DB: %1").arg(QFileInfo(m_services->databasePath()).fileName()));
        m_databaseLabel->setToolTip(m_services->databasePath());
    }
    setWindowTitle(tr("%1 - BillingDesk").arg(QFileInfo(m_services->databasePath()).fileName()));
}

void MainWindow::refreshActingAs()
{
    m_refreshingActingAs = true;
    const QString current = m_services->actingAccountId();
    // The administrator, then each organization with its management account first and its members, then the
    // accounts of no organization: grouped, with their roles, searchable.
    QList<ActingAsSelector::Entry> entries {
        {QString(), QString(), QString(), QString(), roleLabel(QStringLiteral("administrator")), false}};
    DirectoryService &dir = m_services->directory();
    QList<Organization> organizations = dir.organizations();
    std::sort(organizations.begin(), organizations.end(), [](const Organization &a, const Organization &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Organization &org : std::as_const(organizations)) {
        QList<Account> accounts = dir.accounts(org.id);
        std::stable_sort(accounts.begin(), accounts.end(), [&org](const Account &a, const Account &b) {
            return (a.id == org.managementAccountId) > (b.id == org.managementAccountId);
        });
        for (const Account &a : std::as_const(accounts))
            entries.append(
                {a.id, a.name, org.id, org.name, roleLabel(m_services->roleOf(a.id)), a.id == org.managementAccountId});
    }
    for (const Account &a : dir.accounts())
        if (a.organizationId.isEmpty())
            entries.append({a.id, a.name, QString(), QString(), roleLabel(m_services->roleOf(a.id)), false});
    m_actingAs->setEntries(entries);
    m_actingAs->setCurrentAccount(current);
    const QString role = m_services->roleOf(current);
    m_roleBadge->setText(QStringLiteral(" %1 ").arg(roleLabel(role)));
    m_roleBadge->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: white; border-radius: 8px; padding: 2px 8px; font-weight: bold; }")
            .arg(roleColor(role).name()));
    m_refreshingActingAs = false;
    // Scenarios carry every organization's data: they are the administrator's (the service enforces it too).
    const QString adminOnly
        = current.isEmpty() ? QString() : tr("Scenarios are applied and exported by the administrator.");
    for (QAction *a : {m_applyScenario, m_exportScenario}) {
        a->setEnabled(current.isEmpty());
        a->setStatusTip(adminOnly);
    }
}

void MainWindow::setActingAccount(const QString &accountId)
{
    if (auto s = m_services->setActingAccount(accountId); !s) {
        MessageBox::warning(this, tr("Acting as"), s.error().message);
        return;
    }
    m_undoStack->clear(); // undo history belongs to who made the edits
    refreshActingAs();
}

void MainWindow::refreshClock()
{
    const QDateTime now = m_services->now();
    const QString date = QLocale().toString(now.date(), QLocale::ShortFormat);
    m_clockLabel->setText(tr("Simulated date: <b>%1</b> %2 UTC")
                              .arg(QLocale().toString(now.date(), QStringLiteral("d MMM yyyy")),
                                   now.time().toString(QStringLiteral("HH:mm"))));
    m_clockLabel->setToolTip(m_services->clock().isSimulated()
                                 ? tr("Simulated clock (%1)").arg(date)
                                 : tr("Following the real date; move it with Demo > Next Day."));
}

void MainWindow::setAttention(int count, const QString &details)
{
    if (count == 0)
        m_attentionLabel->setText(tr("Nothing needs attention"));
    else if (count == 1)
        m_attentionLabel->setText(tr("1 item needs attention"));
    else
        m_attentionLabel->setText(tr("%1 items need attention").arg(count));
    m_attentionLabel->setToolTip(details);
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

bool MainWindow::selectTab(const QString &name)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString title = m_tabs->tabText(i).remove(QLatin1Char('&'));
        const QString object = m_tabs->widget(i)->objectName();
        if (title.compare(name, Qt::CaseInsensitive) == 0 || object.compare(name, Qt::CaseInsensitive) == 0
            || object.compare(name + QLatin1String("Tab"), Qt::CaseInsensitive) == 0
            || QString(title)
                    .remove(QLatin1Char(' '))
                    .compare(QString(name).remove(QLatin1Char(' ')).remove(QLatin1Char('-')), Qt::CaseInsensitive)
                == 0) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool MainWindow::openDatabase(const QString &path)
{
    Services::OpenOptions options;
    options.location = path;
    auto opened = Services::open(options);
    if (!opened.ok()) {
        MessageBox::warning(this, tr("Open database"), opened.error().message);
        return false;
    }
    auto services = std::move(opened).value();
    // Tabs hold references to the old services: take them down first.
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_services = std::move(services);
    showBanner({});
    buildTabs();
    refreshActingAs();
    refreshClock();
    rememberDatabase(path);
    return true;
}

void MainWindow::rememberDatabase(const QString &path)
{
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    settings.setValue(LastKey, absolute);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  \u2014  ")
                                    + QFileInfo(path).absolutePath(),
                                this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newDatabase()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New database"), QString(), tr("BillingDesk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New database"),
                            tr("%1 already exists; choose a new file name or open it instead.").arg(path));
        return;
    }
    openDatabase(path);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("BillingDesk databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::pickDate()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("pickDateDialog"));
    dialog.setWindowTitle(tr("Move the simulated date"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("The simulated clock only moves forward. Everything due by the new date happens "
                                "(invitations expire, transfers come into effect)."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setMinimumDate(m_services->now().date());
    calendar->setSelectedDate(m_services->now().date());
    layout->addWidget(calendar);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate date = calendar->selectedDate();
    if (date == m_services->now().date())
        return;
    if (auto s = m_services->clock().set(QDateTime(date, QTime(0, 0), QTimeZone::utc())); !s)
        MessageBox::warning(this, tr("Clock"), s.error().message);
}

void MainWindow::resetDemo()
{
    if (!MessageBox::confirm(this, tr("Reset demo data"),
                             tr("This replaces the open database's content with a fresh copy of the demo data in a new "
                                "database file next to it. Your current file is kept."),
                             tr("Reset")))
        return;
    const QString base = m_services->databasePath();
    QString path = base;
    path.replace(QLatin1String(".sqlite"), QString());
    path += QStringLiteral("-demo-%1.sqlite")
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    Services::OpenOptions options;
    options.location = path;
    auto opened = Services::open(options);
    if (!opened.ok()) {
        MessageBox::warning(this, tr("Reset demo data"), opened.error().message);
        return;
    }
    {
        Services &fresh = *opened.value();
        if (auto s = ScenarioService(fresh).loadDemo(); !s) {
            MessageBox::warning(this, tr("Reset demo data"), s.error().message);
            return;
        }
    }
    openDatabase(path);
}

void MainWindow::applyScenario()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Apply scenario"), QString(), tr("Scenarios (*.json)"));
    if (path.isEmpty())
        return;
    if (auto s = ScenarioService(*m_services).applyFile(path); !s) {
        MessageBox::warning(this, tr("Apply scenario"),
                            tr("Nothing was changed: %1 (%2)").arg(s.error().describe(), s.error().code));
        return;
    }
    Q_EMIT m_services->dataChanged();
    MessageBox::information(this, tr("Apply scenario"), tr("Applied %1.").arg(QFileInfo(path).fileName()));
}

void MainWindow::checkDatabase()
{
    auto found = m_services->checkDatabase();
    if (!found) {
        MessageBox::warning(this, tr("Check database"), found.error().message);
        return;
    }
    const QString file = QDir::toNativeSeparators(m_services->databasePath());
    if (found->isEmpty()) {
        MessageBox::information(this, tr("Check database"),
                                tr("The integrity check of %1 found no problem.").arg(file));
        return;
    }
    QStringList shown = found->mid(0, 10);
    if (found->size() > shown.size())
        shown << tr("... and %n more", nullptr, int(found->size() - shown.size()));
    MessageBox::warning(this, tr("Check database"),
                        tr("The integrity check of %1 found damage:\n\n%2\n\nBillingDesk writes nothing more to this "
                           "file. Restore the backup that upgrades keep next to it (%1.v<N>.backup) or a backup of "
                           "your own.")
                            .arg(file, shown.join(QLatin1Char('\n'))));
}

void MainWindow::exportScenario()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scenario"), QStringLiteral("scenario.json"),
                                                      tr("Scenarios (*.json)"));
    if (path.isEmpty())
        return;
    auto exported = ScenarioService(*m_services).exportScenario();
    if (!exported.ok()) {
        MessageBox::warning(this, tr("Export scenario"), exported.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(exported.value()).toJson()) < 0
        || !file.commit()) {
        MessageBox::warning(this, tr("Export scenario"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About BillingDesk"),
        tr("BillingDesk %1\n\nBilling Transfer, pro forma pricing and invoices across AWS organizations.\n\n"
           "Database: %2 (schema version %3)")
            .arg(QStringLiteral(BILLINGDESK_VERSION), m_services->databasePath())
            .arg(m_services->schemaVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty())
        Q_EMIT filesDropped(paths);
}

} // namespace bd
