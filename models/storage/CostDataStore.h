#pragma once

#include "domain/CostImport.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace bd {

// One running import: the back-end's bulk writer (the SQLite back-end's CostImporter) over one imports row. It
// writes inside the caller's transaction and never commits.
class CostImportSession
{
public:
    virtual ~CostImportSession() = default;

    virtual qint64 importId() const = 0;
    // Reads the whole file and writes its line items; fills the report (counts, problems, totals per payer, period
    // and currency without organization ids, warnings, sha256, format). See CostImporter::load for the refusals.
    virtual Status load(const ImportOptions &options, const ImportProgress &progress, ImportReport &report) = 0;
    // The payers of the loaded rows.
    virtual QList<ImportedPayer> payers() const = 0;
    // Writes the rollups of the loaded rows. organizationByPayer maps payer account ids to organization ids.
    virtual Status writeRollups(CostView view, const QHash<QString, QString> &organizationByPayer) = 0;
    // Records the import's totals per payer and period (report.totals, with organization ids) and completes the
    // imports row with the report's counts and totals. Every amount must fit in 64 bits (the caller checks).
    virtual Status finish(const ImportReport &report) = 0;
};

// Sums of the rollups for one combination of dimension values, within one organization and billing period (so that
// the caller can apply what the acting account may see before adding them up).
struct CostRollupSums
{
    QStringList keys; // one per CostQuery::groupBy dimension, as text (period "2026-01", day "2026-01-15")
    QString organizationId;
    BillingPeriod period;
    qint64 rows = 0;
    Decimal billable;
    Decimal publicOnDemand;
    Decimal usageQuantity;
};

// Cost data: imports, their line items (written by the back-end's bulk writer) and rollups. Amounts are returned as
// stored: deciding what the acting account may see is the caller's (ImportService with Visibility).
class CostDataStore
{
public:
    virtual ~CostDataStore() = default;

    // Inserts the imports row of a new import (file name, path, size, view, clock and wall time, actor of the
    // record; counts and totals are written by the session's finish()) and returns its bulk writer.
    virtual Result<std::unique_ptr<CostImportSession>> startImport(const ImportRecord &placeholder) = 0;

    // (import id, sha256) of the imports of files of this size, in the order they were imported.
    virtual Result<QList<std::pair<qint64, QString>>> hashesOfSize(qint64 fileSize) const = 0;
    // Imports of a file with this SHA-256, other than exceptImportId.
    virtual Result<QList<qint64>> importsWithSha256(const QString &sha256, qint64 exceptImportId) const = 0;
    // Imports other than exceptImportId that hold data of the payer and period in this view.
    virtual Result<QList<qint64>> importsHolding(const QString &payerAccountId, const BillingPeriod &period,
                                                 CostView view, qint64 exceptImportId) const = 0;

    // Every import, newest first, each with its totals per payer and period (sorted by payer, then period).
    virtual Result<QList<ImportRecord>> imports() const = 0;
    // The organizations an import holds data for.
    virtual Result<QStringList> organizationsOfImport(qint64 importId) const = 0;
    // Removes an import, its line items and its rollup contributions. No import with that id: nothing happens.
    virtual Status removeImport(qint64 importId) = 0;

    // Line items stored: of all imports (importId 0) or of one.
    virtual Result<qint64> lineItemCount(qint64 importId = 0) const = 0;

    // References that keep an organization or account from being removed.
    virtual Result<int> importCountForOrganization(const QString &organizationId) const = 0;
    virtual Result<int> importCountForPayer(const QString &accountId) const = 0;
    virtual Result<bool> accountHasCostData(const QString &accountId) const = 0;

    // The rollups of query.view (daily when a dimension is Day, detailed for usage type, operation, region or service
    // name, the summary otherwise), filtered by query.period, organizationId and accountId, grouped by query.groupBy
    // plus organization and period; unsorted. The caller refuses groupings the rollups do not keep (ImportService).
    virtual Result<QList<CostRollupSums>> rollupSums(const CostQuery &query) const = 0;
};

} // namespace bd
