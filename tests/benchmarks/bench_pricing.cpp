// Pricing benchmark (issue 10): on a database holding a month of cost data (the import benchmark's million line
// items, or `billingdesk-cli demo --rows 1000000`), measures
//   1. reading the month's detail rollup once (cold; what a pro forma needs instead of a scan of the line items),
//   2. recomputing the month's pro forma and margin of every billing group after a rule change (a stored edit, then
//      ProFormaService::margin over the cached rollup),
//   3. the what-if preview: ProFormaService::whatIf with an edited, unsaved plan.
// Prints milliseconds (min / median / max over the iterations). Not a pass/fail test.
//
// Usage: bench_pricing --db FILE --period YYYY-MM [--as ACCOUNT] [--now ISO] [--setup] [--iterations N]
//   --setup (for an imported database without pricing): as the management account of the organization with the
//   most accounts, creates a custom plan (a global discount, service and SKU rules) and a STANDARD billing group
//   of all its accounts with that plan, then acts as that account.
#include "domain/BillingPeriod.h"
#include "services/PricingService.h"
#include "services/ProFormaService.h"
#include "services/Services.h"
#include "services/DirectoryService.h"
#include "storage/DirectoryStore.h"
#include "storage/Storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace bd;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString &what, const Error &error)
{
    QTextStream(stderr) << what << ": " << error.describe() << '\n';
    std::exit(1);
}

struct Stats
{
    QList<double> ms;
    void add(qint64 ns) { ms.append(double(ns) / 1e6); } // timings, not amounts
    QString text() const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return QStringLiteral("min %1 ms, median %2 ms, max %3 ms (%4 runs)")
            .arg(s.first(), 0, 'f', 1)
            .arg(s.at(s.size() / 2), 0, 'f', 1)
            .arg(s.last(), 0, 'f', 1)
            .arg(s.size());
    }
};

QString setUp(Services &services, const BillingPeriod &period)
{
    // The organization with the most rows in the month; its usage accounts join it in the directory (an import
    // creates only the payer), so that a STANDARD group can hold them.
    auto rows = services.proForma().rows(period);
    if (!rows)
        die(QStringLiteral("rows"), rows.error());
    QHash<QString, QSet<QString>> accountsByOrganization;
    QHash<QString, int> rowsByOrganization;
    for (const PricingInputRow &row : std::as_const(**rows)) {
        accountsByOrganization[row.organizationId].insert(row.accountId);
        ++rowsByOrganization[row.organizationId];
    }
    QString bestId;
    for (auto it = rowsByOrganization.cbegin(); it != rowsByOrganization.cend(); ++it) {
        if (bestId.isEmpty() || *it > rowsByOrganization.value(bestId))
            bestId = it.key();
    }
    auto found = services.storage().directory().organization(bestId);
    if (!found || !found->has_value())
        die(QStringLiteral("set-up"), Error::internal(QStringLiteral("no organization with cost data")));
    const Organization best = **found;
    for (const QString &id : std::as_const(accountsByOrganization[bestId])) {
        auto existing = services.storage().directory().account(id);
        if (existing && existing->has_value())
            continue;
        Account account;
        account.id = id;
        account.name = QStringLiteral("Account %1").arg(id);
        account.email = QStringLiteral("aws+%1@example.com").arg(id);
        account.taxCountry = QStringLiteral("US");
        account.organizationId = bestId;
        if (auto s = services.directory().addAccount(account); !s)
            die(QStringLiteral("account"), s.error());
    }
    if (auto s = services.setActingAccount(best.managementAccountId); !s)
        die(QStringLiteral("acting account"), s.error());
    PricingService &pricing = services.pricing();
    auto plan = pricing.addPlan(QStringLiteral("Bench plan"), QStringLiteral("benchmark"));
    if (!plan)
        die(QStringLiteral("plan"), plan.error());
    const auto addRule = [&](PricingRuleScope scope, PricingRuleType type, const char *percent, const QString &service,
                             const QString &usageType = {}, const QString &operation = {}) {
        PricingRule rule;
        rule.name = QStringLiteral("bench %1 %2").arg(service, usageType);
        rule.scope = scope;
        rule.type = type;
        rule.modifierPercent = *Decimal::fromString(QString::fromLatin1(percent));
        rule.service = service;
        rule.usageType = usageType;
        rule.operation = operation;
        if (auto r = pricing.addRule(plan->id, rule); !r)
            die(QStringLiteral("rule"), r.error());
    };
    addRule(PricingRuleScope::Global, PricingRuleType::Discount, "5", {});
    addRule(PricingRuleScope::Service, PricingRuleType::Discount, "10", QStringLiteral("AmazonS3"));
    addRule(PricingRuleScope::Service, PricingRuleType::Markup, "2.5", QStringLiteral("AmazonRDS"));
    addRule(PricingRuleScope::Sku, PricingRuleType::Markup, "3", QStringLiteral("AmazonEC2"),
            QStringLiteral("BoxUsage:m5.large"), QStringLiteral("RunInstances"));
    auto accounts = services.storage().directory().accounts(best.id);
    if (!accounts)
        die(QStringLiteral("accounts"), accounts.error());
    QStringList ids;
    for (const Account &a : std::as_const(*accounts))
        ids << a.id;
    if (auto g = pricing.addStandardGroup(QStringLiteral("Bench group"), ids, plan->id); !g)
        die(QStringLiteral("group"), g.error());
    out() << "set up: plan \"Bench plan\" (4 rules), STANDARD group of " << ids.size() << " accounts of " << best.name
          << ", acting as " << best.managementAccountId << Qt::endl;
    return best.managementAccountId;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("FILE")},
                       {QStringLiteral("period"), QStringLiteral("Month."), QStringLiteral("YYYY-MM")},
                       {QStringLiteral("as"), QStringLiteral("Acting account."), QStringLiteral("ACCOUNT")},
                       {QStringLiteral("now"), QStringLiteral("The simulated clock for this run."), QStringLiteral("ISO")},
                       {QStringLiteral("setup"), QStringLiteral("Create a plan and a group first.")},
                       {QStringLiteral("iterations"), QStringLiteral("Runs per measure."), QStringLiteral("N")}});
    parser.process(app);
    const auto period = BillingPeriod::fromString(parser.value(QStringLiteral("period")));
    if (!period)
        die(QStringLiteral("--period"), Error::internal(QStringLiteral("YYYY-MM")));
    const int iterations = std::max(3, parser.value(QStringLiteral("iterations")).toInt());

    Services::OpenOptions options;
    options.location = parser.value(QStringLiteral("db"));
    options.mustExist = true;
    options.actingAccountId = parser.value(QStringLiteral("as"));
    if (parser.isSet(QStringLiteral("now")))
        options.clockOverride = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
    auto opened = Services::open(options);
    if (!opened)
        die(QStringLiteral("open"), opened.error());
    Services &services = **opened;
    ProFormaService &proForma = services.proForma();
    PricingService &pricing = services.pricing();

    QElapsedTimer timer;
    timer.start();
    auto rows = proForma.rows(*period);
    if (!rows)
        die(QStringLiteral("rows"), rows.error());
    out() << "detail rollup of " << period->toString() << ": " << (*rows)->size() << " rows read in "
          << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) << " ms (once; cached after)" << Qt::endl;
    if (parser.isSet(QStringLiteral("setup")))
        setUp(services, *period);

    auto groups = proForma.margin(*period);
    if (!groups)
        die(QStringLiteral("margin"), groups.error());
    if (groups->isEmpty())
        die(QStringLiteral("margin"), Error::internal(QStringLiteral("no billing group for the acting account")));
    Decimal billable, total;
    for (const GroupMargin &g : std::as_const(*groups)) {
        billable += g.result.billable;
        total += g.result.proForma;
    }
    out() << groups->size() << " billing groups: billable " << billable.toFixed(2) << ", pro forma " << total.toFixed(2)
          << Qt::endl;

    // A custom plan of the acting payer to edit (the first group on one).
    QString planId;
    QString groupId = groups->constFirst().groupId;
    for (const GroupMargin &g : std::as_const(*groups)) {
        auto plan = pricing.plan(g.planName);
        if (plan && !plan->managed) {
            planId = plan->id;
            groupId = g.groupId;
            break;
        }
    }

    // 2. A stored rule change, then the month's pro forma of every group.
    Stats recompute;
    for (int i = 0; i < iterations; ++i) {
        if (!planId.isEmpty()) {
            PricingRule rule;
            rule.name = QStringLiteral("bench edit %1").arg(i);
            rule.scope = PricingRuleScope::Service;
            rule.type = PricingRuleType::Discount;
            rule.service = QStringLiteral("AWSGlue"); // a service no plan of the benchmarks prices yet
            rule.modifierPercent = Decimal::fromInt(i % 50);
            auto added = pricing.addRule(planId, rule);
            if (!added)
                die(QStringLiteral("rule change"), added.error());
            timer.restart();
            auto again = proForma.margin(*period);
            recompute.add(timer.nsecsElapsed());
            if (!again)
                die(QStringLiteral("margin"), again.error());
            if (auto removed = pricing.removeRule(added->id); !removed)
                die(QStringLiteral("rule change"), removed.error());
        } else {
            timer.restart();
            auto again = proForma.margin(*period);
            recompute.add(timer.nsecsElapsed());
        }
    }
    out() << "pro forma of every group after a rule change: " << recompute.text() << Qt::endl;

    // 3. The what-if preview: an unsaved edit of the plan.
    auto plan = pricing.plan(groups->constFirst().planName);
    if (!planId.isEmpty())
        plan = pricing.plan(planId);
    if (!plan)
        die(QStringLiteral("plan"), plan.error());
    Stats preview;
    for (int i = 0; i < iterations; ++i) {
        PricingPlan edited = *plan;
        PricingRule rule;
        rule.id = QStringLiteral("pr-unsaved");
        rule.name = QStringLiteral("what if");
        rule.scope = PricingRuleScope::Global;
        rule.type = PricingRuleType::Markup;
        rule.modifierPercent = Decimal::fromInt(i % 20);
        edited.rules.append(rule);
        timer.restart();
        auto m = proForma.whatIf(*period, groupId, edited);
        preview.add(timer.nsecsElapsed());
        if (!m)
            die(QStringLiteral("what-if"), m.error());
    }
    out() << "what-if preview of one group: " << preview.text() << Qt::endl;
    return 0;
}
