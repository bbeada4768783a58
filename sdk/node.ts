// Node entry (ESM, Node 20+): reads the core wasm module from disk and
// instantiates it synchronously at import time. The clients' module is read and
// instantiated on the first client call only (a webhook-only server never
// loads it: the webhook helpers are in the core module).
import { readFileSync } from "node:fs";
import { initSync } from "./wasm/lendkit.js";
import { setClientsLoader } from "./clients-loader.js";
import { catalogs } from "./legal/catalogs/all.js";
import { registerCatalog } from "./legal/registry.js";

initSync({ module: readFileSync(new URL("./wasm/lendkit_bg.wasm", import.meta.url)) });

setClientsLoader(async () => {
  const clients = await import("./wasm/lendkit_clients.js");
  clients.initSync({ module: readFileSync(new URL("./wasm/lendkit_clients_bg.wasm", import.meta.url)) });
  return clients;
});

// A server has no bundle to keep small: every locale's catalog is registered.
for (const catalog of catalogs) registerCatalog(catalog);

export * from "./index.js";
