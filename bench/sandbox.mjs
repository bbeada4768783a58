// The sandbox's create-loan throughput and p99 latency, persistence on
// (`--data FILE`: SQLite, each create committed before its answer) beside off
// (in memory). Each sandbox runs in its own process (bin/lendkit.mjs) on
// 127.0.0.1; autocannon (npm) sends POST /v2/loans with a fresh UUID per
// request, 10 connections, a few seconds per run (bounded).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const SECONDS = Number(process.env.BENCH_SANDBOX_SECONDS ?? 5);
const CONNECTIONS = 10;
const bin = fileURLToPath(new URL("../bin/lendkit.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "lendkit-bench-"));

/** @param {string[]} extra */
async function launch(extra) {
  const child = spawn(process.execPath, [bin, "sandbox", "--port", "0", "--quiet", ...extra], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
      const m = /lendkit sandbox: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`sandbox exited ${code}: ${out}`)));
  });
  return { child, url: /** @type {string} */ (url) };
}

let counter = 0;
const body = (/** @type {number} */ n) =>
  JSON.stringify({
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`,
    agent_id: "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7",
    currency: "EUR",
    term: 30,
    principal: 5000,
    annual_interest: 0.091,
    program: "free_program",
    borrower: { email: "john.doe@gmail.com", first_name: "John", last_name: "Doe", phone_number: "+34601000001" },
    asset_type: "home_improvement",
    asset: { description: "Reformas de mi casa", value: 10000 },
  });

/** @param {string} name @param {string[]} extra */
async function measure(name, extra) {
  const { child, url } = await launch(extra);
  try {
    const login = await fetch(`${url}/v2/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "username@email.com", password: "12345" }),
    }).then((r) => r.json());
    // Warm-up (JIT, wasm, SQLite pages), not measured.
    await autocannon({
      url: `${url}/v2/loans`,
      connections: CONNECTIONS,
      duration: 1,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${login.access_token}` },
          setupRequest: (req) => ({ ...req, body: body(++counter) }),
        },
      ],
    });
    const result = await autocannon({
      url: `${url}/v2/loans`,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${login.access_token}` },
          setupRequest: (req) => ({ ...req, body: body(++counter) }),
        },
      ],
    });
    const non2xx = result.non2xx + result.errors;
    if (non2xx > 0) throw new Error(`${name}: ${non2xx} requests were not answered 2xx`);
    return { name, rps: result.requests.average, p99: result.latency.p99, total: result.requests.total };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

try {
  // Alternated (off, on, off, on) so that a load change on the machine hits both; each figure is the mean of its two runs.
  const runs = [];
  for (let i = 0; i < 2; i++) {
    runs.push(await measure("persistence off (in memory)", []));
    runs.push(await measure("persistence on (--data, SQLite WAL)", ["--data", join(dir, `bench-${i}.db`)]));
  }
  const mean = (/** @type {number} */ k) => ({
    name: runs[k].name,
    rps: (runs[k].rps + runs[k + 2].rps) / 2,
    p99: (runs[k].p99 + runs[k + 2].p99) / 2,
    total: runs[k].total + runs[k + 2].total,
  });
  const off = mean(0);
  const on = mean(1);
  console.log(`sandbox POST /v2/loans, ${CONNECTIONS} connections, ${SECONDS} s each, 127.0.0.1`);
  for (const r of [off, on]) {
    console.log(`  ${r.name.padEnd(38)} ${r.rps.toFixed(0).padStart(6)} req/s   p99 ${String(r.p99).padStart(4)} ms   (${r.total} creates)`);
  }
  console.log(`  throughput on/off: ${(on.rps / off.rps).toFixed(2)}x   p99 on/off: ${(on.p99 / Math.max(1, off.p99)).toFixed(2)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
