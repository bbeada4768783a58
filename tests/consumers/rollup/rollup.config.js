// Rollup: node-resolve with the `browser` condition, and
// @web/rollup-plugin-import-meta-assets to emit each `new URL("*.wasm", import.meta.url)`.
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { importMetaAssets } from "@web/rollup-plugin-import-meta-assets";

export default {
  input: "main.js",
  output: { dir: "dist", format: "es" },
  plugins: [nodeResolve({ browser: true }), importMetaAssets()],
};
