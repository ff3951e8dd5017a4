#include "Migrations.h"

namespace bd {

// Cost data (issue 4): imports, a narrow dictionary-encoded line-item table and rollups.
//
// - cost_dictionary: every text dimension value (account ids, service codes, usage types, regions, entities,
//   currencies, invoice ids, line item types) once, as a small integer id. 0 is never used: NULL is "no value".
// - cost_line_dims: the distinct combinations of dimensions of one import, all INTEGER: dictionary ids and the
//   billing period as a month index (year * 12 + month - 1). A million-row file has a few thousand.
// - cost_line_items: one narrow row per imported line item: its cost_line_dims id, the usage day as days since
//   1970-01-01, amounts as Decimal raw (11 decimals, checked to fit in 64 bits), the usage quantity in millionths
//   (six columns instead of nineteen: half the bytes to write, a third of the work per row). No secondary index:
//   the rows of one import are a contiguous rowid range (cost_imports.first_line_item .. last_line_item), so
//   removal is a range delete. Views, pricing and invoices never read it; it is the audit trail the rollups are
//   built from. The view cost_line_item_details joins both into one row per line item.
// - cost_rollup_summary / cost_rollup_detail / cost_rollup_daily: sums per import and dimensions, computed by the
//   importer in C++ with 128-bit decimals and stored as INTEGER (the import fails if a sum leaves 64 bits).
Migration schemaV3CostData()
{
    const QString dims = QStringLiteral(" import_id INTEGER NOT NULL REFERENCES cost_imports(id) ON DELETE CASCADE,"
                                        " view INTEGER NOT NULL," // 0 billable, 1 pro forma
                                        " organization_id TEXT NOT NULL REFERENCES organizations(id),"
                                        " period INTEGER NOT NULL," // year * 12 + month - 1
                                        " payer INTEGER NOT NULL," // cost_dictionary ids from here on
                                        " account INTEGER NOT NULL,");
    const QString sums
        = QStringLiteral(" rows INTEGER NOT NULL,"
                         " usage_quantity INTEGER NOT NULL," // millionths
                         " %1, %2)")
              .arg(moneyColumn(QStringLiteral("billable")), moneyColumn(QStringLiteral("public_on_demand")));
    return {
        3,
        QStringLiteral("CostData: imports, line items, dictionary and rollups"),
        {
            QStringLiteral("CREATE TABLE cost_dictionary ("
                           " id INTEGER PRIMARY KEY,"
                           " value TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE cost_imports ("
                           " id INTEGER PRIMARY KEY,"
                           " file_name TEXT NOT NULL,"
                           " path TEXT NOT NULL,"
                           " file_size INTEGER NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " format TEXT NOT NULL," // cur2, cur, focus
                           " format_version TEXT NOT NULL," // CUR 2.0, FOCUS 1.0, ...
                           " view INTEGER NOT NULL," // 0 billable, 1 pro forma
                           " clock_time TEXT NOT NULL,"
                           " wall_time TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " rows_read INTEGER NOT NULL,"
                           " rows_imported INTEGER NOT NULL,"
                           " rows_rejected INTEGER NOT NULL,"
                           " rows_skipped INTEGER NOT NULL,"
                           " %1, %2,"
                           " rounding_residue TEXT NOT NULL DEFAULT '0',"
                           " warnings TEXT NOT NULL DEFAULT '',"
                           " first_line_item INTEGER,"
                           " last_line_item INTEGER)")
                .arg(moneyColumn(QStringLiteral("billable")), moneyColumn(QStringLiteral("public_on_demand"))),
            QStringLiteral("CREATE INDEX cost_imports_sha256 ON cost_imports (sha256)"),
            // What each import holds per payer and billing period: overlap checks and the Imports list.
            QStringLiteral("CREATE TABLE cost_import_periods ("
                           " import_id INTEGER NOT NULL REFERENCES cost_imports(id) ON DELETE CASCADE,"
                           " payer_account_id TEXT NOT NULL,"
                           " organization_id TEXT NOT NULL REFERENCES organizations(id),"
                           " period INTEGER NOT NULL,"
                           " view INTEGER NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " rows INTEGER NOT NULL,"
                           " %1, %2,"
                           " PRIMARY KEY (import_id, payer_account_id, period, currency))")
                .arg(moneyColumn(QStringLiteral("billable")), moneyColumn(QStringLiteral("public_on_demand"))),
            QStringLiteral(
                "CREATE INDEX cost_import_periods_payer ON cost_import_periods (payer_account_id, period, view)"),
            QStringLiteral("CREATE INDEX cost_import_periods_org ON cost_import_periods (organization_id)"),
            // The distinct dimension combinations of one import (a few thousand for a million rows).
            QStringLiteral("CREATE TABLE cost_line_dims ("
                           " id INTEGER PRIMARY KEY,"
                           " import_id INTEGER NOT NULL REFERENCES cost_imports(id) ON DELETE CASCADE,"
                           " period INTEGER NOT NULL,"
                           " payer INTEGER NOT NULL,"
                           " account INTEGER NOT NULL,"
                           " line_item_type INTEGER NOT NULL,"
                           " service INTEGER,"
                           " service_name INTEGER,"
                           " usage_type INTEGER,"
                           " operation INTEGER,"
                           " region INTEGER,"
                           " billing_entity INTEGER,"
                           " invoicing_entity INTEGER,"
                           " tax_type INTEGER,"
                           " invoice_id INTEGER,"
                           " currency INTEGER NOT NULL)"),
            // STRICT: every column holds integers only (what moneyColumn()'s typeof CHECK guarantees elsewhere). A
            // CHECK would make every multi-row INSERT keep a statement journal (a copy of the page it appends to,
            // per statement); a STRICT type check does not.
            QStringLiteral("CREATE TABLE cost_line_items ("
                           " import_id INTEGER NOT NULL,"
                           " dims INTEGER NOT NULL," // cost_line_dims.id
                           " day INTEGER NOT NULL,"
                           " usage_quantity INTEGER,"
                           " billable INTEGER NOT NULL,"
                           " public_on_demand INTEGER) STRICT"),
            // Every line item with its dimensions, as one row (for audits and ad-hoc queries).
            QStringLiteral("CREATE VIEW cost_line_item_details AS SELECT l.rowid AS id, l.import_id, d.period, l.day,"
                           " d.payer, d.account, d.line_item_type, d.service, d.service_name, d.usage_type,"
                           " d.operation, d.region, d.billing_entity, d.invoicing_entity, d.tax_type, d.invoice_id,"
                           " d.currency, l.usage_quantity, l.billable, l.public_on_demand"
                           " FROM cost_line_items l JOIN cost_line_dims d ON d.id = l.dims"),
            // Views, invoices: per account, service, line item type and entities.
            QStringLiteral("CREATE TABLE cost_rollup_summary (") + dims
                + QStringLiteral(" service INTEGER NOT NULL, line_item_type INTEGER NOT NULL,"
                                 " billing_entity INTEGER NOT NULL, invoicing_entity INTEGER NOT NULL,"
                                 " tax_type INTEGER NOT NULL, currency INTEGER NOT NULL,")
                + sums,
            QStringLiteral(
                "CREATE INDEX cost_rollup_summary_period ON cost_rollup_summary (period, view, organization_id)"),
            QStringLiteral("CREATE INDEX cost_rollup_summary_import ON cost_rollup_summary (import_id)"),
            // Pro forma pricing: adds usage type, operation and region.
            QStringLiteral("CREATE TABLE cost_rollup_detail (") + dims
                + QStringLiteral(
                    " service INTEGER NOT NULL, service_name INTEGER NOT NULL, usage_type INTEGER NOT NULL,"
                    " operation INTEGER NOT NULL, region INTEGER NOT NULL, line_item_type INTEGER NOT NULL,"
                    " billing_entity INTEGER NOT NULL, invoicing_entity INTEGER NOT NULL,"
                    " tax_type INTEGER NOT NULL, currency INTEGER NOT NULL,")
                + sums,
            QStringLiteral(
                "CREATE INDEX cost_rollup_detail_period ON cost_rollup_detail (period, view, organization_id)"),
            QStringLiteral("CREATE INDEX cost_rollup_detail_import ON cost_rollup_detail (import_id)"),
            // Charts: per day.
            QStringLiteral("CREATE TABLE cost_rollup_daily (") + dims
                + QStringLiteral(" day INTEGER NOT NULL, service INTEGER NOT NULL, line_item_type INTEGER NOT NULL,"
                                 " currency INTEGER NOT NULL,")
                + sums,
            QStringLiteral(
                "CREATE INDEX cost_rollup_daily_period ON cost_rollup_daily (period, view, organization_id)"),
            QStringLiteral("CREATE INDEX cost_rollup_daily_import ON cost_rollup_daily (import_id)"),
        }};
}

} // namespace bd
