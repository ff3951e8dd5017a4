#pragma once

#include "domain/Directory.h"
#include "domain/Result.h"

#include <QList>
#include <QObject>

#include <optional>

namespace bd {

class DirectoryStore;
class Services;
class Transaction;

// The directory of organizations and accounts.
// Rules: anyone may register an organization; an organization and its accounts are edited or removed
// by its management account or by the administrator (no acting account). An account is in at most one
// organization; the management account is a member of its own organization; nothing referenced is removed.
class DirectoryService final : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryService(Services &services);

    QList<Organization> organizations() const;
    std::optional<Organization> organization(const QString &id) const;
    std::optional<Organization> organizationManagedBy(const QString &accountId) const;
    // The organization the account belongs to (as management or member account).
    std::optional<Organization> organizationOf(const QString &accountId) const;
    // The same, with the storage error when it cannot be read (for decisions that must fail closed).
    Result<std::optional<Organization>> findOrganizationOf(const QString &accountId) const;
    QList<Account> accounts(const QString &organizationId = {}) const; // all accounts when empty
    std::optional<Account> account(const QString &id) const;
    int accountCount(const QString &organizationId) const;
    Result<int> organizationTotal() const; // how many organizations there are
    Result<int> accountTotal() const; // how many accounts there are

    // Adds the organization and its management account (created if new, attached if standalone).
    // managementAccountName and taxCountry describe the management account.
    Status addOrganization(const Organization &org, const QString &managementAccountName = {},
                           const QString &taxCountry = {});
    Status
    editOrganization(const Organization &org); // name, email, all-features; the id and management account are fixed
    Status removeOrganization(const QString &id); // removes its management account too

    Status addAccount(const Account &account);
    Status editAccount(const Account &account); // name, email, tax country, organization (not for a management account)
    Status removeAccount(const QString &id);

    // Used by importers: adds an organization marked "imported" (and its management account) inside the
    // caller's transaction, without permission checks or signals.
    Status addImportedOrganization(const Organization &org, const QString &managementAccountName);

    // Permission check shared by other services: may the acting account administer this organization?
    Status requireManagementOf(const QString &organizationId) const;

Q_SIGNALS:
    void changed();

private:
    Status validateOrganization(const Organization &org) const;
    Status validateAccount(const Account &account) const;
    Status insertOrganization(const Organization &org, const QString &managementAccountName, const QString &taxCountry);
    // The end of every edit: audit entry, commit, change signals.
    Status commitChange(Transaction &tx, const QString &action, const QString &entityType, const QString &entityId,
                        const QString &details);
    void notify();
    DirectoryStore &store() const;

    Services &m_services;
};

} // namespace bd
