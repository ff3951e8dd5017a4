// import FILE and imports list|remove.
#include "Cli.h"

#include "services/ImportService.h"
#include "services/Services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace bd::cli {

namespace {

QJsonArray totalsJson(const QList<PayerPeriodTotal> &totals, bool hidden)
{
    QJsonArray out;
    for (const PayerPeriodTotal &t : totals) {
        QJsonObject o {{QStringLiteral("payer"), t.payerAccountId},
                       {QStringLiteral("organization"), t.organizationId},
                       {QStringLiteral("period"), t.period.toString()},
                       {QStringLiteral("currency"), t.currency},
                       {QStringLiteral("rows"), t.rows},
                       {QStringLiteral("publicOnDemand"), t.publicOnDemand.toString()}};
        if (!hidden)
            o.insert(QStringLiteral("billable"), t.billable.toString());
        out.append(o);
    }
    return out;
}

QJsonArray problemsJson(const QList<ImportProblem> &problems)
{
    QJsonArray out;
    for (const ImportProblem &p : problems)
        out.append(QJsonObject {{QStringLiteral("line"), p.line},
                                {QStringLiteral("column"), p.column},
                                {QStringLiteral("text"), p.text},
                                {QStringLiteral("code"), p.code},
                                {QStringLiteral("message"), p.message}});
    return out;
}

QJsonObject reportJson(const ImportReport &r)
{
    QJsonObject skipped;
    for (auto it = r.skippedByProvider.cbegin(); it != r.skippedByProvider.cend(); ++it)
        skipped.insert(it.key(), it.value());
    QJsonArray created;
    for (const Organization &o : r.createdOrganizations)
        created.append(QJsonObject {{QStringLiteral("id"), o.id},
                                    {QStringLiteral("name"), o.name},
                                    {QStringLiteral("managementAccount"), o.managementAccountId}});
    QJsonArray currencies;
    for (const CurrencyRows &c : r.currencies)
        currencies.append(QJsonObject {{QStringLiteral("code"), c.code}, {QStringLiteral("rows"), c.rows}});
    QJsonArray replaced;
    for (qint64 id : r.replacedImports)
        replaced.append(id);
    QJsonObject o {{QStringLiteral("importId"), r.importId},
                   {QStringLiteral("file"), r.fileName},
                   {QStringLiteral("size"), r.fileSize},
                   {QStringLiteral("sha256"), r.sha256},
                   {QStringLiteral("compressed"), r.compressed},
                   {QStringLiteral("format"), costFormatKey(r.format)},
                   {QStringLiteral("formatVersion"), r.formatVersion},
                   {QStringLiteral("view"), costViewKey(r.view)},
                   {QStringLiteral("rowsRead"), r.rowsRead},
                   {QStringLiteral("imported"), r.rowsImported},
                   {QStringLiteral("rejected"), r.rowsRejected},
                   {QStringLiteral("skipped"), r.rowsSkipped},
                   {QStringLiteral("skippedByProvider"), skipped},
                   {QStringLiteral("unknownLineItemTypeRows"), r.unknownLineItemTypeRows},
                   {QStringLiteral("roundedValues"), r.roundedValues},
                   {QStringLiteral("roundingResidue"),
                    r.roundingResidueText.isEmpty() ? QStringLiteral("0") : r.roundingResidueText},
                   {QStringLiteral("publicOnDemand"), r.publicOnDemandTotal.toString()},
                   {QStringLiteral("perPayerPeriod"), totalsJson(r.totals, r.billableHidden)},
                   {QStringLiteral("currencies"), currencies},
                   {QStringLiteral("createdOrganizations"), created},
                   {QStringLiteral("replacedImports"), replaced},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                   {QStringLiteral("problems"), problemsJson(r.problems)},
                   {QStringLiteral("problemCount"), r.problemCount},
                   {QStringLiteral("rejectsFile"), r.rejectsPath},
                   {QStringLiteral("elapsedMs"), r.elapsedMs}};
    if (!r.billableHidden)
        o.insert(QStringLiteral("billable"), r.billableTotal.toString());
    else
        o.insert(QStringLiteral("billableHidden"), true);
    return o;
}

void printProblems(Context &ctx, const ImportReport &r, const QString &path)
{
    for (const ImportProblem &p : r.problems) {
        ctx.err() << path << QLatin1Char(':') << p.line << QStringLiteral(": ") << p.message << QStringLiteral(" [")
                  << p.code << QStringLiteral("]") << Qt::endl;
    }
    if (r.problemCount > r.problems.size())
        ctx.err() << tr("... and %1 more problems.").arg(r.problemCount - r.problems.size()) << Qt::endl;
}

int importFile(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return ctx.usage(tr("name one file: import FILE [--format auto|cur2|cur|focus] [--view billable|proforma] "
                            "[--replace] [--skip-invalid] [--rejects FILE]"));
    ImportOptions options;
    options.path = args.first();
    if (p.isSet(QStringLiteral("format"))) {
        const auto f = costFormatFromKey(p.value(QStringLiteral("format")));
        if (!f)
            return ctx.usage(tr("--format must be auto, cur2, cur or focus."));
        options.format = *f;
    }
    if (p.isSet(QStringLiteral("view"))) {
        const auto v = costViewFromKey(p.value(QStringLiteral("view")));
        if (!v)
            return ctx.usage(tr("--view must be billable or proforma."));
        options.view = *v;
    }
    options.replace = p.isSet(QStringLiteral("replace"));
    options.skipInvalid = p.isSet(QStringLiteral("skip-invalid"));
    options.rejectsPath = p.value(QStringLiteral("rejects"));
    if (!options.rejectsPath.isEmpty() && !options.skipInvalid)
        return ctx.usage(tr("--rejects goes with --skip-invalid."));
    bool quiet = p.isSet(QStringLiteral("quiet")) || ctx.json;
    Services *services = ctx.services();
    if (!services)
        return ctx.exitCode();
    ImportService &imports = services->imports();
    auto result = imports.importFile(options, [&](qint64 bytes, qint64 total, qint64 rows) {
        if (!quiet && total > 0)
            ctx.err() << QStringLiteral("\r%1% %2 rows").arg(bytes * 100 / total).arg(rows) << Qt::flush;
        return true;
    });
    if (!quiet)
        ctx.err() << QStringLiteral("\r") << Qt::flush;
    if (!result.ok()) {
        const ImportReport &report = imports.lastReport();
        printProblems(ctx, report, options.path);
        if (ctx.json) {
            QJsonObject o = reportJson(report);
            o.insert(QStringLiteral("error"),
                     QJsonObject {{QStringLiteral("code"), result.error().code},
                                  {QStringLiteral("message"), result.error().message}});
            ctx.printJson(o);
        }
        return ctx.fail(result.error());
    }
    const ImportReport &r = result.value();
    if (ctx.json) {
        ctx.printJson(reportJson(r));
        return Done;
    }
    QTextStream &out = ctx.out();
    out << tr("Imported %1 (%2, %3) as import %4 in %5 ms.")
               .arg(r.fileName, r.formatVersion + (r.compressed ? QStringLiteral(", gzip") : QString()),
                    costViewKey(r.view))
               .arg(r.importId)
               .arg(r.elapsedMs)
        << Qt::endl;
    out << tr("Rows read %1, imported %2, rejected %3, skipped %4.")
               .arg(r.rowsRead)
               .arg(r.rowsImported)
               .arg(r.rowsRejected)
               .arg(r.rowsSkipped)
        << Qt::endl;
    QList<QStringList> rows;
    for (const PayerPeriodTotal &t : r.totals)
        rows.append({t.payerAccountId, t.organizationId, t.period.toString(), t.currency, QString::number(t.rows),
                     r.billableHidden ? tr("(hidden)") : t.billable.toString(), t.publicOnDemand.toString()});
    ctx.printTable({tr("PAYER"), tr("ORGANIZATION"), tr("PERIOD"), tr("CURRENCY"), tr("ROWS"), tr("BILLABLE"),
                    tr("PUBLIC ON-DEMAND")},
                   rows, {4, 5, 6});
    for (const Organization &o : r.createdOrganizations)
        out << tr("Created organization %1 (%2) for payer %3, marked imported.")
                   .arg(o.id, o.name, o.managementAccountId)
            << Qt::endl;
    for (const QString &w : r.warnings)
        out << tr("Warning: %1").arg(w) << Qt::endl;
    return Done;
}

int listImports(Context &ctx, const QCommandLineParser &p)
{
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(tr("unexpected argument \"%1\".").arg(p.positionalArguments().first()));
    Services *services = ctx.services();
    if (!services)
        return ctx.exitCode();
    // Fails closed: when what the acting account may see cannot be decided, no figure is printed.
    const auto listed = services->imports().imports();
    if (!listed)
        return ctx.fail(listed.error());
    const QList<ImportRecord> &list = *listed;
    const bool hidden = services->imports().billableHidden();
    if (ctx.json) {
        QJsonArray array;
        for (const ImportRecord &r : list) {
            QJsonObject o {{QStringLiteral("id"), r.id},
                           {QStringLiteral("file"), r.fileName},
                           {QStringLiteral("path"), r.path},
                           {QStringLiteral("size"), r.fileSize},
                           {QStringLiteral("sha256"), r.sha256},
                           {QStringLiteral("format"), costFormatKey(r.format)},
                           {QStringLiteral("formatVersion"), r.formatVersion},
                           {QStringLiteral("view"), costViewKey(r.view)},
                           {QStringLiteral("imported"), r.clockTime.toString(Qt::ISODate)},
                           {QStringLiteral("importedWallTime"), r.wallTime.toString(Qt::ISODate)},
                           {QStringLiteral("actor"), r.actor},
                           {QStringLiteral("rowsRead"), r.rowsRead},
                           {QStringLiteral("rowsImported"), r.rowsImported},
                           {QStringLiteral("rowsRejected"), r.rowsRejected},
                           {QStringLiteral("rowsSkipped"), r.rowsSkipped},
                           {QStringLiteral("publicOnDemand"), r.publicOnDemand.toString()},
                           {QStringLiteral("perPayerPeriod"), totalsJson(r.totals, hidden)}};
            if (!hidden)
                o.insert(QStringLiteral("billable"), r.billable.toString());
            array.append(o);
        }
        ctx.printJson(array);
        return Done;
    }
    QList<QStringList> rows;
    for (const ImportRecord &r : list)
        rows.append({QString::number(r.id), r.fileName, r.formatVersion, costViewKey(r.view),
                     r.clockTime.toString(Qt::ISODate), QString::number(r.rowsImported),
                     QString::number(r.rowsRejected), QString::number(r.rowsSkipped),
                     hidden ? tr("(hidden)") : r.billable.toString(), r.publicOnDemand.toString(), r.sha256.left(12)});
    ctx.printTable({tr("ID"), tr("FILE"), tr("FORMAT"), tr("VIEW"), tr("IMPORTED"), tr("ROWS"), tr("REJECTED"),
                    tr("SKIPPED"), tr("BILLABLE"), tr("PUBLIC ON-DEMAND"), tr("SHA-256")},
                   rows, {0, 5, 6, 7, 8, 9});
    return Done;
}

int removeImport(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (args.size() != 1 || !ok)
        return ctx.usage(tr("name the import: imports remove ID (see imports list)."));
    Services *services = ctx.services();
    if (!services)
        return ctx.exitCode();
    if (auto s = services->imports().removeImport(id); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject {{QStringLiteral("removed"), id}});
    else
        ctx.out() << tr("Removed import %1 and its line items and totals.").arg(id) << Qt::endl;
    return Done;
}

const Registration registration {
    {QStringLiteral("import"),
     QStringLiteral("FILE [--format auto|cur2|cur|focus] [--view billable|proforma] [--replace] [--skip-invalid] "
                    "[--rejects FILE]"),
     QStringLiteral("Import an AWS cost export (CUR 2.0, legacy CUR or FOCUS; CSV or CSV.gz) in one transaction."),
     [](QCommandLineParser &p) {
         p.addOptions({opt(QStringLiteral("format"), QStringLiteral("auto (default), cur2, cur or focus."),
                           QStringLiteral("FORMAT")),
                       opt(QStringLiteral("view"),
                           QStringLiteral("billable (default) or proforma (a Billing Conductor export)."),
                           QStringLiteral("VIEW")),
                       opt(QStringLiteral("replace"),
                           QStringLiteral("Replace earlier imports of the same file or of the same payer and period.")),
                       opt(QStringLiteral("skip-invalid"),
                           QStringLiteral("Import the valid rows; write the invalid ones to a side file.")),
                       opt(QStringLiteral("rejects"),
                           QStringLiteral("The side file for rejected rows (default FILE.rejected.csv)."),
                           QStringLiteral("FILE")),
                       opt(QStringLiteral("quiet"), QStringLiteral("No progress on standard error."))});
     },
     importFile},
    {QStringLiteral("imports list"), QString(), QStringLiteral("List the imports (file, hash, rows and totals)."),
     nullptr, listImports},
    {QStringLiteral("imports remove"), QStringLiteral("ID"),
     QStringLiteral("Remove an import with its line items and totals."), nullptr, removeImport},
};

} // namespace

} // namespace bd::cli
