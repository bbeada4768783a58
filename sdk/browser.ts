// Browser and bundler entry: fetches and instantiates the core wasm module once,
// with top-level await, so `import { simulate } from "lendkit"` is ready to use
// in Vite, webpack 5 and a plain `<script type="module">`. The module's URL is
// `new URL("lendkit_bg.wasm", import.meta.url)` inside the generated glue,
// which bundlers recognise as an asset.
//
// The lenders' clients live in a second wasm module, fetched only on the first
// client call: the dynamic import below becomes its own chunk in Vite/webpack,
// and its glue's `new URL("lendkit_clients_bg.wasm", import.meta.url)` its asset.
import init from "./wasm/lendkit.js";
import { setClientsLoader } from "./clients-loader.js";

await init();

setClientsLoader(async () => {
  const clients = await import("./wasm/lendkit_clients.js");
  await clients.default();
  return clients;
});

export * from "./index.js";
