// The public API of the npm package `lendkit`: everything the core wasm module
// exports, with its generated types, plus the TypeScript SDK. The entry points
// `browser.ts` and `node.ts` initialise the core module before re-exporting
// this, and register how the clients' module is loaded (on first use).
//
// The core module's functions are listed by name so that its internal entries
// (`_simulateText`, `_simulateManyText`, `_loanConditionsText`: the text
// boundary behind ./pricing.ts, whose wire may change) are not part of the
// package; tests/js/package.test.mjs checks this list against the module.
export {
  apr,
  assetOffer,
  buildInfo,
  disclosure,
  eligiblePrograms,
  lowestInstalment,
  maxPrincipal,
  parseWebhookEvent,
  toNemuruBadRequest,
  validateBase64,
  validateCountryCode,
  validateCurrencyCode,
  validateDate,
  validateEmail,
  validateIban,
  validatePhone,
  validateUrl,
  validateUuid,
  verifyWebhookAuthorization,
  version,
} from "./wasm/lendkit.js";
export type * from "./wasm/lendkit.js";
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
// The identity checks and validateRequest (./identity.ts) take the place of the
// wasm exports of the same names: they pass "today" (the shopper's local date)
// when the caller gives none, so a birth date in the future is refused.
export {
  isValidIdentityNumber,
  localToday,
  validateIdentityNumber,
  validateIdentityNumberLines,
  validateIdentityNumbers,
  validateRequest,
  validateRequestJson,
} from "./identity.js";
export type { CallOptions, WaitOptions } from "./wasm/lendkit_clients.js";
