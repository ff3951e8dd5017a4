#pragma once

#include "domain/CostImport.h"
#include "domain/Result.h"
#include "storage/FormatDetector.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

struct sqlite3;

namespace bd {

class Database;

// The import engine: streams a cost export through CsvReader on a parser thread (split, validate, parse exact
// decimals, dictionary-encode dimensions, accumulate rollups in memory) while the calling thread inserts the
// narrow line items through prepared SQLite statements. It writes inside the caller's transaction and never
// commits: ImportService decides (organizations, duplicates, overlaps) and commits or rolls back.
class CostImporter final
{
public:
    explicit CostImporter(Database &db);
    ~CostImporter();
    CostImporter(const CostImporter &) = delete;
    CostImporter &operator=(const CostImporter &) = delete;

    // Reads the whole file, writes cost_dictionary entries and cost_line_items rows tagged with importId, and
    // fills the report (counts, problems, totals per payer/period/currency without organization ids, warnings,
    // sha256, format). Fails with IMPORT_CANCELLED, a file error (Input), INVALID_FILE_DATA (invalid rows without
    // skipInvalid: report.problems), NO_DATA_ROWS, or a database error. With skipInvalid, rejected rows are
    // written to options.rejectsPath (or <path>.rejected.csv).
    Status load(const ImportOptions &options, qint64 importId, const ImportProgress &progress, ImportReport &report);

    using Payer = ImportedPayer;
    QList<Payer> payers() const;
    qint64 firstLineItem() const { return m_firstRowId; }
    qint64 lastLineItem() const { return m_lastRowId; }

    // Writes the rollups of the loaded rows. organizationByPayer maps payer account ids to organization ids.
    Status writeRollups(qint64 importId, CostView view, const QHash<QString, QString> &organizationByPayer);

    // Header and the first sampleRows rows of a file, for the import dialog.
    static Result<DetectedFile> inspect(const QString &path, CostFormat format, qint64 sampleRows);

    // Day number (days since 1970-01-01) and month index (year * 12 + month - 1) of an export timestamp:
    // "2024-09-01", "2024-09-01 00:00:00", "2024-09-01T00:00:00Z", "2024-09-01T00:00:00.000Z", "...+02:00".
    static bool parseTimestamp(std::string_view text, int &day, int &monthIndex);

private:
    struct Private;
    struct WriteOutcome;
    // The steps of load().
    Status readHeader(const ImportOptions &options, ImportReport &report);
    Status loadDictionary(sqlite3 *h);
    Result<WriteOutcome> writeLineItems(sqlite3 *h, qint64 importId, const ImportProgress &progress);
    void buildDetailRollup();
    void fillCounts(const ImportOptions &options, ImportReport &report);
    void addWarnings(const ImportOptions &options, ImportReport &report) const;
    void addTotals(ImportReport &report) const;
    Status outcome(const ImportOptions &options, const ImportReport &report, const WriteOutcome &written) const;

    std::unique_ptr<Private> d;
    Database &m_db;
    qint64 m_firstRowId = 0;
    qint64 m_lastRowId = 0;
};

} // namespace bd
