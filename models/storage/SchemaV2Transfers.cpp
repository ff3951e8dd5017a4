#include "Migrations.h"

namespace bd {

// Placeholder step so that versions stay dense; the Transfers issue fills it before it ships.
Migration schemaV2Transfers()
{
    return {2, QStringLiteral("Transfers"), {}};
}

} // namespace bd
