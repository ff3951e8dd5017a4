#include "Migrations.h"

namespace bd {

// Transfers (DOMAIN.md sections 2 and 3): responsibility transfers, their tags, the replayable step log
// (scenario export), and billing groups. Periods are stored as month indexes (year * 12 + month - 1) so
// that comparisons are integer comparisons; moments as ISO 8601 UTC text.
Migration schemaV2Transfers()
{
    return {
        2,
        QStringLiteral("Transfers: responsibility transfers, tags, steps, billing groups, settings"),
        {
            QStringLiteral("CREATE TABLE responsibility_transfers ("
                           " id TEXT PRIMARY KEY," // rt-...
                           " handshake_id TEXT NOT NULL UNIQUE," // h-...
                           " type TEXT NOT NULL DEFAULT 'BILLING',"
                           " name TEXT NOT NULL,"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " source_organization_id TEXT NOT NULL REFERENCES organizations(id),"
                           " source_account_id TEXT NOT NULL,"
                           " target_organization_id TEXT NOT NULL REFERENCES organizations(id),"
                           " target_account_id TEXT NOT NULL,"
                           " status TEXT NOT NULL CHECK (status IN ('REQUESTED', 'DECLINED', 'CANCELED', 'EXPIRED',"
                           " 'ACCEPTED', 'WITHDRAWN')),"
                           " start_period INTEGER NOT NULL,"
                           " end_period INTEGER,"
                           " requested_at TEXT NOT NULL,"
                           " acceptance_deadline TEXT NOT NULL,"
                           " responded_at TEXT,"
                           " withdrawn_at TEXT,"
                           " pricing_plan TEXT NOT NULL DEFAULT '',"
                           " inherited_via TEXT REFERENCES responsibility_transfers(id),"
                           " inherited_from TEXT REFERENCES responsibility_transfers(id),"
                           " CHECK (source_organization_id <> target_organization_id))"),
            QStringLiteral(
                "CREATE INDEX responsibility_transfers_source ON responsibility_transfers (source_organization_id)"),
            QStringLiteral(
                "CREATE INDEX responsibility_transfers_target ON responsibility_transfers (target_organization_id)"),
            QStringLiteral("CREATE TABLE transfer_tags ("
                           " transfer_id TEXT NOT NULL REFERENCES responsibility_transfers(id),"
                           " key TEXT NOT NULL,"
                           " value TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (transfer_id, key))"),
            // What the parties did, in order, with the clock time: replayed by the scenario "transfers" section.
            QStringLiteral("CREATE TABLE transfer_steps ("
                           " id INTEGER PRIMARY KEY,"
                           " transfer_id TEXT NOT NULL REFERENCES responsibility_transfers(id),"
                           " action TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " end_period INTEGER,"
                           " name TEXT)"),
            QStringLiteral("CREATE INDEX transfer_steps_transfer ON transfer_steps (transfer_id)"),
            QStringLiteral("CREATE TABLE billing_groups ("
                           " id TEXT PRIMARY KEY," // bg-...
                           " name TEXT NOT NULL,"
                           " type TEXT NOT NULL CHECK (type IN ('TRANSFER_BILLING', 'STANDARD')),"
                           " status TEXT NOT NULL CHECK (status IN ('PENDING', 'ACTIVE')),"
                           " primary_account_id TEXT NOT NULL," // the BSA's management account
                           " organization_id TEXT NOT NULL," // the organization it covers
                           " owner_organization_id TEXT NOT NULL," // the payer that configures it
                           " transfer_id TEXT REFERENCES responsibility_transfers(id),"
                           " pricing_plan TEXT NOT NULL DEFAULT ''," // empty: no pricing configured
                           " created_at TEXT NOT NULL,"
                           " activated_at TEXT)"),
            QStringLiteral("CREATE INDEX billing_groups_transfer ON billing_groups (transfer_id)"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('transfers.acceptanceDeadlineHours', '24') "
                           "ON CONFLICT (key) DO NOTHING"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('transfers.inboundQuota', '1000') "
                           "ON CONFLICT (key) DO NOTHING"),
        }};
}

} // namespace bd
