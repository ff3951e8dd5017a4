#pragma once

#include "domain/Result.h"

namespace bd {

// Cost data: imports, their line items (written by the back-end's bulk writer) and rollups.
class CostDataStore
{
public:
    virtual ~CostDataStore() = default;
};

} // namespace bd
