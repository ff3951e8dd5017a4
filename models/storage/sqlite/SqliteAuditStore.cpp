#include "SqliteStorage.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"

#include <limits>

namespace bd {

namespace {

using sqlite::fromIso;
using sqlite::iso;



const QString SelectColumns = QStringLiteral(
    "SELECT id, clock_time, wall_time, actor, action, entity_type, entity_id, effective_date, details FROM audit_log ");

QList<AuditEntry> read(QSqlQuery &q)
{
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.clockTime = fromIso(q.value(1));
        e.wallTime = fromIso(q.value(2));
        e.actor = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entityType = q.value(5).toString();
        e.entityId = q.value(6).toString();
        e.effective = fromIso(q.value(7));
        e.details = q.value(8).toString();
        entries.append(e);
    }
    return entries;
}

class SqliteAuditStore final : public AuditStore
{
public:
    explicit SqliteAuditStore(Database &db)
        : m_db(db)
    {
    }

    Status record(const AuditEntry &entry) override
    {
        return m_db.write(
            QStringLiteral("INSERT INTO audit_log (clock_time, wall_time, actor, action, entity_type, entity_id, "
                           "effective_date, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_clockText.of(entry.clockTime),
             m_wallText.of(entry.wallTime.isValid() ? entry.wallTime : QDateTime::currentDateTimeUtc()), entry.actor,
             entry.action, entry.entityType, entry.entityId,
             entry.effective.isValid() ? QVariant(iso(entry.effective)) : QVariant(), entry.details});
    }

    Result<QList<AuditEntry>> forEntity(const QString &entityType, const QString &entityId) const override
    {
        auto q = m_db.exec(SelectColumns + QStringLiteral("WHERE entity_type = ? AND entity_id = ? ORDER BY id"),
                           {entityType, entityId});
        if (!q)
            return q.error();
        return read(q.value());
    }

    Result<QList<AuditEntry>> recent(int limit) const override
    {
        auto q = m_db.exec(SelectColumns + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
        if (!q)
            return q.error();
        return read(q.value());
    }

private:
    // The ISO text of a time, remembered for the next entry: the entries of a scenario or an import share their clock
    // time and, to the second, their wall time.
    struct IsoCache
    {
        qint64 seconds = std::numeric_limits<qint64>::min();
        QString text;
        const QString &of(const QDateTime &t)
        {
            const qint64 s = t.isValid() ? t.toSecsSinceEpoch() : std::numeric_limits<qint64>::min() + 1;
            if (s != seconds) {
                seconds = s;
                text = iso(t);
            }
            return text;
        }
    };
    mutable IsoCache m_clockText;
    mutable IsoCache m_wallText;
    Database &m_db;
};

} // namespace

std::unique_ptr<AuditStore> makeSqliteAuditStore(Database &db)
{
    return std::make_unique<SqliteAuditStore>(db);
}

} // namespace bd
