#include "Decimal.h"

#include <QCoreApplication>

#include <limits>

namespace bd {

namespace {

constexpr int MaxMantissaDigits = 36; // keeps mantissa * 10 well inside 2^127

// Accumulate mantissa digits; digits beyond the precision we keep only matter as "non-zero sticky"
// (for exact half-way detection) and as a residue estimate.
struct Digits
{
    Decimal::Raw mantissa = 0;
    int kept = 0; // significant digits kept in mantissa
    int dropped = 0; // digits dropped for lack of room (each scales the value by 10)
    bool stickyNonZero = false;
};

} // namespace

Decimal Decimal::fromScaled(std::int64_t units, int exponent)
{
    Q_ASSERT(exponent >= 0 && exponent <= Scale);
    return fromRaw(Raw(units) * detail::pow10(Scale - exponent));
}

Decimal::ParseOutcome Decimal::parse(std::string_view text, Decimal &out)
{
    ParseOutcome result;
    if (text.empty() || text == "NULL") {
        result.status = ParseStatus::Null;
        return result;
    }
    const char *p = text.data();
    const char *const end = p + text.size();

    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = (*p == '-');
        ++p;
    }

    Digits d;
    int fractionDigits = 0; // digits after the point that went into mantissa (or were dropped)
    bool anyDigit = false;
    bool seenPoint = false;
    for (; p < end; ++p) {
        const char c = *p;
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            const int digit = c - '0';
            if (d.kept == 0 && digit == 0) {
                if (seenPoint)
                    ++fractionDigits; // leading zeros after the point still shift the value
                continue;
            }
            if (d.kept < MaxMantissaDigits) {
                d.mantissa = d.mantissa * 10 + digit;
                ++d.kept;
                if (seenPoint)
                    ++fractionDigits;
            } else {
                // No room: an integer digit multiplies the value by 10, a fraction digit is sticky.
                if (!seenPoint)
                    ++d.dropped;
                else if (digit != 0)
                    d.stickyNonZero = true;
            }
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!anyDigit) {
        result.status = ParseStatus::Invalid;
        return result;
    }

    int exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool expNegative = false;
        if (p < end && (*p == '+' || *p == '-')) {
            expNegative = (*p == '-');
            ++p;
        }
        if (p == end) {
            result.status = ParseStatus::Invalid;
            return result;
        }
        for (; p < end; ++p) {
            if (*p < '0' || *p > '9') {
                result.status = ParseStatus::Invalid;
                return result;
            }
            if (exponent < 10000)
                exponent = exponent * 10 + (*p - '0');
        }
        if (expNegative)
            exponent = -exponent;
    }
    if (p != end) {
        result.status = ParseStatus::Invalid;
        return result;
    }

    // value = mantissa * 10^(exponent + dropped - fractionDigits); raw = value * 10^Scale
    const int shift = exponent + d.dropped - fractionDigits + Scale;
    Raw raw = 0;
    if (d.mantissa == 0) {
        raw = 0;
    } else if (shift >= 0) {
        if (shift > 38) {
            result.status = ParseStatus::OutOfRange;
            return result;
        }
        if (__builtin_mul_overflow(d.mantissa, detail::pow10(shift), &raw)) {
            result.status = ParseStatus::OutOfRange;
            return result;
        }
    } else {
        const int drop = -shift;
        if (drop > 38) {
            raw = 0; // far below the smallest unit: rounds to zero
            result.rounded = true;
            result.residue = 0;
        } else {
            const Raw divisor = detail::pow10(drop);
            raw = d.mantissa / divisor;
            const Raw remainder = d.mantissa % divisor;
            const Raw twice = remainder * 2;
            bool up = twice > divisor || (twice == divisor && (d.stickyNonZero || raw % 2 != 0));
            if (remainder != 0 || d.stickyNonZero) {
                result.rounded = true;
                // residue in units of 10^-(2*Scale): remainder / 10^drop * 10^Scale
                Raw exact = remainder;
                if (drop <= Scale)
                    exact = remainder * detail::pow10(Scale - drop);
                else
                    exact = remainder / detail::pow10(drop - Scale);
                result.residue = up ? exact - detail::pow10(Scale) : exact;
            }
            if (up)
                ++raw;
        }
    }
    if (negative) {
        raw = -raw;
        result.residue = -result.residue;
    }
    out = fromRaw(raw);
    result.status = ParseStatus::Ok;
    return result;
}

Result<std::optional<Decimal>> Decimal::parse(QStringView text, const QString &field)
{
    const QByteArray utf8 = text.toUtf8();
    Decimal value;
    const auto outcome = parse(std::string_view(utf8.constData(), size_t(utf8.size())), value);
    switch (outcome.status) {
    case ParseStatus::Ok:
        return std::optional<Decimal>(value);
    case ParseStatus::Null:
        return std::optional<Decimal>();
    case ParseStatus::OutOfRange:
        return Error::input(
            field, QStringLiteral("AMOUNT_OUT_OF_RANGE"),
            QCoreApplication::translate("Decimal", "\"%1\" is too large to be an amount.").arg(text.toString()));
    case ParseStatus::Invalid:
        break;
    }
    return Error::input(field, QStringLiteral("INVALID_NUMBER"),
                        QCoreApplication::translate("Decimal",
                                                    "\"%1\" is not a number: write digits with an optional "
                                                    "sign, a '.' for decimals and an optional exponent (1.81E-8), "
                                                    "without spaces, thousands separators or currency symbols.")
                            .arg(text.toString()));
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    auto parsed = parse(text);
    if (!parsed.ok() || !parsed.value().has_value())
        return std::nullopt;
    return *parsed.value();
}

std::string Decimal::toStdString() const
{
    Raw v = m_raw;
    const bool negative = v < 0;
    // Work with the magnitude as unsigned to handle the minimum value.
    UInt128 mag = negative ? (UInt128)(-(v + 1)) + 1 : (UInt128)v;
    char buf[64];
    int pos = 63;
    buf[pos] = '\0';
    int digits = 0;
    bool significant = false; // trailing fraction zeros are skipped
    while (digits < Scale) {
        const int digit = int(mag % 10);
        mag /= 10;
        ++digits;
        if (digit != 0 || significant) {
            significant = true;
            buf[--pos] = char('0' + digit);
        }
    }
    if (significant)
        buf[--pos] = '.';
    do {
        buf[--pos] = char('0' + int(mag % 10));
        mag /= 10;
    } while (mag != 0);
    if (negative)
        buf[--pos] = '-';
    return std::string(buf + pos);
}

QString Decimal::toString() const
{
    return QString::fromLatin1(toStdString());
}

QString Decimal::toFixed(int decimals, RoundingMode mode) const
{
    Q_ASSERT(decimals >= 0 && decimals <= Scale);
    const Decimal r = rounded(decimals, mode);
    QString s = r.toString();
    if (decimals == 0)
        return s;
    qsizetype point = s.indexOf(QLatin1Char('.'));
    if (point < 0) {
        s += QLatin1Char('.');
        point = s.size() - 1;
    }
    const qsizetype have = s.size() - point - 1;
    if (have < decimals)
        s += QString(decimals - have, QLatin1Char('0'));
    return s;
}

bool Decimal::fitsInt64() const
{
    return m_raw >= Raw(std::numeric_limits<std::int64_t>::min())
        && m_raw <= Raw(std::numeric_limits<std::int64_t>::max());
}

namespace {

// a * b / d rounded with mode, without an intermediate a * b (which overflows 128 bits long before the result
// does). With a = ah*d + al and b = bh*d + bl (truncating, so every part has its operand's sign):
// a*b/d = a*bh + ah*bl + al*bl/d, where |al*bl| < d^2 fits easily for d <= 10^13. nullopt when the result overflows.
std::optional<Int128> mulDivRounded(Int128 a, Int128 b, Int128 d, RoundingMode mode)
{
    const Int128 ah = a / d, al = a % d;
    const Int128 bh = b / d, bl = b % d;
    Int128 whole = 0, part = 0;
    if (__builtin_mul_overflow(a, bh, &whole) || __builtin_mul_overflow(ah, bl, &part)
        || __builtin_add_overflow(whole, part, &whole))
        return std::nullopt;
    const Int128 rest = al * bl;
    Int128 total = 0;
    if (__builtin_add_overflow(whole, rest / d, &total))
        return std::nullopt;
    const Int128 r = rest % d;
    if (r == 0 || mode == RoundingMode::Down)
        return total;
    const Int128 twice = (r < 0 ? -r : r) * 2;
    const bool away = mode == RoundingMode::HalfUp ? twice >= d : (twice > d || (twice == d && total % 2 != 0));
    if (away && __builtin_add_overflow(total, Int128(r < 0 ? -1 : 1), &total))
        return std::nullopt;
    return total;
}

} // namespace

std::optional<Decimal> Decimal::multiplied(Decimal factor, RoundingMode mode) const
{
    const auto raw = mulDivRounded(m_raw, factor.m_raw, ScaleFactor, mode);
    if (!raw)
        return std::nullopt;
    return fromRaw(*raw);
}

std::optional<Decimal> Decimal::divided(Decimal divisor, RoundingMode mode) const
{
    if (divisor.m_raw == 0)
        return std::nullopt;
    Raw numerator = 0;
    if (__builtin_mul_overflow(m_raw, Raw(ScaleFactor), &numerator))
        return std::nullopt;
    Raw den = divisor.m_raw;
    if (den < 0) {
        den = -den;
        numerator = -numerator;
    }
    return fromRaw(detail::divideRounded(numerator, den, mode));
}

std::optional<Decimal> Decimal::percentOf(Decimal percent, RoundingMode mode) const
{
    const auto raw = mulDivRounded(m_raw, percent.m_raw, Raw(ScaleFactor) * 100, mode);
    if (!raw)
        return std::nullopt;
    return fromRaw(*raw);
}

Decimal Decimal::rounded(int decimals, RoundingMode mode) const
{
    Q_ASSERT(decimals >= 0 && decimals <= Scale);
    const Raw unit = detail::pow10(Scale - decimals);
    return fromRaw(detail::divideRounded(m_raw, unit, mode) * unit);
}

std::optional<std::int64_t> Decimal::toScaledInteger(int exponent, RoundingMode mode) const
{
    Q_ASSERT(exponent >= 0 && exponent <= Scale);
    const Raw units = detail::divideRounded(m_raw, detail::pow10(Scale - exponent), mode);
    if (units < Raw(std::numeric_limits<std::int64_t>::min()) || units > Raw(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
    return static_cast<std::int64_t>(units);
}

} // namespace bd
