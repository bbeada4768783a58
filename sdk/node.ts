// Node entry of `lendkit` (ESM, also Deno and Bun): reads the pricing and core
// wasm modules from disk and instantiates them synchronously at import time (no
// top-level await, so `require("lendkit")` works through Node's require(esm)).
// The clients' module is read on the first client call only (./load-node.ts).
import { loadCoreSync, loadPricingSync } from "./load-node.js";
import { catalogs } from "./legal/catalogs/all.js";
import { registerCatalog } from "./legal/registry.js";

loadPricingSync();
loadCoreSync();

// A server has no bundle to keep small: every locale's catalog is registered.
for (const catalog of catalogs) registerCatalog(catalog);

export * from "./index.js";
