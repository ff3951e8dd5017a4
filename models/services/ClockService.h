#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QObject>

namespace bd {

class Services;

// The simulation clock. The database stores the application's "now" (default: the real time);
// the CLI can override it per command (--now). Everything time-dependent reads it.
class ClockService final : public QObject
{
    Q_OBJECT

public:
    explicit ClockService(Services &services);

    QDateTime now() const;
    bool isSimulated() const; // a date is stored or overridden (else it follows the real time)

    // Per-process override (the CLI's --now); not stored.
    void setOverride(const QDateTime &moment);
    bool hasOverride() const { return m_override.isValid(); }

    // Moves the stored clock. The clock only moves forward: history already written stays consistent.
    Status set(const QDateTime &moment);
    Status advanceDays(int days);
    Status advanceMonths(int months);
    Status advanceToNextMonth(); // the 1st of the next month, 00:00 UTC
    Status resetToRealTime();
    // For a scenario: on a database whose clock was never set (it follows the real time), sets the stored clock
    // to any moment, earlier ones included; once a clock is stored, the same as set() (forward only).
    Status initialise(const QDateTime &moment);
    bool hasStoredClock() const;

    static QDateTime parseMoment(const QString &text); // ISO 8601: date, or date and time (UTC unless offset)

Q_SIGNALS:
    void changed(const QDateTime &now);

private:
    Status store(const QDateTime &moment, bool allowBackwards);

    Services &m_services;
    QDateTime m_override;
};

} // namespace bd
