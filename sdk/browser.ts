// Browser and bundler entry: fetches and instantiates the wasm module once,
// with top-level await, so `import { simulate } from "lendkit"` is ready to use
// in Vite, webpack 5 and a plain `<script type="module">`. The module's URL is
// `new URL("lendkit_bg.wasm", import.meta.url)` inside the generated glue,
// which bundlers recognise as an asset.
import init from "./wasm/lendkit.js";

await init();

export * from "./index.js";
