#pragma once

#include "domain/BillingPeriod.h"
#include "domain/Decimal.h"
#include "domain/Directory.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The vocabulary of cost imports (DOMAIN.md section 7): formats, options, reports, import records and rollup
// queries. Shared by ImportService (the rules) and the storage back-ends (the bulk writer, the cost data store).

namespace bd {

// --- Vocabulary ------------------------------------------------------------------------------------

// The export formats BillingDesk reads (DOMAIN.md section 7). Auto detects the format from the header.
enum class CostFormat {
    Auto,
    Cur2, // AWS CUR 2.0 (snake_case: line_item_unblended_cost, bill_payer_account_id, ...)
    LegacyCur, // AWS legacy CUR (lineItem/UnblendedCost, bill/PayerAccountId, ...)
    Focus, // FinOps FOCUS 1.0, 1.1, 1.2 (BilledCost, ListCost, BillingAccountId, ...; AWS x_ columns)
};
// "auto", "cur2", "cur", "focus" (CLI and JSON); fromString also accepts "cur1"/"legacy".
QString costFormatKey(CostFormat format);
std::optional<CostFormat> costFormatFromKey(const QString &key);
QString costFormatDisplayName(CostFormat format); // "AWS CUR 2.0", "AWS legacy CUR", "FOCUS"

// What the amounts of a file are: the billable (invoiced) cost, or a pro forma export of Billing Conductor.
enum class CostView { Billable, ProForma };
QString costViewKey(CostView view); // "billable", "proforma"
std::optional<CostView> costViewFromKey(const QString &key);

// --- Import ----------------------------------------------------------------------------------------

struct ImportOptions
{
    QString path; // .csv or .csv.gz (gzip is detected from the content, not the name)
    CostFormat format = CostFormat::Auto; // Auto: detected from the header
    CostView view = CostView::Billable;
    bool replace = false; // replace imports of the same file / overlapping (payer, period, view)
    bool skipInvalid = false; // import the valid rows; write rejected rows with reasons to rejectsPath
    QString rejectsPath; // default: <path>.rejected.csv (only written with skipInvalid and rejects)
    int maxProblems = 20; // how many problems the report lists (all are counted)
};

// One invalid value or row: where it is (1-based physical line of the file where the row starts, the column's
// header name) and what is wrong.
struct ImportProblem
{
    qint64 line = 0;
    QString column; // header name, empty for a row-level problem (field count, encoding)
    QString text; // the offending text (shortened to 200 characters)
    QString code; // INVALID_NUMBER, INVALID_DATE, MISSING_VALUE, FIELD_COUNT, ...
    QString message; // translated sentence
};

// Totals of one payer and billing period in one import. Amounts are exact decimals.
struct PayerPeriodTotal
{
    QString payerAccountId;
    QString organizationId;
    BillingPeriod period;
    QString currency;
    qint64 rows = 0;
    Decimal billable;
    Decimal publicOnDemand;
};

// How many rows of an import are in one currency.
struct CurrencyRows
{
    QString code; // ISO 4217
    qint64 rows = 0;
};

struct ImportReport
{
    qint64 importId = 0; // the imports row written (0 when nothing was written)
    QString path;
    QString fileName;
    qint64 fileSize = 0;
    QString sha256; // of the file as stored (compressed bytes for .gz)
    bool compressed = false;
    CostFormat format = CostFormat::Auto; // the detected or forced format
    QString formatVersion; // "CUR 2.0", "legacy CUR", "FOCUS 1.0", "FOCUS 1.2", ...
    CostView view = CostView::Billable;

    qint64 rowsRead = 0; // data rows in the file
    qint64 rowsImported = 0; // rows stored
    qint64 rowsRejected = 0; // invalid rows (stopped the import, or written to the rejects file with skipInvalid)
    qint64 rowsSkipped = 0; // rows of other providers in a FOCUS file
    QMap<QString, qint64> skippedByProvider; // provider name -> rows skipped
    qint64 unknownLineItemTypeRows = 0; // kept and counted
    QStringList unknownLineItemTypes;
    qint64 roundedValues = 0; // amounts with more than 11 decimals, rounded half-even
    Decimal roundingResidue; // sum of (exact - rounded) over those amounts (may be below 1e-11: see residueText)
    QString roundingResidueText; // exact residue as text (22 decimals)
    qint64 nonStandardAccountIds = 0; // account ids that are digits but not 12 of them (accepted, warned)

    QList<PayerPeriodTotal> totals; // sorted by payer, period
    QList<CurrencyRows> currencies; // rows imported per currency, sorted by code (more than one: a warning too)
    Decimal billableTotal;
    Decimal publicOnDemandTotal;
    bool billableHidden = false; // the acting account is a bill-source context: billable amounts were zeroed out

    QStringList warnings;
    QList<Organization> createdOrganizations; // unknown payers created as imported organizations
    QList<qint64> replacedImports; // ids removed because replace was chosen
    QList<ImportProblem> problems; // the first options.maxProblems problems
    qint64 problemCount = 0; // all problems found
    QString rejectsPath; // the side file written, if any
    qint64 elapsedMs = 0;
};

// What the import dialog previews before importing: the format and the payers and periods in the file.
struct DetectedFile
{
    QString path;
    QString fileName;
    qint64 fileSize = 0;
    bool compressed = false;
    CostFormat format = CostFormat::Auto;
    QString formatVersion;
    QStringList columns; // header names as in the file
    QStringList payers; // payer account ids (first rows sampled: see sampledRows / complete)
    QStringList payerNames; // BillingAccountName where the file has it (same order as payers, may be empty)
    QList<BillingPeriod> periods; // sorted
    QStringList currencies;
    QStringList knownOrganizations; // organization ids of payers already in the directory
    QStringList unknownPayers; // payers that an import would create as imported organizations
    qint64 sampledRows = 0;
    bool complete = false; // the whole file was read (small files)
    QStringList warnings;
};

// One imports row (the Imports list).
struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString path;
    qint64 fileSize = 0;
    QString sha256;
    CostFormat format = CostFormat::Auto;
    QString formatVersion;
    CostView view = CostView::Billable;
    QDateTime clockTime; // simulation clock when imported
    QDateTime wallTime; // real time when imported
    QString actor;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 rowsSkipped = 0;
    Decimal billable; // zero in a bill-source context (see billableHidden)
    Decimal publicOnDemand;
    bool billableHidden = false;
    // The import also holds data the acting account may not see: totals and amounts are trimmed to what it may.
    bool partial = false;
    QList<PayerPeriodTotal> totals;
};

// A payer found in an imported file (the organization it belongs to is decided by ImportService).
struct ImportedPayer
{
    QString accountId;
    QString name; // BillingAccountName / bill_payer_account_name where the file has it
};

// Progress of a running import: bytes of the file consumed (compressed bytes for gzip), its size, rows read.
// Return false to cancel: the import then fails with IMPORT_CANCELLED and nothing is written.
// Called from the importing thread, at most every ~50 ms.
using ImportProgress = std::function<bool(qint64 bytesRead, qint64 totalBytes, qint64 rows)>;

// --- Reading the rollups ------------------------------------------------------------------------------

enum class CostDimension {
    Organization,
    Payer,
    Account,
    Period,
    Day, // only with the daily rollup: Account, Service, LineItemType, Period, Organization, Payer
    Service,
    ServiceName,
    UsageType,
    Operation,
    Region,
    LineItemType,
    BillingEntity,
    InvoicingEntity,
    Currency,
    TaxType,
};

struct CostQuery
{
    CostView view = CostView::Billable;
    std::optional<BillingPeriod> period; // all periods when empty
    QString organizationId; // all organizations when empty
    QString accountId; // all accounts when empty
    QList<CostDimension> groupBy; // e.g. {Account, Service}
};

struct CostTotal
{
    QStringList keys; // one per groupBy dimension, as text (period "2026-01", day "2026-01-15"); results sorted by keys
    qint64 rows = 0;
    Decimal billable; // zero when the acting account is a bill-source context
    Decimal publicOnDemand;
    Decimal usageQuantity;
};

} // namespace bd
