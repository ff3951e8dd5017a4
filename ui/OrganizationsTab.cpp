#include "OrganizationsTab.h"

#include "MessageBar.h"
#include "MessageBox.h"
#include "TableViews.h"
#include "commands/ServiceCommand.h"
#include "dialogs/DirectoryDialogs.h"
#include "itemmodels/ModelStyle.h"
#include "itemmodels/OrganizationsModel.h"
#include "services/DirectoryService.h"
#include "services/Services.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

namespace {
QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    applyTableStyle(t, name);
    return t;
}
} // namespace

OrganizationsTab::OrganizationsTab(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("organizationsTab"));
    m_model = new OrganizationsModel(services, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    m_accounts = new AccountsModel(services, this);

    auto *layout = new QVBoxLayout(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("organizationsSplitter"));

    // Master: filter, new, table.
    auto *master = new QWidget(m_splitter);
    auto *masterLayout = new QVBoxLayout(master);
    masterLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(master);
    m_filter->setObjectName(QStringLiteral("organizationFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, id, account or email..."));
    m_filter->setClearButtonEnabled(true);
    m_newOrg = new QPushButton(tr("+ &New organization"), master);
    m_newOrg->setObjectName(QStringLiteral("newOrganizationButton"));
    m_newOrg->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    top->addWidget(m_filter, 1);
    top->addWidget(m_newOrg);
    masterLayout->addLayout(top);
    m_table = makeTable(master, QStringLiteral("organizationsTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(OrganizationsModel::Name, Qt::AscendingOrder);
    m_table->setTextElideMode(Qt::ElideMiddle); // a narrowed email keeps its domain; the tooltip has all of it
    fitColumnsToWidth(m_table, {OrganizationsModel::Email, OrganizationsModel::Name}, OrganizationsModel::Name);
    masterLayout->addWidget(m_table, 1);
    m_empty = new QLabel(
        tr("No organizations yet. Add one with \"New organization\", or load the demo with Demo > Reset Demo Data."),
        master);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: %1; padding: 24px;").arg(style::mutedTextColor().name()));
    masterLayout->addWidget(m_empty);

    // Detail: fields, accounts, actions.
    auto *detail = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("organizationTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    m_detail = new QLabel(detail);
    m_detail->setObjectName(QStringLiteral("organizationDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setMinimumWidth(200);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *orgButtons = new QHBoxLayout;
    m_editOrg = new QPushButton(tr("&Edit..."), detail);
    m_editOrg->setObjectName(QStringLiteral("editOrganizationButton"));
    m_removeOrg = new QPushButton(tr("&Remove..."), detail);
    m_removeOrg->setObjectName(QStringLiteral("removeOrganizationButton"));
    orgButtons->addWidget(m_editOrg);
    orgButtons->addWidget(m_removeOrg);
    orgButtons->addStretch(1);
    auto *accountsLabel = new QLabel(tr("Accounts"), detail);
    accountsLabel->setObjectName(QStringLiteral("accountsTitle"));
    QFont bold = accountsLabel->font();
    bold.setBold(true);
    accountsLabel->setFont(bold);
    m_accountTable = makeTable(detail, QStringLiteral("accountsTable"));
    m_accountTable->setModel(m_accounts);
    m_accountTable->setSortingEnabled(false);
    m_accountTable->setTextElideMode(Qt::ElideMiddle);
    fitColumnsToWidth(m_accountTable, {AccountsModel::Email, AccountsModel::Name}, AccountsModel::Name);
    auto *accountButtons = new QHBoxLayout;
    m_addAccount = new QPushButton(tr("+ Add &account..."), detail);
    m_addAccount->setObjectName(QStringLiteral("addAccountButton"));
    m_editAccount = new QPushButton(tr("Edit a&ccount..."), detail);
    m_editAccount->setObjectName(QStringLiteral("editAccountButton"));
    m_removeAccount = new QPushButton(tr("Remove acco&unt..."), detail);
    m_removeAccount->setObjectName(QStringLiteral("removeAccountButton"));
    accountButtons->addWidget(m_addAccount);
    accountButtons->addWidget(m_editAccount);
    accountButtons->addWidget(m_removeAccount);
    accountButtons->addStretch(1);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail);
    detailLayout->addLayout(orgButtons);
    detailLayout->addSpacing(8);
    detailLayout->addWidget(accountsLabel);
    detailLayout->addWidget(m_accountTable, 1);
    detailLayout->addLayout(accountButtons);

    m_splitter->addWidget(master);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(QStringLiteral("organizationsTab/splitter")).toByteArray()))
        m_splitter->setSizes({780, 620});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(QStringLiteral("organizationsTab/splitter"), m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrganizationsTab::updateDetail);
    connect(m_accountTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganizationsTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        updateDetail();
    });
    connect(m_table, &QTableView::doubleClicked, this, &OrganizationsTab::editOrganization);
    connect(m_accountTable, &QTableView::doubleClicked, this, &OrganizationsTab::editAccount);
    connect(m_newOrg, &QPushButton::clicked, this, &OrganizationsTab::addOrganization);
    connect(m_editOrg, &QPushButton::clicked, this, &OrganizationsTab::editOrganization);
    connect(m_removeOrg, &QPushButton::clicked, this, &OrganizationsTab::removeOrganization);
    connect(m_addAccount, &QPushButton::clicked, this, &OrganizationsTab::addAccount);
    connect(m_editAccount, &QPushButton::clicked, this, &OrganizationsTab::editAccount);
    connect(m_removeAccount, &QPushButton::clicked, this, &OrganizationsTab::removeAccount);
    connect(&services, &Services::actingAccountChanged, this, &OrganizationsTab::updateActions);

    m_empty->setVisible(m_model->rowCount() == 0);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateDetail();
}

OrganizationsTab::~OrganizationsTab() = default;

QString OrganizationsTab::selectedOrganizationId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(OrganizationsModel::IdRole).toString() : QString();
}

void OrganizationsTab::selectOrganization(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

QString OrganizationsTab::selectedAccountId() const
{
    const QModelIndex current = m_accountTable->currentIndex();
    return current.isValid() ? current.data(AccountsModel::IdRole).toString() : QString();
}

void OrganizationsTab::updateDetail()
{
    const QString id = selectedOrganizationId();
    const auto org = m_services.directory().organization(id);
    if (!org) {
        m_detailTitle->setText(tr("No organization selected"));
        m_detail->setText(tr("Select an organization to see its management account and accounts."));
        m_accounts->setOrganization({});
        updateActions();
        return;
    }
    m_detailTitle->setText(org->name);
    const auto management = m_services.directory().account(org->managementAccountId);
    QString html = QStringLiteral("<table cellspacing=4>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:%1; padding-right:8px' valign=top>%2</td><td>%3</td></tr>")
                    .arg(style::mutedTextColor().name(), label.toHtmlEscaped(), value);
    };
    row(tr("Organization id"), QStringLiteral("<tt>%1</tt>").arg(org->id.toHtmlEscaped()));
    row(tr("Management account"),
        QStringLiteral("<tt>%1</tt> %2")
            .arg(org->managementAccountId.toHtmlEscaped(), management ? management->name.toHtmlEscaped() : QString()));
    // An email wraps after its @ in a narrow pane (a zero-width space is a break opportunity).
    row(tr("Email"), org->managementEmail.toHtmlEscaped().replace(QLatin1Char('@'), QStringLiteral("@\u200b")));
    row(tr("Tax country"), management ? management->taxCountry.toHtmlEscaped() : QString());
    row(tr("Features"), org->allFeatures ? tr("All features") : tr("Consolidated billing only"));
    if (org->imported)
        row(tr("Origin"), tr("Created by an import (unknown payer): complete its email."));
    html += QStringLiteral("</table>");
    m_detail->setText(html);
    if (m_accounts->organizationId() != id)
        m_accounts->setOrganization(id);
    updateActions();
}

void OrganizationsTab::updateActions()
{
    const QString id = selectedOrganizationId();
    const bool mayManage = !id.isEmpty() && m_services.directory().requireManagementOf(id).ok();
    m_editOrg->setEnabled(mayManage);
    m_removeOrg->setEnabled(mayManage);
    m_addAccount->setEnabled(mayManage);
    const bool accountSelected = !selectedAccountId().isEmpty();
    m_editAccount->setEnabled(mayManage && accountSelected);
    const auto org = m_services.directory().organization(id);
    m_removeAccount->setEnabled(mayManage && accountSelected && org && org->managementAccountId != selectedAccountId());
    const QString why = id.isEmpty() || mayManage
        ? QString()
        : tr("Only the management account of %1 (or the administrator) can change it.").arg(org ? org->name : id);
    for (QPushButton *b : {m_editOrg, m_removeOrg, m_addAccount, m_editAccount, m_removeAccount})
        b->setToolTip(why);
}

void OrganizationsTab::addOrganization()
{
    OrganizationDialog dialog(this);
    DirectoryService &dir = m_services.directory();
    QString addedId;
    dialog.setSubmit([&] {
        const Organization org = dialog.organization();
        const QString country = dialog.taxCountry();
        const QString accountName = dialog.managementAccountName();
        addedId = org.id;
        return ServiceCommand::run(
            m_undoStack, tr("Add organization %1").arg(org.name),
            [&dir, org, country, accountName] { return dir.addOrganization(org, accountName, country); },
            [&dir, id = org.id] { return dir.removeOrganization(id); },
            [this](const Error &e) { m_messages->showError(e); });
    });
    if (dialog.exec() == QDialog::Accepted) {
        selectOrganization(addedId);
        m_messages->showInfo(tr("Added organization %1.").arg(dialog.organization().name));
    }
}

void OrganizationsTab::editOrganization()
{
    const auto org = m_services.directory().organization(selectedOrganizationId());
    if (!org)
        return;
    if (auto s = m_services.directory().requireManagementOf(org->id); !s) {
        m_messages->showError(s.error());
        return;
    }
    OrganizationDialog dialog(this, &*org);
    DirectoryService &dir = m_services.directory();
    const Organization before = *org;
    dialog.setSubmit([&] {
        const Organization after = dialog.organization();
        return ServiceCommand::run(
            m_undoStack, tr("Edit organization %1").arg(after.name),
            [&dir, after] { return dir.editOrganization(after); },
            [&dir, before] { return dir.editOrganization(before); },
            [this](const Error &e) { m_messages->showError(e); });
    });
    dialog.exec();
}

void OrganizationsTab::removeOrganization()
{
    const auto org = m_services.directory().organization(selectedOrganizationId());
    if (!org)
        return;
    if (!MessageBox::confirm(this, tr("Remove organization"),
                             tr("Remove %1 (%2) and its management account %3 from the directory?")
                                 .arg(org->name, org->id, org->managementAccountId),
                             tr("Remove")))
        return;
    DirectoryService &dir = m_services.directory();
    const Organization before = *org;
    const auto management = dir.account(org->managementAccountId);
    const QString country = management ? management->taxCountry : QString();
    const QString accountName = management ? management->name : QString();
    if (auto s = ServiceCommand::run(
            m_undoStack, tr("Remove organization %1").arg(org->name),
            [&dir, id = org->id] { return dir.removeOrganization(id); },
            [&dir, before, accountName, country] { return dir.addOrganization(before, accountName, country); },
            [this](const Error &e) { m_messages->showError(e); });
        !s)
        m_messages->showError(s.error());
    else
        m_messages->showInfo(tr("Removed %1. Edit > Undo brings it back.").arg(before.name));
}

void OrganizationsTab::addAccount()
{
    const QString orgId = selectedOrganizationId();
    if (orgId.isEmpty())
        return;
    AccountDialog dialog(orgId, this);
    DirectoryService &dir = m_services.directory();
    dialog.setSubmit([&] {
        const Account a = dialog.account();
        return ServiceCommand::run(
            m_undoStack, tr("Add account %1").arg(a.id), [&dir, a] { return dir.addAccount(a); },
            [&dir, id = a.id] { return dir.removeAccount(id); }, [this](const Error &e) { m_messages->showError(e); });
    });
    if (dialog.exec() == QDialog::Accepted)
        m_messages->showInfo(tr("Added account %1.").arg(dialog.account().id));
}

void OrganizationsTab::editAccount()
{
    const auto account = m_services.directory().account(selectedAccountId());
    if (!account)
        return;
    AccountDialog dialog(account->organizationId, this, &*account);
    DirectoryService &dir = m_services.directory();
    const Account before = *account;
    dialog.setSubmit([&] {
        const Account after = dialog.account();
        return ServiceCommand::run(
            m_undoStack, tr("Edit account %1").arg(after.id), [&dir, after] { return dir.editAccount(after); },
            [&dir, before] { return dir.editAccount(before); }, [this](const Error &e) { m_messages->showError(e); });
    });
    dialog.exec();
}

void OrganizationsTab::removeAccount()
{
    const auto account = m_services.directory().account(selectedAccountId());
    if (!account)
        return;
    if (!MessageBox::confirm(this, tr("Remove account"), tr("Remove account %1 (%2)?").arg(account->id, account->name),
                             tr("Remove")))
        return;
    DirectoryService &dir = m_services.directory();
    const Account before = *account;
    if (auto s = ServiceCommand::run(
            m_undoStack, tr("Remove account %1").arg(before.id),
            [&dir, id = before.id] { return dir.removeAccount(id); }, [&dir, before] { return dir.addAccount(before); },
            [this](const Error &e) { m_messages->showError(e); });
        !s)
        m_messages->showError(s.error());
}

} // namespace bd
