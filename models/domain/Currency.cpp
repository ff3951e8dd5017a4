#include "Currency.h"

#include <algorithm>
#include <iterator>

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

bool Currency::isIso4217(std::string_view code)
{
    // ISO 4217 alphabetic codes (list one, current codes and funds, as published by SIX; 2024), sorted.
    static constexpr std::string_view codes[] = {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
        "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
        "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
        "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR",
        "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD",
        "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
        "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
        "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
        "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD",
        "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF",
        "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA",
        "XXX", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
    };
    if (code.size() != 3)
        return false;
    return std::binary_search(std::begin(codes), std::end(codes), code);
}

Currency Currency::usd()
{
    return *fromCode(u"USD");
}

} // namespace bd
