#pragma once

#include "domain/ResponsibilityTransfer.h"
#include "services/TransferService.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QColor>
#include <QMap>

namespace bd {

class Services;

// How a derived state (ResponsibilityTransfer::stateAt, the domain's) looks: its colour and its short word.
namespace transferstate {
QColor color(TransferState state); // the chip / edge colour (UI.md "Status words")
QString label(TransferState state); // short word for filters: "Awaiting response", "In effect", ...
} // namespace transferstate

// Display helpers shared by the Transfers tab, its dialogs and the graph.
namespace transferformat {
QString date(const QDate &date); // "1 Feb 2026"
QString utcMoment(const QDateTime &moment); // "31 Jan 2026, 00:00 UTC"
QString pricingPlan(const QString &plan); // "Basic pricing plan (AWS-managed)", "Passthrough (AWS-managed)", ...
QString pricingPlanShort(const QString &plan); // "Basic (AWS-managed)" for table cells
QString timeLeft(const QDateTime &now, const QDateTime &due); // "in 15 days", "in 5 hours", "in 1 hour", "passed"
QString hours(int count); // "24 hours", "1 hour"
} // namespace transferformat

// The acting account's transfers in one direction: Inbound (its organization pays: it is the bill-transfer
// account) or Outbound (its organization's bill is paid by someone else). The administrator sees every transfer
// in the Inbound model and none in the Outbound one. Refreshes on the service's, the hub's and the clock's signals.
class TransfersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Direction { Inbound, Outbound };
    enum Column { Name, OtherParty, Status, Start, End, Pricing, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        StatusColorRole, // QColor of the status chip
        StateRole, // int(TransferState)
        StateKeyRole, // transferstate::key(...)
        SortRole, // what the column sorts by: dates as QDate, status by state then date, text case-folded
        OtherOrganizationRole,
        SecondaryTextRole, // small print under the name (the transfer id) and the other party (its management account)
    };

    TransfersModel(Services &services, Direction direction, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Direction direction() const { return m_direction; }
    ResponsibilityTransfer transferAt(int row) const { return m_rows.at(row).transfer; }
    TransferState stateAt(int row) const { return m_rows.at(row).state; }
    int rowOf(const QString &id) const;
    QMap<TransferState, int> counts() const; // rows per derived state
    // What the counters say, true on the simulated date: a withdrawn transfer still in its last months is in effect
    // ("3 in effect (1 ending on 30 Apr 2026)"); each entry carries the state whose colour it wears.
    struct CountEntry
    {
        TransferState state;
        int count = 0;
        QString text;
    };
    QList<CountEntry> countEntries() const;
    QString countsSummary() const; // the entries joined: "3 in effect (1 ending on 30 Apr 2026) · 1 declined", "none"

public Q_SLOTS:
    void reload();

public:
    // Why the table is empty: the transfers could not be read (empty when all is well).
    QString error() const { return m_error; }

private:
    QString m_error;
    struct Row
    {
        ResponsibilityTransfer transfer;
        TransferState state = TransferState::Awaiting;
        QString statusText;
        QString otherName;
        QString otherAccount;
        QString otherOrganization;
        QString payerName; // for the administrator, who sees both sides
    };
    Services &m_services;
    Direction m_direction;
    bool m_administrator = false;
    QList<Row> m_rows;
};

// What needs the acting account's action, and by when (TransferService::attention), soonest first.
class AttentionModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        KindRole = Qt::UserRole + 1,
        DueRole,
        EntityTypeRole,
        EntityIdRole,
        UrgencyColorRole,
    };

    explicit AttentionModel(Services &services, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    AttentionItem itemAt(int row) const { return m_items.at(row); }
    QList<AttentionItem> items() const { return m_items; }
    QString summary() const; // one line per item, for the status bar's tooltip

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void attentionChanged(int count, const QString &details);

private:
    Services &m_services;
    QList<AttentionItem> m_items;
};

} // namespace bd
