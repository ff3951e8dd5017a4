#include "DirectoryService.h"

#include "Services.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace bd {

namespace {

const QString OrgColumns
    = QStringLiteral("SELECT id, name, management_account_id, management_email, all_features, imported "
                     "FROM organizations ");
const QString AccountColumns = QStringLiteral("SELECT id, name, email, tax_country, organization_id FROM accounts ");

Organization readOrganization(const QSqlQuery &q)
{
    Organization o;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.managementAccountId = q.value(2).toString();
    o.managementEmail = q.value(3).toString();
    o.allFeatures = q.value(4).toBool();
    o.imported = q.value(5).toBool();
    return o;
}

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toString();
    a.name = q.value(1).toString();
    a.email = q.value(2).toString();
    a.taxCountry = q.value(3).toString();
    a.organizationId = q.value(4).toString();
    return a;
}

QVariant nullIfEmpty(const QString &s)
{
    return Database::textOrNull(s);
}

QVariant text(const QString &s)
{
    return Database::text(s);
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
    QList<Organization> result;
    auto q = m_services.database().exec(OrgColumns + QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
    if (q.ok())
        while (q.value().next())
            result.append(readOrganization(q.value()));
    return result;
}

std::optional<Organization> DirectoryService::organization(const QString &id) const
{
    auto q = m_services.database().exec(OrgColumns + QStringLiteral("WHERE id = ?"), {id});
    if (q.ok() && q.value().next())
        return readOrganization(q.value());
    return std::nullopt;
}

std::optional<Organization> DirectoryService::organizationManagedBy(const QString &accountId) const
{
    auto q = m_services.database().exec(OrgColumns + QStringLiteral("WHERE management_account_id = ?"), {accountId});
    if (q.ok() && q.value().next())
        return readOrganization(q.value());
    return std::nullopt;
}

std::optional<Organization> DirectoryService::organizationOf(const QString &accountId) const
{
    const auto a = account(accountId);
    if (!a || a->organizationId.isEmpty())
        return std::nullopt;
    return organization(a->organizationId);
}

QList<Account> DirectoryService::accounts(const QString &organizationId) const
{
    QList<Account> result;
    auto q = organizationId.isEmpty()
        ? m_services.database().exec(AccountColumns + QStringLiteral("ORDER BY name COLLATE NOCASE, id"))
        : m_services.database().exec(AccountColumns
                                         + QStringLiteral("WHERE organization_id = ? ORDER BY name COLLATE NOCASE, id"),
                                     {organizationId});
    if (q.ok())
        while (q.value().next())
            result.append(readAccount(q.value()));
    return result;
}

std::optional<Account> DirectoryService::account(const QString &id) const
{
    auto q = m_services.database().exec(AccountColumns + QStringLiteral("WHERE id = ?"), {id});
    if (q.ok() && q.value().next())
        return readAccount(q.value());
    return std::nullopt;
}

int DirectoryService::accountCount(const QString &organizationId) const
{
    auto q = m_services.database().exec(QStringLiteral("SELECT count(*) FROM accounts WHERE organization_id = ?"),
                                        {organizationId});
    if (q.ok() && q.value().next())
        return q.value().value(0).toInt();
    return 0;
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
    Database &db = m_services.database();
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
    auto q = db.exec(QStringLiteral("INSERT INTO organizations (id, name, management_account_id, management_email, "
                                    "all_features, imported) VALUES (?, ?, ?, ?, ?, ?)"),
                     {org.id, org.name.trimmed(), org.managementAccountId, text(org.managementEmail),
                      org.allFeatures ? 1 : 0, org.imported ? 1 : 0});
    if (!q.ok())
        return q.error();
    if (existing) {
        auto u = db.exec(QStringLiteral("UPDATE accounts SET organization_id = ?, tax_country = CASE WHEN ? = '' THEN "
                                        "tax_country ELSE ? END WHERE id = ?"),
                         {org.id, text(taxCountry), text(taxCountry), org.managementAccountId});
        if (!u.ok())
            return u.error();
    } else {
        auto a = db.exec(
            QStringLiteral(
                "INSERT INTO accounts (id, name, email, tax_country, organization_id) VALUES (?, ?, ?, ?, ?)"),
            {org.managementAccountId,
             managementAccountName.isEmpty() ? tr("%1 (management)").arg(org.name.trimmed()) : managementAccountName,
             text(org.managementEmail), text(taxCountry), org.id});
        if (!a.ok())
            return a.error();
    }
    return {};
}

Status DirectoryService::addOrganization(const Organization &org, const QString &managementAccountName,
                                         const QString &taxCountry)
{
    if (auto s = validateOrganization(org); !s)
        return s;
    if (auto s = validate::countryCode(taxCountry, QStringLiteral("country")); !s)
        return s;
    Transaction tx(m_services.database());
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
    Transaction tx(m_services.database());
    if (!tx.started())
        return tx.started();
    auto q = m_services.database().exec(
        QStringLiteral("UPDATE organizations SET name = ?, management_email = ?, all_features = ?, "
                       "imported = ? WHERE id = ?"),
        {updated.name, text(updated.managementEmail), updated.allFeatures ? 1 : 0, updated.imported ? 1 : 0,
         updated.id});
    if (!q.ok())
        return q.error();
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
        const QString reason = m_services.referenceReason(type, key);
        if (!reason.isEmpty())
            return Error::rule(QStringLiteral("ORGANIZATION_IN_USE"),
                               tr("%1 cannot be removed: %2").arg(org->name, reason));
    }
    Transaction tx(m_services.database());
    if (!tx.started())
        return tx.started();
    Database &db = m_services.database();
    if (auto q = db.exec(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {org->managementAccountId}); !q.ok())
        return q.error();
    if (auto q = db.exec(QStringLiteral("DELETE FROM organizations WHERE id = ?"), {id}); !q.ok())
        return q.error();
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
    if (!account.organizationId.isEmpty() && !organization(account.organizationId))
        return Error::rule(QStringLiteral("ORGANIZATION_NOT_FOUND"),
                           tr("There is no organization %1.").arg(account.organizationId), QStringLiteral("org"));
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
    Transaction tx(m_services.database());
    if (!tx.started())
        return tx.started();
    auto q = m_services.database().exec(
        QStringLiteral("INSERT INTO accounts (id, name, email, tax_country, organization_id) VALUES (?, ?, ?, ?, ?)"),
        {newAccount.id, newAccount.name.trimmed(), text(newAccount.email), text(newAccount.taxCountry),
         nullIfEmpty(newAccount.organizationId)});
    if (!q.ok())
        return q.error();
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
    Transaction tx(m_services.database());
    if (!tx.started())
        return tx.started();
    auto q = m_services.database().exec(
        QStringLiteral("UPDATE accounts SET name = ?, email = ?, tax_country = ?, organization_id = ? WHERE id = ?"),
        {edited.name.trimmed(), text(edited.email), text(edited.taxCountry), nullIfEmpty(edited.organizationId),
         edited.id});
    if (!q.ok())
        return q.error();
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
    const QString reason = m_services.referenceReason(QStringLiteral("account"), id);
    if (!reason.isEmpty())
        return Error::rule(QStringLiteral("ACCOUNT_IN_USE"), tr("Account %1 cannot be removed: %2").arg(id, reason));
    Transaction tx(m_services.database());
    if (!tx.started())
        return tx.started();
    if (auto q = m_services.database().exec(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id}); !q.ok())
        return q.error();
    return commitChange(tx, QStringLiteral("account.remove"), QStringLiteral("account"), id,
                        tr("Removed account %1 (%2)").arg(id, current->name));
}

} // namespace bd
