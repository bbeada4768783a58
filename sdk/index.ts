// The public API of the npm package `lendkit`: everything the pricing and core
// wasm modules export, with their generated types, plus the TypeScript SDK. The
// entry points (`browser.ts`, `node.ts`, `worker.ts`) initialise both modules
// before re-exporting this, and register how the clients' module is loaded (on
// first use). `lendkit/pricing` (./pricing-api.ts) is its pricing part alone.
//
// The core module's functions are listed by name so that its internal entries
// (`_simulateText`, `_simulateManyText`, `_loanConditionsText`: the text
// boundary behind ./pricing.ts, whose wire may change) are not part of the
// package; tests/js/package.test.mjs checks this list against the module.
export {
  assetOffer,
  eligiblePrograms,
  isValidIdentityNumber,
  parseWebhookEvent,
  toNemuruBadRequest,
  validateBase64,
  validateCountryCode,
  validateCurrencyCode,
  validateDate,
  validateEmail,
  validateIban,
  validateIdentityNumber,
  validateIdentityNumberLines,
  validateIdentityNumbers,
  validatePhone,
  validateRequest,
  validateRequestJson,
  validateUrl,
  validateUuid,
  verifyWebhookAuthorization,
} from "./wasm/lendkit.js";
export type * from "./wasm/lendkit.js";
// The pricing module's functions, as `lendkit/pricing` (./pricing-api.ts) has
// them. Its types are the core module's (tsify declares every type of the crate
// in both modules' declarations) but for BuildInfo.
export { apr, buildInfo, disclosure, lowestInstalment, maxPrincipal, version } from "./wasm/lendkit_pricing.js";
export type { BuildInfo } from "./wasm/lendkit_pricing.js";
export * from "./errors.js";
export * from "./clients.js";
// The SDK's client classes (lazy, errors as classes, files, UUIDs) take the
// place of the wasm classes of the same names; the call options are declared by
// the clients' module.
export { AssetLoansClient, NemuruClient, TuumClient } from "./clients.js";
// The pricing calls that cross as text (./pricing.ts) take the place of the
// wasm exports: `simulate` and `loanConditions` keep their names, types and
// results; `simulateMany` and `loanConditionsGrid` price many loans per call.
export { loanConditions, loanConditionsGrid, simulate, simulateMany } from "./pricing.js";
export type { CallOptions, WaitOptions } from "./wasm/lendkit_clients.js";
