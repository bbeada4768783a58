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
  --data FILE        keep the state in FILE across restarts (written atomically)
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

const { startSandbox } = await import("../sandbox/index.js");
const sandbox = await startSandbox({
  port,
  host: typeof values.host === "string" ? values.host : "127.0.0.1",
  ...(typeof values.data === "string" ? { dataFile: values.data } : {}),
  deterministic: values.deterministic ? (typeof values.seed === "string" ? { seed: values.seed } : true) : false,
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
