// Exact decimal: every parse vector of ../shared/data/vectors/parse.csv, arithmetic with each rounding mode,
// overflow, formatting and the residue reported when more than 11 fractional digits are rounded.
#include "TestSupport.h"

#include "domain/Decimal.h"

#include <QTest>

using namespace bd;

Q_DECLARE_METATYPE(bd::RoundingMode)

namespace {
Decimal dec(const char *text)
{
    const auto d = Decimal::fromString(QString::fromLatin1(text));
    if (!d)
        qFatal("bad test literal %s", text);
    return *d;
}
} // namespace

class tst_Decimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseVectors_data();
    void parseVectors();
    void parseErrorMessage();
    void addSubtract_data();
    void addSubtract();
    void multiplied_data();
    void multiplied();
    void divided_data();
    void divided();
    void percentOf_data();
    void percentOf();
    void overflow();
    void toStringAndFixed_data();
    void toStringAndFixed();
    void residue_data();
    void residue();
    void scaledInteger_data();
    void scaledInteger();
};

void tst_Decimal::parseVectors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QList<QStringList> rows = test::readCsv(test::sharedDataPath(QStringLiteral("vectors/parse.csv")));
    QVERIFY2(rows.size() == 26, "parse.csv: a header and 25 vectors");
    QCOMPARE(rows.first(), (QStringList {QStringLiteral("text"), QStringLiteral("expected")}));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), 2);
        QTest::addRow("%d:%s", int(i), qPrintable(rows[i][0])) << rows[i][0] << rows[i][1];
    }
}

void tst_Decimal::parseVectors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Decimal value = Decimal::fromInt(99);
    const std::string utf8 = text.toStdString();
    const auto outcome = Decimal::parse(std::string_view(utf8), value);
    auto viaQt = Decimal::parse(QStringView(text), QStringLiteral("amount"));
    if (expected == QLatin1String("NULL")) {
        QCOMPARE(int(outcome.status), int(Decimal::ParseStatus::Null));
        QVERIFY(viaQt.ok());
        QVERIFY(!viaQt.value().has_value());
    } else if (expected == QLatin1String("ERROR")) {
        QCOMPARE(int(outcome.status), int(Decimal::ParseStatus::Invalid));
        QVERIFY(!viaQt.ok());
        QCOMPARE(viaQt.error().kind, Error::Kind::Input);
        QCOMPARE(viaQt.error().field, QStringLiteral("amount"));
        QVERIFY(!Decimal::fromString(text).has_value());
    } else {
        QCOMPARE(int(outcome.status), int(Decimal::ParseStatus::Ok));
        QCOMPARE(value.toString(), expected);
        QVERIFY(!outcome.rounded);
        QVERIFY(viaQt.ok());
        QCOMPARE(viaQt.value()->toString(), expected);
    }
}

void tst_Decimal::parseErrorMessage()
{
    auto r = Decimal::parse(QStringView(u"$10,000.00 "), QStringLiteral("cost"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("INVALID_NUMBER"));
    QVERIFY2(r.error().message.contains(QStringLiteral("$10,000.00")), qPrintable(r.error().message));
    auto big = Decimal::parse(QStringView(u"1e30"), QStringLiteral("cost"));
    QVERIFY(!big.ok());
    QCOMPARE(big.error().code, QStringLiteral("AMOUNT_OUT_OF_RANGE"));
}

void tst_Decimal::addSubtract_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("sum");
    QTest::addColumn<QString>("difference");
    QTest::newRow("tenths") << "0.1"
                            << "0.2"
                            << "0.3"
                            << "-0.1";
    QTest::newRow("smallest units") << "0.00000000001"
                                    << "0.00000000002"
                                    << "0.00000000003"
                                    << "-0.00000000001";
    QTest::newRow("negative") << "-12.5"
                              << "2.25"
                              << "-10.25"
                              << "-14.75";
    QTest::newRow("to zero") << "18.0066386184"
                             << "-18.0066386184"
                             << "0"
                             << "36.0132772368";
    QTest::newRow("large") << "123456789012345.5"
                           << "876543210987654.5"
                           << "1000000000000000"
                           << "-753086421975309";
}

void tst_Decimal::addSubtract()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, sum);
    QFETCH(QString, difference);
    const Decimal x = *Decimal::fromString(a);
    const Decimal y = *Decimal::fromString(b);
    QCOMPARE((x + y).toString(), sum);
    QCOMPARE((x - y).toString(), difference);
    Decimal acc = x;
    acc += y;
    QCOMPARE(acc.toString(), sum);
    acc -= y;
    QCOMPARE(acc, x);
    QCOMPARE((-x).toString(),
             x.isZero() ? QStringLiteral("0") : (a.startsWith(u'-') ? a.mid(1) : QLatin1Char('-') + a));
}

void tst_Decimal::multiplied_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<QString>("expected");
    // 1.00000000001 * 0.5 = 0.500000000005: a tie at the 12th digit.
    QTest::newRow("tie half-up") << "1.00000000001"
                                 << "0.5" << RoundingMode::HalfUp << "0.50000000001";
    QTest::newRow("tie half-even") << "1.00000000001"
                                   << "0.5" << RoundingMode::HalfEven << "0.5";
    QTest::newRow("tie down") << "1.00000000001"
                              << "0.5" << RoundingMode::Down << "0.5";
    QTest::newRow("negative tie half-up") << "-1.00000000001"
                                          << "0.5" << RoundingMode::HalfUp << "-0.50000000001";
    QTest::newRow("negative tie half-even") << "-1.00000000001"
                                            << "0.5" << RoundingMode::HalfEven << "-0.5";
    QTest::newRow("negative tie down") << "-1.00000000001"
                                       << "0.5" << RoundingMode::Down << "-0.5";
    // 0.00000000003 * 0.5 = 0.000000000015: tie, odd neighbour below.
    QTest::newRow("odd tie half-even") << "0.00000000003"
                                       << "0.5" << RoundingMode::HalfEven << "0.00000000002";
    QTest::newRow("odd tie down") << "0.00000000003"
                                  << "0.5" << RoundingMode::Down << "0.00000000001";
    // 0.00000000001 * 0.7 = 0.000000000007: above half.
    QTest::newRow("above half down") << "0.00000000001"
                                     << "0.7" << RoundingMode::Down << "0";
    QTest::newRow("above half even") << "0.00000000001"
                                     << "0.7" << RoundingMode::HalfEven << "0.00000000001";
    QTest::newRow("exact") << "1234.5"
                           << "0.0000023" << RoundingMode::HalfEven << "0.00283935";
    // The raw product (1e20 * 1e19) exceeds 128 bits although the result fits: it must not overflow.
    QTest::newRow("large factors") << "1000000000"
                                   << "100000000" << RoundingMode::HalfEven << "100000000000000000";
    QTest::newRow("large with fraction") << "123456789012.34567890123"
                                         << "1000.5" << RoundingMode::HalfUp << "123518517406851.85174068062";
    QTest::newRow("price times quantity") << "0.0000166667"
                                          << "3600" << RoundingMode::HalfEven << "0.06000012";
}

void tst_Decimal::multiplied()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(RoundingMode, mode);
    QFETCH(QString, expected);
    const auto product = Decimal::fromString(a)->multiplied(*Decimal::fromString(b), mode);
    QVERIFY(product.has_value());
    QCOMPARE(product->toString(), expected);
    const auto swapped = Decimal::fromString(b)->multiplied(*Decimal::fromString(a), mode);
    QCOMPARE(swapped->toString(), expected);
}

void tst_Decimal::divided_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1/3 half-up") << "1"
                                 << "3" << RoundingMode::HalfUp << "0.33333333333";
    QTest::newRow("1/3 down") << "1"
                              << "3" << RoundingMode::Down << "0.33333333333";
    QTest::newRow("2/3 half-up") << "2"
                                 << "3" << RoundingMode::HalfUp << "0.66666666667";
    QTest::newRow("2/3 half-even") << "2"
                                   << "3" << RoundingMode::HalfEven << "0.66666666667";
    QTest::newRow("2/3 down") << "2"
                              << "3" << RoundingMode::Down << "0.66666666666";
    QTest::newRow("-2/3 half-up") << "-2"
                                  << "3" << RoundingMode::HalfUp << "-0.66666666667";
    QTest::newRow("-2/3 down") << "-2"
                               << "3" << RoundingMode::Down << "-0.66666666666";
    QTest::newRow("2/-3 half-even") << "2"
                                    << "-3" << RoundingMode::HalfEven << "-0.66666666667";
    // 0.00000000005 / 2 = 0.000000000025: a tie.
    QTest::newRow("tie half-up") << "0.00000000005"
                                 << "2" << RoundingMode::HalfUp << "0.00000000003";
    QTest::newRow("tie half-even") << "0.00000000005"
                                   << "2" << RoundingMode::HalfEven << "0.00000000002";
    QTest::newRow("exact") << "100"
                           << "8" << RoundingMode::Down << "12.5";
    QTest::newRow("by a fraction") << "1"
                                   << "0.00000000001" << RoundingMode::HalfEven << "100000000000";
}

void tst_Decimal::divided()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(RoundingMode, mode);
    QFETCH(QString, expected);
    const auto quotient = Decimal::fromString(a)->divided(*Decimal::fromString(b), mode);
    QVERIFY(quotient.has_value());
    QCOMPARE(quotient->toString(), expected);
}

void tst_Decimal::percentOf_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("15% of 200") << "200"
                                << "15" << RoundingMode::HalfEven << "30";
    QTest::newRow("20% VAT") << "123.45"
                             << "20" << RoundingMode::HalfEven << "24.69";
    QTest::newRow("negative credit") << "-80"
                                     << "12.5" << RoundingMode::HalfUp << "-10";
    // 50% of 0.00000000001 = 0.000000000005: a tie below the smallest unit.
    QTest::newRow("tie half-up") << "0.00000000001"
                                 << "50" << RoundingMode::HalfUp << "0.00000000001";
    QTest::newRow("tie half-even") << "0.00000000001"
                                   << "50" << RoundingMode::HalfEven << "0";
    QTest::newRow("tie down") << "0.00000000001"
                              << "50" << RoundingMode::Down << "0";
    QTest::newRow("negative tie half-up") << "-0.00000000003"
                                          << "50" << RoundingMode::HalfUp << "-0.00000000002";
    QTest::newRow("negative tie half-even") << "-0.00000000003"
                                            << "50" << RoundingMode::HalfEven << "-0.00000000002";
    QTest::newRow("negative tie down") << "-0.00000000003"
                                       << "50" << RoundingMode::Down << "-0.00000000001";
}

void tst_Decimal::percentOf()
{
    QFETCH(QString, amount);
    QFETCH(QString, percent);
    QFETCH(RoundingMode, mode);
    QFETCH(QString, expected);
    const auto r = Decimal::fromString(amount)->percentOf(*Decimal::fromString(percent), mode);
    QVERIFY(r.has_value());
    QCOMPARE(r->toString(), expected);
}

void tst_Decimal::overflow()
{
    const Decimal big = Decimal::fromInt(1'000'000'000'000'000'000LL); // 1e18
    QVERIFY(!big.multiplied(big).has_value()); // 1e36 > ~1.7e27
    QVERIFY(big.multiplied(Decimal::fromInt(1000)).has_value()); // 1e21 fits
    QCOMPARE(big.multiplied(Decimal::fromInt(1000))->toString(), QStringLiteral("1000000000000000000000"));
    QVERIFY(!big.divided(dec("0.00000000001")).has_value()); // 1e29
    QVERIFY(!dec("1").divided(Decimal()).has_value()); // division by zero
    QVERIFY(!big.percentOf(big).has_value());
    Decimal out;
    QCOMPARE(int(Decimal::parse(std::string_view("1e28"), out).status), int(Decimal::ParseStatus::OutOfRange));
    QCOMPARE(int(Decimal::parse(std::string_view("99999999999999999999999999999"), out).status),
             int(Decimal::ParseStatus::OutOfRange));
    QCOMPARE(int(Decimal::parse(std::string_view("1e26"), out).status), int(Decimal::ParseStatus::Ok));
    QCOMPARE(out.toString(), QStringLiteral("100000000000000000000000000"));
    // Storage: a Decimal must fit in 64 raw bits (|value| < 92,233,720.36854775807).
    QVERIFY(dec("92233720.36854775807").fitsInt64());
    QVERIFY(!dec("92233720.36854775808").fitsInt64());
    QVERIFY(dec("-92233720.36854775808").fitsInt64());
    QVERIFY(!dec("1e18").toScaledInteger(2, RoundingMode::HalfEven).has_value()); // 1e20 cents
    QCOMPARE(*dec("1e16").toScaledInteger(2, RoundingMode::HalfEven), 1'000'000'000'000'000'000LL);
}

void tst_Decimal::toStringAndFixed_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("fixed");
    QTest::newRow("half-even down") << "12.345" << 2 << RoundingMode::HalfEven << "12.345"
                                    << "12.34";
    QTest::newRow("half-up") << "12.345" << 2 << RoundingMode::HalfUp << "12.345"
                             << "12.35";
    QTest::newRow("down") << "12.349" << 2 << RoundingMode::Down << "12.349"
                          << "12.34";
    QTest::newRow("negative half-up") << "-12.345" << 2 << RoundingMode::HalfUp << "-12.345"
                                      << "-12.35";
    QTest::newRow("negative down") << "-12.349" << 2 << RoundingMode::Down << "-12.349"
                                   << "-12.34";
    QTest::newRow("padded") << "1" << 3 << RoundingMode::HalfEven << "1"
                            << "1.000";
    QTest::newRow("zero decimals even") << "2.5" << 0 << RoundingMode::HalfEven << "2.5"
                                        << "2";
    QTest::newRow("zero decimals up") << "2.5" << 0 << RoundingMode::HalfUp << "2.5"
                                      << "3";
    QTest::newRow("small negative") << "-0.0000008" << 7 << RoundingMode::HalfEven << "-0.0000008"
                                    << "-0.0000008";
    QTest::newRow("rounds to zero") << "-0.004" << 2 << RoundingMode::HalfUp << "-0.004"
                                    << "0.00";
    QTest::newRow("all digits") << "0.00000000001" << 11 << RoundingMode::HalfEven << "0.00000000001"
                                << "0.00000000001";
}

void tst_Decimal::toStringAndFixed()
{
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(RoundingMode, mode);
    QFETCH(QString, canonical);
    QFETCH(QString, fixed);
    const Decimal d = *Decimal::fromString(value);
    QCOMPARE(d.toString(), canonical);
    QCOMPARE(QString::fromStdString(d.toStdString()), canonical);
    QCOMPARE(d.toFixed(decimals, mode), fixed);
}

void tst_Decimal::residue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("rounded");
    QTest::addColumn<qint64>("residue"); // exact - stored, in units of 1e-22
    QTest::newRow("11 digits exact") << "0.12345678901"
                                     << "0.12345678901" << false << qint64(0);
    QTest::newRow("15 digits down") << "0.123456789012345"
                                    << "0.12345678901" << true << qint64(23'450'000'000);
    QTest::newRow("12 digits up") << "0.000000000016"
                                  << "0.00000000002" << true << qint64(-40'000'000'000);
    QTest::newRow("tie to even stays") << "0.000000000025"
                                       << "0.00000000002" << true << qint64(50'000'000'000);
    QTest::newRow("tie to even up") << "0.000000000035"
                                    << "0.00000000004" << true << qint64(-50'000'000'000);
    QTest::newRow("negative") << "-0.123456789012345"
                              << "-0.12345678901" << true << qint64(-23'450'000'000);
    QTest::newRow("exponent") << "1.23456789012345E-2"
                              << "0.01234567890" << true << qint64(12'345'000'000);
}

void tst_Decimal::residue()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(bool, rounded);
    QFETCH(qint64, residue);
    Decimal out;
    const std::string s = text.toStdString();
    const auto outcome = Decimal::parse(std::string_view(s), out);
    QCOMPARE(int(outcome.status), int(Decimal::ParseStatus::Ok));
    QCOMPARE(out, *Decimal::fromString(value));
    QCOMPARE(outcome.rounded, rounded);
    QCOMPARE(qint64(outcome.residue), residue);
}

void tst_Decimal::scaledInteger_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("cents tie even") << "0.125" << 2 << RoundingMode::HalfEven << qint64(12);
    QTest::newRow("cents tie up") << "0.125" << 2 << RoundingMode::HalfUp << qint64(13);
    QTest::newRow("yen") << "1234.5" << 0 << RoundingMode::HalfUp << qint64(1235);
    QTest::newRow("fils") << "-1.0005" << 3 << RoundingMode::HalfUp << qint64(-1001);
    QTest::newRow("fils down") << "-1.0005" << 3 << RoundingMode::Down << qint64(-1000);
}

void tst_Decimal::scaledInteger()
{
    QFETCH(QString, value);
    QFETCH(int, exponent);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);
    const auto r = Decimal::fromString(value)->toScaledInteger(exponent, mode);
    QVERIFY(r.has_value());
    QCOMPARE(qint64(*r), expected);
    QCOMPARE(Decimal::fromScaled(expected, exponent).toScaledInteger(exponent, RoundingMode::Down).value(), expected);
}

QTEST_GUILESS_MAIN(tst_Decimal)
#include "tst_Decimal.moc"
