// Entry of `lendkit` for Cloudflare Workers (`workerd`), other `worker`
// runtimes and `edge-light`: the wasm modules come in as ES module imports
// (compiled `WebAssembly.Module`s) and are instantiated with `initSync`, never
// fetched from `import.meta.url` (./load-worker.ts).
import { loadCoreSync, loadPricingSync } from "./load-worker.js";

loadPricingSync();
loadCoreSync();

export * from "./index.js";
