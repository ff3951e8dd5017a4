#include "ImportDialog.h"

#include "TableViews.h"

#include "itemmodels/ImportsModel.h"
#include "itemmodels/ModelStyle.h"
#include "services/DirectoryService.h"
#include "services/Services.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace bd {

struct ImportDialog::Shared
{
    const Services *source = nullptr;
    QList<ImportOptions> options;
    std::atomic<qint64> bytes {0};
    std::atomic<qint64> total {0};
    std::atomic<qint64> rows {0};
    std::atomic<int> fileIndex {0};
    std::atomic<bool> cancel {false};
    QElapsedTimer clock;
};

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    applyTableStyle(t, name, false);
    t->setHorizontalHeaderLabels(headers);
    return t;
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return ImportDialog::tr("%1 ms").arg(ms);
    return ImportDialog::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString rate(double perSecond, const QString &unit)
{
    // Display only: a throughput, not an amount.
    return QStringLiteral("%1 %2/s").arg(QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0), unit);
}

} // namespace

ImportDialog::ImportDialog(Services &services, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import cost and usage data"));
    setMinimumWidth(820);
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("importPath"));
    m_pathEdit->setPlaceholderText(tr("A CUR 2.0, legacy CUR or FOCUS export (.csv or .csv.gz)"));
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathEdit);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMinimumHeight(90);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setStyleSheet(
        QStringLiteral("QLabel#importPreview { background: palette(base); border: 1px solid palette(mid); "
                       "border-radius: 4px; padding: 8px; }"));
    layout->addWidget(m_preview);

    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    auto *viewRow = new QHBoxLayout;
    viewRow->addWidget(new QLabel(tr("The amounts are:"), optionsBox));
    m_billable = new QRadioButton(tr("&Billable (what AWS charges)"), optionsBox);
    m_billable->setObjectName(QStringLiteral("viewBillable"));
    m_proForma = new QRadioButton(tr("&Pro forma (a Billing Conductor export)"), optionsBox);
    m_proForma->setObjectName(QStringLiteral("viewProForma"));
    m_billable->setChecked(true);
    auto *viewGroup = new QButtonGroup(this);
    viewGroup->addButton(m_billable);
    viewGroup->addButton(m_proForma);
    viewRow->addWidget(m_billable);
    viewRow->addWidget(m_proForma);
    viewRow->addStretch(1);
    optionsLayout->addLayout(viewRow);
    m_replace = new QCheckBox(tr("&Replace data already imported for the same payers and months"), optionsBox);
    m_replace->setObjectName(QStringLiteral("replaceCheck"));
    m_skipInvalid = new QCheckBox(
        tr("&Skip invalid rows (they are written with their reasons to a .rejected.csv file beside it)"), optionsBox);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheck"));
    optionsLayout->addWidget(m_replace);
    optionsLayout->addWidget(m_skipInvalid);
    layout->addWidget(optionsBox);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    m_progressText->setFont(style::tabularFont());
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_totals = makeTable(this, QStringLiteral("importTotals"),
                         {tr("Organization"), tr("Payer"), tr("Billing period"), tr("Rows"),
                          tr("Billable (what you pay)"), tr("Public on-demand"), tr("Currency")});
    m_totals->horizontalHeaderItem(4)->setForeground(style::billableColor());
    layout->addWidget(m_totals, 1);
    m_problems
        = makeTable(this, QStringLiteral("importProblems"), {tr("Line"), tr("Column"), tr("Text"), tr("Problem")});
    layout->addWidget(m_problems, 1);
    m_totals->hide();
    m_problems->hide();

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ImportDialog::updateProgress);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_pathEdit->text().trimmed();
        if (text != m_paths.join(QStringLiteral("; ")))
            setPaths(text.isEmpty() ? QStringList() : text.split(QStringLiteral("; ")));
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelImport();
        else
            reject();
    });

    setPaths(paths);
    setRunning(false);
}

ImportDialog::~ImportDialog()
{
    if (m_shared)
        m_shared->cancel = true;
    if (m_future.isRunning())
        m_future.waitForFinished();
}

void ImportDialog::setPaths(const QStringList &paths)
{
    m_paths.clear();
    for (const QString &p : paths)
        m_paths << QDir::cleanPath(QFileInfo(p).absoluteFilePath());
    m_pathEdit->setText(m_paths.join(QStringLiteral("; ")));
    m_succeeded = false;
    m_reports.clear();
    m_result->clear();
    m_totals->hide();
    m_problems->hide();
    m_progress->setValue(0);
    m_progressText->clear();
    inspect();
}

void ImportDialog::setView(CostView view)
{
    (view == CostView::ProForma ? m_proForma : m_billable)->setChecked(true);
}

void ImportDialog::setReplace(bool replace)
{
    m_replace->setChecked(replace);
}

void ImportDialog::setSkipInvalid(bool skip)
{
    m_skipInvalid->setChecked(skip);
}

QString ImportDialog::resultText() const
{
    return m_result->text();
}

QString ImportDialog::previewText() const
{
    return m_preview->text();
}

bool ImportDialog::isRunning() const
{
    return m_shared != nullptr;
}

void ImportDialog::browse()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import cost and usage data"), QString(),
                                                            tr("Cost exports (*.csv *.csv.gz *.gz);;All files (*)"));
    if (!files.isEmpty())
        setPaths(files);
}

void ImportDialog::inspect()
{
    if (m_paths.isEmpty()) {
        m_preview->setText(tr("<span style='color:#666'>Choose a file, or drop one on the main window.</span>"));
        m_importButton->setEnabled(false);
        return;
    }
    DirectoryService &dir = m_services.directory();
    QString html;
    bool importable = true;
    for (const QString &path : std::as_const(m_paths)) {
        const QString name = QFileInfo(path).fileName().toHtmlEscaped();
        auto detected = m_services.imports().inspect(path, CostFormat::Auto, 20000);
        if (!detected) {
            importable = false;
            html += tr("<p><b>%1</b>: <span style='color:#b73a3a'>%2</span> <small style='color:#666'>[%3]</small></p>")
                        .arg(name, detected.error().message.toHtmlEscaped(), detected.error().code);
            continue;
        }
        const DetectedFile &f = *detected;
        html += QStringLiteral("<p style='margin:0'><b>%1</b> &nbsp; <span style='color:#666'>%2%3</span></p>")
                    .arg(name, ImportsModel::formatBytes(f.fileSize), f.compressed ? tr(", gzip") : QString());
        html += QStringLiteral("<table cellspacing=3>");
        auto row = [&html](const QString &label, const QString &value) {
            html += QStringLiteral("<tr><td style='color:#555; padding-right:12px'>%1</td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value);
        };
        row(tr("Format"),
            (f.formatVersion.isEmpty() ? costFormatDisplayName(f.format) : f.formatVersion).toHtmlEscaped());
        QStringList payers;
        for (qsizetype i = 0; i < f.payers.size(); ++i) {
            const QString &id = f.payers[i];
            const auto org = dir.organizationManagedBy(id);
            if (org)
                payers << QStringLiteral("%1 <tt>%2</tt>").arg(org->name.toHtmlEscaped(), id);
            else
                payers << tr("<tt>%1</tt> %2<i>(new: will be added as an imported organization)</i>")
                              .arg(id,
                                   f.payerNames.value(i).isEmpty()
                                       ? QString()
                                       : f.payerNames.value(i).toHtmlEscaped() + QLatin1Char(' '));
        }
        row(f.payers.size() == 1 ? tr("Payer") : tr("Payers"),
            payers.isEmpty() ? tr("none found") : payers.join(QStringLiteral("<br>")));
        QStringList periods;
        for (const BillingPeriod &p : f.periods)
            periods << p.displayName();
        row(tr("Billing periods"),
            periods.join(QStringLiteral(", ")).toHtmlEscaped()
                + (f.complete ? QString()
                              : tr(" <span style='color:#666'>(from the first %L1 rows)</span>").arg(f.sampledRows)));
        if (!f.currencies.isEmpty())
            row(tr("Currency"), f.currencies.join(QStringLiteral(", ")));
        for (const QString &w : f.warnings)
            row(tr("Warning"), QStringLiteral("<span style='color:#a66b00'>%1</span>").arg(w.toHtmlEscaped()));
        html += QStringLiteral("</table>");
    }
    m_preview->setText(html);
    m_importButton->setEnabled(importable && !isRunning());
}

bool ImportDialog::startImport()
{
    if (m_paths.isEmpty() || isRunning())
        return false;
    auto shared = std::make_shared<Shared>();
    shared->source = &m_services;
    for (const QString &path : std::as_const(m_paths)) {
        ImportOptions o;
        o.path = path;
        o.view = m_proForma->isChecked() ? CostView::ProForma : CostView::Billable;
        o.replace = m_replace->isChecked();
        o.skipInvalid = m_skipInvalid->isChecked();
        shared->options.append(o);
    }
    shared->clock.start();
    m_shared = shared;
    m_reports.clear();
    m_succeeded = false;
    m_result->clear();
    m_totals->hide();
    m_problems->hide();
    m_progress->setValue(0);
    setRunning(true);

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        importFinished();
    });
    m_future = QtConcurrent::run(&ImportDialog::runImports, shared);
    watcher->setFuture(m_future);
    m_timer->start();
    return true;
}

// The worker: its own connection and services, the same acting account. Nothing here touches widgets.
ImportDialog::Outcome ImportDialog::runImports(std::shared_ptr<Shared> shared)
{
    Outcome outcome;
    // The one way to open services for a worker thread: its own connection, the same acting account and clock.
    auto opened = shared->source->openWorker();
    if (!opened) {
        outcome.error = opened.error();
        return outcome;
    }
    Services &worker = *opened.value();
    for (int i = 0; i < shared->options.size(); ++i) {
        if (shared->cancel) {
            outcome.error = Error::rule(QStringLiteral("IMPORT_CANCELLED"),
                                        tr("The import was canceled: nothing more was imported."));
            return outcome;
        }
        shared->fileIndex = i;
        shared->bytes = 0;
        shared->rows = 0;
        auto report
            = worker.imports().importFile(shared->options[i], [&shared](qint64 bytes, qint64 total, qint64 rows) {
                  shared->bytes = bytes;
                  shared->total = total;
                  shared->rows = rows;
                  return !shared->cancel.load();
              });
        if (!report) {
            outcome.error = report.error();
            outcome.failedReport = worker.imports().lastReport();
            outcome.failedPath = shared->options[i].path;
            return outcome;
        }
        outcome.reports.append(*report);
    }
    outcome.ok = true;
    return outcome;
}

void ImportDialog::cancelImport()
{
    if (!m_shared)
        return;
    m_shared->cancel = true;
    m_cancelButton->setEnabled(false);
    m_progressText->setText(tr("Canceling: rolling back..."));
}

void ImportDialog::updateProgress()
{
    if (!m_shared)
        return;
    const qint64 bytes = m_shared->bytes;
    const qint64 total = m_shared->total;
    const qint64 rows = m_shared->rows;
    const int index = m_shared->fileIndex;
    const double seconds = std::max<qint64>(1, m_shared->clock.elapsed()) / 1000.0;
    if (total > 0)
        m_progress->setValue(int(bytes * 1000 / total));
    else
        m_progress->setRange(0, 0); // busy until the size is known
    if (total > 0 && m_progress->maximum() == 0)
        m_progress->setRange(0, 1000);
    if (m_shared->cancel)
        return;
    const QString file = QFileInfo(m_shared->options.value(index).path).fileName();
    const QString of
        = m_shared->options.size() > 1 ? tr(" (%1 of %2)").arg(index + 1).arg(m_shared->options.size()) : QString();
    m_progressText->setText(tr("Importing %1%2: %3 of %4 \u00b7 %5 \u00b7 %L6 rows \u00b7 %7")
                                .arg(file, of, ImportsModel::formatBytes(bytes), ImportsModel::formatBytes(total),
                                     rate(double(bytes) / 1e6 / seconds, QStringLiteral("MB")))
                                .arg(rows)
                                .arg(rate(double(rows) / seconds, tr("rows"))));
}

void ImportDialog::importFinished()
{
    m_timer->stop();
    const Outcome outcome = m_future.result();
    const qint64 ms = m_shared ? m_shared->clock.elapsed() : 0;
    m_shared.reset();
    m_future = QFuture<Outcome>();
    m_succeeded = outcome.ok;
    setRunning(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(outcome.ok ? 1000 : 0);
    if (outcome.ok)
        m_progressText->setText(tr("Done in %1.").arg(duration(ms)));
    else
        m_progressText->clear();
    m_reports = outcome.reports;
    m_succeeded = outcome.ok;
    if (!outcome.reports.isEmpty())
        m_services.imports().notifyImported(); // the GUI thread's views refresh from the database
    showOutcome(outcome);
    m_importButton->setEnabled(!outcome.ok);
    Q_EMIT importDone(outcome.ok);
}

void ImportDialog::showOutcome(const Outcome &outcome)
{
    const bool hidden = m_services.imports().billableHidden();
    DirectoryService &dir = m_services.directory();
    QString html;
    m_totals->setRowCount(0);
    for (const ImportReport &r : outcome.reports) {
        html += tr("<p style='margin:2px 0'><b style='color:#2e8b57'>\u2714 Imported %L1 rows</b> from %2 (%3) in %4.")
                    .arg(r.rowsImported)
                    .arg(r.fileName.toHtmlEscaped(), r.formatVersion.toHtmlEscaped(), duration(r.elapsedMs));
        if (r.rowsRejected > 0)
            html += tr(" %L1 invalid rows skipped, written with their reasons to %2.")
                        .arg(r.rowsRejected)
                        .arg(r.rejectsPath.toHtmlEscaped());
        if (r.unknownLineItemTypeRows > 0)
            html += tr(" %L1 rows of unknown line item types kept (%2).")
                        .arg(r.unknownLineItemTypeRows)
                        .arg(r.unknownLineItemTypes.join(QStringLiteral(", ")));
        if (!r.replacedImports.isEmpty())
            html += r.replacedImports.size() == 1 ? tr(" Replaced an earlier import.")
                                                  : tr(" Replaced %1 earlier imports.").arg(r.replacedImports.size());
        html += QStringLiteral("</p>");
        for (const QString &w : r.warnings)
            html += QStringLiteral("<p style='margin:2px 0; color:#a66b00'>\u26a0 %1</p>").arg(w.toHtmlEscaped());
        for (const PayerPeriodTotal &t : r.totals) {
            const int row = m_totals->rowCount();
            m_totals->insertRow(row);
            const auto org = dir.organization(t.organizationId);
            m_totals->setItem(row, 0, tableCell(org ? org->name : t.organizationId));
            m_totals->setItem(row, 1, tableCell(t.payerAccountId));
            m_totals->item(row, 1)->setFont(style::tabularFont());
            m_totals->setItem(row, 2, tableCell(t.period.displayName()));
            m_totals->setItem(row, 3, tableCell(QLocale().toString(t.rows), true));
            if (hidden || r.billableHidden) {
                m_totals->setItem(
                    row, 4,
                    tableCell(tr("hidden"), true, tr("Billable amounts are not shown to a bill-source organization.")));
                m_totals->item(row, 4)->setForeground(style::mutedTextColor());
            } else {
                m_totals->setItem(row, 4,
                                  tableCell(ImportsModel::formatAmount(t.billable, t.currency), true,
                                            tr("Exact: %1 %2").arg(t.billable.toString(), t.currency)));
            }
            m_totals->setItem(row, 5,
                              tableCell(ImportsModel::formatAmount(t.publicOnDemand, t.currency), true,
                                        tr("Exact: %1 %2").arg(t.publicOnDemand.toString(), t.currency)));
            m_totals->setItem(row, 6, tableCell(t.currency));
        }
    }
    m_problems->setRowCount(0);
    if (!outcome.ok) {
        const Error &e = outcome.error;
        const bool canceled = e.code == QLatin1String("IMPORT_CANCELLED");
        if (canceled)
            html += tr("<p style='margin:2px 0'><b>Canceled.</b> Nothing from %1 was imported: the database is as it "
                       "was.</p>")
                        .arg(QFileInfo(outcome.failedPath).fileName().toHtmlEscaped());
        else
            html += tr("<p style='margin:2px 0; color:#b73a3a'><b>\u2716 Not imported:</b> %1 <small "
                       "style='color:#666'>[%2]</small></p>"
                       "<p style='margin:2px 0'>Nothing from this file was written.</p>")
                        .arg(e.message.toHtmlEscaped(), e.code);
        const ImportReport &r = outcome.failedReport;
        if (!canceled && r.problemCount > 0) {
            html += r.problemCount == 1 ? tr("<p style='margin:2px 0'>1 problem found")
                                        : tr("<p style='margin:2px 0'>%L1 problems found").arg(r.problemCount);
            if (r.problemCount > r.problems.size())
                html += tr(" (the first %1 listed)").arg(r.problems.size());
            html += tr(". Fix the file, or import again with \"Skip invalid rows\".</p>");
        }
        for (const ImportProblem &p : r.problems) {
            const int row = m_problems->rowCount();
            m_problems->insertRow(row);
            m_problems->setItem(row, 0, tableCell(QLocale().toString(p.line), true));
            m_problems->setItem(row, 1, tableCell(p.column));
            m_problems->setItem(row, 2, tableCell(p.text, false, p.text));
            m_problems->item(row, 2)->setFont(style::tabularFont());
            m_problems->setItem(row, 3, tableCell(QStringLiteral("%1 [%2]").arg(p.message, p.code)));
        }
    }
    m_result->setText(html);
    m_totals->setVisible(m_totals->rowCount() > 0);
    m_problems->setVisible(m_problems->rowCount() > 0);
    resize(std::max(width(), sizeHint().width()), std::max(height(), sizeHint().height() + 40));
    if (outcome.ok)
        m_cancelButton->setText(tr("Close"));
}

void ImportDialog::setRunning(bool running)
{
    m_pathEdit->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_billable->setEnabled(!running);
    m_proForma->setEnabled(!running);
    m_replace->setEnabled(!running);
    m_skipInvalid->setEnabled(!running);
    m_importButton->setEnabled(!running && !m_paths.isEmpty());
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(running ? tr("Cancel import") : tr("Close"));
    m_progress->setVisible(running || m_succeeded);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        m_future.waitForFinished(); // the worker rolls back; its result is dropped with the dialog
        m_timer->stop();
        m_shared.reset();
    }
    QDialog::reject();
}

} // namespace bd
