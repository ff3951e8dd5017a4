// init, demo, clock show|set|advance, apply, export-scenario.
#include "Cli.h"

#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/ScenarioService.h"
#include "services/Services.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace bd::cli {

namespace {

int noPositional(Context &ctx, const QCommandLineParser &p)
{
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(tr("unexpected argument \"%1\".").arg(p.positionalArguments().first()));
    return Done;
}

// An integer option: false (after reporting usage) when it is not a whole number.
bool intOption(Context &ctx, const QCommandLineParser &p, const QString &name, int &value)
{
    bool ok = false;
    value = p.value(name).toInt(&ok);
    if (!ok) {
        ctx.usage(tr("--%1 needs a whole number, not \"%2\".").arg(name, p.value(name)));
        return false;
    }
    return true;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject clockJson(Context &ctx)
{
    ClockService &clock = ctx.services()->clock();
    QString source = QStringLiteral("real");
    if (!ctx.nowText.isEmpty())
        source = QStringLiteral("override");
    else if (clock.hasStoredClock())
        source = QStringLiteral("stored");
    return QJsonObject {{QStringLiteral("now"), iso(clock.now())},
                        {QStringLiteral("simulated"), clock.isSimulated()},
                        {QStringLiteral("source"), source}};
}

int printClock(Context &ctx)
{
    const QJsonObject c = clockJson(ctx);
    if (ctx.json) {
        ctx.printJson(c);
        return Done;
    }
    const QString source = c.value(QStringLiteral("source")).toString();
    ctx.out() << c.value(QStringLiteral("now")).toString() << ' '
              << (source == QLatin1String("override")     ? tr("(simulated: --now for this command)")
                      : source == QLatin1String("stored") ? tr("(simulated clock stored in the database)")
                                                          : tr("(real time: no simulated clock is set)"))
              << Qt::endl;
    return Done;
}

// What a scenario left in the database, for the output of demo and apply.
QJsonObject summary(Context &ctx)
{
    Services &services = *ctx.services();
    const Result<int> organizations = services.directory().organizationTotal();
    const Result<int> accounts = services.directory().accountTotal();
    return QJsonObject {{QStringLiteral("database"), services.databasePath()},
                        {QStringLiteral("organizations"), organizations.ok() ? *organizations : 0},
                        {QStringLiteral("accounts"), accounts.ok() ? *accounts : 0},
                        {QStringLiteral("clock"), iso(services.now())}};
}

void printSummary(Context &ctx, const QString &what)
{
    const QJsonObject s = summary(ctx);
    if (ctx.json) {
        ctx.printJson(s);
        return;
    }
    ctx.out() << tr("%1 into %2: %3 organizations, %4 accounts; the clock is %5.")
                     .arg(what, QDir::toNativeSeparators(s.value(QStringLiteral("database")).toString()))
                     .arg(s.value(QStringLiteral("organizations")).toInt())
                     .arg(s.value(QStringLiteral("accounts")).toInt())
                     .arg(s.value(QStringLiteral("clock")).toString())
              << Qt::endl;
}

int init(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    Services *services = ctx.services();
    if (!services)
        return ctx.exitCode();
    if (ctx.json) {
        ctx.printJson(QJsonObject {{QStringLiteral("database"), services->databasePath()},
                                   {QStringLiteral("schemaVersion"), services->schemaVersion()},
                                   {QStringLiteral("created"), services->wasCreated()}});
    } else {
        ctx.out() << (services->wasCreated() ? tr("Created %1 (schema version %2).")
                                             : tr("Opened %1 (schema version %2, up to date)."))
                         .arg(QDir::toNativeSeparators(services->databasePath()))
                         .arg(services->schemaVersion())
                  << Qt::endl;
    }
    return Done;
}

int demo(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    QJsonObject scenario = ScenarioService::demoScenario();
    if (scenario.isEmpty())
        return ctx.fail(Error::internal(tr("The demo scenario is missing from this build.")));
    QJsonObject usage = scenario.value(QStringLiteral("usage")).toObject();
    bool changed = false;
    for (const QString &name : {QStringLiteral("months"), QStringLiteral("rows"), QStringLiteral("seed")}) {
        if (!p.isSet(name))
            continue;
        int value = 0;
        if (!intOption(ctx, p, name, value))
            return Usage;
        if (value < (name == QLatin1String("seed") ? 0 : 1))
            return ctx.usage(tr("--%1 must be %2.")
                                 .arg(name, name == QLatin1String("seed") ? tr("zero or more") : tr("at least 1")));
        usage.insert(name, value);
        changed = true;
    }
    if (changed)
        scenario.insert(QStringLiteral("usage"), usage);
    Services &services = *ctx.services();
    if (!services.directory().organizations().isEmpty())
        return ctx.fail(
            Error::rule(QStringLiteral("DATABASE_NOT_EMPTY"),
                        tr("%1 already holds organizations; the demo loads into a new, empty database (give another "
                           "--db FILE).")
                            .arg(QDir::toNativeSeparators(services.databasePath()))));
    if (auto s = ScenarioService(services).apply(scenario); !s)
        return ctx.fail(s.error());
    printSummary(ctx, tr("Loaded the demo scenario"));
    return Done;
}

int clockShow(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    return printClock(ctx);
}

int clockSet(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return ctx.usage(tr("give one date and time: clock set 2026-02-01T00:00:00Z"));
    const QDateTime moment = ClockService::parseMoment(args.first());
    if (!moment.isValid())
        return ctx.fail(Error::input(
            QStringLiteral("clock"), QStringLiteral("INVALID_DATE"),
            tr("\"%1\" is not an ISO 8601 date or date and time (e.g. 2026-02-01T00:00:00Z).").arg(args.first())));
    if (auto s = ctx.services()->clock().set(moment); !s)
        return ctx.fail(s.error());
    ctx.nowText.clear(); // the stored clock now holds the new time
    return printClock(ctx);
}

int clockAdvance(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    const int chosen = int(p.isSet(QStringLiteral("days"))) + int(p.isSet(QStringLiteral("months")))
        + int(p.isSet(QStringLiteral("to-next-month")));
    if (chosen != 1)
        return ctx.usage(tr("give exactly one of --days N, --months N or --to-next-month."));
    ClockService &clock = ctx.services()->clock();
    Status s;
    int n = 0;
    if (p.isSet(QStringLiteral("days"))) {
        if (!intOption(ctx, p, QStringLiteral("days"), n))
            return Usage;
        s = clock.advanceDays(n);
    } else if (p.isSet(QStringLiteral("months"))) {
        if (!intOption(ctx, p, QStringLiteral("months"), n))
            return Usage;
        s = clock.advanceMonths(n);
    } else {
        s = clock.advanceToNextMonth();
    }
    if (!s)
        return ctx.fail(s.error());
    ctx.nowText.clear();
    return printClock(ctx);
}

int applyScenario(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return ctx.usage(tr("give one scenario file: apply SCENARIO.json"));
    if (auto s = ScenarioService(*ctx.services()).applyFile(args.first()); !s)
        return ctx.fail(s.error());
    printSummary(ctx, tr("Applied %1").arg(QDir::toNativeSeparators(args.first())));
    return Done;
}

int exportScenario(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    auto scenario = ScenarioService(*ctx.services()).exportScenario();
    if (!scenario)
        return ctx.fail(scenario.error());
    const QByteArray json = QJsonDocument(*scenario).toJson(QJsonDocument::Indented);
    if (!p.isSet(QStringLiteral("out")) || p.value(QStringLiteral("out")) == QLatin1String("-")) {
        ctx.out() << QString::fromUtf8(json);
        ctx.out().flush();
        return Done;
    }
    const QString path = p.value(QStringLiteral("out"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return ctx.fail(
            Error::input(path, QStringLiteral("FILE_NOT_WRITTEN"),
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    if (ctx.json)
        ctx.printJson(QJsonObject {{QStringLiteral("written"), path}, {QStringLiteral("bytes"), int(json.size())}});
    else
        ctx.out() << tr("Wrote the scenario to %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Done;
}

// check: the database's integrity check. Exit 0 when it is intact, 4 (with what was found) when it is damaged.
int check(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    ctx.mustExist = true;
    Services *services = ctx.services();
    if (!services)
        return ctx.exitCode();
    auto found = services->checkDatabase();
    if (!found)
        return ctx.fail(found.error());
    const QStringList &problems = *found;
    const QFileInfo file(services->databasePath());
    QStringList backups
        = file.absoluteDir().entryList({file.fileName() + QStringLiteral(".v*.backup")}, QDir::Files, QDir::Name);
    if (ctx.json) {
        ctx.printJson(QJsonObject {{QStringLiteral("database"), services->databasePath()},
                                   {QStringLiteral("ok"), problems.isEmpty()},
                                   {QStringLiteral("readOnly"), services->isReadOnly()},
                                   {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                                   {QStringLiteral("backups"), QJsonArray::fromStringList(backups)}});
    } else if (problems.isEmpty()) {
        ctx.out()
            << tr("%1: the integrity check found no problem.").arg(QDir::toNativeSeparators(services->databasePath()))
            << Qt::endl;
    } else {
        ctx.out() << tr("%1: the integrity check found %n problem(s):", nullptr, int(problems.size()))
                         .arg(QDir::toNativeSeparators(services->databasePath()))
                  << Qt::endl;
        constexpr int Shown = 20;
        for (qsizetype i = 0; i < problems.size() && i < Shown; ++i)
            ctx.out() << "  " << problems[i] << '\n';
        if (problems.size() > Shown)
            ctx.out() << tr("  ... and %n more", nullptr, int(problems.size() - Shown)) << '\n';
        ctx.out().flush();
    }
    if (problems.isEmpty())
        return Done;
    for (QString &b : backups)
        b = QDir::toNativeSeparators(file.absoluteDir().filePath(b));
    return ctx.fail(Error::fault(
        QStringLiteral("DATABASE_CORRUPT"),
        tr("The database is damaged. Restore the backup that upgrades keep next to it (%1.v<N>.backup: %2) or a "
           "backup of your own; BillingDesk writes nothing more to this file.")
            .arg(QDir::toNativeSeparators(services->databasePath()),
                 backups.isEmpty() ? tr("none here") : backups.join(QStringLiteral(", ")))));
}

const Registration registration {
    {QStringLiteral("check"), QString(),
     QStringLiteral("Check the database for damage (SQLite's integrity check); exit 4 when it is damaged."), nullptr,
     check, false},
    {QStringLiteral("init"), QString(),
     QStringLiteral("Create the database (or upgrade it to the latest schema) and print its path."), nullptr, init},
    {QStringLiteral("demo"), QStringLiteral("[--months N] [--rows N] [--seed N]"),
     QStringLiteral("Load the demo scenario into an empty database (options override its usage section)."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("months"), QStringLiteral("Months of generated usage."), QStringLiteral("N")),
              opt(QStringLiteral("rows"), QStringLiteral("Usage rows to generate."), QStringLiteral("N")),
              opt(QStringLiteral("seed"), QStringLiteral("Random seed of the generated usage."), QStringLiteral("N"))});
     },
     demo},
    {QStringLiteral("clock show"), QString(), QStringLiteral("Show the simulation clock and whether it is simulated."),
     nullptr, clockShow},
    {QStringLiteral("clock set"), QStringLiteral("ISO"),
     QStringLiteral("Move the simulation clock forward to a date and time."), nullptr, clockSet},
    {QStringLiteral("clock advance"), QStringLiteral("--days N | --months N | --to-next-month"),
     QStringLiteral("Move the simulation clock forward."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("days"), QStringLiteral("Advance by N days."), QStringLiteral("N")),
              opt(QStringLiteral("months"), QStringLiteral("Advance by N calendar months."), QStringLiteral("N")),
              opt(QStringLiteral("to-next-month"),
                  QStringLiteral("Advance to the 1st of the next month, 00:00 UTC."))});
     },
     clockAdvance},
    {QStringLiteral("apply"), QStringLiteral("SCENARIO.json"),
     QStringLiteral("Apply a declarative scenario (one transaction: all of it or nothing)."), nullptr, applyScenario},
    {QStringLiteral("export-scenario"), QStringLiteral("[--out FILE]"),
     QStringLiteral("Write the database as a scenario (JSON; standard output by default)."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("out"), QStringLiteral("Write to FILE instead."), QStringLiteral("FILE")));
     },
     exportScenario},
};

} // namespace

} // namespace bd::cli
