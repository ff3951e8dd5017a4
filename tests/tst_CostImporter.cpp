// The import engine on good and deliberately broken files (tests/data/import/): exact totals, problems with line,
// column and offending text, and nothing written when an import fails.
#include "services/DirectoryService.h"
#include "services/ImportService.h"
#include "storage/CostImporter.h"
#include "storage/Database.h"

#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
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

// One-row files of each format with every column BillingDesk reads, values replaceable: the rules for "every read
// column is validated" are tested column by column on them.
using Columns = QList<std::pair<QByteArray, QByteArray>>;

Columns cur2Columns()
{
    return {{"bill_payer_account_id", "111122223333"},
            {"line_item_usage_account_id", "444455556666"},
            {"bill_billing_period_start_date", "2026-01-01T00:00:00Z"},
            {"bill_billing_period_end_date", "2026-02-01T00:00:00Z"},
            {"line_item_usage_start_date", "2026-01-05T10:00:00Z"},
            {"line_item_usage_end_date", "2026-02-01T00:00:00Z"},
            {"line_item_line_item_type", "Usage"},
            {"line_item_product_code", "AmazonEC2"},
            {"line_item_usage_type", "USE1-BoxUsage:m5.large"},
            {"line_item_operation", "RunInstances"},
            {"product_region_code", "us-east-1"},
            {"bill_billing_entity", "AWS"},
            {"bill_invoicing_entity", "Amazon Web Services Inc."},
            {"line_item_currency_code", "USD"},
            {"line_item_usage_amount", "1"},
            {"line_item_unblended_cost", "0.96"},
            {"line_item_blended_cost", "0.96"},
            {"line_item_net_unblended_cost", "0.90"},
            {"pricing_public_on_demand_cost", "0.96"}};
}

Columns focusColumns()
{
    return {{"BillingAccountId", "111122223333"},
            {"SubAccountId", "444455556666"},
            {"BillingPeriodStart", "2024-09-01 00:00:00"},
            {"BillingPeriodEnd", "2024-10-01 00:00:00"},
            {"ChargePeriodStart", "2024-09-30 23:00:00"},
            {"ChargePeriodEnd", "2024-10-01 00:00:00"},
            {"ChargeCategory", "Usage"},
            {"ServiceName", "Amazon Simple Storage Service"},
            {"BillingCurrency", "USD"},
            {"BilledCost", "0.5"},
            {"EffectiveCost", "0.5"},
            {"ContractedCost", "0.5"},
            {"ListCost", "0.6"},
            {"ProviderName", "AWS"}};
}

Columns legacyColumns()
{
    return {{"bill/PayerAccountId", "111122223333"},
            {"lineItem/UsageAccountId", "444455556666"},
            {"bill/BillingPeriodStartDate", "2026-01-01T00:00:00Z"},
            {"bill/BillingPeriodEndDate", "2026-02-01T00:00:00Z"},
            {"lineItem/UsageStartDate", "2026-01-31T23:00:00Z"},
            {"lineItem/UsageEndDate", "2026-02-01T00:00:00Z"},
            {"lineItem/LineItemType", "Usage"},
            {"lineItem/CurrencyCode", "USD"},
            {"lineItem/UnblendedCost", "1.25"},
            {"lineItem/BlendedCost", "1.20"},
            {"pricing/publicOnDemandCost", "1.25"}};
}

Columns columnsOf(const QString &format)
{
    return format == QLatin1String("focus") ? focusColumns()
        : format == QLatin1String("cur")    ? legacyColumns()
                                            : cur2Columns();
}

// Writes the header and one row per entry of rows (column -> raw value as it stands in the file, quotes included).
QString writeFile(const QTemporaryDir &dir, const Columns &columns, const QList<QHash<QByteArray, QByteArray>> &rows,
                  const QString &name = QStringLiteral("one.csv"))
{
    QByteArray text;
    for (qsizetype i = 0; i < columns.size(); ++i)
        text += (i ? "," : "") + columns.at(i).first;
    text += "\n";
    for (const auto &overrides : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            text += (i ? "," : "") + overrides.value(columns.at(i).first, columns.at(i).second);
        text += "\n";
    }
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
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

    // Issue 9.1: control characters (NUL and the other C0 characters but tab) are refused in any field, read or
    // not, before anything of the row is stored.
    void controlCharactersRefused_data()
    {
        QTest::addColumn<QByteArray>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("code"); // empty: imported
        QTest::newRow("NUL in the billing entity")
            << QByteArray("bill_billing_entity") << QByteArray("AW\0S", 4) << "CONTROL_CHARACTER";
        QTest::newRow("SOH in the usage type")
            << QByteArray("line_item_usage_type") << QByteArray("Box\x01Usage") << "CONTROL_CHARACTER";
        QTest::newRow("ESC in the operation")
            << QByteArray("line_item_operation") << QByteArray("\x1b[31mRun") << "CONTROL_CHARACTER";
        QTest::newRow("bare CR in an unquoted field")
            << QByteArray("bill_invoicing_entity") << QByteArray("Amazon\rWeb") << "CONTROL_CHARACTER";
        QTest::newRow("NUL inside quotes")
            << QByteArray("bill_invoicing_entity") << QByteArray("\"Amazon\0Web\"", 12) << "CONTROL_CHARACTER";
        QTest::newRow("tab is text") << QByteArray("bill_billing_entity") << QByteArray("AW\tS") << "";
        QTest::newRow("line break inside quotes is CSV")
            << QByteArray("bill_invoicing_entity") << QByteArray("\"Amazon\nWeb\"") << "";
    }
    void controlCharactersRefused()
    {
        QFETCH(QByteArray, column);
        QFETCH(QByteArray, value);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = writeFile(dir, cur2Columns(), {{}, {{column, value}}});
        TempServices s;
        const qint64 dictionaryBefore = count(*s, QStringLiteral("cost_dictionary"));
        auto r = s->imports().importFile(opts(path));
        if (code.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error().describe()));
            QCOMPARE(r->rowsImported, 2);
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("INVALID_FILE_DATA"));
        QVERIFY2(r.error().message.contains(QStringLiteral("one.csv")), qPrintable(r.error().message));
        const ImportReport &rep = s->imports().lastReport();
        QCOMPARE(rep.problems.size(), 1);
        QCOMPARE(rep.problems.first().code, code);
        QCOMPARE(rep.problems.first().line, 3);
        QCOMPARE(rep.problems.first().column, QString::fromLatin1(column));
        QVERIFY2(!rep.problems.first().text.contains(QChar(0)), qPrintable(rep.problems.first().text));
        QCOMPARE(s->imports().lineItemCount(), 0);
        QCOMPARE(count(*s, QStringLiteral("cost_dictionary")), dictionaryBefore);
    }

    void controlCharacterSkippedRowStoresNothingOfIt()
    {
        TempServices s;
        ImportOptions o = opts(fixture("control_char.csv"));
        QTemporaryDir dir;
        o.skipInvalid = true;
        o.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
        auto r = s->imports().importFile(o);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r->rowsImported, 1);
        QCOMPARE(r->rowsRejected, 1);
        QCOMPARE(r->problems.first().code, QStringLiteral("CONTROL_CHARACTER"));
        QCOMPARE(r->problems.first().text, QStringLiteral("AW\u2400S")); // shown as a control picture
        // Nothing of the refused row reached the dictionary (no value holds a NUL byte).
        auto q = test::sqliteDatabase(*s).exec(QStringLiteral("SELECT hex(value) FROM cost_dictionary"));
        QVERIFY(q.ok());
        int values = 0;
        while (q.value().next()) {
            const QString hex = q.value().value(0).toString();
            ++values;
            for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
                QVERIFY2(hex.mid(i, 2) != QLatin1String("00"), qPrintable(hex));
        }
        QVERIFY(values > 0);
    }

    // Issue 9.2: every column that is read is validated, summed or not: number format and range.
    void everyReadColumnIsValidated_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("code");
        const QList<std::pair<QByteArray, QString>> bad {
            {"abc", "INVALID_NUMBER"},        {"NaN", "INVALID_NUMBER"},       {"Infinity", "INVALID_NUMBER"},
            {"1e400", "AMOUNT_OUT_OF_RANGE"}, {"1e20", "AMOUNT_OUT_OF_RANGE"}, {"\"1,234.50\"", "INVALID_NUMBER"},
            {"0x1F", "INVALID_NUMBER"},       {"\" 1.5 \"", "INVALID_NUMBER"}};
        const QList<std::pair<QString, QByteArray>> columns {{"cur2", "line_item_unblended_cost"},
                                                             {"cur2", "line_item_blended_cost"},
                                                             {"cur2", "line_item_net_unblended_cost"},
                                                             {"focus", "EffectiveCost"},
                                                             {"focus", "ContractedCost"},
                                                             {"cur", "lineItem/BlendedCost"}};
        for (const auto &[format, column] : columns)
            for (const auto &[value, code] : bad)
                QTest::addRow("%s %s %s", qPrintable(format), column.constData(), value.constData())
                    << format << column << value << code;
        // The cost column is required even when the net column gives the billable amount.
        QTest::newRow("cur2 unblended empty")
            << "cur2" << QByteArray("line_item_unblended_cost") << QByteArray() << "MISSING_VALUE";
        QTest::newRow("cur2 unblended NULL")
            << "cur2" << QByteArray("line_item_unblended_cost") << QByteArray("NULL") << "MISSING_VALUE";
    }
    void everyReadColumnIsValidated()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, column);
        QFETCH(QByteArray, value);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = writeFile(dir, columnsOf(format), {{{column, value}}});
        TempServices s;
        auto r = s->imports().importFile(opts(path));
        QVERIFY2(!r.ok(), "imported a bad value");
        QCOMPARE(r.error().code, QStringLiteral("INVALID_FILE_DATA"));
        const ImportReport &rep = s->imports().lastReport();
        QVERIFY(!rep.problems.isEmpty());
        QCOMPARE(rep.problems.first().code, code);
        QCOMPARE(rep.problems.first().line, 2);
        QCOMPARE(rep.problems.first().column, QString::fromLatin1(column));
        QCOMPARE(s->imports().lineItemCount(), 0);
    }

    void unsummedColumnsMayBeEmptyAndAreNotSummed()
    {
        QTemporaryDir dir;
        const QString path
            = writeFile(dir, cur2Columns(), {{{"line_item_blended_cost", ""}}, {{"line_item_blended_cost", "99"}}});
        TempServices s;
        auto r = s->imports().importFile(opts(path));
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r->billableTotal, dec("1.80")); // 2 x net 0.90: blended is checked, never summed
        QCOMPARE(r->roundedValues, 0);
    }

    // Issue 9.3: usage and charge dates must fall in the row's billing period, give or take one day.
    void usageDatesWithinThePeriod_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("code"); // empty: imported
        QTest::newRow("empty usage start")
            << "cur2" << QByteArray("line_item_usage_start_date") << QByteArray() << "MISSING_VALUE";
        QTest::newRow("9999-12-31") << "cur2" << QByteArray("line_item_usage_start_date") << QByteArray("9999-12-31")
                                    << "DATE_OUTSIDE_PERIOD";
        QTest::newRow("0001-01-01") << "cur2" << QByteArray("line_item_usage_start_date") << QByteArray("0001-01-01")
                                    << "DATE_OUTSIDE_PERIOD";
        QTest::newRow("next month") << "cur2" << QByteArray("line_item_usage_start_date")
                                    << QByteArray("2026-02-05T00:00:00Z") << "DATE_OUTSIDE_PERIOD";
        QTest::newRow("two days before") << "cur2" << QByteArray("line_item_usage_start_date")
                                         << QByteArray("2025-12-30T23:00:00Z") << "DATE_OUTSIDE_PERIOD";
        QTest::newRow("two hours before (tolerated)")
            << "cur2" << QByteArray("line_item_usage_start_date") << QByteArray("2025-12-31T22:00:00Z") << "";
        QTest::newRow("local time across the end (tolerated)")
            << "cur2" << QByteArray("line_item_usage_start_date") << QByteArray("2026-01-31T23:00:00-05:00") << "";
        QTest::newRow("usage end far out") << "cur2" << QByteArray("line_item_usage_end_date")
                                           << QByteArray("2026-03-01T00:00:00Z") << "DATE_OUTSIDE_PERIOD";
        QTest::newRow("usage end before start")
            << "cur2" << QByteArray("line_item_usage_end_date") << QByteArray("2026-01-02T00:00:00Z") << "DATE_ORDER";
        QTest::newRow("usage end not a date")
            << "cur2" << QByteArray("line_item_usage_end_date") << QByteArray("tomorrow") << "INVALID_DATE";
        QTest::newRow("period end wrong") << "cur2" << QByteArray("bill_billing_period_end_date")
                                          << QByteArray("2026-03-01T00:00:00Z") << "DATE_OUTSIDE_PERIOD";
        QTest::newRow("period in year 9999") << "cur2" << QByteArray("bill_billing_period_start_date")
                                             << QByteArray("9999-12-01T00:00:00Z") << "DATE_OUT_OF_RANGE";
        QTest::newRow("FOCUS charge end outside")
            << "focus" << QByteArray("ChargePeriodEnd") << QByteArray("2024-12-01 00:00:00") << "DATE_OUTSIDE_PERIOD";
        QTest::newRow("FOCUS charge start empty")
            << "focus" << QByteArray("ChargePeriodStart") << QByteArray("NULL") << "MISSING_VALUE";
        QTest::newRow("FOCUS boundary hour")
            << "focus" << QByteArray("ChargePeriodStart") << QByteArray("2024-08-31 22:00:00") << "";
        QTest::newRow("legacy usage start outside") << "cur" << QByteArray("lineItem/UsageStartDate")
                                                    << QByteArray("2025-11-30T00:00:00Z") << "DATE_OUTSIDE_PERIOD";
    }
    void usageDatesWithinThePeriod()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, column);
        QFETCH(QByteArray, value);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = writeFile(dir, columnsOf(format), {{{column, value}}});
        TempServices s;
        auto r = s->imports().importFile(opts(path));
        if (code.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error().describe()));
            QCOMPARE(r->rowsImported, 1);
            return;
        }
        QVERIFY2(!r.ok(), "imported a bad date");
        const ImportReport &rep = s->imports().lastReport();
        QVERIFY(!rep.problems.isEmpty());
        QCOMPARE(rep.problems.first().code, code);
        QCOMPARE(rep.problems.first().line, 2);
        QCOMPARE(rep.problems.first().column, QString::fromLatin1(column));
    }

    // Issue 9.4: rows per currency in the report, a warning when a file mixes them; non-ISO codes refused per row.
    void mixedCurrenciesReported()
    {
        TempServices s;
        auto r = s->imports().importFile(opts(fixture("mixed_currency.csv")));
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r->currencies.size(), 2);
        QCOMPARE(r->currencies.at(0).code, QStringLiteral("EUR"));
        QCOMPARE(r->currencies.at(0).rows, 1);
        QCOMPARE(r->currencies.at(1).code, QStringLiteral("USD"));
        QCOMPARE(r->currencies.at(1).rows, 2);
        const QStringList mixed = r->warnings.filter(QStringLiteral("mixes 2 currencies"));
        QCOMPARE(mixed.size(), 1);
        QVERIFY2(mixed.first().contains(QStringLiteral("EUR: 1 rows"))
                     && mixed.first().contains(QStringLiteral("USD: 2 rows")),
                 qPrintable(mixed.first()));
        // One currency: listed, no warning.
        TempServices t;
        auto one = t->imports().importFile(opts(fixture("good_cur2.csv")));
        QVERIFY(one.ok());
        QCOMPARE(one->currencies.size(), 1);
        QCOMPARE(one->currencies.first().rows, 5);
        QVERIFY(one->warnings.filter(QStringLiteral("currencies")).isEmpty());
    }

    void nonIsoCurrencyRefused_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("XYZ") << QByteArray("XYZ") << "INVALID_CURRENCY";
        QTest::newRow("dollar sign") << QByteArray("$") << "INVALID_CURRENCY";
        QTest::newRow("lowercase") << QByteArray("usd") << "INVALID_CURRENCY";
        QTest::newRow("empty") << QByteArray() << "MISSING_VALUE";
        QTest::newRow("NOK (ISO, not invoiced)") << QByteArray("NOK") << "";
    }
    void nonIsoCurrencyRefused()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = writeFile(dir, cur2Columns(), {{{"line_item_currency_code", value}}});
        TempServices s;
        auto r = s->imports().importFile(opts(path));
        if (code.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error().describe()));
            return;
        }
        QVERIFY(!r.ok());
        const ImportReport &rep = s->imports().lastReport();
        QCOMPARE(rep.problems.first().code, code);
        QCOMPARE(rep.problems.first().line, 2);
        QCOMPARE(rep.problems.first().column, QStringLiteral("line_item_currency_code"));
    }

    // Issue 9.5: messages name the file and the real cause.
    void fileLevelMessagesNameTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("only a line end") << "newline_only.csv"
                                         << "NO_HEADER"
                                         << "newline_only.csv, line 1: the first line is empty";
        QTest::newRow("empty") << "empty.csv"
                               << "EMPTY_FILE"
                               << "empty.csv: The file is empty";
        QTest::newRow("Azure EA") << "azure_ea.csv"
                                  << "OTHER_PROVIDER_EXPORT"
                                  << "azure_ea.csv, line 1: this is a cost export of Microsoft Azure";
        QTest::newRow("Google Cloud") << "gcp_billing.csv"
                                      << "OTHER_PROVIDER_EXPORT"
                                      << "a cost export of Google Cloud (billing export), which BillingDesk does not "
                                         "read";
        QTest::newRow("OCI") << "oci_cost.csv"
                             << "OTHER_PROVIDER_EXPORT"
                             << "a cost export of Oracle Cloud Infrastructure";
        QTest::newRow("unknown header") << "unknown_format.csv"
                                        << "UNKNOWN_FORMAT"
                                        << "unknown_format.csv, line 1: the header";
        QTest::newRow("no data rows") << "header_only.csv"
                                      << "NO_DATA_ROWS"
                                      << "header_only.csv";
        QTest::newRow("invalid rows") << "invalid_amount.csv"
                                      << "INVALID_FILE_DATA"
                                      << "The file invalid_amount.csv has invalid rows";
    }
    void fileLevelMessagesNameTheFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        TempServices s;
        auto r = s->imports().importFile(opts(fixture(file.toLatin1().constData())));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        for (const ImportProblem &p : s->imports().lastReport().problems)
            QVERIFY2(p.line > 0, "a problem at line 0");
        // The preview says the same.
        auto inspected = s->imports().inspect(fixture(file.toLatin1().constData()));
        if (!inspected.ok() && code != QLatin1String("INVALID_FILE_DATA") && code != QLatin1String("NO_DATA_ROWS"))
            QVERIFY2(inspected.error().message.contains(file), qPrintable(inspected.error().message));
    }

    // Issue 8(a): account ids. Non-digit and empty ids are refused per row with line and column; digit strings of
    // another length than 12 are accepted and counted (anonymized real exports: the FOCUS sample's payer has 13).
    void accountIds()
    {
        TempServices s;
        auto bad = s->imports().importFile(opts(fixture("bad_account.csv")));
        QVERIFY(!bad.ok());
        const ImportReport &rep = s->imports().lastReport();
        QCOMPARE(rep.problems.size(), 1);
        QCOMPARE(rep.problems.first().code, QStringLiteral("INVALID_ACCOUNT_ID"));
        QCOMPARE(rep.problems.first().line, 3);
        QCOMPARE(rep.problems.first().column, QStringLiteral("line_item_usage_account_id"));
        QCOMPARE(rep.problems.first().text, QStringLiteral("1111-2222-333"));

        auto longPayer = s->imports().importFile(opts(fixture("long_payer.csv")));
        QVERIFY2(longPayer.ok(), qPrintable(longPayer.error().describe()));
        QCOMPARE(longPayer->nonStandardAccountIds, 1);
        QCOMPARE(longPayer->warnings.filter(QStringLiteral("not 12 digits long (e.g. 1111222233334)")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CostImporter)
#include "tst_CostImporter.moc"
