#include "Storage.h"

#include "SettingsStore.h"

namespace bd {

Transaction::Transaction(Storage &storage)
    : m_storage(storage)
    , m_started(storage.begin())
{
}

Transaction::~Transaction()
{
    if (m_started.ok() && !m_done)
        m_storage.rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return m_started;
    m_done = true;
    return m_storage.commit();
}

QString SettingsStore::valueOr(const QString &key, const QString &defaultValue) const
{
    auto v = value(key);
    return v.ok() && v->has_value() ? **v : defaultValue;
}

int SettingsStore::intOr(const QString &key, int defaultValue) const
{
    bool ok = false;
    const int n = valueOr(key).toInt(&ok);
    return ok && n >= 0 ? n : defaultValue;
}

} // namespace bd
