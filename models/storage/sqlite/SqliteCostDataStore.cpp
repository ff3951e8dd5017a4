#include "SqliteStorage.h"

#include "storage/CostDataStore.h"
#include "storage/Database.h"

namespace bd {

namespace {

class SqliteCostDataStore final : public CostDataStore
{
public:
    explicit SqliteCostDataStore(Database &db)
        : m_db(db)
    {
    }

private:
    [[maybe_unused]] Database &m_db;
};

} // namespace

std::unique_ptr<CostDataStore> makeSqliteCostDataStore(Database &db)
{
    return std::make_unique<SqliteCostDataStore>(db);
}

} // namespace bd
