// The public API of the npm package `lendkit`: everything the wasm core
// exports, with its generated types, plus the TypeScript SDK. The entry points
// `browser.ts` and `node.ts` initialise the module before re-exporting this.
export * from "./wasm/lendkit.js";
export * from "./errors.js";
export * from "./clients.js";
// The SDK's client classes (errors as classes, files, UUIDs) take the place of
// the wasm classes of the same names.
export { AssetLoansClient, NemuruClient, TuumClient } from "./clients.js";
