// Node entry (ESM, Node 20+): reads the wasm module from disk and instantiates
// it synchronously at import time.
import { readFileSync } from "node:fs";
import { initSync } from "./wasm/lendkit.js";

initSync({ module: readFileSync(new URL("./wasm/lendkit_bg.wasm", import.meta.url)) });

export * from "./index.js";
