// /openapi.json describes what the sandbox serves: OpenAPI 3.1, the typed
// clients' operationIds, and real responses of every operation (successes and
// errors) match their documented schemas.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ASSET_AUTH, TUUM_HEADERS, client, loanBody, nemuruLogin, operationFor, receiver, schemaErrors, start, uuidOf } from "./helpers.mjs";

const sandbox = await start();
const seen = [];
const request = client(sandbox, { record: (r) => seen.push(r) });

const CLIENT_OPERATIONS = [
  "login",
  "getAgentProfile",
  "getLoanConditions",
  "createLoan",
  "loanAction",
  "getLoan",
  "createWebhook",
  "listWebhooks",
  "updateWebhook",
  "uploadFiles",
  "listFiles",
  "createOffer",
  "acceptOffer",
  "createAssetOffer",
  "listAssetOffers",
  "getAssetOffer",
  "createAssetLoan",
  "getAssetLoan",
];

test("the document is OpenAPI 3.1 with the typed clients' operationIds, each unique", async () => {
  const r = await request("GET", "/openapi.json");
  assert.equal(r.status, 200);
  const doc = r.body;
  assert.equal(doc.openapi, "3.1.0");
  assert.equal(doc.servers[0].url, sandbox.url);
  const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
  assert.equal(new Set(ids).size, ids.length, "operationIds are unique");
  for (const id of CLIENT_OPERATIONS) assert.ok(ids.includes(id), `missing operationId ${id}`);
  // Every $ref resolves.
  const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
  for (const ref of new Set(refs)) assert.ok(doc.components.schemas[ref.slice(22, -1)], ref);
  // The checker itself catches what it should.
  const conditions = { $ref: "#/components/schemas/LoanConditions" };
  assert.ok(schemaErrors(doc, conditions, { tae: "0.095" }).length > 3);
  assert.deepEqual(schemaErrors(doc, { $ref: "#/components/schemas/AssetError" }, { error: "Loan not found" }), []);
  assert.ok(schemaErrors(doc, { $ref: "#/components/schemas/NemuruError" }, { status: "ok", exception: "x", error: "y", extra: 1 }).length === 2);
});

test("real responses of every operation match the document", async () => {
  const doc = (await request("GET", "/openapi.json")).body;
  seen.length = 0;
  const hook = await receiver();
  // Nemuru
  await request("POST", "/v2/login", { json: { username: "username@email.com", password: "nope" } });
  await request("POST", "/v2/login", { json: {} });
  const login = await request("POST", "/v2/login", { json: { username: "username@email.com", password: "12345" } });
  await request("POST", "/v2/login/refresh", { json: { refresh_token: login.body.refresh_token } });
  const auth = await nemuruLogin(request);
  await request("GET", "/v2/agent/profile", { headers: auth });
  await request("GET", "/v2/agent/profile");
  await request("GET", `/v2/loan-conditions?agent_id=23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7&currency=EUR&term=30&principal=5000`, { headers: auth });
  await request("GET", `/v2/loan-conditions?agent_id=9286898b-7bb7-4885-9a9b-94c4e880378b&currency=EUR&term=30&principal=5000`, { headers: auth });
  const id = uuidOf(1);
  const hookRes = await request("POST", "/v2/webhooks", { json: { client: "callback", event: "loan_steps", target: hook.url }, headers: auth });
  await request("GET", "/v2/webhooks", { headers: auth });
  await request("PUT", `/v2/webhooks?id=${hookRes.body.payload[0].id}`, { json: { client: "callback", event: "loan_steps", target: hook.url }, headers: auth });
  await request("POST", "/v2/loans", { json: loanBody(id), headers: auth });
  await request("POST", "/v2/loans", { json: loanBody(id, { principal: 1 }), headers: auth });
  await request("POST", "/v2/loans", { json: loanBody(uuidOf(2), { asset_type: "education" }), headers: auth });
  await request("POST", "/v2/loans/actions", { json: { id, op: "approveLoan" }, headers: auth });
  await request("POST", "/v2/loans/actions", { json: { id, op: "payLoan" }, headers: auth });
  await request("POST", "/v2/loans/actions", { json: { id: uuidOf(3), op: "payLoan" }, headers: auth });
  await request("GET", `/v2/loans/${id}`, { headers: auth });
  await request("GET", `/v2/loans/${uuidOf(3)}`, { headers: auth });
  await request("POST", `/v2/files?loanId=${id}`, { json: { files: [{ name: "a.pdf", type: "document_id_front", data: "aGVsbG8=" }] }, headers: auth });
  await request("GET", `/v2/files?loanId=${id}`, { headers: auth });
  // Tuum
  const created = await request("POST", "/api/v3/persons/ID-3392/offers", {
    json: { requestedMoney: { amount: "20000", currencyCode: "GBP" }, loanPeriod: 12, loanTypeCode: "BALLOON_LOAN", paymentDay: 1, offeredMoney: { amount: "20000", currencyCode: "GBP" } },
    headers: TUUM_HEADERS,
  });
  await request("POST", "/api/v3/persons/ID-3392/offers", { json: { loanPeriod: "x" }, headers: TUUM_HEADERS });
  await request("POST", "/api/v3/persons/ID-3392/offers", { json: {}, headers: { "x-channel-code": "system" } });
  await request("POST", `/api/v2/offers/${created.body.data.offerId}/accept`, { raw: "", headers: TUUM_HEADERS });
  await request("POST", "/api/v2/offers/ID-1664282481/accept", { raw: "", headers: TUUM_HEADERS });
  await request("POST", "/api/v2/offers/ID-1664282481/accept", { raw: "", headers: TUUM_HEADERS });
  // Asset loans
  await request("POST", "/v1/asset-offers", { json: { identityNumber: "196801012342", country: "SE" }, headers: ASSET_AUTH });
  await request("POST", "/v1/asset-offers", { json: { identityNumber: "15038512363", country: "NO" }, headers: ASSET_AUTH });
  await request("POST", "/v1/asset-offers", { json: { identityNumber: "196801012345", country: "SE" }, headers: ASSET_AUTH });
  await request("GET", "/v1/asset-offers?identityNumber=196801012342", { headers: ASSET_AUTH });
  await request("GET", "/v1/asset-offers/off_k93mxp12", { headers: ASSET_AUTH });
  await request("GET", "/v1/asset-offers/off_none", { headers: ASSET_AUTH });
  const loan = await request("POST", "/v1/asset-loans", {
    json: { offerId: "off_k93mxp12", assetId: "asset_vehicle_9f3kd82jpl", loanAmount: 80000, termMonths: 60, currency: "SEK", customer: { identityNumber: "196801012342", country: "SE", email: "anna.larsson@email.se", phone: "+46701234567" } },
    headers: ASSET_AUTH,
  });
  await request("GET", `/v1/asset-loans/${loan.body.loanId}`, { headers: ASSET_AUTH });
  await request("POST", `/_sandbox/asset-loans/${loan.body.loanId}/sign`);
  await request("POST", `/_sandbox/asset-loans/${loan.body.loanId}/register`);
  await request("GET", `/v1/asset-loans/${loan.body.loanId}`, { headers: ASSET_AUTH });
  await request("GET", "/v1/asset-loans/loan_none", { headers: ASSET_AUTH });
  await request("GET", "/v1/asset-loans/loan_none");
  await request("POST", "/_sandbox/advance", { json: { seconds: 1 } });
  await request("POST", `/_sandbox/nemuru/loans/${id}/step`, { json: { step: "status_denied" } });

  const covered = new Set();
  const problems = [];
  for (const r of seen) {
    const found = operationFor(doc, r.method, r.path);
    if (!found) {
      problems.push(`${r.method} ${r.path}: no operation in the document`);
      continue;
    }
    covered.add(found.operation.operationId);
    const response = found.operation.responses[String(r.status)];
    if (!response) {
      problems.push(`${r.method} ${r.path}: status ${r.status} is not documented for ${found.operation.operationId}`);
      continue;
    }
    const schema = response.content?.["application/json"]?.schema;
    if (!schema) {
      if (r.text !== "") problems.push(`${r.method} ${r.path}: ${r.status} documented without a body, got ${r.text.slice(0, 80)}`);
      continue;
    }
    for (const e of schemaErrors(doc, schema, r.body)) problems.push(`${found.operation.operationId} ${r.status}: ${e}`);
  }
  assert.deepEqual(problems, []);
  for (const id of CLIENT_OPERATIONS) assert.ok(covered.has(id), `no response of ${id} was checked`);
  // The webhook callback payload matches its schema too.
  await sandbox.idle();
  assert.ok(hook.received.length > 0);
  for (const h of hook.received) assert.deepEqual(schemaErrors(doc, { $ref: "#/components/schemas/LoanStepCallback" }, h.body), []);
});
