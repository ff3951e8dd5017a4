#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QUndoStack;

namespace bd {

class AccountsModel;
class MessageBar;
class OrganizationsModel;
class Services;

// Organizations: a filterable, sortable table of organizations; the selected one's details and accounts on
// the right; add / edit / remove with undo. What is enabled follows the acting account.
class OrganizationsTab final : public QWidget
{
    Q_OBJECT

public:
    OrganizationsTab(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~OrganizationsTab() override;

    QString selectedOrganizationId() const;
    void selectOrganization(const QString &id);

public Q_SLOTS:
    void addOrganization();
    void editOrganization();
    void removeOrganization();
    void addAccount();
    void editAccount();
    void removeAccount();

private:
    void updateDetail();
    void updateActions();
    QString selectedAccountId() const;

    Services &m_services;
    QUndoStack *m_undoStack;
    OrganizationsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    AccountsModel *m_accounts = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_accountTable = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_newOrg = nullptr;
    QPushButton *m_editOrg = nullptr;
    QPushButton *m_removeOrg = nullptr;
    QPushButton *m_addAccount = nullptr;
    QPushButton *m_editAccount = nullptr;
    QPushButton *m_removeAccount = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageBar *m_messages = nullptr;
};

} // namespace bd
