// Node entry of `lendkit/pricing` (also Deno and Bun): the pricing module only.
import { catalogs } from "./legal/catalogs/all.js";
import { registerCatalog } from "./legal/registry.js";
import { loadPricingSync } from "./load-node.js";

loadPricingSync();

// A server has no bundle to keep small: every locale's catalog is registered.
for (const catalog of catalogs) registerCatalog(catalog);

export * from "./pricing-api.js";
