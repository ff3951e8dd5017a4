#include "TransfersTab.h"

#include "ElidedLabel.h"
#include "FlowLayout.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "OrganizationsTab.h"
#include "PricingTab.h"
#include "RelationshipGraph.h"
#include "StatusChipDelegate.h"
#include "TwoLineDelegate.h"
#include "commands/ServiceCommand.h"
#include "dialogs/InvitationDialog.h"
#include "dialogs/TransferDialogs.h"
#include "itemmodels/ModelStyle.h"
#include "itemmodels/TransfersModel.h"
#include "services/DirectoryService.h"
#include "services/Services.h"
#include "services/TransferService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace bd {

// Text filter over every column plus a status filter ("" all, "open", or a transferstate::key).
class TransfersFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStateFilter(const QString &key)
    {
        m_state = key;
        invalidateFilter();
    }
    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    bool isFiltering() const { return !m_state.isEmpty() || !m_text.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!m_state.isEmpty()) {
            const QString key = m->index(sourceRow, 0, sourceParent).data(TransfersModel::StateKeyRole).toString();
            if (m_state == QLatin1String("open")) {
                const auto state
                    = TransferState(m->index(sourceRow, 0, sourceParent).data(TransfersModel::StateRole).toInt());
                if (!transferstate::isOpen(state))
                    return false;
            } else if (key != m_state) {
                return false;
            }
        }
        if (m_text.isEmpty())
            return true;
        for (int c = 0; c < m->columnCount(sourceParent); ++c) {
            const QModelIndex i = m->index(sourceRow, c, sourceParent);
            if (i.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        const QModelIndex first = m->index(sourceRow, 0, sourceParent);
        return first.data(TransfersModel::IdRole).toString().contains(m_text, Qt::CaseInsensitive)
            || m->index(sourceRow, TransfersModel::OtherParty, sourceParent)
                   .data(TransfersModel::SecondaryTextRole)
                   .toString()
                   .contains(m_text, Qt::CaseInsensitive)
            || first.data(TransfersModel::OtherOrganizationRole).toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_state;
    QString m_text;
};

namespace {

// Attention entries: a coloured bar, the sentence, and the deadline in UTC in small print.
class AttentionDelegate final : public QStyledItemDelegate
{
public:
    AttentionDelegate(Services &services, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_services(services)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, option.widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        const QRect r = option.rect.adjusted(6, 4, -6, -4);
        const QColor color = index.data(AttentionModel::UrgencyColorRole).value<QColor>();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(r.left(), r.top() + 1, 4, r.height() - 2), 2, 2);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect text = r.adjusted(14, 0, 0, 0);
        QFont titleFont = option.font;
        painter->setFont(titleFont);
        painter->setPen(selected ? option.palette.highlightedText().color() : option.palette.text().color());
        const QFontMetrics fm(titleFont);
        const QString title = index.data(Qt::DisplayRole).toString();
        const int titleHeight = titleLines(fm, title, text.width()) * fm.lineSpacing();
        painter->drawText(QRect(text.left(), text.top(), text.width(), titleHeight),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.88);
        painter->setFont(small);
        painter->setPen(selected ? option.palette.highlightedText().color() : style::mutedTextColor());
        const QDateTime due = index.data(AttentionModel::DueRole).toDateTime();
        QString line;
        if (due.isValid()) {
            const QString left = due <= m_services.now() ? QCoreApplication::translate("TransfersTab", "overdue")
                                                         : transferformat::timeLeft(m_services.now(), due);
            const auto kind = AttentionItem::Kind(index.data(AttentionModel::KindRole).toInt());
            const bool onDate
                = kind == AttentionItem::Kind::StartsThisMonth || kind == AttentionItem::Kind::EndsThisMonth;
            line = (onDate ? QCoreApplication::translate("TransfersTab", "On %1 \u00b7 %2")
                           : QCoreApplication::translate("TransfersTab", "By %1 \u00b7 %2"))
                       .arg(transferformat::utcMoment(due), left);
        } else {
            line = QCoreApplication::translate("TransfersTab", "No deadline \u00b7 double-click to open it");
        }
        painter->drawText(QRect(text.left(), text.top() + titleHeight + 1, text.width(), QFontMetrics(small).height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.88);
        int width = 300;
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            width = view->viewport()->width();
        const QFontMetrics fm(option.font);
        const int lines = titleLines(fm, index.data(Qt::DisplayRole).toString(), width - 12 - 14);
        return {200, lines * fm.lineSpacing() + QFontMetrics(small).height() + 11};
    }

    // The title wraps to at most three lines (the tooltip holds all of it).
    static int titleLines(const QFontMetrics &fm, const QString &title, int width)
    {
        const QRect r = fm.boundingRect(QRect(0, 0, std::max(width, 40), 1000), Qt::TextWordWrap, title);
        return std::clamp((r.height() + fm.lineSpacing() - 1) / fm.lineSpacing(), 1, 3);
    }

private:
    Services &m_services;
};

QString css(const QColor &color)
{
    return color.name();
}

QLabel *sectionTitle(const QString &text, QWidget *parent, const QString &name = {})
{
    auto *l = new QLabel(text, parent);
    if (!name.isEmpty())
        l->setObjectName(name);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    l->setFont(f);
    return l;
}

QLabel *mutedLabel(const QString &text, QWidget *parent, const QString &name = {})
{
    auto *l = new QLabel(text, parent);
    if (!name.isEmpty())
        l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: %1;").arg(css(style::mutedTextColor())));
    return l;
}

QLabel *emptyLabel(const QString &text, QWidget *parent, const QString &name)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    l->setStyleSheet(QStringLiteral("color: %1; padding: 14px; background: %2; border: 1px dashed %3; "
                                    "border-radius: 6px;")
                         .arg(css(style::mutedTextColor()), css(style::panelColor()), css(style::ruleColor())));
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return l;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.92);
    return f;
}

// "● 3 in effect (1 ending on 31 Mar 2026)  ● 1 declined": each entry in its state's colour, kept whole when the
// line wraps.
QString countsHtml(const TransfersModel *model)
{
    QStringList parts;
    for (const TransfersModel::CountEntry &e : model->countEntries())
        parts << QStringLiteral("<span style='white-space:nowrap'><span style='color:%1'>\u25CF</span>&nbsp;%2</span>")
                     .arg(css(transferstate::color(e.state)), e.text.toHtmlEscaped());
    return parts.join(QStringLiteral(" &nbsp; "));
}

} // namespace

TransfersTab::TransfersTab(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("transfersTab"));
    // Before the models exist (so before their reloads run): hold the selection while both models catch up with a
    // new acting account; connectSignals() puts it back once both have.
    connect(&services, &Services::actingAccountChanged, this, [this] { m_holdSelection = true; });
    createModels();

    // Left: the lists above the graph. Right: what needs attention above the selected transfer.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("transfersSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_outer = new QSplitter(Qt::Vertical, m_splitter);
    m_outer->setObjectName(QStringLiteral("transfersLeftSplitter"));
    m_outer->setChildrenCollapsible(false);
    m_outer->addWidget(buildListsPane(m_outer));
    m_outer->addWidget(buildGraphPane(m_outer));
    m_outer->setStretchFactor(0, 1);
    m_outer->setStretchFactor(1, 1);
    m_rightSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_rightSplitter->setObjectName(QStringLiteral("transfersRightSplitter"));
    m_rightSplitter->setChildrenCollapsible(false);
    m_rightSplitter->addWidget(buildAttentionPane(m_rightSplitter));
    m_rightSplitter->addWidget(buildDetailPane(m_rightSplitter));
    m_rightSplitter->setStretchFactor(0, 0);
    m_rightSplitter->setStretchFactor(1, 1);
    m_splitter->addWidget(m_outer);
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    restoreSplitters();
    connectSignals();
    m_outer->installEventFilter(this);
    m_inboundTable->sortByColumn(TransfersModel::Status, Qt::AscendingOrder);
    m_outboundTable->sortByColumn(TransfersModel::Status, Qt::AscendingOrder);
    // The attention summary reaches the status bar once the tab sits in the main window.
    QMetaObject::invokeMethod(
        this, [this] { reportAttention(m_attention->rowCount(), m_attention->summary()); }, Qt::QueuedConnection);
    afterReload();
    updateAttention();
}

TransfersTab::~TransfersTab() = default;

void TransfersTab::createModels()
{
    m_inbound = new TransfersModel(m_services, TransfersModel::Direction::Inbound, this);
    m_outbound = new TransfersModel(m_services, TransfersModel::Direction::Outbound, this);
    m_inboundProxy = new TransfersFilterProxy(this);
    m_inboundProxy->setSourceModel(m_inbound);
    m_outboundProxy = new TransfersFilterProxy(this);
    m_outboundProxy->setSourceModel(m_outbound);
    for (QSortFilterProxyModel *p : {static_cast<QSortFilterProxyModel *>(m_inboundProxy),
                                     static_cast<QSortFilterProxyModel *>(m_outboundProxy)}) {
        p->setSortRole(TransfersModel::SortRole);
        p->setSortCaseSensitivity(Qt::CaseInsensitive);
    }
    m_attention = new AttentionModel(m_services, this);
}

QWidget *TransfersTab::buildListsPane(QWidget *parent)
{
    // Filters and the send button, then the two tables, each with its title, counts and empty state.
    auto *master = new QWidget(parent);
    master->setObjectName(QStringLiteral("transfersListsPane"));
    auto *masterLayout = new QVBoxLayout(master);
    masterLayout->setContentsMargins(0, 0, 0, 0);
    masterLayout->setSpacing(6);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(master);
    m_filter->setObjectName(QStringLiteral("transferFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, organization, account or id..."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(140);
    m_statusFilter = new QComboBox(master);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    m_statusFilter->addItem(tr("Open only"), QStringLiteral("open"));
    m_statusFilter->setItemData(1, tr("Awaiting response, accepted, in effect or withdrawn and not yet ended"),
                                Qt::ToolTipRole);
    for (TransferState s : transferstate::all())
        m_statusFilter->addItem(transferstate::label(s), transferstate::key(s));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_invite = new QPushButton(tr("+ &Send invitation..."), master);
    m_invite->setObjectName(QStringLiteral("sendInvitationButton"));
    m_invite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_invite->setDefault(false);
    top->addWidget(m_filter, 1);
    top->addWidget(m_statusFilter);
    top->addSpacing(8);
    top->addWidget(m_invite);
    masterLayout->addLayout(top);

    // The lists scroll as a whole when the window is too short for them (the filter row above stays in reach).
    m_listsScroll = new QScrollArea(master);
    m_listsScroll->setObjectName(QStringLiteral("transfersListsScroll"));
    m_listsScroll->setWidgetResizable(true);
    m_listsScroll->setFrameShape(QFrame::NoFrame);
    m_listsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *lists = new QWidget(m_listsScroll);
    lists->setObjectName(QStringLiteral("transfersLists"));
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->setSpacing(6);
    m_inboundTitle = sectionTitle(tr("Inbound (you pay)"), lists, QStringLiteral("inboundTitle"));
    m_inboundCounts = mutedLabel(QString(), lists, QStringLiteral("inboundCounts"));
    m_inboundCounts->setTextFormat(Qt::RichText);
    listsLayout->addWidget(m_inboundTitle);
    listsLayout->addWidget(m_inboundCounts);
    m_inboundTable = new QTableView(lists);
    m_inboundTable->setObjectName(QStringLiteral("inboundTable"));
    setupTable(m_inboundTable, m_inboundProxy);
    listsLayout->addWidget(m_inboundTable, 10);
    m_inboundEmpty = emptyLabel(QString(), lists, QStringLiteral("inboundEmpty"));
    listsLayout->addWidget(m_inboundEmpty);

    m_outboundSection = new QWidget(lists);
    m_outboundSection->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // room goes to the tables first
    auto *outboundLayout = new QVBoxLayout(m_outboundSection);
    outboundLayout->setContentsMargins(0, 8, 0, 0);
    outboundLayout->setSpacing(6);
    outboundLayout->addWidget(
        sectionTitle(tr("Outbound (paid by someone else)"), m_outboundSection, QStringLiteral("outboundTitle")));
    m_outboundCounts = mutedLabel(QString(), m_outboundSection, QStringLiteral("outboundCounts"));
    m_outboundCounts->setTextFormat(Qt::RichText);
    outboundLayout->addWidget(m_outboundCounts);
    m_outboundTable = new QTableView(m_outboundSection);
    m_outboundTable->setObjectName(QStringLiteral("outboundTable"));
    setupTable(m_outboundTable, m_outboundProxy);
    outboundLayout->addWidget(m_outboundTable, 1);
    m_outboundEmpty = emptyLabel(QString(), m_outboundSection, QStringLiteral("outboundEmpty"));
    outboundLayout->addWidget(m_outboundEmpty);
    listsLayout->addWidget(m_outboundSection); // no stretch: the room goes to the inbound table first
    listsLayout->addStretch(1);
    m_listsScroll->setWidget(lists);
    masterLayout->addSpacing(4);
    masterLayout->addWidget(m_listsScroll, 1);
    return master;
}

QWidget *TransfersTab::buildGraphPane(QWidget *parent)
{
    // The graph never shrinks its text below the UI font: when the pane is smaller than the picture, it scrolls.
    auto *graphBox = new QWidget(parent);
    graphBox->setObjectName(QStringLiteral("transfersGraphPane"));
    auto *graphLayout = new QVBoxLayout(graphBox);
    graphLayout->setContentsMargins(0, 6, 0, 0);
    graphLayout->setSpacing(4);
    graphLayout->addWidget(sectionTitle(tr("Who pays for whom"), graphBox, QStringLiteral("graphTitle")));
    auto *graphHint
        = mutedLabel(tr("Arrows run from the bill source to its payer. Click an arrow to select the transfer; "
                        "right-click to save as PNG."),
                     graphBox, QStringLiteral("graphHint"));
    graphHint->setFont(smallFont(graphHint->font()));
    graphLayout->addWidget(graphHint);
    m_graph = new RelationshipGraph(graphBox);
    m_graph->setLegend({
        {transferstate::label(TransferState::Awaiting), transferstate::color(TransferState::Awaiting), false},
        {tr("Accepted, begins later"), transferstate::color(TransferState::Accepted), false},
        {transferstate::label(TransferState::InEffect), transferstate::color(TransferState::InEffect), false},
        {tr("Withdrawn, ending"), transferstate::color(TransferState::Withdrawn), false},
        {tr("Inherited through a chain"), style::mutedTextColor(), true},
    });
    m_graphScroll = new QScrollArea(graphBox);
    m_graphScroll->setObjectName(QStringLiteral("graphScroll"));
    m_graphScroll->setWidgetResizable(true);
    m_graphScroll->setFrameShape(QFrame::NoFrame);
    m_graphScroll->setWidget(m_graph);
    m_graphScroll->setMinimumHeight(90);
    graphLayout->addWidget(m_graphScroll, 1);
    return graphBox;
}

QWidget *TransfersTab::buildAttentionPane(QWidget *parent)
{
    // What the acting account can act on: double-click opens it; Snooze and Dismiss hide it (per acting account).
    auto *attentionBox = new QWidget(parent);
    attentionBox->setObjectName(QStringLiteral("transfersAttentionPane"));
    auto *attentionLayout = new QVBoxLayout(attentionBox);
    attentionLayout->setContentsMargins(10, 0, 0, 4);
    attentionLayout->setSpacing(6);
    auto *titleRow = new QHBoxLayout;
    m_attentionTitle = sectionTitle(tr("Needs attention"), attentionBox, QStringLiteral("attentionTitle"));
    m_snooze = new QToolButton(attentionBox);
    m_snooze->setObjectName(QStringLiteral("snoozeAttentionButton"));
    m_snooze->setText(tr("Snooze a week"));
    m_snooze->setToolTip(tr("Hide the selected entry for seven days (of the simulated clock)."));
    m_dismiss = new QToolButton(attentionBox);
    m_dismiss->setObjectName(QStringLiteral("dismissAttentionButton"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide the selected entry for good (right-click the list to show dismissed entries "
                             "again)."));
    titleRow->addWidget(m_attentionTitle, 1);
    titleRow->addWidget(m_snooze);
    titleRow->addWidget(m_dismiss);
    attentionLayout->addLayout(titleRow);
    m_attentionList = new QListView(attentionBox);
    m_attentionList->setObjectName(QStringLiteral("attentionList"));
    m_attentionList->setModel(m_attention);
    m_attentionList->setItemDelegate(new AttentionDelegate(m_services, m_attentionList));
    m_attentionList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attentionList->setResizeMode(QListView::Adjust);
    m_attentionList->setWordWrap(true);
    m_attentionList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_attentionList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_attentionList->setToolTip(tr("Double-click an entry to open the place where it is done."));
    m_attentionList->setMinimumHeight(40);
    attentionLayout->addWidget(m_attentionList, 1);
    m_attentionEmpty = emptyLabel(tr("Nothing needs your action: no invitation awaits your answer, and nothing you "
                                     "pay for starts, ends or lacks pricing this month."),
                                  attentionBox, QStringLiteral("attentionEmpty"));
    attentionLayout->addWidget(m_attentionEmpty);
    return attentionBox;
}

QWidget *TransfersTab::buildDetailPane(QWidget *parent)
{
    // The selected transfer: its name and status chip, then its actions (wrapping to a second row when narrow, so
    // none is ever out of reach), the reason they are as they are; below, in a scroll area, its fields and history.
    auto *pane = new QWidget(parent);
    pane->setObjectName(QStringLiteral("transferDetailPane"));
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(10, 6, 0, 0);
    paneLayout->setSpacing(6);
    auto *rule = new QFrame(pane);
    rule->setFrameShape(QFrame::HLine);
    rule->setStyleSheet(QStringLiteral("color: %1;").arg(css(style::ruleColor())));
    paneLayout->addWidget(rule);
    auto *titleRow = new QHBoxLayout;
    m_detailTitle = new QLabel(pane);
    m_detailTitle->setObjectName(QStringLiteral("transferTitle"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailStatus = new QLabel(pane);
    m_detailStatus->setObjectName(QStringLiteral("transferStatus"));
    titleRow->addWidget(m_detailTitle, 1);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_detailStatus, 0, Qt::AlignTop);
    paneLayout->addLayout(titleRow);

    auto *buttons = new FlowLayout(nullptr, 6);
    auto makeButton = [pane, buttons](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, pane);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_accept = makeButton(tr("&Accept"), QStringLiteral("acceptButton"));
    m_decline = makeButton(tr("&Decline"), QStringLiteral("declineButton"));
    m_cancel = makeButton(tr("&Cancel invitation"), QStringLiteral("cancelButton"));
    m_withdraw = makeButton(tr("&Withdraw..."), QStringLiteral("withdrawButton"));
    m_rename = makeButton(tr("Re&name..."), QStringLiteral("renameButton"));
    m_pricing = makeButton(tr("&Pricing..."), QStringLiteral("pricingButton"));
    paneLayout->addLayout(buttons);
    m_actionHint = mutedLabel(QString(), pane, QStringLiteral("actionHint"));
    m_actionHint->setTextFormat(Qt::PlainText);
    m_actionHint->setFont(smallFont(m_actionHint->font()));
    paneLayout->addWidget(m_actionHint);

    auto *detailScroll = new QScrollArea(pane);
    detailScroll->setObjectName(QStringLiteral("transferDetailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields wrap instead
    auto *fields = new QWidget(detailScroll);
    fields->setObjectName(QStringLiteral("transferDetailFields"));
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 6, 0);
    fieldsLayout->setSpacing(6);
    m_detail = new QLabel(fields);
    m_detail->setObjectName(QStringLiteral("transferDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumWidth(160);
    m_historyTitle = sectionTitle(tr("History"), fields, QStringLiteral("historyTitle"));
    m_history = new QLabel(fields);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setTextFormat(Qt::RichText);
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_history->setMinimumWidth(160);
    fieldsLayout->addWidget(m_detail);
    fieldsLayout->addSpacing(6);
    fieldsLayout->addWidget(m_historyTitle);
    fieldsLayout->addWidget(m_history);
    fieldsLayout->addStretch(1);
    detailScroll->setWidget(fields);
    paneLayout->addWidget(detailScroll, 1);
    return pane;
}

void TransfersTab::restoreSplitters()
{
    // Remembered sizes, with sensible first-run proportions (the lists take what they need, the graph the rest;
    // the attention list as tall as its entries, up to five).
    QSettings settings;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("transfersTab/splitter")).toByteArray()))
        m_splitter->setSizes({880, 540});
    m_leftSizedByUser = m_outer->restoreState(settings.value(QStringLiteral("transfersTab/left")).toByteArray());
    m_rightSizedByUser
        = m_rightSplitter->restoreState(settings.value(QStringLiteral("transfersTab/right")).toByteArray());
    const auto remember = [this](QSplitter *s, const QString &key) {
        connect(s, &QSplitter::splitterMoved, this, [s, key] { QSettings().setValue(key, s->saveState()); });
    };
    remember(m_splitter, QStringLiteral("transfersTab/splitter"));
    remember(m_outer, QStringLiteral("transfersTab/left"));
    remember(m_rightSplitter, QStringLiteral("transfersTab/right"));
    connect(m_splitter, &QSplitter::splitterMoved, this, &TransfersTab::fitColumns);
    connect(m_outer, &QSplitter::splitterMoved, this, [this] { m_leftSizedByUser = true; });
    connect(m_rightSplitter, &QSplitter::splitterMoved, this, [this] { m_rightSizedByUser = true; });
}

void TransfersTab::connectSignals()
{
    connect(m_filter, &QLineEdit::textChanged, this, &TransfersTab::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &TransfersTab::applyFilters);
    connect(m_inboundTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { onSelectionChanged(m_inboundTable); });
    connect(m_outboundTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { onSelectionChanged(m_outboundTable); });
    for (TransfersModel *m : {m_inbound, m_outbound})
        connect(m, &QAbstractItemModel::modelReset, this, &TransfersTab::afterReload);
    connect(m_attention, &AttentionModel::attentionChanged, this, &TransfersTab::reportAttention);
    connect(m_attention, &QAbstractItemModel::modelReset, this, &TransfersTab::updateAttention);
    connect(m_attentionList, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { openAttentionItem(index.row()); });
    connect(m_attentionList, &QListView::activated, this,
            [this](const QModelIndex &index) { openAttentionItem(index.row()); });
    connect(m_attentionList, &QWidget::customContextMenuRequested, this, &TransfersTab::showAttentionMenu);
    connect(m_attentionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TransfersTab::updateAttention);
    connect(m_snooze, &QToolButton::clicked, this,
            [this] { dismissAttentionItem(m_attentionList->currentIndex().row(), 7); });
    connect(m_dismiss, &QToolButton::clicked, this,
            [this] { dismissAttentionItem(m_attentionList->currentIndex().row(), 0); });
    connect(m_graph, &RelationshipGraph::transferActivated, this, [this](const QString &id) { selectTransfer(id); });
    connect(m_graph, &RelationshipGraph::organizationActivated, this, [this](const QString &orgId) {
        if (auto *main = qobject_cast<MainWindow *>(window());
            main && main->selectTab(QStringLiteral("organizationsTab")))
            if (auto *orgs = main->findChild<OrganizationsTab *>())
                orgs->selectOrganization(orgId);
    });
    connect(m_invite, &QPushButton::clicked, this, &TransfersTab::sendInvitation);
    connect(m_accept, &QPushButton::clicked, this, &TransfersTab::acceptSelected);
    connect(m_decline, &QPushButton::clicked, this, &TransfersTab::declineSelected);
    connect(m_cancel, &QPushButton::clicked, this, &TransfersTab::cancelSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &TransfersTab::withdrawSelected);
    connect(m_rename, &QPushButton::clicked, this, &TransfersTab::renameSelected);
    connect(m_pricing, &QPushButton::clicked, this, &TransfersTab::configurePricingOfSelected);
    connect(m_inboundTable, &QTableView::doubleClicked, this, &TransfersTab::renameSelected);
    connect(m_outboundTable, &QTableView::doubleClicked, this, &TransfersTab::renameSelected);
    // Both models have caught up with the new acting account: the selection stays on the same transfer when this
    // account sees it too, else moves to the first row.
    connect(&m_services, &Services::actingAccountChanged, this, [this] {
        m_holdSelection = false;
        m_messages->clear();
        afterReload();
    });
}

void TransfersTab::updateAttention()
{
    const int n = m_attention->rowCount();
    m_attentionTitle->setText(n == 0 ? tr("Needs attention") : tr("Needs attention (%1)").arg(n));
    m_attentionList->setVisible(n > 0);
    m_attentionEmpty->setVisible(n == 0);
    const bool selected = n > 0 && m_attentionList->currentIndex().isValid();
    m_snooze->setVisible(n > 0);
    m_dismiss->setVisible(n > 0);
    m_snooze->setEnabled(selected);
    m_dismiss->setEnabled(selected);
    if (m_rightSizedByUser || height() <= 0)
        return;
    // Until the person moves the splitter: room for up to five entries, at most 40 % of the height.
    int wanted = m_attentionTitle->sizeHint().height() + 14;
    if (n == 0) {
        wanted += m_attentionEmpty->heightForWidth(std::max(200, m_rightSplitter->width() - 10));
    } else {
        for (int r = 0; r < std::min(n, 5); ++r)
            wanted += std::max(m_attentionList->sizeHintForRow(r), 30);
        wanted += 2 * m_attentionList->frameWidth() + 4;
    }
    const int total = m_rightSplitter->height() > 0 ? m_rightSplitter->height() : 600;
    const int top = std::min(wanted, total * 2 / 5);
    m_rightSplitter->setSizes({top, std::max(0, total - top)});
}

void TransfersTab::setupTable(QTableView *t, QSortFilterProxyModel *proxy)
{
    t->setModel(proxy);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setSortingEnabled(true);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideRight);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setItemDelegateForColumn(TransfersModel::Status, new StatusChipDelegate(TransfersModel::StatusColorRole, t));
    t->setItemDelegateForColumn(TransfersModel::Name, new TwoLineDelegate(TransfersModel::SecondaryTextRole, t));
    t->setItemDelegateForColumn(TransfersModel::OtherParty, new TwoLineDelegate(TransfersModel::SecondaryTextRole, t));
    t->verticalHeader()->setDefaultSectionSize(TwoLineDelegate::rowHeight(t->font()) + 2);
    QHeaderView *h = t->horizontalHeader();
    h->setHighlightSections(false);
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(TransfersModel::Name, QHeaderView::Stretch);
    h->setMinimumSectionSize(60);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents); // its preferred height is its rows
}

QString TransfersTab::organizationName(const QString &organizationId) const
{
    const auto org = m_services.directory().organization(organizationId);
    return org ? org->name : organizationId;
}

QString TransfersTab::actorName(const QString &actor) const
{
    if (actor == QLatin1String("system"))
        return tr("Clock");
    if (actor == QLatin1String("admin") || actor.isEmpty())
        return tr("Administrator");
    const auto org = m_services.directory().organizationOf(actor);
    return org ? org->name : actor;
}

void TransfersTab::applyFilters()
{
    const QString key = m_statusFilter->currentData().toString();
    for (TransfersFilterProxy *p : {m_inboundProxy, m_outboundProxy}) {
        p->setStateFilter(key);
        p->setText(m_filter->text());
    }
    updateCounts();
}

void TransfersTab::afterReload()
{
    // The models were reset: put the selection back on the same transfer, and refresh everything derived.
    if (m_holdSelection)
        return; // the other model still shows the previous acting account's transfers
    m_selecting = true;
    bool found = false;
    if (!m_selectedId.isEmpty()) {
        for (auto [table, model, proxy] : {std::tuple {m_inboundTable, m_inbound, m_inboundProxy},
                                           std::tuple {m_outboundTable, m_outbound, m_outboundProxy}}) {
            const int row = model->rowOf(m_selectedId);
            if (row < 0 || found) {
                table->selectionModel()->clearSelection();
                continue;
            }
            const QModelIndex index = proxy->mapFromSource(model->index(row, 0));
            if (!index.isValid())
                continue;
            table->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            found = true;
        }
    }
    if (!found) {
        m_selectedId.clear();
        // Select the first row of the first non-empty table, so the detail is never blank when there is something.
        for (QTableView *table : {m_inboundTable, m_outboundTable}) {
            if (table->model()->rowCount() > 0) {
                const QModelIndex first = table->model()->index(0, 0);
                table->selectionModel()->setCurrentIndex(
                    first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_selectedId = first.data(TransfersModel::IdRole).toString();
                break;
            }
        }
    }
    m_selecting = false;

    const bool admin = m_services.isAdministrator();
    m_inboundTitle->setText(admin ? tr("All transfers (administrator)") : tr("Inbound (you pay)"));
    m_outboundSection->setVisible(!admin);
    fitColumns();
    updateCounts();
    updateDetail();
    updateGraph();
}

void TransfersTab::updateCounts()
{
    const bool admin = m_services.isAdministrator();
    const QString inCounts = countsHtml(m_inbound);
    const QString outCounts = countsHtml(m_outbound);
    m_inboundCounts->setText(inCounts);
    m_inboundCounts->setVisible(!inCounts.isEmpty());
    m_outboundCounts->setText(outCounts);
    m_outboundCounts->setVisible(!outCounts.isEmpty());
    const bool inEmpty = m_inboundProxy->rowCount() == 0;
    const bool outEmpty = m_outboundProxy->rowCount() == 0;
    m_inboundTable->setVisible(!inEmpty);
    m_inboundEmpty->setVisible(inEmpty);
    m_outboundTable->setVisible(!outEmpty);
    m_outboundEmpty->setVisible(outEmpty);
    const QString filtered = tr("No transfers match the filter.");
    if (admin)
        m_inboundEmpty->setText(m_inbound->rowCount() > 0
                                    ? filtered
                                    : tr("No transfers yet. Act as a management account to send an invitation."));
    else
        m_inboundEmpty->setText(m_inbound->rowCount() > 0
                                    ? filtered
                                    : tr("Your organization pays for no other organization. "
                                         "Send an invitation to take over an organization's AWS bill."));
    m_outboundEmpty->setText(m_outbound->rowCount() > 0 ? filtered : tr("Nobody else pays your organization's bill."));
    // Each table is as tall as its rows (the rest of the room goes to the graph below); long lists scroll, and in a
    // short window a table gives way down to two rows.
    for (QTableView *t : {m_inboundTable, m_outboundTable}) {
        const int header = t->horizontalHeader()->sizeHint().height();
        const int rows = t->verticalHeader()->length();
        const int scrollBar = t->horizontalScrollBar()->sizeHint().height();
        const int content = header + rows + 2 * t->frameWidth() + 2 + scrollBar;
        const int twoRows
            = header + 2 * t->verticalHeader()->defaultSectionSize() + 2 * t->frameWidth() + 2 + scrollBar;
        t->setMinimumHeight(std::min(content, twoRows));
        t->setMaximumHeight(content);
    }
    fitLeftSplitter();
}

void TransfersTab::fitColumns()
{
    // Status, dates and plan take their content; the other party its content within limits; the descriptive name
    // the rest. When the table is narrow the plan and the other party give way first, then the name down to its
    // minimum; past that the table scrolls sideways: a header is never cut.
    constexpr int NameMinimum = 150;
    for (QTableView *t : {m_inboundTable, m_outboundTable}) {
        QHeaderView *h = t->horizontalHeader();
        QHash<int, int> want;
        for (int c : {int(TransfersModel::OtherParty), int(TransfersModel::Status), int(TransfersModel::Start),
                      int(TransfersModel::End), int(TransfersModel::Pricing)})
            want[c] = std::max(static_cast<QAbstractItemView *>(t)->sizeHintForColumn(c), h->sectionSizeHint(c)) + 8;
        want[TransfersModel::OtherParty] = std::clamp(want[TransfersModel::OtherParty], 140, 230);
        const int available = t->viewport()->width() > 100 ? t->viewport()->width() : t->width();
        int total = NameMinimum;
        for (int w : std::as_const(want))
            total += w;
        for (auto [column, floor] :
             {std::pair {int(TransfersModel::Pricing), std::max(110, h->sectionSizeHint(TransfersModel::Pricing))},
              std::pair {int(TransfersModel::OtherParty),
                         std::max(130, h->sectionSizeHint(TransfersModel::OtherParty))}}) {
            if (total <= available)
                break;
            const int give = std::min(total - available, want[column] - floor);
            if (give > 0) {
                want[column] -= give;
                total -= give;
            }
        }
        for (auto it = want.cbegin(); it != want.cend(); ++it)
            h->resizeSection(it.key(), it.value());
        // The name stretches into what is left, but never below its minimum (then the table scrolls).
        const int nameWidth = std::max(NameMinimum, available - (total - NameMinimum));
        h->setSectionResizeMode(TransfersModel::Name,
                                total <= available ? QHeaderView::Stretch : QHeaderView::Interactive);
        if (total > available)
            h->resizeSection(TransfersModel::Name, nameWidth);
    }
}

void TransfersTab::fitLeftSplitter()
{
    // Until the person moves the splitter, the lists take what they need and the graph the rest.
    if (m_leftSizedByUser)
        return;
    const int total = m_outer->height() > 0 ? m_outer->height() : 740;
    const int listsMinimum = m_outer->widget(0)->minimumSizeHint().height();
    const int graphMinimum = m_outer->widget(1)->minimumSizeHint().height();
    // What the lists need at their width, unscrolled: each table all its rows, each text all its lines.
    const int width = std::max(200, m_listsScroll->viewport()->width());
    std::function<int(QWidget *)> needed = [&](QWidget *w) -> int {
        if (auto *table = qobject_cast<QTableView *>(w))
            return table->maximumHeight();
        if (auto *box = qobject_cast<QBoxLayout *>(w->layout())) {
            int sum = box->contentsMargins().top() + box->contentsMargins().bottom();
            int shown = 0;
            for (int i = 0; i < box->count(); ++i) {
                QLayoutItem *item = box->itemAt(i);
                if (QWidget *child = item->widget()) {
                    if (child->isHidden())
                        continue;
                    sum += needed(child);
                    ++shown;
                } else if (item->spacerItem()) {
                    sum += item->spacerItem()->minimumSize().height();
                }
            }
            return sum + std::max(0, shown - 1) * box->spacing();
        }
        return w->hasHeightForWidth() ? w->heightForWidth(width) : w->sizeHint().height();
    };
    const int contentHeight = needed(m_listsScroll->widget());
    const int chrome = listsMinimum - m_listsScroll->minimumSizeHint().height(); // the filter row and spacing
    const int want = std::max(chrome + contentHeight + 4, listsMinimum);
    // The lists get what they want while the graph keeps a third of the height (at most 200 px): the graph scrolls
    // more readily than the lists, and never below what either pane needs (a squeezed pane would cut its tables).
    const int graphReserve = std::max(graphMinimum, std::min(200, total / 3));
    int top = std::min(want, total - graphReserve);
    top = std::max(top, listsMinimum);
    m_outer->setSizes({top, std::max(0, total - top)});
}

bool TransfersTab::eventFilter(QObject *watched, QEvent *event)
{
    // The left half changes height without the tab resizing too (a message shows or goes): fit its panes again.
    if (watched == m_outer && event->type() == QEvent::Resize)
        fitLeftSplitter();
    return QWidget::eventFilter(watched, event);
}

void TransfersTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLeftSplitter();
    QMetaObject::invokeMethod(this, &TransfersTab::fitColumns, Qt::QueuedConnection);
    // Attention titles wrap with the width: measure again once the list has its new size.
    QMetaObject::invokeMethod(this, &TransfersTab::updateAttention, Qt::QueuedConnection);
}

void TransfersTab::onSelectionChanged(QTableView *from)
{
    if (m_selecting)
        return;
    const QModelIndex current = from->currentIndex();
    if (!current.isValid())
        return;
    m_selectedId = current.data(TransfersModel::IdRole).toString();
    // One selection across both tables.
    m_selecting = true;
    QTableView *other = from == m_inboundTable ? m_outboundTable : m_inboundTable;
    other->selectionModel()->clearSelection();
    other->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    m_selecting = false;
    updateDetail();
    m_graph->setSelectedTransfer(m_selectedId);
}

bool TransfersTab::selectTransfer(const QString &id)
{
    for (auto [table, model, proxy] : {std::tuple {m_inboundTable, m_inbound, m_inboundProxy},
                                       std::tuple {m_outboundTable, m_outbound, m_outboundProxy}}) {
        const int row = model->rowOf(id);
        if (row < 0)
            continue;
        QModelIndex index = proxy->mapFromSource(model->index(row, 0));
        if (!index.isValid()) {
            // Hidden by a filter: show everything again.
            m_filter->clear();
            m_statusFilter->setCurrentIndex(0);
            index = proxy->mapFromSource(model->index(row, 0));
        }
        table->setFocus();
        table->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(index);
        return true;
    }
    return false;
}

std::optional<ResponsibilityTransfer> TransfersTab::selectedTransfer() const
{
    if (m_selectedId.isEmpty())
        return std::nullopt;
    for (TransfersModel *m : {m_inbound, m_outbound})
        if (const int row = m->rowOf(m_selectedId); row >= 0)
            return m->transferAt(row);
    return std::nullopt;
}

TransfersTab::Permissions TransfersTab::permissionsFor(const std::optional<ResponsibilityTransfer> &transfer) const
{
    Permissions p;
    if (!transfer) {
        p.hint = m_services.isAdministrator()
            ? tr("Act as a management account (\"Acting as\" above) to send or answer invitations.")
            : QString();
        return p;
    }
    // The service's own answer, the one the CLI gets too (TransferService::allowed: the transition table, who may
    // act, the acceptance deadline, an ended transfer being closed). The GUI adds no rule of its own.
    TransferService &service = m_services.transfers();
    auto check = [&](TransferAction action) {
        const Status s = service.allowed(*transfer, action);
        return Permission {s.ok(), s ? QString() : s.error().message};
    };
    p.accept = check(TransferAction::Accept);
    p.decline = check(TransferAction::Decline);
    p.cancel = check(TransferAction::Cancel);
    p.withdraw = check(TransferAction::Withdraw);
    p.rename = check(TransferAction::Rename);
    p.pricing = check(TransferAction::Pricing);
    p.hint = hintFor(*transfer);
    return p;
}

QString TransfersTab::hintFor(const ResponsibilityTransfer &t) const
{
    const TransferParty party = m_services.transfers().actingParty(t);
    const QDateTime now = m_services.now();
    const QString sourceName = organizationName(t.sourceOrganizationId);
    const QString targetName = organizationName(t.targetOrganizationId);
    if (party == TransferParty::Other)
        return m_services.isAdministrator()
            ? tr("The administrator only looks: act as the management account of %1 or of %2 to change this "
                 "transfer.")
                  .arg(sourceName, targetName)
            : tr("Only the management accounts of %1 and %2 act on this transfer.").arg(sourceName, targetName);
    if (t.isInherited())
        return tr("Inherited through a chain: it follows the transfers it came from; withdraw one of those instead.");
    switch (t.stateAt(now)) {
    case TransferState::Awaiting:
        if (party == TransferParty::Source)
            return now <= t.acceptanceDeadline ? tr("Accept by %1. Billing moves to %2 on %3.")
                                                     .arg(transferformat::utcMoment(t.acceptanceDeadline), targetName,
                                                          transferformat::date(t.startPeriod.firstDay()))
                                               : tr("The acceptance deadline (%1) has passed: the invitation expires.")
                                                     .arg(transferformat::utcMoment(t.acceptanceDeadline));
        return tr("Waiting for %1 to accept or decline by %2. You can cancel until then.")
            .arg(sourceName, transferformat::utcMoment(t.acceptanceDeadline));
    case TransferState::Accepted:
    case TransferState::InEffect:
        return tr("Either side may withdraw; billing then ends at the end of a month you choose.");
    case TransferState::Withdrawn:
        return tr("Withdrawn: billing returns to %1 on %2. Withdrawal cannot be undone; invite again to continue "
                  "later.")
            .arg(sourceName, t.endPeriod ? transferformat::date(t.endPeriod->next().firstDay()) : QString());
    case TransferState::Ended:
    case TransferState::Declined:
    case TransferState::Canceled:
    case TransferState::Expired:
        return party == TransferParty::Target
            ? tr("This transfer is closed; its history stays readable. Send a new invitation to start again.")
            : tr("This transfer is closed; its history stays readable.");
    }
    return {};
}

void TransfersTab::updateActions()
{
    const auto t = selectedTransfer();
    const Permissions p = permissionsFor(t);
    // A disabled button says why (the service's reason); an enabled one what it does.
    const struct
    {
        QPushButton *button;
        const Permission &permission;
        QString does;
    } actions[] = {
        {m_accept, p.accept, tr("Accept the invitation: billing moves to the payer on the start date.")},
        {m_decline, p.decline, tr("Decline the invitation: your organization keeps its own bill.")},
        {m_cancel, p.cancel, tr("Withdraw the invitation before it is answered.")},
        {m_withdraw, p.withdraw, tr("End the transfer at the end of a month you choose.")},
        {m_rename, p.rename, tr("Change the descriptive name shown on views and invoices.")},
        {m_pricing, p.pricing, tr("Choose the pricing configuration of the billing group of the bill source.")},
    };
    for (const auto &a : actions) {
        a.button->setEnabled(a.permission.allowed);
        a.button->setToolTip(a.permission.allowed ? a.does : a.permission.why);
    }
    // Buttons that can never apply to this transfer for this account are hidden; the rest explain themselves.
    const QString acting = m_services.actingAccountId();
    const bool source = t && acting == t->sourceManagementAccountId;
    const bool target = t && acting == t->targetManagementAccountId;
    m_accept->setVisible(t && (source || !target));
    m_decline->setVisible(t && (source || !target));
    m_cancel->setVisible(t && (target || !source));
    m_withdraw->setVisible(t.has_value());
    m_rename->setVisible(t.has_value());
    m_pricing->setVisible(t && (target || !source));
    m_actionHint->setText(p.hint);
    m_actionHint->setVisible(!p.hint.isEmpty());

    const auto own = m_services.directory().organizationManagedBy(acting);
    m_invite->setEnabled(own.has_value());
    m_invite->setToolTip(own ? tr("Invite an organization to transfer its AWS bill to %1.").arg(own->name)
                             : tr("Only a management account sends invitations: choose one under \"Acting as\"."));
}

void TransfersTab::updateDetail()
{
    const auto t = selectedTransfer();
    updateActions();
    if (!t) {
        m_detailTitle->setText(tr("No transfer selected"));
        m_detailStatus->clear();
        m_detail->setText(
            QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(css(style::mutedTextColor()),
                     (m_inbound->rowCount() + m_outbound->rowCount() == 0
                          ? tr("A billing transfer moves the AWS bill of an organization to a payer: the payer (a "
                               "management account) sends an invitation, the management account of the organization "
                               "accepts, and from the first day of the next month the payer receives and pays the "
                               "invoices.")
                          : tr("Select a transfer to see its parties, dates and history."))
                         .toHtmlEscaped()));
        m_history->clear();
        m_historyTitle->setVisible(false);
        m_history->setVisible(false);
        m_graph->setSelectedTransfer({});
        return;
    }
    m_historyTitle->setVisible(true);
    m_history->setVisible(true);
    const QDateTime now = m_services.now();
    m_detailTitle->setText(t->name);
    m_detailStatus->setPixmap(StatusChipDelegate::chipPixmap(t->statusText(now), transferstate::color(t->stateAt(now)),
                                                             font(), devicePixelRatioF()));
    m_detailStatus->setToolTip(t->statusText(now));
    updateDetailFields(*t);
    updateHistory(*t);
    m_graph->setSelectedTransfer(t->id);
}

void TransfersTab::updateDetailFields(const ResponsibilityTransfer &transfer)
{
    const ResponsibilityTransfer *t = &transfer;
    const QDateTime now = m_services.now();
    const TransferState state = t->stateAt(now);
    const QString muted = css(style::mutedTextColor());
    const QString acting = m_services.actingAccountId();
    const QString sourceName = organizationName(t->sourceOrganizationId);
    const QString targetName = organizationName(t->targetOrganizationId);
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3>");
    auto row = [&html, &muted](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:%1; padding-right:12px' valign=top>%2</td><td>%3</td></tr>")
                    .arg(muted, label.toHtmlEscaped(), value);
    };
    auto party = [&muted](const QString &name, const QString &orgId, const QString &account) {
        return tr("<b>%1</b><br><span style='color:%2'>%3 &middot; management account <tt>%4</tt></span>")
            .arg(name.toHtmlEscaped(), muted, orgId.toHtmlEscaped(), account.toHtmlEscaped());
    };
    if (acting == t->targetManagementAccountId)
        row(tr("Direction"), tr("Inbound: you pay the AWS bill of %1").arg(sourceName.toHtmlEscaped()));
    else if (acting == t->sourceManagementAccountId)
        row(tr("Direction"), tr("Outbound: %1 pays your AWS bill").arg(targetName.toHtmlEscaped()));
    row(tr("Bill source"), party(sourceName, t->sourceOrganizationId, t->sourceManagementAccountId));
    row(tr("Payer (bill transfer)"), party(targetName, t->targetOrganizationId, t->targetManagementAccountId));

    // Effective dates: what finance staff quote.
    QString effective;
    const QString startText = tr("%1, 00:00 UTC").arg(transferformat::date(t->startPeriod.firstDay()));
    const QString endText
        = t->endPeriod ? tr("%1, 23:59:59 UTC").arg(transferformat::date(t->endPeriod->lastDay())) : QString();
    switch (state) {
    case TransferState::Awaiting:
        effective = tr("Would start %1 if accepted").arg(startText);
        break;
    case TransferState::Accepted:
        effective = tr("From <b>%1</b>, until withdrawn").arg(startText);
        break;
    case TransferState::InEffect:
        effective = tr("<b>In effect</b> since %1, until withdrawn").arg(startText);
        break;
    case TransferState::Withdrawn:
    case TransferState::Ended:
        effective = t->neverTakesEffect() ? tr("Never took effect (withdrawn before its start)")
            : t->inEffectAt(now)          ? tr("<b>In effect</b> from %1 to <b>%2</b>").arg(startText, endText)
                                          : tr("From %1 to <b>%2</b>").arg(startText, endText);
        break;
    case TransferState::Declined:
    case TransferState::Canceled:
    case TransferState::Expired:
        effective = tr("Never in effect (the start would have been %1)").arg(startText);
        break;
    }
    row(tr("Effective"), effective);
    if (t->status == TransferStatus::Requested || t->acceptanceDeadline.isValid()) {
        QString deadline = QStringLiteral("<tt>%1</tt>").arg(transferformat::utcMoment(t->acceptanceDeadline));
        if (t->status == TransferStatus::Requested) {
            const bool passed = t->acceptanceDeadline <= now;
            deadline += QStringLiteral(" <span style='color:%1'>(%2)</span>")
                            .arg(css(passed ? style::errorColor() : style::warningColor()),
                                 transferformat::timeLeft(now, t->acceptanceDeadline));
        }
        row(tr("Acceptance deadline"), deadline);
    }
    row(tr("Pricing configuration"), transferformat::pricingPlan(t->pricingPlan).toHtmlEscaped());
    if (t->requestedAt.isValid())
        row(tr("Invited"), QStringLiteral("<tt>%1</tt>").arg(transferformat::utcMoment(t->requestedAt)));
    if (t->respondedAt.isValid() && t->status != TransferStatus::Requested)
        row(state == TransferState::Expired ? tr("Expired") : tr("Answered"),
            QStringLiteral("<tt>%1</tt>").arg(transferformat::utcMoment(t->respondedAt)));
    if (t->withdrawnAt.isValid())
        row(tr("Withdrawn"), QStringLiteral("<tt>%1</tt>").arg(transferformat::utcMoment(t->withdrawnAt)));
    if (t->isInherited()) {
        const auto via = m_services.transfers().find(t->inheritedViaTransferId);
        row(tr("Inherited"),
            tr("through %1 (<tt>%2</tt>): a payer further up the chain pays this bill")
                .arg(via ? via->name.toHtmlEscaped() : QString(), t->inheritedViaTransferId.toHtmlEscaped()));
    }
    row(tr("Transfer id"),
        tr("<tt>%1</tt><br><span style='color:%2'>handshake <tt>%3</tt></span>")
            .arg(t->id.toHtmlEscaped(), muted, t->handshakeId.toHtmlEscaped()));
    row(tr("API status"), QStringLiteral("<tt>%1</tt>").arg(transferStatusName(t->status)));
    if (!t->tags.isEmpty()) {
        QStringList tags;
        for (auto it = t->tags.cbegin(); it != t->tags.cend(); ++it)
            tags << QStringLiteral("<span style='background:%1'>&nbsp;%2=%3&nbsp;</span>")
                        .arg(css(style::tagBackgroundColor()), it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
        row(tr("Tags"), tags.join(QLatin1Char(' ')));
    }
    if (!t->notes.isEmpty())
        row(tr("Message"),
            QStringLiteral("<i>%1</i>")
                .arg(t->notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    html += QStringLiteral("</table>");
    m_detail->setText(html);
}

void TransfersTab::updateHistory(const ResponsibilityTransfer &transfer)
{
    const auto history = m_services.transfers().history(transfer.id);
    if (!history) {
        m_history->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(css(style::mutedTextColor()), history.error().message.toHtmlEscaped()));
        return;
    }
    static const QHash<QString, const char *> titles {
        {QStringLiteral("transfer.invite"), QT_TR_NOOP("Invitation sent")},
        {QStringLiteral("transfer.accept"), QT_TR_NOOP("Accepted")},
        {QStringLiteral("transfer.decline"), QT_TR_NOOP("Declined")},
        {QStringLiteral("transfer.cancel"), QT_TR_NOOP("Invitation canceled")},
        {QStringLiteral("transfer.expire"), QT_TR_NOOP("Expired")},
        {QStringLiteral("transfer.withdraw"), QT_TR_NOOP("Withdrawn")},
        {QStringLiteral("transfer.rename"), QT_TR_NOOP("Renamed")},
        {QStringLiteral("transfer.inherit"), QT_TR_NOOP("Inherited through a chain")},
        {QStringLiteral("billing-group.create"), QT_TR_NOOP("Billing group created")},
        {QStringLiteral("billing-group.activate"), QT_TR_NOOP("Billing group active")},
        {QStringLiteral("billing-group.remove"), QT_TR_NOOP("Billing group removed")},
        {QStringLiteral("billing-group.pricing"), QT_TR_NOOP("Pricing configured")},
    };
    const QString muted = css(style::mutedTextColor());
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3 width='100%'>");
    const QList<AuditEntry> entries = history.value();
    for (qsizetype i = entries.size() - 1; i >= 0; --i) { // newest first
        const AuditEntry &e = entries.at(i);
        const QDateTime when = e.clockTime.toUTC();
        const char *title = titles.value(e.action, nullptr);
        QString heading = title ? tr(title) : e.action;
        heading = heading.toHtmlEscaped();
        if (e.effective.isValid())
            heading
                += QStringLiteral(" <span style='color:%1; font-weight:normal'>&middot; %2</span>")
                       .arg(
                           muted,
                           tr("takes effect %1").arg(transferformat::date(e.effective.toUTC().date())).toHtmlEscaped());
        html += QStringLiteral("<tr><td valign=top style='color:%1; padding-right:10px; "
                               "white-space:nowrap'><tt>%2<br>%3 UTC</tt></td>"
                               "<td valign=top><b>%4</b> <span style='color:%1'>&middot; %5</span><br>"
                               "%6</td></tr>")
                    .arg(muted, transferformat::date(when.date()), when.time().toString(QStringLiteral("HH:mm")),
                         heading, actorName(e.actor).toHtmlEscaped(), e.details.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (entries.isEmpty())
        html = QStringLiteral("<span style='color:%1'>%2</span>")
                   .arg(css(style::mutedTextColor()), tr("No history recorded.").toHtmlEscaped());
    m_history->setText(html);
}

void TransfersTab::updateGraph()
{
    // Who pays for whom, as the acting account may see it (BillingRules::visibleTo, through the service): the
    // transfers its organization is a party to (for the middle of a chain, both of its links), never a relationship
    // between two other organizations. The administrator sees everything. On an error the graph stays empty.
    const QString acting = m_services.actingAccountId();
    const auto ownOrg = acting.isEmpty() ? std::nullopt : m_services.directory().organizationOf(acting);
    const auto loaded = m_services.transfers().visible();
    const QList<ResponsibilityTransfer> visible = loaded ? *loaded : QList<ResponsibilityTransfer>();
    const QDateTime now = m_services.now();
    QList<RelationshipGraph::Node> nodes;
    QSet<QString> seen;
    auto addNode = [&](const QString &orgId) {
        if (seen.contains(orgId))
            return;
        seen.insert(orgId);
        const auto org = m_services.directory().organization(orgId);
        nodes.append({orgId, org ? org->name : orgId, org ? org->managementAccountId : QString()});
    };
    QList<RelationshipGraph::Edge> edges;
    for (const ResponsibilityTransfer &t : std::as_const(visible)) {
        addNode(t.sourceOrganizationId);
        addNode(t.targetOrganizationId);
        const TransferState state = t.stateAt(now);
        edges.append({t.id, t.sourceOrganizationId, t.targetOrganizationId, t.name, t.statusText(now),
                      transferstate::color(state), transferstate::isOpen(state), !t.inheritedViaTransferId.isEmpty()});
    }
    if (ownOrg)
        addNode(ownOrg->id);
    m_graph->setEmptyText(acting.isEmpty()
                              ? tr("No transfers yet.")
                              : tr("No transfers around your organization yet. Send an invitation, or act as an "
                                   "invited organization to accept one."));
    m_graph->setGraph(nodes, edges, ownOrg ? ownOrg->id : QString());
    m_graph->setSelectedTransfer(m_selectedId);
}

void TransfersTab::reportAttention(int count, const QString &details)
{
    if (auto *main = qobject_cast<MainWindow *>(window()))
        main->setAttention(count, details);
}

void TransfersTab::openAttentionItem(int row)
{
    if (row < 0 || row >= m_attention->rowCount())
        return;
    const AttentionItem item = m_attention->itemAt(row);
    if (item.entityType == QLatin1String("transfer")) {
        if (!selectTransfer(item.entityId)) {
            m_messages->showInfo(tr("That transfer is not in your lists any more."));
            return;
        }
        // The place where it is done: the button of the action the entry names.
        QPushButton *action = nullptr;
        switch (item.kind) {
        case AttentionItem::Kind::AwaitingYourResponse:
            action = m_accept;
            break;
        case AttentionItem::Kind::AboutToExpire:
            action = m_cancel;
            break;
        case AttentionItem::Kind::StartsThisMonth:
        case AttentionItem::Kind::NoPricingConfigured:
            action = m_pricing;
            break;
        case AttentionItem::Kind::EndsThisMonth:
            action = m_invite;
            break;
        case AttentionItem::Kind::Other:
            break;
        }
        if (action && action->isVisible() && action->isEnabled())
            action->setFocus();
        return;
    }
    if (item.entityType == QLatin1String("organization")) {
        auto *main = qobject_cast<MainWindow *>(window());
        if (main && main->selectTab(QStringLiteral("organizationsTab"))) {
            if (auto *orgs = main->findChild<OrganizationsTab *>())
                orgs->selectOrganization(item.entityId);
            return;
        }
    }
    // Other kinds (billing groups, invoice units, partner relationships) open on the tab that owns them, when present.
    if (auto *main = qobject_cast<MainWindow *>(window())) {
        static const QHash<QString, QString> tabs {{QStringLiteral("billingGroup"), QStringLiteral("pricingTab")},
                                                   {QStringLiteral("billing-group"), QStringLiteral("pricingTab")},
                                                   {QStringLiteral("invoiceUnit"), QStringLiteral("invoicesTab")},
                                                   {QStringLiteral("relationship"), QStringLiteral("partnersTab")}};
        if (main->selectTab(tabs.value(item.entityType, item.entityType))) {
            auto *pricing = main->findChild<PricingTab *>();
            if (pricing && tabs.value(item.entityType) == QLatin1String("pricingTab"))
                pricing->selectGroup(item.entityId); // the billing group the entry is about
            return;
        }
    }
    m_messages->showInfo(item.title);
}

void TransfersTab::report(const Status &status, const QString &success)
{
    if (status)
        m_messages->showInfo(success);
    else
        m_messages->showError(status.error());
}

void TransfersTab::sendInvitation()
{
    if (auto own = m_services.directory().organizationManagedBy(m_services.actingAccountId()); !own) {
        m_messages->showError(
            Error::rule(QStringLiteral("ACCESS_DENIED"),
                        tr("Only a management account sends invitations: choose one under \"Acting as\".")));
        return;
    }
    InvitationDialog dialog(m_services, this);
    std::optional<ResponsibilityTransfer> sent;
    dialog.setSubmit([&]() -> Status {
        auto r = m_services.transfers().invite(dialog.invitation());
        if (!r)
            return r.error();
        sent = r.value();
        return {};
    });
    if (dialog.exec() != QDialog::Accepted || !sent)
        return;
    selectTransfer(sent->id);
    m_messages->showInfo(tr("Invitation \"%1\" sent to %2 (%3). It must be accepted by %4.")
                             .arg(sent->name, organizationName(sent->sourceOrganizationId), sent->id,
                                  transferformat::utcMoment(sent->acceptanceDeadline)));
}

void TransfersTab::acceptSelected()
{
    const auto t = selectedTransfer();
    if (!t)
        return;
    const QString payer = organizationName(t->targetOrganizationId);
    if (!MessageBox::confirm(
            this, tr("Accept invitation"),
            tr("Accept \"%1\"? From %2, %3 receives and pays your organization's AWS invoices and sets the prices "
               "you see; your organization no longer sees billable amounts. Either side can withdraw later.")
                .arg(t->name, transferformat::date(t->startPeriod.firstDay()), payer),
            tr("Accept")))
        return;
    auto r = m_services.transfers().accept(t->id);
    if (!r) {
        m_messages->showError(r.error());
        return;
    }
    selectTransfer(r->id);
    m_messages->showInfo(tr("Accepted \"%1\": %2 pays your organization's bill from %3.")
                             .arg(r->name, payer, transferformat::date(r->startPeriod.firstDay())));
}

void TransfersTab::declineSelected()
{
    const auto t = selectedTransfer();
    if (!t)
        return;
    const QString payer = organizationName(t->targetOrganizationId);
    if (!MessageBox::confirm(
            this, tr("Decline invitation"),
            tr("Decline \"%1\" from %2? Your organization keeps receiving and paying its own AWS bill; %2 would "
               "have to send a new invitation.")
                .arg(t->name, payer),
            tr("Decline")))
        return;
    auto r = m_services.transfers().decline(t->id);
    report(r ? Status() : Status(r.error()), tr("Declined \"%1\". %2 has been told.").arg(t->name, payer));
}

void TransfersTab::cancelSelected()
{
    const auto t = selectedTransfer();
    if (!t)
        return;
    const QString source = organizationName(t->sourceOrganizationId);
    if (!MessageBox::confirm(
            this, tr("Cancel invitation"),
            tr("Cancel the invitation \"%1\" to %2? It can no longer be accepted; send a new one to try again.")
                .arg(t->name, source),
            tr("Cancel invitation")))
        return;
    auto r = m_services.transfers().cancel(t->id);
    report(r ? Status() : Status(r.error()), tr("Canceled the invitation \"%1\" to %2.").arg(t->name, source));
}

void TransfersTab::withdrawSelected()
{
    const auto t = selectedTransfer();
    if (!t)
        return;
    WithdrawDialog dialog(m_services, *t, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString question = dialog.confirmationText();
    if (!MessageBox::confirm(this, tr("Withdraw transfer"), question, tr("Withdraw")))
        return;
    auto r = m_services.transfers().withdraw(t->id, dialog.endPeriod());
    if (!r) {
        m_messages->showError(r.error());
        return;
    }
    selectTransfer(r->id);
    m_messages->showInfo(tr("Withdrawn. %1").arg(question.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.')));
}

void TransfersTab::renameSelected()
{
    const auto t = selectedTransfer();
    if (!t)
        return;
    if (const Status allowed = m_services.transfers().allowed(*t, TransferAction::Rename); !allowed) {
        if (sender() == m_rename)
            m_messages->showError(allowed.error());
        return;
    }
    RenameTransferDialog dialog(*t, this);
    TransferService &service = m_services.transfers();
    const QString id = t->id;
    const QString before = t->name;
    dialog.setSubmit([&] {
        const QString after = dialog.name();
        if (after == before)
            return Status();
        return ServiceCommand::run(
            m_undoStack, tr("Rename transfer %1").arg(before),
            [&service, id, after]() -> Status {
                auto r = service.rename(id, after);
                return r ? Status() : Status(r.error());
            },
            [&service, id, before]() -> Status {
                auto r = service.rename(id, before);
                return r ? Status() : Status(r.error());
            },
            [this](const Error &e) { m_messages->showError(e); });
    });
    if (dialog.exec() == QDialog::Accepted && dialog.name() != before)
        m_messages->showInfo(
            tr("Renamed \"%1\" to \"%2\". Edit > Undo brings the old name back.").arg(before, dialog.name()));
}

void TransfersTab::configurePricingOfSelected()
{
    const auto t = selectedTransfer();
    if (!t)
        return;
    if (const Status allowed = m_services.transfers().allowed(*t, TransferAction::Pricing); !allowed) {
        m_messages->showError(allowed.error());
        return;
    }
    PricingDialog dialog(m_services, *t, this);
    TransferService &service = m_services.transfers();
    const QString id = t->id;
    dialog.setSubmit([&]() -> Status {
        auto r = service.configurePricing(id, dialog.plan());
        return r ? Status() : Status(r.error());
    });
    if (dialog.exec() == QDialog::Accepted)
        m_messages->showInfo(
            tr("The billing group of %1 now uses %2.")
                .arg(organizationName(t->sourceOrganizationId), transferformat::pricingPlan(dialog.plan())));
}

void TransfersTab::dismissAttentionItem(int row, int days)
{
    if (row < 0 || row >= m_attention->rowCount())
        return;
    const AttentionItem item = m_attention->itemAt(row);
    const QDateTime until = days > 0 ? m_services.now().addDays(days) : QDateTime();
    if (auto s = m_services.transfers().dismissAttention(item.key, until); !s) {
        m_messages->showError(s.error());
        return;
    }
    m_messages->showInfo(
        days > 0 ? tr("Snoozed until %1: \"%2\".").arg(transferformat::utcMoment(until), item.title)
                 : tr("Dismissed: \"%1\". Right-click the list to show dismissed entries again.").arg(item.title));
}

void TransfersTab::showAttentionMenu(const QPoint &pos)
{
    const QModelIndex index = m_attentionList->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        m_attentionList->setCurrentIndex(index);
        menu.addAction(tr("Open"), this, [this, row = index.row()] { openAttentionItem(row); });
        menu.addAction(tr("Snooze for a week"), this, [this, row = index.row()] { dismissAttentionItem(row, 7); });
        menu.addAction(tr("Snooze for a month"), this, [this, row = index.row()] { dismissAttentionItem(row, 30); });
        menu.addAction(tr("Dismiss"), this, [this, row = index.row()] { dismissAttentionItem(row, 0); });
        menu.addSeparator();
    }
    menu.addAction(tr("Show dismissed and snoozed entries again"), this, [this] {
        if (auto s = m_services.transfers().restoreAttention(); !s)
            m_messages->showError(s.error());
    });
    menu.exec(m_attentionList->viewport()->mapToGlobal(pos));
}

} // namespace bd
