// Where the clients' wasm module (pkg/wasm/lendkit_clients.js, built with the
// `client-exports` feature) comes from. It is loaded lazily, on the first client
// call, so a checkout page that only prices and validates never downloads it.
// The entry points register how to load it: browser.ts with a dynamic import
// and the glue's default `init()` (bundlers split it into its own chunk, with
// its `.wasm` as an asset), node.ts with a dynamic import, `readFileSync` and
// `initSync`. This module is internal: index.ts does not re-export it.
import type * as Clients from "./wasm/lendkit_clients.js";

/** The clients' wasm module, initialised. */
export type ClientsModule = typeof Clients;

let loader: (() => Promise<ClientsModule>) | undefined;
let loading: Promise<ClientsModule> | undefined;

/** Registers how the clients' module is fetched and instantiated (the entry points call this once). */
export function setClientsLoader(load: () => Promise<ClientsModule>): void {
  loader = load;
  loading = undefined;
}

/**
 * The clients' module, loaded and instantiated on the first call and shared
 * afterwards. A failed load (the network dropped) is forgotten, so the next
 * call tries again.
 */
export function clientsModule(): Promise<ClientsModule> {
  if (loading === undefined) {
    const load = loader;
    if (load === undefined) {
      return Promise.reject(new Error('lendkit: the clients module has no loader; import "lendkit" through its package entry'));
    }
    loading = load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
  }
  return loading;
}

/** Whether the clients' module has been requested yet (for tests and diagnostics). */
export function clientsModuleRequested(): boolean {
  return loading !== undefined;
}
