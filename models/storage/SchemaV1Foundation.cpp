#include "Migrations.h"

namespace bd {

Migration schemaV1Foundation()
{
    return {1,
            QStringLiteral("Foundation: settings, audit log, organizations and accounts"),
            {
                QStringLiteral("CREATE TABLE settings ("
                               " key TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " clock_time TEXT NOT NULL," // simulation clock, ISO 8601 UTC
                               " wall_time TEXT NOT NULL," // real time of the change, ISO 8601 UTC
                               " actor TEXT NOT NULL," // acting account id, or 'admin' / 'system'
                               " action TEXT NOT NULL,"
                               " entity_type TEXT NOT NULL,"
                               " entity_id TEXT NOT NULL,"
                               " effective_date TEXT," // when the change takes effect, if not at once
                               " details TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)"),
                QStringLiteral("CREATE TABLE organizations ("
                               " id TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " management_account_id TEXT NOT NULL UNIQUE,"
                               " management_email TEXT NOT NULL DEFAULT '',"
                               " all_features INTEGER NOT NULL DEFAULT 1,"
                               " imported INTEGER NOT NULL DEFAULT 0)"),
                // The management account row references its organization, and the organization names its
                // management account: the pair is created in one transaction (deferred constraint).
                QStringLiteral("CREATE TABLE accounts ("
                               " id TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " email TEXT NOT NULL DEFAULT '',"
                               " tax_country TEXT NOT NULL DEFAULT '',"
                               " organization_id TEXT REFERENCES organizations(id) DEFERRABLE INITIALLY DEFERRED)"),
                QStringLiteral("CREATE INDEX accounts_organization ON accounts (organization_id)"),
            }};
}

} // namespace bd
