#include "BillingGroupsModel.h"

#include "ModelStyle.h"
#include "PricingFormat.h"
#include "services/Services.h"

#include <QLocale>

namespace bd {

BillingGroupsModel::BillingGroupsModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
{
    connect(&services.pricing(), &PricingService::pricingChanged, this, &BillingGroupsModel::reload);
    connect(&services, &Services::dataChanged, this, &BillingGroupsModel::reload);
    connect(&services, &Services::actingAccountChanged, this, &BillingGroupsModel::reload);
    reload();
}

void BillingGroupsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.reset();
    auto loaded = m_services.pricing().groups();
    if (loaded)
        m_rows = *loaded;
    else
        m_error = loaded.error();
    endResetModel();
}

int BillingGroupsModel::rowOf(const QString &groupId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].group.id == groupId)
            return i;
    return -1;
}

int BillingGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BillingGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BillingGroupPricing &row = m_rows.at(index.row());
    const BillingGroup &g = row.group;
    switch (role) {
    case IdRole:
        return g.id;
    case PlanNameRole:
        return g.pricingPlan;
    case StatusColorRole:
        return index.column() == Status ? QVariant(pricingformat::groupStatusColor(g.status)) : QVariant();
    case SecondaryTextRole:
        if (index.column() == Name)
            return tr("%1 \u00b7 %2")
                .arg(pricingformat::groupTypeLabel(g.type),
                     row.organizationName.isEmpty() ? g.id : row.organizationName);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return g.name;
        case Status:
            return pricingformat::groupStatusLabel(g.status);
        case Plan:
            return pricingformat::planLabel(g.pricingPlan);
        case Type:
            return pricingformat::groupTypeLabel(g.type);
        case Accounts:
            return role == Qt::EditRole ? QVariant(int(row.accountIds.size()))
                                        : QVariant(QLocale().toString(qsizetype(row.accountIds.size())));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Name:
            return g.name.toCaseFolded();
        case Status:
            return int(g.status);
        case Plan:
            return pricingformat::planLabel(g.pricingPlan).toCaseFolded();
        case Type:
            return int(g.type);
        case Accounts:
            return int(row.accountIds.size());
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return tr("%1\n%2 \u00b7 primary account %3\n%4")
                .arg(g.name, row.organizationName.isEmpty() ? g.organizationId : row.organizationName,
                     g.primaryAccountId, g.id);
        case Status:
            return g.status == BillingGroupStatus::Active
                ? tr("Active: its pricing applies to the bills of its accounts.")
                : tr("Pending: the transfer has not started yet; the pricing applies from its first month.");
        case Plan:
            return pricingformat::planLabel(g.pricingPlan);
        case Accounts:
            return row.accountIds.join(QStringLiteral(", "));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Accounts ? style::amountAlignment() : QVariant();
    default:
        return {};
    }
}

QVariant BillingGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Billing group");
    case Status:
        return tr("Status");
    case Plan:
        return tr("Plan");
    case Type:
        return tr("Type");
    case Accounts:
        return tr("Accounts");
    }
    return {};
}

} // namespace bd
