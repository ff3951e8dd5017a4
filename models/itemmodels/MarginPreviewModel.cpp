#include "MarginPreviewModel.h"

#include "ModelStyle.h"
#include "PricingFormat.h"

#include <algorithm>
#include <limits>

namespace bd {

MarginPreviewModel::MarginPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MarginPreviewModel::clear()
{
    setMargin(std::nullopt);
}

void MarginPreviewModel::setMargin(const std::optional<GroupMargin> &margin, const std::optional<GroupMargin> &baseline)
{
    beginResetModel();
    m_margin = margin;
    m_baseline = margin ? baseline : std::nullopt;
    m_rows.clear();
    if (m_margin) {
        m_rows = m_margin->result.byService;
        PricedTotal total;
        total.billable = m_margin->result.billable;
        total.publicOnDemand = m_margin->result.publicOnDemand;
        total.proForma = m_margin->result.proForma;
        m_rows.append(total); // key empty: the Total row
        sortRows();
    }
    endResetModel();
}

std::optional<MarginPreviewModel::Figures> MarginPreviewModel::baselineOf(const QString &service) const
{
    if (!m_baseline)
        return std::nullopt;
    if (service.isEmpty())
        return Figures {m_baseline->result.billable, m_baseline->result.proForma};
    for (const PricedTotal &t : m_baseline->result.byService)
        if (t.key == service)
            return Figures {t.billable, t.proForma};
    return Figures {}; // the service has no figures in the saved pricing
}

int MarginPreviewModel::rowOfService(const QString &service) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].key.isEmpty() && m_rows[i].key == service)
            return i;
    return -1;
}

int MarginPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MarginPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarginPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PricedTotal &t = m_rows.at(index.row());
    const bool total = t.key.isEmpty();
    const bool hidden = m_margin && m_margin->billableHidden;
    const bool billableColumn
        = index.column() == Billable || index.column() == Margin || index.column() == MarginPercent;
    const Decimal margin = t.margin();
    // A share of nothing, or of a credit, says nothing: margin % only where the pro forma is positive.
    const auto percent = t.proForma > Decimal() ? pricingformat::marginPercent(margin, t.proForma) : std::nullopt;
    const auto before = baselineOf(t.key);
    auto changed = [&]() {
        if (!before)
            return false;
        switch (index.column()) {
        case Billable:
            return before->billable != t.billable;
        case ProForma:
            return before->proForma != t.proForma;
        case Margin:
        case MarginPercent:
            return (before->proForma - before->billable) != margin || before->proForma != t.proForma;
        }
        return false;
    };
    switch (role) {
    case ServiceRole:
        return t.key;
    case TotalRowRole:
        return total;
    case ChangedRole:
        return changed();
    case Qt::DisplayRole:
        if (hidden && billableColumn)
            return tr("hidden");
        switch (index.column()) {
        case Service:
            return total ? tr("Total") : t.key;
        case Billable:
            return pricingformat::amount(t.billable);
        case ProForma:
            return pricingformat::amount(t.proForma);
        case Margin:
            return pricingformat::amount(margin);
        case MarginPercent:
            return percent ? pricingformat::percent(percent) : QStringLiteral("\u2014");
        }
        return {};
    case Qt::EditRole:
    case SortRole: {
        auto raw = [](const Decimal &d) { return d.fitsInt64() ? QVariant(qint64(d.toInt64Raw())) : QVariant(); };
        switch (index.column()) {
        case Service:
            return t.key.toCaseFolded();
        case Billable:
            return raw(t.billable);
        case ProForma:
            return raw(t.proForma);
        case Margin:
            return raw(margin);
        case MarginPercent:
            return percent ? raw(*percent) : QVariant(qint64(std::numeric_limits<qint64>::min()));
        }
        return {};
    }
    case Qt::ToolTipRole: {
        if (hidden && billableColumn)
            return tr("Billable amounts are not shown to a bill-source organization.");
        const QString name = total ? tr("Total") : t.key;
        QString tip;
        switch (index.column()) {
        case Service:
            return total ? tr("The billing group's totals, custom line items included.")
                         : tr("%1\nSelect the row to see which rule priced it.").arg(name);
        case Billable:
            tip = (m_margin->costIsPayersProForma ? tr("%1, what you pay (your payer's price): exactly %2 USD")
                                                  : tr("%1, billable (what you pay): exactly %2 USD"))
                      .arg(name, t.billable.toString());
            if (before && changed())
                tip += QLatin1Char('\n') + tr("Saved pricing: %1").arg(pricingformat::money(before->billable));
            return tip;
        case ProForma:
            tip = tr("%1, pro forma (what the customer sees): exactly %2 USD\nPublic on-demand: %3")
                      .arg(name, t.proForma.toString(), pricingformat::money(t.publicOnDemand));
            if (before && changed())
                tip += QLatin1Char('\n')
                    + tr("Saved pricing: %1 (this edit: %2)")
                          .arg(pricingformat::money(before->proForma),
                               pricingformat::money(t.proForma - before->proForma));
            return tip;
        case Margin:
        case MarginPercent:
            tip = tr("%1, margin: exactly %2 USD (%3 of pro forma)")
                      .arg(name, margin.toString(), percent ? pricingformat::percent(percent) : tr("no pro forma"));
            if (before && changed())
                tip += QLatin1Char('\n')
                    + tr("Saved pricing: %1").arg(pricingformat::money(before->proForma - before->billable));
            return tip;
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return index.column() == Service ? QVariant() : style::amountAlignment();
    case Qt::FontRole: {
        const bool bold = total || changed();
        if (index.column() == Service && !bold)
            return {};
        QFont f = index.column() == Service ? QFont() : style::tabularFont();
        f.setBold(bold);
        return f;
    }
    case Qt::ForegroundRole:
        if (hidden && billableColumn)
            return style::mutedTextColor();
        if ((index.column() == Margin || index.column() == MarginPercent) && margin.isNegative())
            return style::negativeAmountColor();
        if (index.column() == Billable && t.billable.isNegative())
            return style::negativeAmountColor();
        if (index.column() == ProForma && t.proForma.isNegative())
            return style::negativeAmountColor();
        return {};
    case Qt::BackgroundRole:
        if (total)
            return style::panelColor();
        if (changed())
            return QColor(0xff, 0xf6, 0xdc); // a pale amber wash: this cell moves with the edit
        return {};
    default:
        return {};
    }
}

QVariant MarginPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Service ? QVariant(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter))
                                  : style::amountAlignment();
    if (role == Qt::ForegroundRole) {
        switch (section) {
        case Billable:
            return style::billableColor().darker(115);
        case ProForma:
            return style::proFormaColor().darker(140);
        case Margin:
        case MarginPercent:
            return style::marginColor().darker(115);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Billable:
            return m_margin && m_margin->costIsPayersProForma
                ? tr("What you pay for these services: the pro forma price your own payer sets (USD), not what AWS "
                     "charges.")
                : tr("What AWS charges you for these services (USD).");
        case ProForma:
            return tr("What your customer sees: public on-demand prices under your pricing plan, with custom line "
                      "items (USD).");
        case Margin:
            return tr("Pro forma minus billable (USD).");
        case MarginPercent:
            return tr("Margin as a share of pro forma.");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case Billable:
        // The middle of a chain pays the price set above it, not AWS's: the header says which figure it is.
        return m_margin && m_margin->costIsPayersProForma ? tr("What you pay\n(your payer's price)")
                                                          : tr("Billable\n(what you pay)");
    case ProForma:
        return tr("Pro forma\n(what the customer sees)");
    case Margin:
        return tr("Margin\nUSD");
    case MarginPercent:
        return tr("Margin\n%");
    }
    return {};
}

void MarginPreviewModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_rows.size() < 3)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> keys;
    for (const QModelIndex &i : before)
        keys << m_rows.at(i.row()).key;
    sortRows();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        int row = -1;
        for (int r = 0; r < m_rows.size(); ++r)
            if (m_rows[r].key == keys.at(i))
                row = r;
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MarginPreviewModel::sortRows()
{
    if (m_rows.size() < 2)
        return;
    const PricedTotal total = m_rows.takeLast();
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    auto value = [column](const PricedTotal &t) -> Decimal {
        switch (column) {
        case Billable:
            return t.billable;
        case ProForma:
            return t.proForma;
        case Margin:
            return t.margin();
        case MarginPercent:
            return pricingformat::marginPercent(t.margin(), t.proForma).value_or(Decimal::fromInt(-1'000'000'000));
        }
        return {};
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const PricedTotal &a, const PricedTotal &b) {
        if (column <= Service) {
            const int byName = a.key.compare(b.key, Qt::CaseInsensitive);
            return descending ? byName > 0 : byName < 0;
        }
        const Decimal va = value(a), vb = value(b);
        if (va == vb)
            return a.key.compare(b.key, Qt::CaseInsensitive) < 0;
        return descending ? vb < va : va < vb;
    });
    m_rows.append(total);
}

} // namespace bd
