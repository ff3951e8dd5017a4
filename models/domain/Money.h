#pragma once

#include "Currency.h"
#include "Decimal.h"
#include "Result.h"

#include <cstdint>

namespace bd {

// An invoice amount: an integer count of the currency's minor units (cents, yen, fils).
// Produced from exact line amounts by rounding once, with a named mode.
class Money final
{
public:
    Money() = default;
    Money(std::int64_t minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {
    }

    static Result<Money> fromDecimal(Decimal amount, const Currency &currency, RoundingMode mode);
    // Parses "12.34" in the currency's exponent exactly; more digits than the exponent allows is an error.
    static Result<Money> parse(QStringView text, const Currency &currency, const QString &field = {});

    std::int64_t minorUnits() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    Decimal toDecimal() const { return Decimal::fromScaled(m_minor, m_currency.exponent()); }
    bool isZero() const { return m_minor == 0; }

    // Adding two currencies is an error, never a silent conversion; so is overflow.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Money negated() const { return Money(-m_minor, m_currency); }

    // Invariant text with exactly the currency's decimals: "1234.50", "-3", "0.125".
    QString toPlainString() const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    std::int64_t m_minor = 0;
    Currency m_currency;
};

} // namespace bd
