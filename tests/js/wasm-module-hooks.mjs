// Node module hooks that load `import m from "./x.wasm"` as workerd and
// wrangler do (a compiled `WebAssembly.Module` as the default export), so that
// tests/js/entries.test.mjs can run the package's worker entries in Node.
import { readFileSync } from "node:fs";

export async function load(url, context, nextLoad) {
  if (url.endsWith(".wasm")) {
    const bytes = readFileSync(new URL(url)).toString("base64");
    return {
      format: "module",
      shortCircuit: true,
      source: `export default new WebAssembly.Module(Uint8Array.from(atob(${JSON.stringify(bytes)}), (c) => c.charCodeAt(0)));`,
    };
  }
  return nextLoad(url, context);
}
