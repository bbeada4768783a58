// Browser and bundler entry of `lendkit`: fetches and instantiates the pricing
// and core wasm modules in parallel, with top-level await, so
// `import { simulate, validateEmail } from "lendkit"` is ready to use (every
// function synchronous) in Vite, webpack 5, esbuild, Rollup and a plain
// `<script type="module">`. A product page that only shows prices imports
// `lendkit/pricing` instead, which loads the pricing module alone. The lenders'
// clients load on the first client call (./load-browser.ts).
import { loadCore } from "./load-browser-core.js";
import { loadPricing } from "./load-browser.js";

await Promise.all([loadPricing(), loadCore()]);

export * from "./index.js";
