#include "GenerateUsageDialog.h"

#include "itemmodels/ImportsModel.h"
#include "itemmodels/ModelStyle.h"
#include "services/ImportService.h"
#include "services/Services.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>
#include <mutex>

namespace bd {

namespace {
QString duration(qint64 ms)
{
    if (ms < 1000)
        return GenerateUsageDialog::tr("%1 ms").arg(ms);
    return GenerateUsageDialog::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}
} // namespace

struct GenerateUsageDialog::Shared
{
    const Services *source = nullptr;
    UsageService::Request request;
    std::mutex mutex;
    QString phase;
    qint64 done = 0;
    qint64 total = 0;
    QElapsedTimer phaseClock;
    QElapsedTimer clock;
    std::atomic<bool> cancel {false};
};

GenerateUsageDialog::GenerateUsageDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("generateUsageDialog"));
    setWindowTitle(tr("Generate demo usage"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Generates AWS CUR 2.0 cost and usage data for every organization in the directory (its management "
           "account as the payer) and imports it as billable data. The same seed always gives the same data; "
           "months already imported are replaced."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("monthsSpin"));
    m_months->setRange(1, 36);
    m_months->setValue(3);
    m_rows = new QSpinBox(this);
    m_rows->setObjectName(QStringLiteral("rowsSpin"));
    m_rows->setRange(1, 50'000'000);
    m_rows->setSingleStep(10000);
    m_rows->setGroupSeparatorShown(true);
    m_rows->setValue(20000);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, 2'000'000'000);
    m_seed->setValue(42);
    form->addRow(tr("&Months:"), m_months);
    form->addRow(tr("&Line items (total):"), m_rows);
    form->addRow(tr("&Seed:"), m_seed);
    m_scope = new QLabel(this);
    m_scope->setStyleSheet(QStringLiteral("color: #555"));
    m_scope->setWordWrap(true);
    form->addRow(QString(), m_scope);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("generateProgress"));
    m_progress->setRange(0, 1000);
    m_progressText = new QLabel(this);
    m_progressText->setFont(style::tabularFont());
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("generateResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("&Generate and import"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("generateButton"));
    m_startButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    auto updateScope = [this] {
        const BillingPeriod first = m_services.usage().defaultFirstPeriod(m_months->value());
        const BillingPeriod last = first.addMonths(m_months->value() - 1);
        const qsizetype payers = m_services.usage().directoryPayers().size();
        m_scope->setText((payers == 1 ? tr("1 organization") : tr("%1 organizations").arg(payers))
                         + tr(", %1 to %2 (about %3 of CSV).")
                               .arg(first.displayName(), last.displayName(),
                                    ImportsModel::formatBytes(qint64(m_rows->value()) * 370)));
    };
    connect(m_months, &QSpinBox::valueChanged, this, updateScope);
    connect(m_rows, &QSpinBox::valueChanged, this, updateScope);
    updateScope();
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &GenerateUsageDialog::updateProgress);
    connect(m_startButton, &QPushButton::clicked, this, &GenerateUsageDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancel();
        else
            reject();
    });
    setRunning(false);
}

GenerateUsageDialog::~GenerateUsageDialog()
{
    if (m_shared)
        m_shared->cancel = true;
    if (m_future.isRunning())
        m_future.waitForFinished();
}

void GenerateUsageDialog::setRequest(int months, qint64 rows, quint64 seed)
{
    m_months->setValue(months);
    m_rows->setValue(int(rows));
    m_seed->setValue(int(seed));
}

QString GenerateUsageDialog::resultText() const
{
    return m_result->text();
}

bool GenerateUsageDialog::start()
{
    if (isRunning())
        return false;
    auto shared = std::make_shared<Shared>();
    shared->source = &m_services;
    shared->request.months = m_months->value();
    shared->request.rows = m_rows->value();
    shared->request.seed = quint64(m_seed->value());
    shared->clock.start();
    shared->phaseClock.start();
    m_shared = shared;
    m_succeeded = false;
    m_result->clear();
    setRunning(true);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        done();
    });
    m_future = QtConcurrent::run(&GenerateUsageDialog::run, shared);
    watcher->setFuture(m_future);
    m_timer->start();
    return true;
}

GenerateUsageDialog::Outcome GenerateUsageDialog::run(std::shared_ptr<Shared> shared)
{
    Outcome o;
    // The one way to open services for a worker thread: its own connection, the same acting account and clock.
    auto opened = shared->source->openWorker();
    if (!opened) {
        o.error = opened.error();
        return o;
    }
    Services &worker = *opened.value();
    auto result
        = worker.usage().generateAndImport(shared->request, [&shared](const QString &phase, qint64 done, qint64 total) {
              std::lock_guard lock(shared->mutex);
              if (phase != shared->phase) {
                  shared->phase = phase;
                  shared->phaseClock.restart();
              }
              shared->done = done;
              shared->total = total;
              return !shared->cancel.load();
          });
    if (!result) {
        o.error = result.error();
        return o;
    }
    o.ok = true;
    o.outcome = *result;
    return o;
}

void GenerateUsageDialog::cancel()
{
    if (!m_shared)
        return;
    m_shared->cancel = true;
    m_cancelButton->setEnabled(false);
    m_progressText->setText(tr("Canceling: rolling back..."));
}

void GenerateUsageDialog::updateProgress()
{
    if (!m_shared || m_shared->cancel)
        return;
    QString phase;
    qint64 done = 0, total = 0, ms = 1;
    {
        std::lock_guard lock(m_shared->mutex);
        phase = m_shared->phase;
        done = m_shared->done;
        total = m_shared->total;
        ms = std::max<qint64>(1, m_shared->phaseClock.elapsed());
    }
    // Generating is the first half of the bar, importing the second.
    const bool importing = phase == QLatin1String("importing");
    const int base = importing ? 500 : 0;
    m_progress->setValue(base + (total > 0 ? int(done * 500 / total) : 0));
    const double perSecond = double(done) * 1000.0 / double(ms); // display only
    if (importing)
        m_progressText->setText(tr("Importing: %1 of %2 \u00b7 %3 MB/s")
                                    .arg(ImportsModel::formatBytes(done), ImportsModel::formatBytes(total),
                                         QLocale().toString(perSecond / 1e6, 'f', 1)));
    else
        m_progressText->setText(
            tr("Generating: %L1 of %L2 line items \u00b7 %L3 rows/s").arg(done).arg(total).arg(qint64(perSecond)));
}

void GenerateUsageDialog::done()
{
    m_timer->stop();
    const Outcome o = m_future.result();
    const qint64 ms = m_shared ? m_shared->clock.elapsed() : 0;
    m_shared.reset();
    m_future = QFuture<Outcome>();
    m_succeeded = o.ok;
    setRunning(false);
    if (o.ok) {
        m_progress->setValue(1000);
        m_progressText->setText(tr("Done in %1.").arg(duration(ms)));
        m_result->setText(
            tr("<b style='color:#2e8b57'>\u2714 Generated and imported %L1 line items</b> (%2 of CSV) for %3 to %4: "
               "generating took %5, importing %6.")
                .arg(o.outcome.rows)
                .arg(ImportsModel::formatBytes(o.outcome.csvBytes), o.outcome.firstPeriod.displayName(),
                     o.outcome.firstPeriod.addMonths(o.outcome.months - 1).displayName(),
                     duration(o.outcome.generateMs), duration(o.outcome.importMs)));
        m_services.imports().notifyImported();
        m_cancelButton->setText(tr("Close"));
    } else {
        m_progress->setValue(0);
        m_progressText->clear();
        const bool canceled
            = o.error.code == QLatin1String("IMPORT_CANCELLED") || o.error.code == QLatin1String("CANCELED");
        m_result->setText(canceled ? tr("<b>Canceled.</b> Nothing was imported: the database is as it was.")
                                   : tr("<span style='color:#b73a3a'><b>\u2716 Not imported:</b> %1</span> <small "
                                        "style='color:#666'>[%2]</small>")
                                         .arg(o.error.message.toHtmlEscaped(), o.error.code));
    }
    adjustSize();
    Q_EMIT generationDone(o.ok);
}

void GenerateUsageDialog::setRunning(bool running)
{
    m_months->setEnabled(!running);
    m_rows->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_startButton->setEnabled(!running);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(running ? tr("Cancel") : tr("Close"));
    if (running)
        m_progress->setValue(0);
}

void GenerateUsageDialog::reject()
{
    if (isRunning()) {
        cancel();
        m_future.waitForFinished();
        m_timer->stop();
        m_shared.reset();
    }
    QDialog::reject();
}

} // namespace bd
