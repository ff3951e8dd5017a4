#include "OrganizationsModel.h"

#include "services/DirectoryService.h"
#include "services/Services.h"

#include "ModelStyle.h"

#include <QLocale>

namespace bd {

OrganizationsModel::OrganizationsModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
{
    connect(&services.directory(), &DirectoryService::changed, this, &OrganizationsModel::reload);
    connect(&services, &Services::dataChanged, this, &OrganizationsModel::reload);
    reload();
}

void OrganizationsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    DirectoryService &dir = m_services.directory();
    for (const Organization &o : dir.organizations())
        m_rows.append({o, dir.accountCount(o.id)});
    endResetModel();
}

int OrganizationsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].org.id == id)
            return i;
    return -1;
}

int OrganizationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganizationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.org.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return row.org.name;
        case Id:
            return row.org.id;
        case ManagementAccount:
            return row.org.managementAccountId;
        case Email:
            return row.org.managementEmail;
        case Accounts:
            return role == Qt::EditRole ? QVariant(row.accounts) : QVariant(QLocale().toString(row.accounts));
        case Features:
            return row.org.imported ? tr("Imported")
                                    : (row.org.allFeatures ? tr("All features") : tr("Consolidated billing"));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Accounts)
        return style::amountAlignment();
    if (role == Qt::ToolTipRole && row.org.imported)
        return tr("%1\nCreated by an import for a payer that was not in the directory.").arg(row.org.name);
    if (role == Qt::ToolTipRole && (index.column() == Name || index.column() == Email))
        return index.column() == Name ? row.org.name : row.org.managementEmail; // the whole text of a narrowed cell
    if (role == Qt::FontRole && (index.column() == Id || index.column() == ManagementAccount))
        return style::tabularFont();
    return {};
}

QVariant OrganizationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("Organization id");
    case ManagementAccount:
        return tr("Management account");
    case Email:
        return tr("Email");
    case Accounts:
        return tr("Accounts");
    case Features:
        return tr("Features");
    }
    return {};
}

AccountsModel::AccountsModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
{
    connect(&services.directory(), &DirectoryService::changed, this, &AccountsModel::reload);
    connect(&services, &Services::dataChanged, this, &AccountsModel::reload);
    reload(); // all accounts until an organization is chosen
}

void AccountsModel::setOrganization(const QString &organizationId)
{
    m_organizationId = organizationId;
    reload();
}

void AccountsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    DirectoryService &dir = m_services.directory();
    const auto org = dir.organization(m_organizationId);
    if (!m_organizationId.isEmpty() && !org) {
        endResetModel();
        return;
    }
    for (const Account &a : dir.accounts(m_organizationId))
        m_rows.append({a, org ? org->managementAccountId == a.id : dir.organizationManagedBy(a.id).has_value()});
    endResetModel();
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.account.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Id:
            return row.account.id;
        case Name:
            return row.account.name;
        case Email:
            return row.account.email;
        case Country:
            return row.account.taxCountry;
        case Role:
            return row.management ? tr("Management") : tr("Member");
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Name || index.column() == Email))
        return index.column() == Name ? row.account.name : row.account.email; // the whole text of a narrowed cell
    if (role == Qt::FontRole && index.column() == Id)
        return style::tabularFont();
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Account id");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Country:
        return tr("Tax country");
    case Role:
        return tr("Role");
    }
    return {};
}

} // namespace bd
