#include "UsageService.h"

#include "DirectoryService.h"
#include "ImportService.h"
#include "Services.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <limits>

namespace bd {

UsageService::UsageService(Services &services)
    : QObject(nullptr)
    , m_services(services)
{
    Services::ScenarioSection section;
    section.key = QStringLiteral("usage");
    section.order = 90;
    section.apply = [this](const QJsonValue &value) -> Status {
        auto request = requestFromJson(value);
        if (!request)
            return request.error();
        auto outcome = generateAndImport(*request);
        if (!outcome)
            return outcome.error();
        return {};
    };
    m_services.addScenarioSection(std::move(section));
}

Result<UsageService::Request> UsageService::requestFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error::input(QStringLiteral("usage"), QStringLiteral("INVALID_SCENARIO"),
                            tr("\"usage\" must be an object such as {\"months\": 3, \"rows\": 20000, \"seed\": 42}."));
    const QJsonObject o = value.toObject();
    Request r;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key != QLatin1String("months") && key != QLatin1String("rows") && key != QLatin1String("seed")
            && key != QLatin1String("start"))
            return Error::input(QStringLiteral("usage.") + key, QStringLiteral("INVALID_SCENARIO"),
                                tr("Unknown key \"%1\" in \"usage\" (expected months, rows, seed, start).").arg(key));
    }
    auto integer = [&o](const QString &key, qint64 fallback, qint64 min, qint64 max, qint64 &out) -> Status {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            out = fallback;
            return {};
        }
        // A whole JSON number; toInteger() gives the fallback for a fraction or a non-number.
        const qint64 n = v.toInteger(std::numeric_limits<qint64>::min());
        if (n == std::numeric_limits<qint64>::min() || n < min || n > max)
            return Error::input(QStringLiteral("usage.") + key, QStringLiteral("INVALID_SCENARIO"),
                                tr("\"usage.%1\" must be a whole number from %2 to %3.").arg(key).arg(min).arg(max));
        out = n;
        return {};
    };
    qint64 months = 0, rows = 0, seed = 0;
    if (auto s = integer(QStringLiteral("months"), 3, 1, 120, months); !s)
        return s.error();
    if (auto s = integer(QStringLiteral("rows"), 20000, 0, 100'000'000, rows); !s)
        return s.error();
    if (auto s = integer(QStringLiteral("seed"), 42, 0, (qint64(1) << 53), seed); !s)
        return s.error();
    r.months = int(months);
    r.rows = rows;
    r.seed = quint64(seed);
    if (o.contains(QStringLiteral("start"))) {
        const auto period = BillingPeriod::fromString(o.value(QStringLiteral("start")).toString());
        if (!period)
            return Error::input(QStringLiteral("usage.start"), QStringLiteral("INVALID_SCENARIO"),
                                tr("\"usage.start\" must be a month such as \"2025-10\"."));
        r.firstPeriod = *period;
    }
    return r;
}

QList<GeneratorPayer> UsageService::directoryPayers() const
{
    QList<GeneratorPayer> payers;
    DirectoryService &dir = m_services.directory();
    for (const Organization &org : dir.organizations()) {
        if (org.imported)
            continue; // real data came for it: do not invent more
        GeneratorPayer p;
        p.name = org.name;
        for (const Account &a : dir.accounts(org.id)) {
            const GeneratorAccount g {a.id, a.name, a.taxCountry};
            if (a.id == org.managementAccountId)
                p.management = g;
            else
                p.members.append(g);
        }
        if (p.management.id.isEmpty())
            p.management = {org.managementAccountId, org.name, QStringLiteral("US")};
        payers.append(p);
    }
    return payers;
}

BillingPeriod UsageService::defaultFirstPeriod(int months) const
{
    return BillingPeriod::containing(m_services.now()).addMonths(-months);
}

Result<UsageService::Outcome> UsageService::generateAndImport(const Request &request, const Progress &progress)
{
    const auto visibility = m_services.visibility();
    if (!visibility)
        return visibility.error();
    if (!visibility->billableVisible())
        return Error::rule(QStringLiteral("ACCESS_DENIED"),
                           tr("A bill-source organization cannot load cost data: its payer does."));
    UsageGeneratorOptions options;
    options.payers = directoryPayers();
    if (options.payers.isEmpty())
        return Error::rule(QStringLiteral("NO_ORGANIZATIONS"),
                           tr("There is no organization to generate usage for: add one or load the demo first."));
    options.months = request.months;
    options.firstPeriod = request.firstPeriod.isValid() ? request.firstPeriod : defaultFirstPeriod(request.months);
    options.rows = request.rows;
    options.seed = request.seed;

    Outcome outcome;
    outcome.firstPeriod = options.firstPeriod;
    outcome.months = options.months;
    if (request.rows == 0)
        return outcome;

    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::internal(
            tr("Cannot create a temporary folder for the generated usage: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("demo-usage-%1-%2m-seed%3.csv")
                                          .arg(options.firstPeriod.toString())
                                          .arg(options.months)
                                          .arg(options.seed));
    QElapsedTimer timer;
    timer.start();
    const UsageGenerator generator(options);
    auto generated = generator.writeFile(path, [&](std::int64_t done, std::int64_t total) {
        return !progress || progress(QStringLiteral("generating"), done, total);
    });
    if (!generated)
        return generated.error();
    outcome.rows = generated->rows;
    outcome.csvBytes = generated->csvBytes;
    outcome.generateMs = timer.restart();

    ImportOptions importOptions;
    importOptions.path = path;
    importOptions.format = CostFormat::Cur2;
    importOptions.view = CostView::Billable;
    importOptions.replace = true; // generating again replaces the same months
    auto imported = m_services.imports().importFile(importOptions, [&](qint64 bytes, qint64 totalBytes, qint64) {
        return !progress || progress(QStringLiteral("importing"), bytes, totalBytes);
    });
    if (!imported)
        return imported.error();
    outcome.imports = 1;
    outcome.importMs = timer.elapsed();
    return outcome;
}

} // namespace bd
