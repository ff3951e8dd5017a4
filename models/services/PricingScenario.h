#pragma once

namespace bd {

class Services;

// Registers the "pricing" scenario section (plans and rules, group plans, STANDARD groups, custom line items; see
// PricingScenario.cpp for its shape) with the services. Called by PricingService.
void registerPricingScenario(Services &services);

} // namespace bd
