#include "SqliteStorage.h"

#include "storage/Database.h"
#include "storage/DirectoryStore.h"

#include <algorithm>

namespace bd {

namespace {

using sqlite::done;

const QString OrgColumns = QStringLiteral("SELECT id, name, management_account_id, management_email, all_features, "
                                          "imported FROM organizations ");
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

// Sorted by name, case-insensitively, then id: in C++ rather than with SQLite's COLLATE NOCASE, so that every
// back-end sorts the same way.
template<typename T> void sortByName(QList<T> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
}


class SqliteDirectoryStore final : public DirectoryStore
{
public:
    explicit SqliteDirectoryStore(Database &db)
        : m_db(db)
    {
    }

    Result<QList<Organization>> organizations() const override
    {
        auto q = m_db.exec(OrgColumns);
        if (!q)
            return q.error();
        QList<Organization> out;
        while (q.value().next())
            out.append(readOrganization(q.value()));
        sortByName(out);
        return out;
    }

    Result<std::optional<Organization>> organization(const QString &id) const override
    {
        static const QString sql = OrgColumns + QStringLiteral("WHERE id = ?");
        return oneOrganization(sql, id);
    }

    Result<std::optional<Organization>> organizationManagedBy(const QString &accountId) const override
    {
        static const QString sql = OrgColumns + QStringLiteral("WHERE management_account_id = ?");
        return oneOrganization(sql, accountId);
    }

    Result<QList<Account>> accounts(const QString &organizationId) const override
    {
        auto q = organizationId.isEmpty()
            ? m_db.exec(AccountColumns)
            : m_db.exec(AccountColumns + QStringLiteral("WHERE organization_id = ?"), {organizationId});
        if (!q)
            return q.error();
        QList<Account> out;
        while (q.value().next())
            out.append(readAccount(q.value()));
        sortByName(out);
        return out;
    }

    Result<bool> organizationExists(const QString &id) const override
    {
        static const QString sql = QStringLiteral("SELECT 1 FROM organizations WHERE id = ?");
        bool found = false;
        if (auto s = m_db.lookup(sql, {id}, [&found](QSqlQuery &q) { found = q.next(); }); !s)
            return s.error();
        return found;
    }

    Result<std::optional<Account>> account(const QString &id) const override
    {
        static const QString sql = AccountColumns + QStringLiteral("WHERE id = ?");
        std::optional<Account> found;
        if (auto s = m_db.lookup(sql, {id},
                                 [&found](QSqlQuery &q) {
                                     if (q.next())
                                         found = readAccount(q);
                                 });
            !s)
            return s.error();
        return found;
    }

    Result<int> accountCount(const QString &organizationId) const override
    {
        auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM accounts WHERE organization_id = ?"), {organizationId});
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toInt() : 0;
    }

    Result<int> organizationTotal() const override
    {
        return count(QStringLiteral("SELECT count(*) FROM organizations"));
    }

    Result<int> accountTotal() const override { return count(QStringLiteral("SELECT count(*) FROM accounts")); }

    Status insertOrganization(const Organization &org) override
    {
        return m_db.write(QStringLiteral("INSERT INTO organizations (id, name, management_account_id, "
                                         "management_email, all_features, imported) VALUES (?, ?, ?, ?, ?, ?)"),
                          {org.id, org.name, org.managementAccountId, Database::text(org.managementEmail),
                           org.allFeatures ? 1 : 0, org.imported ? 1 : 0});
    }

    Status updateOrganization(const Organization &org) override
    {
        return done(m_db.exec(QStringLiteral("UPDATE organizations SET name = ?, management_email = ?, all_features = "
                                             "?, imported = ? WHERE id = ?"),
                              {org.name, Database::text(org.managementEmail), org.allFeatures ? 1 : 0,
                               org.imported ? 1 : 0, org.id}));
    }

    Status deleteOrganization(const QString &id) override
    {
        return done(m_db.exec(QStringLiteral("DELETE FROM organizations WHERE id = ?"), {id}));
    }

    Status insertAccount(const Account &a) override
    {
        return m_db.write(
            QStringLiteral(
                "INSERT INTO accounts (id, name, email, tax_country, organization_id) VALUES (?, ?, ?, ?, ?)"),
            {a.id, a.name, Database::text(a.email), Database::text(a.taxCountry),
             Database::textOrNull(a.organizationId)});
    }

    Status updateAccount(const Account &a) override
    {
        return done(m_db.exec(
            QStringLiteral("UPDATE accounts SET name = ?, email = ?, tax_country = ?, organization_id = ? WHERE id = ?"),
            {a.name, Database::text(a.email), Database::text(a.taxCountry), Database::textOrNull(a.organizationId),
             a.id}));
    }

    Status deleteAccount(const QString &id) override
    {
        return done(m_db.exec(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id}));
    }

private:
    Result<int> count(const QString &sql) const
    {
        auto q = m_db.exec(sql);
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toInt() : 0;
    }

    Result<std::optional<Organization>> oneOrganization(const QString &sql, const QString &key) const
    {
        std::optional<Organization> found;
        if (auto s = m_db.lookup(sql, {key},
                                 [&found](QSqlQuery &q) {
                                     if (q.next())
                                         found = readOrganization(q);
                                 });
            !s)
            return s.error();
        return found;
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<DirectoryStore> makeSqliteDirectoryStore(Database &db)
{
    return std::make_unique<SqliteDirectoryStore>(db);
}

} // namespace bd
