// `npm start`: installs what is missing, builds pkg/ if it is out of date,
// serves the demo checkout on http://127.0.0.1:PORT (default 8080) and starts
// the sandbox server beside it on SANDBOX_PORT (default 8081).
import { build } from "./build.mjs";
import { ensureNodeModules, ensureRust } from "./toolchain.mjs";
import { serve } from "./serve.mjs";

await ensureRust();
await ensureNodeModules();
await build();
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";
// The demo reads the sandbox's URL from /config.json, filled in once it listens.
const config = { sandboxUrl: "" };
const { url } = await serve({ port, host, config });
// Imported after the build: the sandbox validates and prices with pkg/.
const { startSandbox } = await import("../sandbox/index.js");
// The demo's sandbox panel uses the control endpoints, from the demo's origin.
const sandbox = await startSandbox({
  port: Number(process.env.SANDBOX_PORT ?? 8081),
  host,
  log: true,
  control: true,
  corsOrigins: [new URL(url).origin, ...(process.env.SANDBOX_CORS_ORIGINS ?? "").split(",").filter(Boolean)],
  ...(process.env.SANDBOX_DATA ? { dataFile: process.env.SANDBOX_DATA } : {}),
});
config.sandboxUrl = sandbox.url;
console.log(`lendkit demo checkout: ${url}`);
console.log(`lendkit sandbox:       ${sandbox.url}/ (OpenAPI: ${sandbox.url}/openapi.json)`);
console.log("press Ctrl+C to stop");
