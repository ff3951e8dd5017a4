#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace bd {

class Services;

// Declarative set-up: `apply SCENARIO.json` and `export-scenario`. A scenario holds the clock, settings,
// organizations and accounts; later capabilities add their sections (transfers, pricing, tax, partners,
// usage). Applying is one transaction: the whole scenario or nothing. The demo scenario is a resource.
class ScenarioService final
{
public:
    explicit ScenarioService(Services &services);

    Status apply(const QJsonObject &scenario);
    Status applyFile(const QString &path); // JSON errors name the file, line and column
    Result<QJsonObject> exportScenario() const;

    static QJsonObject demoScenario(); // resources/scenarios/demo.json
    Status loadDemo();                 // applies the demo scenario to an empty database

private:
    Services &m_services;
};

} // namespace bd
