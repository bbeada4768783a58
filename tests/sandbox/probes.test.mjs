// Hostile requests a shared sandbox meets: ids that name Object.prototype's
// members, JSON nested deeper than the limit, a clock moved absurdly far,
// pages from a foreign origin, the control endpoints of a sandbox started
// without --control, a foreign Host header, an unexpected error inside a
// unit of work. Each is answered in the API's own error shape, changes no
// state, and the server keeps serving.
import { test } from "node:test";
import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { ASSET_AUTH, TUUM_HEADERS, client, loanBody, nemuruLogin, start, uuidOf } from "./helpers.mjs";

const ALLOWED = "http://127.0.0.1:8080";
const sandbox = await start({ corsOrigins: [ALLOWED] });
const request = client(sandbox);
const auth = await nemuruLogin(request);

const up = async () => {
  assert.equal((await request("GET", "/v2/agent/profile", { headers: auth })).status, 200, "the server is still up");
  assert.equal((await request("GET", "/v1/asset-offers", { headers: ASSET_AUTH })).status, 200);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  assert.equal(/** @type {any} */ ({}).status, undefined, "Object.prototype is untouched");
  assert.equal(/** @type {any} */ ({}).id, undefined);
};

const PROTO_IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];
const isNemuruError = (b) => b?.status === "ko" && typeof b.exception === "string" && typeof b.error === "string";
const isTuumError = (b) => b?.data === null && (Array.isArray(b.errors) || Array.isArray(b.validationErrors));
const isAssetError = (b) => typeof b?.error === "string";

test("ids naming Object.prototype's members are no record: 404 on every route, lender and control", async () => {
  const loanId = uuidOf(77);
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(loanId), headers: auth })).status, 201);
  for (const id of PROTO_IDS) {
    const e = encodeURIComponent(id);
    // asset loans
    for (const path of [`/v1/asset-offers/${e}`, `/v1/asset-loans/${e}`]) {
      const r = await request("GET", path, { headers: ASSET_AUTH });
      assert.equal(r.status, 404, `GET ${path}: ${r.text}`);
      assert.ok(isAssetError(r.body), r.text);
    }
    const offer = await request("POST", "/v1/asset-loans", {
      json: { offerId: id, assetId: id, loanAmount: 80000, termMonths: 60, currency: "SEK", customer: { identityNumber: "196801012342", country: "SE" } },
      headers: ASSET_AUTH,
    });
    assert.equal(offer.status, 404, `POST /v1/asset-loans offerId ${id}: ${offer.text}`);
    // the signing page
    assert.equal((await request("GET", `/sign/${e}`)).status, 404);
    assert.equal((await request("POST", `/sign/${e}`, { raw: "action=sign", headers: { "content-type": "application/x-www-form-urlencoded" } })).status, 404);
    // Nemuru
    const g = await request("GET", `/v2/loans/${e}`, { headers: auth });
    assert.equal(g.status, 404, `GET /v2/loans/${id}: ${g.text}`);
    assert.ok(isNemuruError(g.body));
    for (const [method, path] of [
      ["GET", `/v2/files?loanId=${e}`],
      ["PUT", `/v2/webhooks?id=${e}`],
    ]) {
      const r = await request(method, path, {
        headers: auth,
        ...(method === "PUT" ? { json: { client: "callback", event: "loan_steps", target: "https://example.com/hook" } } : {}),
      });
      assert.equal(r.status, 404, `${method} ${path}: ${r.text}`);
      assert.ok(isNemuruError(r.body));
    }
    const refresh = await request("POST", "/v2/login/refresh", { json: { refresh_token: id } });
    assert.equal(refresh.status, 401, `refresh ${id}: ${refresh.text}`);
    const token = await request("GET", "/v2/agent/profile", { headers: { authorization: `Bearer ${id}` } });
    assert.equal(token.status, 401, `bearer ${id}: ${token.text}`);
    // Tuum
    const person = await request("POST", `/api/v3/persons/${e}/offers`, {
      json: { requestedMoney: { amount: "5000", currencyCode: "EUR" }, loanPeriod: 12, loanTypeCode: "CONSUMER_LOAN" },
      headers: TUUM_HEADERS,
    });
    assert.equal(person.status, 404, `person ${id}: ${person.text}`);
    assert.ok(isTuumError(person.body));
    const accept = await request("POST", `/api/v2/offers/${e}/accept`, { json: {}, headers: TUUM_HEADERS });
    assert.equal(accept.status, 404, `offer ${id}: ${accept.text}`);
    assert.ok(isTuumError(accept.body));
    const product = await request("POST", "/api/v3/persons/ID-3392/offers", {
      json: { requestedMoney: { amount: "5000", currencyCode: "EUR" }, loanPeriod: 12, loanTypeCode: id },
      headers: TUUM_HEADERS,
    });
    assert.equal(product.status, 400, `loanTypeCode ${id}: ${product.text}`);
    assert.ok(isTuumError(product.body));
    // control
    for (const path of [`/_sandbox/nemuru/loans/${e}/step`, `/_sandbox/asset-loans/${e}/sign`, `/_sandbox/asset-loans/${e}/register`]) {
      const r = await request("POST", path, { json: { step: "status_opened" } });
      assert.equal(r.status, 404, `POST ${path}: ${r.text}`);
    }
  }
  // A real record is still found, and a later object reads nothing odd.
  assert.equal((await request("GET", `/v2/loans/${loanId}`, { headers: auth })).status, 200);
  await up();
});

test("JSON nested deeper than the limit: 400 in each API's shape, the server stays up", async () => {
  const deep = "[".repeat(1000) + "]".repeat(1000); // 2 KB, 1,000 levels
  const n = await request("POST", "/v2/loans", { raw: deep, headers: { ...auth, "content-type": "application/json" } });
  assert.equal(n.status, 400, n.text);
  assert.ok(isNemuruError(n.body) && n.body.schema_errors, n.text);
  const t = await request("POST", "/api/v3/persons/ID-3392/offers", { raw: deep, headers: { ...TUUM_HEADERS, "content-type": "application/json" } });
  assert.equal(t.status, 400, t.text);
  assert.ok(isTuumError(t.body), t.text);
  const a = await request("POST", "/v1/asset-offers", { raw: `{"a":${"{\"a\":".repeat(999)}1${"}".repeat(1000)}`, headers: { ...ASSET_AUTH, "content-type": "application/json" } });
  assert.equal(a.status, 400, a.text);
  assert.ok(isAssetError(a.body), a.text);
  const s = await request("POST", "/_sandbox/advance", { raw: deep, headers: { "content-type": "application/json" } });
  assert.equal(s.status, 400);
  // Brackets inside strings do not count.
  const inString = await request("POST", "/v2/login", { json: { username: "[".repeat(500), password: "{".repeat(500) } });
  assert.equal(inString.status, 401, inString.text);
  await up();
});

test("a clock advance beyond the documented range is a 400 and the clock stays put", async () => {
  const sandbox = await start();
  const request = client(sandbox);
  const auth = await nemuruLogin(request);
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(uuidOf(77)), headers: auth })).status, 201);
  const up = async () => assert.equal((await request("GET", "/v1/asset-offers", { headers: ASSET_AUTH })).status, 200);
  const before = (await request("GET", "/_sandbox")).body.now;
  for (const body of [{ days: 1e12 }, { ms: 1e300 }, { hours: 87_601 }, { days: 3651 }, { to: "+275760-09-13T00:00:00.000Z" }, { to: 12 }]) {
    const r = await request("POST", "/_sandbox/advance", { json: body });
    assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(typeof r.body.error, "string");
  }
  assert.equal((await request("GET", "/_sandbox")).body.now, before);
  const ok = await request("POST", "/_sandbox/advance", { json: { days: 3650 } });
  assert.equal(ok.status, 200);
  await up();
  const again = await nemuruLogin(request); // the first access token expired on the way
  assert.equal((await request("GET", `/v2/loans/${uuidOf(77)}`, { headers: again })).body.payload.status, "status_expired");
});

test("CORS: only the configured origins may read answers", async () => {
  const foreign = await fetch(`${sandbox.url}/v2/agent/profile`, { headers: { ...auth, origin: "https://evil.example" } });
  assert.equal(foreign.headers.get("access-control-allow-origin"), null);
  const pre = await fetch(`${sandbox.url}/_sandbox/advance`, {
    method: "OPTIONS",
    headers: { origin: "https://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });
  assert.equal(pre.headers.get("access-control-allow-origin"), null);
  assert.equal(pre.headers.get("access-control-allow-methods"), null);
  const allowed = await fetch(`${sandbox.url}/v2/agent/profile`, { headers: { ...auth, origin: ALLOWED } });
  assert.equal(allowed.headers.get("access-control-allow-origin"), ALLOWED);
  const none = await start({ corsOrigins: [] });
  const r = await fetch(`${none.url}/v2/login`, { method: "OPTIONS", headers: { origin: ALLOWED, "access-control-request-method": "POST" } });
  assert.equal(r.headers.get("access-control-allow-origin"), null);
});

test("without --control the control endpoints are 404 and not in /openapi.json; the signing page stays", async () => {
  const plain = await start({ control: false });
  const req = client(plain);
  for (const [method, path] of [
    ["GET", "/_sandbox"],
    ["POST", "/_sandbox/advance"],
    ["POST", "/_sandbox/faults"],
    ["GET", "/_sandbox/requests"],
    ["GET", "/_sandbox/deliveries"],
    ["POST", "/_sandbox/asset-loans/x/sign"],
  ]) {
    const r = await req(method, path, method === "POST" ? { json: { days: 1, status: 503 } } : {});
    assert.equal(r.status, 404, `${method} ${path}`);
  }
  const doc = (await req("GET", "/openapi.json")).body;
  assert.deepEqual(Object.keys(doc.paths).filter((p) => p.startsWith("/_sandbox")), []);
  assert.equal((await req("GET", "/sign/ctr_nothing")).status, 404, "the signing page route is served (404: no such contract)");
});

/** A request with a chosen Host header (fetch would not send one). */
function withHost(url, path, host, body) {
  return new Promise((resolve, reject) => {
    const u = new URL(path, url);
    const data = JSON.stringify(body);
    const req = httpRequest(
      { hostname: u.hostname, port: u.port, path: u.pathname, method: "POST", headers: { host, ...ASSET_AUTH, "content-type": "application/json", "content-length": Buffer.byteLength(data) } },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

const ASSET_LOAN = {
  offerId: "off_k93mxp12",
  assetId: "asset_vehicle_9f3kd82jpl",
  loanAmount: 80000,
  termMonths: 60,
  currency: "SEK",
  customer: { identityNumber: "196801012342", country: "SE", email: "anna.larsson@email.se", phone: "+46701234567" },
};

test("signingUrl uses the configured public URL, never the request's Host", async () => {
  const fresh = await start();
  const r = await withHost(fresh.url, "/v1/asset-loans", "evil.example", ASSET_LOAN);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const url = r.body.requirements[0].details.signingUrl;
  assert.ok(url.startsWith(`${fresh.url}/sign/`), url);
  const published = await start({ publicUrl: "https://sandbox.example.test/" });
  const p = await withHost(published.url, "/v1/asset-loans", "evil.example", ASSET_LOAN);
  assert.ok(p.body.requirements[0].details.signingUrl.startsWith("https://sandbox.example.test/sign/"), p.body.requirements[0].details.signingUrl);
  assert.equal((await client(published)("GET", "/openapi.json")).body.servers[0].url, "https://sandbox.example.test");
});

test("an unexpected error inside a unit of work is a 500 in the API's shape and leaves the state as it was", async () => {
  let failNext = false;
  const sb = await start({
    beforeCommit() {
      if (failNext) {
        failNext = false;
        throw new Error("injected failure inside the transaction");
      }
    },
  });
  const req = client(sb);
  const a = await nemuruLogin(req);
  const id = uuidOf(4242);
  const loans = sb.state.nemuru.loans.size;
  failNext = true;
  const failed = await req("POST", "/v2/loans", { json: loanBody(id), headers: a });
  assert.equal(failed.status, 500);
  assert.ok(isNemuruError(failed.body), failed.text);
  assert.equal(sb.state.nemuru.loans.size, loans, "no loan was kept");
  assert.equal((await req("GET", `/v2/loans/${id}`, { headers: a })).status, 404);
  // A change in place (accepting a Tuum offer) is undone too.
  failNext = true;
  const accept = await req("POST", "/api/v2/offers/ID-1664282481/accept", {
    json: { paymentInstructions: [{ beneficiaryName: "Seller", beneficiaryIban: "GB33BUKB20201555555555", money: { amount: "1000", currencyCode: "GBP" } }] },
    headers: TUUM_HEADERS,
  });
  if (accept.status !== 404) {
    assert.equal(accept.status, 500, accept.text);
    assert.ok(isTuumError(accept.body));
    assert.equal(sb.state.tuum.offers.get("ID-1664282481").statusCode, "PREPARING");
  }
  // The clock too.
  const now = (await req("GET", "/_sandbox")).body.now;
  failNext = true;
  assert.equal((await req("POST", "/_sandbox/advance", { json: { days: 2 } })).status, 500);
  assert.equal((await req("GET", "/_sandbox")).body.now, now);
  // And the next request works.
  assert.equal((await req("POST", "/v2/loans", { json: loanBody(id), headers: a })).status, 201);
  assert.equal((await req("GET", `/v2/loans/${id}`, { headers: a })).status, 200);
});

test("bodies over the limit are 413 in the API's shape, up to and past each documented limit", async () => {
  const login = await request("POST", "/v2/login", { raw: JSON.stringify({ username: "x".repeat(1024 * 1024), password: "1" }), headers: { "content-type": "application/json" } });
  assert.equal(login.status, 413);
  assert.ok(isNemuruError(login.body));
  const loanId = uuidOf(78);
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(loanId), headers: auth })).status, 201);
  // Nemuru's upload limit is 20 MB (20,000,000 bytes): one byte more is a 413, not a 400.
  const over = JSON.stringify({ files: [{ name: "a.pdf", type: "document", data: "" }] });
  const pad = 20_000_001 - Buffer.byteLength(over);
  const big = over.replace('"data":""', `"data":"${"A".repeat(pad)}"`);
  assert.equal(Buffer.byteLength(big), 20_000_001);
  const r = await request("POST", `/v2/files?loanId=${loanId}`, { raw: big, headers: { ...auth, "content-type": "application/json" } });
  assert.equal(r.status, 413, r.text.slice(0, 200));
  assert.ok(isNemuruError(r.body));
  await up();
});
