// BillingPeriod: parse forms, arithmetic across year ends, first/last day (leap years), contains, lastMoment.
#include "TestSupport.h"

#include "domain/BillingPeriod.h"

#include <QTest>
#include <QTimeZone>

using namespace bd;

class tst_BillingPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void arithmetic_data();
    void arithmetic();
    void days_data();
    void days();
    void boundaries();
    void containing();
};

void tst_BillingPeriod::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("month") << "2026-01"
                           << "2026-01";
    QTest::newRow("first day") << "2026-02-01"
                               << "2026-02";
    QTest::newRow("timestamp Z") << "2026-03-01T00:00:00Z"
                                 << "2026-03";
    QTest::newRow("timestamp ms") << "2026-03-01T00:00:00.000Z"
                                  << "2026-03";
    QTest::newRow("timestamp offset") << "2026-12-01T00:00:00+00:00"
                                      << "2026-12";
    QTest::newRow("space form") << "2025-11-01 00:00:00"
                                << "2025-11";
    QTest::newRow("month 13") << "2026-13"
                              << "";
    QTest::newRow("month 0") << "2026-00"
                             << "";
    QTest::newRow("not the 1st") << "2026-01-15"
                                 << "";
    QTest::newRow("not midnight") << "2026-01-01T10:00:00Z"
                                  << "";
    QTest::newRow("short") << "2026-1"
                           << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("text") << "January 2026"
                          << "";
}

void tst_BillingPeriod::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto p = BillingPeriod::fromString(text);
    if (expected.isEmpty()) {
        QVERIFY(!p.has_value());
    } else {
        QVERIFY(p.has_value());
        QCOMPARE(p->toString(), expected);
    }
}

void tst_BillingPeriod::arithmetic_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("to");
    QTest::newRow("next across year end") << "2025-12" << 1 << "2026-01";
    QTest::newRow("previous across year end") << "2026-01" << -1 << "2025-12";
    QTest::newRow("a year") << "2026-02" << 12 << "2027-02";
    QTest::newRow("25 months") << "2025-11" << 25 << "2027-12";
    QTest::newRow("back 13") << "2026-01" << -13 << "2024-12";
    QTest::newRow("none") << "2026-06" << 0 << "2026-06";
}

void tst_BillingPeriod::arithmetic()
{
    QFETCH(QString, from);
    QFETCH(int, months);
    QFETCH(QString, to);
    const BillingPeriod a = *BillingPeriod::fromString(from);
    const BillingPeriod b = a.addMonths(months);
    QCOMPARE(b.toString(), to);
    QCOMPARE(a.monthsUntil(b), months);
    QCOMPARE(BillingPeriod::fromIndex(b.index()), b);
    if (months == 1) {
        QCOMPARE(a.next(), b);
        QCOMPARE(b.previous(), a);
    }
    QCOMPARE(months > 0, a < b);
}

void tst_BillingPeriod::days_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("days");
    QTest::newRow("Jan 2026") << 2026 << 1 << QDate(2026, 1, 1) << QDate(2026, 1, 31) << 31;
    QTest::newRow("Feb 2026") << 2026 << 2 << QDate(2026, 2, 1) << QDate(2026, 2, 28) << 28;
    QTest::newRow("Feb 2028 leap") << 2028 << 2 << QDate(2028, 2, 1) << QDate(2028, 2, 29) << 29;
    QTest::newRow("Feb 2100 not leap") << 2100 << 2 << QDate(2100, 2, 1) << QDate(2100, 2, 28) << 28;
    QTest::newRow("Apr") << 2026 << 4 << QDate(2026, 4, 1) << QDate(2026, 4, 30) << 30;
    QTest::newRow("Dec") << 2026 << 12 << QDate(2026, 12, 1) << QDate(2026, 12, 31) << 31;
}

void tst_BillingPeriod::days()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, days);
    const BillingPeriod p(year, month);
    QVERIFY(p.isValid());
    QCOMPARE(p.firstDay(), first);
    QCOMPARE(p.lastDay(), last);
    QCOMPARE(p.days(), days);
    QCOMPARE(p.lastMoment(), QDateTime(last, QTime(23, 59, 59), QTimeZone::utc()));
    QCOMPARE(p.start(), QDateTime(first, QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(p.end(), QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc()));
}

void tst_BillingPeriod::boundaries()
{
    const BillingPeriod dec2025(2025, 12);
    const auto utc = QTimeZone::utc();
    QVERIFY(dec2025.contains(QDateTime(QDate(2025, 12, 1), QTime(0, 0), utc)));
    QVERIFY(dec2025.contains(QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), utc)));
    QVERIFY(!dec2025.contains(QDateTime(QDate(2026, 1, 1), QTime(0, 0), utc)));
    QVERIFY(!dec2025.contains(QDateTime(QDate(2025, 11, 30), QTime(23, 59, 59), utc)));
    // 1 Jan 2026 01:00 in Paris (UTC+1) is still 31 Dec 2025 in UTC.
    QVERIFY(dec2025.contains(QDateTime(QDate(2026, 1, 1), QTime(0, 30), QTimeZone(3600))));
    QCOMPARE(dec2025.end(), BillingPeriod(2026, 1).start());
    QVERIFY(!BillingPeriod().isValid());
    QCOMPARE(BillingPeriod().toString(), QString());
}

void tst_BillingPeriod::containing()
{
    QCOMPARE(BillingPeriod::containing(QDate(2028, 2, 29)).toString(), QStringLiteral("2028-02"));
    QCOMPARE(BillingPeriod::containing(QDateTime(QDate(2026, 3, 31), QTime(23, 0), QTimeZone(-5 * 3600))).toString(),
             QStringLiteral("2026-04")); // 04:00 UTC on 1 April
    QCOMPARE(BillingPeriod(2026, 1).displayName().isEmpty(), false);
}

QTEST_GUILESS_MAIN(tst_BillingPeriod)
#include "tst_BillingPeriod.moc"
