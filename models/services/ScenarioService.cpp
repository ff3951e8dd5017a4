#include "ScenarioService.h"

#include "Services.h"

#include <QCoreApplication>

namespace bd {

ScenarioService::ScenarioService(Services &services)
    : m_services(services)
{
}

// Interim implementation: the scenario format lands with the Foundation work in progress.
Status ScenarioService::apply(const QJsonObject &)
{
    return Error::rule(QStringLiteral("NOT_AVAILABLE"), QCoreApplication::translate("ScenarioService", "Scenarios are not available yet."));
}

Status ScenarioService::applyFile(const QString &)
{
    return apply({});
}

Result<QJsonObject> ScenarioService::exportScenario() const
{
    return QJsonObject{};
}

QJsonObject ScenarioService::demoScenario()
{
    return {};
}

Status ScenarioService::loadDemo()
{
    return apply(demoScenario());
}

} // namespace bd
