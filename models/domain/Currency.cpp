#include "Currency.h"

namespace bd {

Currency::Currency(QString code, int exponent, QString name)
    : m_code(std::move(code))
    , m_exponent(exponent)
    , m_name(std::move(name))
{
}

QList<Currency> Currency::all()
{
    static const QList<Currency> currencies = {
        {QStringLiteral("USD"), 2, QStringLiteral("US Dollar")},
        {QStringLiteral("EUR"), 2, QStringLiteral("Euro")},
        {QStringLiteral("GBP"), 2, QStringLiteral("Pound Sterling")},
        {QStringLiteral("JPY"), 0, QStringLiteral("Yen")},
        {QStringLiteral("INR"), 2, QStringLiteral("Indian Rupee")},
        {QStringLiteral("BRL"), 2, QStringLiteral("Brazilian Real")},
        {QStringLiteral("CAD"), 2, QStringLiteral("Canadian Dollar")},
        {QStringLiteral("AUD"), 2, QStringLiteral("Australian Dollar")},
        {QStringLiteral("CHF"), 2, QStringLiteral("Swiss Franc")},
        {QStringLiteral("SGD"), 2, QStringLiteral("Singapore Dollar")},
        {QStringLiteral("KRW"), 0, QStringLiteral("Won")},
        {QStringLiteral("BHD"), 3, QStringLiteral("Bahraini Dinar")},
    };
    return currencies;
}

std::optional<Currency> Currency::fromCode(QStringView code)
{
    for (const Currency &c : all()) {
        if (c.m_code == code)
            return c;
    }
    return std::nullopt;
}

Currency Currency::usd()
{
    return *fromCode(u"USD");
}

} // namespace bd
