#pragma once

#include "domain/Pricing.h"
#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace bd {

class Services;

// The rules of one pricing plan in the current period (PricingService::rules): name, scope, type, percent, service,
// billing entity, usage type, operation and free tier. An AWS-managed plan has none. Refreshes on the pricing, data
// and acting-account signals.
class PricingRulesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Scope, Type, Percent, Service, BillingEntity, UsageType, Operation, FreeTier, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit PricingRulesModel(Services &services, QObject *parent = nullptr);

    // The plan whose rules are shown (an id or a name; empty: none).
    void setPlan(const QString &planIdOrName);
    QString plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &ruleId) const;
    const PricingRule &ruleAt(int row) const { return m_rows.at(row); }
    QList<PricingRule> rules() const { return m_rows; }
    const std::optional<Error> &error() const { return m_error; }

public Q_SLOTS:
    void reload();

private:
    Services &m_services;
    QString m_plan;
    QList<PricingRule> m_rows;
    std::optional<Error> m_error;
};

} // namespace bd
