// `npm start`: installs what is missing, builds pkg/ if it is out of date, and
// serves the demo checkout on http://127.0.0.1:PORT (default 8080).
import { build } from "./build.mjs";
import { ensureNodeModules, ensureRust } from "./toolchain.mjs";
import { serve } from "./serve.mjs";

await ensureRust();
await ensureNodeModules();
await build();
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";
const { url } = await serve({ port, host });
console.log(`lendkit demo checkout: ${url}`);
console.log("press Ctrl+C to stop");
