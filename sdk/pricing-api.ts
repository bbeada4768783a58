// The public API of `lendkit/pricing`: what a product page shows, from the
// pricing wasm module alone. Every function here is also exported by `lendkit`
// (./index.ts), the same functions over the same module instance.
export { apr, buildInfo, disclosure, lowestInstalment, maxPrincipal, version } from "./wasm/lendkit_pricing.js";
export type * from "./wasm/lendkit_pricing.js";
export * from "./errors.js";
// The pricing calls that cross as text (./pricing.ts) take the place of the
// wasm exports: `simulate` and `loanConditions` keep their names, types and
// results; `simulateMany` and `loanConditionsGrid` price many loans per call.
export { loanConditions, loanConditionsGrid, simulate, simulateMany } from "./pricing.js";
