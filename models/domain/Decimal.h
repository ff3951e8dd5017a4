#pragma once

#include "Result.h"
#include "Rounding.h"

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bd {

// Exact fixed-point decimal for line-item amounts, quantities, rates and percentages.
// Value = raw / 10^Scale with a 128-bit raw integer: 11 fractional digits (real exports carry up to 11)
// and about 1.7e27 of integer range, so sums of any realistic number of line items never overflow.
// In the database a Decimal is an INTEGER holding raw (it must fit in 64 bits: |value| < 92,233,720).
class Decimal final
{
public:
    using Raw = Int128;
    static constexpr int Scale = 11;
    static constexpr std::int64_t ScaleFactor = 100'000'000'000LL;

    constexpr Decimal() = default;
    static constexpr Decimal fromRaw(Raw raw)
    {
        Decimal d;
        d.m_raw = raw;
        return d;
    }
    static constexpr Decimal fromInt(std::int64_t units) { return fromRaw(Raw(units) * ScaleFactor); }
    // units * 10^-exponent exactly, e.g. fromScaled(1234, 2) == 12.34 (exponent <= Scale).
    static Decimal fromScaled(std::int64_t units, int exponent);

    constexpr Raw raw() const { return m_raw; }
    constexpr bool isZero() const { return m_raw == 0; }
    constexpr bool isNegative() const { return m_raw < 0; }

    // --- Parsing text as it appears in real cost exports -------------------------------------
    enum class ParseStatus { Ok, Null, Invalid, OutOfRange };
    struct ParseOutcome
    {
        ParseStatus status = ParseStatus::Invalid;
        bool rounded = false; // more than Scale fractional digits were rounded half-even
        Raw residue = 0; // exact - rounded, in units of 10^-(2*Scale) (further digits truncated)
    };
    // Accepts: optional sign, digits with an optional point (".5", "5."), optional exponent
    // ("1.81E-8"). Empty text and the word NULL are null. Anything else is refused: no
    // surrounding spaces, no grouping, no currency symbols, no NaN or infinity.
    static ParseOutcome parse(std::string_view text, Decimal &out);
    // The same for user-facing code: a null is std::nullopt; invalid text is an Input error.
    static Result<std::optional<Decimal>> parse(QStringView text, const QString &field = {});
    // Convenience for tests and trusted text; invalid text gives std::nullopt.
    static std::optional<Decimal> fromString(QStringView text);

    // --- Formatting ----------------------------------------------------------------------------
    // Canonical invariant text: no grouping, '.' decimals, no trailing zeros ("0.0000008", "-12.5", "0").
    QString toString() const;
    std::string toStdString() const;
    // Exactly `decimals` fractional digits (rounded with mode), invariant: "12.50".
    QString toFixed(int decimals, RoundingMode mode = RoundingMode::HalfEven) const;

    // --- Storage ---------------------------------------------------------------------------------
    bool fitsInt64() const;
    std::int64_t toInt64Raw() const { return static_cast<std::int64_t>(m_raw); } // check fitsInt64 first
    static constexpr Decimal fromInt64Raw(std::int64_t raw) { return fromRaw(raw); }

    // --- Arithmetic ------------------------------------------------------------------------------
    // + and - are exact; the 128-bit range makes overflow impossible for sums of line amounts.
    friend constexpr Decimal operator+(Decimal a, Decimal b) { return fromRaw(a.m_raw + b.m_raw); }
    friend constexpr Decimal operator-(Decimal a, Decimal b) { return fromRaw(a.m_raw - b.m_raw); }
    constexpr Decimal operator-() const { return fromRaw(-m_raw); }
    Decimal &operator+=(Decimal other)
    {
        m_raw += other.m_raw;
        return *this;
    }
    Decimal &operator-=(Decimal other)
    {
        m_raw -= other.m_raw;
        return *this;
    }
    friend constexpr bool operator==(Decimal a, Decimal b) { return a.m_raw == b.m_raw; }
    friend constexpr auto operator<=>(Decimal a, Decimal b)
    {
        return a.m_raw < b.m_raw ? -1 : (a.m_raw > b.m_raw ? 1 : 0);
    }

    // Products and quotients are rounded back to Scale digits with the given mode. nullopt on overflow.
    std::optional<Decimal> multiplied(Decimal factor, RoundingMode mode = RoundingMode::HalfEven) const;
    std::optional<Decimal> divided(Decimal divisor, RoundingMode mode = RoundingMode::HalfEven) const;
    // this * percent / 100, e.g. 200 * 15% = 30.
    std::optional<Decimal> percentOf(Decimal percent, RoundingMode mode = RoundingMode::HalfEven) const;
    // Rounded to `decimals` fractional digits (0..Scale), still a Decimal.
    Decimal rounded(int decimals, RoundingMode mode) const;
    // Rounded to an integer count of 10^-exponent units, e.g. minor units of a currency. nullopt if
    // it does not fit in 64 bits.
    std::optional<std::int64_t> toScaledInteger(int exponent, RoundingMode mode) const;

private:
    Raw m_raw = 0;
};

} // namespace bd

Q_DECLARE_METATYPE(bd::Decimal)
