// Import benchmark helper (run by tests/benchmarks/run-import-benchmark.sh; not a pass/fail test).
//   bench_import --db DB [--import FILE] [--query YYYY-MM] [--repeat N]
// --import: imports FILE in-process and prints wall time, rows/s, CPU time and peak RSS (getrusage).
// --query: "billable total by account and service for one month" from the rollups, timed (min and median of N).
#include "services/ImportService.h"
#include "services/Services.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

using namespace bd;

namespace {

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const auto value = [&](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString dbPath = value(QStringLiteral("--db"));
    if (dbPath.isEmpty()) {
        err << "usage: bench_import --db DB [--import FILE] [--query YYYY-MM] [--repeat N]" << Qt::endl;
        return 2;
    }
    Services::OpenOptions options;
    options.location = dbPath;
    auto opened = Services::open(options);
    if (!opened) {
        err << opened.error().describe() << Qt::endl;
        return 1;
    }
    Services &services = *opened.value();

    const QString file = value(QStringLiteral("--import"));
    if (!file.isEmpty()) {
        ImportOptions options;
        options.path = file;
        options.replace = true;
        QElapsedTimer timer;
        timer.start();
        auto report = services.imports().importFile(options);
        const qint64 ms = timer.elapsed();
        if (!report) {
            err << report.error().describe() << Qt::endl;
            return 1;
        }
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        out << QStringLiteral("import: %1 rows in %2 ms (%3 rows/s), cpu user %4 s sys %5 s, peak RSS %6 MB")
                   .arg(report->rowsImported)
                   .arg(ms)
                   .arg(qint64(double(report->rowsImported) * 1000.0 / double(std::max<qint64>(ms, 1))))
                   .arg(seconds(usage.ru_utime), 0, 'f', 2)
                   .arg(seconds(usage.ru_stime), 0, 'f', 2)
                   .arg(double(usage.ru_maxrss) / 1024.0, 0, 'f', 1)
            << Qt::endl;
    }

    const QString period = value(QStringLiteral("--query"));
    if (!period.isEmpty()) {
        const auto p = BillingPeriod::fromString(period);
        if (!p) {
            err << "bad period " << period << Qt::endl;
            return 2;
        }
        const int repeat = std::max(1, value(QStringLiteral("--repeat")).toInt());
        std::vector<double> times;
        qsizetype groups = 0;
        Decimal total;
        for (int i = 0; i < repeat; ++i) {
            CostQuery q;
            q.period = *p;
            q.groupBy = {CostDimension::Account, CostDimension::Service};
            QElapsedTimer timer;
            timer.start();
            auto totals = services.imports().costTotals(q);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!totals) {
                err << totals.error().describe() << Qt::endl;
                return 1;
            }
            groups = totals->size();
            total = Decimal();
            for (const CostTotal &t : totals.value())
                total += t.billable;
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral(
                   "query: billable by account and service for %1: %2 groups, total %3, min %4 ms, median %5 ms")
                   .arg(period)
                   .arg(groups)
                   .arg(total.toString())
                   .arg(times.front(), 0, 'f', 2)
                   .arg(times[times.size() / 2], 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
