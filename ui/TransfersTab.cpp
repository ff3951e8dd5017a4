#include "TransfersTab.h"

#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "OrganizationsTab.h"
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
#include <QVBoxLayout>

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
            line = QCoreApplication::translate("TransfersTab", "No deadline \u00b7 double-click to fix");
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

    // The title wraps to at most two lines (the tooltip holds all of it).
    static int titleLines(const QFontMetrics &fm, const QString &title, int width)
    {
        const QRect r = fm.boundingRect(QRect(0, 0, std::max(width, 40), 1000), Qt::TextWordWrap, title);
        return std::clamp((r.height() + fm.lineSpacing() - 1) / fm.lineSpacing(), 1, 2);
    }

private:
    Services &m_services;
};

QLabel *sectionTitle(const QString &text, QWidget *parent, const QString &name = {})
{
    auto *l = new QLabel(text, parent);
    if (!name.isEmpty())
        l->setObjectName(name);
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
    l->setStyleSheet(QStringLiteral("color: #5f6b77;"));
    return l;
}

QLabel *emptyLabel(const QString &text, QWidget *parent, const QString &name)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    l->setStyleSheet(QStringLiteral(
        "color: #5f6b77; padding: 14px; background: #f7f9fb; border: 1px dashed #d3d9e0; border-radius: 6px;"));
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return l;
}

QString countsHtml(const TransfersModel *model)
{
    const QMap<TransferState, int> counts = model->counts();
    QStringList parts;
    for (TransferState s : transferstate::all()) {
        if (counts.value(s) == 0)
            continue;
        parts << QStringLiteral("<span style='color:%1'>\u25CF</span>&nbsp;%2&nbsp;%3")
                     .arg(transferstate::color(s).name())
                     .arg(counts.value(s))
                     .arg(transferstate::label(s).toLower().toHtmlEscaped().replace(QLatin1Char(' '),
                                                                                    QStringLiteral("&nbsp;")));
    }
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral("&nbsp;&nbsp; "));
}

} // namespace

TransfersTab::TransfersTab(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("transfersTab"));
    m_inbound = new TransfersModel(services, TransfersModel::Direction::Inbound, this);
    m_outbound = new TransfersModel(services, TransfersModel::Direction::Outbound, this);
    m_inboundProxy = new TransfersFilterProxy(this);
    m_inboundProxy->setSourceModel(m_inbound);
    m_outboundProxy = new TransfersFilterProxy(this);
    m_outboundProxy->setSourceModel(m_outbound);
    for (QSortFilterProxyModel *p : {static_cast<QSortFilterProxyModel *>(m_inboundProxy),
                                     static_cast<QSortFilterProxyModel *>(m_outboundProxy)}) {
        p->setSortRole(TransfersModel::SortRole);
        p->setSortCaseSensitivity(Qt::CaseInsensitive);
    }
    m_attention = new AttentionModel(services, this);

    // Left: the lists and the graph. Right: what needs attention, then the selected transfer.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("transfersSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_outer = new QSplitter(Qt::Vertical, m_splitter);
    m_outer->setObjectName(QStringLiteral("transfersLeftSplitter"));
    m_outer->setChildrenCollapsible(false);
    m_right = new QWidget(m_splitter);
    m_right->setObjectName(QStringLiteral("transfersRight"));
    auto *rightLayout = new QVBoxLayout(m_right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(8);

    // ---- Master: filters and the two tables.
    auto *master = new QWidget(m_outer);
    auto *masterLayout = new QVBoxLayout(master);
    masterLayout->setContentsMargins(0, 0, 0, 0);
    masterLayout->setSpacing(6);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(master);
    m_filter->setObjectName(QStringLiteral("transferFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, organization, account or id..."));
    m_filter->setClearButtonEnabled(true);
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

    auto *inboundHeader = new QHBoxLayout;
    m_inboundTitle = sectionTitle(tr("Inbound (you pay)"), master, QStringLiteral("inboundTitle"));
    m_inboundCounts = mutedLabel(QString(), master, QStringLiteral("inboundCounts"));
    m_inboundCounts->setTextFormat(Qt::RichText);
    inboundHeader->addWidget(m_inboundTitle);
    inboundHeader->addSpacing(12);
    inboundHeader->addWidget(m_inboundCounts, 1);
    masterLayout->addSpacing(4);
    masterLayout->addLayout(inboundHeader);
    m_inboundTable = new QTableView(master);
    m_inboundTable->setObjectName(QStringLiteral("inboundTable"));
    setupTable(m_inboundTable, m_inboundProxy);
    masterLayout->addWidget(m_inboundTable, 10);
    m_inboundEmpty = emptyLabel(QString(), master, QStringLiteral("inboundEmpty"));
    masterLayout->addWidget(m_inboundEmpty);

    m_outboundSection = new QWidget(master);
    auto *outboundLayout = new QVBoxLayout(m_outboundSection);
    outboundLayout->setContentsMargins(0, 8, 0, 0);
    outboundLayout->setSpacing(6);
    auto *outboundHeader = new QHBoxLayout;
    outboundHeader->addWidget(
        sectionTitle(tr("Outbound (paid by someone else)"), m_outboundSection, QStringLiteral("outboundTitle")));
    m_outboundCounts = mutedLabel(QString(), m_outboundSection, QStringLiteral("outboundCounts"));
    m_outboundCounts->setTextFormat(Qt::RichText);
    outboundHeader->addSpacing(12);
    outboundHeader->addWidget(m_outboundCounts, 1);
    outboundLayout->addLayout(outboundHeader);
    m_outboundTable = new QTableView(m_outboundSection);
    m_outboundTable->setObjectName(QStringLiteral("outboundTable"));
    setupTable(m_outboundTable, m_outboundProxy);
    outboundLayout->addWidget(m_outboundTable, 1);
    m_outboundEmpty = emptyLabel(QString(), m_outboundSection, QStringLiteral("outboundEmpty"));
    outboundLayout->addWidget(m_outboundEmpty);
    outboundLayout->addStretch(0);
    masterLayout->addWidget(m_outboundSection, 10);
    masterLayout->addStretch(1);

    // ---- The graph under the tables.
    auto *graphBox = new QWidget(m_outer);
    auto *graphLayout = new QVBoxLayout(graphBox);
    graphLayout->setContentsMargins(0, 6, 0, 0);
    graphLayout->setSpacing(6);
    auto *graphHeader = new QHBoxLayout;
    graphHeader->addWidget(sectionTitle(tr("Who pays for whom"), graphBox, QStringLiteral("graphTitle")));
    graphHeader->addSpacing(12);
    auto *graphHint
        = mutedLabel(tr("Arrows run from the bill source to its payer. Click an arrow to select the transfer; "
                        "right-click to save as PNG."),
                     graphBox);
    QFont smallFont = graphHint->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.92);
    graphHint->setFont(smallFont);
    graphHeader->addWidget(graphHint, 1);
    graphLayout->addLayout(graphHeader);
    m_graph = new RelationshipGraph(graphBox);
    m_graph->setLegend({
        {transferstate::label(TransferState::Awaiting), transferstate::color(TransferState::Awaiting), false},
        {tr("Accepted, begins later"), transferstate::color(TransferState::Accepted), false},
        {transferstate::label(TransferState::InEffect), transferstate::color(TransferState::InEffect), false},
        {tr("Withdrawn, ending"), transferstate::color(TransferState::Withdrawn), false},
        {tr("Inherited through a chain"), style::mutedTextColor(), true},
    });
    graphLayout->addWidget(m_graph, 1);
    m_outer->addWidget(master);
    m_outer->addWidget(graphBox);
    m_outer->setStretchFactor(0, 1);
    m_outer->setStretchFactor(1, 1);

    // ---- Right, top: what needs attention.
    auto *attentionBox = new QWidget(m_right);
    auto *attentionLayout = new QVBoxLayout(attentionBox);
    attentionLayout->setContentsMargins(10, 0, 0, 4);
    attentionLayout->setSpacing(6);
    m_attentionTitle = sectionTitle(tr("Needs attention"), attentionBox, QStringLiteral("attentionTitle"));
    attentionLayout->addWidget(m_attentionTitle);
    m_attentionList = new QListView(attentionBox);
    m_attentionList->setObjectName(QStringLiteral("attentionList"));
    m_attentionList->setModel(m_attention);
    m_attentionList->setItemDelegate(new AttentionDelegate(services, m_attentionList));
    m_attentionList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attentionList->setResizeMode(QListView::Adjust);
    m_attentionList->setWordWrap(true);
    m_attentionList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_attentionList->setToolTip(tr("Double-click an entry to open the place where it is fixed."));
    attentionLayout->addWidget(m_attentionList, 1);
    m_attentionEmpty = emptyLabel(
        tr("Nothing needs your attention: no invitation awaits an answer and nothing starts or ends this month."),
        attentionBox, QStringLiteral("attentionEmpty"));
    attentionLayout->addWidget(m_attentionEmpty);

    // ---- Right, below: the selected transfer, its actions and its history.
    auto *detailScroll = new QScrollArea(m_right);
    detailScroll->setObjectName(QStringLiteral("transferDetailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    auto *detail = new QWidget(detailScroll);
    detail->setObjectName(QStringLiteral("transferDetailPane"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(10, 6, 6, 0);
    detailLayout->setSpacing(6);
    auto *titleRow = new QHBoxLayout;
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("transferTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailStatus = new QLabel(detail);
    m_detailStatus->setObjectName(QStringLiteral("transferStatus"));
    titleRow->addWidget(m_detailTitle);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_detailStatus);
    titleRow->addStretch(1);
    m_detail = new QLabel(detail);
    m_detail->setObjectName(QStringLiteral("transferDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    auto makeButton = [detail, buttons](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, detail);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_accept = makeButton(tr("&Accept"), QStringLiteral("acceptButton"));
    m_decline = makeButton(tr("&Decline"), QStringLiteral("declineButton"));
    m_cancel = makeButton(tr("&Cancel invitation"), QStringLiteral("cancelButton"));
    m_withdraw = makeButton(tr("&Withdraw..."), QStringLiteral("withdrawButton"));
    m_rename = makeButton(tr("Re&name..."), QStringLiteral("renameButton"));
    buttons->addStretch(1);
    m_actionHint = mutedLabel(QString(), detail, QStringLiteral("actionHint"));
    m_actionHint->setWordWrap(true);
    m_actionHint->setFont(smallFont);
    m_historyTitle = sectionTitle(tr("History"), detail, QStringLiteral("historyTitle"));
    m_history = new QLabel(detail);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setTextFormat(Qt::RichText);
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailLayout->addLayout(titleRow);
    detailLayout->addWidget(m_detail);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_actionHint);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(m_historyTitle);
    detailLayout->addWidget(m_history);
    detailLayout->addStretch(1);
    detailScroll->setWidget(detail);
    rightLayout->addWidget(attentionBox, 0);
    auto *rule = new QFrame(m_right);
    rule->setFrameShape(QFrame::HLine);
    rule->setStyleSheet(QStringLiteral("color: #dde2e8;"));
    rightLayout->addWidget(rule);
    rightLayout->addWidget(detailScroll, 1);

    m_splitter->addWidget(m_outer);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    // Remembered sizes, with sensible first-run proportions.
    QSettings settings;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("transfersTab/splitter")).toByteArray()))
        m_splitter->setSizes({880, 540});
    m_leftSizedByUser = m_outer->restoreState(settings.value(QStringLiteral("transfersTab/left")).toByteArray());
    const auto remember = [this](QSplitter *s, const QString &key) {
        connect(s, &QSplitter::splitterMoved, this, [s, key] { QSettings().setValue(key, s->saveState()); });
    };
    remember(m_splitter, QStringLiteral("transfersTab/splitter"));
    connect(m_splitter, &QSplitter::splitterMoved, this, &TransfersTab::fitColumns);
    remember(m_outer, QStringLiteral("transfersTab/left"));
    connect(m_outer, &QSplitter::splitterMoved, this, [this] { m_leftSizedByUser = true; });

    // ---- Wiring.
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
    connect(m_inboundTable, &QTableView::doubleClicked, this, &TransfersTab::renameSelected);
    connect(m_outboundTable, &QTableView::doubleClicked, this, &TransfersTab::renameSelected);
    connect(&services, &Services::actingAccountChanged, this, [this] {
        m_selectedId.clear();
        m_messages->clear();
        afterReload();
    });

    m_inboundTable->sortByColumn(TransfersModel::Status, Qt::AscendingOrder);
    m_outboundTable->sortByColumn(TransfersModel::Status, Qt::AscendingOrder);
    // The attention summary reaches the status bar once the tab sits in the main window.
    QMetaObject::invokeMethod(
        this, [this] { reportAttention(m_attention->rowCount(), m_attention->summary()); }, Qt::QueuedConnection);
    afterReload();
    updateAttention();
}

void TransfersTab::updateAttention()
{
    const int n = m_attention->rowCount();
    m_attentionTitle->setText(n == 0 ? tr("Needs attention") : tr("Needs attention (%1)").arg(n));
    m_attentionList->setVisible(n > 0);
    m_attentionEmpty->setVisible(n == 0);
    // Room for up to five entries; the list scrolls beyond that.
    int height = 0;
    for (int r = 0; r < std::min(n, 5); ++r)
        height += std::max(m_attentionList->sizeHintForRow(r), 30);
    m_attentionList->setFixedHeight(height + 2 * m_attentionList->frameWidth() + 2);
}

TransfersTab::~TransfersTab() = default;

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
    m_outboundCounts->setText(outCounts);
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
    // Each table is as tall as its rows (the rest of the room goes to the graph below); long lists scroll.
    for (QTableView *t : {m_inboundTable, m_outboundTable}) {
        const int header = t->horizontalHeader()->sizeHint().height();
        const int rows = t->verticalHeader()->length();
        const int content = header + rows + 2 * t->frameWidth() + 2;
        const int fiveRows = header + 5 * t->verticalHeader()->defaultSectionSize() + 2 * t->frameWidth() + 2;
        t->setMinimumHeight(std::min(content, fiveRows));
        t->setMaximumHeight(content);
    }
    fitLeftSplitter();
}

void TransfersTab::fitColumns()
{
    // Status, dates and plan take their content; the other party its content within limits; the descriptive name
    // the rest. When the table is narrow the plan and the other party give way first, so the name stays readable.
    constexpr int NameMinimum = 170;
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
             {std::pair {int(TransfersModel::Pricing), 110}, std::pair {int(TransfersModel::OtherParty), 130}}) {
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
    }
}

void TransfersTab::fitLeftSplitter()
{
    // Until the person moves the splitter, the lists take what they need and the graph the rest.
    if (m_leftSizedByUser)
        return;
    const int total = m_outer->height() > 0 ? m_outer->height() : 740;
    const int want = std::max(m_outer->widget(0)->sizeHint().height(), m_outer->widget(0)->minimumSizeHint().height());
    const int top = std::clamp(want, std::min(220, total / 2), std::max(220, total - 260));
    m_outer->setSizes({top, std::max(0, total - top)});
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
    const ResponsibilityTransfer &t = *transfer;
    // The service's own answer (TransferService::allowed: the transition table, who may act, the acceptance deadline).
    TransferService &service = m_services.transfers();
    const TransferParty party = service.actingParty(t);
    const QDateTime now = m_services.now();
    const TransferState state = transferstate::of(t, now);
    auto check = [&](TransferAction action, QString &why) {
        const Status s = service.allowed(t, action);
        why = s ? QString() : s.error().message;
        return s.ok();
    };
    p.accept = check(TransferAction::Accept, p.acceptWhy);
    p.decline = check(TransferAction::Decline, p.declineWhy);
    p.cancel = check(TransferAction::Cancel, p.cancelWhy);
    // Withdrawing an ended transfer changes nothing: only while it is accepted and not yet over.
    p.withdraw = check(TransferAction::Withdraw, p.withdrawWhy) && state != TransferState::Ended;
    if (state == TransferState::Ended)
        p.withdrawWhy = tr("This transfer has already ended.");
    p.rename = check(TransferAction::Rename, p.renameWhy) && transferstate::isOpen(state);
    if (!transferstate::isOpen(state))
        p.renameWhy = tr("Only open transfers are renamed; this one is closed.");

    const QString sourceName = organizationName(t.sourceOrganizationId);
    const QString targetName = organizationName(t.targetOrganizationId);
    if (party == TransferParty::Other) {
        p.hint = m_services.isAdministrator()
            ? tr("The administrator only looks: act as %1's or %2's management account to change this transfer.")
                  .arg(sourceName, targetName)
            : tr("Only the management accounts of %1 and %2 act on this transfer.").arg(sourceName, targetName);
        return p;
    }
    if (!t.inheritedViaTransferId.isEmpty()) {
        p.hint = tr("Inherited through a chain: it follows the transfers it came from; withdraw one of those instead.");
        return p;
    }
    switch (state) {
    case TransferState::Awaiting:
        if (party == TransferParty::Source)
            p.hint = p.accept ? tr("Accept by %1. Billing moves to %2 on %3.")
                                    .arg(transferformat::utcMoment(t.acceptanceDeadline), targetName,
                                         transferformat::date(t.startPeriod.firstDay()))
                              : tr("The acceptance deadline (%1) has passed: the invitation expires.")
                                    .arg(transferformat::utcMoment(t.acceptanceDeadline));
        else
            p.hint = tr("Waiting for %1 to accept or decline by %2. You can cancel until then.")
                         .arg(sourceName, transferformat::utcMoment(t.acceptanceDeadline));
        break;
    case TransferState::Accepted:
    case TransferState::InEffect:
        p.hint = tr("Either side may withdraw; billing then ends at the end of a month you choose.");
        break;
    case TransferState::Withdrawn:
        p.hint
            = tr("Withdrawn: billing returns to %1 on %2. Withdrawal cannot be undone; invite again to continue later.")
                  .arg(sourceName, t.endPeriod ? transferformat::date(t.endPeriod->next().firstDay()) : QString());
        break;
    case TransferState::Ended:
    case TransferState::Declined:
    case TransferState::Canceled:
    case TransferState::Expired:
        p.hint = party == TransferParty::Target
            ? tr("This transfer is closed; its history stays readable. Send a new invitation to start again.")
            : tr("This transfer is closed; its history stays readable.");
        break;
    }
    return p;
}

void TransfersTab::updateActions()
{
    const auto t = selectedTransfer();
    const Permissions p = permissionsFor(t);
    m_accept->setEnabled(p.accept);
    m_decline->setEnabled(p.decline);
    m_cancel->setEnabled(p.cancel);
    m_withdraw->setEnabled(p.withdraw);
    m_rename->setEnabled(p.rename);
    // A disabled button says why (the service's reason); an enabled one what it does.
    m_accept->setToolTip(p.accept ? tr("Accept the invitation: billing moves to the payer on the start date.")
                                  : p.acceptWhy);
    m_decline->setToolTip(p.decline ? tr("Decline the invitation: your organization keeps its own bill.")
                                    : p.declineWhy);
    m_cancel->setToolTip(p.cancel ? tr("Withdraw the invitation before it is answered.") : p.cancelWhy);
    m_withdraw->setToolTip(p.withdraw ? tr("End the transfer at the end of a month you choose.") : p.withdrawWhy);
    m_rename->setToolTip(p.rename ? tr("Change the descriptive name shown on views and invoices.") : p.renameWhy);
    // Buttons that can never apply to this transfer for this account are hidden; the rest explain themselves.
    const QString acting = m_services.actingAccountId();
    const bool source = t && acting == t->sourceManagementAccountId;
    const bool target = t && acting == t->targetManagementAccountId;
    m_accept->setVisible(t && (source || !target));
    m_decline->setVisible(t && (source || !target));
    m_cancel->setVisible(t && (target || !source));
    m_withdraw->setVisible(t.has_value());
    m_rename->setVisible(t.has_value());
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
            m_inbound->rowCount() + m_outbound->rowCount() == 0
                ? tr("<p style='color:#5f6b77'>A billing transfer moves an organization's AWS bill to a payer: the "
                     "payer "
                     "(a management account) sends an invitation, the organization's management account accepts, and "
                     "from the first day of the next month the payer receives and pays the invoices.</p>")
                : tr("<p style='color:#5f6b77'>Select a transfer to see its parties, dates and history.</p>"));
        m_history->clear();
        m_historyTitle->setVisible(false);
        m_history->setVisible(false);
        m_graph->setSelectedTransfer({});
        return;
    }
    m_historyTitle->setVisible(true);
    m_history->setVisible(true);
    const QDateTime now = m_services.now();
    const TransferState state = transferstate::of(*t, now);
    m_detailTitle->setText(t->name);
    m_detailStatus->setPixmap(
        StatusChipDelegate::chipPixmap(t->statusText(now), transferstate::color(state), font(), devicePixelRatioF()));

    const QString acting = m_services.actingAccountId();
    const QString sourceName = organizationName(t->sourceOrganizationId);
    const QString targetName = organizationName(t->targetOrganizationId);
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#5f6b77; padding-right:14px' valign=top>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value);
    };
    auto party = [](const QString &name, const QString &orgId, const QString &account) {
        return QStringLiteral(
                   "<b>%1</b><br><span style='color:#5f6b77'>%2 &middot; management account <tt>%3</tt></span>")
            .arg(name.toHtmlEscaped(), orgId.toHtmlEscaped(), account.toHtmlEscaped());
    };
    if (acting == t->targetManagementAccountId)
        row(tr("Direction"), tr("Inbound: you pay the AWS bill of %1").arg(sourceName.toHtmlEscaped()));
    else if (acting == t->sourceManagementAccountId)
        row(tr("Direction"), tr("Outbound: %1 pays your AWS bill").arg(targetName.toHtmlEscaped()));
    row(tr("Bill source"), party(sourceName, t->sourceOrganizationId, t->sourceManagementAccountId));
    row(tr("Payer (bill transfer)"), party(targetName, t->targetOrganizationId, t->targetManagementAccountId));

    // Effective dates: what finance staff quote.
    QString effective;
    const QString startText = QStringLiteral("%1, 00:00 UTC").arg(transferformat::date(t->startPeriod.firstDay()));
    const QString endText = t->endPeriod
        ? QStringLiteral("%1, 23:59:59 UTC").arg(transferformat::date(t->endPeriod->lastDay()))
        : QString();
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
        effective = (t->endPeriod && *t->endPeriod < t->startPeriod)
            ? tr("Never took effect (withdrawn before its start)")
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
                            .arg(passed ? QStringLiteral("#c62828") : QStringLiteral("#c77c02"),
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
    if (!t->inheritedViaTransferId.isEmpty()) {
        const auto via = m_services.transfers().find(t->inheritedViaTransferId);
        row(tr("Inherited"),
            tr("through %1 (<tt>%2</tt>): a payer further up the chain pays this bill")
                .arg(via ? via->name.toHtmlEscaped() : QString(), t->inheritedViaTransferId.toHtmlEscaped()));
    }
    row(tr("Transfer id"),
        QStringLiteral("<tt>%1</tt> <span style='color:#5f6b77'>&middot; handshake <tt>%2</tt></span>")
            .arg(t->id.toHtmlEscaped(), t->handshakeId.toHtmlEscaped()));
    row(tr("API status"), QStringLiteral("<tt>%1</tt>").arg(transferStatusName(t->status)));
    if (!t->tags.isEmpty()) {
        QStringList tags;
        for (auto it = t->tags.cbegin(); it != t->tags.cend(); ++it)
            tags << QStringLiteral("<span style='background:#eef2f6'>&nbsp;%1=%2&nbsp;</span>")
                        .arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
        row(tr("Tags"), tags.join(QLatin1Char(' ')));
    }
    if (!t->notes.isEmpty())
        row(tr("Message"),
            QStringLiteral("<i>%1</i>")
                .arg(t->notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    html += QStringLiteral("</table>");
    m_detail->setText(html);
    updateHistory(*t);
    m_graph->setSelectedTransfer(t->id);
}

void TransfersTab::updateHistory(const ResponsibilityTransfer &transfer)
{
    const auto history = m_services.transfers().history(transfer.id);
    if (!history) {
        m_history->setText(
            QStringLiteral("<span style='color:#5f6b77'>%1</span>").arg(history.error().message.toHtmlEscaped()));
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
    };
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3 width='100%'>");
    const QList<AuditEntry> entries = history.value();
    for (qsizetype i = entries.size() - 1; i >= 0; --i) { // newest first
        const AuditEntry &e = entries.at(i);
        const QDateTime when = e.clockTime.toUTC();
        const char *title = titles.value(e.action, nullptr);
        QString heading = title ? tr(title) : e.action;
        if (e.effective.isValid())
            heading += QStringLiteral(" <span style='color:#5f6b77; font-weight:normal'>&middot; %1</span>")
                           .arg(tr("takes effect %1").arg(transferformat::date(e.effective.toUTC().date())));
        html += QStringLiteral("<tr><td valign=top style='color:#5f6b77; padding-right:12px; "
                               "white-space:nowrap'><tt>%1<br>%2 UTC</tt></td>"
                               "<td valign=top><b>%3</b> <span style='color:#5f6b77'>&middot; %4</span><br>"
                               "<span style='color:#39424c'>%5</span></td></tr>")
                    .arg(transferformat::date(when.date()), when.time().toString(QStringLiteral("HH:mm")), heading,
                         actorName(e.actor).toHtmlEscaped(), e.details.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (entries.isEmpty())
        html = QStringLiteral("<span style='color:#5f6b77'>%1</span>").arg(tr("No history recorded."));
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
        const TransferState state = transferstate::of(t, now);
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
        if (!selectTransfer(item.entityId))
            m_messages->showInfo(tr("That transfer is not in your lists any more."));
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
        if (main->selectTab(tabs.value(item.entityType, item.entityType)))
            return;
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
    if (!permissionsFor(t).rename) {
        if (sender() == m_rename)
            m_messages->showError(Error::rule(QStringLiteral("ACCESS_DENIED"), tr("You cannot rename this transfer.")));
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

} // namespace bd
