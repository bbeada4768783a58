// Browser and bundler entry of `lendkit/pricing`: the product-page path. It
// loads the pricing wasm module only (`lowestInstalment`, `simulate`,
// `advertisement`...); validation, eligibility, `apr`, `disclosure`,
// `simulateMany` and `loanConditions(Grid)` come with `await import("lendkit")`
// when a form first needs them, which reuses this instance of the pricing module.
import { loadPricing } from "./load-browser.js";

await loadPricing();

export * from "./pricing-api.js";
