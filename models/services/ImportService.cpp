#include "ImportService.h"

#include "DirectoryService.h"
#include "Services.h"
#include "TransferService.h"
#include "storage/CostImporter.h"
#include "storage/Database.h"
#include "storage/Storage.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <limits>
#include <map>
#include <vector>

namespace bd {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Decimal fromRawInt(const QVariant &v)
{
    return Decimal::fromInt64Raw(v.toLongLong());
}

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

} // namespace

ImportService::ImportService(Services &services)
    : QObject(nullptr)
    , m_services(services)
{
    // An organization or account with imported cost data cannot be removed.
    m_services.addReferenceCheck([this](const QString &entityType, const QString &id) -> Result<QString> {
        Database &db = m_services.database();
        if (entityType == QLatin1String("organization")) {
            auto q = db.exec(
                QStringLiteral("SELECT count(DISTINCT import_id) FROM cost_import_periods WHERE organization_id = ?"),
                {id});
            if (!q)
                return q.error();
            if (q.value().next() && q.value().value(0).toInt() > 0)
                return tr("it has imported cost data (%n import(s)); remove those imports first.", nullptr,
                          q.value().value(0).toInt());
        } else if (entityType == QLatin1String("account")) {
            auto q = db.exec(
                QStringLiteral("SELECT count(DISTINCT import_id) FROM cost_import_periods WHERE payer_account_id = ?"),
                {id});
            if (!q)
                return q.error();
            if (q.value().next() && q.value().value(0).toInt() > 0)
                return tr("account %1 is the payer of imported cost data (%n import(s)); remove those imports first.",
                          nullptr, q.value().value(0).toInt())
                    .arg(id);
            auto u = db.exec(
                QStringLiteral("SELECT 1 FROM cost_rollup_summary s JOIN cost_dictionary d ON d.id = s.account "
                               "WHERE d.value = ? LIMIT 1"),
                {id});
            if (!u)
                return u.error();
            if (u.value().next())
                return tr("account %1 has imported cost data; remove those imports first.").arg(id);
        }
        return QString();
    });
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

namespace {

Status removeImportRows(Database &db, qint64 id)
{
    auto range = db.exec(QStringLiteral("SELECT first_line_item, last_line_item FROM cost_imports WHERE id = ?"), {id});
    if (!range.ok())
        return range.error();
    if (!range.value().next())
        return {};
    const QVariant first = range.value().value(0);
    const QVariant last = range.value().value(1);
    range.value().finish();
    if (!first.isNull()) {
        if (auto q
            = db.exec(QStringLiteral("DELETE FROM cost_line_items WHERE rowid BETWEEN ? AND ? AND import_id = ?"),
                      {first, last, id});
            !q.ok())
            return q.error();
    }
    for (const char *table :
         {"cost_rollup_summary", "cost_rollup_detail", "cost_rollup_daily", "cost_import_periods"}) {
        if (auto q = db.exec(QStringLiteral("DELETE FROM %1 WHERE import_id = ?").arg(QLatin1String(table)), {id});
            !q.ok())
            return q.error();
    }
    if (auto q = db.exec(QStringLiteral("DELETE FROM cost_imports WHERE id = ?"), {id}); !q.ok())
        return q.error();
    return {};
}

} // namespace

Result<ImportReport> ImportService::importFile(const ImportOptions &options, const ImportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    m_lastReport = ImportReport();
    ImportReport report;
    report.path = options.path;
    report.view = options.view;
    if (options.path.isEmpty())
        return Error::input(QStringLiteral("file"), QStringLiteral("FILE_REQUIRED"),
                            tr("No file was given to import."));
    const QFileInfo info(options.path);
    if (!info.exists() || !info.isFile())
        return Error::input(options.path, QStringLiteral("FILE_NOT_FOUND"),
                            tr("There is no file %1.").arg(options.path));

    Database &db = m_services.database();
    // A file already imported is refused before reading it all (same size: compare the hash first).
    if (!options.replace) {
        auto same = db.exec(QStringLiteral("SELECT id, sha256 FROM cost_imports WHERE file_size = ?"), {info.size()});
        if (same.ok()) {
            QList<QPair<qint64, QString>> candidates;
            while (same.value().next())
                candidates.append({same.value().value(0).toLongLong(), same.value().value(1).toString()});
            if (!candidates.isEmpty()) {
                const QString sha = fileSha256(options.path);
                for (const auto &[id, hash] : candidates)
                    if (hash == sha)
                        return Error::rule(
                            QStringLiteral("IMPORT_DUPLICATE_FILE"),
                            tr("This file was already imported (import %1, same SHA-256). Choose replace to "
                               "import it again instead of the earlier import; amounts are never counted twice.")
                                .arg(id));
            }
        }
    }

    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started().error();
    const QDateTime clock = m_services.now();
    const QDateTime wall = QDateTime::currentDateTimeUtc();
    auto placeholder
        = db.exec(QStringLiteral("INSERT INTO cost_imports (file_name, path, file_size, sha256, format, "
                                 "format_version, view, clock_time, wall_time, actor, rows_read, rows_imported, "
                                 "rows_rejected, rows_skipped, billable, public_on_demand) VALUES "
                                 "(?, ?, ?, '', '', '', ?, ?, ?, ?, 0, 0, 0, 0, 0, 0)"),
                  {info.fileName(), info.absoluteFilePath(), info.size(), options.view == CostView::ProForma ? 1 : 0,
                   isoUtc(clock), isoUtc(wall), m_services.actorLabel()});
    if (!placeholder.ok())
        return placeholder.error();
    const qint64 importId = placeholder.value().lastInsertId().toLongLong();
    placeholder.value().finish();

    CostImporter importer(db);
    if (auto loaded = importer.load(options, importId, progress, report); !loaded) {
        report.elapsedMs = timer.elapsed();
        setLastReport(report);
        return loaded.error();
    }

    // Duplicates and overlaps.
    QSet<qint64> toReplace;
    {
        auto same = db.exec(QStringLiteral("SELECT id FROM cost_imports WHERE sha256 = ? AND id <> ?"),
                            {report.sha256, importId});
        if (!same.ok())
            return same.error();
        while (same.value().next()) {
            const qint64 id = same.value().value(0).toLongLong();
            if (!options.replace) {
                setLastReport(report);
                return Error::rule(
                    QStringLiteral("IMPORT_DUPLICATE_FILE"),
                    tr("This file was already imported (import %1, same SHA-256). Choose replace to import it "
                       "again instead of the earlier import; amounts are never counted twice.")
                        .arg(id));
            }
            toReplace.insert(id);
        }
    }
    QStringList overlaps;
    for (const PayerPeriodTotal &t : std::as_const(report.totals)) {
        auto q = db.exec(
            QStringLiteral("SELECT DISTINCT import_id FROM cost_import_periods WHERE payer_account_id = ? AND "
                           "period = ? AND view = ? AND import_id <> ?"),
            {t.payerAccountId, t.period.index(), options.view == CostView::ProForma ? 1 : 0, importId});
        if (!q.ok())
            return q.error();
        while (q.value().next()) {
            const qint64 id = q.value().value(0).toLongLong();
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
    for (qint64 id : std::as_const(replaced)) {
        if (auto s = removeImportRows(db, id); !s)
            return s.error();
        if (auto s = m_services.audit(QStringLiteral("import.replace"), QStringLiteral("import"), QString::number(id),
                                      tr("Replaced by import %1 of %2").arg(importId).arg(info.fileName()));
            !s)
            return s.error();
    }
    report.replacedImports = replaced;

    // Attribution: the organization whose management account is the payer; unknown payers become imported orgs.
    QHash<QString, QString> organizationByPayer;
    for (const CostImporter::Payer &payer : importer.payers()) {
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
    for (PayerPeriodTotal &t : report.totals)
        t.organizationId = organizationByPayer.value(t.payerAccountId);

    if (auto s = importer.writeRollups(importId, options.view, organizationByPayer); !s) {
        setLastReport(report);
        return s.error();
    }
    for (const PayerPeriodTotal &t : std::as_const(report.totals)) {
        if (!t.billable.fitsInt64() || !t.publicOnDemand.fitsInt64())
            return Error::input(
                QStringLiteral("total"), QStringLiteral("AMOUNT_OUT_OF_RANGE"),
                tr("The total of payer %1 for %2 is too large to store.").arg(t.payerAccountId, t.period.toString()));
        auto q = db.exec(
            QStringLiteral("INSERT INTO cost_import_periods (import_id, payer_account_id, organization_id, period, "
                           "view, currency, rows, billable, public_on_demand) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {importId, t.payerAccountId, t.organizationId, t.period.index(), options.view == CostView::ProForma ? 1 : 0,
             t.currency, t.rows, qint64(t.billable.toInt64Raw()), qint64(t.publicOnDemand.toInt64Raw())});
        if (!q.ok())
            return q.error();
    }
    if (!report.billableTotal.fitsInt64() || !report.publicOnDemandTotal.fitsInt64())
        return Error::input(QStringLiteral("total"), QStringLiteral("AMOUNT_OUT_OF_RANGE"),
                            tr("The total of the file is too large to store."));
    auto update
        = db.exec(QStringLiteral("UPDATE cost_imports SET sha256 = ?, format = ?, format_version = ?, rows_read = ?, "
                                 "rows_imported = ?, rows_rejected = ?, rows_skipped = ?, billable = ?, "
                                 "public_on_demand = ?, rounding_residue = ?, warnings = ?, first_line_item = ?, "
                                 "last_line_item = ? WHERE id = ?"),
                  {report.sha256, costFormatKey(report.format), report.formatVersion, report.rowsRead,
                   report.rowsImported, report.rowsRejected, report.rowsSkipped,
                   qint64(report.billableTotal.toInt64Raw()), qint64(report.publicOnDemandTotal.toInt64Raw()),
                   report.roundingResidueText, Database::text(report.warnings.join(QLatin1Char('\n'))),
                   importer.firstLineItem() ? QVariant(importer.firstLineItem()) : QVariant(),
                   importer.lastLineItem() ? QVariant(importer.lastLineItem()) : QVariant(), importId});
    if (!update.ok())
        return update.error();
    if (auto s = m_services.audit(QStringLiteral("import.add"), QStringLiteral("import"), QString::number(importId),
                                  tr("Imported %1 (%2, %3): %4 rows imported, %5 rejected, %6 skipped")
                                      .arg(info.fileName(), report.formatVersion, costViewKey(options.view))
                                      .arg(report.rowsImported)
                                      .arg(report.rowsRejected)
                                      .arg(report.rowsSkipped));
        !s)
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

Result<QList<ImportRecord>> ImportService::imports() const
{
    // What the acting account may see, decided first: an error means no figures at all (fail closed).
    const auto visible = m_services.visibility();
    if (!visible)
        return visible.error();
    QList<ImportRecord> out;
    Database &db = m_services.database();
    auto q = db.exec(
        QStringLiteral("SELECT id, file_name, path, file_size, sha256, format, format_version, view, clock_time, "
                       "wall_time, actor, rows_read, rows_imported, rows_rejected, rows_skipped, billable, "
                       "public_on_demand FROM cost_imports ORDER BY id DESC"));
    if (!q.ok())
        return q.error();
    const bool hide = !visible->billableVisible();
    QSqlQuery &r = q.value();
    while (r.next()) {
        ImportRecord rec;
        rec.id = r.value(0).toLongLong();
        rec.fileName = r.value(1).toString();
        rec.path = r.value(2).toString();
        rec.fileSize = r.value(3).toLongLong();
        rec.sha256 = r.value(4).toString();
        rec.format = costFormatFromKey(r.value(5).toString()).value_or(CostFormat::Auto);
        rec.formatVersion = r.value(6).toString();
        rec.view = r.value(7).toInt() == 1 ? CostView::ProForma : CostView::Billable;
        rec.clockTime = fromIso(r.value(8).toString());
        rec.wallTime = fromIso(r.value(9).toString());
        rec.actor = r.value(10).toString();
        rec.rowsRead = r.value(11).toLongLong();
        rec.rowsImported = r.value(12).toLongLong();
        rec.rowsRejected = r.value(13).toLongLong();
        rec.rowsSkipped = r.value(14).toLongLong();
        rec.billable = hide ? Decimal() : fromRawInt(r.value(15));
        rec.publicOnDemand = fromRawInt(r.value(16));
        rec.billableHidden = hide;
        out << rec;
    }
    r.finish();
    auto p = db.exec(
        QStringLiteral("SELECT import_id, payer_account_id, organization_id, period, currency, rows, billable, "
                       "public_on_demand FROM cost_import_periods ORDER BY import_id, payer_account_id, period"));
    if (!p.ok())
        return p.error();
    {
        QHash<qint64, int> index;
        for (int i = 0; i < out.size(); ++i)
            index.insert(out.at(i).id, i);
        while (p.value().next()) {
            const qint64 id = p.value().value(0).toLongLong();
            if (!index.contains(id))
                continue;
            PayerPeriodTotal t;
            t.payerAccountId = p.value().value(1).toString();
            t.organizationId = p.value().value(2).toString();
            t.period = BillingPeriod::fromIndex(p.value().value(3).toInt());
            t.currency = p.value().value(4).toString();
            t.rows = p.value().value(5).toLongLong();
            t.billable = hide ? Decimal() : fromRawInt(p.value().value(6));
            t.publicOnDemand = fromRawInt(p.value().value(7));
            out[index.value(id)].totals << t;
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
    Database &db = m_services.database();
    // Only the administrator, or the management account of every organization the import holds data for.
    {
        auto orgs = db.exec(
            QStringLiteral("SELECT DISTINCT organization_id FROM cost_import_periods WHERE import_id = ?"), {id});
        if (!orgs.ok())
            return orgs.error();
        QStringList ids;
        while (orgs.value().next())
            ids << orgs.value().value(0).toString();
        orgs.value().finish();
        for (const QString &org : std::as_const(ids))
            if (auto allowed = m_services.directory().requireManagementOf(org); !allowed)
                return allowed;
    }
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (auto s = removeImportRows(db, id); !s)
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
    Database &db = m_services.database();
    auto q = importId == 0
        ? db.exec(QStringLiteral("SELECT count(*) FROM cost_line_items"))
        : db.exec(QStringLiteral("SELECT count(*) FROM cost_line_items WHERE import_id = ?"), {importId});
    if (q.ok() && q.value().next())
        return q.value().value(0).toLongLong();
    return 0;
}

Result<QList<CostTotal>> ImportService::costTotals(const CostQuery &query) const
{
    // What the acting account may see, decided first: an error means no figures at all (fail closed).
    const auto visible = m_services.visibility();
    if (!visible)
        return visible.error();
    bool needDaily = false, needDetail = false;
    for (CostDimension dim : query.groupBy) {
        needDaily = needDaily || dim == CostDimension::Day;
        needDetail = needDetail || dim == CostDimension::UsageType || dim == CostDimension::Operation
            || dim == CostDimension::Region || dim == CostDimension::ServiceName;
    }
    if (needDaily && needDetail)
        return Error::input(QStringLiteral("group-by"), QStringLiteral("UNSUPPORTED_GROUPING"),
                            tr("Daily totals are kept per account, service and line item type; they cannot be split by "
                               "usage type, operation, region or service name."));
    const QString table = needDaily
        ? QStringLiteral("cost_rollup_daily")
        : (needDetail ? QStringLiteral("cost_rollup_detail") : QStringLiteral("cost_rollup_summary"));
    QStringList columns;
    QList<bool> dictionaryColumn;
    for (CostDimension dim : query.groupBy) {
        QString c;
        bool dict = true;
        switch (dim) {
        case CostDimension::Organization:
            c = QStringLiteral("organization_id");
            dict = false;
            break;
        case CostDimension::Payer:
            c = QStringLiteral("payer");
            break;
        case CostDimension::Account:
            c = QStringLiteral("account");
            break;
        case CostDimension::Period:
            c = QStringLiteral("period");
            dict = false;
            break;
        case CostDimension::Day:
            c = QStringLiteral("day");
            dict = false;
            break;
        case CostDimension::Service:
            c = QStringLiteral("service");
            break;
        case CostDimension::ServiceName:
            c = QStringLiteral("service_name");
            break;
        case CostDimension::UsageType:
            c = QStringLiteral("usage_type");
            break;
        case CostDimension::Operation:
            c = QStringLiteral("operation");
            break;
        case CostDimension::Region:
            c = QStringLiteral("region");
            break;
        case CostDimension::LineItemType:
            c = QStringLiteral("line_item_type");
            break;
        case CostDimension::BillingEntity:
            c = QStringLiteral("billing_entity");
            if (needDaily)
                return Error::input(QStringLiteral("group-by"), QStringLiteral("UNSUPPORTED_GROUPING"),
                                    tr("Daily totals are not kept per billing entity."));
            break;
        case CostDimension::InvoicingEntity:
            c = QStringLiteral("invoicing_entity");
            if (needDaily)
                return Error::input(QStringLiteral("group-by"), QStringLiteral("UNSUPPORTED_GROUPING"),
                                    tr("Daily totals are not kept per invoicing entity."));
            break;
        case CostDimension::Currency:
            c = QStringLiteral("currency");
            break;
        case CostDimension::TaxType:
            c = QStringLiteral("tax_type");
            if (needDaily)
                return Error::input(QStringLiteral("group-by"), QStringLiteral("UNSUPPORTED_GROUPING"),
                                    tr("Daily totals are not kept per tax type."));
            break;
        }
        columns << c;
        dictionaryColumn << dict;
    }
    QString sql
        = QStringLiteral("SELECT %1rows, usage_quantity, billable, public_on_demand, organization_id, period FROM %2 "
                         "WHERE view = ?")
              .arg(columns.isEmpty() ? QString() : columns.join(QStringLiteral(", ")) + QStringLiteral(", "), table);
    QVariantList bind {query.view == CostView::ProForma ? 1 : 0};
    if (query.period) {
        sql += QStringLiteral(" AND period = ?");
        bind << query.period->index();
    }
    if (!query.organizationId.isEmpty()) {
        sql += QStringLiteral(" AND organization_id = ?");
        bind << query.organizationId;
    }
    if (!query.accountId.isEmpty()) {
        sql += QStringLiteral(" AND account = (SELECT id FROM cost_dictionary WHERE value = ?)");
        bind << query.accountId;
    }
    Database &db = m_services.database();
    auto q = db.exec(sql, bind);
    if (!q.ok())
        return q.error();
    struct Acc
    {
        qint64 rows = 0;
        Int128 usage = 0, billable = 0, pod = 0;
    };
    std::map<QStringList, Acc> acc;
    std::map<std::vector<qint64>, Acc> byIds; // fast path when every key is an integer
    QSqlQuery &r = q.value();
    const int n = int(columns.size());
    bool allInts = true;
    for (CostDimension dim : query.groupBy)
        allInts = allInts && dim != CostDimension::Organization;
    std::vector<qint64> key(std::size_t(n), 0);
    QStringList textKey;
    while (r.next()) {
        if (!visible->seesEverything()
            && !visible->allows(r.value(n + 4).toString(), BillingPeriod::fromIndex(r.value(n + 5).toInt())))
            continue;
        Acc *a = nullptr;
        if (allInts) {
            for (int i = 0; i < n; ++i)
                key[std::size_t(i)] = r.value(i).toLongLong();
            a = &byIds[key];
        } else {
            textKey.clear();
            for (int i = 0; i < n; ++i)
                textKey << r.value(i).toString();
            a = &acc[textKey];
        }
        a->rows += r.value(n).toLongLong();
        a->usage += r.value(n + 1).toLongLong();
        a->billable += r.value(n + 2).toLongLong();
        a->pod += r.value(n + 3).toLongLong();
    }
    r.finish();
    for (const auto &[k, v] : byIds) {
        QStringList t;
        for (qint64 id : k)
            t << QString::number(id);
        acc[t] = v;
    }
    // Dictionary ids and numbers to text.
    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 id) -> QString {
        if (id == 0)
            return {};
        const auto it = names.constFind(id);
        if (it != names.cend())
            return it.value();
        auto d = db.exec(QStringLiteral("SELECT value FROM cost_dictionary WHERE id = ?"), {id});
        const QString v = d.ok() && d.value().next() ? d.value().value(0).toString() : QString();
        names.insert(id, v);
        return v;
    };
    const bool hide = !visible->billableVisible();
    QList<CostTotal> out;
    for (const auto &[k, v] : acc) {
        CostTotal t;
        for (int i = 0; i < n; ++i) {
            const CostDimension dim = query.groupBy.at(i);
            if (dim == CostDimension::Period)
                t.keys << BillingPeriod::fromIndex(k.at(i).toInt()).toString();
            else if (dim == CostDimension::Day)
                t.keys << QDate(1970, 1, 1).addDays(k.at(i).toLongLong()).toString(Qt::ISODate);
            else if (dictionaryColumn.at(i))
                t.keys << nameOf(k.at(i).toLongLong());
            else
                t.keys << k.at(i);
        }
        t.rows = v.rows;
        t.usageQuantity = Decimal::fromRaw(v.usage * 100000);
        t.billable = hide ? Decimal() : Decimal::fromRaw(v.billable);
        t.publicOnDemand = Decimal::fromRaw(v.pod);
        out << t;
    }
    std::sort(out.begin(), out.end(), [](const CostTotal &a, const CostTotal &b) { return a.keys < b.keys; });
    return out;
}

QString costFormatKey(CostFormat format)
{
    switch (format) {
    case CostFormat::Auto:
        return QStringLiteral("auto");
    case CostFormat::Cur2:
        return QStringLiteral("cur2");
    case CostFormat::LegacyCur:
        return QStringLiteral("cur");
    case CostFormat::Focus:
        return QStringLiteral("focus");
    }
    return {};
}

std::optional<CostFormat> costFormatFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("auto"))
        return CostFormat::Auto;
    if (k == QLatin1String("cur2"))
        return CostFormat::Cur2;
    if (k == QLatin1String("cur") || k == QLatin1String("cur1") || k == QLatin1String("legacy"))
        return CostFormat::LegacyCur;
    if (k == QLatin1String("focus"))
        return CostFormat::Focus;
    return std::nullopt;
}

QString costFormatDisplayName(CostFormat format)
{
    switch (format) {
    case CostFormat::Auto:
        return ImportService::tr("Automatic");
    case CostFormat::Cur2:
        return ImportService::tr("AWS CUR 2.0");
    case CostFormat::LegacyCur:
        return ImportService::tr("AWS legacy CUR");
    case CostFormat::Focus:
        return ImportService::tr("FOCUS");
    }
    return {};
}

QString costViewKey(CostView view)
{
    return view == CostView::ProForma ? QStringLiteral("proforma") : QStringLiteral("billable");
}

std::optional<CostView> costViewFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("billable"))
        return CostView::Billable;
    if (k == QLatin1String("proforma") || k == QLatin1String("pro-forma"))
        return CostView::ProForma;
    return std::nullopt;
}

} // namespace bd
