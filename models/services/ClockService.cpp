#include "ClockService.h"

#include "Services.h"
#include "domain/Vocabulary.h"
#include "storage/SettingsStore.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace bd {

namespace {
const QString &ClockKey = SettingKeys::ClockNow;
}

ClockService::ClockService(Services &services)
    : m_services(services)
{
}

QDateTime ClockService::parseMoment(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone::utc()); // no offset given: UTC, as AWS's rules are
    return t.toUTC();
}

QDateTime ClockService::now() const
{
    if (m_override.isValid())
        return m_override;
    const QString stored = m_services.storage().settings().valueOr(ClockKey);
    if (!stored.isEmpty()) {
        const QDateTime t = parseMoment(stored);
        if (t.isValid())
            return t;
    }
    QDateTime real = QDateTime::currentDateTimeUtc();
    real.setTime(QTime(real.time().hour(), real.time().minute(), real.time().second()));
    return real;
}

bool ClockService::isSimulated() const
{
    return m_override.isValid() || !m_services.storage().settings().valueOr(ClockKey).isEmpty();
}

void ClockService::setOverride(const QDateTime &moment)
{
    m_override = moment.toUTC();
}

Status ClockService::store(const QDateTime &moment, bool allowBackwards)
{
    if (!moment.isValid())
        return Error::input(QStringLiteral("now"), QStringLiteral("INVALID_DATE"),
                            QCoreApplication::translate("Clock", "That is not a date and time."));
    const QDateTime previous = now();
    if (!allowBackwards && moment < previous)
        return Error::rule(
            QStringLiteral("CLOCK_CANNOT_MOVE_BACKWARDS"),
            QCoreApplication::translate("Clock",
                                        "The simulated clock only moves forward (it is %1; you asked for %2): "
                                        "what already happened stays consistent. Start a new database to go back.")
                .arg(previous.toString(Qt::ISODate), moment.toUTC().toString(Qt::ISODate)));
    {
        Transaction tx(m_services.storage());
        if (!tx.started())
            return tx.started();
        if (auto s = m_services.storage().settings().setValue(ClockKey, moment.toUTC().toString(Qt::ISODate)); !s)
            return s;
        m_override = {};
        if (auto s = m_services.audit(
                QStringLiteral("clock.set"), QStringLiteral("clock"), QStringLiteral("clock"),
                QStringLiteral("%1 -> %2").arg(previous.toString(Qt::ISODate), moment.toUTC().toString(Qt::ISODate)));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    Status caughtUp = m_services.catchUpWithClock();
    Q_EMIT changed(now());
    Q_EMIT m_services.dataChanged();
    return caughtUp;
}

Status ClockService::set(const QDateTime &moment)
{
    return store(moment, false);
}

Status ClockService::advanceDays(int days)
{
    if (days <= 0)
        return Error::input(QStringLiteral("days"), QStringLiteral("INVALID_DAYS"),
                            QCoreApplication::translate("Clock", "Advance by a positive number of days."));
    return store(now().addDays(days), false);
}

Status ClockService::advanceMonths(int months)
{
    if (months <= 0)
        return Error::input(QStringLiteral("months"), QStringLiteral("INVALID_MONTHS"),
                            QCoreApplication::translate("Clock", "Advance by a positive number of months."));
    return store(now().addMonths(months), false);
}

Status ClockService::advanceToNextMonth()
{
    const QDate first = now().date().addMonths(1);
    return store(QDateTime(QDate(first.year(), first.month(), 1), QTime(0, 0), QTimeZone::utc()), false);
}

bool ClockService::hasStoredClock() const
{
    return !m_services.storage().settings().valueOr(ClockKey).isEmpty();
}

Status ClockService::initialise(const QDateTime &moment)
{
    return store(moment, !hasStoredClock());
}

Status ClockService::resetToRealTime()
{
    if (auto s = m_services.storage().settings().remove(ClockKey); !s)
        return s;
    m_override = {};
    Q_EMIT changed(now());
    Q_EMIT m_services.dataChanged();
    return {};
}

} // namespace bd
