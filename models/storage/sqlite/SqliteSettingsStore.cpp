#include "SqliteStorage.h"

#include "storage/Database.h"
#include "storage/SettingsStore.h"

namespace bd {

namespace {

class SqliteSettingsStore final : public SettingsStore
{
public:
    explicit SqliteSettingsStore(Database &db)
        : m_db(db)
    {
    }

    Result<std::optional<QString>> value(const QString &key) const override
    {
        std::optional<QString> found;
        if (auto s = m_db.lookup(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                                 [&found](QSqlQuery &q) {
                                     if (q.next())
                                         found = q.value(0).toString();
                                 });
            !s)
            return s.error();
        return found;
    }

    Status setValue(const QString &key, const QString &value) override
    {
        auto q = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           {key, Database::text(value)});
        return q ? Status() : Status(q.error());
    }

    Status remove(const QString &key) override
    {
        auto q = m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
        return q ? Status() : Status(q.error());
    }

    Result<QMap<QString, QString>> all() const override
    {
        auto q = m_db.exec(QStringLiteral("SELECT key, value FROM settings"));
        if (!q)
            return q.error();
        QMap<QString, QString> out;
        while (q.value().next())
            out.insert(q.value().value(0).toString(), q.value().value(1).toString());
        return out;
    }

private:
    Database &m_db;
};

} // namespace

std::unique_ptr<SettingsStore> makeSqliteSettingsStore(Database &db)
{
    return std::make_unique<SqliteSettingsStore>(db);
}

} // namespace bd
