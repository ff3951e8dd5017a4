#include "Services.h"

#include "ClockService.h"
#include "DirectoryService.h"
#include "ImportService.h"
#include "TransferService.h"
#include "UsageService.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace bd {

Services::Services(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_clock = std::make_unique<ClockService>(*this);
    m_directory = std::make_unique<DirectoryService>(*this);
    m_transfers = std::make_unique<TransferService>(*this);
    m_imports = std::make_unique<ImportService>(*this);
    m_usage = std::make_unique<UsageService>(*this);
}

Services::~Services() = default;

QDateTime Services::now() const
{
    return m_clock->now();
}

Status Services::setActingAccount(const QString &accountId)
{
    if (!accountId.isEmpty() && !m_directory->account(accountId))
        return Error::rule(
            QStringLiteral("ACCOUNT_NOT_FOUND"),
            QCoreApplication::translate("Services", "There is no account %1 in the directory.").arg(accountId),
            QStringLiteral("as"));
    if (m_actingAccountId == accountId)
        return {};
    m_actingAccountId = accountId;
    Q_EMIT actingAccountChanged(accountId);
    return {};
}

QString Services::actorLabel() const
{
    return m_actingAccountId.isEmpty() ? QStringLiteral("admin") : m_actingAccountId;
}

Status Services::audit(const QString &action, const QString &entityType, const QString &entityId,
                       const QString &details, const QDateTime &effective) const
{
    AuditEntry entry;
    entry.clockTime = now();
    entry.wallTime = QDateTime::currentDateTimeUtc();
    entry.actor = actorLabel();
    entry.action = action;
    entry.entityType = entityType;
    entry.entityId = entityId;
    entry.effective = effective;
    entry.details = details;
    return AuditLog::record(*m_database, entry);
}

void Services::addReferenceCheck(ReferenceCheck check)
{
    m_referenceChecks.append(std::move(check));
}

QString Services::referenceReason(const QString &entityType, const QString &id) const
{
    for (const auto &check : m_referenceChecks) {
        const QString reason = check(entityType, id);
        if (!reason.isEmpty())
            return reason;
    }
    return {};
}

void Services::addRoleProvider(RoleProvider provider)
{
    m_roleProviders.append(std::move(provider));
}

QString Services::roleOf(const QString &accountId) const
{
    if (accountId.isEmpty())
        return QStringLiteral("administrator");
    for (const auto &provider : m_roleProviders) {
        const QString role = provider(accountId);
        if (!role.isEmpty())
            return role;
    }
    if (m_directory->organizationManagedBy(accountId))
        return QStringLiteral("management");
    const auto account = m_directory->account(accountId);
    if (account && !account->organizationId.isEmpty())
        return QStringLiteral("member");
    return QStringLiteral("standalone");
}

void Services::addScenarioSection(ScenarioSection section)
{
    m_scenarioSections.append(std::move(section));
}

QList<Services::ScenarioSection> Services::scenarioSections() const
{
    QList<ScenarioSection> sorted = m_scenarioSections;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ScenarioSection &a, const ScenarioSection &b) { return a.order < b.order; });
    return sorted;
}

void Services::addTimeHandler(TimeHandler handler)
{
    m_timeHandlers.append(std::move(handler));
}

Status Services::catchUpWithClock()
{
    if (m_timeHandlers.isEmpty())
        return {};
    const QDateTime moment = now();
    Transaction tx(*m_database);
    if (!tx.started())
        return tx.started();
    for (const auto &handler : std::as_const(m_timeHandlers)) {
        if (auto s = handler(moment); !s)
            return s;
    }
    return tx.commit();
}

} // namespace bd
