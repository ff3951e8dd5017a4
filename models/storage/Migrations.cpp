#include "Migrations.h"

namespace bd {

QString moneyColumn(const QString &name, bool nullable)
{
    if (nullable)
        return QStringLiteral("%1 INTEGER CHECK (%1 IS NULL OR typeof(%1) = 'integer')").arg(name);
    return QStringLiteral("%1 INTEGER NOT NULL CHECK (typeof(%1) = 'integer')").arg(name);
}

QList<Migration> allMigrations()
{
    // Append new steps at the end; never edit a step that has shipped.
    return {
        schemaV1Foundation(),
        schemaV2Transfers(),
        schemaV3CostData(),
        schemaV4Pricing(),
    };
}

} // namespace bd
