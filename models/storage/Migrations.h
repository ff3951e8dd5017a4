#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One ordered step of the schema. Database::open() runs each pending step in its own transaction
// (after a backup copy of the file) and sets PRAGMA user_version to its version.
// Keep SQL portable to PostgreSQL: standard types (INTEGER, BIGINT, TEXT), no AUTOINCREMENT quirks
// beyond INTEGER PRIMARY KEY, and money as INTEGER columns via moneyColumn().
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

QList<Migration> allMigrations(); // ordered by version, strictly increasing

// "name INTEGER NOT NULL CHECK (typeof(name) = 'integer')": exact amounts, never REAL.
QString moneyColumn(const QString &name, bool nullable = false);

// The schema steps, each in its own file.
Migration schemaV1Foundation();
Migration schemaV2Transfers();
Migration schemaV3CostData();
Migration schemaV4Pricing();

} // namespace bd
