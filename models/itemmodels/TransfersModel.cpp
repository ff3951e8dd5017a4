#include "TransfersModel.h"

#include "ModelStyle.h"
#include "services/DirectoryService.h"
#include "services/Services.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace bd {

namespace transferstate {

QColor color(TransferState state)
{
    switch (state) {
    case TransferState::Awaiting:
        return QColor(0xc7, 0x7c, 0x02); // amber
    case TransferState::Accepted:
        return QColor(0x1f, 0x6f, 0xc5); // blue
    case TransferState::InEffect:
        return QColor(0x2e, 0x8b, 0x57); // green
    case TransferState::Withdrawn:
        return QColor(0x5b, 0x7a, 0x99); // grey-blue
    case TransferState::Ended:
    case TransferState::Declined:
    case TransferState::Canceled:
    case TransferState::Expired:
        return QColor(0x8a, 0x8f, 0x96); // grey
    }
    return QColor(0x8a, 0x8f, 0x96);
}

QString label(TransferState state)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("TransfersModel", text); };
    switch (state) {
    case TransferState::Awaiting:
        return tr("Awaiting response");
    case TransferState::Accepted:
        return tr("Accepted");
    case TransferState::InEffect:
        return tr("In effect");
    case TransferState::Withdrawn:
        return tr("Withdrawn");
    case TransferState::Ended:
        return tr("Ended");
    case TransferState::Declined:
        return tr("Declined");
    case TransferState::Canceled:
        return tr("Canceled");
    case TransferState::Expired:
        return tr("Expired");
    }
    return {};
}

} // namespace transferstate

namespace transferformat {

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString utcMoment(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime utc = moment.toUTC();
    return QStringLiteral("%1, %2 UTC").arg(date(utc.date()), utc.time().toString(QStringLiteral("HH:mm")));
}

QString pricingPlan(const QString &plan)
{
    if (plan.isEmpty())
        return QCoreApplication::translate("TransfersModel", "Not configured");
    if (plan == QLatin1String("BasicPricingPlan"))
        return QCoreApplication::translate("TransfersModel", "Basic pricing plan (AWS-managed)");
    if (plan == QLatin1String("Passthrough"))
        return QCoreApplication::translate("TransfersModel", "Passthrough (AWS-managed)");
    return plan;
}

QString pricingPlanShort(const QString &plan)
{
    if (plan == QLatin1String("BasicPricingPlan"))
        return QCoreApplication::translate("TransfersModel", "Basic (AWS-managed)");
    if (plan == QLatin1String("Passthrough"))
        return QCoreApplication::translate("TransfersModel", "Passthrough (AWS-managed)");
    return pricingPlan(plan);
}

QString timeLeft(const QDateTime &now, const QDateTime &due)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("TransfersModel", text); };
    const qint64 secs = now.secsTo(due);
    if (secs <= 0)
        return tr("passed");
    if (secs < 3600)
        return tr("in less than an hour");
    if (secs < 48 * 3600) {
        const qint64 h = secs / 3600;
        return h == 1 ? tr("in 1 hour") : tr("in %1 hours").arg(h);
    }
    const qint64 d = secs / 86400;
    return tr("in %1 days").arg(d);
}

QString hours(int count)
{
    return count == 1 ? QCoreApplication::translate("TransfersModel", "1 hour")
                      : QCoreApplication::translate("TransfersModel", "%1 hours").arg(count);
}

} // namespace transferformat

TransfersModel::TransfersModel(Services &services, Direction direction, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_direction(direction)
{
    connect(&services.transfers(), &TransferService::changed, this, &TransfersModel::reload);
    connect(&services, &Services::dataChanged, this, &TransfersModel::reload);
    connect(&services, &Services::actingAccountChanged, this, &TransfersModel::reload);
    reload();
}

void TransfersModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QString acting = m_services.actingAccountId();
    m_administrator = acting.isEmpty();
    TransferService &service = m_services.transfers();
    QList<ResponsibilityTransfer> transfers;
    // On a storage error the table stays empty (never someone else's transfers); the tab says why.
    Result<QList<ResponsibilityTransfer>> loaded = acting.isEmpty()
        ? (m_direction == Direction::Inbound ? service.visible() : Result<QList<ResponsibilityTransfer>>(QList<ResponsibilityTransfer>()))
        : (m_direction == Direction::Inbound ? service.inbound(acting) : service.outbound(acting));
    m_error = loaded ? QString() : loaded.error().message;
    if (loaded)
        transfers = *loaded;
    const QDateTime now = m_services.now();
    DirectoryService &dir = m_services.directory();
    for (const ResponsibilityTransfer &t : std::as_const(transfers)) {
        Row row;
        row.transfer = t;
        row.state = t.stateAt(now);
        row.statusText = t.statusText(now);
        // The other party: the bill source for the payer (and the administrator), the payer for the bill source.
        const bool otherIsSource = m_direction == Direction::Inbound;
        row.otherOrganization = otherIsSource ? t.sourceOrganizationId : t.targetOrganizationId;
        row.otherAccount = otherIsSource ? t.sourceManagementAccountId : t.targetManagementAccountId;
        const auto org = dir.organization(row.otherOrganization);
        row.otherName = org ? org->name : row.otherOrganization;
        if (acting.isEmpty()) {
            const auto payer = dir.organization(t.targetOrganizationId);
            row.payerName = payer ? payer->name : t.targetOrganizationId;
        }
        m_rows.append(row);
    }
    endResetModel();
}

int TransfersModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].transfer.id == id)
            return i;
    return -1;
}

QMap<TransferState, int> TransfersModel::counts() const
{
    QMap<TransferState, int> counts;
    for (const Row &row : m_rows)
        ++counts[row.state];
    return counts;
}

QList<TransfersModel::CountEntry> TransfersModel::countEntries() const
{
    const QDateTime now = m_services.now();
    QMap<TransferState, int> c;
    int ending = 0; // withdrawn, still in effect until the end of their end month
    QDate lastEnd;
    for (const Row &row : m_rows) {
        if (row.state == TransferState::Withdrawn && row.transfer.inEffectAt(now)) {
            ++ending;
            lastEnd = std::max(lastEnd, row.transfer.endPeriod->lastDay());
            ++c[TransferState::InEffect];
            continue;
        }
        ++c[row.state];
    }
    bool sameEnd = true;
    for (const Row &row : m_rows)
        if (row.state == TransferState::Withdrawn && row.transfer.inEffectAt(now))
            sameEnd = sameEnd && row.transfer.endPeriod->lastDay() == lastEnd;
    QList<CountEntry> entries;
    for (TransferState s : transferstate::all()) {
        const int n = c.value(s);
        if (n == 0)
            continue;
        const QString number = QLocale().toString(n);
        QString text;
        switch (s) {
        case TransferState::Awaiting:
            text = tr("%1 awaiting response").arg(number);
            break;
        case TransferState::Accepted:
            text = tr("%1 accepted").arg(number);
            break;
        case TransferState::InEffect:
            if (ending == 0)
                text = tr("%1 in effect").arg(number);
            else if (sameEnd)
                text = tr("%1 in effect (%2 ending on %3)")
                           .arg(number, QLocale().toString(ending), transferformat::date(lastEnd));
            else
                text = tr("%1 in effect (%2 ending by %3)")
                           .arg(number, QLocale().toString(ending), transferformat::date(lastEnd));
            break;
        case TransferState::Withdrawn:
            text = tr("%1 withdrawn, not in effect").arg(number);
            break;
        case TransferState::Ended:
            text = tr("%1 ended").arg(number);
            break;
        case TransferState::Declined:
            text = tr("%1 declined").arg(number);
            break;
        case TransferState::Canceled:
            text = tr("%1 canceled").arg(number);
            break;
        case TransferState::Expired:
            text = tr("%1 expired").arg(number);
            break;
        }
        entries.append({s, n, text});
    }
    return entries;
}

QString TransfersModel::countsSummary() const
{
    QStringList parts;
    for (const CountEntry &e : countEntries())
        parts << e.text;
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(" \u00b7 "));
}

int TransfersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransfersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransfersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ResponsibilityTransfer &t = row.transfer;
    switch (role) {
    case IdRole:
        return t.id;
    case StatusColorRole:
        return transferstate::color(row.state);
    case StateRole:
        return int(row.state);
    case StateKeyRole:
        return transferstate::key(row.state);
    case OtherOrganizationRole:
        return row.otherOrganization;
    case SecondaryTextRole:
        if (index.column() == Name)
            return t.id;
        if (index.column() == OtherParty)
            return m_administrator ? tr("%1 \u2192 %2").arg(row.otherAccount, row.payerName) : row.otherAccount;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return t.name;
        case OtherParty:
            return row.otherName;
        case Status:
            return row.statusText;
        case Start:
            return transferformat::date(t.startPeriod.firstDay());
        case End:
            return t.endPeriod ? transferformat::date(t.endPeriod->lastDay()) : QStringLiteral("\u2014");
        case Pricing:
            return transferformat::pricingPlanShort(t.pricingPlan);
        }
        break;
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return t.name.toCaseFolded();
        case OtherParty:
            return row.otherName.toCaseFolded();
        case Status:
            // By state (what needs action first), then by start date within a state.
            return QStringLiteral("%1-%2").arg(int(row.state)).arg(t.startPeriod.index(), 6, 10, QLatin1Char('0'));
        case Start:
            return t.startPeriod.firstDay();
        case End:
            // Open-ended transfers sort after every dated end.
            return t.endPeriod ? t.endPeriod->lastDay() : QDate(9999, 12, 31);
        case Pricing:
            return transferformat::pricingPlan(t.pricingPlan).toCaseFolded();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return t.notes.isEmpty() ? tr("%1\n%2").arg(t.name, t.id) : tr("%1\n%2\n\n%3").arg(t.name, t.id, t.notes);
        case OtherParty:
            return tr("%1\nOrganization %2, management account %3")
                .arg(row.otherName, row.otherOrganization, row.otherAccount);
        case Status:
            return tr("%1 (status %2)").arg(row.statusText, transferStatusName(t.status));
        case Start:
            return tr("Starts %1").arg(transferformat::utcMoment(t.start()));
        case Pricing:
            return t.pricingPlan.isEmpty()
                ? tr("No pricing configuration: the billing group cannot price the usage of this organization yet.")
                : tr("%1\n%2").arg(transferformat::pricingPlanShort(t.pricingPlan),
                                   transferformat::pricingPlan(t.pricingPlan));
        case End:
            return t.endPeriod ? tr("Ends %1").arg(
                       QStringLiteral("%1, 23:59:59 UTC").arg(transferformat::date(t.endPeriod->lastDay())))
                               : tr("Open-ended: runs until either side withdraws.");
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == End && !t.endPeriod)
            return style::mutedTextColor();
        if (!transferstate::isOpen(row.state) && index.column() != Status)
            return style::mutedTextColor();
        if (index.column() == Pricing && t.pricingPlan.isEmpty())
            return QColor(0xb7, 0x3a, 0x3a);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Start || index.column() == End)
            return style::amountAlignment();
        break;
    default:
        break;
    }
    return {};
}

QVariant TransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Start || section == End))
        return style::amountAlignment();
    if (role == Qt::ToolTipRole && section == Pricing)
        return tr("The pricing configuration of the bill source's billing group (TRANSFER_BILLING)");
    if (role == Qt::ToolTipRole && section == End)
        return tr("The last day the payer pays for (23:59:59 UTC); \u2014 while the transfer runs until withdrawn");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case OtherParty:
        if (m_administrator && m_direction == Direction::Inbound)
            return tr("Bill source \u2192 payer");
        return m_direction == Direction::Inbound ? tr("Bill source") : tr("Paid by");
    case Status:
        return tr("Status");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Pricing:
        return tr("Pricing");
    }
    return {};
}

AttentionModel::AttentionModel(Services &services, QObject *parent)
    : QAbstractListModel(parent)
    , m_services(services)
{
    connect(&services.transfers(), &TransferService::changed, this, &AttentionModel::reload);
    connect(&services, &Services::dataChanged, this, &AttentionModel::reload);
    connect(&services, &Services::actingAccountChanged, this, &AttentionModel::reload);
    reload();
}

void AttentionModel::reload()
{
    beginResetModel();
    m_items = m_services.transfers().attention(m_services.actingAccountId());
    // Soonest deadline first; items without a deadline after those with one, in the service's order.
    std::stable_sort(m_items.begin(), m_items.end(), [](const AttentionItem &a, const AttentionItem &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due.isValid() && a.due < b.due;
    });
    endResetModel();
    Q_EMIT attentionChanged(int(m_items.size()), summary());
}

QString AttentionModel::summary() const
{
    QStringList lines;
    for (const AttentionItem &item : m_items)
        lines << item.title;
    return lines.join(QLatin1Char('\n'));
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttentionItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.title;
    case Qt::ToolTipRole:
        return item.due.isValid()
            ? tr("%1\nDue %2. Double-click to open it.").arg(item.title, transferformat::utcMoment(item.due))
            : tr("%1\nDouble-click to open it.").arg(item.title);
    case KindRole:
        return int(item.kind);
    case DueRole:
        return item.due;
    case EntityTypeRole:
        return item.entityType;
    case EntityIdRole:
        return item.entityId;
    case UrgencyColorRole: {
        switch (item.kind) {
        case AttentionItem::Kind::AwaitingYourResponse:
        case AttentionItem::Kind::AboutToExpire:
            return transferstate::color(TransferState::Awaiting);
        case AttentionItem::Kind::StartsThisMonth:
            return transferstate::color(TransferState::Accepted);
        case AttentionItem::Kind::EndsThisMonth:
            return transferstate::color(TransferState::Withdrawn);
        case AttentionItem::Kind::NoPricingConfigured:
            return QColor(0xb7, 0x3a, 0x3a);
        case AttentionItem::Kind::Other:
            break;
        }
        return style::mutedTextColor();
    }
    default:
        break;
    }
    return {};
}

} // namespace bd
