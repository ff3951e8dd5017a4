#include "SqliteStorage.h"

#include "storage/CostDataStore.h"
#include "storage/CostImporter.h"
#include "storage/Database.h"

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

int viewValue(CostView view)
{
    return view == CostView::ProForma ? 1 : 0;
}

Result<QList<qint64>> ids(Result<QSqlQuery> q)
{
    if (!q.ok())
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out << q.value().value(0).toLongLong();
    return out;
}

Result<int> count(Result<QSqlQuery> q)
{
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

// The bulk writer of one import: CostImporter over the raw sqlite3 handle of the connection.
class SqliteCostImportSession final : public CostImportSession
{
public:
    SqliteCostImportSession(Database &db, qint64 importId)
        : m_db(db)
        , m_importId(importId)
        , m_importer(db)
    {
    }

    qint64 importId() const override { return m_importId; }

    Status load(const ImportOptions &options, const ImportProgress &progress, ImportReport &report) override
    {
        return m_importer.load(options, m_importId, progress, report);
    }

    QList<ImportedPayer> payers() const override { return m_importer.payers(); }

    Status writeRollups(CostView view, const QHash<QString, QString> &organizationByPayer) override
    {
        return m_importer.writeRollups(m_importId, view, organizationByPayer);
    }

    Status finish(const ImportReport &report) override
    {
        for (const PayerPeriodTotal &t : std::as_const(report.totals)) {
            auto q = m_db.exec(
                QStringLiteral("INSERT INTO cost_import_periods (import_id, payer_account_id, organization_id, period, "
                               "view, currency, rows, billable, public_on_demand) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {m_importId, t.payerAccountId, t.organizationId, t.period.index(), viewValue(report.view), t.currency,
                 t.rows, qint64(t.billable.toInt64Raw()), qint64(t.publicOnDemand.toInt64Raw())});
            if (!q.ok())
                return q.error();
        }
        const qint64 first = m_importer.firstLineItem();
        const qint64 last = m_importer.lastLineItem();
        auto update = m_db.exec(
            QStringLiteral("UPDATE cost_imports SET sha256 = ?, format = ?, format_version = ?, rows_read = ?, "
                           "rows_imported = ?, rows_rejected = ?, rows_skipped = ?, billable = ?, "
                           "public_on_demand = ?, rounding_residue = ?, warnings = ?, first_line_item = ?, "
                           "last_line_item = ? WHERE id = ?"),
            {report.sha256, costFormatKey(report.format), report.formatVersion, report.rowsRead, report.rowsImported,
             report.rowsRejected, report.rowsSkipped, qint64(report.billableTotal.toInt64Raw()),
             qint64(report.publicOnDemandTotal.toInt64Raw()), report.roundingResidueText,
             Database::text(report.warnings.join(QLatin1Char('\n'))), first ? QVariant(first) : QVariant(),
             last ? QVariant(last) : QVariant(), m_importId});
        if (!update.ok())
            return update.error();
        return {};
    }

private:
    Database &m_db;
    qint64 m_importId;
    CostImporter m_importer;
};

// The rollup table and column of a dimension; dictionary columns hold cost_dictionary ids.
struct RollupColumn
{
    QString name;
    bool dictionary = true;
};

RollupColumn rollupColumn(CostDimension dim)
{
    switch (dim) {
    case CostDimension::Organization:
        return {QStringLiteral("organization_id"), false};
    case CostDimension::Payer:
        return {QStringLiteral("payer")};
    case CostDimension::Account:
        return {QStringLiteral("account")};
    case CostDimension::Period:
        return {QStringLiteral("period"), false};
    case CostDimension::Day:
        return {QStringLiteral("day"), false};
    case CostDimension::Service:
        return {QStringLiteral("service")};
    case CostDimension::ServiceName:
        return {QStringLiteral("service_name")};
    case CostDimension::UsageType:
        return {QStringLiteral("usage_type")};
    case CostDimension::Operation:
        return {QStringLiteral("operation")};
    case CostDimension::Region:
        return {QStringLiteral("region")};
    case CostDimension::LineItemType:
        return {QStringLiteral("line_item_type")};
    case CostDimension::BillingEntity:
        return {QStringLiteral("billing_entity")};
    case CostDimension::InvoicingEntity:
        return {QStringLiteral("invoicing_entity")};
    case CostDimension::Currency:
        return {QStringLiteral("currency")};
    case CostDimension::TaxType:
        return {QStringLiteral("tax_type")};
    }
    return {};
}

QString rollupTable(const QList<CostDimension> &groupBy)
{
    bool daily = false, detail = false;
    for (CostDimension dim : groupBy) {
        daily = daily || dim == CostDimension::Day;
        detail = detail || dim == CostDimension::UsageType || dim == CostDimension::Operation
            || dim == CostDimension::Region || dim == CostDimension::ServiceName;
    }
    return daily ? QStringLiteral("cost_rollup_daily")
                 : (detail ? QStringLiteral("cost_rollup_detail") : QStringLiteral("cost_rollup_summary"));
}

class SqliteCostDataStore final : public CostDataStore
{
public:
    explicit SqliteCostDataStore(Database &db)
        : m_db(db)
    {
    }

    Result<std::unique_ptr<CostImportSession>> startImport(const ImportRecord &r) override
    {
        auto placeholder = m_db.exec(
            QStringLiteral("INSERT INTO cost_imports (file_name, path, file_size, sha256, format, "
                           "format_version, view, clock_time, wall_time, actor, rows_read, rows_imported, "
                           "rows_rejected, rows_skipped, billable, public_on_demand) VALUES "
                           "(?, ?, ?, '', '', '', ?, ?, ?, ?, 0, 0, 0, 0, 0, 0)"),
            {r.fileName, r.path, r.fileSize, viewValue(r.view), isoUtc(r.clockTime), isoUtc(r.wallTime), r.actor});
        if (!placeholder.ok())
            return placeholder.error();
        const qint64 importId = placeholder.value().lastInsertId().toLongLong();
        placeholder.value().finish();
        return std::unique_ptr<CostImportSession>(std::make_unique<SqliteCostImportSession>(m_db, importId));
    }

    Result<QList<std::pair<qint64, QString>>> hashesOfSize(qint64 fileSize) const override
    {
        auto q = m_db.exec(QStringLiteral("SELECT id, sha256 FROM cost_imports WHERE file_size = ?"), {fileSize});
        if (!q.ok())
            return q.error();
        QList<std::pair<qint64, QString>> out;
        while (q.value().next())
            out.append({q.value().value(0).toLongLong(), q.value().value(1).toString()});
        return out;
    }

    Result<QList<qint64>> importsWithSha256(const QString &sha256, qint64 exceptImportId) const override
    {
        return ids(m_db.exec(QStringLiteral("SELECT id FROM cost_imports WHERE sha256 = ? AND id <> ?"),
                             {sha256, exceptImportId}));
    }

    Result<QList<qint64>> importsHolding(const QString &payerAccountId, const BillingPeriod &period, CostView view,
                                         qint64 exceptImportId) const override
    {
        return ids(m_db.exec(
            QStringLiteral("SELECT DISTINCT import_id FROM cost_import_periods WHERE payer_account_id = ? AND "
                           "period = ? AND view = ? AND import_id <> ?"),
            {payerAccountId, period.index(), viewValue(view), exceptImportId}));
    }

    Result<QList<ImportRecord>> imports() const override
    {
        QList<ImportRecord> out;
        auto q = m_db.exec(
            QStringLiteral("SELECT id, file_name, path, file_size, sha256, format, format_version, view, clock_time, "
                           "wall_time, actor, rows_read, rows_imported, rows_rejected, rows_skipped, billable, "
                           "public_on_demand FROM cost_imports ORDER BY id DESC"));
        if (!q.ok())
            return q.error();
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
            rec.billable = fromRawInt(r.value(15));
            rec.publicOnDemand = fromRawInt(r.value(16));
            out << rec;
        }
        r.finish();
        auto p = m_db.exec(
            QStringLiteral("SELECT import_id, payer_account_id, organization_id, period, currency, rows, billable, "
                           "public_on_demand FROM cost_import_periods ORDER BY import_id, payer_account_id, period"));
        if (!p.ok())
            return p.error();
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
            t.billable = fromRawInt(p.value().value(6));
            t.publicOnDemand = fromRawInt(p.value().value(7));
            out[index.value(id)].totals << t;
        }
        return out;
    }

    Result<QStringList> organizationsOfImport(qint64 importId) const override
    {
        auto q = m_db.exec(
            QStringLiteral("SELECT DISTINCT organization_id FROM cost_import_periods WHERE import_id = ?"), {importId});
        if (!q.ok())
            return q.error();
        QStringList out;
        while (q.value().next())
            out << q.value().value(0).toString();
        return out;
    }

    Status removeImport(qint64 id) override
    {
        auto range
            = m_db.exec(QStringLiteral("SELECT first_line_item, last_line_item FROM cost_imports WHERE id = ?"), {id});
        if (!range.ok())
            return range.error();
        if (!range.value().next())
            return {};
        const QVariant first = range.value().value(0);
        const QVariant last = range.value().value(1);
        range.value().finish();
        if (!first.isNull()) {
            if (auto q
                = m_db.exec(QStringLiteral("DELETE FROM cost_line_items WHERE rowid BETWEEN ? AND ? AND import_id = ?"),
                            {first, last, id});
                !q.ok())
                return q.error();
        }
        for (const char *table :
             {"cost_rollup_summary", "cost_rollup_detail", "cost_rollup_daily", "cost_import_periods"}) {
            if (auto q
                = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE import_id = ?").arg(QLatin1String(table)), {id});
                !q.ok())
                return q.error();
        }
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM cost_imports WHERE id = ?"), {id}); !q.ok())
            return q.error();
        return {};
    }

    Result<qint64> lineItemCount(qint64 importId) const override
    {
        auto q = importId == 0
            ? m_db.exec(QStringLiteral("SELECT count(*) FROM cost_line_items"))
            : m_db.exec(QStringLiteral("SELECT count(*) FROM cost_line_items WHERE import_id = ?"), {importId});
        if (!q.ok())
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
    }

    Result<int> importCountForOrganization(const QString &organizationId) const override
    {
        return count(m_db.exec(
            QStringLiteral("SELECT count(DISTINCT import_id) FROM cost_import_periods WHERE organization_id = ?"),
            {organizationId}));
    }

    Result<int> importCountForPayer(const QString &accountId) const override
    {
        return count(m_db.exec(
            QStringLiteral("SELECT count(DISTINCT import_id) FROM cost_import_periods WHERE payer_account_id = ?"),
            {accountId}));
    }

    Result<bool> accountHasCostData(const QString &accountId) const override
    {
        auto q = m_db.exec(QStringLiteral("SELECT 1 FROM cost_rollup_summary s JOIN cost_dictionary d ON d.id = "
                                          "s.account WHERE d.value = ? LIMIT 1"),
                           {accountId});
        if (!q.ok())
            return q.error();
        return q.value().next();
    }

    Result<QList<CostRollupSums>> rollupSums(const CostQuery &query) const override
    {
        QList<RollupColumn> columns;
        for (CostDimension dim : query.groupBy)
            columns << rollupColumn(dim);
        auto q = selectRollups(query, columns);
        if (!q.ok())
            return q.error();
        auto sums = sumByKey(q.value(), columns);
        if (!sums.ok())
            return sums.error();
        return toText(sums.value(), query.groupBy, columns);
    }

private:
    struct Sums
    {
        qint64 rows = 0;
        Int128 usage = 0, billable = 0, publicOnDemand = 0;
    };
    // Keys: the group-by columns (dictionary ids, periods, days; an organization as its index in organizations),
    // then the organization's index and the period.
    struct Grouped
    {
        std::map<std::vector<qint64>, Sums> sums;
        QStringList organizations;
    };

    Result<QSqlQuery> selectRollups(const CostQuery &query, const QList<RollupColumn> &columns) const
    {
        QStringList names;
        for (const RollupColumn &c : columns)
            names << c.name;
        QString sql = QStringLiteral(
                          "SELECT %1rows, usage_quantity, billable, public_on_demand, organization_id, period FROM %2 "
                          "WHERE view = ?")
                          .arg(names.isEmpty() ? QString() : names.join(QStringLiteral(", ")) + QStringLiteral(", "),
                               rollupTable(query.groupBy));
        QVariantList bind {viewValue(query.view)};
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
        return m_db.exec(sql, bind);
    }

    // Adds up the rows in 128 bits (never SUM(): a sum of 64-bit amounts may overflow).
    Result<Grouped> sumByKey(QSqlQuery &r, const QList<RollupColumn> &columns) const
    {
        Grouped g;
        QHash<QString, qint64> organizationIndex;
        const auto indexOf = [&](const QString &organizationId) {
            auto it = organizationIndex.constFind(organizationId);
            if (it == organizationIndex.cend()) {
                it = organizationIndex.insert(organizationId, g.organizations.size());
                g.organizations << organizationId;
            }
            return it.value();
        };
        const int n = int(columns.size());
        std::vector<qint64> key(std::size_t(n) + 2, 0);
        while (r.next()) {
            for (int i = 0; i < n; ++i)
                key[std::size_t(i)] = columns.at(i).name == QLatin1String("organization_id")
                    ? indexOf(r.value(i).toString())
                    : r.value(i).toLongLong();
            key[std::size_t(n)] = indexOf(r.value(n + 4).toString());
            key[std::size_t(n) + 1] = r.value(n + 5).toLongLong();
            Sums &s = g.sums[key];
            s.rows += r.value(n).toLongLong();
            s.usage += r.value(n + 1).toLongLong();
            s.billable += r.value(n + 2).toLongLong();
            s.publicOnDemand += r.value(n + 3).toLongLong();
        }
        if (r.lastError().isValid())
            return m_db.sqlError(r);
        r.finish();
        return g;
    }

    // Dictionary ids, periods and days to text.
    Result<QList<CostRollupSums>> toText(const Grouped &g, const QList<CostDimension> &groupBy,
                                         const QList<RollupColumn> &columns) const
    {
        QHash<qint64, QString> names;
        std::optional<Error> failed;
        const auto nameOf = [&](qint64 id) -> QString {
            if (id == 0)
                return {};
            const auto it = names.constFind(id);
            if (it != names.cend())
                return it.value();
            auto d = m_db.exec(QStringLiteral("SELECT value FROM cost_dictionary WHERE id = ?"), {id});
            if (!d.ok())
                failed = d.error();
            const QString v = d.ok() && d.value().next() ? d.value().value(0).toString() : QString();
            names.insert(id, v);
            return v;
        };
        QList<CostRollupSums> out;
        const int n = int(groupBy.size());
        for (const auto &[k, v] : g.sums) {
            CostRollupSums t;
            for (int i = 0; i < n; ++i) {
                const qint64 value = k.at(std::size_t(i));
                const CostDimension dim = groupBy.at(i);
                if (dim == CostDimension::Period)
                    t.keys << BillingPeriod::fromIndex(int(value)).toString();
                else if (dim == CostDimension::Day)
                    t.keys << QDate(1970, 1, 1).addDays(value).toString(Qt::ISODate);
                else if (dim == CostDimension::Organization)
                    t.keys << g.organizations.at(value);
                else if (columns.at(i).dictionary)
                    t.keys << nameOf(value);
                else
                    t.keys << QString::number(value);
            }
            if (failed)
                return *failed;
            t.organizationId = g.organizations.at(k.at(std::size_t(n)));
            t.period = BillingPeriod::fromIndex(int(k.at(std::size_t(n) + 1)));
            t.rows = v.rows;
            t.usageQuantity = Decimal::fromRaw(v.usage * 100000);
            t.billable = Decimal::fromRaw(v.billable);
            t.publicOnDemand = Decimal::fromRaw(v.publicOnDemand);
            out << t;
        }
        return out;
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<CostDataStore> makeSqliteCostDataStore(Database &db)
{
    return std::make_unique<SqliteCostDataStore>(db);
}

} // namespace bd
