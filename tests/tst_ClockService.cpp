// The simulation clock: per-command override, forward-only moves, advancing across month and year ends,
// the audit entry and the time handlers it runs.
#include "TestSupport.h"

#include "services/ClockService.h"
#include "storage/AuditStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace bd;

namespace {
QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}
} // namespace

class tst_ClockService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseMoment_data();
    void parseMoment();
    void realTimeByDefault();
    void override();
    void setForwardAndBackwards();
    void advance_data();
    void advance();
    void auditAndHandlers();
};

void tst_ClockService::parseMoment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    QTest::newRow("date") << "2026-01-15" << utc(2026, 1, 15);
    QTest::newRow("Z") << "2026-01-15T10:00:00Z" << utc(2026, 1, 15, 10);
    QTest::newRow("no offset is UTC") << "2026-01-15T10:00:00" << utc(2026, 1, 15, 10);
    QTest::newRow("offset") << "2026-01-15T10:00:00+02:00" << utc(2026, 1, 15, 8);
    QTest::newRow("offset across midnight") << "2026-01-01T01:00:00+05:00" << utc(2025, 12, 31, 20);
    QTest::newRow("garbage") << "next tuesday" << QDateTime();
    QTest::newRow("bad date") << "2026-02-30" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void tst_ClockService::parseMoment()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime t = ClockService::parseMoment(text);
    QCOMPARE(t.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(t, expected);
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }
}

void tst_ClockService::realTimeByDefault()
{
    test::TempServices ts;
    ClockService &clock = ts->clock();
    QVERIFY(!clock.isSimulated());
    QVERIFY(!clock.hasStoredClock());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const QDateTime now = clock.now();
    QVERIFY(now >= before && now <= QDateTime::currentDateTimeUtc().addSecs(2));
    QCOMPARE(now.time().msec(), 0);
}

void tst_ClockService::override()
{
    test::TempServices ts;
    ClockService &clock = ts->clock();
    clock.setOverride(utc(2026, 1, 15, 10));
    QCOMPARE(clock.now(), utc(2026, 1, 15, 10));
    QCOMPARE(ts->now(), utc(2026, 1, 15, 10));
    QVERIFY(clock.isSimulated());
    QVERIFY(!clock.hasStoredClock()); // not stored: another process sees the real time
    Services other(std::move(Storage::open(ts.path)).value());
    QVERIFY(!other.clock().isSimulated());
}

void tst_ClockService::setForwardAndBackwards()
{
    test::TempServices ts;
    ClockService &clock = ts->clock();
    QSignalSpy changed(&clock, &ClockService::changed);
    QVERIFY(clock.set(utc(2090, 6, 15, 10)).ok());
    QCOMPARE(clock.now(), utc(2090, 6, 15, 10));
    QVERIFY(clock.hasStoredClock());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toDateTime(), utc(2090, 6, 15, 10));
    // Stored: another connection sees it.
    Services other(std::move(Storage::open(ts.path)).value());
    QCOMPARE(other.now(), utc(2090, 6, 15, 10));
    // Backwards is refused and changes nothing.
    const Status back = clock.set(utc(2090, 6, 15, 9, 59, 59));
    QVERIFY(!back.ok());
    QCOMPARE(back.error().code, QStringLiteral("CLOCK_CANNOT_MOVE_BACKWARDS"));
    QCOMPARE(back.error().kind, Error::Kind::Rule);
    QCOMPARE(clock.now(), utc(2090, 6, 15, 10));
    QCOMPARE(changed.size(), 1);
    // The same moment is allowed (not backwards).
    QVERIFY(clock.set(utc(2090, 6, 15, 10)).ok());
    const Status invalid = clock.set(QDateTime());
    QCOMPARE(invalid.error().code, QStringLiteral("INVALID_DATE"));
    QCOMPARE(invalid.error().kind, Error::Kind::Input);
    // initialise() behaves as set() once a clock is stored.
    QCOMPARE(clock.initialise(utc(2020, 1, 1)).error().code, QStringLiteral("CLOCK_CANNOT_MOVE_BACKWARDS"));
    // A new database may be initialised to the past (for scenarios).
    test::TempServices fresh;
    QVERIFY(fresh->clock().initialise(utc(2020, 1, 1)).ok());
    QCOMPARE(fresh->now(), utc(2020, 1, 1));
}

void tst_ClockService::advance_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    QTest::addColumn<QString>("code");
    QTest::newRow("a day across the year end") << utc(2029, 12, 31, 10) << "days" << 1 << utc(2030, 1, 1, 10) << "";
    QTest::newRow("45 days") << utc(2029, 12, 20, 8, 30) << "days" << 45 << utc(2030, 2, 3, 8, 30) << "";
    QTest::newRow("a month across the year end") << utc(2029, 12, 15, 8) << "months" << 1 << utc(2030, 1, 15, 8) << "";
    QTest::newRow("31 Jan plus a month") << utc(2030, 1, 31) << "months" << 1 << utc(2030, 2, 28) << "";
    QTest::newRow("into a leap February") << utc(2032, 1, 31, 12) << "months" << 1 << utc(2032, 2, 29, 12) << "";
    QTest::newRow("14 months") << utc(2029, 11, 5) << "months" << 14 << utc(2031, 1, 5) << "";
    QTest::newRow("next month across the year end")
        << utc(2031, 12, 20, 23, 59, 59) << "next" << 0 << utc(2032, 1, 1) << "";
    QTest::newRow("next month from the 1st") << utc(2030, 3, 1) << "next" << 0 << utc(2030, 4, 1) << "";
    QTest::newRow("zero days") << utc(2030, 3, 1) << "days" << 0 << QDateTime() << "INVALID_DAYS";
    QTest::newRow("negative months") << utc(2030, 3, 1) << "months" << -1 << QDateTime() << "INVALID_MONTHS";
}

void tst_ClockService::advance()
{
    QFETCH(QDateTime, start);
    QFETCH(QString, how);
    QFETCH(int, n);
    QFETCH(QDateTime, expected);
    QFETCH(QString, code);
    test::TempServices ts;
    ClockService &clock = ts->clock();
    QVERIFY(clock.initialise(start).ok()); // a new database: any start, even if the real time has passed it
    Status s;
    if (how == QLatin1String("days"))
        s = clock.advanceDays(n);
    else if (how == QLatin1String("months"))
        s = clock.advanceMonths(n);
    else
        s = clock.advanceToNextMonth();
    if (expected.isValid()) {
        QVERIFY(s.ok());
        QCOMPARE(clock.now(), expected);
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QCOMPARE(s.error().kind, Error::Kind::Input);
        QCOMPARE(clock.now(), start);
    }
}

void tst_ClockService::auditAndHandlers()
{
    test::TempServices ts;
    QList<QDateTime> seen;
    ts->addTimeHandler([&seen](const QDateTime &now) -> Status {
        seen << now;
        return {};
    });
    QVERIFY(ts->clock().set(utc(2090, 1, 15, 9)).ok());
    QVERIFY(ts->clock().advanceToNextMonth().ok());
    QCOMPARE(seen, (QList<QDateTime> {utc(2090, 1, 15, 9), utc(2090, 2, 1)}));
    auto entries = ts->storage().audit().forEntity(QStringLiteral("clock"), QStringLiteral("clock"));
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QList<AuditEntry> list = *entries;
    std::sort(list.begin(), list.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.id < b.id; });
    QCOMPARE(list[1].action, QStringLiteral("clock.set"));
    QCOMPARE(list[1].actor, QStringLiteral("admin"));
    QCOMPARE(list[1].details, QStringLiteral("2090-01-15T09:00:00Z -> 2090-02-01T00:00:00Z"));
    QCOMPARE(list[1].clockTime, utc(2090, 2, 1));
    // A failing handler makes the move report the failure.
    ts->addTimeHandler(
        [](const QDateTime &) -> Status { return Error::rule(QStringLiteral("TEST_HANDLER"), QStringLiteral("no")); });
    const Status s = ts->clock().advanceDays(1);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("TEST_HANDLER"));
}

QTEST_GUILESS_MAIN(tst_ClockService)
#include "tst_ClockService.moc"
