// Node entry of `lendkit` (ESM, also Deno and Bun): reads the pricing and core
// wasm modules from disk and instantiates them synchronously at import time (no
// top-level await, so `require("lendkit")` works through Node's require(esm)).
// The clients' module is read on the first client call only (./load-node.ts).
import { loadCoreSync, loadPricingSync } from "./load-node.js";

loadPricingSync();
loadCoreSync();

export * from "./index.js";
