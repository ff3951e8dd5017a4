#pragma once

#include "domain/BillingContext.h"

#include "domain/Decimal.h"
#include "services/ImportService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QSet>

#include <utility>

namespace bd {

class Services;

// The Imports list: what was imported when, from which file (name, size, SHA-256), in which format and
// view, with row counts and totals. Billable amounts are never shown in a bill-source context.
class ImportsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Amounts carry their currency as a suffix ("18.01 USD").
    enum Column { When, File, Size, Sha256, Format, View, Rows, Billable, PublicOnDemand, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ImportsModel(Services &services, QObject *parent = nullptr);

    void reload();
    int rowOf(qint64 id) const;

    // What the acting account may see: the administrator everything; anyone else its own organization's cost
    // data plus, for a payer (bill-transfer account), the organizations whose bills it pays, for the months
    // their transfer is (or was) in effect. Records are trimmed to that scope (totals, rows and amounts).
    bool isVisible(const QString &organizationId, const BillingPeriod &period) const;
    bool isScoped() const { return m_scoped; }
    // True when the import also holds data outside the acting account's scope (it was trimmed for display).
    bool isPartial(qint64 id) const { return m_partial.contains(id); }
    const ImportRecord &record(int row) const { return m_rows.at(row); }
    bool billableHidden() const { return m_billableHidden; }
    // Why nothing is shown: what the acting account may see could not be decided (empty when all is well).
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Presentation helpers shared with the import dialog and the detail panel.
    // An amount in its currency's decimals (JPY none, USD 2), grouped per locale, minus sign for negatives.
    static QString formatAmount(const Decimal &amount, const QString &currencyCode);
    static QString formatBytes(qint64 bytes); // "369.2 MB"
    // The single currency of an import's totals, or "mixed" when there are several.
    static QString currencyOf(const ImportRecord &record);

private:
    Services &m_services;

    QList<ImportRecord> m_rows;
    bool m_billableHidden = false;
    bool m_scoped = false;
    QSet<qint64> m_partial;
    std::optional<Visibility> m_visibility;
    QString m_error;
};

} // namespace bd
