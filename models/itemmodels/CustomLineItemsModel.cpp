#include "CustomLineItemsModel.h"

#include "ModelStyle.h"
#include "PricingFormat.h"
#include "services/PricingService.h"
#include "services/Services.h"

namespace bd {

CustomLineItemsModel::CustomLineItemsModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
{
    connect(&services.pricing(), &PricingService::pricingChanged, this, &CustomLineItemsModel::reload);
    connect(&services, &Services::dataChanged, this, &CustomLineItemsModel::reload);
    connect(&services, &Services::actingAccountChanged, this, &CustomLineItemsModel::reload);
}

void CustomLineItemsModel::setGroup(const QString &groupId)
{
    if (groupId != m_group)
        m_amounts.clear();
    m_group = groupId;
    reload();
}

void CustomLineItemsModel::setAmounts(const QHash<QString, Decimal> &amounts, const BillingPeriod &period)
{
    m_amounts = amounts;
    const bool periodChanged = period != m_period;
    m_period = period;
    if (periodChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, Amount, Amount);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Amount), index(rowCount() - 1, Amount));
}

void CustomLineItemsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.reset();
    if (!m_group.isEmpty()) {
        auto loaded = m_services.pricing().lineItems(m_group);
        if (loaded)
            m_rows = *loaded;
        else
            m_error = loaded.error();
    }
    endResetModel();
}

int CustomLineItemsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int CustomLineItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomLineItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomLineItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomLineItem &item = m_rows.at(index.row());
    const auto amount = m_amounts.constFind(item.id);
    const bool hasAmount = amount != m_amounts.cend();
    switch (role) {
    case IdRole:
        return item.id;
    case TypeColorRole:
        return index.column() == Type ? QVariant(pricingformat::lineItemTypeColor(item.type)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return item.name;
        case Type:
            return pricingformat::lineItemTypeLabel(item.type);
        case Charge:
            return pricingformat::lineItemCharge(item);
        case Periods:
            return pricingformat::lineItemPeriods(item);
        case Amount:
            return hasAmount ? pricingformat::amount(*amount) : QStringLiteral("\u2014");
        }
        return {};
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return item.name.toCaseFolded();
        case Type:
            return int(item.type);
        case Charge:
            return pricingformat::lineItemCharge(item);
        case Periods:
            return item.startPeriod;
        case Amount:
            return hasAmount && amount->fitsInt64() ? QVariant(qint64(amount->toInt64Raw())) : QVariant(qint64(0));
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("%1 (%2)\n%3\n%4")
                          .arg(item.name, pricingformat::lineItemTypeLabel(item.type),
                               pricingformat::lineItemCharge(item), pricingformat::lineItemPeriods(item));
        if (!item.description.isEmpty())
            tip += QLatin1Char('\n') + item.description;
        if (hasAmount)
            tip += QLatin1Char('\n')
                + tr("In %1: exactly %2 USD").arg(pricingformat::period(m_period), amount->toString());
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? style::amountAlignment() : QVariant();
    case Qt::FontRole:
        return index.column() == Amount ? QVariant(style::tabularFont()) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Amount && hasAmount && amount->isNegative())
            return style::negativeAmountColor();
        if (index.column() == Amount && !hasAmount)
            return style::mutedTextColor();
        return {};
    default:
        return {};
    }
}

QVariant CustomLineItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Custom line item");
    case Type:
        return tr("Type");
    case Charge:
        return tr("Charge");
    case Periods:
        return tr("Billing periods");
    case Amount:
        return m_period.isValid() ? tr("USD, %1").arg(pricingformat::shortPeriod(m_period)) : tr("USD");
    }
    return {};
}

} // namespace bd
