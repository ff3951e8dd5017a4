#include "Services.h"

#include "ClockService.h"
#include "DirectoryService.h"
#include "ImportService.h"
#include "PricingService.h"
#include "ProFormaService.h"
#include "TransferService.h"
#include "UsageService.h"
#include "domain/Vocabulary.h"
#include "storage/AuditStore.h"
#include "storage/DirectoryStore.h"
#include "storage/SettingsStore.h"
#include "storage/Storage.h"
#include "storage/TransferStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace bd {

Services::Services(std::unique_ptr<Storage> storage, QObject *parent)
    : QObject(parent)
    , m_storage(std::move(storage))
{
    m_clock = std::make_unique<ClockService>(*this);
    m_directory = std::make_unique<DirectoryService>(*this);
    m_transfers = std::make_unique<TransferService>(*this);
    m_imports = std::make_unique<ImportService>(*this);
    m_usage = std::make_unique<UsageService>(*this);
    m_pricing = std::make_unique<PricingService>(*this);
    m_proForma = std::make_unique<ProFormaService>(*this);
}

Services::~Services() = default;

Result<std::unique_ptr<Services>> Services::open(const OpenOptions &options)
{
    auto storage = Storage::open(options.location.isEmpty() ? Storage::defaultLocation() : options.location,
                                 options.mustExist ? Storage::OpenMode::ExistingOnly : Storage::OpenMode::CreateIfMissing);
    if (!storage)
        return storage.error();
    auto services = std::make_unique<Services>(std::move(storage).value());
    if (options.clockOverride.isValid())
        services->clock().setOverride(options.clockOverride);
    if (!options.actingAccountId.isEmpty())
        if (auto s = services->setActingAccount(options.actingAccountId); !s)
            return s.error();
    if (options.catchUp && !services->isReadOnly())
        if (auto s = services->catchUpWithClock(); !s)
            return s.error();
    services->storage().armEnvironmentFault();
    return services;
}

QString Services::defaultDatabasePath()
{
    return Storage::defaultLocation();
}

Result<std::unique_ptr<Services>> Services::openWorker() const
{
    auto storage = m_storage->openAnotherConnection();
    if (!storage)
        return storage.error();
    auto worker = std::make_unique<Services>(std::move(storage).value());
    // Only in-memory state of this (other thread's) Services is read here: never its connection.
    if (m_clock->hasOverride())
        worker->clock().setOverride(m_clock->now());
    if (auto s = worker->setActingAccount(m_actingAccountId); !s)
        return s.error();
    if (!worker->isReadOnly())
        if (auto s = worker->catchUpWithClock(); !s)
            return s.error();
    worker->storage().armEnvironmentFault();
    return worker;
}

QString Services::databasePath() const
{
    return m_storage->location();
}

int Services::schemaVersion() const
{
    return m_storage->schemaVersion();
}

bool Services::wasCreated() const
{
    return m_storage->wasCreated();
}

bool Services::isReadOnly() const
{
    return m_storage->isReadOnly();
}

Result<QStringList> Services::checkDatabase() const
{
    return m_storage->checkIntegrity();
}

QString Services::setting(const QString &key, const QString &defaultValue) const
{
    return m_storage->settings().valueOr(key, defaultValue);
}

Status Services::setSetting(const QString &key, const QString &value)
{
    return m_storage->settings().setValue(key, value);
}

QDateTime Services::now() const
{
    return m_clock->now();
}

Status Services::setActingAccount(const QString &accountId)
{
    if (!accountId.isEmpty()) {
        auto account = m_storage->directory().account(accountId);
        if (!account)
            return account.error();
        if (!account->has_value())
            return Error::rule(
                QStringLiteral("ACCOUNT_NOT_FOUND"),
                QCoreApplication::translate("Services", "There is no account %1 in the directory.").arg(accountId),
                QStringLiteral("as"));
    }
    if (m_actingAccountId == accountId)
        return {};
    m_actingAccountId = accountId;
    Q_EMIT actingAccountChanged(accountId);
    return {};
}

QString Services::actorLabel() const
{
    return m_actingAccountId.isEmpty() ? Actors::Administrator : m_actingAccountId;
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
    return m_storage->audit().record(entry);
}

void Services::addReferenceCheck(ReferenceCheck check)
{
    m_referenceChecks.append(std::move(check));
}

Result<QString> Services::referenceReason(const QString &entityType, const QString &id) const
{
    for (const auto &check : m_referenceChecks) {
        auto reason = check(entityType, id);
        if (!reason || !reason->isEmpty())
            return reason;
    }
    return QString();
}

Result<QString> Services::role(const QString &accountId) const
{
    if (accountId.isEmpty())
        return Roles::Administrator;
    auto org = m_directory->findOrganizationOf(accountId);
    if (!org)
        return org.error();
    if (!org->has_value())
        return Roles::Standalone;
    auto transfers = m_storage->transfers().all();
    if (!transfers)
        return transfers.error();
    const QDateTime moment = now();
    const QString orgId = (*org)->id;
    // A bill-source context never sees billable amounts: that role wins for the middle of a chain.
    if (BillingRules::isBillSourceOn(*transfers, orgId, moment))
        return Roles::BillSource;
    const bool management = (*org)->managementAccountId == accountId;
    if (management)
        for (const ResponsibilityTransfer &t : std::as_const(*transfers))
            if (t.targetOrganizationId == orgId && t.isLiveAt(moment))
                return Roles::Payer;
    return management ? Roles::Management : Roles::Member;
}

QString Services::roleOf(const QString &accountId) const
{
    auto r = role(accountId);
    return r ? *r : Roles::Unknown;
}

Result<Visibility> Services::visibility() const
{
    if (isAdministrator())
        return Visibility::everything();
    auto org = m_directory->findOrganizationOf(m_actingAccountId);
    if (!org)
        return org.error();
    if (!org->has_value())
        return Visibility::nothing();
    auto transfers = m_storage->transfers().all();
    if (!transfers)
        return transfers.error();
    return Visibility::of(*transfers, (*org)->id, now());
}

bool Services::isBillSourceContext() const
{
    auto v = visibility();
    return !v || !v->billableVisible();
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
    Transaction tx(*m_storage);
    if (!tx.started())
        return tx.started();
    for (const auto &handler : std::as_const(m_timeHandlers)) {
        if (auto s = handler(moment); !s)
            return s;
    }
    return tx.commit();
}

} // namespace bd
