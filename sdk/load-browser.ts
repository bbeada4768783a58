// Browsers and bundlers: each module is fetched from
// `new URL("./wasm/<name>_bg.wasm", import.meta.url)` (which Vite, webpack 5,
// Rollup's URL plugins and Parcel emit as an asset) and compiled while it
// streams in. This file and the package's bundles (pkg/lendkit-*.js) sit beside
// pkg/wasm/, so the URL holds in both. The fetch starts when a load is first
// called; a `<link rel="preload" as="fetch" crossorigin href=".../lendkit_pricing_bg.wasm">`
// starts it with the HTML instead (README, "Loading").
//
// Importing this module does nothing by itself (lendkit/components imports it
// in Node too): the clients' loader is registered on the first load.
//
// The core module's loader is in ./load-browser-core.ts, so that the
// product-page path (`lendkit/pricing`, <lendkit-offer>) does not carry the
// core module's glue.
import initPricing from "./wasm/lendkit_pricing.js";
import { setClientsLoader } from "./clients-loader.js";
import { once } from "./modules.js";

let registered = false;
/** Registers the browser's way of loading the clients' module (on the first load of any module). */
export function registerClients(): void {
  if (registered) return;
  registered = true;
  setClientsLoader(async () => {
    const clients = await import("./wasm/lendkit_clients.js");
    await clients.default({ module_or_path: new URL("./wasm/lendkit_clients_bg.wasm", import.meta.url) });
    return clients;
  });
}

/** Fetches and instantiates the pricing module (once). */
export const loadPricing = once(async () => {
  registerClients();
  await initPricing({ module_or_path: new URL("./wasm/lendkit_pricing_bg.wasm", import.meta.url) });
});
