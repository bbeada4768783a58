// The public API of the npm package `lendkit`: everything the pricing and core
// wasm modules export, with their generated types, plus the TypeScript SDK. The
// entry points (`browser.ts`, `node.ts`, `worker.ts`) initialise both modules
// before re-exporting this, and register how the clients' module is loaded (on
// first use). `lendkit/pricing` (./pricing-api.ts) is its pricing part alone.
//
// The core module's functions are listed by name so that its internal entries
// (`_simulateManyText`, `_loanConditionsText`: the text boundary behind
// ./pricing-core.ts, whose wire may change) are not part of the package;
// tests/js/package.test.mjs checks this list against the module.
export {
  apr,
  assetOffer,
  eligiblePrograms,
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
} from "./wasm/lendkit.js";
export type * from "./wasm/lendkit.js";
// The pricing module's functions (`apr`, `maxPrincipal` and `disclosure` are the
// core module's, above), as `lendkit/pricing` (./pricing-api.ts) has them. Its
// types are the core module's (tsify declares every type of the crate in both
// modules' declarations) but for BuildInfo.
export { buildInfo, lowestInstalment, version } from "./wasm/lendkit_pricing.js";
export type { BuildInfo } from "./wasm/lendkit_pricing.js";
export * from "./errors.js";
export * from "./clients.js";
// The SDK's client classes (lazy, errors as classes, files, UUIDs) take the
// place of the wasm classes of the same names; the call options are declared by
// the clients' module.
export { AssetLoansClient, NemuruClient, TuumClient } from "./clients.js";
// The pricing calls that cross as text take the place of the wasm exports:
// `simulate` (./pricing.ts, pricing module) and `loanConditions` keep their
// names, types and results; `simulateMany` and `loanConditionsGrid` price many
// loans per call. The last three are the core module's (./pricing-core.ts), so
// `lendkit/pricing` does not have them.
export { simulate } from "./pricing.js";
export { loanConditions, loanConditionsGrid, simulateMany } from "./pricing-core.js";
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
// Credit advertising in the shopper's market and language (sdk/legal/): the
// representative example and warning of CCD2 Art. 8 / CONC 3.5, its lint, the
// markets and Intl formatters, and `disclosure`, which takes the place of the
// wasm export (es/en/sv unchanged; fi/nb/da from the catalogs).
export { advertisement, quoteProblems } from "./legal/advertisement.js";
export type { Advertisement, AdvertisementItem, AdvertisementOptions } from "./legal/advertisement.js";
export { checkAdvertisement } from "./legal/check.js";
export type { AdvertisementCheck, AdvertisementProblem } from "./legal/check.js";
export { ITEM_KEYS, isSourced } from "./legal/catalog.js";
export type { Catalog, ItemKey, Messages, Source, SourcedWording, UnsourcedWording, Wording } from "./legal/catalog.js";
export { CATALOG_IDS, MARKETS, marketOf, resolveMarketLocale } from "./legal/markets.js";
export type { CatalogId, Market, MarketLocale, Regime } from "./legal/markets.js";
export { formatters, isDecimalString, scaleOf, shiftDecimal } from "./legal/format.js";
export type { DurationUnit, Formatters } from "./legal/format.js";
export { loadCatalog, registerCatalog, registeredCatalog } from "./legal/registry.js";
export { disclosure } from "./legal/disclosure.js";
// The pre-contract information sheet (SECCI, Directive (EU) 2023/2225 Annex I)
// built from a `Quote`: TypeScript over the quote's figures (sdk/secci/).
export { secci } from "./secci/index.js";
export type {
  Secci,
  SecciDistanceMarketing,
  SecciDistanceMarketingRow,
  SecciFallback,
  SecciField,
  SecciGroup,
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
