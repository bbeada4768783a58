// `npm test` step: Schemathesis against the sandbox's own /openapi.json, one run
// per API with its credentials (Nemuru, Tuum, asset loans) and one for the
// control API, each on a fresh in-memory sandbox, every check on, a bounded
// time budget (about two minutes in all). Any failing check fails the step.
// Schemathesis lives in .lendkit/venv (scripts/toolchain.mjs, ensureSchemathesis).
import { join } from "node:path";
import { root, run, step, StepError } from "./lib.mjs";
import { ensureSchemathesis } from "./toolchain.mjs";

/** Seconds per run: 4 runs, about two minutes in all. */
const BUDGET = Number(process.env.LENDKIT_SCHEMATHESIS_SECONDS ?? 20);

/**
 * @typedef {object} Target
 * @property {string} name
 * @property {string} tag the OpenAPI tag of its operations
 * @property {(url: string) => Promise<string[]>} headers `-H` values (credentials)
 */

/** @type {Target[]} */
export const TARGETS = [
  {
    name: "Nemuru",
    tag: "nemuru",
    async headers(url) {
      const r = await fetch(`${url}/v2/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "username@email.com", password: "12345" }),
      });
      if (r.status !== 200) throw new StepError(`Nemuru login failed: ${r.status}`);
      const { access_token: token } = /** @type {{ access_token: string }} */ (await r.json());
      return [`Authorization: Bearer ${token}`];
    },
  },
  { name: "Tuum", tag: "tuum", headers: async () => ["x-auth-token: sandbox"] },
  { name: "asset loans", tag: "asset-loans", headers: async () => ["Authorization: Bearer sandbox"] },
  { name: "control", tag: "sandbox", headers: async () => [] },
];

/** Runs every target; returns a one-line summary. */
export async function schemathesisStep() {
  const st = await ensureSchemathesis();
  await step(`Schemathesis against /openapi.json (${TARGETS.length} APIs)`, async () => {
    const { startSandbox } = await import("../sandbox/index.js");
    const summary = [];
    /** @type {string[]} */
    const failed = [];
    let lastLog = "";
    for (const target of TARGETS) {
      const sandbox = await startSandbox({ port: 0, host: "127.0.0.1", control: true, log: false });
      try {
        const headers = await target.headers(sandbox.url);
        const args = [
          "--config-file",
          join(root, "tests", "schemathesis", "schemathesis.toml"),
          "run",
          `${sandbox.url}/openapi.json`,
          "--include-tag",
          target.tag,
          "--checks",
          "all",
          "--max-time",
          String(BUDGET),
          "--seed",
          "14",
          "--workers",
          "1",
          "--warnings",
          "off",
          ...headers.flatMap((h) => ["-H", h]),
        ];
        const { code, text, log } = await run(st, args, { cwd: join(root, ".lendkit"), logName: `schemathesis-${target.tag}`, allowFail: true, env: { NO_COLOR: "1", SCHEMATHESIS_TELEMETRY: "false" } });
        const line = text.match(/^=+ .*(?:passed|failed|error).* =+$/m)?.[0] ?? text.trim().split("\n").pop() ?? "";
        summary.push(`${target.name}: ${line.replace(/=/g, "").trim()}`);
        if (code !== 0) {
          failed.push(`${target.name} (log: ${log})`);
          lastLog = log;
        }
      } finally {
        await sandbox.close();
      }
    }
    if (failed.length) throw new StepError(`${summary.join("; ")}; failing: ${failed.join(", ")}`, lastLog);
    return summary.join("; ");
  });
}
