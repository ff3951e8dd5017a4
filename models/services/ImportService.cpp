#include "ImportService.h"

#include "DirectoryService.h"
#include "Services.h"
#include "TransferService.h"
#include "storage/CostDataStore.h"
#include "storage/CostImporter.h"
#include "storage/Storage.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <map>

namespace bd {

namespace {

// The SHA-256 of a file as stored, streamed.
QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

// What is wrong with the path of a file to import, before it is opened: nothing given, nothing there, a folder,
// not readable. Every message names the file.
Status checkPath(const QString &path)
{
    if (path.isEmpty())
        return Error::input(QStringLiteral("file"), QStringLiteral("FILE_REQUIRED"),
                            ImportService::tr("No file was given to import."));
    const QFileInfo info(path);
    if (info.isDir())
        return Error::input(path, QStringLiteral("NOT_A_FILE"),
                            ImportService::tr("%1 is a folder, not a file: choose a cost export (.csv or .csv.gz) "
                                              "inside it.")
                                .arg(path));
    if (!info.exists())
        return Error::input(path, QStringLiteral("FILE_NOT_FOUND"),
                            ImportService::tr("There is no file %1.").arg(path));
    if (!info.isFile())
        return Error::input(path, QStringLiteral("NOT_A_FILE"),
                            ImportService::tr("%1 is not a regular file (a device or a pipe?): choose a cost export "
                                              "file.")
                                .arg(path));
    if (!info.isReadable())
        return Error::input(
            path, QStringLiteral("FILE_NOT_READABLE"),
            ImportService::tr("The file %1 cannot be read: you have no permission to read it.").arg(path));
    return {};
}

Error duplicateFile(qint64 importId)
{
    return Error::rule(QStringLiteral("IMPORT_DUPLICATE_FILE"),
                       ImportService::tr("This file was already imported (import %1, same SHA-256). Choose replace to "
                                         "import it again instead of the earlier import; amounts are never counted "
                                         "twice.")
                           .arg(importId));
}

} // namespace

ImportService::ImportService(Services &services)
    : QObject(nullptr)
    , m_services(services)
{
    // An organization or account with imported cost data cannot be removed.
    m_services.addReferenceCheck([this](const QString &entityType, const QString &id) -> Result<QString> {
        return referenceOf(entityType, id);
    });
}

CostDataStore &ImportService::store() const
{
    return m_services.storage().costData();
}

Result<QString> ImportService::referenceOf(const QString &entityType, const QString &id) const
{
    if (entityType == QLatin1String("organization")) {
        const auto imports = store().importCountForOrganization(id);
        if (!imports)
            return imports.error();
        if (*imports > 0)
            return tr("it has imported cost data (%n import(s)); remove those imports first.", nullptr, *imports);
    } else if (entityType == QLatin1String("account")) {
        const auto imports = store().importCountForPayer(id);
        if (!imports)
            return imports.error();
        if (*imports > 0)
            return tr("account %1 is the payer of imported cost data (%n import(s)); remove those imports first.",
                      nullptr, *imports)
                .arg(id);
        const auto used = store().accountHasCostData(id);
        if (!used)
            return used.error();
        if (*used)
            return tr("account %1 has imported cost data; remove those imports first.").arg(id);
    }
    return QString();
}

ImportService::~ImportService() = default;

bool ImportService::billableHidden() const
{
    return m_services.isBillSourceContext();
}

QString ImportService::organizationIdForPayer(const QString &payerAccountId)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray("billingdesk-imported-payer:") + payerAccountId.toUtf8(), QCryptographicHash::Sha256);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(digest.at(i));
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString id = QStringLiteral("o-");
    for (int i = 0; i < 10; ++i) {
        id += QLatin1Char(alphabet[v % 36]);
        v /= 36;
    }
    return id;
}

void ImportService::setLastReport(ImportReport report)
{
    // The security promise: a bill-source context never sees billable amounts, not even in a failed import's report.
    if (billableHidden()) {
        report.billableHidden = true;
        report.billableTotal = Decimal();
        for (PayerPeriodTotal &t : report.totals)
            t.billable = Decimal();
    }
    m_lastReport = std::move(report);
}

void ImportService::notifyImported()
{
    Q_EMIT importsChanged();
    Q_EMIT m_services.dataChanged();
}

Result<DetectedFile> ImportService::inspect(const QString &path, CostFormat format, qint64 sampleRows) const
{
    if (auto s = checkPath(path); !s)
        return s.error();
    auto detected = CostImporter::inspect(path, format, sampleRows);
    if (!detected)
        return detected;
    DetectedFile file = detected.value();
    for (const QString &payer : std::as_const(file.payers)) {
        if (const auto org = m_services.directory().organizationManagedBy(payer))
            file.knownOrganizations << org->id;
        else
            file.unknownPayers << payer;
    }
    return file;
}

Result<ImportReport> ImportService::importFile(const ImportOptions &options, const ImportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    m_lastReport = ImportReport();
    ImportReport report;
    report.path = options.path;
    report.view = options.view;
    if (auto s = checkPath(options.path); !s)
        return s.error();
    const QFileInfo info(options.path);
    if (!options.replace)
        if (auto s = refuseKnownFile(options, info.size()); !s)
            return s.error();

    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    ImportRecord placeholder;
    placeholder.fileName = info.fileName();
    placeholder.path = info.absoluteFilePath();
    placeholder.fileSize = info.size();
    placeholder.view = options.view;
    placeholder.clockTime = m_services.now();
    placeholder.wallTime = QDateTime::currentDateTimeUtc();
    placeholder.actor = m_services.actorLabel();
    auto started = store().startImport(placeholder);
    if (!started)
        return started.error();
    const std::unique_ptr<CostImportSession> writer = std::move(started).value();
    const qint64 importId = writer->importId();

    if (auto loaded = writer->load(options, progress, report); !loaded) {
        report.elapsedMs = timer.elapsed();
        setLastReport(report);
        return loaded.error();
    }
    const auto replaced = importsToReplace(options, importId, report);
    if (!replaced)
        return replaced.error();
    if (auto s = removeReplaced(*replaced, importId, info.fileName()); !s)
        return s.error();
    report.replacedImports = *replaced;

    const auto organizationByPayer = attributePayers(writer->payers(), report);
    if (!organizationByPayer)
        return organizationByPayer.error();
    for (PayerPeriodTotal &t : report.totals)
        t.organizationId = organizationByPayer->value(t.payerAccountId);
    warnAboutInvisible(report);
    if (auto s = writer->writeRollups(options.view, *organizationByPayer); !s) {
        setLastReport(report);
        return s.error();
    }
    if (auto s = checkStorable(report); !s)
        return s.error();
    if (auto s = writer->finish(report); !s)
        return s.error();
    if (auto s = auditImport(importId, info.fileName(), report); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();

    report.importId = importId;
    report.elapsedMs = timer.elapsed();
    setLastReport(report);
    report = m_lastReport;
    if (!report.createdOrganizations.isEmpty())
        Q_EMIT m_services.directory().changed();
    notifyImported();
    return report;
}

// A file already imported is refused before reading it all (same size: compare the hash first).
Status ImportService::refuseKnownFile(const ImportOptions &options, qint64 fileSize) const
{
    const auto candidates = store().hashesOfSize(fileSize);
    if (!candidates)
        return candidates.error();
    if (candidates->isEmpty())
        return {};
    const QString sha = fileSha256(options.path);
    for (const auto &[id, hash] : *candidates)
        if (hash == sha)
            return duplicateFile(id);
    return {};
}

// Imports of the same file (by SHA-256) and imports holding a (payer, period, view) of the file: refused unless
// options.replace, else returned (sorted) to be replaced.
Result<QList<qint64>> ImportService::importsToReplace(const ImportOptions &options, qint64 importId,
                                                      const ImportReport &report)
{
    QSet<qint64> toReplace;
    const auto same = store().importsWithSha256(report.sha256, importId);
    if (!same)
        return same.error();
    for (qint64 id : *same) {
        if (!options.replace) {
            setLastReport(report);
            return duplicateFile(id);
        }
        toReplace.insert(id);
    }
    QStringList overlaps;
    for (const PayerPeriodTotal &t : std::as_const(report.totals)) {
        const auto holding = store().importsHolding(t.payerAccountId, t.period, options.view, importId);
        if (!holding)
            return holding.error();
        for (qint64 id : *holding) {
            if (!toReplace.contains(id))
                overlaps << tr("payer %1, %2 (import %3)").arg(t.payerAccountId, t.period.toString()).arg(id);
            toReplace.insert(id);
        }
    }
    if (!overlaps.isEmpty() && !options.replace) {
        setLastReport(report);
        return Error::rule(
            QStringLiteral("IMPORT_OVERLAP"),
            tr("This file overlaps data already imported as %1: %2. Choose replace to replace those imports; "
               "amounts are never counted twice.")
                .arg(costViewKey(options.view), overlaps.join(QStringLiteral("; "))));
    }
    QList<qint64> replaced(toReplace.cbegin(), toReplace.cend());
    std::sort(replaced.begin(), replaced.end());
    return replaced;
}

Status ImportService::removeReplaced(const QList<qint64> &replaced, qint64 importId, const QString &fileName)
{
    for (qint64 id : replaced) {
        if (auto s = store().removeImport(id); !s)
            return s;
        if (auto s = m_services.audit(QStringLiteral("import.replace"), QStringLiteral("import"), QString::number(id),
                                      tr("Replaced by import %1 of %2").arg(importId).arg(fileName));
            !s)
            return s;
    }
    return {};
}

// Attribution: the organization whose management account is the payer; unknown payers become imported
// organizations (listed in the report). Returns payer account id -> organization id.
Result<QHash<QString, QString>> ImportService::attributePayers(const QList<ImportedPayer> &payers, ImportReport &report)
{
    QHash<QString, QString> organizationByPayer;
    for (const ImportedPayer &payer : payers) {
        if (const auto org = m_services.directory().organizationManagedBy(payer.accountId)) {
            organizationByPayer.insert(payer.accountId, org->id);
            continue;
        }
        Organization org;
        org.id = organizationIdForPayer(payer.accountId);
        org.name = payer.name.trimmed().isEmpty() ? tr("Imported payer %1").arg(payer.accountId)
                                                  : payer.name.trimmed().left(128);
        org.managementAccountId = payer.accountId;
        org.imported = true;
        if (auto s = m_services.directory().addImportedOrganization(
                org, payer.name.trimmed().isEmpty() ? QString() : tr("%1 (payer)").arg(org.name));
            !s) {
            setLastReport(report);
            Error e = s.error();
            e.message = tr("The payer %1 cannot be added as an organization: %2").arg(payer.accountId, e.message);
            return e;
        }
        org.imported = true;
        report.createdOrganizations << org;
        report.warnings << tr("Payer %1 was not in the directory: organization %2 (%3) was created for it and marked "
                              "imported.")
                               .arg(payer.accountId, org.id, org.name);
        organizationByPayer.insert(payer.accountId, org.id);
    }
    return organizationByPayer;
}

// Data imported for an organization (or months) the acting account cannot see would seem to vanish: say in plain
// words where it went and whom to act as to see it.
void ImportService::warnAboutInvisible(ImportReport &report) const
{
    const auto visible = m_services.visibility();
    if (visible && visible->seesEverything())
        return;
    std::map<QString, QStringList> hiddenPeriods; // organization -> periods the acting account cannot see
    std::map<QString, QString> payerOf;
    for (const PayerPeriodTotal &t : std::as_const(report.totals)) {
        if (visible && visible->allows(t.organizationId, t.period))
            continue;
        QStringList &periods = hiddenPeriods[t.organizationId];
        if (!periods.contains(t.period.toString()))
            periods << t.period.toString();
        payerOf[t.organizationId] = t.payerAccountId;
    }
    const QString actor = m_services.actingAccountId();
    for (const auto &[orgId, periods] : hiddenPeriods) {
        const auto org = m_services.directory().organization(orgId);
        const QString name = org ? org->name : orgId;
        const QString management = org ? org->managementAccountId : payerOf[orgId];
        report.warnings << tr("The data was imported for %1 (organization %2, payer %3, %4), which the acting account "
                              "%5 cannot see; switch to account %6 (its management account) or to the administrator "
                              "to see it.")
                               .arg(name, orgId, payerOf[orgId], periods.join(QStringLiteral(", ")), actor, management);
    }
}

// Amounts are stored as 64-bit integers: a total that does not fit is refused.
Status ImportService::checkStorable(const ImportReport &report)
{
    for (const PayerPeriodTotal &t : std::as_const(report.totals))
        if (!t.billable.fitsInt64() || !t.publicOnDemand.fitsInt64())
            return Error::input(
                QStringLiteral("total"), QStringLiteral("AMOUNT_OUT_OF_RANGE"),
                tr("The total of payer %1 for %2 is too large to store.").arg(t.payerAccountId, t.period.toString()));
    if (!report.billableTotal.fitsInt64() || !report.publicOnDemandTotal.fitsInt64())
        return Error::input(QStringLiteral("total"), QStringLiteral("AMOUNT_OUT_OF_RANGE"),
                            tr("The total of the file is too large to store."));
    return {};
}

Status ImportService::auditImport(qint64 importId, const QString &fileName, const ImportReport &report)
{
    return m_services.audit(QStringLiteral("import.add"), QStringLiteral("import"), QString::number(importId),
                            tr("Imported %1 (%2, %3): %4 rows imported, %5 rejected, %6 skipped")
                                .arg(fileName, report.formatVersion, costViewKey(report.view))
                                .arg(report.rowsImported)
                                .arg(report.rowsRejected)
                                .arg(report.rowsSkipped));
}

Result<QList<ImportRecord>> ImportService::imports() const
{
    // What the acting account may see, decided first: an error means no figures at all (fail closed).
    const auto visible = m_services.visibility();
    if (!visible)
        return visible.error();
    auto all = store().imports();
    if (!all)
        return all.error();
    QList<ImportRecord> out = std::move(all).value();
    if (!visible->billableVisible()) {
        for (ImportRecord &rec : out) {
            rec.billable = Decimal();
            rec.billableHidden = true;
            for (PayerPeriodTotal &t : rec.totals)
                t.billable = Decimal();
        }
    }
    // An account sees only the organizations (and months) it may see; the import's totals are then theirs.
    if (!visible->seesEverything()) {
        QList<ImportRecord> filtered;
        for (ImportRecord rec : std::as_const(out)) {
            QList<PayerPeriodTotal> rows;
            Decimal billable, publicOnDemand;
            for (const PayerPeriodTotal &t : std::as_const(rec.totals)) {
                if (!visible->allows(t.organizationId, t.period))
                    continue;
                rows << t;
                billable += t.billable;
                publicOnDemand += t.publicOnDemand;
            }
            if (rows.isEmpty())
                continue;
            rec.partial = rows.size() != rec.totals.size();
            rec.totals = rows;
            rec.billable = billable;
            rec.publicOnDemand = publicOnDemand;
            filtered << rec;
        }
        out = filtered;
    }
    return out;
}

std::optional<ImportRecord> ImportService::importRecord(qint64 id) const
{
    auto all = imports();
    if (!all)
        return std::nullopt;
    for (const ImportRecord &r : std::as_const(*all))
        if (r.id == id)
            return r;
    return std::nullopt;
}

Status ImportService::removeImport(qint64 id)
{
    const auto record = importRecord(id);
    if (!record)
        return Error::rule(QStringLiteral("IMPORT_NOT_FOUND"), tr("There is no import %1.").arg(id),
                           QStringLiteral("id"));
    // Only the administrator, or the management account of every organization the import holds data for.
    const auto organizations = store().organizationsOfImport(id);
    if (!organizations)
        return organizations.error();
    for (const QString &org : *organizations)
        if (auto allowed = m_services.directory().requireManagementOf(org); !allowed)
            return allowed;
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (auto s = store().removeImport(id); !s)
        return s;
    if (auto s = m_services.audit(
            QStringLiteral("import.remove"), QStringLiteral("import"), QString::number(id),
            tr("Removed import %1 of %2 (%3 rows)").arg(id).arg(record->fileName).arg(record->rowsImported));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notifyImported();
    return {};
}

qint64 ImportService::lineItemCount(qint64 importId) const
{
    const auto n = store().lineItemCount(importId);
    return n ? *n : 0;
}

Status ImportService::checkGrouping(const QList<CostDimension> &groupBy)
{
    bool daily = false, detail = false;
    for (CostDimension dim : groupBy) {
        daily = daily || dim == CostDimension::Day;
        detail = detail || dim == CostDimension::UsageType || dim == CostDimension::Operation
            || dim == CostDimension::Region || dim == CostDimension::ServiceName;
    }
    const auto unsupported = [](const QString &message) {
        return Error::input(QStringLiteral("group-by"), QStringLiteral("UNSUPPORTED_GROUPING"), message);
    };
    if (daily && detail)
        return unsupported(tr("Daily totals are kept per account, service and line item type; they cannot be split by "
                              "usage type, operation, region or service name."));
    if (!daily)
        return {};
    for (CostDimension dim : groupBy) {
        if (dim == CostDimension::BillingEntity)
            return unsupported(tr("Daily totals are not kept per billing entity."));
        if (dim == CostDimension::InvoicingEntity)
            return unsupported(tr("Daily totals are not kept per invoicing entity."));
        if (dim == CostDimension::TaxType)
            return unsupported(tr("Daily totals are not kept per tax type."));
    }
    return {};
}

Result<QList<CostTotal>> ImportService::costTotals(const CostQuery &query) const
{
    // What the acting account may see, decided first: an error means no figures at all (fail closed).
    const auto visible = m_services.visibility();
    if (!visible)
        return visible.error();
    if (auto s = checkGrouping(query.groupBy); !s)
        return s.error();
    const auto sums = store().rollupSums(query);
    if (!sums)
        return sums.error();
    // Only what the account may see, added up by the requested keys (sorted by them).
    std::map<QStringList, CostTotal> byKeys;
    for (const CostRollupSums &s : *sums) {
        if (!visible->seesEverything() && !visible->allows(s.organizationId, s.period))
            continue;
        CostTotal &t = byKeys[s.keys];
        t.rows += s.rows;
        t.billable += s.billable;
        t.publicOnDemand += s.publicOnDemand;
        t.usageQuantity += s.usageQuantity;
    }
    const bool hide = !visible->billableVisible();
    QList<CostTotal> out;
    out.reserve(qsizetype(byKeys.size()));
    for (auto &[keys, t] : byKeys) {
        t.keys = keys;
        if (hide)
            t.billable = Decimal();
        out << t;
    }
    return out;
}

} // namespace bd
