#include "ResponsibilityTransfer.h"

#include <QCoreApplication>
#include <QLocale>

namespace bd {

namespace {
struct StatusName
{
    TransferStatus status;
    const char *name;
};
constexpr StatusName StatusNames[] = {
    {TransferStatus::Requested, "REQUESTED"}, {TransferStatus::Declined, "DECLINED"}, {TransferStatus::Canceled, "CANCELED"},
    {TransferStatus::Expired, "EXPIRED"},     {TransferStatus::Accepted, "ACCEPTED"}, {TransferStatus::Withdrawn, "WITHDRAWN"},
};

QString mediumDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}
} // namespace

QString transferStatusName(TransferStatus status)
{
    for (const auto &s : StatusNames)
        if (s.status == status)
            return QString::fromLatin1(s.name);
    return {};
}

std::optional<TransferStatus> transferStatusFromName(QStringView name)
{
    for (const auto &s : StatusNames)
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.status;
    return std::nullopt;
}

bool ResponsibilityTransfer::inEffectAt(const QDateTime &moment) const
{
    if (status != TransferStatus::Accepted && status != TransferStatus::Withdrawn)
        return false;
    if (moment < start())
        return false;
    return !endPeriod || moment <= end();
}

QString ResponsibilityTransfer::statusText(const QDateTime &now) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ResponsibilityTransfer", text); };
    switch (status) {
    case TransferStatus::Requested:
        return tr("Awaiting response");
    case TransferStatus::Declined:
        return tr("Declined");
    case TransferStatus::Canceled:
        return tr("Canceled");
    case TransferStatus::Expired:
        return tr("Expired");
    case TransferStatus::Accepted:
        if (now < start())
            return tr("Accepted, begins on %1").arg(mediumDate(startPeriod.firstDay()));
        return tr("In effect");
    case TransferStatus::Withdrawn:
        if (endPeriod && now > end())
            return tr("Ended on %1").arg(mediumDate(endPeriod->lastDay()));
        if (endPeriod)
            return tr("Withdrawn, ends on %1").arg(mediumDate(endPeriod->lastDay()));
        return tr("Withdrawn");
    }
    return {};
}

} // namespace bd
