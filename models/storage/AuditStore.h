#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QList>

namespace bd {

// The audit log: append-only.
class AuditStore
{
public:
    virtual ~AuditStore() = default;

    virtual Status record(const AuditEntry &entry) = 0;
    virtual Result<QList<AuditEntry>> forEntity(const QString &entityType, const QString &entityId) const = 0;
    virtual Result<QList<AuditEntry>> recent(int limit = 200) const = 0; // newest first
};

} // namespace bd
