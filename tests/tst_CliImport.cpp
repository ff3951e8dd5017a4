// billingdesk-cli import / imports list / imports remove: exit codes, --json, the bill-source rule, and a
// process killed in the middle of an import leaving the database exactly as it was.
#include "services/DirectoryService.h"
#include "services/ImportService.h"
#include "storage/Database.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTest>

using namespace bd;
using namespace bd::test;

namespace {

QString fixture(const char *name)
{
    return testDataPath(QStringLiteral("import/") + QLatin1String(name));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Every table's row count and a checksum of the cost tables, to compare a database before and after.
QString fingerprint(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db.ok())
        return QStringLiteral("cannot open: ") + db.error().describe();
    QStringList parts;
    auto tables = db.value()->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    tables.value().finish();
    for (const QString &t : std::as_const(names)) {
        auto q = db.value()->exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
        parts << t + QLatin1Char('=')
                + (q.ok() && q.value().next() ? q.value().value(0).toString() : QStringLiteral("?"));
    }
    auto sums = db.value()->exec(
        QStringLiteral("SELECT (SELECT sum(billable) FROM cost_line_items), "
                       "(SELECT sum(billable) FROM cost_rollup_detail), (SELECT group_concat(id) FROM organizations)"));
    if (sums.ok() && sums.value().next())
        parts << sums.value().value(0).toString() << sums.value().value(1).toString()
              << sums.value().value(2).toString();
    auto check = db.value()->exec(QStringLiteral("PRAGMA integrity_check"));
    if (check.ok() && check.value().next())
        parts << check.value().value(0).toString();
    return parts.join(QLatin1Char(' '));
}

} // namespace

class tst_CliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focusSampleJson()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                               sharedDataPath(QStringLiteral("focus-1.0/focus_sample.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = jsonObject(r.out);
        QCOMPARE(o.value(QStringLiteral("rowsRead")).toInt(), 1000);
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 942);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 58);
        QCOMPARE(o.value(QStringLiteral("billable")).toString(), QStringLiteral("18.0066386184"));
        QCOMPARE(o.value(QStringLiteral("publicOnDemand")).toString(), QStringLiteral("18.1493176406"));
        const QJsonArray per = o.value(QStringLiteral("perPayerPeriod")).toArray();
        QCOMPARE(per.size(), 1);
        const QJsonObject p = per.first().toObject();
        QCOMPARE(p.value(QStringLiteral("payer")).toString(), QStringLiteral("1234567890123"));
        QCOMPARE(p.value(QStringLiteral("period")).toString(), QStringLiteral("2024-09"));
        QCOMPARE(p.value(QStringLiteral("billable")).toString(), QStringLiteral("18.0066386184"));
        QCOMPARE(p.value(QStringLiteral("publicOnDemand")).toString(), QStringLiteral("18.1493176406"));
        QCOMPARE(p.value(QStringLiteral("rows")).toInt(), 942);
        QCOMPARE(o.value(QStringLiteral("createdOrganizations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("SunBird"));
        QVERIFY(!o.value(QStringLiteral("warnings")).toArray().isEmpty());

        // Again: refused by a rule (exit 1), nothing doubled.
        const auto again = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                   sharedDataPath(QStringLiteral("focus-1.0/focus_sample.csv"))});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("IMPORT_DUPLICATE_FILE")), qPrintable(again.err));

        // imports list --json and imports remove.
        const auto list = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("imports"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray imports = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().toObject().value(QStringLiteral("billable")).toString(),
                 QStringLiteral("18.0066386184"));
        QCOMPARE(imports.first().toObject().value(QStringLiteral("rowsImported")).toInt(), 942);
        const QString id = QString::number(imports.first().toObject().value(QStringLiteral("id")).toInt());
        const auto removed
            = runCli({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("remove"), id});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        const auto missing
            = runCli({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("remove"), id});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("IMPORT_NOT_FOUND")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("bad amount")
            << QStringList {fixture("invalid_amount.csv")} << 3
            << "invalid_amount.csv:3: Line 3, column line_item_net_unblended_cost: \"12,34\" is not a number";
        QTest::newRow("too many fields") << QStringList {fixture("too_many_fields.csv")} << 3
                                         << "too_many_fields.csv:3: Line 3: 20 fields";
        QTest::newRow("utf16") << QStringList {fixture("utf16.csv")} << 3 << "ENCODING_UTF16";
        QTest::newRow("truncated gzip") << QStringList {fixture("truncated.csv.gz")} << 3 << "GZIP_TRUNCATED";
        QTest::newRow("missing file") << QStringList {QStringLiteral("/nonexistent.csv")} << 3 << "FILE_NOT_FOUND";
        QTest::newRow("folder") << QStringList {testDataPath(QStringLiteral("import"))} << 3
                                << "is a folder, not a file";
        QTest::newRow("NUL byte") << QStringList {fixture("control_char.csv")} << 3
                                  << "control_char.csv:3: Line 3, column bill_billing_entity: the value contains the "
                                     "control character U+0000";
        QTest::newRow("Azure export") << QStringList {fixture("azure_ea.csv")} << 3
                                      << "azure_ea.csv, line 1: this is a cost export of Microsoft Azure";
        QTest::newRow("only a line end") << QStringList {fixture("newline_only.csv")} << 3
                                         << "newline_only.csv, line 1: the first line is empty";
        QTest::newRow("no file") << QStringList {} << 2 << "name one file";
        QTest::newRow("bad format") << QStringList {fixture("good_cur2.csv"), QStringLiteral("--format"),
                                                    QStringLiteral("xls")}
                                    << 2 << "--format";
        QTest::newRow("bad view") << QStringList {fixture("good_cur2.csv"), QStringLiteral("--view"),
                                                  QStringLiteral("net")}
                                  << 2 << "--view";
        QTest::newRow("forced wrong format")
            << QStringList {fixture("good_cur2.csv"), QStringLiteral("--format"), QStringLiteral("focus")} << 3
            << "FORMAT_MISMATCH";
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        QTemporaryDir dir;
        const auto r = runCli(
            QStringList {QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("import")}
            + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
    }

    void skipInvalidJson()
    {
        QTemporaryDir dir;
        const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
        const auto r
            = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--json"),
                      QStringLiteral("import"), fixture("invalid_amount.csv"), QStringLiteral("--skip-invalid"),
                      QStringLiteral("--rejects"), rejects, QStringLiteral("--view"), QStringLiteral("proforma")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = jsonObject(r.out);
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("view")).toString(), QStringLiteral("proforma"));
        QCOMPARE(o.value(QStringLiteral("rejectsFile")).toString(), rejects);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("line")).toInt(),
                 3);
        QCOMPARE(
            o.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("column")).toString(),
            QStringLiteral("line_item_net_unblended_cost"));
        QVERIFY(QFile::exists(rejects));
    }

    void billSourceSeesNoBillable()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("bs.sqlite"));
        const QStringList base {QStringLiteral("--db"), db};
        QCOMPARE(runCli(base
                        + QStringList {"orgs", "add", "--id", "o-payer00001", "--name", "Payer", "--management-account",
                                       "111122223333", "--email", "p@example.com"})
                     .exitCode,
                 0);
        QCOMPARE(runCli(base
                        + QStringList {"orgs", "add", "--id", "o-source0001", "--name", "Source",
                                       "--management-account", "999988887777", "--email", "s@example.com"})
                     .exitCode,
                 0);
        const auto invite
            = runCli(base
                     + QStringList {"--now", "2026-11-20", "--as", "111122223333", "--json", "transfers", "invite",
                                    "--target", "999988887777", "--start", "2027-01", "--name", "T1"});
        QVERIFY2(invite.exitCode == 0, qPrintable(invite.err));
        const QString id = jsonObject(invite.out).value(QStringLiteral("id")).toString();
        QVERIFY2(id.startsWith(QStringLiteral("rt-")), qPrintable(invite.out));
        const auto accept
            = runCli(base + QStringList {"--now", "2026-11-21", "--as", "999988887777", "transfers", "accept", id});
        QVERIFY2(accept.exitCode == 0, qPrintable(accept.err));

        // From the start on, it is a bill-source context: no billable figure anywhere, its history included.
        const QStringList asSource = base + QStringList {"--now", "2027-01-05", "--as", "999988887777", "--json"};
        const auto imported = runCli(asSource + QStringList {"import", fixture("good_cur2.csv")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(!imported.out.contains(QStringLiteral("\"billable\": ")), qPrintable(imported.out));
        QVERIFY(!imported.out.contains(QStringLiteral("1.63456790822")));
        QVERIFY(jsonObject(imported.out).value(QStringLiteral("billableHidden")).toBool());
        // Before the start (1 Jan 2027) nothing changes for the bill source: it still sees its own billable figures
        // (payer 999988887777, February 2026: 0.192), and only its own.
        const auto before
            = runCli(base + QStringList {"--now", "2026-11-22", "--as", "999988887777", "--json", "imports", "list"});
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(before.out.contains(QStringLiteral("\"billable\": \"0.192\"")), qPrintable(before.out));
        QVERIFY(!before.out.contains(QStringLiteral("1.63456790822")));
        const auto list = runCli(asSource + QStringList {"imports", "list"});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.out.contains(QStringLiteral("\"billable\": ")), qPrintable(list.out));
        const auto table
            = runCli(base + QStringList {"--now", "2027-01-05", "--as", "999988887777", "imports", "list"});
        QVERIFY(!table.out.contains(QStringLiteral("1.82656790822")));
        QVERIFY(table.out.contains(QStringLiteral("(hidden)")));
        // The payer sees its own organization's billable amounts; the source's February 2026 is before the transfer
        // starts (January 2027), so it is not the payer's to see. The administrator sees everything.
        const auto payer
            = runCli(base + QStringList {"--now", "2026-11-22", "--as", "111122223333", "--json", "imports", "list"});
        QVERIFY2(payer.out.contains(QStringLiteral("\"billable\": \"1.63456790822\"")), qPrintable(payer.out));
        QVERIFY2(!payer.out.contains(QStringLiteral("\"payer\": \"999988887777\"")), qPrintable(payer.out));
        const auto admin = runCli(base + QStringList {"--now", "2026-11-22", "--json", "imports", "list"});
        QVERIFY2(admin.out.contains(QStringLiteral("\"billable\": \"1.82656790822\"")), qPrintable(admin.out));
    }

    void generatedFileMatchesTheGeneratorsTotals()
    {
        // The generator sums its own amounts with exact integers; the import must arrive at the same figures.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("gen.csv.gz"));
        const auto gen = runCli({QStringLiteral("--json"), QStringLiteral("generate-cur"), QStringLiteral("--rows"),
                                 QStringLiteral("40000"), QStringLiteral("--months"), QStringLiteral("2"),
                                 QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), file});
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        const QJsonArray expected = jsonObject(gen.out).value(QStringLiteral("totals")).toArray();
        QVERIFY(expected.size() >= 2);
        const auto r = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("g.sqlite")),
                               QStringLiteral("--json"), QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = jsonObject(r.out);
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 40000);
        QVERIFY(report.value(QStringLiteral("compressed")).toBool());
        QMap<QString, QJsonObject> actual;
        for (const QJsonValue &v : report.value(QStringLiteral("perPayerPeriod")).toArray())
            actual.insert(v.toObject().value(QStringLiteral("payer")).toString() + QLatin1Char('/')
                              + v.toObject().value(QStringLiteral("period")).toString(),
                          v.toObject());
        QCOMPARE(actual.size(), expected.size());
        for (const QJsonValue &v : expected) {
            const QJsonObject e = v.toObject();
            const QString key = e.value(QStringLiteral("payer")).toString() + QLatin1Char('/')
                + e.value(QStringLiteral("period")).toString();
            QVERIFY2(actual.contains(key), qPrintable(key));
            const QJsonObject a = actual.value(key);
            QCOMPARE(a.value(QStringLiteral("billable")).toString(), e.value(QStringLiteral("billable")).toString());
            QCOMPARE(a.value(QStringLiteral("publicOnDemand")).toString(),
                     e.value(QStringLiteral("publicOnDemand")).toString());
            QCOMPARE(QString::number(a.value(QStringLiteral("rows")).toInt()),
                     e.value(QStringLiteral("rows")).toString());
        }
    }

    void killedImportLeavesTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kill.sqlite"));
        const QString big = dir.filePath(QStringLiteral("big.csv.gz"));
        // Existing content: the FOCUS sample.
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                         sharedDataPath(QStringLiteral("focus-1.0/focus_sample.csv"))})
                     .exitCode,
                 0);
        const auto gen = runCli({QStringLiteral("generate-cur"), QStringLiteral("--rows"), QStringLiteral("50000"),
                                 QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--out"), big});
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        const QString before = fingerprint(db);
        QVERIFY2(before.contains(QStringLiteral("cost_line_items=942")), qPrintable(before));

        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(BILLINGDESK_CLI), {QStringLiteral("--db"), db, QStringLiteral("import"), big});
        QVERIFY(process.waitForStarted());
        // Progress goes to standard error ("\r12% 4096 rows"): kill at the first report, in the middle of the import.
        QByteArray progress;
        while (!progress.contains("rows") && process.state() == QProcess::Running) {
            process.waitForReadyRead(50);
            progress += process.readAllStandardError();
        }
        process.kill();
        process.waitForFinished();
        QVERIFY2(progress.contains("rows"), progress.constData());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QVERIFY2(!progress.contains("100%"), progress.constData());

        const QString after = fingerprint(db);
        QCOMPARE(after, before);
        QVERIFY(after.endsWith(QStringLiteral(" ok")));
        // And it still works: the file imports completely now.
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), big});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonObject(r.out).value(QStringLiteral("imported")).toInt(), 50000);
    }

    // Issue 9.4: the JSON report lists rows per currency and warns when a file mixes them.
    void mixedCurrenciesJson()
    {
        QTemporaryDir dir;
        const auto r = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")),
                               QStringLiteral("--json"), QStringLiteral("import"), fixture("mixed_currency.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = jsonObject(r.out);
        const QJsonArray currencies = o.value(QStringLiteral("currencies")).toArray();
        QCOMPARE(currencies.size(), 2);
        QCOMPARE(currencies.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("EUR"));
        QCOMPARE(currencies.at(0).toObject().value(QStringLiteral("rows")).toInt(), 1);
        QCOMPARE(currencies.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("USD"));
        QCOMPARE(currencies.at(1).toObject().value(QStringLiteral("rows")).toInt(), 2);
        bool warned = false;
        for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray())
            warned = warned || w.toString().contains(QStringLiteral("mixes 2 currencies (EUR: 1 rows, USD: 2 rows)"));
        QVERIFY2(warned, qPrintable(r.out));
    }

    // Issue 8(b): the text output says where the data went when the acting account cannot see it.
    void invisibleImportExplainedInText()
    {
        QTemporaryDir dir;
        const QStringList base {QStringLiteral("--db"), dir.filePath(QStringLiteral("v.sqlite"))};
        QCOMPARE(runCli(base
                        + QStringList {"orgs", "add", "--id", "o-payer00001", "--name", "Payer", "--management-account",
                                       "111122223333", "--email", "p@example.com"})
                     .exitCode,
                 0);
        const auto r = runCli(base + QStringList {"--as", "111122223333", "import", fixture("short_account.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Warning: The data was imported for Imported payer 99998888777"))
                     && r.out.contains(QStringLiteral("switch to account 99998888777")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_CliImport.moc"
