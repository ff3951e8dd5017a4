#pragma once

#include "domain/CostImport.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace bd {

class CostDataStore;
class CostImportSession;
class Services;

// --- The service ---------------------------------------------------------------------------------

// Imports AWS cost and usage exports (CUR 2.0, legacy CUR, FOCUS; CSV plain or gzip) into a narrow
// dictionary-encoded line-item table plus rollups, in ONE transaction: all or nothing.
//
// Threading: importFile() blocks. The GUI runs it off the GUI thread on the Services of Services::openWorker()
// (another connection, the same acting account and clock), with a progress callback that returns false on Cancel;
// afterwards call notifyImported() on the GUI thread's ImportService so views refresh.
class ImportService final : public QObject
{
    Q_OBJECT

public:
    explicit ImportService(Services &services);
    ~ImportService() override;

    // Reads the header and the first rows (up to sampleRows) of a file: format, payers, periods.
    Result<DetectedFile> inspect(const QString &path, CostFormat format = CostFormat::Auto,
                                 qint64 sampleRows = 100000) const;

    // Imports a file. Refusals: IMPORT_DUPLICATE_FILE (same SHA-256 already imported), IMPORT_OVERLAP (an
    // import already holds a (payer, period, view) of the file) unless options.replace; IMPORT_CANCELLED;
    // input errors (INVALID_FILE_DATA and friends: the report's problems list them, see lastReport()).
    // On failure lastReport() still holds what was found (counts, problems) although nothing was written.
    Result<ImportReport> importFile(const ImportOptions &options, const ImportProgress &progress = {});
    const ImportReport &lastReport() const { return m_lastReport; }

    // Newest first, trimmed to what the acting account may see (Services::visibility); an error, never figures,
    // when that cannot be decided.
    Result<QList<ImportRecord>> imports() const;
    std::optional<ImportRecord> importRecord(qint64 id) const;
    // Removes an import, its line items and its rollup contributions (one transaction, audited).
    Status removeImport(qint64 id);

    // Sums from the rollups (never raw rows). Billable is zero in a bill-source context.
    Result<QList<CostTotal>> costTotals(const CostQuery &query) const;
    // Line items stored (all imports, or one).
    qint64 lineItemCount(qint64 importId = 0) const;

    // True when the acting account must not see billable amounts (a bill-source context, COMMON.md).
    bool billableHidden() const;

    // The deterministic organization id given to an unknown payer: "o-" + 10 lowercase base-36 characters of a
    // hash of the payer id (stable across runs and machines).
    static QString organizationIdForPayer(const QString &payerAccountId);

    // Tell views that another connection imported or removed something.
    void notifyImported();

Q_SIGNALS:
    void importsChanged();

private:
    void setLastReport(ImportReport report);
    Result<QString> referenceOf(const QString &entityType, const QString &id) const;
    // The steps of importFile(), inside its transaction.
    Status refuseKnownFile(const ImportOptions &options, qint64 fileSize) const;
    Result<QList<qint64>> importsToReplace(const ImportOptions &options, qint64 importId, const ImportReport &report);
    Status removeReplaced(const QList<qint64> &replaced, qint64 importId, const QString &fileName);
    Result<QHash<QString, QString>> attributePayers(const QList<ImportedPayer> &payers, ImportReport &report);
    static Status checkStorable(const ImportReport &report);
    void warnAboutInvisible(ImportReport &report) const;
    Status auditImport(qint64 importId, const QString &fileName, const ImportReport &report);
    // What costTotals() refuses: a grouping the rollups do not keep.
    static Status checkGrouping(const QList<CostDimension> &groupBy);
    CostDataStore &store() const;

    Services &m_services;
    ImportReport m_lastReport;
};

} // namespace bd
