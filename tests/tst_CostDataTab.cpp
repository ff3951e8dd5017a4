// The Cost data tab and the import dialog, driven as a user would: File > Import with the real FOCUS sample,
// off the GUI thread, the Imports list with its totals, Remove with confirmation, Cancel that rolls back,
// Demo > Generate Usage, and the security promise (a bill-source organization never sees billable amounts).
#include "CostDataTab.h"
#include "GenerateUsageDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "engine/UsageGenerator.h"
#include "itemmodels/ImportsModel.h"
#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/ImportService.h"
#include "services/TransferService.h"
#include "storage/Storage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace bd;

namespace {

const QString Bsa = QStringLiteral("333333333333");

std::unique_ptr<MainWindow> makeWindow(test::TempServices &t)
{
    Organization payer {QStringLiteral("o-payer00001"),
                        QStringLiteral("Payer Holdings"),
                        QStringLiteral("111111111111"),
                        QStringLiteral("billing@payer.example"),
                        true,
                        false};
    Organization source {QStringLiteral("o-source0001"),
                         QStringLiteral("Source Ltd"),
                         Bsa,
                         QStringLiteral("root@source.example"),
                         true,
                         false};
    if (!t->directory().addOrganization(payer, QStringLiteral("Payer Management"), QStringLiteral("US")).ok()
        || !t->directory().addOrganization(source, QStringLiteral("Source Management"), QStringLiteral("GB")).ok())
        qFatal("cannot set up the directory");
    // A real transfer in effect: the payer pays Source Ltd's bill from February 2026, and the clock is past its start,
    // so Source Ltd is a bill-source context (BillingRules).
    TransferService::Invitation invitation;
    invitation.target = Bsa;
    invitation.start = BillingPeriod(2026, 2);
    invitation.name = QStringLiteral("Source Ltd");
    const Status set = [&]() -> Status {
        if (auto s = t->clock().initialise(QDateTime(QDate(2026, 1, 10), QTime(9, 0), QTimeZone::utc())); !s)
            return s;
        if (auto s = t->setActingAccount(QStringLiteral("111111111111")); !s)
            return s;
        if (auto r = t->transfers().invite(invitation); !r)
            return r.error();
        if (auto s = t->setActingAccount(Bsa); !s)
            return s;
        if (auto r = t->transfers().accept(QStringLiteral("Source Ltd")); !r)
            return r.error();
        if (auto s = t->setActingAccount({}); !s)
            return s;
        return t->clock().set(QDateTime(QDate(2026, 2, 2), QTime(9, 0), QTimeZone::utc()));
    }();
    if (!set)
        qFatal("cannot set up the transfer: %s", qPrintable(set.error().describe()));
    return std::make_unique<MainWindow>(std::move(t.services));
}

// Every text the tab shows: table cells of every view and label texts.
QString visibleText(QWidget *root)
{
    QStringList texts;
    for (QLabel *l : root->findChildren<QLabel *>())
        texts << l->text();
    for (QTableWidget *w : root->findChildren<QTableWidget *>())
        for (int r = 0; r < w->rowCount(); ++r)
            for (int c = 0; c < w->columnCount(); ++c)
                if (w->item(r, c))
                    texts << w->item(r, c)->text() << w->item(r, c)->toolTip();
    for (QTableView *v : root->findChildren<QTableView *>()) {
        QAbstractItemModel *m = v->model();
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->index(r, c).data().toString() << m->index(r, c).data(Qt::ToolTipRole).toString();
    }
    return texts.join(QLatin1Char('\n'));
}

bool importThroughDialog(CostDataTab *tab, const QString &path, ImportDialog **out = nullptr)
{
    ImportDialog *dialog = tab->openImportDialog({path});
    if (!dialog)
        return false;
    if (out)
        *out = dialog;
    QSignalSpy done(dialog, &ImportDialog::importDone);
    if (!dialog->startImport())
        return false;
    if (!done.wait(120000))
        return false;
    return done.first().first().toBool();
}

} // namespace

class tst_CostDataTab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setNonInteractive(true);
    }

    void menusAndEmptyState()
    {
        test::TempServices t;
        auto window = makeWindow(t);
        auto *tab = window->findChild<CostDataTab *>(QStringLiteral("costDataTab"));
        QVERIFY(tab);
        QVERIFY(window->selectTab(QStringLiteral("Cost data")));
        new QAbstractItemModelTester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, tab);
        // File > Import (Ctrl+I) sits before the separator reserved for imports; Demo offers Generate Usage.
        const QList<QAction *> file = window->fileMenu()->actions();
        qsizetype importAt = -1, separatorAt = -1;
        for (qsizetype i = 0; i < file.size(); ++i) {
            if (file[i]->objectName() == QLatin1String("actionImport"))
                importAt = i;
            if (file[i]->objectName() == QLatin1String("importSeparator"))
                separatorAt = i;
        }
        QVERIFY(importAt >= 0);
        QCOMPARE(importAt + 1, separatorAt);
        QCOMPARE(file[importAt]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        bool generate = false;
        for (QAction *a : window->demoMenu()->actions())
            generate |= a->objectName() == QLatin1String("actionGenerateUsage");
        QVERIFY(generate);
        // Empty state.
        auto *stack = tab->findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("importsEmptyState"));
        QVERIFY(visibleText(tab).contains(
            QStringLiteral("No cost data yet. Import a CUR or FOCUS file, or drop one here.")));
        // Dropped files open the dialog with them.
        const QString sample = test::sharedDataPath(QStringLiteral("focus-1.0/focus_sample.csv"));
        Q_EMIT window->filesDropped({sample});
        auto *dialog = tab->findChild<ImportDialog *>(QStringLiteral("importDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->paths(), QStringList {QDir::cleanPath(QFileInfo(sample).absoluteFilePath())});
        dialog->reject();
    }

    void importFocusSampleThroughTheDialog()
    {
        test::TempServices t;
        auto window = makeWindow(t);
        auto *tab = window->findChild<CostDataTab *>(QStringLiteral("costDataTab"));
        const QString sample = test::sharedDataPath(QStringLiteral("focus-1.0/focus_sample.csv"));
        ImportDialog *dialog = tab->openImportDialog({sample});
        QVERIFY(dialog);
        // The preview: format, payer (unknown: will be created), period.
        const QString preview = dialog->previewText();
        QVERIFY2(preview.contains(QStringLiteral("FOCUS")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("1234567890123")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("September 2024")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("new")), qPrintable(preview));

        QSignalSpy done(dialog, &ImportDialog::importDone);
        QVERIFY(dialog->startImport());
        QVERIFY(dialog->isRunning());
        QVERIFY(!dialog->startImport()); // one at a time
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(dialog->succeeded());
        QCOMPARE(dialog->reports().size(), 1);
        QCOMPARE(dialog->reports().first().rowsImported, qint64(942));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("942")), qPrintable(dialog->resultText()));
        QVERIFY(dialog->resultText().contains(QStringLiteral("58")));
        auto *totals = dialog->findChild<QTableWidget *>(QStringLiteral("importTotals"));
        QCOMPARE(totals->rowCount(), 1);
        QCOMPARE(totals->item(0, 3)->text(), QStringLiteral("942"));
        QCOMPARE(totals->item(0, 4)->text(), QStringLiteral("18.01"));
        QCOMPARE(totals->item(0, 6)->text(), QStringLiteral("USD"));
        if (qEnvironmentVariableIsSet("BILLINGDESK_SHOTS")) // for looking at the dialog: BILLINGDESK_SHOTS=DIR
            dialog->grab().save(qEnvironmentVariable("BILLINGDESK_SHOTS") + QStringLiteral("/import-dialog.png"));

        // The Imports list: one row, 942 rows, billable 18.0066386184 shown as 18.01 USD.
        ImportsModel *model = tab->model();
        QCOMPARE(model->rowCount(), 1);
        const ImportRecord r = model->record(0);
        QCOMPARE(r.rowsImported, qint64(942));
        QCOMPARE(r.billable.toString(), QStringLiteral("18.0066386184"));
        QCOMPARE(model->index(0, ImportsModel::Rows).data().toString(), QStringLiteral("942"));
        QCOMPARE(model->index(0, ImportsModel::Billable).data().toString(), QStringLiteral("18.01 USD"));
        QCOMPARE(model->index(0, ImportsModel::PublicOnDemand).data().toString(), QStringLiteral("18.15 USD"));
        QCOMPARE(model->index(0, ImportsModel::File).data().toString(), QStringLiteral("focus_sample.csv"));
        QCOMPARE(model->index(0, ImportsModel::Sha256).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("SHA-256 ") + r.sha256);
        QCOMPARE(r.sha256.size(), 64);
        QVERIFY(model->index(0, ImportsModel::Sha256).data().toString().size() < 16);
        QCOMPARE(model->index(0, ImportsModel::Billable).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
                     & Qt::AlignRight,
                 Qt::AlignRight);
        QCOMPARE(tab->selectedImportId(), r.id);
        QVERIFY(visibleText(tab).contains(QStringLiteral("18.01 USD")));
        auto *detailTotals = tab->findChild<QTableWidget *>(QStringLiteral("importTotalsTable"));
        QCOMPARE(detailTotals->rowCount(), 1);
        QCOMPARE(detailTotals->item(0, 2)->text(), QStringLiteral("18.01 USD"));
        auto *coverage = tab->findChild<QTableWidget *>(QStringLiteral("coverageTable"));
        QCOMPARE(coverage->rowCount(), 1);
        QCOMPARE(coverage->item(0, 0)->text(), QStringLiteral("SunBird"));
        QCOMPARE(coverage->item(0, 1)->text(), QStringLiteral("18.01"));
        dialog->reject();

        // The same file again is refused and nothing changes.
        ImportDialog *again = nullptr;
        QVERIFY(!importThroughDialog(tab, sample, &again));
        QVERIFY2(again->resultText().contains(QStringLiteral("IMPORT_DUPLICATE_FILE")),
                 qPrintable(again->resultText()));
        QCOMPARE(model->rowCount(), 1);
        again->reject();

        // A bill-source organization does not see billable amounts anywhere in the tab.
        window->setActingAccount(Bsa);
        QCOMPARE(window->services().roleOf(Bsa), QStringLiteral("bill-source"));
        const QString shown = visibleText(tab);
        QVERIFY(!shown.contains(QStringLiteral("18.01")));
        QVERIFY(!shown.contains(QStringLiteral("18.0066386184")));
        QVERIFY(shown.contains(QStringLiteral("18.15")) || model->rowCount() == 0); // public on-demand stays visible
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, ImportsModel::Billable).data().toString(), QStringLiteral("hidden"));
        QVERIFY(!tab->openImportDialog({sample})); // and it cannot import
        // Back to the administrator: remove with confirmation.
        window->setActingAccount({});
        QVERIFY(visibleText(tab).contains(QStringLiteral("18.01")));
        tab->selectImport(r.id);
        MessageBox::queueAnswer(false);
        tab->removeImport();
        QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("focus_sample.csv")));
        QCOMPARE(model->rowCount(), 1);
        MessageBox::queueAnswer(true);
        tab->removeImport();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(tab->findChild<QStackedWidget *>()->currentWidget()->objectName(),
                 QStringLiteral("importsEmptyState"));
    }

    void cancelRollsBack()
    {
        test::TempServices t;
        const QString path = t.dir.filePath(QStringLiteral("big.csv"));
        UsageGeneratorOptions o;
        o.payers = UsageGenerator::syntheticPayers(2);
        o.firstPeriod = BillingPeriod(2025, 12);
        o.rows = 400000;
        QVERIFY(UsageGenerator(o).writeFile(path).ok());
        auto window = makeWindow(t);
        auto *tab = window->findChild<CostDataTab *>(QStringLiteral("costDataTab"));
        const qint64 organizations = window->services().directory().organizations().size();
        ImportDialog *dialog = tab->openImportDialog({path});
        QSignalSpy done(dialog, &ImportDialog::importDone);
        QVERIFY(dialog->startImport());
        dialog->cancelImport();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Canceled")), qPrintable(dialog->resultText()));
        QCOMPARE(tab->model()->rowCount(), 0);
        QCOMPARE(window->services().imports().lineItemCount(), qint64(0));
        QCOMPARE(qint64(window->services().directory().organizations().size()), organizations); // no payer created
        dialog->reject();
    }

    // A bad value stops the import: the dialog lists the line, the column and the text; nothing is written.
    void problemsAreListed()
    {
        test::TempServices t;
        const QString path = t.dir.filePath(QStringLiteral("bad.csv"));
        UsageGeneratorOptions o;
        o.payers = UsageGenerator::syntheticPayers(1);
        o.firstPeriod = BillingPeriod(2025, 12);
        o.rows = 50;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(UsageGenerator(o).write(buffer).ok());
        QList<QByteArray> lines = buffer.data().split('\n');
        QByteArray &line = lines[4]; // physical line 5
        const qsizetype at = line.indexOf(',', line.indexOf(",USD,") + 5) + 1; // line_item_net_unblended_cost
        line = line.left(at) + "12.3x" + line.mid(line.indexOf(',', at));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines.join('\n'));
        f.close();
        auto window = makeWindow(t);
        auto *tab = window->findChild<CostDataTab *>(QStringLiteral("costDataTab"));
        ImportDialog *dialog = nullptr;
        QVERIFY(!importThroughDialog(tab, path, &dialog));
        auto *problems = dialog->findChild<QTableWidget *>(QStringLiteral("importProblems"));
        QVERIFY(problems->rowCount() >= 1);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("5"));
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("line_item_net_unblended_cost"));
        QCOMPARE(problems->item(0, 2)->text(), QStringLiteral("12.3x"));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Not imported")), qPrintable(dialog->resultText()));
        QCOMPARE(tab->model()->rowCount(), 0);
        if (qEnvironmentVariableIsSet("BILLINGDESK_SHOTS"))
            dialog->grab().save(qEnvironmentVariable("BILLINGDESK_SHOTS") + QStringLiteral("/import-problems.png"));
        // With skip-invalid the valid rows go in and the bad one goes to the side file.
        dialog->setSkipInvalid(true);
        QSignalSpy done(dialog, &ImportDialog::importDone);
        QVERIFY(dialog->startImport());
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog->resultText()));
        QCOMPARE(dialog->reports().first().rowsImported, qint64(49));
        QCOMPARE(dialog->reports().first().rowsRejected, qint64(1));
        QVERIFY(dialog->resultText().contains(QStringLiteral("rejected"))
                || dialog->resultText().contains(QStringLiteral("invalid")));
        QCOMPARE(tab->model()->rowCount(), 1);
        dialog->reject();
    }

    void generateUsageFromTheDemoMenu()
    {
        test::TempServices t;
        auto window = makeWindow(t);
        auto *tab = window->findChild<CostDataTab *>(QStringLiteral("costDataTab"));
        GenerateUsageDialog *dialog = tab->openGenerateDialog();
        QVERIFY(dialog);
        dialog->setRequest(2, 3000, 42);
        QSignalSpy done(dialog, &GenerateUsageDialog::generationDone);
        QVERIFY(dialog->start());
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog->resultText()));
        QCOMPARE(tab->model()->rowCount(), 1);
        const ImportRecord r = tab->model()->record(0);
        QCOMPARE(r.rowsImported, qint64(3000));
        // Both organizations, two complete months before the clock each.
        QCOMPARE(r.totals.size(), 4);
        QVERIFY(r.billable > Decimal::fromInt(0));
        const QString administratorView = visibleText(tab);
        if (qEnvironmentVariableIsSet("BILLINGDESK_SHOTS"))
            dialog->grab().save(qEnvironmentVariable("BILLINGDESK_SHOTS") + QStringLiteral("/generate-dialog.png"));
        dialog->reject();

        // Each organization sees its own cost data only (no transfer here); the bill-source one without billable
        // amounts.
        window->setActingAccount(QStringLiteral("111111111111"));
        QCOMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->record(0).totals.size(), 2);
        QCOMPARE(tab->model()->record(0).rowsImported,
                 tab->model()->record(0).totals[0].rows + tab->model()->record(0).totals[1].rows);
        // The import also holds Source Ltd's months, which the payer did not pay: the record is a partial view.
        QVERIFY(tab->model()->isPartial(tab->model()->record(0).id));
        QVERIFY(tab->model()->record(0).partial);
        for (const PayerPeriodTotal &t : tab->model()->record(0).totals)
            QCOMPARE(t.payerAccountId, QStringLiteral("111111111111"));
        QCOMPARE(tab->findChild<QTableWidget *>(QStringLiteral("coverageTable"))->rowCount(), 1);
        window->setActingAccount(Bsa);
        QCOMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->record(0).totals.size(), 2);
        QCOMPARE(tab->model()->index(0, ImportsModel::Billable).data().toString(), QStringLiteral("hidden"));
        auto *detailTotals = tab->findChild<QTableWidget *>(QStringLiteral("importTotalsTable"));
        QCOMPARE(detailTotals->rowCount(), 2);
        QCOMPARE(detailTotals->item(0, 0)->text(), QStringLiteral("Source Ltd"));
        QCOMPARE(detailTotals->item(0, 2)->text(), QStringLiteral("hidden"));
        const QString shown = visibleText(tab);
        QVERIFY(!shown.contains(QStringLiteral("Payer Holdings")));
        // No billable amount of the administrator's view appears in the bill-source's view.
        for (const PayerPeriodTotal &t : r.totals) {
            const QString billable = ImportsModel::formatAmount(t.billable, t.currency);
            QVERIFY2(administratorView.contains(billable), qPrintable(billable));
            QVERIFY2(!shown.contains(billable), qPrintable(billable));
        }

        // Visibility fails closed: when what the acting account may see cannot be decided (here the transfers
        // cannot be read, as when another program holds the database), the payer sees no figure and a reason.
        window->setActingAccount(QStringLiteral("111111111111"));
        QCOMPARE(tab->model()->rowCount(), 1);
        const QString payerView = visibleText(tab);
        QStringList payerFigures;
        for (const PayerPeriodTotal &t : r.totals)
            if (t.payerAccountId == QLatin1String("111111111111")) {
                payerFigures << ImportsModel::formatAmount(t.billable, t.currency);
                QVERIFY2(payerView.contains(payerFigures.constLast()), qPrintable(payerFigures.constLast()));
            }
        QCOMPARE(payerFigures.size(), 2);
        window->services().storage().setFaultHook(
            [](const QString &statement) { return statement.contains(QLatin1String("responsibility_transfers")); });
        Q_EMIT window->services().dataChanged();
        QCOMPARE(tab->model()->rowCount(), 0);
        QVERIFY(tab->model()->billableHidden());
        QVERIFY(!tab->model()->error().isEmpty());
        const QString failed = visibleText(tab);
        for (const QString &figure : std::as_const(payerFigures))
            QVERIFY2(!failed.contains(figure), qPrintable(figure));
        QVERIFY2(failed.contains(QStringLiteral("Cost data cannot be shown right now")), qPrintable(failed));
        window->services().storage().setFaultHook({});
        Q_EMIT window->services().dataChanged();
        QCOMPARE(tab->model()->rowCount(), 1);
    }

    // Issue 9.4 and 8(b) in the dialog's result: the currencies of a mixed file with their rows, and where data went
    // that the acting account cannot see.
    void importDialogNamesCurrenciesAndWhereTheDataWent()
    {
        test::TempServices t;
        auto window = makeWindow(t);
        auto *tab = window->findChild<CostDataTab *>(QStringLiteral("costDataTab"));
        ImportDialog *dialog = nullptr;
        QVERIFY(importThroughDialog(tab, test::testDataPath(QStringLiteral("import/mixed_currency.csv")), &dialog));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("mixes 2 currencies (EUR: 1 rows, USD: 2 rows)")),
                 qPrintable(dialog->resultText()));
        dialog->reject();
        QVERIFY(window->services().setActingAccount(QStringLiteral("111111111111")).ok());
        ImportDialog *other = nullptr;
        QVERIFY(importThroughDialog(tab, test::testDataPath(QStringLiteral("import/short_account.csv")), &other));
        QVERIFY2(other->resultText().contains(QStringLiteral("Imported payer 99998888777"))
                     && other->resultText().contains(QStringLiteral("switch to account 99998888777")),
                 qPrintable(other->resultText()));
        other->reject();
    }
};

QTEST_MAIN(tst_CostDataTab)
#include "tst_CostDataTab.moc"
