// Seeded mutations (byte flips, inserted NUL and control characters, truncation, duplicated or removed delimiters and
// quotes, swapped lines) of the real FOCUS sample and of a small generated CUR 2.0 file, imported in-process over a
// temporary database. Every run must end in success, a Rule error or an Input error, in bounded time; a refusal must
// leave the database as it was (same imports, same line items, integrity_check ok); and nothing imported may hold a
// control character or a date outside its billing period (give or take the documented day).
#include "engine/UsageGenerator.h"
#include "services/ImportService.h"
#include "storage/Database.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace bd;
using namespace bd::test;

namespace {

qint64 scalar(Services &s, const QString &sql)
{
    auto q = test::sqliteDatabase(s).exec(sql);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

QString integrity(Services &s)
{
    auto q = test::sqliteDatabase(s).exec(QStringLiteral("PRAGMA integrity_check"));
    return q.ok() && q.value().next() ? q.value().value(0).toString() : QStringLiteral("(no answer)");
}

// One mutation of data, chosen and placed by rng.
void mutate(QByteArray &data, std::mt19937_64 &rng)
{
    if (data.isEmpty())
        return;
    const auto at = [&](qsizetype size) { return qsizetype(rng() % std::uint64_t(size)); };
    // Bytes that matter to a CSV importer.
    static const char special[] = {'\0', '\x01', '\x1b', '\x1f', '\r', '\n', ',', '"', '\t', '\x7f', '-', 'E', '.'};
    switch (rng() % 9) {
    case 0: // flip one byte to anything
        data[at(data.size())] = char(rng() & 0xff);
        break;
    case 1: // insert a NUL or another control character
        data.insert(at(data.size()), special[rng() % 5]);
        break;
    case 2: // truncate
        data.truncate(at(data.size()));
        break;
    case 3: // duplicate a delimiter
    case 4: { // or a quote
        const char c = rng() % 2 ? ',' : '"';
        const qsizetype i = data.indexOf(c, at(data.size()));
        if (i >= 0)
            data.insert(i, c);
        break;
    }
    case 5: { // remove a delimiter or a quote
        const char c = rng() % 2 ? ',' : '"';
        const qsizetype i = data.indexOf(c, at(data.size()));
        if (i >= 0)
            data.remove(i, 1);
        break;
    }
    case 6: { // swap two lines
        QList<QByteArray> lines = data.split('\n');
        if (lines.size() > 2) {
            const qsizetype a = at(lines.size()), b = at(lines.size());
            lines.swapItemsAt(a, b);
            data = lines.join('\n');
        }
        break;
    }
    case 7: // a special byte in place of one
        data[at(data.size())] = special[rng() % sizeof(special)];
        break;
    default: { // replace a digit of a date or an amount with another digit
        for (int tries = 0; tries < 20; ++tries) {
            const qsizetype i = at(data.size());
            if (data[i] >= '0' && data[i] <= '9') {
                data[i] = char('0' + rng() % 10);
                break;
            }
        }
        break;
    }
    }
}

} // namespace

class tst_ImportFuzz : public QObject
{
    Q_OBJECT

private:
    QByteArray m_focus;
    QByteArray m_cur2;

    void fuzz(const QByteArray &original, const char *name, int runs, std::uint64_t seed);

private Q_SLOTS:
    void initTestCase()
    {
        QFile focus(sharedDataPath(QStringLiteral("focus-1.0/focus_sample.csv")));
        QVERIFY2(focus.open(QIODevice::ReadOnly), qPrintable(focus.fileName()));
        m_focus = focus.readAll();
        UsageGeneratorOptions o;
        o.payers = UsageGenerator::syntheticPayers(2);
        o.firstPeriod = BillingPeriod(2026, 1);
        o.months = 1;
        o.rows = 200;
        o.seed = 9;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto r = UsageGenerator(o).write(buffer);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        m_cur2 = buffer.data();
    }

    // The unmutated files import (the fuzzing starts from good files).
    void originalsImport()
    {
        QTemporaryDir dir;
        TempServices s;
        for (const auto &[name, data] : {std::pair {"focus.csv", m_focus}, std::pair {"cur2.csv", m_cur2}}) {
            const QString path = dir.filePath(QLatin1String(name));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
            f.close();
            ImportOptions o;
            o.path = path;
            auto r = s->imports().importFile(o);
            QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        }
    }

    void focusSample() { fuzz(m_focus, "focus", 150, 20261129); }
    void generatedCur2() { fuzz(m_cur2, "cur2", 250, 424242); }
};

void tst_ImportFuzz::fuzz(const QByteArray &original, const char *name, int runs, std::uint64_t seed)
{
    QTemporaryDir dir;
    TempServices s;
    std::mt19937_64 rng(seed);
    int succeeded = 0, refused = 0;
    QMap<QString, int> codes; // the reasons of the refusals (problems, or the error when there is none)
    QElapsedTimer total;
    total.start();
    for (int run = 0; run < runs; ++run) {
        QByteArray data = original;
        const int mutations = 1 + int(rng() % 3);
        for (int m = 0; m < mutations; ++m)
            mutate(data, rng);
        const QString path = dir.filePath(QStringLiteral("%1-%2.csv").arg(QLatin1String(name)).arg(run));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        }
        ImportOptions o;
        o.path = path;
        o.replace = rng() % 2 == 0; // else a success may be followed by overlap refusals (Rule errors)
        o.skipInvalid = rng() % 2 == 0;
        o.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
        const qint64 importsBefore = scalar(*s, QStringLiteral("SELECT count(*) FROM cost_imports"));
        const qint64 itemsBefore = scalar(*s, QStringLiteral("SELECT count(*) FROM cost_line_items"));
        QElapsedTimer timer;
        timer.start();
        auto r = s->imports().importFile(o);
        const QString where = QStringLiteral("%1 run %2 (seed %3)").arg(QLatin1String(name)).arg(run).arg(seed);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(where + QStringLiteral(": too slow")));
        if (!r.ok()) {
            ++refused;
            const ImportReport &report = s->imports().lastReport();
            for (const ImportProblem &p : report.problems)
                ++codes[p.code];
            if (report.problems.isEmpty())
                ++codes[r.error().code];
            QVERIFY2(r.error().kind == Error::Kind::Rule || r.error().kind == Error::Kind::Input,
                     qPrintable(where + QStringLiteral(": ") + r.error().describe()));
            QCOMPARE(scalar(*s, QStringLiteral("SELECT count(*) FROM cost_imports")), importsBefore);
            QCOMPARE(scalar(*s, QStringLiteral("SELECT count(*) FROM cost_line_items")), itemsBefore);
            QCOMPARE(integrity(*s), QStringLiteral("ok"));
            continue;
        }
        ++succeeded;
        // Nothing stored holds a control character other than tab and quoted line breaks...
        auto values = test::sqliteDatabase(*s).exec(QStringLiteral("SELECT CAST(value AS BLOB) FROM cost_dictionary"));
        QVERIFY(values.ok());
        while (values.value().next()) {
            const QByteArray v = values.value().value(0).toByteArray();
            for (char c : v) {
                const auto u = static_cast<unsigned char>(c);
                QVERIFY2(u >= 0x20 || c == '\t' || c == '\r' || c == '\n',
                         qPrintable(where + QStringLiteral(": stored a control character in ") + QString::fromUtf8(v)));
            }
        }
        // ... and no line item lies outside its billing period by more than the tolerated day.
        const qint64 outside = scalar(
            *s,
            QStringLiteral("SELECT count(*) FROM cost_line_items li JOIN cost_line_dims d ON d.id = li.dims "
                           "WHERE d.period < 2000 * 12 OR d.period > 2099 * 12 + 11 "
                           "OR li.day < CAST(julianday(printf('%04d-%02d-01', d.period / 12, d.period % 12 + 1)) "
                           "- 2440587.5 AS INTEGER) - 1 "
                           "OR li.day > CAST(julianday(printf('%04d-%02d-01', d.period / 12, d.period % 12 + 1), "
                           "'+1 month') - 2440587.5 AS INTEGER)"));
        QCOMPARE(outside, 0);
    }
    QCOMPARE(integrity(*s), QStringLiteral("ok"));
    qInfo("%s: %d runs, %d imported, %d refused, %lld ms", name, runs, succeeded, refused,
          static_cast<long long>(total.elapsed()));
    QStringList seen;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it)
        seen << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo("%s refusals: %s", name, qPrintable(seen.join(QStringLiteral(", "))));
    QVERIFY(succeeded > 0);
    QVERIFY(refused > 0);
    // The mutations reach the checks this test is about.
    QVERIFY2(codes.contains(QStringLiteral("CONTROL_CHARACTER")), qPrintable(seen.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(tst_ImportFuzz)
#include "tst_ImportFuzz.moc"
