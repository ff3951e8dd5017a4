// ImportService: the real FOCUS sample, attribution, duplicates and overlaps, replace, skip-invalid, removal,
// reference checks, cancel, and the bill-source rule.
#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/ImportService.h"
#include "services/TransferService.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace bd;
using namespace bd::test;

namespace {

QString fixture(const char *name)
{
    return testDataPath(QStringLiteral("import/") + QLatin1String(name));
}

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

ImportOptions opts(const QString &path)
{
    ImportOptions o;
    o.path = path;
    return o;
}

} // namespace

class tst_ImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focusSample()
    {
        TempServices s;
        QSignalSpy changed(&s->imports(), &ImportService::importsChanged);
        auto r = s->imports().importFile(opts(sharedDataPath(QStringLiteral("focus-1.0/focus_sample.csv"))));
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(r->format, CostFormat::Focus);
        QCOMPARE(r->formatVersion, QStringLiteral("FOCUS 1.0"));
        QCOMPARE(r->rowsRead, 1000);
        QCOMPARE(r->rowsImported, 942);
        QCOMPARE(r->rowsSkipped, 58);
        QCOMPARE(r->rowsRejected, 0);
        QCOMPARE(r->skippedByProvider.value(QStringLiteral("Microsoft")), 51);
        QCOMPARE(r->skippedByProvider.value(QStringLiteral("Oracle")), 7);
        // Reference totals from SOURCE.md (independent exact computation).
        QCOMPARE(r->billableTotal, dec("18.00663861840"));
        QCOMPARE(r->publicOnDemandTotal, dec("18.14931764060"));
        QCOMPARE(r->totals.size(), 1);
        QCOMPARE(r->totals.first().payerAccountId, QStringLiteral("1234567890123"));
        QCOMPARE(r->totals.first().period, BillingPeriod(2024, 9));
        QCOMPARE(r->totals.first().currency, QStringLiteral("USD"));
        QCOMPARE(r->totals.first().rows, 942);
        // The unknown payer became an imported organization named from BillingAccountName.
        QCOMPARE(r->createdOrganizations.size(), 1);
        const QString orgId = ImportService::organizationIdForPayer(QStringLiteral("1234567890123"));
        QCOMPARE(r->createdOrganizations.first().id, orgId);
        const auto org = s->directory().organization(orgId);
        QVERIFY(org);
        QCOMPARE(org->name, QStringLiteral("SunBird"));
        QVERIFY(org->imported);
        QCOMPARE(org->managementAccountId, QStringLiteral("1234567890123"));
        QCOMPARE(r->totals.first().organizationId, orgId);
        // Rollups: 66 sub accounts, three invoicing entities, the same totals.
        CostQuery byAccount;
        byAccount.period = BillingPeriod(2024, 9);
        byAccount.groupBy = {CostDimension::Account};
        auto accounts = s->imports().costTotals(byAccount);
        QVERIFY(accounts.ok());
        QCOMPARE(accounts->size(), 66);
        Decimal sum;
        for (const CostTotal &t : accounts.value())
            sum += t.billable;
        QCOMPARE(sum, dec("18.0066386184"));
        CostQuery byIssuer;
        byIssuer.organizationId = orgId;
        byIssuer.groupBy = {CostDimension::InvoicingEntity};
        auto issuers = s->imports().costTotals(byIssuer);
        QVERIFY(issuers.ok());
        QStringList names;
        for (const CostTotal &t : issuers.value())
            names << t.keys.first();
        QCOMPARE(names,
                 (QStringList {"Amazon Web Services Canada, Inc.", "Amazon Web Services EMEA SARL",
                               "Amazon Web Services, Inc."}));
        // The Imports list.
        const auto list = s->imports().imports().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().fileName, QStringLiteral("focus_sample.csv"));
        QCOMPARE(list.first().sha256.size(), 64);
        QCOMPARE(list.first().sha256, r->sha256);
        QCOMPARE(list.first().billable, dec("18.0066386184"));
        QCOMPARE(list.first().rowsSkipped, 58);
        QCOMPARE(list.first().totals.size(), 1);
        // The same hash as an independent computation.
        QFile f(sharedDataPath(QStringLiteral("focus-1.0/focus_sample.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(r->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
    }

    void knownPayerIsAttributed()
    {
        TempServices s;
        Organization o;
        o.id = QStringLiteral("o-payer00001");
        o.name = QStringLiteral("Known payer");
        o.managementAccountId = QStringLiteral("111122223333");
        o.managementEmail = QStringLiteral("payer@example.com");
        QVERIFY(s->directory().addOrganization(o).ok());
        auto r = s->imports().importFile(opts(fixture("good_cur2.csv")));
        QVERIFY(r.ok());
        QCOMPARE(r->totals.at(0).organizationId, QStringLiteral("o-payer00001"));
        QCOMPARE(r->createdOrganizations.size(), 1); // only 999988887777 was unknown
        QCOMPARE(r->createdOrganizations.first().managementAccountId, QStringLiteral("999988887777"));
        QCOMPARE(r->createdOrganizations.first().id,
                 ImportService::organizationIdForPayer(QStringLiteral("999988887777")));
        // Deterministic and valid.
        QCOMPARE(ImportService::organizationIdForPayer(QStringLiteral("999988887777")),
                 ImportService::organizationIdForPayer(QStringLiteral("999988887777")));
        QVERIFY(validate::organizationId(ImportService::organizationIdForPayer(QStringLiteral("1"))).ok());
        // An organization with imported data cannot be removed; after removing the import it can.
        auto refused = s->directory().removeOrganization(QStringLiteral("o-payer00001"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("ORGANIZATION_IN_USE"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("imported cost data")),
                 qPrintable(refused.error().message));
        QVERIFY(s->imports().removeImport(r->importId).ok());
        QVERIFY2(s->directory().removeOrganization(QStringLiteral("o-payer00001")).ok(),
                 qPrintable(s->directory().removeOrganization(QStringLiteral("o-payer00001")).error().message));
    }

    void duplicateAndOverlapRefusedUnlessReplaced()
    {
        TempServices s;
        auto first = s->imports().importFile(opts(fixture("good_cur2.csv")));
        QVERIFY(first.ok());
        // The same file again.
        auto again = s->imports().importFile(opts(fixture("good_cur2.csv")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("IMPORT_DUPLICATE_FILE"));
        QCOMPARE(again.error().kind, Error::Kind::Rule);
        // Another file with the same payers and periods (the gzip copy).
        auto overlap = s->imports().importFile(opts(fixture("good_cur2.csv.gz")));
        QVERIFY(!overlap.ok());
        QCOMPARE(overlap.error().code, QStringLiteral("IMPORT_OVERLAP"));
        QVERIFY2(overlap.error().message.contains(QStringLiteral("111122223333, 2026-01")),
                 qPrintable(overlap.error().message));
        QCOMPARE(s->imports().imports().value().size(), 1);
        QCOMPARE(s->imports().lineItemCount(), 5);
        // As a pro forma view it does not overlap.
        ImportOptions proforma = opts(fixture("good_cur2.csv.gz"));
        proforma.view = CostView::ProForma;
        auto pf = s->imports().importFile(proforma);
        QVERIFY2(pf.ok(), qPrintable(pf.error().describe()));
        QCOMPARE(s->imports().imports().value().first().view, CostView::ProForma);
        CostQuery billable;
        billable.groupBy = {CostDimension::Payer};
        auto b = s->imports().costTotals(billable);
        QCOMPARE(b->size(), 2);
        QCOMPARE(b->at(0).billable, dec("1.63456790822"));
        // Replace: the earlier import goes, amounts are not doubled.
        ImportOptions replace = opts(fixture("good_cur2.csv"));
        replace.replace = true;
        auto replaced = s->imports().importFile(replace);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error().describe()));
        QCOMPARE(replaced->replacedImports, QList<qint64> {first->importId});
        QCOMPARE(s->imports().imports().value().size(), 2);
        QCOMPARE(s->imports().lineItemCount(), 10);
        QCOMPARE(s->imports().lineItemCount(first->importId), 0);
        b = s->imports().costTotals(billable);
        QCOMPARE(b->at(0).billable, dec("1.63456790822"));
        QCOMPARE(b->at(0).rows, 4);
    }

    void skipInvalidWritesTheSideFile()
    {
        TempServices s;
        ImportOptions o = opts(fixture("invalid_amount.csv"));
        o.skipInvalid = true;
        o.rejectsPath = s.dir.filePath(QStringLiteral("rejects.csv"));
        auto r = s->imports().importFile(o);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r->rowsRead, 2);
        QCOMPARE(r->rowsImported, 1);
        QCOMPARE(r->rowsRejected, 1);
        QCOMPARE(r->rejectsPath, o.rejectsPath);
        QCOMPARE(r->billableTotal, dec("0.9"));
        const auto rows = readCsv(o.rejectsPath);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).mid(0, 5), (QStringList {"line", "column", "code", "reason", "bill_payer_account_id"}));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("3"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("line_item_net_unblended_cost"));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("INVALID_NUMBER"));
        QCOMPARE(rows.at(1).at(4), QStringLiteral("999988887777"));
        QCOMPARE(rows.at(1).at(4 + 17), QStringLiteral("12,34"));
        // The default side file name.
        TempServices t;
        const QString copy = t.dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(QFile::copy(fixture("too_many_fields.csv"), copy));
        ImportOptions d = opts(copy);
        d.skipInvalid = true;
        auto r2 = t->imports().importFile(d);
        QVERIFY(r2.ok());
        QCOMPARE(r2->rejectsPath, copy + QStringLiteral(".rejected.csv"));
        QVERIFY(QFile::exists(copy + QStringLiteral(".rejected.csv")));
    }

    void cancelWritesNothing()
    {
        TempServices s;
        int calls = 0;
        auto r = s->imports().importFile(opts(fixture("good_cur2.csv")), [&](qint64, qint64 total, qint64) {
            ++calls;
            return total < 0; // cancel at the first report
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("IMPORT_CANCELLED"));
        QVERIFY(calls >= 1);
        QCOMPARE(s->imports().lineItemCount(), 0);
        QCOMPARE(s->imports().imports().value().size(), 0);
        QCOMPARE(s->directory().organizations().size(), 0);
    }

    void cancelLargeFileMidway()
    {
        // Enough rows that the parser is blocked on a full queue when Cancel comes.
        TempServices s;
        QFile in(fixture("good_cur2.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        const QString path = s.dir.filePath(QStringLiteral("many.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.at(0) + '\n');
        for (int i = 0; i < 120000; ++i)
            out.write(lines.at(6) + '\n');
        out.close();
        int calls = 0;
        auto r = s->imports().importFile(opts(path), [&](qint64 bytes, qint64 total, qint64 rows) {
            ++calls;
            QThread::msleep(300); // meanwhile the parser fills the queue and waits on it
            return !(bytes < total && rows > 0);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("IMPORT_CANCELLED"));
        QCOMPARE(s->imports().lineItemCount(), 0);
        QCOMPARE(s->imports().imports().value().size(), 0);
        QCOMPARE(calls, 1);
        // The connection is still usable: the same file imports completely.
        auto again = s->imports().importFile(opts(path));
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
        QCOMPARE(again->rowsImported, 120000);
        QCOMPARE(again->billableTotal, dec("23040")); // 120000 * 0.192
    }

    void removeImport()
    {
        TempServices s;
        auto r = s->imports().importFile(opts(fixture("good_cur2.csv")));
        QVERIFY(r.ok());
        QVERIFY(s->imports().removeImport(r->importId).ok());
        QCOMPARE(s->imports().lineItemCount(), 0);
        QCOMPARE(s->imports().imports().value().size(), 0);
        auto totals = s->imports().costTotals({});
        QVERIFY(totals.ok());
        QVERIFY(totals->isEmpty());
        auto missing = s->imports().removeImport(r->importId);
        QCOMPARE(missing.error().code, QStringLiteral("IMPORT_NOT_FOUND"));
        // After removal the same file imports again.
        QVERIFY(s->imports().importFile(opts(fixture("good_cur2.csv"))).ok());
    }

    void billSourceNeverSeesBillable()
    {
        TempServices s;
        auto r = s->imports().importFile(opts(fixture("good_cur2.csv")));
        QVERIFY(r.ok());
        const QString source = QStringLiteral("999988887777");
        // A real transfer in effect: the file's other payer (an imported organization) pays this one's bill.
        QVERIFY(s->clock().set(QDateTime(QDate(2090, 1, 10), QTime(9, 0), QTimeZone::utc())).ok());
        QVERIFY(s->setActingAccount(QStringLiteral("111122223333")).ok());
        TransferService::Invitation invitation;
        invitation.target = source;
        invitation.start = BillingPeriod(2090, 2);
        invitation.name = QStringLiteral("Imported payer");
        QVERIFY(s->transfers().invite(invitation).ok());
        QVERIFY(s->setActingAccount(source).ok());
        QVERIFY(s->transfers().accept(invitation.name).ok());
        QVERIFY(!s->imports().billableHidden()); // before the start it still pays its own bills
        QVERIFY(s->clock().set(QDateTime(QDate(2090, 2, 1), QTime(0, 0), QTimeZone::utc())).ok());
        QVERIFY(s->imports().billableHidden());
        const auto list = s->imports().imports().value();
        QVERIFY(list.first().billableHidden);
        QCOMPARE(list.first().billable, Decimal());
        QCOMPARE(list.first().totals.first().billable, Decimal());
        // It sees its own organization's rows only (payer 999988887777, February), without billable amounts.
        QCOMPARE(list.first().totals.size(), 1);
        QCOMPARE(list.first().totals.first().payerAccountId, source);
        QCOMPARE(list.first().publicOnDemand, dec("0.192"));
        auto totals = s->imports().costTotals({});
        QVERIFY(totals.ok());
        QCOMPARE(totals->size(), 1);
        QCOMPARE(totals->first().billable, Decimal());
        QCOMPARE(totals->first().publicOnDemand, dec("0.192"));
        ImportOptions o = opts(fixture("focus12.csv"));
        auto hidden = s->imports().importFile(o);
        QVERIFY(hidden.ok());
        QVERIFY(hidden->billableHidden);
        QCOMPARE(hidden->billableTotal, Decimal());
        QCOMPARE(hidden->totals.first().billable, Decimal());
        // A refused import's report hides them too.
        auto overlap = s->imports().importFile(opts(fixture("good_cur2.csv.gz")));
        QCOMPARE(overlap.error().code, QStringLiteral("IMPORT_OVERLAP"));
        QVERIFY(s->imports().lastReport().billableHidden);
        QCOMPARE(s->imports().lastReport().billableTotal, Decimal());
        QCOMPARE(s->imports().lastReport().totals.first().billable, Decimal());
        QCOMPARE(s->imports().lastReport().publicOnDemandTotal, dec("1.15200000001"));
        // It cannot remove an import that holds other organizations' data.
        auto removal = s->imports().removeImport(r->importId);
        QVERIFY(!removal.ok());
        QCOMPARE(removal.error().code, QStringLiteral("ACCESS_DENIED"));
        QCOMPARE(s->imports().lineItemCount(r->importId), 5);
        // Back to the administrator: visible.
        QVERIFY(s->setActingAccount({}).ok());
        QCOMPARE(s->imports().imports().value().first().billable, dec("1.75"));
    }

    void inspect()
    {
        TempServices s;
        auto d = s->imports().inspect(sharedDataPath(QStringLiteral("focus-1.0/focus_sample.csv")));
        QVERIFY2(d.ok(), qPrintable(d.error().describe()));
        QCOMPARE(d->format, CostFormat::Focus);
        QCOMPARE(d->formatVersion, QStringLiteral("FOCUS 1.0"));
        QCOMPARE(d->payers, QStringList {QStringLiteral("1234567890123")});
        QCOMPARE(d->payerNames, QStringList {QStringLiteral("SunBird")});
        QCOMPARE(d->periods, QList<BillingPeriod> {BillingPeriod(2024, 9)});
        QCOMPARE(d->currencies, QStringList {QStringLiteral("USD")});
        QCOMPARE(d->unknownPayers, QStringList {QStringLiteral("1234567890123")});
        QVERIFY(d->complete);
        QCOMPARE(d->sampledRows, 1000);
        auto bad = s->imports().inspect(fixture("utf16.csv"));
        QCOMPARE(bad.error().code, QStringLiteral("ENCODING_UTF16"));
    }

    // Issue 9.5: a folder, a missing file: the real cause, with the file named (import and preview alike).
    void pathProblemsNamed()
    {
        TempServices s;
        QTemporaryDir dir;
        auto folder = s->imports().importFile(opts(dir.path()));
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, QStringLiteral("NOT_A_FILE"));
        QVERIFY2(folder.error().message.contains(dir.path())
                     && folder.error().message.contains(QStringLiteral("folder")),
                 qPrintable(folder.error().message));
        QVERIFY(!folder.error().message.contains(QStringLiteral("There is no file")));
        auto preview = s->imports().inspect(dir.path());
        QVERIFY(!preview.ok());
        QCOMPARE(preview.error().code, QStringLiteral("NOT_A_FILE"));
        const QString missing = dir.filePath(QStringLiteral("missing.csv"));
        auto none = s->imports().importFile(opts(missing));
        QCOMPARE(none.error().code, QStringLiteral("FILE_NOT_FOUND"));
        QVERIFY(none.error().message.contains(missing));
        QCOMPARE(s->imports().lastReport().problems.size(), 0); // no problem "at line 0"
    }

    // Issue 8(b): data imported for an organization the acting account cannot see is said so, with whom to act as.
    void invisibleImportIsExplained()
    {
        TempServices s;
        Organization o;
        o.id = QStringLiteral("o-payer00001");
        o.name = QStringLiteral("Known payer");
        o.managementAccountId = QStringLiteral("111122223333");
        o.managementEmail = QStringLiteral("payer@example.com");
        QVERIFY(s->directory().addOrganization(o).ok());
        QVERIFY(s->setActingAccount(QStringLiteral("111122223333")).ok());
        auto r = s->imports().importFile(opts(fixture("good_cur2.csv")));
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        const QString created = ImportService::organizationIdForPayer(QStringLiteral("999988887777"));
        const QStringList hidden = r->warnings.filter(QStringLiteral("cannot see"));
        QVERIFY2(hidden.size() >= 1, qPrintable(r->warnings.join(QLatin1Char('\n'))));
        const QStringList forCreated = hidden.filter(created);
        QCOMPARE(forCreated.size(), 1);
        QVERIFY2(forCreated.first().contains(QStringLiteral("Imported payer 999988887777"))
                     && forCreated.first().contains(QStringLiteral("2026-02"))
                     && forCreated.first().contains(QStringLiteral("switch to account 999988887777")),
                 qPrintable(forCreated.first()));
        // The administrator sees everything: no such warning.
        QVERIFY(s->setActingAccount({}).ok());
        auto admin = s->imports().importFile(opts(fixture("short_account.csv")));
        QVERIFY2(admin.ok(), qPrintable(admin.error().describe()));
        QVERIFY(admin->warnings.filter(QStringLiteral("cannot see")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ImportService)
#include "tst_ImportService.moc"
