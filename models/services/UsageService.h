#pragma once

#include "domain/BillingPeriod.h"
#include "domain/Result.h"
#include "engine/UsageGenerator.h"

#include <QObject>

#include <functional>

namespace bd {

class Services;

// Demo cost and usage data: generates AWS CUR 2.0 data for the directory's organizations (UsageGenerator)
// and imports it (ImportService). Registers the scenario section "usage" (order 90):
//   "usage": {"months": 3, "rows": 20000, "seed": 42}
// generates `rows` line items in total for every organization (its management account as payer) over the
// last `months` complete months before the simulation clock, and imports them as billable data inside the
// scenario's transaction.
class UsageService final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        int months = 3;
        qint64 rows = 20000;
        quint64 seed = 42;
        BillingPeriod firstPeriod; // default: `months` complete months before the clock
    };
    struct Outcome
    {
        qint64 rows = 0;
        qint64 csvBytes = 0;
        qint64 imports = 0;
        BillingPeriod firstPeriod;
        int months = 0;
        qint64 generateMs = 0;
        qint64 importMs = 0;
    };
    // Progress of the two phases ("generating" then "importing"): done and total in rows (generating) or bytes
    // (importing). Return false to cancel: nothing is imported.
    using Progress = std::function<bool(const QString &phase, qint64 done, qint64 total)>;

    explicit UsageService(Services &services);

    // Every organization of the directory as a payer: its management account and its member accounts.
    QList<GeneratorPayer> directoryPayers() const;
    // The first of `months` complete months ending before the clock's month.
    BillingPeriod defaultFirstPeriod(int months) const;

    // Generates and imports in one transaction (a nested one inside a scenario). Refused for a bill-source
    // context and when the directory has no organization.
    Result<Outcome> generateAndImport(const Request &request, const Progress &progress = {});

    static Result<Request> requestFromJson(const QJsonValue &value);

private:
    Services &m_services;
};

} // namespace bd
