#include "PricingRulesModel.h"

#include "ModelStyle.h"
#include "PricingFormat.h"
#include "services/PricingService.h"
#include "services/Services.h"

namespace bd {

PricingRulesModel::PricingRulesModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
{
    connect(&services.pricing(), &PricingService::pricingChanged, this, &PricingRulesModel::reload);
    connect(&services, &Services::dataChanged, this, &PricingRulesModel::reload);
    connect(&services, &Services::actingAccountChanged, this, &PricingRulesModel::reload);
}

void PricingRulesModel::setPlan(const QString &planIdOrName)
{
    m_plan = planIdOrName;
    reload();
}

void PricingRulesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.reset();
    if (!m_plan.isEmpty() && !isManagedPlanName(m_plan)) {
        auto loaded = m_services.pricing().rules(m_plan);
        if (loaded)
            m_rows = *loaded;
        else
            m_error = loaded.error();
    }
    endResetModel();
}

int PricingRulesModel::rowOf(const QString &ruleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == ruleId)
            return i;
    return -1;
}

int PricingRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PricingRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PricingRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PricingRule &r = m_rows.at(index.row());
    const bool tiering = r.type == PricingRuleType::Tiering;
    const bool usesService = r.scope == PricingRuleScope::Service || r.scope == PricingRuleScope::Sku;
    const bool sku = r.scope == PricingRuleScope::Sku;
    const QString dash = QStringLiteral("\u2014");
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Scope:
            return pricingformat::scopeLabel(r.scope);
        case Type:
            return pricingformat::typeLabel(r.type);
        case Percent:
            return tiering ? dash : pricingformat::percent(r.modifierPercent);
        case Service:
            return usesService ? r.service : dash;
        case BillingEntity:
            return r.scope == PricingRuleScope::BillingEntity ? r.billingEntity : dash;
        case UsageType:
            return sku ? r.usageType : dash;
        case Operation:
            return sku ? r.operation : dash;
        case FreeTier:
            return tiering ? (r.freeTier ? tr("On") : tr("Off")) : dash;
        }
        return {};
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return r.name.toCaseFolded();
        case Scope:
            return int(r.scope);
        case Type:
            return int(r.type);
        case Percent:
            return tiering || !r.modifierPercent.fitsInt64() ? QVariant(qint64(-1))
                                                             : QVariant(qint64(r.modifierPercent.toInt64Raw()));
        case Service:
            return r.service.toCaseFolded();
        case BillingEntity:
            return r.billingEntity;
        case UsageType:
            return r.usageType;
        case Operation:
            return r.operation;
        case FreeTier:
            return tiering ? int(r.freeTier) : -1;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1\n%2 \u00b7 %3").arg(r.name, pricingformat::ruleTarget(r), pricingformat::ruleEffect(r));
    case Qt::TextAlignmentRole:
        return index.column() == Percent ? style::amountAlignment() : QVariant();
    case Qt::FontRole:
        return index.column() == Percent ? QVariant(style::tabularFont()) : QVariant();
    case Qt::ForegroundRole:
        return index.data(Qt::DisplayRole).toString() == dash ? QVariant(style::mutedTextColor()) : QVariant();
    default:
        return {};
    }
}

QVariant PricingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Rule");
    case Scope:
        return tr("Scope");
    case Type:
        return tr("Type");
    case Percent:
        return tr("Percent");
    case Service:
        return tr("Service");
    case BillingEntity:
        return tr("Billing entity");
    case UsageType:
        return tr("Usage type");
    case Operation:
        return tr("Operation");
    case FreeTier:
        return tr("Free tier");
    }
    return {};
}

} // namespace bd
