// Money in minor units: every vector of ../shared/data/vectors/rounding.csv (each currency exponent, mode,
// tie and negative value), parsing in the currency's exponent, currency mismatch and overflow.
#include "TestSupport.h"

#include "domain/Money.h"

#include <QTest>

#include <limits>

using namespace bd;

class tst_Money : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundingVectors_data();
    void roundingVectors();
    void currencies_data();
    void currencies();
    void parse_data();
    void parse();
    void arithmetic();
    void currencyMismatch();
    void overflow();
};

void tst_Money::roundingVectors_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<qint64>("minor");
    const QList<QStringList> rows = test::readCsv(test::sharedDataPath(QStringLiteral("vectors/rounding.csv")));
    QCOMPARE(rows.size(), 325); // a header and 324 vectors
    QCOMPARE(rows.first(),
             (QStringList {QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("mode"),
                           QStringLiteral("minor_units")}));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), 4);
        bool ok = false;
        const qint64 minor = rows[i][3].toLongLong(&ok);
        QVERIFY(ok);
        QTest::addRow("%d:%s %s %s", int(i), qPrintable(rows[i][0]), qPrintable(rows[i][1]), qPrintable(rows[i][2]))
            << rows[i][0] << rows[i][1] << rows[i][2] << minor;
    }
}

void tst_Money::roundingVectors()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, mode);
    QFETCH(qint64, minor);
    const auto c = Currency::fromCode(currency);
    QVERIFY(c.has_value());
    const auto m = roundingModeFromName(mode);
    QVERIFY(m.has_value());
    QCOMPARE(roundingModeName(*m), mode);
    const auto d = Decimal::fromString(amount);
    QVERIFY(d.has_value());
    auto money = Money::fromDecimal(*d, *c, *m);
    QVERIFY(money.ok());
    QCOMPARE(qint64(money->minorUnits()), minor);
    QCOMPARE(money->currency().code(), currency);
}

void tst_Money::currencies_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");
    QTest::newRow("USD") << "USD" << 2 << qint64(123450) << "1234.50";
    QTest::newRow("EUR") << "EUR" << 2 << qint64(-5) << "-0.05";
    QTest::newRow("GBP") << "GBP" << 2 << qint64(0) << "0.00";
    QTest::newRow("JPY") << "JPY" << 0 << qint64(-3) << "-3";
    QTest::newRow("INR") << "INR" << 2 << qint64(100) << "1.00";
    QTest::newRow("BRL") << "BRL" << 2 << qint64(99) << "0.99";
    QTest::newRow("CAD") << "CAD" << 2 << qint64(1) << "0.01";
    QTest::newRow("BHD") << "BHD" << 3 << qint64(125) << "0.125";
}

void tst_Money::currencies()
{
    QFETCH(QString, code);
    QFETCH(int, exponent);
    QFETCH(qint64, minor);
    QFETCH(QString, text);
    const auto c = Currency::fromCode(code);
    QVERIFY(c.has_value());
    QCOMPARE(c->exponent(), exponent);
    const Money m(minor, *c);
    QCOMPARE(m.toPlainString(), text);
    QCOMPARE(m.toDecimal(), Decimal::fromScaled(minor, exponent));
    auto parsed = Money::parse(text, *c);
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, m);
    QCOMPARE(m.negated().minorUnits(), -minor);
}

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1 with a code: refused
    QTest::addColumn<QString>("code");
    QTest::newRow("usd") << "12.34"
                         << "USD" << qint64(1234) << "";
    QTest::newRow("usd trailing zeros") << "12.3400"
                                        << "USD" << qint64(1234) << "";
    QTest::newRow("usd too many decimals") << "12.345"
                                           << "USD" << qint64(-1) << "TOO_MANY_DECIMALS";
    QTest::newRow("jpy decimals") << "100.5"
                                  << "JPY" << qint64(-1) << "TOO_MANY_DECIMALS";
    QTest::newRow("jpy") << "-100"
                         << "JPY" << qint64(-100) << "";
    QTest::newRow("bhd") << "1.005"
                         << "BHD" << qint64(1005) << "";
    QTest::newRow("empty") << ""
                           << "USD" << qint64(-1) << "AMOUNT_REQUIRED";
    QTest::newRow("symbol") << "$10,000.00 "
                            << "USD" << qint64(-1) << "INVALID_NUMBER";
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    auto r = Money::parse(text, *Currency::fromCode(currency), QStringLiteral("amount"));
    if (code.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(qint64(r->minorUnits()), minor);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().kind, Error::Kind::Input);
        QCOMPARE(r.error().field, QStringLiteral("amount"));
    }
}

void tst_Money::arithmetic()
{
    const Currency usd = Currency::usd();
    const Money a(1050, usd);
    const Money b(-2075, usd);
    QCOMPARE(a.plus(b)->minorUnits(), -1025);
    QCOMPARE(a.plus(b)->toPlainString(), QStringLiteral("-10.25"));
    QCOMPARE(a.minus(b)->minorUnits(), 3125);
    QVERIFY(a.minus(a)->isZero());
}

void tst_Money::currencyMismatch()
{
    const Money usd(100, Currency::usd());
    const Money eur(100, *Currency::fromCode(u"EUR"));
    auto sum = usd.plus(eur);
    QVERIFY(!sum.ok());
    QCOMPARE(sum.error().code, QStringLiteral("CURRENCY_MISMATCH"));
    QCOMPARE(sum.error().kind, Error::Kind::Rule);
    QVERIFY(sum.error().message.contains(QStringLiteral("USD")) && sum.error().message.contains(QStringLiteral("EUR")));
    QVERIFY(!usd.minus(eur).ok());
    QVERIFY(!(usd == eur));
    QVERIFY(!Currency::fromCode(u"XYZ").has_value());
}

void tst_Money::overflow()
{
    const Currency usd = Currency::usd();
    const Money max(std::numeric_limits<std::int64_t>::max(), usd);
    const Money min(std::numeric_limits<std::int64_t>::min(), usd);
    auto up = max.plus(Money(1, usd));
    QVERIFY(!up.ok());
    QCOMPARE(up.error().code, QStringLiteral("AMOUNT_OUT_OF_RANGE"));
    QVERIFY(!min.minus(Money(1, usd)).ok());
    QVERIFY(max.plus(Money(-1, usd)).ok());
    // 1e17 dollars = 1e19 cents > 2^63 - 1.
    auto big = Money::fromDecimal(Decimal::fromInt(100'000'000'000'000'000LL), usd, RoundingMode::HalfEven);
    QVERIFY(!big.ok());
    QCOMPARE(big.error().code, QStringLiteral("AMOUNT_OUT_OF_RANGE"));
    // ... but as yen (exponent 0) it fits.
    auto yen = Money::fromDecimal(Decimal::fromInt(100'000'000'000'000'000LL), *Currency::fromCode(u"JPY"),
                                  RoundingMode::HalfEven);
    QVERIFY(yen.ok());
    QCOMPARE(yen->minorUnits(), 100'000'000'000'000'000LL);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_Money.moc"
