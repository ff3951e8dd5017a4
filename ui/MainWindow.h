#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace bd {

class ActingAsSelector;
class Services;

// The main window: menus, the "acting as" selector with its role badge, the tabs, and a status bar with
// the simulation date. It owns the Services of the open database; opening another database rebuilds the tabs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Services> services, QWidget *parent = nullptr);
    ~MainWindow() override;

    Services &services() const { return *m_services; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QTabWidget *tabs() const { return m_tabs; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *demoMenu() const { return m_demoMenu; }
    ActingAsSelector *actingAsSelector() const { return m_actingAs; }

    // Selects a tab by its object name ("transfersTab") or title ("Transfers"), case-insensitive.
    bool selectTab(const QString &name);
    void showBanner(const QString &text);
    // The attention summary in the status bar ("3 items need attention"); the Transfers tab feeds it.
    void setAttention(int count, const QString &details);
    bool openDatabase(const QString &path);
    void setActingAccount(const QString &accountId);

    static QString roleLabel(const QString &role);
    static QColor roleColor(const QString &role);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

Q_SIGNALS:
    // Files dropped on the window (the import dialog handles them).
    void filesDropped(const QStringList &paths);

private:
    void createActions();
    void buildTabs();
    void refreshActingAs();
    void refreshClock();
    void updateRecentMenu();
    void rememberDatabase(const QString &path);
    void newDatabase();
    void chooseDatabase();
    void pickDate();
    void resetDemo();
    void applyScenario();
    void exportScenario();
    void checkDatabase();
    void about();

    std::unique_ptr<Services> m_services;
    QUndoStack *m_undoStack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_banner = nullptr;
    ActingAsSelector *m_actingAs = nullptr;
    QLabel *m_roleBadge = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_attentionLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_demoMenu = nullptr;
    QAction *m_applyScenario = nullptr;
    QAction *m_exportScenario = nullptr;
    bool m_refreshingActingAs = false;
};

} // namespace bd
