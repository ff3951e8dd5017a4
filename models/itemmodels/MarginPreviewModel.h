#pragma once

#include "services/ProFormaService.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace bd {

// The what-if preview of one billing group in one month, by service: billable (what you pay) against pro forma
// (what the customer sees), the margin and the margin %, with a Total row that stays last however the table is
// sorted. It shows a GroupMargin from ProFormaService (margin() for the saved pricing, whatIf() for an edit) as it
// is: every figure is the service's exact Decimal, formatted, never recomputed (margin % is margin / pro forma, shown
// where the pro forma is positive).
// With a baseline (the saved pricing) set, cells that the edit changes are marked and their tooltips give both.
// When the service hid billable figures (billableHidden), billable, margin and margin % say so instead; for the middle
// of a chain (costIsPayersProForma) the cost column is named for what it is: the price its own payer sets.
class MarginPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Service, Billable, ProForma, Margin, MarginPercent, ColumnCount };
    enum Roles {
        ServiceRole = Qt::UserRole + 1, // the service code; empty for the Total row
        TotalRowRole, // bool
        ChangedRole, // bool: the edit changes this cell
        SortRole,
    };

    explicit MarginPreviewModel(QObject *parent = nullptr);

    void setMargin(const std::optional<GroupMargin> &margin, const std::optional<GroupMargin> &baseline = {});
    void clear();
    const std::optional<GroupMargin> &margin() const { return m_margin; }
    bool isWhatIf() const { return m_baseline.has_value(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowOfService(const QString &service) const;
    // The figures of a row (the Total row: the group's totals).
    const PricedTotal &totalAt(int row) const { return m_rows.at(row); }

private:
    struct Figures
    {
        Decimal billable;
        Decimal proForma;
    };
    std::optional<Figures> baselineOf(const QString &service) const;
    void sortRows();

    std::optional<GroupMargin> m_margin;
    std::optional<GroupMargin> m_baseline;
    QList<PricedTotal> m_rows; // by service, then the Total row
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace bd
