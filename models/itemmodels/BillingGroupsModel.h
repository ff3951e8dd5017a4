#pragma once

#include "services/PricingService.h"

#include <QAbstractTableModel>
#include <QList>

namespace bd {

class Services;

// The billing groups the acting account configures (PricingService::groups, the current period): name, status
// (Pending / Active, as a chip), plan, type and accounts. Empty, with error() saying why, when the service refuses
// (a bill-source context: ACCESS_DENIED). Refreshes on the pricing, data and acting-account signals.
class BillingGroupsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Plan, Type, Accounts, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        StatusColorRole, // QColor of the status chip
        SecondaryTextRole, // small print under the name: the type and the organization
        SortRole,
        PlanNameRole, // the plan's name as the service knows it ("BasicPricingPlan", a custom plan's name)
    };

    explicit BillingGroupsModel(Services &services, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &groupId) const;
    const BillingGroupPricing &groupAt(int row) const { return m_rows.at(row); }
    QList<BillingGroupPricing> groups() const { return m_rows; }
    // Why the table is empty: the service's refusal (empty when all is well).
    const std::optional<Error> &error() const { return m_error; }

public Q_SLOTS:
    void reload();

private:
    Services &m_services;
    QList<BillingGroupPricing> m_rows;
    std::optional<Error> m_error;
};

} // namespace bd
