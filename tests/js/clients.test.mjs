// The typed clients of the built package against the sandbox (started here on
// port 0): every endpoint of the three APIs and every error class.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { after, before, test } from "node:test";
import * as lendkit from "lendkit";
import { startSandbox } from "../../sandbox/index.js";

const {
  NemuruClient,
  TuumClient,
  AssetLoansClient,
  LendkitValidationError,
  LendkitApiError,
  LendkitAuthError,
  LendkitNotFoundError,
  LendkitConflictError,
  LendkitNetworkError,
  LendkitTimeoutError,
  LendkitAbortError,
  isLendkitClientError,
  isLendkitValidationError,
  isLendkitNotFoundError,
  verifyWebhook,
} = lendkit;

let sandbox;
/** A server that always answers 503, counting the requests. */
let down;
let downHits = 0;
before(async () => {
  sandbox = await startSandbox({ port: 0, deterministic: true, control: true });
  down = createServer((req, res) => {
    downHits++;
    res.writeHead(503, { "content-type": "application/json", "x-request-id": "req_down" });
    res.end(JSON.stringify({ error: "maintenance" }));
  });
  await new Promise((r) => down.listen(0, "127.0.0.1", r));
});
after(async () => {
  await sandbox?.close();
  await new Promise((r) => down?.close(r));
});

const nemuru = () => new NemuruClient({ baseUrl: sandbox.url, username: "username@email.com", password: "12345" });
const SECRETS = ["12345", "sandbox"];

/** Asserts `promise` rejects with `Class`, and that no credential leaks into it. */
async function rejects(promise, Class, check = () => {}) {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof Class, `expected ${Class.name}, got ${e?.name}: ${e?.message}`);
    assert.equal(e.name, Class.name);
    assert.ok(isLendkitClientError(e));
    const shown = JSON.stringify({ message: e.message, details: e.details, code: e.code, stack: e.stack });
    for (const s of SECRETS) assert.ok(!shown.includes(`"${s}"`) && !shown.includes(` ${s} `), `secret in ${shown}`);
    check(e);
    return e;
  }
  assert.fail(`expected ${Class.name}`);
}

const borrower = { email: "john.doe@gmail.com", first_name: "John", last_name: "Doe", phone_number: "+34601000001" };
const loanRequest = (id) => ({
  ...(id ? { id } : {}),
  currency: "EUR",
  term: 30,
  principal: "5000",
  program: "free_program",
  borrower,
  asset_type: "home_improvement",
  asset: { description: "Reformas de mi casa", value: "10000" },
});

test("Nemuru: login, profile, conditions with exact decimals", async () => {
  const c = nemuru();
  const login = await c.login();
  assert.equal(login.token_type, "Bearer");
  assert.equal(Object.keys(login).some((k) => k.includes("token") && k !== "token_type"), false, "no token is returned");
  const profile = await c.getAgentProfile();
  assert.equal(profile.payload.id, "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7");
  const conditions = await c.getLoanConditions({ currency: "EUR", term: 30, principal: "5000" });
  const free = conditions.data.find((d) => d.loan_conditions.program === "free_program").loan_conditions;
  assert.equal(free.user_defined_quota, "186.97");
  assert.equal(free.total_interest_paid, "609.15");
  assert.equal(free.total_amount_paid, "5609.15");
  assert.equal(free.tae, "0.095");
});

test("Nemuru: create, act on, read and wait for a loan", async () => {
  const c = nemuru();
  const { id } = await c.createLoan(loanRequest());
  assert.match(id, /^[0-9a-f-]{36}$/);
  const again = await c.createLoan(loanRequest(id));
  assert.equal(again.id, id, "the same request with the same id is idempotent");
  const loan = await c.getLoan(id);
  assert.equal(loan.payload.status, "status_initial");
  assert.equal(loan.payload.loan_conditions.user_defined_quota, "186.97");
  await c.approveLoan(id);
  await c.loanAction(id, "sendContract");
  await c.signContract(id);
  const signed = await c.waitForLoan(id, { until: "status_contract_signed", intervalMs: 10, timeoutMs: 5000 });
  assert.equal(signed.payload.status, "status_contract_signed");
  await c.confirmLoan(id);
  await c.payLoan(id);
  assert.equal((await c.getLoan(id)).payload.status, "status_active_trial");
  await rejects(c.cancelLoan(id), LendkitConflictError, (e) => {
    assert.equal(e.status, 409);
    assert.match(e.code, /Exception$/);
    assert.match(e.requestId, /^req_/);
  });
  const other = await c.createLoan(loanRequest());
  await c.cancelLoan(other.id);
  const cancelled = await c.waitForLoan(other.id, { until: ["status_active"], intervalMs: 10, timeoutMs: 5000 });
  assert.equal(cancelled.payload.status, "status_cancelled", "a final step ends the wait");
});

test("Nemuru: webhooks and files", async () => {
  const c = nemuru();
  const hook = { client: "callback", event: "loan_steps", target: "https://shop.example/hooks", authorization_header: "Basic bG9sOnNlY3VyZQ==" };
  const created = await c.createWebhook(hook);
  assert.equal(created.state, 1);
  assert.ok((await c.listWebhooks()).data.some((w) => w.id === created.id));
  await c.updateWebhook(created.id, { ...hook, state: 2 });
  assert.equal((await c.listWebhooks()).data.find((w) => w.id === created.id).state, 2);
  await rejects(c.updateWebhook("408f340c-0f40-4e79-92e9-6af717d4d936", hook), LendkitNotFoundError);

  const { id } = await c.createLoan(loanRequest());
  const bytes = new TextEncoder().encode("hello world!");
  await c.uploadFiles(id, [
    { name: "dni-front.jpeg", type: "document_id_front", data: bytes },
    { name: "dni-back.jpeg", type: "document_id_back", data: new Blob([bytes]) },
    { name: "payslip.pdf", type: "payslip", data: "aGVsbG8gd29ybGQh" },
  ]);
  const files = await c.listFiles(id);
  assert.deepEqual(files.data.map((f) => f.type), ["document_id_front", "document_id_back", "payslip"]);
  const big = new Blob([new Uint8Array(16 * 1024 * 1024)]);
  await rejects(c.uploadFiles(id, [{ name: "big.pdf", type: "payslip", data: big }]), LendkitValidationError, (e) => {
    assert.equal(e.details[0].code, "request_too_large");
  });
});

test("Nemuru: error classes", async () => {
  const wrong = new NemuruClient({ baseUrl: sandbox.url, username: "username@email.com", password: "wrong-password" });
  await rejects(wrong.getAgentProfile(), LendkitAuthError, (e) => {
    assert.equal(e.status, 401);
    assert.ok(!e.message.includes("wrong-password"));
  });
  const c = nemuru();
  await rejects(c.getLoan("c7d07661-8644-425e-91e0-afdcaef6f8d9"), LendkitNotFoundError, (e) => {
    assert.equal(e.provider, "nemuru");
    assert.equal(e.status, 404);
  });
  // Caught locally: every field at once, nothing sent.
  const bad = { ...loanRequest(), borrower: { ...borrower, email: "nope", phone_number: "12" }, asset_type: "yacht" };
  const e = await rejects(c.createLoan(bad), LendkitValidationError);
  assert.equal(e.status, undefined);
  for (const p of ["borrower.email", "borrower.phone_number", "asset_type"]) assert.ok(e.details.some((d) => d.path === p), p);
  assert.ok(isLendkitValidationError(e));
  // Wrong shapes are validation errors naming the field.
  await rejects(c.createLoan({ ...loanRequest(), term: "thirty" }), LendkitValidationError, (e) => assert.equal(e.details[0].path, "term"));
  // Rejected by the server (no pricing above 30000): a validation error with a status.
  await rejects(
    c.createLoan({ ...loanRequest(), principal: "40000", asset: { description: "x", value: "50000" } }),
    LendkitValidationError,
    (e) => assert.equal(e.status, 400),
  );
  // The agent of other credentials: forbidden.
  await rejects(
    c.getLoanConditions({ agent_id: "9286898b-7bb7-4885-9a9b-94c4e880378b", currency: "EUR", term: 12, principal: "1000" }),
    LendkitAuthError,
    (e) => assert.equal(e.status, 403),
  );
  assert.throws(() => new NemuruClient({ baseUrl: "not a url", username: "u", password: "p" }), LendkitValidationError);
});

test("Nemuru: timeouts, aborts and network errors", async () => {
  const c = nemuru();
  const { id } = await c.createLoan(loanRequest());
  await rejects(c.waitForLoan(id, { until: "status_active", intervalMs: 20, timeoutMs: 100 }), LendkitTimeoutError);
  const aborted = new AbortController();
  aborted.abort();
  await rejects(c.getLoan(id, { signal: aborted.signal }), LendkitAbortError);
  const later = new AbortController();
  const waiting = c.waitForLoan(id, { until: "status_active", intervalMs: 10_000, timeoutMs: 60_000, signal: later.signal });
  setTimeout(() => later.abort(), 50);
  await rejects(waiting, LendkitAbortError);
  const closed = new NemuruClient({ baseUrl: "http://127.0.0.1:9", username: "u@x.com", password: "p" });
  await rejects(closed.login({ timeoutMs: 5000 }), LendkitNetworkError);
});

test("5xx: safe requests are retried, then a LendkitApiError", async () => {
  const url = `http://127.0.0.1:${down.address().port}`;
  const assets = new AssetLoansClient({ baseUrl: url, token: "sandbox" });
  downHits = 0;
  await rejects(assets.getAssetLoan("loan_x"), LendkitApiError, (e) => {
    assert.equal(e.status, 503);
    assert.equal(e.requestId, "req_down");
  });
  assert.equal(downHits, 3, "a GET is tried three times");
  downHits = 0;
  await rejects(assets.createAssetOffer({ identityNumber: "196801012342", country: "SE" }), LendkitApiError);
  assert.equal(downHits, 1, "a POST is not retried");
});

test("Tuum: create and accept an offer", async () => {
  const c = new TuumClient({ baseUrl: sandbox.url, authToken: "sandbox", channelCode: "system" });
  const money = (amount) => ({ amount, currencyCode: "GBP" });
  const created = await c.createOffer("ID-3392", {
    requestedMoney: money("20000"),
    loanPeriod: 12,
    loanTypeCode: "BALLOON_LOAN",
    paymentDay: 1,
    tenantCode: "MB",
    paymentChannelCode: "TRUSTLY",
    monthlyRepaymentMoney: money("117.16"),
    countryCode: "GB",
    offeredMoney: money("20000"),
  });
  assert.equal(created.data.statusCode, "PREPARING");
  assert.equal(created.data.monthlyRepaymentMoney.amount, "117.16");
  const offerId = created.data.offerId;
  const instructions = { paymentInstructions: [{ beneficiaryName: "Trevor Harry Tuum", beneficiaryIban: "GB82WEST12345698765432", money: money("20000"), paymentChannelCode: "TRUSTLY" }] };
  const accepted = await c.acceptOffer(offerId, instructions);
  assert.equal(accepted.data.statusCode, "ACCEPTED");
  assert.ok(accepted.data.contractId);
  // This client knows the offer is accepted: refused locally, as the validators say.
  await rejects(c.acceptOffer(offerId, instructions), LendkitValidationError, (e) => assert.equal(e.details[0].path, "offerId"));
  // A client that does not know it gets the server's 409.
  const fresh = new TuumClient({ baseUrl: sandbox.url, authToken: "sandbox", channelCode: "system" });
  await rejects(fresh.acceptOffer(offerId, instructions), LendkitConflictError, (e) => assert.equal(e.code, "OFFER_NOT_ACCEPTABLE"));
  await rejects(c.acceptOffer("ID-nope", instructions), LendkitNotFoundError);
  await rejects(c.createOffer("ID-3392", { requestedMoney: money("-5"), loanPeriod: 0, loanTypeCode: "" }), LendkitValidationError, (e) =>
    assert.ok(e.details.length >= 3),
  );
  const bad = new TuumClient({ baseUrl: sandbox.url, authToken: "not-a-token", channelCode: "system" });
  await rejects(bad.acceptOffer("ID-1664282481", instructions), LendkitAuthError, (e) => assert.ok(!e.message.includes("not-a-token")));
});

test("Asset loans: offer, loan, polling until completed", async () => {
  const c = new AssetLoansClient({ baseUrl: sandbox.url, token: "sandbox" });
  const offer = await c.createAssetOffer({ identityNumber: "196801012342", country: "SE" });
  assert.ok(offer.assets.length > 0);
  const asset = offer.assets[0];
  assert.equal(typeof asset.maxLoanAmount, "string");
  assert.ok((await c.listAssetOffers("196801012342")).some((o) => o.offerId === offer.offerId));
  assert.ok((await c.listAssetOffers()).length > 0);
  assert.equal((await c.getAssetOffer(offer.offerId)).offerId, offer.offerId);
  const customer = { identityNumber: "196801012342", country: "SE", email: "anna.larsson@email.se", phone: "+46701234567" };
  const request = { offerId: offer.offerId, assetId: asset.assetId, loanAmount: "10000", termMonths: 60, currency: asset.currency, customer };
  await rejects(c.createAssetLoan({ ...request, loanAmount: String(Number(asset.maxLoanAmount) + 1000) }), LendkitValidationError, (e) =>
    assert.ok(e.details.some((d) => d.path === "loanAmount")),
  );
  const loan = await c.createAssetLoan(request);
  assert.equal(loan.status, "IN_PROGRESS");
  assert.equal(loan.requirements[0].type, "CUSTOMER_CONTRACT");
  assert.equal((await c.getAssetLoan(loan.loanId)).loanId, loan.loanId);
  const waiting = c.waitForLoan(loan.loanId, { intervalMs: 20, timeoutMs: 5000 });
  for (const action of ["sign", "register"]) {
    await fetch(`${sandbox.url}/_sandbox/asset-loans/${loan.loanId}/${action}`, { method: "POST" });
  }
  assert.equal((await waiting).status, "COMPLETED");
  await rejects(c.getAssetLoan("loan_missing"), LendkitNotFoundError, (e) => assert.equal(e.message, "asset-loans 404: Loan not found"));
  await rejects(new AssetLoansClient({ baseUrl: sandbox.url, token: "wrong" }).getAssetLoan(loan.loanId), LendkitAuthError);
});

test("webhooks: verify the Authorization header and parse loan_steps", () => {
  const body = JSON.stringify({ id: "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d", event: "loan_steps", step: "status_opened", triggered_at: "2020-06-18T00:00:00+00:00" });
  const event = verifyWebhook({ headers: { authorization: "Basic bG9sOnNlY3VyZQ==" }, body }, "Basic bG9sOnNlY3VyZQ==");
  assert.equal(event.step, "status_opened");
  const headers = new Headers({ authorization: "Basic bG9sOnNlY3VyZQ==" });
  assert.equal(verifyWebhook({ headers, body: new TextEncoder().encode(body) }, "Basic bG9sOnNlY3VyZQ==").id, "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d");
  assert.throws(() => verifyWebhook({ headers: { authorization: "Basic nope" }, body }, "Basic bG9sOnNlY3VyZQ=="), LendkitAuthError);
  assert.throws(() => verifyWebhook({ headers: {}, body }, "Basic bG9sOnNlY3VyZQ=="), LendkitAuthError);
  assert.throws(
    () => verifyWebhook({ headers: { authorization: "Basic bG9sOnNlY3VyZQ==" }, body: '{"event":"loan_steps","step":"status_flying"}' }, "Basic bG9sOnNlY3VyZQ=="),
    LendkitValidationError,
  );
});

test("guards work across realms, by name", () => {
  const foreign = Object.assign(new Error("x"), { name: "LendkitNotFoundError", code: "c", details: [] });
  assert.ok(isLendkitNotFoundError(foreign));
  assert.ok(!isLendkitNotFoundError(new Error("x")));
  assert.ok(lendkit.toLendkitClientError(foreign) instanceof LendkitNotFoundError);
});
