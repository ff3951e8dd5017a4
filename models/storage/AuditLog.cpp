#include "AuditLog.h"

#include "Database.h"

namespace bd {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QList<AuditEntry> read(QSqlQuery &q)
{
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.clockTime = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.wallTime = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        e.actor = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entityType = q.value(5).toString();
        e.entityId = q.value(6).toString();
        e.effective = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        e.details = q.value(8).toString();
        entries.append(e);
    }
    return entries;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, clock_time, wall_time, actor, action, entity_type, entity_id, effective_date, details FROM audit_log ");
} // namespace

Status AuditLog::record(const Database &db, const AuditEntry &entry)
{
    auto q = db.exec(
        QStringLiteral("INSERT INTO audit_log (clock_time, wall_time, actor, action, entity_type, entity_id, "
                       "effective_date, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {iso(entry.clockTime), iso(entry.wallTime.isValid() ? entry.wallTime : QDateTime::currentDateTimeUtc()),
         entry.actor, entry.action, entry.entityType, entry.entityId,
         entry.effective.isValid() ? QVariant(iso(entry.effective)) : QVariant(), entry.details});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<AuditEntry>> AuditLog::forEntity(const Database &db, const QString &entityType, const QString &entityId)
{
    auto q = db.exec(selectColumns + QStringLiteral("WHERE entity_type = ? AND entity_id = ? ORDER BY id"),
                     {entityType, entityId});
    if (!q.ok())
        return q.error();
    return read(q.value());
}

Result<QList<AuditEntry>> AuditLog::recent(const Database &db, int limit)
{
    auto q = db.exec(selectColumns + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    if (!q.ok())
        return q.error();
    return read(q.value());
}

} // namespace bd
