// Node entry of `lendkit/pricing` (also Deno and Bun): the pricing module only.
import { loadPricingSync } from "./load-node.js";

loadPricingSync();

export * from "./pricing-api.js";
