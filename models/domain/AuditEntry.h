#pragma once

#include <QDateTime>
#include <QString>

namespace bd {

// One line of the audit log: who did what, when (simulation clock and real time), to which entity.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime clockTime; // the simulation clock when it happened
    QDateTime wallTime; // the real time when it happened
    QString actor; // acting account id; Actors::Administrator for set-up, Actors::System for the clock
    QString action; // e.g. "organization.add", "transfer.accept"
    QString entityType; // e.g. "organization", "transfer"
    QString entityId;
    QDateTime effective; // when the change takes effect, if not at once
    QString details; // human-readable summary
};

} // namespace bd
