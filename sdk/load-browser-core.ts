// The browser's loader of the core module (validation, eligibility, webhook
// checks), beside ./load-browser.ts: fetched from
// `new URL("./wasm/lendkit_bg.wasm", import.meta.url)` and compiled while it
// streams in, at most once.
import initCore from "./wasm/lendkit.js";
import { registerClients } from "./load-browser.js";
import { once } from "./modules.js";

/** Fetches and instantiates the core module: validation, eligibility, webhooks (once). */
export const loadCore = once(async () => {
  registerClients();
  await initCore({ module_or_path: new URL("./wasm/lendkit_bg.wasm", import.meta.url) });
});
