#pragma once

#include "domain/Pricing.h"
#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace bd {

class Services;

// The pricing plans the acting account may use (PricingService::plans, the current period): the two AWS-managed
// plans first (read-only, with their descriptions), then its custom plans by name, with their rule counts and how
// many billing groups use each. Empty, with error() saying why, when the service refuses.
class PricingPlansModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Rules, UsedBy, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        PlanNameRole, // the name as the service knows it ("BasicPricingPlan")
        ManagedRole, // bool: AWS-managed, read-only
        SecondaryTextRole, // small print under the name: the description (or "AWS-managed, read-only")
        SortRole,
    };

    explicit PricingPlansModel(Services &services, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &idOrName) const;
    const PricingPlan &planAt(int row) const { return m_rows.at(row).plan; }
    int usedBy(int row) const { return m_rows.at(row).groups; }
    const std::optional<Error> &error() const { return m_error; }

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        PricingPlan plan;
        int groups = 0;
    };
    Services &m_services;
    QList<Row> m_rows;
    std::optional<Error> m_error;
};

} // namespace bd
