// The import engine on good and deliberately broken files (tests/data/import/): exact totals, problems with line,
// column and offending text, and nothing written when an import fails.
#include "services/DirectoryService.h"
#include "services/ImportService.h"
#include "storage/CostImporter.h"
#include "storage/Database.h"

#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

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

qint64 count(Services &s, const QString &table)
{
    auto q = test::sqliteDatabase(s).exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class tst_CostImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("period");
        QTest::newRow("date") << "2024-09-01" << true << "2024-09-01"
                              << "2024-09";
        QTest::newRow("space") << "2024-09-01 00:00:00" << true << "2024-09-01"
                               << "2024-09";
        QTest::newRow("T Z") << "2024-09-30T23:00:00Z" << true << "2024-09-30"
                             << "2024-09";
        QTest::newRow("T no Z") << "2024-09-30T23:00:00" << true << "2024-09-30"
                                << "2024-09";
        QTest::newRow("millis") << "2026-10-01T00:00:00.000Z" << true << "2026-10-01"
                                << "2026-10";
        QTest::newRow("no seconds") << "2024-02-29T10:15" << true << "2024-02-29"
                                    << "2024-02";
        QTest::newRow("offset to previous day") << "2024-10-01T01:00:00+02:00" << true << "2024-09-30"
                                                << "2024-09";
        QTest::newRow("negative offset to next day") << "2024-12-31T23:00:00-05:00" << true << "2025-01-01"
                                                     << "2025-01";
        QTest::newRow("not leap") << "2023-02-29" << false << ""
                                  << "";
        QTest::newRow("month 13") << "2024-13-01" << false << ""
                                  << "";
        QTest::newRow("slashes") << "01/02/2026" << false << ""
                                 << "";
        QTest::newRow("trailing junk") << "2024-09-01 00:00:00 UTC" << false << ""
                                       << "";
        QTest::newRow("empty") << "" << false << ""
                               << "";
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, day);
        QFETCH(QString, period);
        const QByteArray utf8 = text.toUtf8();
        int d = 0, m = 0;
        QCOMPARE(CostImporter::parseTimestamp(std::string_view(utf8.constData(), size_t(utf8.size())), d, m), ok);
        if (ok) {
            QCOMPARE(QDate(1970, 1, 1).addDays(d).toString(Qt::ISODate), day);
            QCOMPARE(BillingPeriod::fromIndex(m).toString(), period);
        }
    }

    void goodCur2()
    {
        TempServices s;
        auto r = s->imports().importFile(opts(fixture("good_cur2.csv")));
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r->format, CostFormat::Cur2);
        QCOMPARE(r->formatVersion, QStringLiteral("CUR 2.0"));
        QCOMPARE(r->rowsRead, 5);
        QCOMPARE(r->rowsImported, 5);
        QCOMPARE(r->rowsRejected, 0);
        QCOMPARE(r->rowsSkipped, 0);
        QCOMPARE(r->unknownLineItemTypeRows, 1);
        QCOMPARE(r->unknownLineItemTypes, QStringList {QStringLiteral("FancyNewType")});
        QCOMPARE(r->totals.size(), 2);
        // By hand: 0.90 (net) + 1.81E-8 (no net: unblended) + 1.23456789012 - 0.5 = 1.63456790822
        QCOMPARE(r->totals.at(0).payerAccountId, QStringLiteral("111122223333"));
        QCOMPARE(r->totals.at(0).period.toString(), QStringLiteral("2026-01"));
        QCOMPARE(r->totals.at(0).rows, 4);
        QCOMPARE(r->totals.at(0).billable, dec("1.63456790822"));
        QCOMPARE(r->totals.at(0).publicOnDemand, dec("0.96000000001"));
        QCOMPARE(r->totals.at(1).payerAccountId, QStringLiteral("999988887777"));
        QCOMPARE(r->totals.at(1).billable, dec("0.192"));
        QCOMPARE(r->billableTotal, dec("1.82656790822"));
        QCOMPARE(s->imports().lineItemCount(), 5);
        // The quoted field with a comma and doubled quotes, and the one with a line break, arrived whole.
        auto names = test::sqliteDatabase(*s).exec(
            QStringLiteral("SELECT value FROM cost_dictionary WHERE value LIKE 'Amazon%' ORDER BY value"));
        QStringList values;
        while (names.value().next())
            values << names.value().value(0).toString();
        QVERIFY(values.contains(QStringLiteral("Amazon Elastic Compute Cloud, \"EC2\"")));
        QVERIFY(values.contains(QStringLiteral("Amazon Simple Storage\nService")));
        // Usage quantity 1.5E+3 stored exactly (millionths), NULL tax-row quantity and public on-demand kept NULL.
        auto q = test::sqliteDatabase(*s).exec(
            QStringLiteral("SELECT count(*) FROM cost_line_items WHERE usage_quantity = 1500000000"));
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 1);
        auto n = test::sqliteDatabase(*s).exec(
            QStringLiteral("SELECT count(*) FROM cost_line_items WHERE public_on_demand IS NULL AND "
                           "usage_quantity IS NULL"));
        QVERIFY(n.value().next());
        QCOMPARE(n.value().value(0).toInt(), 1);
    }

    void gzipAndBomCrlfGiveTheSameRows()
    {
        TempServices a;
        auto plain = a->imports().importFile(opts(fixture("good_cur2.csv")));
        TempServices b;
        auto gz = b->imports().importFile(opts(fixture("good_cur2.csv.gz")));
        QVERIFY(plain.ok() && gz.ok());
        QVERIFY(gz->compressed);
        QCOMPARE(gz->billableTotal, plain->billableTotal);
        QCOMPARE(gz->publicOnDemandTotal, plain->publicOnDemandTotal);
        QCOMPARE(gz->rowsImported, plain->rowsImported);
        QVERIFY(gz->sha256 != plain->sha256);
        TempServices c;
        auto bom = c->imports().importFile(opts(fixture("bom_crlf.csv")));
        QVERIFY2(bom.ok(), qPrintable(bom.error().describe()));
        QCOMPARE(bom->rowsImported, 2);
        QCOMPARE(bom->billableTotal, dec("1.092"));
    }

    void legacyAndFocus()
    {
        TempServices s;
        auto legacy = s->imports().importFile(opts(fixture("legacy_cur.csv")));
        QVERIFY2(legacy.ok(), qPrintable(legacy.error().describe()));
        QCOMPARE(legacy->formatVersion, QStringLiteral("legacy CUR"));
        QCOMPARE(legacy->billableTotal, dec("0.27"));
        QCOMPARE(legacy->publicOnDemandTotal, dec("0.3"));
        QCOMPARE(legacy->unknownLineItemTypeRows, 0);

        auto focus = s->imports().importFile(opts(fixture("focus12.csv")));
        QVERIFY2(focus.ok(), qPrintable(focus.error().describe()));
        QCOMPARE(focus->formatVersion, QStringLiteral("FOCUS 1.2"));
        QCOMPARE(focus->rowsRead, 3);
        QCOMPARE(focus->rowsImported, 2);
        QCOMPARE(focus->rowsSkipped, 1);
        QCOMPARE(focus->skippedByProvider.value(QStringLiteral("Microsoft")), 1);
        QCOMPARE(focus->billableTotal, dec("1.75"));
        QCOMPARE(focus->publicOnDemandTotal, dec("2"));
        QCOMPARE(focus->createdOrganizations.size(), 1);
        QCOMPARE(focus->createdOrganizations.first().name, QStringLiteral("Acme Payer"));
        CostQuery q;
        q.groupBy = {CostDimension::UsageType, CostDimension::InvoicingEntity};
        auto totals = s->imports().costTotals(q);
        QVERIFY(totals.ok());
        bool found = false;
        for (const CostTotal &t : totals.value())
            if (t.keys
                == QStringList {QStringLiteral("EU-TimedStorage-ByteHrs"),
                                QStringLiteral("Amazon Web Services EMEA SARL")}) {
                found = true;
                QCOMPARE(t.billable, dec("1.5"));
                QCOMPARE(t.usageQuantity, dec("5"));
            }
        QVERIFY(found);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code"); // the error's reason code
        QTest::addColumn<QString>("problemCode"); // the first problem (empty: no row problem)
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << "empty.csv"
                               << "EMPTY_FILE"
                               << "EMPTY_FILE" << qint64(1) << ""
                               << ""
                               << "empty";
        QTest::newRow("header only") << "header_only.csv"
                                     << "NO_DATA_ROWS"
                                     << "" << qint64(0) << ""
                                     << ""
                                     << "no data rows";
        QTest::newRow("utf16") << "utf16.csv"
                               << "ENCODING_UTF16"
                               << "ENCODING_UTF16" << qint64(1) << ""
                               << ""
                               << "UTF-16";
        QTest::newRow("latin1") << "latin1.csv"
                                << "INVALID_FILE_DATA"
                                << "ENCODING_NOT_UTF8" << qint64(3) << ""
                                << ""
                                << "Line 3: the text is not UTF-8";
        QTest::newRow("too many fields") << "too_many_fields.csv"
                                         << "INVALID_FILE_DATA"
                                         << "FIELD_COUNT" << qint64(3) << ""
                                         << ""
                                         << "Line 3: 20 fields, but the header has 19 columns";
        QTest::newRow("too few fields") << "too_few_fields.csv"
                                        << "INVALID_FILE_DATA"
                                        << "FIELD_COUNT" << qint64(3) << ""
                                        << ""
                                        << "Line 3: 17 fields, but the header has 19 columns";
        QTest::newRow("truncated last line") << "truncated_last_line.csv"
                                             << "INVALID_FILE_DATA"
                                             << "FIELD_COUNT" << qint64(3) << ""
                                             << ""
                                             << "Line 3: 3 fields";
        QTest::newRow("unterminated quote") << "unterminated_quote.csv"
                                            << "INVALID_FILE_DATA"
                                            << "UNTERMINATED_QUOTE" << qint64(3) << ""
                                            << ""
                                            << "Line 3: a quoted field is not closed";
        QTest::newRow("duplicate columns") << "duplicate_columns.csv"
                                           << "DUPLICATE_COLUMN"
                                           << "" << qint64(0) << ""
                                           << ""
                                           << "\"line_item_unblended_cost\" appears more than once (columns 17, 20)";
        QTest::newRow("invalid amount") << "invalid_amount.csv"
                                        << "INVALID_FILE_DATA"
                                        << "INVALID_NUMBER" << qint64(3) << "line_item_net_unblended_cost"
                                        << "12,34"
                                        << "Line 3, column line_item_net_unblended_cost: \"12,34\" is not a number";
        QTest::newRow("invalid date") << "invalid_date.csv"
                                      << "INVALID_FILE_DATA"
                                      << "INVALID_DATE" << qint64(3) << "bill_billing_period_start_date"
                                      << "01/02/2026"
                                      << "Line 3, column bill_billing_period_start_date: \"01/02/2026\" is not a date";
        QTest::newRow("truncated gzip") << "truncated.csv.gz"
                                        << "GZIP_TRUNCATED"
                                        << "GZIP_TRUNCATED" << qint64(-1) << ""
                                        << ""
                                        << "cut short";
        QTest::newRow("unknown format") << "unknown_format.csv"
                                        << "UNKNOWN_FORMAT"
                                        << "" << qint64(0) << ""
                                        << ""
                                        << "not an AWS cost export";
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, problemCode);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        TempServices s;
        // Something already there that must stay exactly as it was.
        QVERIFY(s->imports().importFile(opts(fixture("legacy_cur.csv"))).ok());
        const int orgs = s->directory().organizations().size();
        auto r = s->imports().importFile(opts(testDataPath(QStringLiteral("import/") + file)));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().kind, Error::Kind::Input);
        const ImportReport &report = s->imports().lastReport();
        if (!problemCode.isEmpty()) {
            QVERIFY(!report.problems.isEmpty());
            const ImportProblem &p = report.problems.first();
            QCOMPARE(p.code, problemCode);
            if (line > 0)
                QCOMPARE(p.line, line);
            QCOMPARE(p.column, column);
            QCOMPARE(p.text, text);
            QVERIFY2(p.message.contains(messagePart), qPrintable(p.message));
        } else {
            QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        }
        // Nothing written.
        QCOMPARE(s->imports().imports().value().size(), 1);
        QCOMPARE(s->imports().lineItemCount(), 2);
        QCOMPARE(count(*s, QStringLiteral("cost_rollup_detail")), 2);
        QCOMPARE(count(*s, QStringLiteral("cost_import_periods")), 1);
        QCOMPARE(s->directory().organizations().size(), orgs);
    }

    void roundingResidue()
    {
        TempServices s;
        auto r = s->imports().importFile(opts(fixture("rounding.csv")));
        QVERIFY(r.ok());
        // 1.0000000000050 -> 1.00000000000 (tie to even), residue +5e-12; 2.0000000000151 -> 2.00000000002, residue
        // -4.9e-12.
        QCOMPARE(r->roundedValues, 2);
        QCOMPARE(r->billableTotal, dec("3.00000000002"));
        QCOMPARE(r->roundingResidueText, QStringLiteral("0.0000000000001"));
    }

    void nonStandardAccountIdsWarn()
    {
        TempServices s;
        auto r = s->imports().importFile(opts(fixture("short_account.csv")));
        QVERIFY(r.ok());
        QCOMPARE(r->nonStandardAccountIds, 1);
        QVERIFY(r->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("99998888777")));
        QCOMPARE(r->createdOrganizations.first().managementAccountId, QStringLiteral("99998888777"));
    }

    void veryLongField()
    {
        TempServices s;
        QFile in(fixture("good_cur2.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray data = in.readAll();
        const QByteArray longName = "\"" + QByteArray(300000, 'n') + "\"";
        data.replace("Amazon Elastic Compute Cloud,USE1-Other", longName + ",USE1-Other");
        const QString path = s.dir.filePath(QStringLiteral("long.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        auto r = s->imports().importFile(opts(path));
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r->rowsImported, 5);
        auto q = test::sqliteDatabase(*s).exec(QStringLiteral("SELECT max(length(value)) FROM cost_dictionary"));
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 300000);
    }

    void rollupsEqualLineItems()
    {
        TempServices s;
        QVERIFY(s->imports().importFile(opts(fixture("good_cur2.csv"))).ok());
        QVERIFY(s->imports().importFile(opts(fixture("focus12.csv"))).ok());
        auto raw = test::sqliteDatabase(*s).exec(
            QStringLiteral("SELECT sum(billable), sum(public_on_demand), count(*) FROM cost_line_items"));
        QVERIFY(raw.value().next());
        for (const QString &table : {QStringLiteral("cost_rollup_summary"), QStringLiteral("cost_rollup_detail"),
                                     QStringLiteral("cost_rollup_daily")}) {
            auto r = test::sqliteDatabase(*s).exec(
                QStringLiteral("SELECT sum(billable), sum(public_on_demand), sum(rows) FROM %1").arg(table));
            QVERIFY(r.value().next());
            QCOMPARE(r.value().value(0).toLongLong(), raw.value().value(0).toLongLong());
            QCOMPARE(r.value().value(1).toLongLong(), raw.value().value(1).toLongLong());
            QCOMPARE(r.value().value(2).toLongLong(), raw.value().value(2).toLongLong());
        }
        // 1.82656790822 + 1.75
        QCOMPARE(raw.value().value(0).toLongLong(), dec("3.57656790822").toInt64Raw());
        // Per account and day from the daily rollup.
        CostQuery q;
        q.period = BillingPeriod(2026, 1);
        q.groupBy = {CostDimension::Account, CostDimension::Day};
        auto totals = s->imports().costTotals(q);
        QVERIFY(totals.ok());
        QStringList keys;
        for (const CostTotal &t : totals.value())
            keys << t.keys.join(QLatin1Char('/')) + QLatin1Char('=') + t.billable.toString();
        QCOMPARE(keys,
                 (QStringList {"111122223333/2026-01-05=0.9", "123412341234/2026-01-01=0.25",
                               "123412341234/2026-01-10=1.5", "444455556666/2026-01-06=0.0000000181",
                               "444455556666/2026-01-20=-0.5", "444455556666/2026-01-31=1.23456789012"}));
    }
};

QTEST_GUILESS_MAIN(tst_CostImporter)
#include "tst_CostImporter.moc"
