#pragma once

#include "domain/Result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace bd {

// The settings table: configurable values of the domain (SettingKeys), stored as text.
class SettingsStore
{
public:
    virtual ~SettingsStore() = default;

    virtual Result<std::optional<QString>> value(const QString &key) const = 0; // nullopt: not set
    virtual Status setValue(const QString &key, const QString &value) = 0;
    virtual Status remove(const QString &key) = 0;
    virtual Result<QMap<QString, QString>> all() const = 0;

    // The stored value, or defaultValue when it is not set or cannot be read.
    QString valueOr(const QString &key, const QString &defaultValue = {}) const;
    // A non-negative whole number, or defaultValue when it is not set, not such a number, or cannot be read.
    int intOr(const QString &key, int defaultValue) const;
};

} // namespace bd
