// webpack 5 with no loader or plugin: it bundles `new URL("*.wasm", import.meta.url)`
// as an asset and supports the entry's top-level await.
import { fileURLToPath } from "node:url";

export default {
  mode: "production",
  context: fileURLToPath(new URL(".", import.meta.url)),
  entry: "./main.js",
  output: { path: fileURLToPath(new URL("dist", import.meta.url)), filename: "main.js", clean: true },
};
