#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime clockTime; // the simulation clock when it happened
    QDateTime wallTime; // the real time when it happened
    QString actor; // acting account id; "admin" for set-up without an acting account, "system" for the clock
    QString action; // e.g. "organization.add", "transfer.accept"
    QString entityType; // e.g. "organization", "transfer"
    QString entityId;
    QDateTime effective; // when the change takes effect, if not at once
    QString details; // human-readable summary
};

class AuditLog final
{
public:
    static Status record(const Database &db, const AuditEntry &entry);
    static Result<QList<AuditEntry>> forEntity(const Database &db, const QString &entityType, const QString &entityId);
    static Result<QList<AuditEntry>> recent(const Database &db, int limit = 200);
};

} // namespace bd
