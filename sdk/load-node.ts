// Node, Deno and Bun: each module is read from disk next to this file and
// instantiated synchronously, so the Node entries need no top-level await (and
// CommonJS `require("lendkit")` works through Node's require(esm)).
import { readFileSync } from "node:fs";
import { initSync as initPricing } from "./wasm/lendkit_pricing.js";
import { initSync as initCore } from "./wasm/lendkit.js";
import { setClientsLoader } from "./clients-loader.js";

const bytes = (name: string) => readFileSync(new URL(`./wasm/${name}`, import.meta.url));

let pricing = false;
let core = false;

/** Reads and instantiates the pricing module (once). */
export function loadPricingSync(): void {
  if (pricing) return;
  initPricing({ module: bytes("lendkit_pricing_bg.wasm") });
  pricing = true;
}

/** Reads and instantiates the core module: validation, eligibility, webhooks (once). */
export function loadCoreSync(): void {
  if (core) return;
  initCore({ module: bytes("lendkit_bg.wasm") });
  core = true;
}

setClientsLoader(async () => {
  const clients = await import("./wasm/lendkit_clients.js");
  clients.initSync({ module: bytes("lendkit_clients_bg.wasm") });
  return clients;
});
