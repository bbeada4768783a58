// The public API of `lendkit/pricing`: what a product page shows, from the
// pricing wasm module alone. Every function here is also exported by `lendkit`
// (./index.ts), the same functions over the same module instance. `apr`,
// `maxPrincipal`, `disclosure`, `simulateMany`, `loanConditions` and
// `loanConditionsGrid` are in the core module (`lendkit`), which a product page
// does not load (tests/js/pricing-surface.test.mjs).
export { buildInfo, lowestInstalment, version } from "./wasm/lendkit_pricing.js";
export type * from "./wasm/lendkit_pricing.js";
export * from "./errors.js";
// `simulate` crosses as text (./pricing.ts) and takes the place of the wasm
// export, with its name, types and results.
export { simulate } from "./pricing.js";
// Credit advertising (sdk/legal/): TypeScript over the quote, so the product
// page shows the legally required example without the core module.
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
