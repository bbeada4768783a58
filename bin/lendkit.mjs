#!/usr/bin/env node
// @ts-check
// The `lendkit` command. `lendkit sandbox` starts the sandbox server: the
// asset-loans, Tuum and Nemuru APIs on one port, validated and priced by
// lendkit's own wasm build.
import { parseArgs } from "node:util";

const USAGE = `usage: lendkit sandbox [options]

Starts the lendkit sandbox server (asset loans /v1, Tuum /api, Nemuru /v2).

options:
  --port N           port to listen on (default 8081, or $SANDBOX_PORT; 0 picks a free one)
  --host HOST        interface to bind (default 127.0.0.1)
  --data FILE        keep the state in the SQLite database FILE across restarts (WAL; every change is
                     committed before it is answered); a JSON data file of the previous format is imported once
  --control          serve the control endpoints /_sandbox/* (move the clock, drive steps, inject faults);
                     without it they answer 404. They are unauthenticated: use only on a trusted machine
  --cors-origin ORIGIN
                     let pages from ORIGIN (e.g. http://127.0.0.1:8080) read answers; repeat for more.
                     Without it no origin is allowed
  --public-url URL   the sandbox's URL in the links it hands out (signingUrl); default its listen address
  --deterministic    frozen clock at 2026-04-15T10:23:44Z and seeded ids (advance with POST /_sandbox/advance)
  --seed TEXT        the id seed in deterministic mode (default "lendkit-sandbox")
  --quiet            no request log
  -h, --help         this text`;

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === "-h" || command === "--help" || command === "help") {
  console.log(USAGE);
  process.exit(command === undefined ? 1 : 0);
}
if (command !== "sandbox") {
  console.error(`lendkit: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  process.exit(2);
}

/** @type {ReturnType<typeof parseArgs>["values"]} */
let values;
try {
  ({ values } = parseArgs({
    args: rest,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      data: { type: "string" },
      control: { type: "boolean" },
      "cors-origin": { type: "string", multiple: true },
      "public-url": { type: "string" },
      deterministic: { type: "boolean" },
      seed: { type: "string" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }));
} catch (e) {
  console.error(`lendkit sandbox: ${/** @type {Error} */ (e).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const portText = String(values.port ?? process.env.SANDBOX_PORT ?? "8081");
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) {
  console.error(`lendkit sandbox: --port must be 0 to 65535, got ${portText}`);
  process.exit(2);
}

/** @param {string} flag @param {string} text */
function origin(flag, text) {
  let u;
  try {
    u = new URL(text);
  } catch {
    u = undefined;
  }
  if (!u || (u.protocol !== "http:" && u.protocol !== "https:")) {
    console.error(`lendkit sandbox: ${flag} must be an http(s) URL, got ${text}`);
    process.exit(2);
  }
  return u;
}
const corsOrigins = (/** @type {string[] | undefined} */ (values["cors-origin"]) ?? []).map((o) => origin("--cors-origin", o).origin);
const publicUrl = typeof values["public-url"] === "string" ? origin("--public-url", values["public-url"]).href.replace(/\/+$/, "") : undefined;

const { startSandbox } = await import("../sandbox/index.js");
const sandbox = await startSandbox({
  port,
  host: typeof values.host === "string" ? values.host : "127.0.0.1",
  ...(typeof values.data === "string" ? { dataFile: values.data } : {}),
  deterministic: values.deterministic ? (typeof values.seed === "string" ? { seed: values.seed } : true) : false,
  control: Boolean(values.control),
  corsOrigins,
  ...(publicUrl ? { publicUrl } : {}),
  log: !values.quiet,
});
console.log(`lendkit sandbox: ${sandbox.url}  (OpenAPI: ${sandbox.url}/openapi.json)`);
if (sandbox.missingExports.length) {
  console.log(`lendkit sandbox: this lendkit build lacks ${sandbox.missingExports.join(", ")}; run \`npm run build\``);
}
let stopping = false;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    sandbox.close().then(() => process.exit(0));
  });
}
