#pragma once

#include "domain/Decimal.h"
#include "domain/Pricing.h"
#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace bd {

class Services;

// The custom line items of one billing group in the current period (PricingService::lineItems): name, FEE or CREDIT
// (as a chip), the charge (flat USD or a percentage of what), the billing periods, and the amount it comes to in the
// month the preview shows (setAmounts, from ProFormaService). Refreshes on the pricing, data and acting-account
// signals.
class CustomLineItemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Charge, Periods, Amount, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TypeColorRole, // QColor of the FEE / CREDIT chip
        SortRole,
    };

    explicit CustomLineItemsModel(Services &services, QObject *parent = nullptr);

    void setGroup(const QString &groupId);
    QString group() const { return m_group; }
    // The signed amount of each item (by id) in `period`; items without one show a dash.
    void setAmounts(const QHash<QString, Decimal> &amounts, const BillingPeriod &period);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &id) const;
    const CustomLineItem &itemAt(int row) const { return m_rows.at(row); }
    QList<CustomLineItem> items() const { return m_rows; }
    const std::optional<Error> &error() const { return m_error; }

public Q_SLOTS:
    void reload();

private:
    Services &m_services;
    QString m_group;
    QList<CustomLineItem> m_rows;
    QHash<QString, Decimal> m_amounts;
    BillingPeriod m_period;
    std::optional<Error> m_error;
};

} // namespace bd
