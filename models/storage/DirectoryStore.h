#pragma once

#include "domain/Directory.h"
#include "domain/Result.h"

#include <QList>

#include <optional>

namespace bd {

// Organizations and accounts. Lists are sorted by name (case-insensitive), then id.
class DirectoryStore
{
public:
    virtual ~DirectoryStore() = default;

    virtual Result<QList<Organization>> organizations() const = 0;
    virtual Result<std::optional<Organization>> organization(const QString &id) const = 0;
    virtual Result<std::optional<Organization>> organizationManagedBy(const QString &accountId) const = 0;
    virtual Result<bool> organizationExists(const QString &id) const = 0;
    virtual Result<QList<Account>> accounts(const QString &organizationId = {}) const = 0; // all when empty
    virtual Result<std::optional<Account>> account(const QString &id) const = 0;
    virtual Result<int> accountCount(const QString &organizationId) const = 0;
    virtual Result<int> organizationTotal() const = 0; // how many organizations there are
    virtual Result<int> accountTotal() const = 0; // how many accounts there are, in organizations or not

    virtual Status insertOrganization(const Organization &org) = 0;
    virtual Status updateOrganization(const Organization &org) = 0; // name, email, all-features, imported
    virtual Status deleteOrganization(const QString &id) = 0;
    virtual Status insertAccount(const Account &account) = 0;
    virtual Status updateAccount(const Account &account) = 0; // name, email, tax country, organization
    virtual Status deleteAccount(const QString &id) = 0;
};

} // namespace bd
