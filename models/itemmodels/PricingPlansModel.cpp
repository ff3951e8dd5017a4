#include "PricingPlansModel.h"

#include "ModelStyle.h"
#include "PricingFormat.h"
#include "services/PricingService.h"
#include "services/Services.h"

#include <QLocale>

namespace bd {

PricingPlansModel::PricingPlansModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
{
    connect(&services.pricing(), &PricingService::pricingChanged, this, &PricingPlansModel::reload);
    connect(&services, &Services::dataChanged, this, &PricingPlansModel::reload);
    connect(&services, &Services::actingAccountChanged, this, &PricingPlansModel::reload);
    reload();
}

void PricingPlansModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.reset();
    PricingService &pricing = m_services.pricing();
    auto plans = pricing.plans();
    if (!plans) {
        m_error = plans.error();
        endResetModel();
        return;
    }
    const auto groups = pricing.groups();
    for (const PricingPlan &p : std::as_const(*plans)) {
        Row row {p, 0};
        if (groups)
            for (const BillingGroupPricing &g : *groups)
                if (g.group.pricingPlan == p.name || g.group.pricingPlan == p.id)
                    ++row.groups;
        m_rows.append(row);
    }
    endResetModel();
}

int PricingPlansModel::rowOf(const QString &idOrName) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].plan.id == idOrName || m_rows[i].plan.name == idOrName)
            return i;
    return -1;
}

int PricingPlansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PricingPlansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PricingPlansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PricingPlan &p = row.plan;
    switch (role) {
    case IdRole:
        return p.id;
    case PlanNameRole:
        return p.name;
    case ManagedRole:
        return p.managed;
    case SecondaryTextRole:
        if (index.column() != Name)
            return {};
        if (p.managed)
            return tr("AWS-managed, read-only");
        return p.description.isEmpty() ? tr("Custom plan") : p.description;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return pricingformat::planLabel(p.name);
        case Rules:
            if (p.managed)
                return role == Qt::EditRole ? QVariant(-1) : QVariant(QStringLiteral("\u2014"));
            return role == Qt::EditRole ? QVariant(int(p.rules.size()))
                                        : QVariant(QLocale().toString(qsizetype(p.rules.size())));
        case UsedBy:
            return role == Qt::EditRole ? QVariant(row.groups)
                                        : QVariant(row.groups == 0       ? tr("none")
                                                       : row.groups == 1 ? tr("1 group")
                                                                         : tr("%1 groups").arg(row.groups));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Name:
            // The managed plans stay on top, then the custom plans by name.
            return QStringLiteral("%1 %2").arg(p.managed ? 0 : 1).arg(p.name.toCaseFolded());
        case Rules:
            return p.managed ? -1 : int(p.rules.size());
        case UsedBy:
            return row.groups;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return p.description.isEmpty() ? pricingformat::planLabel(p.name)
                                           : tr("%1\n%2").arg(pricingformat::planLabel(p.name), p.description);
        if (index.column() == Rules && p.managed)
            return tr("An AWS-managed plan has no rules of its own and cannot be changed.");
        return {};
    case Qt::ForegroundRole:
        return index.column() != Name && p.managed ? QVariant(style::mutedTextColor()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : style::amountAlignment();
    default:
        return {};
    }
}

QVariant PricingPlansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Pricing plan");
    case Rules:
        return tr("Rules");
    case UsedBy:
        return tr("Used by");
    }
    return {};
}

} // namespace bd
