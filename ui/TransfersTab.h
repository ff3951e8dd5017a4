#pragma once

#include "domain/ResponsibilityTransfer.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QScrollArea;
class QSplitter;
class QTableView;
class QToolButton;
class QUndoStack;

namespace bd {

class AttentionModel;
class MessageBar;
class RelationshipGraph;
class Services;
class TransfersModel;
class TransfersFilterProxy;

// Transfers: the acting account's inbound ("you pay") and outbound ("paid by someone else") transfers with
// counts per status, a filter and a status filter; the selected transfer's details, effective dates and audit
// history with the actions the acting account may use (send invitation, accept, decline, cancel, withdraw,
// rename, pricing); what the acting account can act on (dismiss or snooze an item); and a graph of who pays for
// whom. Which action is enabled, and why not, is TransferService::allowed()'s answer, the same the CLI gets.
// Refusals show in the message bar. Each pane is built by its own function; the splitters remember their sizes.
class TransfersTab final : public QWidget
{
    Q_OBJECT

public:
    TransfersTab(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~TransfersTab() override;

    QString selectedTransferId() const { return m_selectedId; }
    bool selectTransfer(const QString &id);
    TransfersModel *inboundModel() const { return m_inbound; }
    TransfersModel *outboundModel() const { return m_outbound; }
    AttentionModel *attentionModel() const { return m_attention; }
    RelationshipGraph *graph() const { return m_graph; }
    MessageBar *messageBar() const { return m_messages; }

public Q_SLOTS:
    void sendInvitation();
    void acceptSelected();
    void declineSelected();
    void cancelSelected();
    void withdrawSelected();
    void renameSelected();
    void configurePricingOfSelected();
    void openAttentionItem(int row);
    // The selected attention item: hidden for `days` (snooze) or for good (days == 0).
    void dismissAttentionItem(int row, int days = 0);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Permission
    {
        bool allowed = false;
        QString why; // the service's refusal when not allowed
    };
    struct Permissions
    {
        Permission accept, decline, cancel, withdraw, rename, pricing;
        QString hint; // why the actions are as they are
    };
    Permissions permissionsFor(const std::optional<ResponsibilityTransfer> &transfer) const;
    QString hintFor(const ResponsibilityTransfer &transfer) const;
    std::optional<ResponsibilityTransfer> selectedTransfer() const;

    // Construction, one pane at a time.
    void createModels();
    QWidget *buildListsPane(QWidget *parent);
    QWidget *buildGraphPane(QWidget *parent);
    QWidget *buildAttentionPane(QWidget *parent);
    QWidget *buildDetailPane(QWidget *parent);
    void restoreSplitters();
    void connectSignals();

    void onSelectionChanged(QTableView *from);
    void afterReload();
    void updateDetail();
    void updateDetailFields(const ResponsibilityTransfer &transfer);
    void updateActions();
    void updateCounts();
    void updateAttention();
    void fitLeftSplitter();
    void fitColumns();
    void updateGraph();
    void updateHistory(const ResponsibilityTransfer &transfer);
    void reportAttention(int count, const QString &details);
    void showAttentionMenu(const QPoint &pos);
    void setupTable(QTableView *table, QSortFilterProxyModel *proxy);
    void applyFilters();
    QString organizationName(const QString &organizationId) const;
    QString actorName(const QString &actor) const;
    void report(const Status &status, const QString &success);

    Services &m_services;
    QUndoStack *m_undoStack;
    TransfersModel *m_inbound = nullptr;
    TransfersModel *m_outbound = nullptr;
    TransfersFilterProxy *m_inboundProxy = nullptr;
    TransfersFilterProxy *m_outboundProxy = nullptr;
    AttentionModel *m_attention = nullptr;

    QLineEdit *m_filter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_invite = nullptr;
    QLabel *m_inboundTitle = nullptr;
    QLabel *m_inboundCounts = nullptr;
    QTableView *m_inboundTable = nullptr;
    QLabel *m_inboundEmpty = nullptr;
    QWidget *m_outboundSection = nullptr;
    QLabel *m_outboundCounts = nullptr;
    QTableView *m_outboundTable = nullptr;
    QLabel *m_outboundEmpty = nullptr;

    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailStatus = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_pricing = nullptr;
    QLabel *m_actionHint = nullptr;
    QLabel *m_historyTitle = nullptr;
    QLabel *m_history = nullptr;

    QListView *m_attentionList = nullptr;
    QLabel *m_attentionTitle = nullptr;
    QLabel *m_attentionEmpty = nullptr;
    QToolButton *m_snooze = nullptr;
    QToolButton *m_dismiss = nullptr;
    RelationshipGraph *m_graph = nullptr;
    QScrollArea *m_graphScroll = nullptr;
    QScrollArea *m_listsScroll = nullptr; // the two tables with their titles, under the filter row

    QSplitter *m_outer = nullptr; // left: the lists above the graph
    QSplitter *m_splitter = nullptr; // the left and the right halves
    QSplitter *m_rightSplitter = nullptr; // right: what needs attention above the selected transfer
    MessageBar *m_messages = nullptr;

    QString m_selectedId;
    bool m_selecting = false;
    bool m_holdSelection = false; // while the acting account changes and the two models reload one after the other
    bool m_leftSizedByUser = false;
    bool m_rightSizedByUser = false;
};

} // namespace bd
