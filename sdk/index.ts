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
  isValidIdentityNumber,
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
  validateIdentityNumber,
  validateIdentityNumberLines,
  validateIdentityNumbers,
  validatePhone,
  validateRequest,
  validateRequestJson,
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
export type { CallOptions, WaitOptions } from "./wasm/lendkit_clients.js";
// The pre-contract information sheet (SECCI, Directive (EU) 2023/2225 Annex I)
// built from a `Quote`: TypeScript over the quote's figures (sdk/secci/).
export { secci } from "./secci/index.js";
export type {
  Secci,
  SecciFallback,
  SecciField,
  SecciLatePayment,
  SecciMessageKey,
  SecciOptions,
  SecciPart,
  SecciParty,
  SecciRegime,
  SecciScheduleRow,
  SecciSection,
  SecciValue,
} from "./secci/index.js";
