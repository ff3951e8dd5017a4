// generate-cur: deterministic demo cost and usage data as an AWS CUR 2.0 CSV (plain or gzip).
#include "Cli.h"

#include "engine/UsageGenerator.h"
#include "services/Services.h"
#include "services/UsageService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace bd::cli {

namespace {

bool parseCount(const QCommandLineParser &p, const QString &name, qint64 min, qint64 max, qint64 &out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    out = v;
    return true;
}

int generateCur(Context &ctx, const QCommandLineParser &p)
{
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(tr("unexpected argument \"%1\".").arg(p.positionalArguments().first()));
    if (!ctx.require(p, {QStringLiteral("rows")}))
        return Usage;
    qint64 rows = 0, months = 1, seed = 42, payers = 4;
    if (!parseCount(p, QStringLiteral("rows"), 0, 1'000'000'000, rows))
        return ctx.usage(tr("--rows must be a whole number from 0 to 1000000000."));
    if (!parseCount(p, QStringLiteral("months"), 1, 120, months))
        return ctx.usage(tr("--months must be a whole number from 1 to 120."));
    if (!parseCount(p, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), seed))
        return ctx.usage(tr("--seed must be a non-negative whole number."));
    if (!parseCount(p, QStringLiteral("payers"), 1, 1000, payers))
        return ctx.usage(tr("--payers must be a whole number from 1 to 1000."));
    BillingPeriod start;
    if (p.isSet(QStringLiteral("start"))) {
        const auto period = BillingPeriod::fromString(p.value(QStringLiteral("start")));
        if (!period)
            return ctx.usage(tr("--start must be a month such as 2026-01."));
        start = *period;
    }

    UsageGeneratorOptions options;
    options.rows = rows;
    options.months = int(months);
    options.seed = quint64(seed);
    const QString out = p.value(QStringLiteral("out"));
    options.gzip = p.isSet(QStringLiteral("gzip")) || out.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);

    // With a database: the directory's organizations and its clock. Without: made-up payers and the real date.
    QString source;
    if (!ctx.databasePath.isEmpty()) {
        Services *services = ctx.services();
        if (!services)
            return ctx.exitCode();
        if (p.isSet(QStringLiteral("payers")))
            return ctx.usage(tr("--payers makes up organizations; with --db the directory's organizations are used."));
        // What the acting account may see decides; an error deciding it is reported as such (fail closed).
        const auto visibility = services->visibility();
        if (!visibility)
            return ctx.fail(visibility.error());
        if (!visibility->billableVisible())
            return ctx.fail(
                Error::rule(QStringLiteral("ACCESS_DENIED"),
                            tr("A bill-source organization does not see billable amounts, so it cannot generate "
                               "billable usage; act as the payer or the administrator.")));
        options.payers = services->usage().directoryPayers();
        if (options.payers.isEmpty())
            return ctx.fail(Error::rule(QStringLiteral("NO_ORGANIZATIONS"),
                                        tr("The database has no organization to generate usage for.")));
        if (!start.isValid())
            start = services->usage().defaultFirstPeriod(options.months);
        source = options.payers.size() == 1 ? tr("the directory's organization")
                                            : tr("the directory's %1 organizations").arg(options.payers.size());
    } else {
        options.payers = UsageGenerator::syntheticPayers(int(payers));
        if (!start.isValid())
            start = BillingPeriod::containing(QDateTime::currentDateTimeUtc()).addMonths(-options.months);
        source = options.payers.size() == 1 ? tr("1 made-up payer organization")
                                            : tr("%1 made-up payer organizations").arg(options.payers.size());
    }
    options.firstPeriod = start;

    QElapsedTimer timer;
    timer.start();
    const UsageGenerator generator(options);
    Result<GeneratorReport> report = Error::internal({});
    if (out.isEmpty() || out == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(Error::internal(tr("Cannot write to the standard output.")));
        report = generator.write(stdoutFile);
        stdoutFile.flush();
    } else {
        report = generator.writeFile(out);
    }
    if (!report)
        return ctx.fail(report.error());
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    const bool toStdout = out.isEmpty() || out == QLatin1String("-");
    QTextStream &stream = toStdout ? ctx.err() : ctx.out();

    if (ctx.json && !toStdout) {
        QJsonArray totals;
        for (const GeneratedTotals &t : report->totals)
            totals.append(QJsonObject {{QStringLiteral("payer"), t.payerAccountId},
                                       {QStringLiteral("period"), t.period.toString()},
                                       {QStringLiteral("rows"), QString::number(t.rows)},
                                       {QStringLiteral("billable"), t.billable.toString()},
                                       {QStringLiteral("unblended"), t.unblended.toString()},
                                       {QStringLiteral("publicOnDemand"), t.publicOnDemand.toString()},
                                       {QStringLiteral("discounts"), t.discounts.toString()},
                                       {QStringLiteral("credits"), t.credits.toString()},
                                       {QStringLiteral("tax"), t.tax.toString()},
                                       {QStringLiteral("currency"), QStringLiteral("USD")}});
        ctx.printJson(QJsonObject {{QStringLiteral("file"), out},
                                   {QStringLiteral("format"), QStringLiteral("cur2")},
                                   {QStringLiteral("gzip"), options.gzip},
                                   {QStringLiteral("rows"), QString::number(report->rows)},
                                   {QStringLiteral("bytes"), QString::number(report->bytes)},
                                   {QStringLiteral("csvBytes"), QString::number(report->csvBytes)},
                                   {QStringLiteral("firstPeriod"), options.firstPeriod.toString()},
                                   {QStringLiteral("months"), options.months},
                                   {QStringLiteral("seed"), QString::number(options.seed)},
                                   {QStringLiteral("elapsedMs"), ms},
                                   {QStringLiteral("totals"), totals}});
        return Done;
    }
    stream << tr("Wrote %1 CUR 2.0 rows (%2 MB%3) for %4, %5 to %6, seed %7, in %8 s (%9 rows/s)%10.")
                  .arg(report->rows)
                  .arg(double(report->bytes) / 1e6, 0, 'f', 1)
                  .arg(options.gzip ? tr(" gzip, %1 MB uncompressed").arg(double(report->csvBytes) / 1e6, 0, 'f', 1)
                                    : QString())
                  .arg(source, options.firstPeriod.toString(),
                       options.firstPeriod.addMonths(options.months - 1).toString())
                  .arg(options.seed)
                  .arg(double(ms) / 1000.0, 0, 'f', 2)
                  .arg(qint64(double(report->rows) * 1000.0 / double(ms)))
                  .arg(toStdout ? QString() : tr(" to %1").arg(out))
           << Qt::endl;
    return Done;
}

const Registration registration {
    {QStringLiteral("generate-cur"),
     QStringLiteral("--rows N [--months M] [--start YYYY-MM] [--seed S] [--out FILE] [--gzip] [--payers N]"),
     QStringLiteral(
         "Write deterministic demo usage as an AWS CUR 2.0 CSV (without --db: made-up payers, no database needed)."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("rows"), QStringLiteral("Exact number of line items to write."), QStringLiteral("N")),
              opt(QStringLiteral("months"), QStringLiteral("Billing periods to cover (default 1)."),
                  QStringLiteral("M")),
              opt(QStringLiteral("start"), QStringLiteral("First billing period (default: the last complete months)."),
                  QStringLiteral("YYYY-MM")),
              opt(QStringLiteral("seed"),
                  QStringLiteral("Random seed (default 42): the same seed gives the same bytes."), QStringLiteral("S")),
              opt(QStringLiteral("out"), QStringLiteral("Output file (default: standard output)."),
                  QStringLiteral("FILE")),
              opt(QStringLiteral("gzip"), QStringLiteral("Compress with gzip (also when FILE ends in .gz).")),
              opt(QStringLiteral("payers"), QStringLiteral("Made-up payer organizations without --db (default 4)."),
                  QStringLiteral("N"))});
     },
     generateCur, false},
};

} // namespace

} // namespace bd::cli
