#include "PricingTab.h"

#include "ElidedLabel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "RuleEditor.h"
#include "StatusChipDelegate.h"
#include "TableViews.h"
#include "TwoLineDelegate.h"
#include "charts/MarginChart.h"
#include "commands/PricingCommands.h"
#include "dialogs/PricingDialogs.h"
#include "domain/CostImport.h"
#include "itemmodels/BillingGroupsModel.h"
#include "itemmodels/CustomLineItemsModel.h"
#include "itemmodels/MarginPreviewModel.h"
#include "itemmodels/ModelStyle.h"
#include "itemmodels/PricingFormat.h"
#include "itemmodels/PricingPlansModel.h"
#include "itemmodels/PricingRulesModel.h"
#include "services/DirectoryService.h"
#include "services/ImportService.h"
#include "services/PricingService.h"
#include "services/ProFormaService.h"
#include "services/Services.h"
#include "services/TransferService.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpacerItem>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bd {

namespace {

QString css(const QColor &color)
{
    return color.name();
}

QLabel *sectionTitle(const QString &text, QWidget *parent, const QString &name)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    l->setFont(f);
    return l;
}

QLabel *mutedLabel(const QString &text, QWidget *parent, const QString &name)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
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
    l->setStyleSheet(QStringLiteral("color: %1; padding: 12px; background: %2; border: 1px dashed %3; "
                                    "border-radius: 6px;")
                         .arg(css(style::mutedTextColor()), css(style::panelColor()), css(style::ruleColor())));
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return l;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model, bool sortable = true)
{
    auto *t = new QTableView(parent);
    applyTableStyle(t, name, sortable);
    t->setModel(model);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->setTextElideMode(Qt::ElideRight);
    return t;
}

QPushButton *button(const QString &text, QWidget *parent, const QString &name, const QString &tip = {})
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    if (!tip.isEmpty())
        b->setToolTip(tip);
    return b;
}

// A header whose titles may run on two lines ("Billable\n(what you pay)"): a section is as wide as its widest line,
// not as the title written on one line (which the style measures).
class TwoLineHeader final : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        if (!model())
            return size;
        const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
        if (!text.contains(QLatin1Char('\n')))
            return size;
        const QFontMetrics fm(font());
        int widest = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, fm.horizontalAdvance(line));
        const int oneLine
            = QFontMetrics(font()).horizontalAdvance(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        size.setWidth(std::max(size.width() - oneLine + widest + 4, widest + 12));
        return size;
    }
};

// A table that says what to do when it has no rows (in its viewport, muted), instead of showing a blank box.
class HintTable final : public QTableView
{
public:
    using QTableView::QTableView;
    void setEmptyHint(const QString &hint)
    {
        m_hint = hint;
        viewport()->update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (!model() || model()->rowCount() > 0 || m_hint.isEmpty())
            return;
        QPainter painter(viewport());
        painter.setPen(style::mutedTextColor());
        painter.drawText(viewport()->rect().adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap, m_hint);
    }

private:
    QString m_hint;
};

QString plainOf(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

PricingTab::PricingTab(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_undoStack(undoStack)
    , m_ids(std::make_shared<PricingIds>())
{
    setObjectName(QStringLiteral("pricingTab"));
    createModels();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pricingStack"));
    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->setObjectName(QStringLiteral("pricingSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_pages = new QTabWidget(m_splitter);
    m_pages->setObjectName(QStringLiteral("pricingPages"));
    m_pages->addTab(buildGroupsPage(m_pages), tr("&Billing groups"));
    m_pages->addTab(buildPlansPage(m_pages), tr("Plans and &rules"));
    m_pages->addTab(buildLineItemsPage(m_pages), tr("Custom &line items"));
    m_splitter->addWidget(m_pages);
    m_splitter->addWidget(buildPreviewPane(m_splitter));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    contentLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(content);
    m_stack->addWidget(buildEmptyState(m_stack));
    layout->addWidget(m_stack, 1);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // the preview follows typing once it pauses
    connect(m_previewTimer, &QTimer::timeout, this, &PricingTab::updatePreview);

    restoreSplitters();
    connectSignals();
    m_groupsTable->sortByColumn(-1, Qt::AscendingOrder);
    m_previewTable->sortByColumn(MarginPreviewModel::ProForma, Qt::DescendingOrder);
    afterPlansReload();
    afterGroupsReload();
}

PricingTab::~PricingTab() = default;

// --- Construction --------------------------------------------------------------------------------------------------

void PricingTab::createModels()
{
    m_groups = new BillingGroupsModel(m_services, this);
    m_plans = new PricingPlansModel(m_services, this);
    m_rules = new PricingRulesModel(m_services, this);
    m_lineItems = new CustomLineItemsModel(m_services, this);
    m_preview = new MarginPreviewModel(this);
    m_groupsProxy = sortingProxy(m_groups, BillingGroupsModel::SortRole, this);
    m_plansProxy = sortingProxy(m_plans, PricingPlansModel::SortRole, this);
    m_rulesProxy = sortingProxy(m_rules, PricingRulesModel::SortRole, this);
    m_lineItemsProxy = sortingProxy(m_lineItems, CustomLineItemsModel::SortRole, this);
}

QWidget *PricingTab::buildGroupsPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("pricingGroupsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    m_groupFilter = new QLineEdit(page);
    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_groupFilter->setPlaceholderText(tr("Filter by group, organization or plan..."));
    m_groupFilter->setClearButtonEnabled(true);
    m_groupFilter->setMinimumWidth(120);
    m_addGroup = button(tr("+ &Standard group..."), page, QStringLiteral("addStandardGroupButton"),
                        tr("A billing group of chosen accounts of your own organization, with a plan of its own."));
    m_addGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    top->addWidget(m_groupFilter, 1);
    top->addWidget(m_addGroup);
    layout->addLayout(top);

    m_groupsTable = makeTable(page, QStringLiteral("groupsTable"), m_groupsProxy);
    m_groupsTable->setItemDelegateForColumn(BillingGroupsModel::Name,
                                            new TwoLineDelegate(BillingGroupsModel::SecondaryTextRole, m_groupsTable));
    m_groupsTable->setItemDelegateForColumn(BillingGroupsModel::Status,
                                            new StatusChipDelegate(BillingGroupsModel::StatusColorRole, m_groupsTable));
    m_groupsTable->verticalHeader()->setDefaultSectionSize(TwoLineDelegate::rowHeight(m_groupsTable->font()) + 2);
    fitColumnsToWidth(m_groupsTable, {BillingGroupsModel::Name, BillingGroupsModel::Plan}, BillingGroupsModel::Name,
                      90);
    // The type is in the small print under the name (and in the detail below): the table keeps its room for the rest.
    m_groupsTable->setColumnHidden(BillingGroupsModel::Type, true);
    layout->addWidget(m_groupsTable, 1);
    m_groupsEmpty = emptyLabel(QString(), page, QStringLiteral("groupsEmpty"));
    layout->addWidget(m_groupsEmpty);

    // The selected group: its name and status, what it covers, and its plan (a change applies from the current
    // billing period on).
    m_groupDetail = new QFrame(page);
    m_groupDetail->setObjectName(QStringLiteral("groupDetail"));
    auto *detail = new QVBoxLayout(m_groupDetail);
    detail->setContentsMargins(0, 6, 0, 0);
    detail->setSpacing(4);
    auto *rule = new QFrame(m_groupDetail);
    rule->setFrameShape(QFrame::HLine);
    rule->setStyleSheet(QStringLiteral("color: %1;").arg(css(style::ruleColor())));
    detail->addWidget(rule);
    auto *titleRow = new QHBoxLayout;
    m_groupTitle = new QLabel(m_groupDetail);
    m_groupTitle->setObjectName(QStringLiteral("groupTitle"));
    m_groupTitle->setTextFormat(Qt::PlainText);
    m_groupTitle->setWordWrap(true);
    QFont titleFont = m_groupTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_groupTitle->setFont(titleFont);
    m_groupStatus = new QLabel(m_groupDetail);
    m_groupStatus->setObjectName(QStringLiteral("groupStatus"));
    titleRow->addWidget(m_groupTitle, 1);
    titleRow->addWidget(m_groupStatus, 0, Qt::AlignTop);
    detail->addLayout(titleRow);
    m_groupInfo = new QLabel(m_groupDetail);
    m_groupInfo->setObjectName(QStringLiteral("groupInfo"));
    m_groupInfo->setTextFormat(Qt::RichText);
    m_groupInfo->setWordWrap(true);
    m_groupInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->addWidget(m_groupInfo);
    auto *planRow = new QHBoxLayout;
    auto *planLabel = new QLabel(tr("&Pricing plan:"), m_groupDetail);
    m_groupPlan = new QComboBox(m_groupDetail);
    m_groupPlan->setObjectName(QStringLiteral("groupPlan"));
    m_groupPlan->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupPlan->setToolTip(tr("Choose a plan to preview it on the right; Apply makes it the group's plan."));
    planLabel->setBuddy(m_groupPlan);
    m_applyPlan = button(tr("&Apply"), m_groupDetail, QStringLiteral("applyGroupPlanButton"));
    // The label above the picker: plan names ("Passthrough (AWS-managed)", a payer's own) need the width.
    detail->addWidget(planLabel);
    planRow->addWidget(m_groupPlan, 1);
    planRow->addWidget(m_applyPlan);
    detail->addLayout(planRow);
    m_groupPlanNote = mutedLabel(QString(), m_groupDetail, QStringLiteral("groupPlanNote"));
    m_groupPlanNote->setFont(smallFont(m_groupPlanNote->font()));
    detail->addWidget(m_groupPlanNote);
    layout->addWidget(m_groupDetail);
    return page;
}

QWidget *PricingTab::buildPlansPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("pricingPlansPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 8, 4, 6);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->addWidget(sectionTitle(tr("Pricing plans"), page, QStringLiteral("plansTitle")), 1);
    m_addPlan = button(tr("+ New &plan..."), page, QStringLiteral("addPlanButton"),
                       tr("A custom plan: markups and discounts on public on-demand prices."));
    m_editPlan = button(tr("&Edit..."), page, QStringLiteral("editPlanButton"));
    m_removePlan = button(tr("Remo&ve"), page, QStringLiteral("removePlanButton"));
    top->addWidget(m_addPlan);
    top->addWidget(m_editPlan);
    top->addWidget(m_removePlan);
    layout->addLayout(top);

    m_plansSplitter = new QSplitter(Qt::Vertical, page);
    m_plansSplitter->setObjectName(QStringLiteral("plansSplitter"));
    m_plansSplitter->setChildrenCollapsible(false);
    m_plansTable = makeTable(m_plansSplitter, QStringLiteral("plansTable"), m_plansProxy);
    m_plansTable->setItemDelegateForColumn(PricingPlansModel::Name,
                                           new TwoLineDelegate(PricingPlansModel::SecondaryTextRole, m_plansTable));
    m_plansTable->verticalHeader()->setDefaultSectionSize(TwoLineDelegate::rowHeight(m_plansTable->font()) + 2);
    fitColumnsToWidth(m_plansTable, {PricingPlansModel::Name}, PricingPlansModel::Name, 140);
    m_plansTable->setMinimumHeight(m_plansTable->horizontalHeader()->sizeHint().height()
                                   + 2 * m_plansTable->verticalHeader()->defaultSectionSize() + 4);
    m_plansSplitter->addWidget(m_plansTable);

    m_rulesBox = new QWidget(m_plansSplitter);
    m_rulesBox->setObjectName(QStringLiteral("rulesBox"));
    auto *rules = new QVBoxLayout(m_rulesBox);
    rules->setContentsMargins(0, 4, 0, 0);
    rules->setSpacing(4);
    auto *rulesTop = new QHBoxLayout;
    m_rulesTitle = sectionTitle(QString(), m_rulesBox, QStringLiteral("rulesTitle"));
    m_addRule = button(tr("+ Add r&ule"), m_rulesBox, QStringLiteral("addRuleButton"),
                       tr("A new rule in the selected plan (Ctrl+Shift+R); the preview prices it as you type."));
    m_addRule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_removeRule = button(tr("Remove rule"), m_rulesBox, QStringLiteral("removeRuleButton"));
    rulesTop->addWidget(m_rulesTitle, 1);
    rulesTop->addWidget(m_addRule);
    rulesTop->addWidget(m_removeRule);
    rules->addLayout(rulesTop);
    auto *rulesTable = new HintTable(m_rulesBox);
    applyTableStyle(rulesTable, QStringLiteral("rulesTable"));
    rulesTable->setModel(m_rulesProxy);
    rulesTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    rulesTable->setTextElideMode(Qt::ElideRight);
    rulesTable->setEmptyHint(tr("No rules yet: the plan prices everything at public on-demand. Add a rule, such as a "
                                "10 % discount on one service."));
    m_rulesTable = rulesTable;
    fitColumnsToWidth(m_rulesTable,
                      {PricingRulesModel::Name, PricingRulesModel::Service, PricingRulesModel::UsageType,
                       PricingRulesModel::Operation, PricingRulesModel::BillingEntity},
                      PricingRulesModel::Name, 70);
    m_rulesTable->setMinimumHeight(m_rulesTable->horizontalHeader()->sizeHint().height()
                                   + 2 * m_rulesTable->verticalHeader()->defaultSectionSize() + 4);
    auto *deleteRule = new QAction(tr("Remove rule"), m_rulesTable);
    deleteRule->setShortcut(QKeySequence::Delete);
    deleteRule->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteRule, &QAction::triggered, this, &PricingTab::removeRule);
    m_rulesTable->addAction(deleteRule);
    rules->addWidget(m_rulesTable, 1);
    m_managedNote = emptyLabel(QString(), m_rulesBox, QStringLiteral("managedPlanNote"));
    rules->addWidget(m_managedNote);
    // Under a managed plan's note, the room left stays empty (the table and the editor take it for a custom plan).
    m_rulesSpacer = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Fixed);
    rules->addItem(m_rulesSpacer);
    m_ruleEditor = new RuleEditor(m_services, m_rulesBox);
    rules->addWidget(m_ruleEditor);
    m_plansSplitter->addWidget(m_rulesBox);
    m_plansSplitter->setStretchFactor(0, 1);
    m_plansSplitter->setStretchFactor(1, 3);
    layout->addWidget(m_plansSplitter, 1);
    return page;
}

QWidget *PricingTab::buildLineItemsPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("pricingLineItemsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->setSpacing(6);
    m_lineItemsTitle = sectionTitle(QString(), page, QStringLiteral("lineItemsTitle"));
    m_lineItemsTitle->setWordWrap(true);
    layout->addWidget(m_lineItemsTitle);
    auto *top = new QHBoxLayout;
    m_addLineItem = button(tr("+ &Add item..."), page, QStringLiteral("addLineItemButton"),
                           tr("A fee or a credit on top of the group's pro forma (Ctrl+Shift+L)."));
    m_addLineItem->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_editLineItem = button(tr("Ed&it..."), page, QStringLiteral("editLineItemButton"));
    m_removeLineItem = button(tr("Remo&ve"), page, QStringLiteral("removeLineItemButton"));
    top->addWidget(m_addLineItem);
    top->addWidget(m_editLineItem);
    top->addWidget(m_removeLineItem);
    top->addStretch(1);
    layout->addLayout(top);
    m_lineItemsTable = makeTable(page, QStringLiteral("lineItemsTable"), m_lineItemsProxy);
    m_lineItemsTable->setItemDelegateForColumn(
        CustomLineItemsModel::Type, new StatusChipDelegate(CustomLineItemsModel::TypeColorRole, m_lineItemsTable));
    fitColumnsToWidth(m_lineItemsTable,
                      {CustomLineItemsModel::Charge, CustomLineItemsModel::Name, CustomLineItemsModel::Periods},
                      CustomLineItemsModel::Charge, 90);
    auto *deleteItem = new QAction(tr("Remove custom line item"), m_lineItemsTable);
    deleteItem->setShortcut(QKeySequence::Delete);
    deleteItem->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteItem, &QAction::triggered, this, &PricingTab::removeLineItem);
    m_lineItemsTable->addAction(deleteItem);
    layout->addWidget(m_lineItemsTable, 1);
    m_lineItemsEmpty = emptyLabel(QString(), page, QStringLiteral("lineItemsEmpty"));
    layout->addWidget(m_lineItemsEmpty);
    auto *hint = mutedLabel(tr("Percentages are of the group's pro forma total, which excludes flat items. A change "
                               "applies from the current billing period; closed periods keep their prices."),
                            page, QStringLiteral("lineItemsHint"));
    hint->setFont(smallFont(hint->font()));
    layout->addWidget(hint);
    layout->addStretch(0);
    return page;
}

QWidget *PricingTab::buildPreviewPane(QWidget *parent)
{
    auto *pane = new QWidget(parent);
    pane->setObjectName(QStringLiteral("previewPane"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(10, 2, 0, 0);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(sectionTitle(tr("What-if preview"), pane, QStringLiteral("previewTitle")));
    m_whatIfChip = new QLabel(pane);
    m_whatIfChip->setObjectName(QStringLiteral("whatIfChip"));
    top->addWidget(m_whatIfChip);
    top->addStretch(1);
    auto *monthLabel = new QLabel(tr("&Month:"), pane);
    m_month = new QComboBox(pane);
    m_month->setObjectName(QStringLiteral("previewMonth"));
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    monthLabel->setBuddy(m_month);
    m_saveChart = new QToolButton(pane);
    m_saveChart->setObjectName(QStringLiteral("saveChartButton"));
    m_saveChart->setText(tr("Save chart..."));
    m_saveChart->setToolTip(tr("Save the chart as a PNG picture."));
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addWidget(m_saveChart);
    layout->addLayout(top);
    m_previewStatus = new ElidedLabel(2, pane);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setStyleSheet(QStringLiteral("color: %1;").arg(css(style::mutedTextColor())));
    layout->addWidget(m_previewStatus);

    // The figures that matter, as cards in the colours the table and the chart use.
    auto *cards = new QHBoxLayout;
    cards->setSpacing(6);
    auto makeCard = [&](Kpi &kpi, const QString &name, const QString &caption, const QColor &color) {
        kpi.card = new QFrame(pane);
        kpi.card->setObjectName(name);
        kpi.card->setStyleSheet(QStringLiteral("#%1 { background: %2; border: 1px solid %3; border-left: 4px solid %4; "
                                               "border-radius: 4px; }")
                                    .arg(name, css(style::panelColor()), css(style::ruleColor()), css(color)));
        auto *v = new QVBoxLayout(kpi.card);
        v->setContentsMargins(8, 4, 6, 4);
        v->setSpacing(0);
        kpi.caption = new QLabel(caption, kpi.card);
        kpi.caption->setObjectName(name + QStringLiteral("Caption"));
        kpi.caption->setWordWrap(true);
        kpi.caption->setTextFormat(Qt::PlainText);
        kpi.caption->setFont(smallFont(font()));
        kpi.caption->setStyleSheet(QStringLiteral("color: %1; border: none;").arg(css(style::mutedTextColor())));
        kpi.value = new QLabel(kpi.card);
        kpi.value->setObjectName(name + QStringLiteral("Value"));
        kpi.value->setTextFormat(Qt::PlainText);
        QFont big = style::tabularFont();
        big.setBold(true);
        big.setPointSizeF(font().pointSizeF() * 1.15);
        kpi.value->setFont(big);
        kpi.value->setStyleSheet(QStringLiteral("border: none;"));
        kpi.delta = new QLabel(kpi.card);
        kpi.delta->setObjectName(name + QStringLiteral("Delta"));
        kpi.delta->setTextFormat(Qt::PlainText);
        kpi.delta->setFont(smallFont(font()));
        kpi.delta->setStyleSheet(QStringLiteral("border: none;"));
        v->addWidget(kpi.caption);
        v->addWidget(kpi.value);
        v->addWidget(kpi.delta);
        v->addStretch(1);
        cards->addWidget(kpi.card, 1);
    };
    makeCard(m_kpiBillable, QStringLiteral("kpiBillable"), tr("Billable (what you pay)"), style::billableColor());
    makeCard(m_kpiProForma, QStringLiteral("kpiProForma"), tr("Pro forma (what the customer sees)"),
             style::proFormaColor());
    makeCard(m_kpiMargin, QStringLiteral("kpiMargin"), tr("Margin"), style::marginColor());
    makeCard(m_kpiPercent, QStringLiteral("kpiMarginPercent"), tr("Margin %"), style::marginColor());
    layout->addLayout(cards);

    m_previewSplitter = new QSplitter(Qt::Vertical, pane);
    m_previewSplitter->setObjectName(QStringLiteral("previewSplitter"));
    m_previewSplitter->setChildrenCollapsible(false);
    m_previewTable = makeTable(m_previewSplitter, QStringLiteral("previewTable"), m_preview);
    m_previewTable->setHorizontalHeader(new TwoLineHeader(Qt::Horizontal, m_previewTable));
    // Two-line titles in a slightly smaller type: the five columns fit the preview's half of a 1024 px window.
    m_previewTable->horizontalHeader()->setFont(smallFont(m_previewTable->font()));
    m_previewTable->horizontalHeader()->setHighlightSections(false);
    m_previewTable->horizontalHeader()->setSectionsClickable(true);
    m_previewTable->horizontalHeader()->setSortIndicatorShown(true);
    m_previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_previewTable->setMinimumHeight(90);
    fitColumnsToWidth(m_previewTable, {MarginPreviewModel::Service}, MarginPreviewModel::Service, 72);
    m_previewSplitter->addWidget(m_previewTable);

    auto *explainBox = new QWidget(m_previewSplitter);
    explainBox->setObjectName(QStringLiteral("explainBox"));
    auto *explainLayout = new QVBoxLayout(explainBox);
    explainLayout->setContentsMargins(0, 4, 0, 0);
    explainLayout->setSpacing(2);
    m_explainTitle = sectionTitle(tr("Why this price"), explainBox, QStringLiteral("explainTitle"));
    explainLayout->addWidget(m_explainTitle);
    auto *explainScroll = new QScrollArea(explainBox);
    explainScroll->setObjectName(QStringLiteral("explainScroll"));
    explainScroll->setWidgetResizable(true);
    explainScroll->setFrameShape(QFrame::NoFrame);
    explainScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_explanation = new QLabel(explainScroll);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMinimumWidth(160);
    explainScroll->setWidget(m_explanation);
    explainLayout->addWidget(explainScroll, 1);
    explainBox->setMinimumHeight(70);
    m_previewSplitter->addWidget(explainBox);

    m_chart = new MarginChart(m_previewSplitter);
    m_previewSplitter->addWidget(m_chart);
    m_previewSplitter->setStretchFactor(0, 3);
    m_previewSplitter->setStretchFactor(1, 2);
    m_previewSplitter->setStretchFactor(2, 4);
    layout->addWidget(m_previewSplitter, 1);
    return pane;
}

QWidget *PricingTab::buildEmptyState(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("pricingEmptyState"));
    // A card in the middle three fifths of the width: a grid gives the text a width first and then the height its
    // lines need (a box layout's alignment would leave a wrapped label its one-line height).
    auto *layout = new QGridLayout(page);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 2);
    auto *card = new QFrame(page);
    card->setObjectName(QStringLiteral("pricingEmptyCard"));
    card->setStyleSheet(
        QStringLiteral("#pricingEmptyCard { background: %1; border: 1px solid %2; border-radius: 8px; }")
            .arg(css(style::panelColor()), css(style::ruleColor())));
    auto *cardLayout = new QGridLayout(card);
    cardLayout->setContentsMargins(28, 22, 28, 22);
    cardLayout->setVerticalSpacing(10);
    m_emptyTitle = new QLabel(card);
    m_emptyTitle->setObjectName(QStringLiteral("pricingEmptyTitle"));
    m_emptyTitle->setTextFormat(Qt::PlainText);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    QFont f = m_emptyTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_emptyTitle->setFont(f);
    m_emptyText = new QLabel(card);
    m_emptyText->setObjectName(QStringLiteral("pricingEmptyText"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setStyleSheet(QStringLiteral("color: %1;").arg(css(style::mutedTextColor())));
    cardLayout->addWidget(m_emptyTitle, 0, 0);
    cardLayout->addWidget(m_emptyText, 1, 0);
    layout->addWidget(card, 1, 1);
    return page;
}

void PricingTab::restoreSplitters()
{
    QSettings settings;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("pricingTab/splitter")).toByteArray()))
        m_splitter->setSizes({560, 760}); // the preview is what the tab is for: it gets the larger half
    if (!m_previewSplitter->restoreState(settings.value(QStringLiteral("pricingTab/preview")).toByteArray()))
        m_previewSplitter->setSizes({220, 120, 300});
    if (!m_plansSplitter->restoreState(settings.value(QStringLiteral("pricingTab/plans")).toByteArray()))
        m_plansSplitter->setSizes({150, 400});
    const auto remember = [this](QSplitter *s, const QString &key) {
        connect(s, &QSplitter::splitterMoved, this, [s, key] { QSettings().setValue(key, s->saveState()); });
    };
    remember(m_splitter, QStringLiteral("pricingTab/splitter"));
    remember(m_previewSplitter, QStringLiteral("pricingTab/preview"));
    remember(m_plansSplitter, QStringLiteral("pricingTab/plans"));
}

void PricingTab::connectSignals()
{
    connect(m_groups, &QAbstractItemModel::modelReset, this, &PricingTab::afterGroupsReload);
    connect(m_plans, &QAbstractItemModel::modelReset, this, &PricingTab::afterPlansReload);
    connect(m_rules, &QAbstractItemModel::modelReset, this, &PricingTab::afterRulesReload);
    connect(m_lineItems, &QAbstractItemModel::modelReset, this, &PricingTab::afterLineItemsReload);
    connect(m_groupFilter, &QLineEdit::textChanged, m_groupsProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_groupsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PricingTab::onGroupSelected);
    connect(m_plansTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PricingTab::onPlanSelected);
    connect(m_rulesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PricingTab::onRuleSelected);
    connect(m_lineItemsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex i = m_lineItemsTable->currentIndex();
        if (!m_restoring)
            m_lineItemId = i.isValid() ? i.data(CustomLineItemsModel::IdRole).toString() : QString();
        updateLineItemActions();
    });
    connect(m_previewTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex i = m_previewTable->currentIndex();
        if (m_restoring || !i.isValid())
            return;
        m_explainService = i.data(MarginPreviewModel::ServiceRole).toString();
        m_explainTotal = i.data(MarginPreviewModel::TotalRowRole).toBool();
        updateExplanation();
    });
    connect(m_addGroup, &QPushButton::clicked, this, &PricingTab::addStandardGroup);
    connect(m_groupPlan, &QComboBox::currentIndexChanged, this, [this] {
        if (m_restoring)
            return;
        m_candidatePlan = m_groupPlan->currentData().toString();
        updateGroupDetail();
        schedulePreview();
    });
    connect(m_applyPlan, &QPushButton::clicked, this, &PricingTab::applyGroupPlan);
    connect(m_addPlan, &QPushButton::clicked, this, &PricingTab::addPlan);
    connect(m_editPlan, &QPushButton::clicked, this, &PricingTab::editPlan);
    connect(m_plansTable, &QTableView::doubleClicked, this, &PricingTab::editPlan);
    connect(m_removePlan, &QPushButton::clicked, this, &PricingTab::removePlan);
    connect(m_addRule, &QPushButton::clicked, this, &PricingTab::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &PricingTab::removeRule);
    connect(m_ruleEditor, &RuleEditor::saveRequested, this, &PricingTab::saveRule);
    connect(m_ruleEditor, &RuleEditor::draftChanged, this, &PricingTab::schedulePreview);
    connect(m_addLineItem, &QPushButton::clicked, this, &PricingTab::addLineItem);
    connect(m_editLineItem, &QPushButton::clicked, this, &PricingTab::editLineItem);
    connect(m_lineItemsTable, &QTableView::doubleClicked, this, &PricingTab::editLineItem);
    connect(m_removeLineItem, &QPushButton::clicked, this, &PricingTab::removeLineItem);
    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_restoring)
            updatePreview();
    });
    connect(m_saveChart, &QToolButton::clicked, this, &PricingTab::saveChart);
    // Cost data arrived or went: the months with data and the figures change.
    connect(&m_services.imports(), &ImportService::importsChanged, this, [this] {
        fillMonths();
        schedulePreview();
    });
    connect(&m_services, &Services::actingAccountChanged, this, [this] {
        m_messages->clear();
        m_ruleEditor->clearRule();
    });
}

// --- Access and reloads --------------------------------------------------------------------------------------------

void PricingTab::updateAccess()
{
    const std::optional<Error> &groupsError = m_groups->error();
    const std::optional<Error> &plansError = m_plans->error();
    std::optional<Error> denied;
    if (groupsError && groupsError->code == PricingReasons::AccessDenied)
        denied = groupsError;
    else if (plansError && plansError->code == PricingReasons::AccessDenied)
        denied = plansError;
    const bool billSource = m_services.isBillSourceContext();
    if (denied || (billSource && (groupsError || plansError))) {
        // Nothing of the payer's pricing, not even a figure left over from another acting account.
        m_stack->setCurrentIndex(1);
        m_preview->clear();
        m_saved.reset();
        m_shown.reset();
        m_chart->setData(QString(), {}, true);
        m_explanation->clear();
        if (billSource) {
            QString payer;
            if (auto outbound = m_services.transfers().outbound(m_services.actingAccountId())) {
                const QDateTime now = m_services.now();
                for (const ResponsibilityTransfer &t : *outbound)
                    if (t.inEffectAt(now) && !t.isInherited())
                        if (const auto org = m_services.directory().organization(t.targetOrganizationId))
                            payer = org->name;
            }
            m_emptyTitle->setText(tr("Pricing is set by your payer"));
            m_emptyText->setText(
                (payer.isEmpty() ? tr("Another organization pays your organization's AWS bill and sets the prices you "
                                      "see.")
                                 : tr("%1 pays your organization's AWS bill and sets the prices you see.").arg(payer))
                + QLatin1Char(' ')
                + tr("Its pricing plans, what it pays AWS (billable amounts) and its margin are its own, so this tab "
                     "shows none of them. Your organization's costs at the prices it sets are on the Cost data "
                     "tab.")
                + QStringLiteral("\n\n")
                + tr("To configure pricing, act as a payer's management account (\"Acting as\" above).")
                + QStringLiteral("\n(%1)").arg(denied ? denied->code : PricingReasons::AccessDenied));
        } else {
            m_emptyTitle->setText(tr("Pricing is not available to this account"));
            m_emptyText->setText(denied->message + QStringLiteral("\n\n")
                                 + tr("Billing groups and pricing plans are configured by the management account of a "
                                      "payer: choose one under \"Acting as\" above.")
                                 + QStringLiteral("\n(%1)").arg(denied->code));
        }
        return;
    }
    m_stack->setCurrentIndex(0);
    if (groupsError)
        m_messages->showError(*groupsError);
    else if (plansError)
        m_messages->showError(*plansError);
}

bool PricingTab::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

QString PricingTab::emptyStateText() const
{
    return isShowingEmptyState() ? m_emptyTitle->text() + QLatin1Char('\n') + m_emptyText->text() : QString();
}

void PricingTab::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

void PricingTab::afterGroupsReload()
{
    updateAccess();
    m_restoring = true;
    QString keep = m_ids->resolve(m_groupId);
    int row = m_groups->rowOf(keep);
    if (row < 0 && m_groupsProxy->rowCount() > 0) {
        // The first active group, else the first one.
        row = m_groupsProxy->mapToSource(m_groupsProxy->index(0, 0)).row();
        for (int r = 0; r < m_groupsProxy->rowCount(); ++r) {
            const int source = m_groupsProxy->mapToSource(m_groupsProxy->index(r, 0)).row();
            if (m_groups->groupAt(source).group.status == BillingGroupStatus::Active) {
                row = source;
                break;
            }
        }
    }
    if (row >= 0) {
        const QModelIndex index = m_groupsProxy->mapFromSource(m_groups->index(row, 0));
        m_groupsTable->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_groupId = m_groups->groupAt(row).group.id;
    } else {
        m_groupId.clear();
    }
    m_restoring = false;
    const bool any = m_groups->rowCount() > 0;
    m_groupsTable->setVisible(any);
    m_groupsEmpty->setVisible(!any);
    m_groupsEmpty->setText(
        m_services.isAdministrator()
            ? tr("No billing groups yet. A transfer billing group is created with each invitation a payer sends.")
            : tr("No billing groups yet. Each organization whose bill you pay gets a transfer billing group when you "
                 "invite it; a standard group prices chosen accounts of your own organization."));
    const bool canAdd = !m_services.isAdministrator()
        && m_services.directory().organizationManagedBy(m_services.actingAccountId()).has_value();
    m_addGroup->setEnabled(canAdd);
    m_addGroup->setToolTip(canAdd ? tr("A billing group of chosen accounts of your own organization, with a plan of "
                                       "its own.")
                                  : tr("A payer's management account adds standard groups: choose one under \"Acting "
                                       "as\"."));
    onGroupSelected();
}

void PricingTab::afterPlansReload()
{
    updateAccess();
    m_restoring = true;
    int row = m_plans->rowOf(m_ids->resolve(m_planId));
    if (row < 0 && m_plans->rowCount() > 0) {
        row = 0; // the first custom plan, else Basic
        for (int r = 0; r < m_plans->rowCount(); ++r)
            if (!m_plans->planAt(r).managed) {
                row = r;
                break;
            }
    }
    if (row >= 0) {
        m_plansTable->selectionModel()->setCurrentIndex(m_plansProxy->mapFromSource(m_plans->index(row, 0)),
                                                        QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
    }
    m_restoring = false;
    const QString before = m_planId;
    m_planId = row >= 0 ? m_plans->planAt(row).id : QString();
    fillGroupPlans();
    if (m_planId != before || m_rules->plan() != m_planId)
        onPlanSelected();
    else
        updatePlanDetail();
}

void PricingTab::afterRulesReload()
{
    // Keep the rule being edited: the stored one again when it has no unsaved change, the draft otherwise.
    m_restoring = true;
    const QString keep = m_ids->resolve(m_ruleId);
    const int row = m_rules->rowOf(keep);
    if (row >= 0)
        m_rulesTable->selectionModel()->setCurrentIndex(m_rulesProxy->mapFromSource(m_rules->index(row, 0)),
                                                        QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
    else
        m_rulesTable->selectionModel()->clearSelection();
    m_restoring = false;
    if (row >= 0) {
        m_ruleId = keep;
        if (!m_ruleEditor->isDirty() || m_ruleEditor->original().id != keep)
            m_ruleEditor->editRule(m_rules->ruleAt(row));
    } else if (!m_ruleEditor->isNew()) {
        m_ruleId.clear();
        m_ruleEditor->clearRule();
    }
    updatePlanDetail();
    schedulePreview();
}

void PricingTab::afterLineItemsReload()
{
    m_restoring = true;
    const int row = m_lineItems->rowOf(m_ids->resolve(m_lineItemId));
    if (row >= 0)
        m_lineItemsTable->selectionModel()->setCurrentIndex(m_lineItemsProxy->mapFromSource(m_lineItems->index(row, 0)),
                                                            QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
    m_restoring = false;
    m_lineItemId = row >= 0 ? m_lineItems->itemAt(row).id : QString();
    updateLineItemActions();
    schedulePreview();
}

// --- Selection -----------------------------------------------------------------------------------------------------

std::optional<BillingGroupPricing> PricingTab::selectedGroup() const
{
    const int row = m_groups->rowOf(m_groupId);
    if (row < 0)
        return std::nullopt;
    return m_groups->groupAt(row);
}

std::optional<PricingPlan> PricingTab::selectedPlan() const
{
    const int row = m_plans->rowOf(m_planId);
    if (row < 0)
        return std::nullopt;
    return m_plans->planAt(row);
}

bool PricingTab::selectGroup(const QString &groupId)
{
    const int row = m_groups->rowOf(m_ids->resolve(groupId));
    if (row < 0)
        return false;
    QModelIndex index = m_groupsProxy->mapFromSource(m_groups->index(row, 0));
    if (!index.isValid()) {
        m_groupFilter->clear();
        index = m_groupsProxy->mapFromSource(m_groups->index(row, 0));
    }
    m_groupsTable->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_groupsTable->scrollTo(index);
    if (m_groupId != m_groups->groupAt(row).group.id)
        onGroupSelected(); // the row was current already (a reload kept it): follow it all the same
    return true;
}

bool PricingTab::selectPlan(const QString &planIdOrName)
{
    const int row = m_plans->rowOf(m_ids->resolve(planIdOrName));
    if (row < 0)
        return false;
    m_plansTable->selectionModel()->setCurrentIndex(m_plansProxy->mapFromSource(m_plans->index(row, 0)),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (m_planId != m_plans->planAt(row).id)
        onPlanSelected();
    return m_planId == m_plans->planAt(row).id;
}

QString PricingTab::selectedRuleId() const
{
    return m_ruleId;
}

bool PricingTab::selectRule(const QString &ruleId)
{
    const int row = m_rules->rowOf(m_ids->resolve(ruleId));
    if (row < 0)
        return false;
    m_rulesTable->selectionModel()->setCurrentIndex(m_rulesProxy->mapFromSource(m_rules->index(row, 0)),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!m_ruleEditor->hasRule() || m_ruleEditor->original().id != m_rules->ruleAt(row).id)
        onRuleSelected();
    return m_ruleEditor->original().id == m_rules->ruleAt(row).id;
}

QString PricingTab::selectedLineItemId() const
{
    return m_lineItemId;
}

bool PricingTab::selectLineItem(const QString &id)
{
    const int row = m_lineItems->rowOf(m_ids->resolve(id));
    if (row < 0)
        return false;
    m_lineItemsTable->selectionModel()->setCurrentIndex(m_lineItemsProxy->mapFromSource(m_lineItems->index(row, 0)),
                                                        QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
    m_lineItemId = m_lineItems->itemAt(row).id;
    updateLineItemActions();
    return true;
}

void PricingTab::onGroupSelected()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_groupsTable->currentIndex();
    const QString id = current.isValid() ? current.data(BillingGroupsModel::IdRole).toString() : QString();
    const bool changed = id != m_groupId || m_lineItems->group() != id;
    m_groupId = id;
    if (changed) {
        m_lineItemId.clear();
        m_explainService.clear(); // another group: explain its largest service first
        m_explainTotal = false;
        m_lineItems->setGroup(id);
        fillMonths();
    }
    fillGroupPlans();
    updateGroupDetail();
    updateLineItemActions();
    updatePreview();
}

void PricingTab::onPlanSelected()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_plansTable->currentIndex();
    const QString id = current.isValid() ? current.data(PricingPlansModel::IdRole).toString() : QString();
    if (m_ruleEditor->isDirty() && id != m_ruleEditor->planId() && !confirmDiscardDraft()) {
        // Stay on the plan of the draft.
        selectPlan(m_ruleEditor->planId());
        return;
    }
    m_planId = id;
    m_ruleId.clear();
    const auto plan = selectedPlan();
    m_ruleEditor->setPlan(plan.value_or(PricingPlan()));
    m_rules->setPlan(plan && !plan->managed ? plan->id : QString());
    updatePlanDetail();
    schedulePreview();
}

void PricingTab::onRuleSelected()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_rulesTable->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(PricingRulesModel::IdRole).toString();
    if (id == m_ruleEditor->original().id && m_ruleEditor->hasRule())
        return;
    if (m_ruleEditor->isDirty() && !confirmDiscardDraft()) {
        m_restoring = true;
        const int keep = m_rules->rowOf(m_ruleEditor->original().id);
        if (keep >= 0)
            m_rulesTable->selectionModel()->setCurrentIndex(m_rulesProxy->mapFromSource(m_rules->index(keep, 0)),
                                                            QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
        else
            m_rulesTable->selectionModel()->clearSelection();
        m_restoring = false;
        return;
    }
    m_ruleId = id;
    const int row = m_rules->rowOf(id);
    if (row >= 0)
        m_ruleEditor->editRule(m_rules->ruleAt(row));
    updatePlanDetail();
    schedulePreview();
}

bool PricingTab::confirmDiscardDraft()
{
    const PricingRule draft = m_ruleEditor->draft();
    const QString name = draft.name.isEmpty() ? tr("the new rule") : QStringLiteral("\"%1\"").arg(draft.name);
    return MessageBox::confirm(
        this, tr("Unsaved rule"),
        tr("Discard your unsaved change to %1? The preview goes back to the saved pricing.").arg(name), tr("Discard"));
}

// --- Details -------------------------------------------------------------------------------------------------------

void PricingTab::fillGroupPlans()
{
    const auto group = selectedGroup();
    m_restoring = true;
    const QString groupBefore = m_groupPlan->property("groupId").toString();
    m_groupPlan->clear();
    for (int r = 0; r < m_plans->rowCount(); ++r) {
        const PricingPlan &p = m_plans->planAt(r);
        const QString label = pricingformat::planLabel(p.name);
        m_groupPlan->addItem(label, p.name);
        const int i = m_groupPlan->count() - 1;
        m_groupPlan->setItemData(i, p.description.isEmpty() ? label : p.description, Qt::ToolTipRole);
        if (group && (group->group.pricingPlan == p.name || group->group.pricingPlan == p.id)) {
            // The group's own plan, in bold in the list.
            QFont bold = m_groupPlan->font();
            bold.setBold(true);
            m_groupPlan->setItemData(i, bold, Qt::FontRole);
            m_groupPlan->setItemData(i, tr("%1 (the group's plan now)").arg(label), Qt::ToolTipRole);
        }
        if (p.isPassthrough() && group && group->group.type == BillingGroupType::Standard) {
            // Passthrough is only for transfer billing groups (DOMAIN.md): not offered to a standard group.
            if (auto *model = qobject_cast<QStandardItemModel *>(m_groupPlan->model()))
                if (QStandardItem *item = model->item(i)) {
                    item->setEnabled(false);
                    item->setToolTip(tr("Passthrough is only for transfer billing groups."));
                }
        }
    }
    // The group's own plan, unless the person is trying another one for the same group (chosen, not applied).
    if (!group || groupBefore != group->group.id || m_candidatePlan == group->group.pricingPlan)
        m_candidatePlan.clear();
    QString want = group ? group->group.pricingPlan : QString();
    if (!m_candidatePlan.isEmpty())
        want = m_candidatePlan;
    int index = m_groupPlan->findData(want);
    if (index < 0 && group)
        for (int r = 0; r < m_plans->rowCount(); ++r)
            if (m_plans->planAt(r).id == group->group.pricingPlan)
                index = m_groupPlan->findData(m_plans->planAt(r).name);
    if (index < 0 && group && group->group.pricingPlan.isEmpty()) {
        m_groupPlan->insertItem(0, pricingformat::planLabel(QString()), QString());
        index = 0;
    }
    m_groupPlan->setCurrentIndex(std::max(index, 0));
    m_groupPlan->setProperty("groupId", group ? group->group.id : QString());
    m_restoring = false;
}

QString PricingTab::commandGroupName() const
{
    const auto group = selectedGroup();
    return group ? group->group.name : QString();
}

void PricingTab::updateGroupDetail()
{
    const auto group = selectedGroup();
    m_groupDetail->setVisible(group.has_value());
    m_pages->setTabEnabled(LineItemsPage, group.has_value());
    if (!group) {
        m_applyPlan->setEnabled(false);
        return;
    }
    const BillingGroup &g = group->group;
    m_groupTitle->setText(g.name);
    m_groupStatus->setPixmap(StatusChipDelegate::chipPixmap(pricingformat::groupStatusLabel(g.status),
                                                            pricingformat::groupStatusColor(g.status), font(),
                                                            devicePixelRatioF()));
    m_groupStatus->setToolTip(pricingformat::groupStatusLabel(g.status));
    const QString muted = css(style::mutedTextColor());
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=2>");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:%1; padding-right:10px' valign=top>%2</td><td>%3</td></tr>")
                    .arg(muted, label.toHtmlEscaped(), value);
    };
    row(tr("Type"),
        g.type == BillingGroupType::TransferBilling
            ? tr("Transfer billing: every account of %1").arg(group->organizationName.toHtmlEscaped())
            : tr("Standard: %n chosen account(s) of %1", nullptr, int(group->accountIds.size()))
                  .arg(group->organizationName.toHtmlEscaped()));
    row(tr("Primary account"), QStringLiteral("<tt>%1</tt>").arg(g.primaryAccountId.toHtmlEscaped()));
    if (g.status == BillingGroupStatus::Active && g.activatedAt.isValid())
        row(tr("Active since"), QLocale().toString(g.activatedAt.toUTC().date(), QStringLiteral("d MMM yyyy")));
    html += QStringLiteral("</table>");
    m_groupInfo->setText(html);

    const QString candidate = m_groupPlan->currentData().toString();
    const bool differs = candidate != g.pricingPlan && !candidate.isEmpty();
    const BillingPeriod current = m_services.pricing().currentPeriod();
    m_applyPlan->setEnabled(differs);
    m_applyPlan->setText(tr("&Apply"));
    m_applyPlan->setToolTip(differs
                                ? tr("Make %1 the plan of %2 from %3 on.")
                                      .arg(pricingformat::planLabel(candidate), g.name, pricingformat::period(current))
                                : tr("Choose another plan to preview it; Apply makes it the group's plan."));
    m_groupPlanNote->setText(
        differs ? tr("Previewing %1 on the right. Applied, it prices %2 from %3, the current billing period; closed "
                     "periods keep the prices they were computed with.")
                      .arg(pricingformat::planLabel(candidate), g.name, pricingformat::period(current))
                : tr("A plan change applies from %1, the current billing period; closed periods keep the prices they "
                     "were computed with.")
                      .arg(pricingformat::period(current)));
}

void PricingTab::updatePlanDetail()
{
    const auto plan = selectedPlan();
    const bool custom = plan && !plan->managed;
    const int used = plan ? m_plans->usedBy(m_plans->rowOf(plan->id)) : 0;
    m_editPlan->setEnabled(custom);
    m_removePlan->setEnabled(custom && used == 0);
    m_editPlan->setToolTip(custom ? tr("Rename the plan or change its description.")
                                  : tr("An AWS-managed plan cannot be changed."));
    m_removePlan->setToolTip(!custom ? tr("An AWS-managed plan cannot be removed.")
                                 : used
                                 ? tr("%n billing group(s) use this plan: give them another plan first.", nullptr, used)
                                 : tr("Remove the plan and its rules (Edit > Undo brings them back)."));
    m_rulesTitle->setText(plan ? tr("Rules of %1").arg(pricingformat::planLabel(plan->name)) : tr("Rules"));
    m_addRule->setVisible(custom);
    m_removeRule->setVisible(custom);
    m_addRule->setEnabled(custom);
    const bool ruleSelected = custom && !m_ruleId.isEmpty() && m_rules->rowOf(m_ruleId) >= 0;
    m_removeRule->setEnabled(ruleSelected);
    m_rulesTable->setVisible(custom);
    m_ruleEditor->setVisible(custom);
    m_managedNote->setVisible(!custom);
    m_rulesSpacer->changeSize(0, 0, QSizePolicy::Minimum, custom ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    m_rulesBox->layout()->invalidate();
    if (!plan)
        m_managedNote->setText(tr("No pricing plan selected."));
    else if (plan->isBasic())
        m_managedNote->setText(tr("%1\n\nAWS-managed and read-only. Create a custom plan to set markups or discounts.")
                                   .arg(plan->description.isEmpty()
                                            ? tr("Public on-demand prices, without non-public discounts, credits, "
                                                 "taxes or support.")
                                            : plan->description));
    else if (plan->isPassthrough())
        m_managedNote->setText(tr("%1\n\nAWS-managed and read-only; only for transfer billing groups.")
                                   .arg(plan->description.isEmpty()
                                            ? tr("The customer sees the billable data as it is.")
                                            : plan->description));
    else
        m_managedNote->setText(plan->description);
}

void PricingTab::updateLineItemActions()
{
    const auto group = selectedGroup();
    m_lineItemsTitle->setText(group ? tr("Custom line items of %1").arg(group->group.name) : tr("Custom line items"));
    const bool selected = !m_lineItemId.isEmpty() && m_lineItems->rowOf(m_lineItemId) >= 0;
    m_addLineItem->setEnabled(group.has_value());
    m_editLineItem->setEnabled(selected);
    m_removeLineItem->setEnabled(selected);
    const bool any = m_lineItems->rowCount() > 0;
    m_lineItemsTable->setVisible(any);
    m_lineItemsEmpty->setVisible(!any);
    if (const auto &e = m_lineItems->error())
        m_lineItemsEmpty->setText(e->message);
    else
        m_lineItemsEmpty->setText(
            group ? tr("%1 has no custom line items. Add a support fee, a managed-service fee or a credit you hand on.")
                        .arg(group->group.name)
                  : tr("Select a billing group."));
}

// --- Months --------------------------------------------------------------------------------------------------------

void PricingTab::fillMonths()
{
    // The current billing period and the twelve before it; the months with cost data for the group's organization
    // are marked, and the latest of them is the default (the current month often has no data yet).
    const auto group = selectedGroup();
    const BillingPeriod current = m_services.pricing().currentPeriod();
    QSet<int> withData;
    if (group) {
        CostQuery query;
        query.view = CostView::Billable;
        query.organizationId = group->group.organizationId;
        query.groupBy = {CostDimension::Period};
        if (auto totals = m_services.imports().costTotals(query))
            for (const CostTotal &t : *totals)
                if (const auto p = BillingPeriod::fromString(t.keys.value(0)); p && t.rows > 0)
                    withData.insert(p->index());
    }
    const BillingPeriod keep = previewPeriod();
    m_restoring = true;
    m_month->clear();
    int latest = -1;
    for (int i = 0; i <= 12; ++i) {
        const BillingPeriod p = current.addMonths(-i);
        const bool data = withData.contains(p.index());
        QString text = pricingformat::period(p);
        if (i == 0)
            text = tr("%1 (current)").arg(text);
        m_month->addItem(text, p.index());
        const int index = m_month->count() - 1;
        if (!data) {
            m_month->setItemData(index, style::mutedTextColor(), Qt::ForegroundRole);
            m_month->setItemData(index, tr("No cost data for %1 yet.").arg(pricingformat::period(p)), Qt::ToolTipRole);
        } else {
            m_month->setItemData(index,
                                 i == 0 ? tr("The current billing period: changes apply from here.")
                                        : tr("A closed period: it keeps the prices it was computed with; an "
                                             "edit shows here as a what-if only."),
                                 Qt::ToolTipRole);
            if (latest < 0)
                latest = index;
        }
    }
    int index = keep.isValid() ? m_month->findData(keep.index()) : -1;
    if (index < 0 || m_month->property("groupId").toString() != m_groupId)
        index = latest >= 0 ? latest : 0;
    m_month->setCurrentIndex(index);
    m_month->setProperty("groupId", m_groupId);
    m_restoring = false;
}

BillingPeriod PricingTab::previewPeriod() const
{
    const QVariant data = m_month->currentData();
    return data.isValid() ? BillingPeriod::fromIndex(data.toInt()) : BillingPeriod();
}

void PricingTab::setPreviewPeriod(const BillingPeriod &period)
{
    const int index = m_month->findData(period.index());
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

void PricingTab::setCandidatePlan(const QString &planIdOrName)
{
    int index = m_groupPlan->findData(planIdOrName);
    if (index < 0)
        for (int r = 0; r < m_plans->rowCount(); ++r)
            if (m_plans->planAt(r).id == planIdOrName)
                index = m_groupPlan->findData(m_plans->planAt(r).name);
    if (index >= 0)
        m_groupPlan->setCurrentIndex(index);
}

// --- The preview ---------------------------------------------------------------------------------------------------

void PricingTab::schedulePreview()
{
    m_previewTimer->start();
}

void PricingTab::refreshPreviewNow()
{
    m_previewTimer->stop();
    updatePreview();
}

bool PricingTab::isPreviewWhatIf() const
{
    return !m_whatIfWhy.isEmpty();
}

std::optional<PricingPlan> PricingTab::planForPreview(QString *why) const
{
    // 1. A rule being edited (valid, not saved): its plan with the edit in place.
    const auto group = selectedGroup();
    if (!group)
        return std::nullopt;
    if (m_ruleEditor->hasRule() && m_ruleEditor->isDirty() && m_ruleEditor->isValid()
        && !m_ruleEditor->planId().isEmpty()) {
        auto plan = m_services.pricing().plan(m_ruleEditor->planId());
        if (plan) {
            PricingPlan edited = *plan;
            const PricingRule draft = m_ruleEditor->draft();
            bool replaced = false;
            for (PricingRule &r : edited.rules)
                if (!draft.id.isEmpty() && r.id == draft.id) {
                    r = draft;
                    replaced = true;
                }
            if (!replaced)
                edited.rules.append(draft);
            const bool own = group->group.pricingPlan == edited.name || group->group.pricingPlan == edited.id;
            *why = own
                ? tr("with your unsaved change to \"%1\"").arg(draft.name.isEmpty() ? tr("a new rule") : draft.name)
                : tr("if it used %1, with your unsaved change to \"%2\"")
                      .arg(pricingformat::planLabel(edited.name), draft.name.isEmpty() ? tr("a new rule") : draft.name);
            return edited;
        }
    }
    // 2. Another plan chosen for the group, not applied yet.
    const QString candidate = m_groupPlan->currentData().toString();
    if (!candidate.isEmpty() && candidate != group->group.pricingPlan) {
        bool same = false;
        for (int r = 0; r < m_plans->rowCount(); ++r)
            if (m_plans->planAt(r).id == group->group.pricingPlan && m_plans->planAt(r).name == candidate)
                same = true;
        if (!same)
            if (auto plan = m_services.pricing().plan(candidate)) {
                *why = tr("if it used %1 (not applied)").arg(pricingformat::planLabel(plan->name));
                return *plan;
            }
    }
    return std::nullopt;
}

void PricingTab::updatePreview()
{
    m_previewTimer->stop();
    if (isShowingEmptyState())
        return;
    const auto group = selectedGroup();
    const BillingPeriod period = previewPeriod();
    m_saved.reset();
    m_shown.reset();
    m_whatIfWhy.clear();
    std::optional<Error> problem;
    if (group && period.isValid()) {
        auto saved = m_services.proForma().margin(period, group->group.id);
        if (!saved) {
            problem = saved.error();
        } else {
            for (const GroupMargin &m : *saved)
                if (m.groupId == group->group.id)
                    m_saved = m;
        }
        QString why;
        if (const auto plan = planForPreview(&why)) {
            auto whatIf = m_services.proForma().whatIf(period, group->group.id, *plan);
            if (whatIf) {
                m_shown = *whatIf;
                m_whatIfWhy = why;
            } else {
                problem = whatIf.error();
            }
        } else {
            m_shown = m_saved;
        }
    }
    m_restoring = true;
    m_preview->setMargin(m_shown, isPreviewWhatIf() ? m_saved : std::nullopt);
    m_restoring = false;

    // What the preview is about, in words.
    const QString when = pricingformat::period(period);
    const BillingPeriod current = m_services.pricing().currentPeriod();
    QString status;
    if (!group) {
        status = tr("Select a billing group to see what its customer sees against what you pay.");
    } else if (problem) {
        status = tr("No preview: %1 (%2)").arg(problem->message, problem->code);
    } else if (!m_shown) {
        status = tr("%1 is not priced in %2.").arg(group->group.name, when);
    } else {
        const QString plan = pricingformat::planLabel(m_shown->planName);
        status = isPreviewWhatIf() ? tr("%1 in %2 %3.").arg(group->group.name, when, m_whatIfWhy)
                                   : tr("%1 in %2, priced with %3 as saved.").arg(group->group.name, when, plan);
        if (isPreviewWhatIf() && period < current)
            status += QLatin1Char(' ')
                + tr("%1 is closed: it keeps its prices; this is what the change would have "
                     "done.")
                      .arg(when);
        else if (m_shown->result.byService.isEmpty())
            status += QLatin1Char(' ') + tr("No cost data for this month.");
    }
    m_previewStatus->setText(status);
    if (isPreviewWhatIf()) {
        m_whatIfChip->setPixmap(StatusChipDelegate::chipPixmap(tr("What-if, not saved"), style::warningColor(), font(),
                                                               devicePixelRatioF()));
        m_whatIfChip->setToolTip(tr("The preview prices a change that is not saved; the cells it changes are "
                                    "highlighted and their tooltips give the saved figures."));
        m_whatIfChip->show();
    } else {
        m_whatIfChip->clear();
        m_whatIfChip->hide();
    }
    updateKpis();

    // The chart: the same figures, by service.
    QList<MarginChart::Entry> entries;
    if (m_shown)
        for (const PricedTotal &t : m_shown->result.byService)
            entries.append({t.key, t.billable, t.proForma});
    // The middle of a chain pays its payer's price, not AWS's: the title names the figure it charts.
    const bool payersPrice = m_shown && m_shown->costIsPayersProForma;
    QString title;
    if (group && payersPrice)
        title = isPreviewWhatIf() ? tr("%1, %2: what you pay vs pro forma by service (what-if)")
                                  : tr("%1, %2: what you pay vs pro forma by service");
    else if (group)
        title = isPreviewWhatIf() ? tr("%1, %2: billable vs pro forma by service (what-if)")
                                  : tr("%1, %2: billable vs pro forma by service");
    if (group)
        title = title.arg(group->group.name, when);
    m_chart->setData(title, entries, m_shown && m_shown->billableHidden, m_shown && m_shown->costIsPayersProForma);
    m_chart->setEmptyText(group ? tr("No cost data for %1 in %2.").arg(group->group.name, when)
                                : tr("Select a billing group."));
    m_saveChart->setEnabled(!entries.isEmpty());

    // The custom line items' amounts in this month, as the preview prices them.
    QHash<QString, Decimal> amounts;
    if (m_shown)
        for (const PricedLineItem &item : m_shown->lineItems)
            if (item.item >= 0 && item.item < m_shown->lineItemDefinitions.size())
                amounts.insert(m_shown->lineItemDefinitions.at(item.item).id, item.amount);
    m_lineItems->setAmounts(amounts, period);

    // Keep the row being explained.
    int row = m_explainTotal ? m_preview->rowCount() - 1 : m_preview->rowOfService(m_explainService);
    if (row < 0 && m_preview->rowCount() > 0) {
        row = 0;
        m_explainService = m_preview->index(0, 0).data(MarginPreviewModel::ServiceRole).toString();
        m_explainTotal = m_preview->index(0, 0).data(MarginPreviewModel::TotalRowRole).toBool();
    }
    m_restoring = true;
    if (row >= 0) {
        m_previewTable->selectionModel()->setCurrentIndex(
            m_preview->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_previewTable->scrollTo(m_preview->index(row, 0));
    }
    m_restoring = false;
    updateExplanation();
}

void PricingTab::updateKpis()
{
    const bool hidden = m_shown && m_shown->billableHidden;
    auto set = [](Kpi &kpi, const QString &value, const QString &delta, bool negative, const QString &tip) {
        kpi.value->setText(value);
        kpi.value->setStyleSheet(negative
                                     ? QStringLiteral("border: none; color: %1;").arg(css(style::negativeAmountColor()))
                                     : QStringLiteral("border: none;"));
        kpi.delta->setText(delta);
        kpi.card->setToolTip(tip);
    };
    if (!m_shown) {
        for (Kpi *k : {&m_kpiBillable, &m_kpiProForma, &m_kpiMargin, &m_kpiPercent})
            set(*k, QStringLiteral("\u2014"), QString(), false, QString());
        return;
    }
    const GroupResult &r = m_shown->result;
    m_kpiBillable.caption->setText(m_shown->costIsPayersProForma ? tr("What you pay (your payer's price)")
                                                                 : tr("Billable (what you pay)"));
    const std::optional<GroupResult> before
        = isPreviewWhatIf() && m_saved ? std::optional(m_saved->result) : std::nullopt;
    auto delta = [&](const Decimal &now, const Decimal &then) -> QString {
        if (!before || now == then)
            return before ? tr("unchanged") : QString();
        const Decimal d = now - then;
        return d.isNegative() ? tr("\u25BC %1 vs saved").arg(pricingformat::money(-d))
                              : tr("\u25B2 %1 vs saved").arg(pricingformat::money(d));
    };
    if (hidden) {
        set(m_kpiBillable, tr("hidden"), QString(), false, tr("Billable amounts are not shown in this context."));
        set(m_kpiMargin, tr("hidden"), QString(), false, QString());
        set(m_kpiPercent, tr("hidden"), QString(), false, QString());
    } else {
        set(m_kpiBillable, pricingformat::money(r.billable), delta(r.billable, before ? before->billable : Decimal()),
            r.billable.isNegative(),
            (m_shown->costIsPayersProForma
                 ? tr("Exactly %1 USD: the price your own payer sets for these accounts, not what AWS charges.")
                 : tr("Exactly %1 USD: what AWS charges for the group's accounts."))
                .arg(r.billable.toString()));
        set(m_kpiMargin, pricingformat::money(r.margin()), delta(r.margin(), before ? before->margin() : Decimal()),
            r.margin().isNegative(), tr("Exactly %1 USD: pro forma minus billable.").arg(r.margin().toString()));
        const auto percent = r.marginPercent();
        QString percentDelta;
        if (before) {
            const auto then = before->marginPercent();
            percentDelta = then == percent
                ? tr("unchanged")
                : tr("was %1").arg(then ? pricingformat::percent(then) : QStringLiteral("\u2014"));
        }
        set(m_kpiPercent, percent ? pricingformat::percent(percent) : QStringLiteral("\u2014"), percentDelta,
            percent && percent->isNegative(), tr("Margin as a share of pro forma."));
    }
    set(m_kpiProForma, pricingformat::money(r.proForma), delta(r.proForma, before ? before->proForma : Decimal()),
        r.proForma.isNegative(),
        tr("Exactly %1 USD: public on-demand %2 under the plan, plus custom line items %3.")
            .arg(r.proForma.toString(), pricingformat::money(r.usageProForma),
                 pricingformat::money(r.customLineItems)));
}

void PricingTab::updateExplanation()
{
    const auto group = selectedGroup();
    const BillingPeriod period = previewPeriod();
    if (!group || !m_shown || m_preview->rowCount() == 0) {
        m_explanation->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                                   .arg(css(style::mutedTextColor()),
                                        tr("Select a service in the table above to see which rule priced it, on which "
                                           "public on-demand base, and which custom line items apply.")
                                            .toHtmlEscaped()));
        return;
    }
    ExplainFilter filter;
    filter.groupId = group->group.id;
    filter.service = m_explainTotal ? QString() : m_explainService;
    const auto explained = m_services.proForma().explain(period, filter);
    const QString muted = css(style::mutedTextColor());
    if (!explained) {
        m_explanation->setText(QStringLiteral("<span style='color:%1'>%2 (%3)</span>")
                                   .arg(muted, explained.error().message.toHtmlEscaped(), explained.error().code));
        return;
    }
    const Explanation &e = *explained;
    const QString subject = m_explainTotal ? tr("All services of %1").arg(group->group.name) : m_explainService;
    QString html;
    html += QStringLiteral("<p style='margin:0'><b>%1</b> <span style='color:%2'>&middot; %3 &middot; %4</span></p>")
                .arg(subject.toHtmlEscaped(), muted, pricingformat::period(period).toHtmlEscaped(),
                     tr("saved plan %1").arg(pricingformat::planLabel(e.planName)).toHtmlEscaped());
    if (isPreviewWhatIf())
        html += QStringLiteral("<p style='margin:2px 0; color:%1'>%2</p>")
                    .arg(css(style::warningColor()),
                         tr("This explains the saved pricing; the what-if above is not saved yet.").toHtmlEscaped());
    if (e.rules.isEmpty()) {
        html += QStringLiteral("<p style='margin:4px 0'>%1</p>")
                    .arg(tr("No usage is priced here: only custom line items or charges outside the plan (credits, "
                            "taxes, support, fees).")
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<table cellspacing=0 cellpadding=2 width='100%'><tr style='color:%1'>"
                               "<td>%2</td><td>%3</td><td align=right>%4</td><td align=right>%5</td>"
                               "<td align=right>%6</td></tr>")
                    .arg(muted, tr("Priced by").toHtmlEscaped(), tr("Effect").toHtmlEscaped(),
                         tr("Public on-demand").toHtmlEscaped(), tr("Pro forma").toHtmlEscaped(),
                         tr("Line items").toHtmlEscaped());
        for (const ExplainedRule &r : e.rules) {
            QString scope = r.scope;
            if (r.rule < 0 && (scope.isEmpty() || scope == QLatin1String("none")))
                scope = tr("no rule: public on-demand as it is");
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right><tt>%3</tt></td>"
                                   "<td align=right><tt>%4</tt></td><td align=right>%5</td></tr>")
                        .arg(scope.toHtmlEscaped(),
                             (r.effect.isEmpty() ? QStringLiteral("\u2014") : r.effect).toHtmlEscaped(),
                             pricingformat::amount(r.base), pricingformat::amount(r.proForma),
                             QLocale().toString(r.rows));
        }
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p style='margin:4px 0'>%1</p>")
                    .arg(e.billable.isZero() && m_shown->billableHidden
                             ? tr("Public on-demand base %1, pro forma %2 (before custom line items).")
                                   .arg(pricingformat::money(e.base), pricingformat::money(e.proForma))
                                   .toHtmlEscaped()
                             : tr("Public on-demand base %1, pro forma %2 (before custom line items); you pay %3.")
                                   .arg(pricingformat::money(e.base), pricingformat::money(e.proForma),
                                        pricingformat::money(e.billable))
                                   .toHtmlEscaped());
    }
    // The group's custom line items in the month (their definitions from the saved pricing, which explain() uses).
    if (!e.lineItems.isEmpty()) {
        html += QStringLiteral("<p style='margin:4px 0 0 0'><b>%1</b></p><ul style='margin:0'>")
                    .arg(tr("Custom line items of the group").toHtmlEscaped());
        for (const PricedLineItem &item : e.lineItems) {
            const bool known = m_saved && item.item >= 0 && item.item < m_saved->lineItemDefinitions.size();
            const CustomLineItem def = known ? m_saved->lineItemDefinitions.at(item.item) : CustomLineItem();
            const QString name = known ? def.name : tr("Item %1").arg(item.item + 1);
            QString text = known ? tr("%1 (%2, %3): %4")
                                       .arg(name, pricingformat::lineItemTypeLabel(def.type),
                                            pricingformat::lineItemCharge(def), pricingformat::money(item.amount))
                                 : tr("%1: %2").arg(name, pricingformat::money(item.amount));
            if (known && !def.isFlat())
                text += QLatin1Char(' ') + tr("on a basis of %1").arg(pricingformat::money(item.basis));
            html += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p style='margin:4px 0 0 0; color:%1'>%2</p>")
                    .arg(muted, tr("No custom line items apply to the group in this month.").toHtmlEscaped());
    }
    m_explanation->setText(html);
}

QString PricingTab::explanationText() const
{
    return plainOf(m_explanation->text());
}

bool PricingTab::selectPreviewService(const QString &service)
{
    const int row = service.isEmpty() ? m_preview->rowCount() - 1 : m_preview->rowOfService(service);
    if (row < 0)
        return false;
    m_previewTable->selectionModel()->setCurrentIndex(m_preview->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QString PricingTab::kpiText(const QString &name) const
{
    if (name == QLatin1String("billable"))
        return m_kpiBillable.value->text();
    if (name == QLatin1String("proForma"))
        return m_kpiProForma.value->text();
    if (name == QLatin1String("margin"))
        return m_kpiMargin.value->text();
    if (name == QLatin1String("marginPercent"))
        return m_kpiPercent.value->text();
    return {};
}

// --- Edits ---------------------------------------------------------------------------------------------------------

Status PricingTab::run(PricingCommand *command)
{
    return PricingCommand::push(m_undoStack, command);
}

void PricingTab::report(const Status &status, const QString &success)
{
    if (status)
        m_messages->showInfo(success);
    else
        m_messages->showError(status.error());
}

struct PricingTab::CommandContext
{
    static PricingCommand::Context of(PricingTab *tab)
    {
        QPointer<PricingTab> guard(tab);
        return {&tab->m_services.pricing(), tab->m_ids, [guard](const Error &e) {
                    if (guard)
                        guard->m_messages->showError(e);
                }};
    }
};

void PricingTab::addPlan()
{
    PlanDialog dialog(PricingPlan(), this);
    QString added;
    dialog.setSubmit([&]() -> Status {
        auto *command = new AddPlanCommand(CommandContext::of(this), dialog.name(), dialog.description());
        const Status s = run(command);
        if (s)
            added = command->planId();
        return s;
    });
    if (dialog.exec() != QDialog::Accepted || added.isEmpty())
        return;
    showPage(PlansPage);
    selectPlan(added);
    m_messages->showInfo(
        tr("Created the plan \"%1\". Add its rules below; then choose it for a billing group.").arg(dialog.name()));
}

void PricingTab::editPlan()
{
    const auto plan = selectedPlan();
    if (!plan || plan->managed)
        return;
    PlanDialog dialog(*plan, this);
    dialog.setSubmit([&]() -> Status {
        if (dialog.name() == plan->name && dialog.description() == plan->description)
            return {};
        return run(new UpdatePlanCommand(CommandContext::of(this), *plan, dialog.name(), dialog.description()));
    });
    if (dialog.exec() == QDialog::Accepted)
        m_messages->showInfo(tr("Saved the plan \"%1\".").arg(dialog.name()));
}

void PricingTab::removePlan()
{
    const auto plan = selectedPlan();
    if (!plan || plan->managed)
        return;
    auto stored = m_services.pricing().plan(plan->id);
    if (!stored) {
        m_messages->showError(stored.error());
        return;
    }
    if (m_ruleEditor->isDirty() && m_ruleEditor->planId() == plan->id)
        m_ruleEditor->clearRule();
    const Status s = run(new RemovePlanCommand(CommandContext::of(this), *stored));
    report(s,
           tr("Removed the plan \"%1\" and its %n rule(s). Edit > Undo brings them back.", nullptr,
              int(stored->rules.size()))
               .arg(plan->name));
}

void PricingTab::addRule()
{
    const auto plan = selectedPlan();
    if (!plan || plan->managed)
        return;
    if (m_ruleEditor->isDirty() && !confirmDiscardDraft())
        return;
    showPage(PlansPage);
    m_restoring = true;
    m_rulesTable->selectionModel()->clearSelection();
    m_rulesTable->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    m_restoring = false;
    m_ruleId.clear();
    m_ruleEditor->newRule();
    updatePlanDetail();
}

void PricingTab::saveRule()
{
    if (!m_ruleEditor->hasRule() || !m_ruleEditor->isValid())
        return;
    const PricingRule draft = m_ruleEditor->draft();
    const BillingPeriod current = m_services.pricing().currentPeriod();
    if (m_ruleEditor->isNew()) {
        auto *command = new AddRuleCommand(CommandContext::of(this), m_ruleEditor->planId(), draft);
        const Status s = run(command);
        if (!s) {
            m_ruleEditor->showError(s.error());
            m_messages->showError(s.error());
            return;
        }
        m_ruleId = command->ruleId();
        m_ruleEditor->clearRule(); // the reload loads the stored rule
        if (!selectRule(m_ruleId))
            m_rules->reload();
        selectRule(m_ruleId);
        m_messages->showInfo(tr("Added the rule \"%1\". It applies from %2; closed periods keep their prices. "
                                "Edit > Undo takes it back.")
                                 .arg(draft.name, pricingformat::period(current)));
    } else {
        const PricingRule before = m_ruleEditor->original();
        const Status s = run(new EditRuleCommand(CommandContext::of(this), before, draft));
        if (!s) {
            m_ruleEditor->showError(s.error());
            m_messages->showError(s.error());
            return;
        }
        const int row = m_rules->rowOf(m_ids->resolve(before.id));
        if (row >= 0)
            m_ruleEditor->editRule(m_rules->ruleAt(row));
        m_messages->showInfo(tr("Saved the rule \"%1\". It applies from %2; closed periods keep their prices. "
                                "Edit > Undo takes it back.")
                                 .arg(draft.name, pricingformat::period(current)));
    }
    updatePlanDetail();
    refreshPreviewNow();
}

void PricingTab::removeRule()
{
    const int row = m_rules->rowOf(m_ruleId);
    if (row < 0)
        return;
    const PricingRule rule = m_rules->ruleAt(row);
    m_ruleEditor->clearRule();
    const Status s = run(new RemoveRuleCommand(CommandContext::of(this), rule));
    report(s,
           tr("Removed the rule \"%1\" from %2. Edit > Undo brings it back.")
               .arg(rule.name, pricingformat::period(m_services.pricing().currentPeriod())));
}

void PricingTab::applyGroupPlan()
{
    const auto group = selectedGroup();
    if (!group)
        return;
    const QString after = m_groupPlan->currentData().toString();
    const QString before = group->group.pricingPlan;
    if (after.isEmpty() || after == before)
        return;
    const BillingPeriod current = m_services.pricing().currentPeriod();
    m_candidatePlan.clear();
    const Status s = run(new SetGroupPlanCommand(CommandContext::of(this), group->group.id, before, after));
    report(s,
           tr("%1 is priced with %2 from %3. %4 and earlier keep the prices they were computed with. Edit > Undo "
              "goes back to %5.")
               .arg(group->group.name, pricingformat::planLabel(after), pricingformat::period(current),
                    pricingformat::period(current.previous()), pricingformat::planLabel(before)));
}

void PricingTab::addStandardGroup()
{
    QList<PricingPlan> plans;
    for (int r = 0; r < m_plans->rowCount(); ++r)
        plans << m_plans->planAt(r);
    StandardGroupDialog dialog(m_services, plans, this);
    QString added;
    dialog.setSubmit([&]() -> Status {
        auto *command
            = new AddStandardGroupCommand(CommandContext::of(this), dialog.name(), dialog.accountIds(), dialog.plan());
        const Status s = run(command);
        if (s)
            added = command->groupId();
        return s;
    });
    if (dialog.exec() != QDialog::Accepted || added.isEmpty())
        return;
    showPage(GroupsPage);
    selectGroup(added);
    m_messages->showInfo(tr("Created the standard billing group \"%1\" with %n account(s), priced with %2.", nullptr,
                            int(dialog.accountIds().size()))
                             .arg(dialog.name(), pricingformat::planLabel(dialog.plan())));
}

void PricingTab::addLineItem()
{
    const auto group = selectedGroup();
    if (!group)
        return;
    CustomLineItem item;
    item.billingGroupId = group->group.id;
    const auto stored = m_services.pricing().plan(group->group.pricingPlan);
    const PricingPlan plan = stored ? *stored : PricingPlan();
    LineItemDialog dialog(m_services, item, m_lineItems->items(), plan, previewPeriod(), this);
    QString added;
    dialog.setSubmit([&]() -> Status {
        auto *command = new AddLineItemCommand(CommandContext::of(this), dialog.item());
        const Status s = run(command);
        if (s)
            added = command->itemId();
        return s;
    });
    if (dialog.exec() != QDialog::Accepted || added.isEmpty())
        return;
    showPage(LineItemsPage);
    selectLineItem(added);
    m_messages->showInfo(
        tr("Added \"%1\" to %2. Edit > Undo takes it back.").arg(dialog.item().name, group->group.name));
}

void PricingTab::editLineItem()
{
    const int row = m_lineItems->rowOf(m_lineItemId);
    const auto group = selectedGroup();
    if (row < 0 || !group)
        return;
    const CustomLineItem before = m_lineItems->itemAt(row);
    const auto stored = m_services.pricing().plan(group->group.pricingPlan);
    const PricingPlan plan = stored ? *stored : PricingPlan();
    LineItemDialog dialog(m_services, before, m_lineItems->items(), plan, previewPeriod(), this);
    dialog.setSubmit(
        [&]() -> Status { return run(new EditLineItemCommand(CommandContext::of(this), before, dialog.item())); });
    if (dialog.exec() == QDialog::Accepted)
        m_messages->showInfo(tr("Saved \"%1\". The change applies from %2; closed periods keep their prices.")
                                 .arg(dialog.item().name, pricingformat::period(m_services.pricing().currentPeriod())));
}

void PricingTab::removeLineItem()
{
    const int row = m_lineItems->rowOf(m_lineItemId);
    if (row < 0)
        return;
    const CustomLineItem item = m_lineItems->itemAt(row);
    const Status s = run(new RemoveLineItemCommand(CommandContext::of(this), item));
    report(s, tr("Removed \"%1\". Edit > Undo brings it back.").arg(item.name));
}

void PricingTab::saveChart()
{
    QString name = m_chart->title().isEmpty() ? tr("chart") : m_chart->title();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as PNG"), name.simplified() + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (m_chart->saveAsPng(path))
        m_messages->showInfo(tr("Saved the chart to %1.").arg(path));
    else
        m_messages->showError(Error::fault(QStringLiteral("FILE_NOT_WRITTEN"), tr("Could not write %1.").arg(path)));
}

} // namespace bd
