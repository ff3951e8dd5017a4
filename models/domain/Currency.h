#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <string_view>

namespace bd {

// An ISO 4217 currency with its minor-unit exponent (JPY 0, USD 2, BHD 3).
class Currency final
{
public:
    Currency() = default;

    // nullopt for a code BillingDesk does not know.
    static std::optional<Currency> fromCode(QStringView code);
    static Currency usd();
    static QList<Currency> all();
    // True for an active ISO 4217 alphabetic code ("USD", "EUR", ...), whether or not BillingDesk invoices in it.
    // Allocation-free (a binary search over a sorted table): the cost import checks every new currency with it.
    static bool isIso4217(std::string_view code);

    QString code() const { return m_code; }
    int exponent() const { return m_exponent; }
    QString name() const { return m_name; }
    bool isValid() const { return !m_code.isEmpty(); }

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int exponent, QString name);

    QString m_code;
    int m_exponent = 2;
    QString m_name;
};

} // namespace bd
