#include "CostDataTab.h"

#include "TableViews.h"

#include "GenerateUsageDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "itemmodels/ImportsModel.h"
#include "itemmodels/ModelStyle.h"
#include "services/DirectoryService.h"
#include "services/ImportService.h"
#include "services/Services.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

CostDataTab::CostDataTab(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    Q_UNUSED(undoStack); // imports are undone by removing them, not through the undo stack
    setObjectName(QStringLiteral("costDataTab"));
    m_model = new ImportsModel(services, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);

    auto *layout = new QVBoxLayout(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("costDataSplitter"));

    // Master: filter, actions, the Imports list (or the empty state).
    auto *master = new QWidget(m_splitter);
    auto *masterLayout = new QVBoxLayout(master);
    masterLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(master);
    m_filter->setObjectName(QStringLiteral("importsFilter"));
    m_filter->setPlaceholderText(tr("Filter by file, format or view..."));
    m_filter->setClearButtonEnabled(true);
    m_importButton = new QPushButton(tr("Import &file..."), master);
    m_importButton->setObjectName(QStringLiteral("importFileButton"));
    m_generateButton = new QPushButton(tr("&Generate demo usage..."), master);
    m_generateButton->setObjectName(QStringLiteral("generateUsageButton"));
    top->addWidget(m_filter, 1);
    top->addWidget(m_importButton);
    top->addWidget(m_generateButton);
    masterLayout->addLayout(top);
    m_summary = new QLabel(master);
    m_summary->setObjectName(QStringLiteral("importsSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #555; padding: 2px 2px 4px 2px;"));
    masterLayout->addWidget(m_summary);

    m_stack = new QStackedWidget(master);
    m_table = new QTableView(m_stack);
    applyTableStyle(m_table, QStringLiteral("importsTable"));
    m_table->setModel(m_proxy);
    m_table->setTextElideMode(Qt::ElideMiddle);
    fitColumnsToWidth(m_table, {ImportsModel::File}, ImportsModel::File, 150);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->sortByColumn(ImportsModel::When, Qt::DescendingOrder);
    auto *empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("importsEmptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    auto *emptyLabel = new QLabel(tr("No cost data yet. Import a CUR or FOCUS file, or drop one here."), empty);
    emptyLabel->setObjectName(QStringLiteral("importsEmptyLabel"));
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    QFont emptyFont = emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    emptyLabel->setFont(emptyFont);
    emptyLabel->setStyleSheet(QStringLiteral("color: #666; padding: 12px;"));
    auto *emptyHint = new QLabel(
        tr("AWS Data Exports (CUR 2.0), legacy Cost and Usage Reports and FOCUS 1.0 to 1.2, as .csv or .csv.gz. "
           "For a quick look, Demo > Generate Usage makes realistic data for the demo organizations."),
        empty);
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setWordWrap(true);
    emptyHint->setStyleSheet(QStringLiteral("color: #888;"));
    emptyLayout->addWidget(emptyLabel);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);
    masterLayout->addWidget(m_stack, 2);
    // What the database holds, from the rollups: one row per organization, one column per billing period.
    m_coverageLabel = new QLabel(master);
    m_coverageLabel->setObjectName(QStringLiteral("coverageLabel"));
    m_coverageLabel->setWordWrap(true);
    m_coverage = new QTableWidget(master);
    applyTableStyle(m_coverage, QStringLiteral("coverageTable"), false);
    m_coverage->horizontalHeader()->setMinimumSectionSize(60);
    fitColumnsToWidth(m_coverage, {0}, 0, 120);
    masterLayout->addWidget(m_coverageLabel);
    masterLayout->addWidget(m_coverage, 3);

    // Detail: the selected import.
    auto *detail = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("importTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    m_detail = new QLabel(detail);
    m_detail->setObjectName(QStringLiteral("importDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumWidth(200);
    auto *totalsLabel = new QLabel(tr("<b>Totals by organization and billing period</b>"), detail);
    m_totals = new QTableWidget(0, 4, detail);
    m_totals->setObjectName(QStringLiteral("importTotalsTable"));
    m_totals->setHorizontalHeaderLabels(
        {tr("Organization"), tr("Period"), tr("Billable (what you pay)"), tr("Public on-demand")});
    m_totals->horizontalHeaderItem(2)->setForeground(style::billableColor());
    for (int c : {2, 3})
        m_totals->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    applyTableStyle(m_totals, m_totals->objectName(), false);
    m_totals->setTextElideMode(Qt::ElideRight);
    fitColumnsToWidth(m_totals, {0}, 0, 120);
    auto *buttons = new QHBoxLayout;
    m_removeButton = new QPushButton(tr("&Remove import..."), detail);
    m_removeButton->setObjectName(QStringLiteral("removeImportButton"));
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(totalsLabel);
    detailLayout->addWidget(m_totals, 1);
    detailLayout->addLayout(buttons);

    m_splitter->addWidget(master);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 1); // the lists take the extra width; the detail keeps its size
    m_splitter->setStretchFactor(1, 0);
    if (!m_splitter->restoreState(QSettings().value(QStringLiteral("costDataTab/splitter2")).toByteArray()))
        m_splitter->setSizes({890, 550});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(QStringLiteral("costDataTab/splitter2"), m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CostDataTab::updateDetail);
    // A reload (another acting account, a new import) keeps the selected import when it is still listed.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepImportId = selectedImportId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateCoverage();
        if (m_keepImportId != 0 && m_model->rowOf(m_keepImportId) >= 0)
            selectImport(m_keepImportId);
        else if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
        updateDetail();
    });
    connect(m_importButton, &QPushButton::clicked, this, [this] { openImportDialog(); });
    connect(m_generateButton, &QPushButton::clicked, this, &CostDataTab::openGenerateDialog);
    connect(m_removeButton, &QPushButton::clicked, this, &CostDataTab::removeImport);
    connect(&services, &Services::actingAccountChanged, this, &CostDataTab::updateDetail);

    installActions();
    updateSummary();
    updateCoverage();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateDetail();
}

CostDataTab::~CostDataTab() = default;

void CostDataTab::installActions()
{
    auto *window = qobject_cast<MainWindow *>(parentWidget() ? parentWidget()->window() : nullptr);
    if (!window)
        return;
    // The actions belong to this tab: rebuilding the tabs (another database) removes them with it.
    auto *importAction = new QAction(tr("&Import Cost Data..."), this);
    importAction->setObjectName(QStringLiteral("actionImport"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(importAction, &QAction::triggered, this, [this] { openImportDialog(); });
    QAction *before = nullptr;
    for (QAction *a : window->fileMenu()->actions())
        if (a->objectName() == QLatin1String("importSeparator"))
            before = a;
    window->fileMenu()->insertAction(before, importAction);
    window->addAction(importAction);

    auto *generateAction = new QAction(tr("&Generate Usage..."), this);
    generateAction->setObjectName(QStringLiteral("actionGenerateUsage"));
    connect(generateAction, &QAction::triggered, this, &CostDataTab::openGenerateDialog);
    QAction *reset = nullptr;
    for (QAction *a : window->demoMenu()->actions())
        if (a->objectName() == QLatin1String("actionResetDemo"))
            reset = a;
    window->demoMenu()->insertAction(reset, generateAction);

    connect(window, &MainWindow::filesDropped, this, [this, window](const QStringList &paths) {
        window->selectTab(QStringLiteral("costDataTab"));
        openImportDialog(paths);
    });
}

qint64 CostDataTab::selectedImportId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ImportsModel::IdRole).toLongLong() : 0;
}

void CostDataTab::selectImport(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

ImportDialog *CostDataTab::openImportDialog(const QStringList &paths)
{
    if (m_services.imports().billableHidden()) {
        m_messages->showError(
            Error::rule(QStringLiteral("ACCESS_DENIED"),
                        tr("A bill-source organization cannot import cost data while its bill is transferred: "
                           "its payer imports it. Switch \"Acting as\" to the payer or the administrator.")));
        return nullptr;
    }
    if (m_importDialog) {
        if (!m_importDialog->isRunning() && !paths.isEmpty())
            m_importDialog->setPaths(paths);
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return m_importDialog;
    }
    auto *dialog = new ImportDialog(m_services, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importDone, this, [this, dialog](bool ok) {
        if (ok && !dialog->reports().isEmpty())
            selectImport(dialog->reports().constLast().importId);
    });
    m_importDialog = dialog;
    dialog->open();
    return dialog;
}

GenerateUsageDialog *CostDataTab::openGenerateDialog()
{
    if (m_services.imports().billableHidden()) {
        m_messages->showError(Error::rule(QStringLiteral("ACCESS_DENIED"),
                                          tr("A bill-source organization cannot load cost data: its payer does.")));
        return nullptr;
    }
    if (m_generateDialog) {
        m_generateDialog->raise();
        return m_generateDialog;
    }
    auto *dialog = new GenerateUsageDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_generateDialog = dialog;
    dialog->open();
    return dialog;
}

void CostDataTab::updateSummary()
{
    const int count = m_model->rowCount();
    m_stack->setCurrentIndex(count == 0 ? 1 : 0);
    m_filter->setEnabled(count > 0);
    if (!m_model->error().isEmpty()) {
        // What the acting account may see could not be decided: no figure at all, and the reason (fail closed).
        m_summary->setText(tr("Cost data cannot be shown right now: %1").arg(m_model->error()));
        m_messages->showError(Error::internal(
            tr("Cost data is hidden because BillingDesk could not check what you may see: %1 Try again in a moment.")
                .arg(m_model->error())));
        return;
    }
    if (count == 0) {
        m_summary->setText(m_model->isScoped()
                               ? tr("No cost data of your organization (or of those whose bills you pay) yet.")
                               : QString());
        return;
    }
    qint64 rows = 0;
    for (int i = 0; i < count; ++i)
        rows += m_model->record(i).rowsImported;
    m_summary->setText((count == 1 ? tr("1 import") : tr("%1 imports").arg(count))
                       + tr(", %1 line items").arg(QLocale().toString(rows))
                       + (m_model->billableHidden()
                              ? tr(" \u00b7 billable amounts hidden for a bill-source organization")
                              : QString()));
}

void CostDataTab::updateCoverage()
{
    m_coverage->clear();
    m_coverage->setRowCount(0);
    m_coverage->setColumnCount(0);
    const bool hidden = m_services.imports().billableHidden();
    CostQuery query;
    query.view = CostView::Billable;
    query.groupBy = {CostDimension::Organization, CostDimension::Period, CostDimension::Currency};
    auto totals = m_services.imports().costTotals(query);
    const bool any = totals.ok() && !totals->isEmpty() && m_model->rowCount() > 0;
    m_coverage->setVisible(any);
    m_coverageLabel->setVisible(any);
    if (!any)
        return;
    QStringList periods;
    QStringList organizations;
    QStringList currencies;
    QList<CostTotal> rows;
    for (const CostTotal &t : *totals) {
        const auto period = BillingPeriod::fromString(t.keys.value(1));
        if (period && m_model->isVisible(t.keys.value(0), *period))
            rows.append(t);
    }
    m_coverage->setVisible(!rows.isEmpty());
    m_coverageLabel->setVisible(!rows.isEmpty());
    for (const CostTotal &t : std::as_const(rows)) {
        if (!organizations.contains(t.keys.value(0)))
            organizations << t.keys.value(0);
        if (!periods.contains(t.keys.value(1)))
            periods << t.keys.value(1);
        if (!currencies.contains(t.keys.value(2)))
            currencies << t.keys.value(2);
    }
    periods.sort();
    DirectoryService &dir = m_services.directory();
    QList<std::pair<QString, QString>> named; // (name, id), sorted by name
    for (const QString &id : std::as_const(organizations)) {
        const auto org = dir.organization(id);
        named.append({org ? org->name : id, id});
    }
    std::sort(named.begin(), named.end());
    m_coverageLabel->setText(
        hidden ? tr(
            "<b>Line items by organization and month</b> <span style='color:#666'>(billable amounts hidden)</span>")
               : tr("<b>Billable (what you pay) by organization and month</b> <span style='color:#666'>%1, from the "
                    "rollups</span>")
                     .arg(currencies.join(QStringLiteral(", "))));
    // With one currency, a Total column and a Total row (exact sums, rounded once for display).
    const bool withTotals = currencies.size() == 1;
    const int periodCount = int(periods.size());
    const int columns = periodCount + 1 + (withTotals ? 1 : 0);
    m_coverage->setColumnCount(columns);
    QStringList headers {tr("Organization")};
    for (const QString &p : std::as_const(periods)) {
        const auto period = BillingPeriod::fromString(p);
        headers << (period ? QLocale().toString(period->firstDay(), QStringLiteral("MMM yyyy")) : p);
    }
    if (withTotals)
        headers << tr("Total");
    m_coverage->setHorizontalHeaderLabels(headers);
    for (int c = 1; c < headers.size(); ++c)
        m_coverage->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const int rowCount = int(named.size()) + (withTotals && named.size() > 1 ? 1 : 0);
    m_coverage->setRowCount(rowCount);
    for (int r = 0; r < rowCount; ++r) {
        const bool totalRow = r >= named.size();
        m_coverage->setItem(r, 0,
                            totalRow
                                ? tableCell(tr("Total"))
                                : tableCell(named[r].first, false, tr("%1\n%2").arg(named[r].first, named[r].second)));
        for (int c = 1; c < columns; ++c)
            m_coverage->setItem(r, c, tableCell(QString(), true));
    }
    QList<Decimal> rowSums(rowCount), columnSums(columns);
    QList<qint64> rowCounts(rowCount), columnCounts(columns);
    for (const CostTotal &t : std::as_const(rows)) {
        int row = -1;
        for (int r = 0; r < named.size(); ++r)
            if (named[r].second == t.keys.value(0))
                row = r;
        const int column = int(periods.indexOf(t.keys.value(1))) + 1;
        if (row < 0 || column < 1)
            continue;
        QTableWidgetItem *item = m_coverage->item(row, column);
        const QString currency = t.keys.value(2);
        rowSums[row] += t.billable;
        columnSums[column] += t.billable;
        rowCounts[row] += t.rows;
        columnCounts[column] += t.rows;
        if (hidden) {
            item->setText(QLocale().toString(t.rows));
            item->setToolTip(tr("%L1 line items").arg(t.rows));
        } else {
            item->setText(ImportsModel::formatAmount(t.billable, currency));
            item->setToolTip(tr("Billable %1 %2\nPublic on-demand %3 %2\n%L4 line items")
                                 .arg(t.billable.toString(), currency, t.publicOnDemand.toString())
                                 .arg(t.rows));
            if (t.billable.isNegative())
                item->setForeground(style::negativeAmountColor());
        }
    }
    if (!withTotals)
        return;
    QFont bold = style::tabularFont();
    bold.setBold(true);
    auto setTotal = [&](int r, int c, const Decimal &sum, qint64 count) {
        QTableWidgetItem *item = m_coverage->item(r, c);
        item->setText(hidden ? QLocale().toString(count) : ImportsModel::formatAmount(sum, currencies.first()));
        item->setToolTip(hidden ? tr("%L1 line items").arg(count)
                                : tr("Exact: %1 %2").arg(sum.toString(), currencies.first()));
        item->setFont(bold);
    };
    Decimal grand;
    qint64 grandCount = 0;
    for (int r = 0; r < named.size(); ++r) {
        setTotal(r, columns - 1, rowSums[r], rowCounts[r]);
        grand += rowSums[r];
        grandCount += rowCounts[r];
    }
    if (rowCount > named.size()) {
        QFont boldText = m_coverage->item(rowCount - 1, 0)->font();
        boldText.setBold(true);
        m_coverage->item(rowCount - 1, 0)->setFont(boldText);
        for (int c = 1; c <= periodCount; ++c)
            setTotal(rowCount - 1, c, columnSums[c], columnCounts[c]);
        setTotal(rowCount - 1, columns - 1, grand, grandCount);
    }
}

void CostDataTab::updateDetail()
{
    const qint64 id = selectedImportId();
    const int row = m_model->rowOf(id);
    m_totals->setRowCount(0);
    const bool hiddenForActor = m_services.imports().billableHidden();
    m_removeButton->setEnabled(row >= 0 && !hiddenForActor);
    m_removeButton->setToolTip(hiddenForActor ? tr("A bill-source organization cannot change its payer's cost data.")
                                              : QString());
    m_importButton->setEnabled(!hiddenForActor);
    m_generateButton->setEnabled(!hiddenForActor);
    if (row < 0) {
        m_detailTitle->setText(m_model->rowCount() == 0 ? tr("No imports") : tr("No import selected"));
        m_detail->setText(m_model->rowCount() == 0
                              ? tr("Imported files appear here with their totals per organization and month.")
                              : tr("Select an import to see its totals per organization and month."));
        return;
    }
    const ImportRecord &r = m_model->record(row);
    const bool hidden = hiddenForActor || r.billableHidden;
    m_detailTitle->setText(r.fileName);
    QString html = QStringLiteral("<table cellspacing=4>");
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral(
                    "<tr><td style='color:#555; padding-right:10px; white-space:nowrap'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value);
    };
    line(tr("Format"), (r.formatVersion.isEmpty() ? costFormatDisplayName(r.format) : r.formatVersion).toHtmlEscaped());
    line(tr("View"),
         r.view == CostView::ProForma ? tr("Pro forma (Billing Conductor export)") : tr("Billable (what AWS charges)"));
    line(tr("Imported"),
         tr("%1 (simulated date) by %2")
             .arg(QLocale().toString(r.clockTime.date(), QStringLiteral("d MMM yyyy")), r.actor.toHtmlEscaped()));
    // A long path or hash must wrap in a narrow pane: a break opportunity (zero-width space) after each separator.
    QString path = r.path.toHtmlEscaped();
    path.replace(QLatin1Char('/'), QStringLiteral("/\u200b"));
    line(tr("File"),
         QStringLiteral("%1, %2%3")
             .arg(path, ImportsModel::formatBytes(r.fileSize),
                  QFileInfo::exists(r.path)
                      ? QString()
                      : tr(" <span style='color:%1'>(no longer on disk)</span>").arg(style::mutedTextColor().name())));
    line(tr("SHA-256"), QStringLiteral("<tt>%1<br>%2</tt>").arg(r.sha256.left(32), r.sha256.mid(32)));
    const bool partial = m_model->isPartial(r.id);
    m_removeButton->setEnabled(!partial && !hiddenForActor);
    if (partial)
        m_removeButton->setToolTip(
            tr("This file also holds other organizations' cost data: only the administrator can remove it."));
    QString rows = partial
        ? tr("%L1 line items of your organizations (the file has %L2 rows)").arg(r.rowsImported).arg(r.rowsRead)
        : tr("%L1 imported of %L2 read").arg(r.rowsImported).arg(r.rowsRead);
    if (r.rowsRejected > 0 && !partial)
        rows += tr(", %L1 rejected").arg(r.rowsRejected);
    if (r.rowsSkipped > 0 && !partial)
        rows += tr(", %L1 of other providers skipped").arg(r.rowsSkipped);
    line(tr("Rows"), rows);
    const QString currency = ImportsModel::currencyOf(r);
    line(tr("Billable (what you pay)"),
         hidden ? tr("<span style='color:#666'>hidden for a bill-source organization</span>")
                : QStringLiteral("<b style='color:%1'>%2 %3</b>")
                      .arg(style::billableColor().name(), ImportsModel::formatAmount(r.billable, currency), currency));
    line(tr("Public on-demand"),
         QStringLiteral("%1 %2").arg(ImportsModel::formatAmount(r.publicOnDemand, currency), currency));
    html += QStringLiteral("</table>");
    m_detail->setText(html);

    DirectoryService &dir = m_services.directory();
    QList<std::pair<QString, PayerPeriodTotal>> sorted; // by organization name, then period
    for (const PayerPeriodTotal &t : r.totals) {
        const auto org = dir.organization(t.organizationId);
        sorted.append({org ? org->name : t.payerAccountId, t});
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        const int byName = QString::localeAwareCompare(a.first, b.first);
        return byName != 0 ? byName < 0 : a.second.period < b.second.period;
    });
    for (const auto &[name, t] : std::as_const(sorted)) {
        const int i = m_totals->rowCount();
        m_totals->insertRow(i);
        const auto org = dir.organization(t.organizationId);
        const QString where = tr("Payer %1 (%2), %L3 line items").arg(t.payerAccountId, t.organizationId).arg(t.rows);
        m_totals->setItem(i, 0,
                          tableCell(org ? org->name : t.payerAccountId, false,
                                    (org ? org->name + QLatin1Char('\n') : QString()) + where));
        m_totals->setItem(i, 1,
                          tableCell(QLocale().toString(t.period.firstDay(), QStringLiteral("MMM yyyy")), false,
                                    t.period.displayName()));
        if (hidden) {
            m_totals->setItem(
                i, 2,
                tableCell(tr("hidden"), true, tr("Billable amounts are not shown to a bill-source organization.")));
            m_totals->item(i, 2)->setForeground(style::mutedTextColor());
        } else {
            m_totals->setItem(
                i, 2,
                tableCell(ImportsModel::formatAmount(t.billable, t.currency) + QLatin1Char(' ') + t.currency, true,
                          tr("Exact: %1 %2").arg(t.billable.toString(), t.currency)));
            if (t.billable.isNegative())
                m_totals->item(i, 2)->setForeground(style::negativeAmountColor());
        }
        m_totals->setItem(
            i, 3,
            tableCell(ImportsModel::formatAmount(t.publicOnDemand, t.currency) + QLatin1Char(' ') + t.currency, true,
                      tr("Exact: %1 %2").arg(t.publicOnDemand.toString(), t.currency)));
    }
}

void CostDataTab::removeImport()
{
    const qint64 id = selectedImportId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const ImportRecord r = m_model->record(row);
    QStringList periods;
    for (const PayerPeriodTotal &t : r.totals)
        if (!periods.contains(t.period.displayName()))
            periods << t.period.displayName();
    if (!MessageBox::confirm(
            this, tr("Remove import"),
            tr("Remove the import of %1 (%L2 line items for %3)? Its cost data leaves every view, price and "
               "invoice draft computed from it. The file itself is not touched; you can import it again.")
                .arg(r.fileName)
                .arg(r.rowsImported)
                .arg(periods.join(QStringLiteral(", "))),
            tr("Remove")))
        return;
    if (auto s = m_services.imports().removeImport(id); !s) {
        m_messages->showError(s.error());
        return;
    }
    m_services.imports().notifyImported();
    m_messages->showInfo(tr("Removed the import of %1.").arg(r.fileName));
}

} // namespace bd
