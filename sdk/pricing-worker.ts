// Worker (`workerd`, `worker`, `edge-light`) entry of `lendkit/pricing`: the
// pricing module only, instantiated from its imported `WebAssembly.Module`.
import { loadPricingSync } from "./load-worker.js";

loadPricingSync();

export * from "./pricing-api.js";
