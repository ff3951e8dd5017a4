#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace bd {

// An AWS organization in the directory.
struct Organization
{
    QString id; // o-xxxxxxxxxx
    QString name;
    QString managementAccountId; // 12 digits
    QString managementEmail;
    bool allFeatures = true;
    bool imported = false; // created by an import for an unknown payer
};

// An AWS account. An account belongs to at most one organization; the management account is a
// member of its own organization.
struct Account
{
    QString id; // 12 digits
    QString name;
    QString email;
    QString taxCountry; // ISO 3166 alpha-2
    QString organizationId; // empty for a standalone account
};

// Field validation shared by services, dialogs and the CLI. Each returns an Input error naming the field.
namespace validate {
Status organizationId(const QString &value, const QString &field = QStringLiteral("id"));
Status accountId(const QString &value, const QString &field = QStringLiteral("account"));
Status email(const QString &value, const QString &field = QStringLiteral("email"), bool required = true);
Status countryCode(const QString &value, const QString &field = QStringLiteral("country"), bool required = false);
Status name(const QString &value, const QString &field = QStringLiteral("name"), int maxLength = 128);
bool isKnownCountry(const QString &code);
} // namespace validate

} // namespace bd
