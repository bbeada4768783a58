// State survives a restart with a SQLite data file (each change committed
// before its answer, one row per record and per uploaded file; the previous
// JSON format imported once), deterministic mode is reproducible, and the CLI
// starts the server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startSandbox } from "../../sandbox/index.js";
import { ASSET_AUTH, client, loanBody, nemuruLogin, uuidOf } from "./helpers.mjs";

const Database = createRequire(import.meta.url)("better-sqlite3");

const dir = mkdtempSync(join(tmpdir(), "lendkit-sandbox-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** The records of one kind in a sandbox database (read with better-sqlite3, read-only). */
function rows(file, kind) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT id, json FROM records WHERE kind = ?").all(kind);
  } finally {
    db.close();
  }
}

test("the state, the clock and the id sequence survive a restart from the SQLite data file", async () => {
  const dataFile = join(dir, "state.db");
  const first = await startSandbox({ port: 0, deterministic: true, dataFile, control: true });
  let request = client(first);
  let auth = await nemuruLogin(request);
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(uuidOf(1)), headers: auth })).status, 201);
  const offer = (await request("POST", "/v1/asset-offers", { json: { identityNumber: "196801012342", country: "SE" }, headers: ASSET_AUTH })).body;
  await request("POST", "/_sandbox/advance", { json: { hours: 5 } });
  // Committed before the answer: the row is in the database while the server still runs.
  assert.equal(rows(dataFile, "nemuru.loans").length, 1);
  await first.close();
  assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith("state.db") && !/^state\.db(-wal|-shm)?$/.test(f)), [], "no temporary file");
  const header = readFileSync(dataFile).subarray(0, 15).toString("latin1");
  assert.equal(header, "SQLite format 3");

  const second = await startSandbox({ port: 0, deterministic: true, dataFile, control: true });
  request = client(second);
  auth = { authorization: auth.authorization };
  const loan = await request("GET", `/v2/loans/${uuidOf(1)}`, { headers: auth });
  assert.equal(loan.status, 200, "the access token and the loan are still there");
  assert.equal((await request("GET", `/v1/asset-offers/${offer.offerId}`, { headers: ASSET_AUTH })).status, 200);
  assert.equal((await request("GET", "/_sandbox")).body.now, "2026-04-15T15:23:44Z", "the advanced clock is kept");
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(uuidOf(1)), headers: auth })).status, 201, "still idempotent");
  await second.close();
});

test("a burst of changes: each its own rows, uploaded files as rows, nothing rewritten whole", async () => {
  const dataFile = join(dir, "burst.db");
  const sb = await startSandbox({ port: 0, deterministic: true, dataFile });
  const request = client(sb);
  const auth = await nemuruLogin(request);
  await Promise.all([...Array(50).keys()].map((i) => request("POST", "/v2/loans", { json: loanBody(uuidOf(500 + i)), headers: auth })));
  const files = { files: [{ name: "dni.pdf", type: "document", data: Buffer.from("%PDF-1.4 test").toString("base64") }] };
  assert.equal((await request("POST", `/v2/files?loanId=${uuidOf(500)}`, { json: files, headers: auth })).status, 201);
  assert.equal(rows(dataFile, "nemuru.loans").length, 50);
  const db = new Database(dataFile, { readonly: true });
  const file = db.prepare("SELECT loan_id, data FROM files").all();
  db.close();
  assert.equal(file.length, 1);
  assert.equal(file[0].loan_id, uuidOf(500));
  assert.equal(file[0].data.toString("utf8"), files.files[0].data);
  await sb.close();
});

test("a JSON data file of the previous format is imported once", async () => {
  const dataFile = join(dir, "legacy.data");
  const loan = { id: uuidOf(9), agentId: "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7", status: "status_initial", created_at: "x", updated_at: "x", loan_conditions: {}, borrower: {}, asset: {}, steps: [] };
  writeFileSync(
    dataFile,
    JSON.stringify({
      format: "lendkit-sandbox-state/1",
      clockOffset: 3_600_000,
      idCounter: 40,
      state: {
        asset: { offers: {}, loans: {}, contracts: {} },
        tuum: { offers: {}, contracts: {} },
        nemuru: { access: { "tok-1": { agentId: loan.agentId, expiresAt: 9e15 } }, refresh: {}, loans: { [loan.id]: loan }, webhooks: {}, files: { [loan.id]: [{ name: "f1", type: "document", original: "a.pdf", ext: "pdf", data: "QUJD" }] } },
        deliveries: [],
      },
    }),
  );
  const sb = await startSandbox({ port: 0, deterministic: true, dataFile, control: true });
  const request = client(sb);
  const auth = { authorization: "Bearer tok-1" };
  assert.equal((await request("GET", `/v2/loans/${loan.id}`, { headers: auth })).status, 200);
  assert.equal((await request("GET", `/v2/files?loanId=${loan.id}`, { headers: auth })).body.data.length, 1);
  assert.equal((await request("GET", "/_sandbox")).body.now, "2026-04-15T11:23:44Z");
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(uuidOf(10)), headers: auth })).status, 201);
  await sb.close();
  assert.ok(existsSync(`${dataFile}.v1.json`), "the JSON file is kept beside, renamed");
  assert.equal(readFileSync(dataFile).subarray(0, 15).toString("latin1"), "SQLite format 3");
  // A restart reads the database, not the JSON again: the loan created after the import is there.
  const again = await startSandbox({ port: 0, deterministic: true, dataFile });
  const r2 = client(again);
  assert.equal((await r2("GET", `/v2/loans/${uuidOf(10)}`, { headers: auth })).status, 200);
  assert.equal(rows(dataFile, "nemuru.loans").length, 2);
  await again.close();
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

test("`lendkit sandbox --help` documents --data, --control, --cors-origin and --public-url; bad values exit 2", async () => {
  const bin = fileURLToPath(new URL("../../bin/lendkit.mjs", import.meta.url));
  const help = await new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, "sandbox", "--help"], { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) => resolve({ code, out }));
  });
  assert.equal(help.code, 0);
  for (const flag of ["--data FILE", "--control", "--cors-origin ORIGIN", "--public-url URL"]) assert.ok(help.out.includes(flag), flag);
  for (const args of [["--cors-origin", "not a url"], ["--public-url", "ftp://x"]]) {
    const bad = spawn(process.execPath, [bin, "sandbox", "--port", "0", ...args], { stdio: "ignore" });
    assert.equal(await new Promise((resolve) => bad.on("exit", resolve)), 2, args.join(" "));
  }
});

test("500 concurrent creates on a data file: each committed once, all there after a restart", async () => {
  const dataFile = join(dir, "concurrent.db");
  const sb = await startSandbox({ port: 0, deterministic: true, dataFile });
  const request = client(sb);
  const auth = await nemuruLogin(request);
  const ids = [...Array(400).keys()].map((i) => uuidOf(200_000 + i));
  const results = await Promise.all([...ids, ...ids.slice(0, 100)].map((id) => request("POST", "/v2/loans", { json: loanBody(id), headers: auth })));
  assert.deepEqual([...new Set(results.map((r) => r.status))], [201]);
  assert.equal(rows(dataFile, "nemuru.loans").length, 400, "400 rows while the server runs");
  await sb.close();
  const again = await startSandbox({ port: 0, deterministic: true, dataFile });
  assert.equal(again.state.nemuru.loans.size, 400);
  await again.close();
});
