// Injected faults (POST/GET/DELETE /_sandbox/faults): the next `count` matching
// lender requests answer the status in their API's documented error shape,
// before their route runs; preflights and the sandbox's own routes are never
// faulted; bad input is refused with every problem listed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ASSET_AUTH, TUUM_HEADERS, client, loanBody, nemuruLogin, operationFor, schemaErrors, start, uuidOf } from "./helpers.mjs";

const ORIGIN = "http://127.0.0.1:8080";
const sandbox = await start({ corsOrigins: [ORIGIN] });
const seen = [];
const request = client(sandbox, { record: (r) => seen.push(r) });
const doc = (await request("GET", "/openapi.json")).body;
const auth = await nemuruLogin(request);

/** Checks a response against the schema the document gives `ref`. */
const matches = (r, ref) => assert.deepEqual(schemaErrors(doc, { $ref: `#/components/schemas/${ref}` }, r.body), [], `${ref}: ${r.text}`);
const inject = async (fault) => {
  const r = await request("POST", "/_sandbox/faults", { json: fault });
  assert.equal(r.status, 201, r.text);
  return r.body;
};
const pending = async () => (await request("GET", "/_sandbox/faults")).body.faults;
const offer = { requestedMoney: { amount: "20000", currencyCode: "GBP" }, loanPeriod: 12, loanTypeCode: "BALLOON_LOAN", paymentDay: 1, offeredMoney: { amount: "20000", currencyCode: "GBP" } };

test("Nemuru: the next two GETs under the prefix answer 503 as Nemuru's error object, then the loan is served", async () => {
  const id = uuidOf(501);
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(id), headers: auth })).status, 201);
  const added = await inject({ status: 503, count: 2, method: "get", path: "/v2/loans/" });
  assert.deepEqual(added.fault, { id: added.fault.id, status: 503, remaining: 2, method: "GET", path: "/v2/loans/" });
  // Another method, or another path, is not faulted.
  assert.equal((await request("GET", "/v2/agent/profile", { headers: auth })).status, 200);
  for (let i = 0; i < 2; i++) {
    const r = await request("GET", `/v2/loans/${id}`, { headers: { ...auth, origin: ORIGIN } });
    assert.equal(r.status, 503);
    matches(r, "NemuruError");
    assert.equal(r.body.status, "ko");
    assert.match(r.body.exception, /\\ServiceUnavailableException$/);
    assert.match(r.headers.get("x-request-id"), /^req_/);
    assert.equal(r.headers.get("access-control-allow-origin"), ORIGIN, "a browser on an allowed origin can read the 503");
  }
  assert.deepEqual(await pending(), []);
  const r = await request("GET", `/v2/loans/${id}`, { headers: auth });
  assert.equal(r.status, 200);
  assert.equal(r.body.payload.id, id);
  // The request log shows the faulted requests like any other.
  const log = (await request("GET", "/_sandbox/requests")).body.filter((e) => e.path === `/v2/loans/${id}`);
  assert.deepEqual(log.map((e) => e.status), [503, 503, 200]);
});

test("Tuum: a faulted POST answers the envelope and never reaches its route; the next one creates the offer", async () => {
  const before = sandbox.state.tuum.offers.size;
  await inject({ status: 503, path: "/api/v3/persons/ID-3392/offers" });
  const r = await request("POST", "/api/v3/persons/ID-3392/offers", { json: offer, headers: TUUM_HEADERS });
  assert.equal(r.status, 503);
  matches(r, "TuumError");
  assert.deepEqual(r.body.errors.map((e) => e.code), ["SERVICE_UNAVAILABLE"]);
  assert.equal(r.body.data, null);
  assert.equal(sandbox.state.tuum.offers.size, before, "no offer was created");
  const ok = await request("POST", "/api/v3/persons/ID-3392/offers", { json: offer, headers: TUUM_HEADERS });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(sandbox.state.tuum.offers.size, before + 1);
});

test("asset loans: `{ error }` with the given status and message, any method when none is given", async () => {
  await inject({ status: 500, count: 2, path: "/v1/asset-offers/", message: "registry down" });
  // The prefix is a prefix of the path: /v1/asset-offers (the list) does not match it.
  assert.equal((await request("GET", "/v1/asset-offers?identityNumber=196801012342", { headers: ASSET_AUTH })).status, 200);
  const get = await request("GET", "/v1/asset-offers/off_k93mxp12", { headers: ASSET_AUTH });
  assert.equal(get.status, 500);
  matches(get, "AssetError");
  assert.deepEqual(get.body, { error: "registry down" });
  // The fault comes before the route checks anything (here: the missing token).
  const unauth = await request("GET", "/v1/asset-offers/off_none");
  assert.equal(unauth.status, 500);
  assert.equal((await request("GET", "/v1/asset-offers/off_k93mxp12", { headers: ASSET_AUTH })).status, 200);
});

test("faults match in order; preflights and the sandbox's own routes are never faulted; DELETE clears them", async () => {
  await inject({ status: 502, count: 1, method: "GET", path: "/v1/asset-loans/" });
  await inject({ status: 504, count: 3 });
  assert.deepEqual(
    (await pending()).map((f) => [f.status, f.remaining]),
    [
      [502, 1],
      [504, 3],
    ],
  );
  const preflight = await request("OPTIONS", "/v1/asset-loans/loan_x", {
    headers: { origin: "http://shop.example", "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
  });
  assert.equal(preflight.status, 204);
  assert.equal((await request("GET", "/openapi.json")).status, 200);
  assert.equal((await request("GET", "/_sandbox")).status, 200);
  assert.equal((await request("POST", "/_sandbox/advance", { json: { seconds: 1 } })).status, 200);
  assert.equal((await pending()).length, 2, "nothing was consumed");
  const first = await request("GET", "/v1/asset-loans/loan_none", { headers: ASSET_AUTH });
  assert.equal(first.status, 502);
  matches(first, "AssetError");
  const login = await request("POST", "/v2/login", { json: { username: "username@email.com", password: "12345" } });
  assert.equal(login.status, 504);
  matches(login, "NemuruError");
  assert.match(login.body.exception, /\\GatewayTimeoutException$/);
  const cleared = await request("DELETE", "/_sandbox/faults");
  assert.deepEqual(cleared.body, { cleared: 1, faults: [] });
  assert.equal((await request("GET", "/v1/asset-loans/loan_none", { headers: ASSET_AUTH })).status, 404);
  assert.equal((await request("DELETE", "/_sandbox/faults")).body.cleared, 0);
});

test("bad faults are refused with each problem listed, and nothing is added", async () => {
  const r = await request("POST", "/_sandbox/faults", { json: { status: 200, count: 0, method: "FETCH", path: "v2/loans", message: 1 } });
  assert.equal(r.status, 400);
  matches(r, "SandboxError");
  assert.deepEqual(r.body.errors.map((e) => e.path), ["status", "count", "method", "path", "message"]);
  assert.equal((await request("POST", "/_sandbox/faults", { json: {} })).status, 400);
  assert.equal((await request("POST", "/_sandbox/faults", { json: [503] })).status, 400);
  assert.equal((await request("POST", "/_sandbox/faults", { json: { status: 503, count: 1.5 } })).status, 400);
  assert.deepEqual(await pending(), []);
});

test("the fault routes are in /openapi.json and their responses match it", async () => {
  seen.length = 0;
  await inject({ status: 503, path: "/v1/none" });
  await request("POST", "/_sandbox/faults", { json: { status: 99 } });
  await request("GET", "/_sandbox/faults");
  await request("DELETE", "/_sandbox/faults");
  const ids = new Set();
  for (const r of seen) {
    const found = operationFor(doc, r.method, r.path);
    assert.ok(found, `${r.method} ${r.path} is documented`);
    ids.add(found.operation.operationId);
    const schema = found.operation.responses[String(r.status)]?.content?.["application/json"]?.schema;
    assert.ok(schema, `${found.operation.operationId} documents ${r.status}`);
    assert.deepEqual(schemaErrors(doc, schema, r.body), [], `${found.operation.operationId} ${r.status}`);
  }
  assert.deepEqual([...ids].sort(), ["sandboxClearFaults", "sandboxFaults", "sandboxInjectFault"]);
});
