#include "ImportsModel.h"

#include "ModelStyle.h"
#include "domain/Currency.h"
#include "services/DirectoryService.h"
#include "services/Services.h"

#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace bd {

ImportsModel::ImportsModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
{
    connect(&services.imports(), &ImportService::importsChanged, this, &ImportsModel::reload);
    connect(&services, &Services::dataChanged, this, &ImportsModel::reload);
    connect(&services, &Services::actingAccountChanged, this, &ImportsModel::reload);
    reload();
}

bool ImportsModel::isVisible(const QString &organizationId, const BillingPeriod &period) const
{
    return m_visibility && m_visibility->allows(organizationId, period);
}

void ImportsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_partial.clear();
    // The service trims every import to what the acting account may see and hides billable amounts in a bill-source
    // context (Services::visibility); on an error nothing is shown and billable stays hidden (fail closed).
    auto visibility = m_services.visibility();
    m_visibility.reset();
    m_error.clear();
    m_billableHidden = !visibility || !visibility->billableVisible();
    auto imports = m_services.imports().imports();
    if (!visibility || !imports) {
        m_error = !visibility ? visibility.error().message : imports.error().message;
        endResetModel();
        return;
    }
    m_visibility = *visibility;
    m_scoped = !visibility->seesEverything();
    for (ImportRecord r : std::as_const(*imports)) {
        if (r.partial) {
            // Rows of the part shown, so that the count matches the totals beside it.
            m_partial.insert(r.id);
            r.rowsImported = 0;
            for (const PayerPeriodTotal &t : std::as_const(r.totals))
                r.rowsImported += t.rows;
        }
        m_rows.append(r);
    }
    endResetModel();
}

int ImportsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int ImportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportsModel::formatAmount(const Decimal &amount, const QString &currencyCode)
{
    const auto currency = Currency::fromCode(currencyCode);
    const int decimals = currency ? currency->exponent() : 2;
    QString text = amount.toFixed(decimals, RoundingMode::HalfUp);
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    const QLocale locale;
    QString grouped;
    const QString separator = locale.groupSeparator();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += separator;
        grouped += whole[i];
    }
    QString result = grouped;
    if (!fraction.isEmpty())
        result += locale.decimalPoint() + fraction;
    if (negative && result.contains(QRegularExpression(QStringLiteral("[1-9]"))))
        result.prepend(QLatin1Char('-'));
    return result;
}

QString ImportsModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString ImportsModel::currencyOf(const ImportRecord &record)
{
    QString currency;
    for (const PayerPeriodTotal &t : record.totals) {
        if (t.currency.isEmpty())
            continue;
        if (currency.isEmpty())
            currency = t.currency;
        else if (currency != t.currency)
            return tr("mixed");
    }
    return currency.isEmpty() ? QStringLiteral("USD") : currency;
}

namespace {
// An exact integer sort key for an amount (raw 10^-11 units); amounts beyond the 64-bit range sort at the ends.
QVariant sortKey(const Decimal &amount)
{
    if (amount.fitsInt64())
        return qlonglong(amount.toInt64Raw());
    return amount.isNegative() ? std::numeric_limits<qlonglong>::min() : std::numeric_limits<qlonglong>::max();
}
} // namespace

QVariant ImportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRecord &r = m_rows.at(index.row());
    const int column = index.column();
    if (role == IdRole)
        return r.id;
    const bool hidden = m_billableHidden || r.billableHidden;
    if (role == Qt::EditRole) { // sort keys
        switch (column) {
        case When:
            return r.wallTime.isValid() ? r.wallTime : r.clockTime;
        case Size:
            return r.fileSize;
        case Rows:
            return r.rowsImported;
        case Billable:
            return hidden ? QVariant() : sortKey(r.billable);
        case PublicOnDemand:
            return sortKey(r.publicOnDemand);
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case When:
            return QLocale().toString(r.clockTime.date(), QStringLiteral("d MMM yyyy"));
        case File:
            return r.fileName;
        case Size:
            return formatBytes(r.fileSize);
        case Sha256:
            return r.sha256.left(8) + QStringLiteral("\u2026");
        case Format:
            return r.formatVersion.isEmpty() ? costFormatDisplayName(r.format) : r.formatVersion;
        case View:
            return r.view == CostView::ProForma ? tr("Pro forma") : tr("Billable");
        case Rows:
            return QLocale().toString(r.rowsImported);
        case Billable:
            return hidden ? tr("hidden") : formatAmount(r.billable, currencyOf(r)) + QLatin1Char(' ') + currencyOf(r);
        case PublicOnDemand:
            return formatAmount(r.publicOnDemand, currencyOf(r)) + QLatin1Char(' ') + currencyOf(r);
        }
    }
    if (role == Qt::TextAlignmentRole
        && (column == Size || column == Rows || column == Billable || column == PublicOnDemand))
        return style::amountAlignment();
    if (role == Qt::FontRole
        && (column == Sha256 || column == Rows || column == Billable || column == PublicOnDemand || column == Size))
        return style::tabularFont();
    if (role == Qt::ForegroundRole) {
        if (column == Billable && hidden)
            return style::mutedTextColor();
        if ((column == Billable && !hidden && r.billable.isNegative())
            || (column == PublicOnDemand && r.publicOnDemand.isNegative()))
            return style::negativeAmountColor();
        if (column == Sha256 || column == Size)
            return style::mutedTextColor();
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case When:
            return tr("Simulated date %1 UTC; imported on %2 UTC by %3")
                .arg(r.clockTime.toString(Qt::ISODate), r.wallTime.toString(Qt::ISODate), r.actor);
        case File:
            return r.path;
        case Sha256:
            return tr("SHA-256 %1").arg(r.sha256);
        case Rows:
            return tr("%1 rows read, %2 imported, %3 rejected, %4 skipped (other providers)")
                .arg(r.rowsRead)
                .arg(r.rowsImported)
                .arg(r.rowsRejected)
                .arg(r.rowsSkipped);
        case Billable:
            return hidden
                ? tr("Billable amounts are not shown to a bill-source organization: its payer sets the price it sees.")
                : tr("Exact total: %1 %2").arg(r.billable.toString(), currencyOf(r));
        case PublicOnDemand:
            return tr("Exact total: %1 %2").arg(r.publicOnDemand.toString(), currencyOf(r));
        default:
            break;
        }
    }
    return {};
}

QVariant ImportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole
        && (section == Size || section == Rows || section == Billable || section == PublicOnDemand))
        return style::amountAlignment();
    if (role == Qt::ForegroundRole && section == Billable)
        return style::billableColor();
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Imported");
    case File:
        return tr("File");
    case Size:
        return tr("Size");
    case Sha256:
        return tr("SHA-256");
    case Format:
        return tr("Format");
    case View:
        return tr("View");
    case Rows:
        return tr("Rows");
    case Billable:
        return tr("Billable (what you pay)");
    case PublicOnDemand:
        return tr("Public on-demand");
    }
    return {};
}

} // namespace bd
