#include "SqliteStorage.h"

#include "storage/AuditStore.h"
#include "storage/CostDataStore.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/PricingStore.h"
#include "storage/SettingsStore.h"
#include "storage/TransferStore.h"

namespace bd {

namespace sqlite {

QString iso(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODate) : QString();
}

QVariant isoOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(iso(moment)) : QVariant();
}

QDateTime fromIso(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

Status done(const Result<QSqlQuery> &query)
{
    return query ? Status() : Status(query.error());
}

} // namespace sqlite

Result<std::unique_ptr<Storage>> Storage::open(const QString &location, OpenMode mode)
{
    auto db = Database::open(location, mode == OpenMode::ExistingOnly ? Database::OpenMode::ExistingOnly
                                                                      : Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    return std::unique_ptr<Storage>(new SqliteStorage(std::move(db).value()));
}

QString Storage::defaultLocation()
{
    return Database::defaultPath();
}

int Storage::latestSchemaVersion()
{
    return Database::latestSchemaVersion();
}

SqliteStorage::SqliteStorage(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_settings(makeSqliteSettingsStore(*m_database))
    , m_audit(makeSqliteAuditStore(*m_database))
    , m_directory(makeSqliteDirectoryStore(*m_database))
    , m_transfers(makeSqliteTransferStore(*m_database))
    , m_costData(makeSqliteCostDataStore(*m_database))
    , m_pricing(makeSqlitePricingStore(*m_database))
{
}

SqliteStorage::~SqliteStorage() = default;

QString SqliteStorage::location() const
{
    return m_database->path();
}

int SqliteStorage::schemaVersion() const
{
    return m_database->schemaVersion();
}

bool SqliteStorage::wasCreated() const
{
    return m_database->wasCreated();
}

Result<std::unique_ptr<Storage>> SqliteStorage::openAnotherConnection() const
{
    auto db = m_database->openAnotherConnection();
    if (!db)
        return db.error();
    auto other = std::make_unique<SqliteStorage>(std::move(db).value());
    other->m_database->setFaultHook(m_database->faultHook());
    return std::unique_ptr<Storage>(std::move(other));
}

bool SqliteStorage::isReadOnly() const
{
    return m_database->isReadOnly();
}

Result<QStringList> SqliteStorage::checkIntegrity() const
{
    return m_database->checkIntegrity();
}

Status SqliteStorage::begin()
{
    return m_database->begin();
}

Status SqliteStorage::commit()
{
    return m_database->commit();
}

void SqliteStorage::rollback()
{
    m_database->rollback();
}

bool SqliteStorage::inTransaction() const
{
    return m_database->inTransaction();
}

void SqliteStorage::armEnvironmentFault()
{
    m_database->armEnvironmentFault();
}

void SqliteStorage::setFaultHook(FaultHook hook)
{
    m_database->setFaultHook(std::move(hook));
}

} // namespace bd
