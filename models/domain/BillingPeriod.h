#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace bd {

// A billing period: one calendar month in UTC. Start is inclusive (the 1st, 00:00:00 UTC) and
// the end exclusive (the 1st of the next month), as in FOCUS; lastMoment() is 23:59:59 UTC of the last day.
class BillingPeriod final
{
public:
    BillingPeriod() = default; // invalid
    BillingPeriod(int year, int month);

    static BillingPeriod containing(const QDate &date);
    static BillingPeriod containing(const QDateTime &moment); // in UTC
    // "2026-01" (also accepts "2026-01-01" and an ISO timestamp on the 1st: real exports write those)
    static std::optional<BillingPeriod> fromString(QStringView text);

    bool isValid() const { return m_year > 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int index() const { return m_year * 12 + (m_month - 1); } // months since year 0; for storage and sorting
    static BillingPeriod fromIndex(int index) { return BillingPeriod(index / 12, index % 12 + 1); }

    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    int days() const { return firstDay().daysInMonth(); }
    QDateTime start() const; // 1st 00:00:00 UTC
    QDateTime end() const; // next 1st 00:00:00 UTC (exclusive)
    QDateTime lastMoment() const; // last day 23:59:59 UTC
    bool contains(const QDateTime &moment) const;

    BillingPeriod addMonths(int months) const { return fromIndex(index() + months); }
    BillingPeriod next() const { return addMonths(1); }
    BillingPeriod previous() const { return addMonths(-1); }
    int monthsUntil(const BillingPeriod &other) const { return other.index() - index(); }

    QString toString() const; // "2026-01"
    QString displayName() const; // "January 2026" in the current locale

    friend bool operator==(const BillingPeriod &, const BillingPeriod &) = default;
    friend auto operator<=>(const BillingPeriod &a, const BillingPeriod &b) { return a.index() <=> b.index(); }

private:
    int m_year = 0;
    int m_month = 0;
};

} // namespace bd

Q_DECLARE_METATYPE(bd::BillingPeriod)
