#include "Directory.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace bd::validate {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Directory", text);
}
} // namespace

Status organizationId(const QString &value, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^o-[a-z0-9]{10,32}$"));
    if (!pattern.match(value).hasMatch())
        return Error::input(field, QStringLiteral("INVALID_ORGANIZATION_ID"),
                            tr("\"%1\" is not an organization id: write o- followed by 10 to 32 lowercase letters or "
                               "digits, e.g. o-a1b2c3d4e5.")
                                .arg(value));
    return {};
}

Status accountId(const QString &value, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{12}$"));
    if (!pattern.match(value).hasMatch())
        return Error::input(field, QStringLiteral("INVALID_ACCOUNT_ID"),
                            tr("\"%1\" is not an AWS account id: it must be exactly 12 digits.").arg(value));
    return {};
}

Status email(const QString &value, const QString &field, bool required)
{
    if (value.isEmpty() && !required)
        return {};
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (value.size() > 254 || !pattern.match(value).hasMatch())
        return Error::input(field, QStringLiteral("INVALID_EMAIL"),
                            tr("\"%1\" is not an email address (name@example.com).").arg(value));
    return {};
}

bool isKnownCountry(const QString &code)
{
    if (code.size() != 2 || code != code.toUpper())
        return false;
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory != QLocale::AnyTerritory;
}

Status countryCode(const QString &value, const QString &field, bool required)
{
    if (value.isEmpty() && !required)
        return {};
    if (!isKnownCountry(value))
        return Error::input(
            field, QStringLiteral("INVALID_COUNTRY"),
            tr("\"%1\" is not an ISO 3166 country code: use two capital letters, e.g. US, GB, FR, JP.").arg(value));
    return {};
}

Status name(const QString &value, const QString &field, int maxLength)
{
    if (value.trimmed().isEmpty())
        return Error::input(field, QStringLiteral("NAME_REQUIRED"), tr("A name is required."));
    if (value.size() > maxLength)
        return Error::input(
            field, QStringLiteral("NAME_TOO_LONG"),
            tr("The name is %1 characters long; at most %2 are allowed.").arg(value.size()).arg(maxLength));
    return {};
}

} // namespace bd::validate
