// State survives a restart with a data file (written atomically: no torn or
// temporary files left), deterministic mode is reproducible, and the CLI
// starts the server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startSandbox } from "../../sandbox/index.js";
import { ASSET_AUTH, client, loanBody, nemuruLogin, uuidOf } from "./helpers.mjs";

const dir = mkdtempSync(join(tmpdir(), "lendkit-sandbox-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test("the state, the clock and the id sequence survive a restart from the data file", async () => {
  const dataFile = join(dir, "state.json");
  const first = await startSandbox({ port: 0, deterministic: true, dataFile });
  let request = client(first);
  let auth = await nemuruLogin(request);
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(uuidOf(1)), headers: auth })).status, 201);
  const offer = (await request("POST", "/v1/asset-offers", { json: { identityNumber: "196801012342", country: "SE" }, headers: ASSET_AUTH })).body;
  await request("POST", "/_sandbox/advance", { json: { hours: 5 } });
  await first.close();
  assert.deepEqual(readdirSync(dir), ["state.json"], "no temporary file is left beside the data file");
  const saved = JSON.parse(readFileSync(dataFile, "utf8"));
  assert.equal(saved.format, "lendkit-sandbox-state/1");

  const second = await startSandbox({ port: 0, deterministic: true, dataFile });
  request = client(second);
  auth = { authorization: auth.authorization };
  const loan = await request("GET", `/v2/loans/${uuidOf(1)}`, { headers: auth });
  assert.equal(loan.status, 200, "the access token and the loan are still there");
  assert.equal((await request("GET", `/v1/asset-offers/${offer.offerId}`, { headers: ASSET_AUTH })).status, 200);
  assert.equal((await request("GET", "/_sandbox")).body.now, "2026-04-15T15:23:44Z", "the advanced clock is kept");
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(uuidOf(1)), headers: auth })).status, 201, "still idempotent");
  await second.close();
});

test("many changes in a burst are saved, the last state last", async () => {
  const dataFile = join(dir, "burst.json");
  const sb = await startSandbox({ port: 0, deterministic: true, dataFile });
  const request = client(sb);
  const auth = await nemuruLogin(request);
  await Promise.all([...Array(50).keys()].map((i) => request("POST", "/v2/loans", { json: loanBody(uuidOf(500 + i)), headers: auth })));
  await sb.close();
  const saved = JSON.parse(readFileSync(dataFile, "utf8"));
  assert.equal(Object.keys(saved.state.nemuru.loans).length, 50);
});

test("deterministic mode gives the same ids and times on every run", async () => {
  const run = async () => {
    const sb = await startSandbox({ port: 0, deterministic: { seed: "same" } });
    const request = client(sb);
    const login = (await request("POST", "/v2/login", { json: { username: "username@email.com", password: "12345" } })).body;
    const loan = (
      await request("POST", "/v1/asset-loans", {
        json: { offerId: "off_k93mxp12", assetId: "asset_vehicle_9f3kd82jpl", loanAmount: 80000, termMonths: 60, currency: "SEK", customer: { identityNumber: "196801012342", country: "SE", email: "anna.larsson@email.se", phone: "+46701234567" } },
        headers: ASSET_AUTH,
      })
    ).body;
    await sb.close();
    return { token: login.access_token, loanId: loan.loanId, expiresAt: loan.requirements[0].details.expiresAt };
  };
  const a = await run();
  const b = await run();
  assert.deepEqual(a, b);
  assert.equal(a.expiresAt, "2026-04-18T10:23:44Z");
});

test("`lendkit sandbox --port 0 --deterministic` starts the server and stops on SIGTERM", async () => {
  const bin = fileURLToPath(new URL("../../bin/lendkit.mjs", import.meta.url));
  const child = spawn(process.execPath, [bin, "sandbox", "--port", "0", "--deterministic", "--quiet", "--control"], { stdio: ["ignore", "pipe", "pipe"] });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 10_000);
    child.stdout.on("data", (c) => {
      out += c;
      const m = /lendkit sandbox: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  const info = await (await fetch(`${url}/_sandbox`)).json();
  assert.equal(info.deterministic, true);
  assert.equal(info.now, "2026-04-15T10:23:44Z");
  const code = await new Promise((resolve) => {
    child.on("exit", resolve);
    child.kill("SIGTERM");
  });
  assert.equal(code, 0);
  const bad = spawn(process.execPath, [bin, "sandbox", "--port", "nope"], { stdio: "ignore" });
  assert.equal(await new Promise((resolve) => bad.on("exit", resolve)), 2);
});
