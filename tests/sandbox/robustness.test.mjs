// Bad input never takes the server down: malformed JSON, wrong content types,
// oversized bodies, unknown routes and methods each get their API's documented
// error shape. CORS for browsers. 500 concurrent create-loan requests lose and
// duplicate nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ASSET_AUTH, TUUM_HEADERS, client, loanBody, nemuruLogin, start, uuidOf } from "./helpers.mjs";

const sandbox = await start({ corsOrigins: ["http://127.0.0.1:8080", "http://localhost:5173", "http://example.test"] });
const request = client(sandbox);
const auth = await nemuruLogin(request);

const up = async () => assert.equal((await request("GET", "/v2/agent/profile", { headers: auth })).status, 200, "the server is still up");

test("malformed JSON: 400 in each API's shape", async () => {
  const raw = '{"username": "x",';
  const n = await request("POST", "/v2/login", { raw, headers: { "content-type": "application/json" } });
  assert.equal(n.status, 400);
  assert.equal(n.body.status, "ko");
  assert.ok(n.body.schema_errors);
  const t = await request("POST", "/api/v3/persons/ID-3392/offers", { raw, headers: { ...TUUM_HEADERS, "content-type": "application/json" } });
  assert.equal(t.status, 400);
  assert.equal(t.body.data, null);
  assert.ok(Array.isArray(t.body.validationErrors));
  const a = await request("POST", "/v1/asset-offers", { raw, headers: { ...ASSET_AUTH, "content-type": "application/json" } });
  assert.equal(a.status, 400);
  assert.equal(typeof a.body.error, "string");
  const notObject = await request("POST", "/v2/loans", { json: [1, 2, 3], headers: auth });
  assert.equal(notObject.status, 400);
  assert.ok(notObject.body.schema_errors);
  await up();
});

test("wrong content type: 415", async () => {
  const n = await request("POST", "/v2/login", { raw: "username=a&password=b", headers: { "content-type": "application/x-www-form-urlencoded" } });
  assert.equal(n.status, 415);
  assert.equal(n.body.status, "ko");
  assert.match(n.body.exception, /UnsupportedMediaTypeException$/);
  const t = await request("POST", "/api/v3/persons/ID-3392/offers", { raw: "<xml/>", headers: { ...TUUM_HEADERS, "content-type": "text/xml" } });
  assert.equal(t.status, 415);
  assert.equal(t.body.errors[0].code, "UNSUPPORTED_MEDIA_TYPE");
  const a = await request("POST", "/v1/asset-loans", { raw: "{}", headers: { ...ASSET_AUTH, "content-type": "text/plain" } });
  assert.equal(a.status, 415);
  await up();
});

test("oversized bodies: 413, and the server stays up", async () => {
  const big = JSON.stringify({ username: "x".repeat(2 * 1024 * 1024), password: "1" });
  const n = await request("POST", "/v2/login", { raw: big, headers: { "content-type": "application/json" } });
  assert.equal(n.status, 413);
  assert.equal(n.body.status, "ko");
  const a = await request("POST", "/v1/asset-offers", { raw: big, headers: { ...ASSET_AUTH, "content-type": "application/json" } });
  assert.equal(a.status, 413);
  assert.equal(typeof a.body.error, "string");
  await up();
});

test("unknown routes are 404 and wrong methods 405, in the shape of the API the path belongs to", async () => {
  const n = await request("GET", "/v2/nothing", { headers: auth });
  assert.equal(n.status, 404);
  assert.equal(n.body.status, "ko");
  const t = await request("GET", "/api/v9/whatever");
  assert.equal(t.status, 404);
  assert.equal(t.body.data, null);
  const a = await request("GET", "/v1/nothing");
  assert.equal(a.status, 404);
  assert.equal(typeof a.body.error, "string");
  const s = await request("GET", "/nowhere");
  assert.equal(s.status, 404);
  const m = await request("DELETE", "/v2/loans", { headers: auth });
  assert.equal(m.status, 405);
  assert.match(m.headers.get("allow"), /POST/);
  const bad = await request("GET", "/v1/asset-loans/%E0%A4%A", { headers: ASSET_AUTH });
  assert.equal(bad.status, 404);
  await up();
});

test("a broken HTTP request is answered 400 and the server stays up", async () => {
  const { connect } = await import("node:net");
  const url = new URL(sandbox.url);
  const reply = await new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write("NONSENSE\r\n\r\n"));
    let data = "";
    socket.on("data", (c) => (data += c));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
    socket.setTimeout(3000, () => socket.destroy(new Error("timeout")));
  });
  assert.match(reply, /^HTTP\/1\.1 400/);
  await up();
});

test("CORS: preflight and response headers for the configured browser origins", async () => {
  const pre = await fetch(`${sandbox.url}/v2/loans`, {
    method: "OPTIONS",
    headers: { origin: "http://127.0.0.1:8080", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get("access-control-allow-origin"), "http://127.0.0.1:8080");
  assert.match(pre.headers.get("access-control-allow-methods"), /POST/);
  assert.match(pre.headers.get("access-control-allow-headers"), /authorization/);
  const res = await fetch(`${sandbox.url}/v2/agent/profile`, { headers: { ...auth, origin: "http://localhost:5173" } });
  assert.equal(res.headers.get("access-control-allow-origin"), "http://localhost:5173");
  assert.match(res.headers.get("access-control-expose-headers"), /x-request-id/);
  assert.ok(res.headers.get("x-request-id"));
  const t = await fetch(`${sandbox.url}/api/v3/persons/ID-3392/offers`, {
    method: "OPTIONS",
    headers: { origin: "http://example.test", "access-control-request-headers": "x-auth-token, x-channel-code, content-type" },
  });
  assert.match(t.headers.get("access-control-allow-headers"), /x-auth-token/);
});

test("the request log records every request", async () => {
  const log = (await request("GET", "/_sandbox/requests")).body;
  assert.ok(log.length > 10);
  const entry = log.find((e) => e.path === "/v2/login" && e.status === 415);
  assert.ok(entry);
  assert.equal(entry.method, "POST");
  assert.equal(entry.operationId, "login");
  assert.equal(typeof entry.ms, "number");
});

test("500 concurrent create-loan requests: nothing lost, nothing duplicated", async () => {
  const before = sandbox.state.nemuru.loans.size;
  // 400 distinct loans, and 100 repeats of 100 of them: all 500 in flight at once.
  const ids = [...Array(400).keys()].map((i) => uuidOf(100_000 + i));
  const bodies = [...ids, ...ids.slice(0, 100)].map((id) => loanBody(id, { principal: 1000 + (Number.parseInt(id.slice(-6), 16) % 4000) }));
  const results = await Promise.all(bodies.map((b) => request("POST", "/v2/loans", { json: b, headers: auth })));
  const statuses = results.map((r) => r.status);
  assert.deepEqual([...new Set(statuses)], [201], `statuses: ${JSON.stringify(statuses.filter((s) => s !== 201).slice(0, 5))}`);
  assert.equal(sandbox.state.nemuru.loans.size - before, 400);
  // Each loan exists once, with its own principal.
  const sample = await Promise.all(ids.slice(0, 50).map((id) => request("GET", `/v2/loans/${id}`, { headers: auth })));
  sample.forEach((r, i) => {
    assert.equal(r.status, 200);
    assert.equal(r.body.payload.id, ids[i]);
    assert.equal(r.body.payload.loan_conditions.principal, bodies[i].principal);
  });
  // 500 concurrent conflicting repeats: every one a 409, nothing changed.
  const conflicts = await Promise.all(ids.map((id) => request("POST", "/v2/loans", { json: loanBody(id, { principal: 999 }), headers: auth })));
  assert.ok(conflicts.every((r) => r.status === 409));
  assert.equal(sandbox.state.nemuru.loans.size - before, 400);
  await up();
});
