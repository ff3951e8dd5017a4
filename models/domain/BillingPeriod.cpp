#include "BillingPeriod.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace bd {

BillingPeriod::BillingPeriod(int year, int month)
{
    if (year >= 1 && year <= 9999 && month >= 1 && month <= 12) {
        m_year = year;
        m_month = month;
    }
}

BillingPeriod BillingPeriod::containing(const QDate &date)
{
    return date.isValid() ? BillingPeriod(date.year(), date.month()) : BillingPeriod();
}

BillingPeriod BillingPeriod::containing(const QDateTime &moment)
{
    return containing(moment.toUTC().date());
}

std::optional<BillingPeriod> BillingPeriod::fromString(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})(?:-01(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?)?$)"));
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    BillingPeriod p(match.captured(1).toInt(), match.captured(2).toInt());
    if (!p.isValid())
        return std::nullopt;
    return p;
}

QDateTime BillingPeriod::start() const
{
    return QDateTime(firstDay(), QTime(0, 0), QTimeZone::utc());
}

QDateTime BillingPeriod::end() const
{
    return next().start();
}

QDateTime BillingPeriod::lastMoment() const
{
    return QDateTime(lastDay(), QTime(23, 59, 59), QTimeZone::utc());
}

bool BillingPeriod::contains(const QDateTime &moment) const
{
    return containing(moment) == *this;
}

QString BillingPeriod::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

QString BillingPeriod::displayName() const
{
    if (!isValid())
        return {};
    return QLocale().toString(firstDay(), QStringLiteral("MMMM yyyy"));
}

} // namespace bd
