#include "Migrations.h"

namespace bd {

// Placeholder step so that versions stay dense; the CostData issue fills it before it ships.
Migration schemaV3CostData()
{
    return {3, QStringLiteral("CostData"), {}};
}

} // namespace bd
