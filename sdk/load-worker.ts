// Cloudflare Workers (workerd, wrangler), other `worker` runtimes and
// `edge-light`: no `fetch` of `import.meta.url` there (it is not a URL a
// worker can fetch), so each `.wasm` is imported as an ES module, which these
// runtimes and their bundlers (wrangler's CompiledWasm rule) turn into a
// compiled `WebAssembly.Module`, and instantiated with `initSync`. The imports
// are static (a worker's modules are all uploaded with it); each module is
// instantiated only when first needed.
import pricingModule from "./wasm/lendkit_pricing_bg.wasm";
import coreModule from "./wasm/lendkit_bg.wasm";
import clientsModule from "./wasm/lendkit_clients_bg.wasm";
import { initSync as initPricing } from "./wasm/lendkit_pricing.js";
import { initSync as initCore } from "./wasm/lendkit.js";
import { setClientsLoader } from "./clients-loader.js";

let pricing = false;
let core = false;

/** Instantiates the pricing module (once). */
export function loadPricingSync(): void {
  if (pricing) return;
  initPricing({ module: pricingModule });
  pricing = true;
}

/** Instantiates the core module: validation, eligibility, webhooks (once). */
export function loadCoreSync(): void {
  if (core) return;
  initCore({ module: coreModule });
  core = true;
}

setClientsLoader(async () => {
  const clients = await import("./wasm/lendkit_clients.js");
  clients.initSync({ module: clientsModule });
  return clients;
});
