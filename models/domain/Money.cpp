#include "Money.h"

#include <QCoreApplication>

namespace bd {

namespace {
Error currencyMismatch(const Currency &a, const Currency &b)
{
    return Error::rule(
        QStringLiteral("CURRENCY_MISMATCH"),
        QCoreApplication::translate("Money", "Cannot combine amounts in %1 and %2 without an exchange rate.")
            .arg(a.code(), b.code()));
}
Error overflow()
{
    return Error::rule(QStringLiteral("AMOUNT_OUT_OF_RANGE"),
                       QCoreApplication::translate("Money", "The amount is too large to be represented."));
}
} // namespace

Result<Money> Money::fromDecimal(Decimal amount, const Currency &currency, RoundingMode mode)
{
    const auto minor = amount.toScaledInteger(currency.exponent(), mode);
    if (!minor)
        return overflow();
    return Money(*minor, currency);
}

Result<Money> Money::parse(QStringView text, const Currency &currency, const QString &field)
{
    auto parsed = Decimal::parse(text, field);
    if (!parsed.ok())
        return parsed.error();
    if (!parsed.value())
        return Error::input(field, QStringLiteral("AMOUNT_REQUIRED"),
                            QCoreApplication::translate("Money", "An amount is required."));
    const Decimal value = **parsed;
    if (value.rounded(currency.exponent(), RoundingMode::Down) != value)
        return Error::input(
            field, QStringLiteral("TOO_MANY_DECIMALS"),
            QCoreApplication::translate("Money", "%1 amounts have at most %n decimal(s).", nullptr, currency.exponent())
                .arg(currency.code()));
    return fromDecimal(value, currency, RoundingMode::Down);
}

Result<Money> Money::plus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return currencyMismatch(m_currency, other.m_currency);
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return overflow();
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return currencyMismatch(m_currency, other.m_currency);
    std::int64_t diff = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &diff))
        return overflow();
    return Money(diff, m_currency);
}

QString Money::toPlainString() const
{
    return toDecimal().toFixed(m_currency.exponent(), RoundingMode::Down);
}

} // namespace bd
