#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bd {

class Services;

// Declarative set-up: `apply SCENARIO.json` and `export-scenario`.
//
//   {"format": "billingdesk-scenario", "version": 1, "clock": "2026-01-15T09:00:00Z",
//    "settings": {"key": "value", ...},
//    "organizations": [{"id", "name", "managementAccount", "managementAccountName", "email", "country",
//                       "allFeatures", "imported", "accounts": [{"id", "name", "email", "country"}]}],
//    "standaloneAccounts": [{"id", "name", "email", "country"}],
//    <every section registered with Services::addScenarioSection>: ...}
//
// The clock, settings, organizations (order 10) and standalone accounts (order 20) are built in; registered
// sections run in ascending order among them. Applying is one transaction: the whole scenario or nothing.
// Errors name the JSON path (organizations[2].managementAccount); applyFile adds the file name, and JSON
// syntax errors give file:line:column. Unknown keys are refused. The demo scenario is a resource.
class ScenarioService final
{
public:
    explicit ScenarioService(Services &services);

    static const QString Format; // "billingdesk-scenario"
    static constexpr int Version = 1;
    // The largest scenario file applied (a scenario is read whole, then applied in one transaction: memory grows
    // with the file). 32 MiB holds about 45,000 organizations with 225,000 accounts; split larger set-ups.
    static constexpr qint64 MaxFileBytes = qint64(32) << 20;

    Status apply(const QJsonObject &scenario);
    Status applyFile(const QString &path); // JSON errors name the file, line and column
    Result<QJsonObject> exportScenario() const;

    // Reads and parses a scenario file: errors name the file (and line and column for syntax errors).
    static Result<QJsonObject> readFile(const QString &path);

    static QJsonObject demoScenario(); // resources/scenarios/demo.json
    Status loadDemo(); // applies the demo scenario

    QStringList knownKeys() const; // the top-level keys apply() accepts

private:
    Services &m_services;
};

} // namespace bd
