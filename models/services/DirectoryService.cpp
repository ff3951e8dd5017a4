#include "DirectoryService.h"

#include "Services.h"
#include "storage/DirectoryStore.h"
#include "storage/Storage.h"

#include <QCoreApplication>

namespace bd {

namespace {

// A read for the convenience getters: an error reads as "nothing" (callers that decide access use the stores'
// Result directly, so that an error there fails closed).
template<typename T> T orEmpty(Result<T> r)
{
    return r ? std::move(r).value() : T();
}

} // namespace

DirectoryService::DirectoryService(Services &services)
    : m_services(services)
{
}

Status DirectoryService::commitChange(Transaction &tx, const QString &action, const QString &entityType,
                                      const QString &entityId, const QString &details)
{
    if (auto s = m_services.audit(action, entityType, entityId, details); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify();
    return {};
}

void DirectoryService::notify()
{
    Q_EMIT changed();
    Q_EMIT m_services.dataChanged();
}

QList<Organization> DirectoryService::organizations() const
{
    return orEmpty(store().organizations());
}

std::optional<Organization> DirectoryService::organization(const QString &id) const
{
    return orEmpty(store().organization(id));
}

std::optional<Organization> DirectoryService::organizationManagedBy(const QString &accountId) const
{
    return orEmpty(store().organizationManagedBy(accountId));
}

std::optional<Organization> DirectoryService::organizationOf(const QString &accountId) const
{
    return orEmpty(findOrganizationOf(accountId));
}

Result<std::optional<Organization>> DirectoryService::findOrganizationOf(const QString &accountId) const
{
    auto a = store().account(accountId);
    if (!a)
        return a.error();
    if (!a->has_value() || (*a)->organizationId.isEmpty())
        return std::optional<Organization>();
    return store().organization((*a)->organizationId);
}

QList<Account> DirectoryService::accounts(const QString &organizationId) const
{
    return orEmpty(store().accounts(organizationId));
}

std::optional<Account> DirectoryService::account(const QString &id) const
{
    return orEmpty(store().account(id));
}

int DirectoryService::accountCount(const QString &organizationId) const
{
    return orEmpty(store().accountCount(organizationId));
}

Result<int> DirectoryService::organizationTotal() const
{
    return store().organizationTotal();
}

Result<int> DirectoryService::accountTotal() const
{
    return store().accountTotal();
}

DirectoryStore &DirectoryService::store() const
{
    return m_services.storage().directory();
}

Status DirectoryService::requireManagementOf(const QString &organizationId) const
{
    if (m_services.isAdministrator())
        return {};
    const auto org = organization(organizationId);
    if (org && org->managementAccountId == m_services.actingAccountId())
        return {};
    return Error::rule(
        QStringLiteral("ACCESS_DENIED"),
        tr("Only the management account of %1 (or the administrator) can change it; you are acting as %2.")
            .arg(org ? org->name : organizationId, m_services.actingAccountId()));
}

Status DirectoryService::validateOrganization(const Organization &org) const
{
    if (auto s = validate::organizationId(org.id, QStringLiteral("id")); !s)
        return s;
    if (auto s = validate::name(org.name, QStringLiteral("name")); !s)
        return s;
    if (auto s = validate::accountId(org.managementAccountId, QStringLiteral("management-account")); !s)
        return s;
    if (auto s = validate::email(org.managementEmail, QStringLiteral("email"), !org.imported); !s)
        return s;
    return {};
}

Status DirectoryService::insertOrganization(const Organization &org, const QString &managementAccountName,
                                            const QString &taxCountry)
{
    if (organization(org.id))
        return Error::rule(QStringLiteral("ORGANIZATION_ALREADY_EXISTS"),
                           tr("An organization with the id %1 already exists.").arg(org.id), QStringLiteral("id"));
    if (const auto other = organizationManagedBy(org.managementAccountId))
        return Error::rule(
            QStringLiteral("ACCOUNT_ALREADY_IN_ORGANIZATION"),
            tr("Account %1 already manages the organization %2.").arg(org.managementAccountId, other->name),
            QStringLiteral("management-account"));
    const auto existing = account(org.managementAccountId);
    if (existing && !existing->organizationId.isEmpty())
        return Error::rule(
            QStringLiteral("ACCOUNT_ALREADY_IN_ORGANIZATION"),
            tr("Account %1 is already a member of another organization (%2); an account belongs to at most "
               "one organization.")
                .arg(org.managementAccountId, existing->organizationId),
            QStringLiteral("management-account"));
    Organization inserted = org;
    inserted.name = org.name.trimmed();
    if (auto s = store().insertOrganization(inserted); !s)
        return s;
    if (existing) {
        Account management = *existing;
        management.organizationId = org.id;
        if (!taxCountry.isEmpty())
            management.taxCountry = taxCountry;
        return store().updateAccount(management);
    }
    Account management;
    management.id = org.managementAccountId;
    management.name
        = managementAccountName.isEmpty() ? tr("%1 (management)").arg(org.name.trimmed()) : managementAccountName;
    management.email = org.managementEmail;
    management.taxCountry = taxCountry;
    management.organizationId = org.id;
    return store().insertAccount(management);
}

Status DirectoryService::addOrganization(const Organization &org, const QString &managementAccountName,
                                         const QString &taxCountry)
{
    if (auto s = validateOrganization(org); !s)
        return s;
    if (auto s = validate::countryCode(taxCountry, QStringLiteral("country")); !s)
        return s;
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (auto s = insertOrganization(org, managementAccountName, taxCountry); !s)
        return s;
    return commitChange(tx, QStringLiteral("organization.add"), QStringLiteral("organization"), org.id,
                        tr("Added organization %1 managed by %2").arg(org.name, org.managementAccountId));
}

Status DirectoryService::addImportedOrganization(const Organization &org, const QString &managementAccountName)
{
    Organization imported = org;
    imported.imported = true;
    if (auto s = validate::organizationId(imported.id); !s)
        return s;
    if (auto s = insertOrganization(imported, managementAccountName, {}); !s)
        return s;
    return m_services.audit(QStringLiteral("organization.import"), QStringLiteral("organization"), imported.id,
                            tr("Created organization %1 for unknown payer %2 found in an import")
                                .arg(imported.name, imported.managementAccountId));
}

Status DirectoryService::editOrganization(const Organization &org)
{
    const auto current = organization(org.id);
    if (!current)
        return Error::rule(QStringLiteral("ORGANIZATION_NOT_FOUND"), tr("There is no organization %1.").arg(org.id),
                           QStringLiteral("id"));
    if (auto s = requireManagementOf(org.id); !s)
        return s;
    Organization updated = *current;
    updated.name = org.name.trimmed();
    updated.managementEmail = org.managementEmail;
    updated.allFeatures = org.allFeatures;
    if (!org.managementAccountId.isEmpty() && org.managementAccountId != current->managementAccountId)
        return Error::rule(QStringLiteral("MANAGEMENT_ACCOUNT_IS_FIXED"),
                           tr("The management account of an organization cannot be changed."),
                           QStringLiteral("management-account"));
    updated.imported = current->imported && org.managementEmail.isEmpty();
    if (auto s = validateOrganization(updated); !s)
        return s;
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (auto s = store().updateOrganization(updated); !s)
        return s;
    QStringList changes;
    if (current->name != updated.name)
        changes << tr("name \"%1\" -> \"%2\"").arg(current->name, updated.name);
    if (current->managementEmail != updated.managementEmail)
        changes << tr("email %1 -> %2").arg(current->managementEmail, updated.managementEmail);
    if (current->allFeatures != updated.allFeatures)
        changes << (updated.allFeatures ? tr("all features on") : tr("all features off"));
    return commitChange(tx, QStringLiteral("organization.edit"), QStringLiteral("organization"), org.id,
                        changes.isEmpty() ? tr("No change") : changes.join(QStringLiteral("; ")));
}

Status DirectoryService::removeOrganization(const QString &id)
{
    const auto org = organization(id);
    if (!org)
        return Error::rule(QStringLiteral("ORGANIZATION_NOT_FOUND"), tr("There is no organization %1.").arg(id),
                           QStringLiteral("id"));
    if (auto s = requireManagementOf(id); !s)
        return s;
    const int members = accountCount(id) - 1;
    if (members > 0)
        return Error::rule(
            QStringLiteral("ORGANIZATION_NOT_EMPTY"),
            tr("%1 still has %n member account(s) besides its management account; remove or move them first.", nullptr,
               members)
                .arg(org->name));
    for (const auto &[type, key] : {std::pair {QStringLiteral("organization"), id},
                                    std::pair {QStringLiteral("account"), org->managementAccountId}}) {
        const auto reason = m_services.referenceReason(type, key);
        if (!reason) // could not check: refuse rather than remove something still referred to
            return reason.error();
        if (!reason->isEmpty())
            return Error::rule(QStringLiteral("ORGANIZATION_IN_USE"),
                               tr("%1 cannot be removed: %2").arg(org->name, *reason));
    }
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (auto s = store().deleteAccount(org->managementAccountId); !s)
        return s;
    if (auto s = store().deleteOrganization(id); !s)
        return s;
    return commitChange(tx, QStringLiteral("organization.remove"), QStringLiteral("organization"), id,
                        tr("Removed organization %1").arg(org->name));
}

Status DirectoryService::validateAccount(const Account &account) const
{
    if (auto s = validate::accountId(account.id, QStringLiteral("id")); !s)
        return s;
    if (auto s = validate::name(account.name, QStringLiteral("name"), 50); !s)
        return s;
    if (auto s = validate::email(account.email, QStringLiteral("email"), false); !s)
        return s;
    if (auto s = validate::countryCode(account.taxCountry, QStringLiteral("country")); !s)
        return s;
    if (!account.organizationId.isEmpty()) {
        auto exists = store().organizationExists(account.organizationId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error::rule(QStringLiteral("ORGANIZATION_NOT_FOUND"),
                               tr("There is no organization %1.").arg(account.organizationId),
                               QStringLiteral("org"));
    }
    return {};
}

Status DirectoryService::addAccount(const Account &newAccount)
{
    if (auto s = validateAccount(newAccount); !s)
        return s;
    if (newAccount.organizationId.isEmpty() && !m_services.isAdministrator())
        return Error::rule(QStringLiteral("ACCESS_DENIED"),
                           tr("Only the administrator can add an account outside an organization."),
                           QStringLiteral("org"));
    if (!newAccount.organizationId.isEmpty())
        if (auto s = requireManagementOf(newAccount.organizationId); !s)
            return s;
    if (const auto existing = account(newAccount.id))
        return Error::rule(QStringLiteral("ACCOUNT_ALREADY_EXISTS"),
                           existing->organizationId.isEmpty()
                               ? tr("Account %1 already exists.").arg(newAccount.id)
                               : tr("Account %1 already exists in organization %2; an account belongs to at most one "
                                    "organization.")
                                     .arg(newAccount.id, existing->organizationId),
                           QStringLiteral("id"));
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    Account inserted = newAccount;
    inserted.name = newAccount.name.trimmed();
    if (auto s = store().insertAccount(inserted); !s)
        return s;
    return commitChange(
        tx, QStringLiteral("account.add"), QStringLiteral("account"), newAccount.id,
        tr("Added account %1 (%2) to %3")
            .arg(newAccount.id, newAccount.name,
                 newAccount.organizationId.isEmpty() ? tr("no organization") : newAccount.organizationId));
}

Status DirectoryService::editAccount(const Account &edited)
{
    const auto current = account(edited.id);
    if (!current)
        return Error::rule(QStringLiteral("ACCOUNT_NOT_FOUND"), tr("There is no account %1.").arg(edited.id),
                           QStringLiteral("id"));
    if (auto s = validateAccount(edited); !s)
        return s;
    if (!current->organizationId.isEmpty())
        if (auto s = requireManagementOf(current->organizationId); !s)
            return s;
    if (edited.organizationId != current->organizationId) {
        if (organizationManagedBy(edited.id))
            return Error::rule(
                QStringLiteral("MANAGEMENT_ACCOUNT_CANNOT_MOVE"),
                tr("Account %1 is a management account: it stays in its own organization.").arg(edited.id),
                QStringLiteral("org"));
        if (!edited.organizationId.isEmpty())
            if (auto s = requireManagementOf(edited.organizationId); !s)
                return s;
    }
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    Account updated = edited;
    updated.name = edited.name.trimmed();
    if (auto s = store().updateAccount(updated); !s)
        return s;
    return commitChange(tx, QStringLiteral("account.edit"), QStringLiteral("account"), edited.id,
                        tr("Edited account %1 (%2)").arg(edited.id, edited.name));
}

Status DirectoryService::removeAccount(const QString &id)
{
    const auto current = account(id);
    if (!current)
        return Error::rule(QStringLiteral("ACCOUNT_NOT_FOUND"), tr("There is no account %1.").arg(id),
                           QStringLiteral("id"));
    if (const auto org = organizationManagedBy(id))
        return Error::rule(
            QStringLiteral("ACCOUNT_IS_MANAGEMENT_ACCOUNT"),
            tr("Account %1 is the management account of %2: remove the organization instead.").arg(id, org->name));
    if (!current->organizationId.isEmpty()) {
        if (auto s = requireManagementOf(current->organizationId); !s)
            return s;
    } else if (!m_services.isAdministrator()) {
        return Error::rule(QStringLiteral("ACCESS_DENIED"),
                           tr("Only the administrator can remove a standalone account."));
    }
    const auto reason = m_services.referenceReason(QStringLiteral("account"), id);
    if (!reason) // could not check: refuse rather than remove something still referred to
        return reason.error();
    if (!reason->isEmpty())
        return Error::rule(QStringLiteral("ACCOUNT_IN_USE"), tr("Account %1 cannot be removed: %2").arg(id, *reason));
    Transaction tx(m_services.storage());
    if (!tx.started())
        return tx.started();
    if (auto s = store().deleteAccount(id); !s)
        return s;
    return commitChange(tx, QStringLiteral("account.remove"), QStringLiteral("account"), id,
                        tr("Removed account %1 (%2)").arg(id, current->name));
}

} // namespace bd
