// esbuild bundles the JavaScript but leaves `new URL("…wasm", import.meta.url)`
// as it is: the package's `.wasm` files (its `lendkit/wasm/*` subpath) are
// copied beside the bundle, where those URLs point.
import { build } from "esbuild";
import { cpSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
await build({ entryPoints: [here("main.js")], bundle: true, format: "esm", splitting: true, outdir: here("dist"), logLevel: "warning" });
const wasmDir = dirname(fileURLToPath(import.meta.resolve("lendkit/wasm/lendkit_bg.wasm")));
cpSync(wasmDir, here("dist/wasm"), { recursive: true, filter: (f) => !/\.(js|ts)$/.test(f) });
