// Nemuru under /v2/: login, profile, loan conditions with the documented
// figures, create loan (idempotent), the loan-step machine, webhooks delivered
// to a local receiver, files, tokens, and one agent never seeing another's loans.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AGENT_ID, OTHER_AGENT_ID, client, loanBody, nemuruLogin, receiver, start, uuidOf } from "./helpers.mjs";

const sandbox = await start({ webhooks: { baseDelayMs: 10, maxAttempts: 4, timeoutMs: 2000 } });
const request = client(sandbox);
const auth = await nemuruLogin(request);

test("login answers the documented token shape; wrong credentials are a 401 error object", async () => {
  const r = await request("POST", "/v2/login", { json: { username: "username@email.com", password: "12345" } });
  assert.equal(r.status, 200);
  assert.equal(r.body.token_type, "Bearer");
  assert.match(r.body.access_token, /^[0-9a-f-]{36}$/);
  assert.match(r.body.refresh_token, /^[0-9a-f-]{36}$/);
  assert.equal(r.body.expires_in, 2678400);
  const bad = await request("POST", "/v2/login", { json: { username: "username@email.com", password: "nope" } });
  assert.equal(bad.status, 401);
  assert.equal(bad.body.status, "ko");
  assert.match(bad.body.exception, /InvalidCredentialsException$/);
  assert.equal(typeof bad.body.error, "string");
  assert.equal("schema_errors" in bad.body, false, "schema_errors only on 400");
  const missing = await request("POST", "/v2/login", { json: { username: "username@email.com" } });
  assert.equal(missing.status, 400);
  assert.ok(missing.body.schema_errors.password, JSON.stringify(missing.body));
});

test("agent profile: allowed asset types home_improvement and auto", async () => {
  const r = await request("GET", "/v2/agent/profile", { headers: auth });
  assert.equal(r.status, 200);
  assert.equal(r.body.status, "ok");
  assert.equal(r.body.payload.id, AGENT_ID);
  assert.deepEqual(r.body.payload.allowed_asset_types, ["home_improvement", "auto"]);
  assert.equal(r.body.identifier, `urn:nemuru:api_gateway:external:v2:agent:${AGENT_ID}`);
  const none = await request("GET", "/v2/agent/profile");
  assert.equal(none.status, 401);
  assert.equal(none.body.status, "ko");
});

test("loan conditions for 5000 EUR over 30 months are the documented ones", async () => {
  const r = await request("GET", `/v2/loan-conditions?agent_id=${AGENT_ID}&currency=EUR&term=30&principal=5000`, { headers: auth });
  assert.equal(r.status, 200);
  assert.equal(r.body.status, "ok");
  const byProgram = Object.fromEntries(r.body.data.map((d) => [d.loan_conditions.program, d.loan_conditions]));
  assert.deepEqual(byProgram.zero_program, {
    currency: "EUR",
    due_date: 1,
    program: "zero_program",
    merchant_discount_percentage: 0.099,
    annual_interest: 0,
    principal: 5000,
    setup_fee: 0,
    term: 30,
    number_of_payments: 30,
    tae: 0,
    total_interest_paid: 0,
    total_amount_paid: 5000,
    user_defined_quota: 166.67,
  });
  assert.deepEqual(byProgram.free_program, {
    currency: "EUR",
    due_date: 1,
    program: "free_program",
    merchant_discount_percentage: 0,
    annual_interest: 0.091,
    principal: 5000,
    setup_fee: 0,
    term: 30,
    number_of_payments: 30,
    tae: 0.095,
    total_interest_paid: 609.15,
    total_amount_paid: 5609.15,
    user_defined_quota: 186.97,
  });
  const other = await request("GET", `/v2/loan-conditions?agent_id=${OTHER_AGENT_ID}&currency=EUR&term=30&principal=5000`, { headers: auth });
  assert.equal(other.status, 403);
  const bad = await request("GET", `/v2/loan-conditions?agent_id=${AGENT_ID}&currency=EUR&term=abc`, { headers: auth });
  assert.equal(bad.status, 400);
  assert.ok(bad.body.schema_errors);
});

test("the documented create-loan example (asset_type education) is refused with schema_errors; home_improvement is created", async () => {
  const doc = loanBody(uuidOf(1), {
    setup_fee: { amount: 125, type: "type_upfront" },
    asset_type: "education",
    asset: { description: "Máster en Data Science", value: 9000 },
  });
  const refused = await request("POST", "/v2/loans", { json: doc, headers: auth });
  assert.equal(refused.status, 400);
  assert.equal(refused.body.status, "ko");
  assert.ok(refused.body.schema_errors.asset_type, JSON.stringify(refused.body));
  const created = await request("POST", "/v2/loans", { json: loanBody(uuidOf(1)), headers: auth });
  assert.equal(created.status, 201);
  assert.deepEqual(created.body, {});
  const got = await request("GET", `/v2/loans/${uuidOf(1)}`, { headers: auth });
  assert.equal(got.status, 200);
  assert.equal(got.body.payload.status, "status_initial");
  assert.equal(got.body.payload.loan_conditions.user_defined_quota, 186.97);
  assert.equal(got.body.payload.loan_conditions.total_amount_paid, 5609.15);
  assert.equal(got.body.payload.loan_conditions.tae, 0.095);
  assert.equal(got.body.payload.borrower.expires_on, "2026-05-15T00:00:00+00:00");
  assert.deepEqual(got.body.payload.asset, { description: "Reformas de mi casa", value: 10000 });
  assert.equal(got.body.identifier, `urn:nemuru:api_gateway:external:v2:loan:${uuidOf(1)}`);
});

test("create loan is idempotent on the client's id; a different body with the same id is 409", async () => {
  const id = uuidOf(2);
  const first = await request("POST", "/v2/loans", { json: loanBody(id), headers: auth });
  const again = await request("POST", "/v2/loans", { json: loanBody(id), headers: auth });
  assert.equal(first.status, 201);
  assert.equal(again.status, 201);
  // Same members in another order: still the same request.
  const reordered = Object.fromEntries(Object.entries(loanBody(id)).reverse());
  assert.equal((await request("POST", "/v2/loans", { json: reordered, headers: auth })).status, 201);
  const conflict = await request("POST", "/v2/loans", { json: loanBody(id, { principal: 4000 }), headers: auth });
  assert.equal(conflict.status, 409);
  assert.match(conflict.body.exception, /LoanAlreadyExistsException$/);
  const got = await request("GET", `/v2/loans/${id}`, { headers: auth });
  assert.equal(got.body.payload.loan_conditions.principal, 5000);
});

test("a zero_program loan is priced at 166.67 with the merchant discount", async () => {
  const id = uuidOf(3);
  const r = await request("POST", "/v2/loans", { json: loanBody(id, { program: "zero_program", annual_interest: undefined }), headers: auth });
  assert.equal(r.status, 201, r.text);
  const got = await request("GET", `/v2/loans/${id}`, { headers: auth });
  assert.equal(got.body.payload.loan_conditions.user_defined_quota, 166.67);
  assert.equal(got.body.payload.loan_conditions.merchant_discount_percentage, 0.099);
});

test("actions walk the step machine, each step reaches the webhook with its authorization header, illegal moves are 409", async () => {
  const hook = await receiver({ failFirst: 2 });
  const created = await request("POST", "/v2/webhooks", {
    json: { client: "callback", event: "loan_steps", target: hook.url, authorization_header: "Basic bG9sOnNlY3VyZQ==", content_type: "application/json" },
    headers: auth,
  });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.status, "ok");
  const webhookId = created.body.payload[0].id;
  assert.equal(created.body.identifier, `urn:nemuru:sync_and_integration:webhook:${webhookId}`);

  const id = uuidOf(4);
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(id), headers: auth })).status, 201);
  const illegal = await request("POST", "/v2/loans/actions", { json: { id, op: "signContract" }, headers: auth });
  assert.equal(illegal.status, 409);
  assert.match(illegal.body.exception, /InvalidLoanTransitionException$/);
  for (const op of ["approveLoan", "sendContract", "signContract", "confirmLoan", "payLoan"]) {
    const r = await request("POST", "/v2/loans/actions", { json: { id, op }, headers: auth });
    assert.equal(r.status, 204, `${op}: ${r.text}`);
  }
  assert.equal((await request("POST", "/v2/loans/actions", { json: { id, op: "cancelLoan" }, headers: auth })).status, 409);
  assert.equal((await request("GET", `/v2/loans/${id}`, { headers: auth })).body.payload.status, "status_active_trial");

  await sandbox.idle();
  const delivered = hook.received.filter((r) => !r.failed && r.body.id === id).map((r) => r.body.step);
  assert.deepEqual(delivered, [
    "status_initial",
    "status_opened",
    "status_kyc_set",
    "status_income_set",
    "status_professional_details_set",
    "status_risk_set",
    "status_analysing",
    "status_lender_has_been_selected",
    "status_contract_sent",
    "status_contract_signed",
    "status_docs_approved",
    "status_active_trial",
  ]);
  assert.equal(hook.received.filter((r) => r.failed).length, 2, "the first two attempts failed and were retried");
  for (const r of hook.received) {
    assert.equal(r.headers.authorization, "Basic bG9sOnNlY3VyZQ==");
    assert.equal(r.body.event, "loan_steps");
    assert.match(r.body.triggered_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  }
  const deliveries = (await request("GET", "/_sandbox/deliveries")).body.filter((d) => d.payload.id === id);
  assert.ok(deliveries.every((d) => d.status === "delivered"));

  // 14 days of trial later the loan is active (time-driven step, also a webhook).
  assert.equal((await request("POST", "/_sandbox/advance", { json: { days: 15 } })).status, 200);
  assert.equal((await request("GET", `/v2/loans/${id}`, { headers: auth })).body.payload.status, "status_active");

  // Disabled webhooks get nothing; list and update work.
  assert.equal(
    (await request("PUT", `/v2/webhooks?id=${webhookId}`, { json: { client: "callback", event: "loan_steps", target: hook.url, state: 2 }, headers: auth })).status,
    204,
  );
  const list = await request("GET", "/v2/webhooks", { headers: auth });
  assert.equal(list.body.status, "ok");
  assert.equal(list.body.data.find((w) => w.id === webhookId).state, 2);
  const before = hook.received.length;
  await request("POST", "/v2/loans", { json: loanBody(uuidOf(5)), headers: auth });
  await sandbox.idle();
  assert.equal(hook.received.length, before);
  assert.equal((await request("PUT", `/v2/webhooks?id=${uuidOf(999)}`, { json: { client: "callback", event: "loan_steps", target: hook.url }, headers: auth })).status, 404);
});

test("a webhook target that never answers well is retried a bounded number of times", async () => {
  const hook = await receiver({ failFirst: 1000 });
  const other = await nemuruLogin(request, "other@email.com");
  await request("POST", "/v2/webhooks", { json: { client: "callback", event: "loan_steps", target: hook.url }, headers: other });
  const r = await request("POST", "/v2/loans", {
    json: loanBody(uuidOf(6), { agent_id: OTHER_AGENT_ID, program: "free_program", annual_interest: undefined, asset_type: "education" }),
    headers: other,
  });
  assert.equal(r.status, 201, r.text);
  await sandbox.idle();
  assert.equal(hook.received.length, 4, "maxAttempts is 4");
  const d = (await request("GET", "/_sandbox/deliveries")).body.find((x) => x.payload.id === uuidOf(6));
  assert.equal(d.status, "failed");
  assert.equal(d.attempts.length, 4);
});

test("cancelLoan cancels; an invitation not onboarded in 30 days expires and answers 410", async () => {
  const cancelled = uuidOf(7);
  await request("POST", "/v2/loans", { json: loanBody(cancelled), headers: auth });
  assert.equal((await request("POST", "/v2/loans/actions", { json: { id: cancelled, op: "cancelLoan" }, headers: auth })).status, 204);
  assert.equal((await request("GET", `/v2/loans/${cancelled}`, { headers: auth })).body.payload.status, "status_cancelled");
  const expiring = uuidOf(8);
  await request("POST", "/v2/loans", { json: loanBody(expiring), headers: auth });
  await request("POST", "/_sandbox/advance", { json: { days: 31 } });
  const fresh = await nemuruLogin(request);
  assert.equal((await request("GET", `/v2/loans/${expiring}`, { headers: fresh })).body.payload.status, "status_expired");
  const gone = await request("POST", "/v2/loans/actions", { json: { id: expiring, op: "approveLoan" }, headers: fresh });
  assert.equal(gone.status, 410);
  assert.match(gone.body.exception, /LoanExpiredException$/);
  const unknown = await request("POST", "/v2/loans/actions", { json: { id: uuidOf(404), op: "cancelLoan" }, headers: fresh });
  assert.equal(unknown.status, 404);
});

test("expired access tokens are 401; the refresh token gives a new pair", async () => {
  const login = await request("POST", "/v2/login", { json: { username: "username@email.com", password: "12345" } });
  const headers = { authorization: `Bearer ${login.body.access_token}` };
  assert.equal((await request("GET", "/v2/agent/profile", { headers })).status, 200);
  await request("POST", "/_sandbox/advance", { json: { seconds: 2678400 } });
  const expired = await request("GET", "/v2/agent/profile", { headers });
  assert.equal(expired.status, 401);
  assert.match(expired.body.exception, /AccessTokenExpiredException$/);
  const refreshed = await request("POST", "/v2/login/refresh", { json: { refresh_token: login.body.refresh_token } });
  assert.equal(refreshed.status, 200);
  assert.equal((await request("GET", "/v2/agent/profile", { headers: { authorization: `Bearer ${refreshed.body.access_token}` } })).status, 200);
  assert.equal((await request("POST", "/v2/login/refresh", { json: { refresh_token: login.body.refresh_token } })).status, 401, "a refresh token is used once");
  assert.equal((await request("GET", "/v2/agent/profile", { headers: { authorization: "Bearer not-a-token" } })).status, 401);
});

test("one agent never sees another agent's loans, files or webhooks", async () => {
  const mine = await nemuruLogin(request);
  const theirs = await nemuruLogin(request, "other@email.com");
  const id = uuidOf(9);
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(id), headers: mine })).status, 201);
  const peek = await request("GET", `/v2/loans/${id}`, { headers: theirs });
  assert.equal(peek.status, 404);
  assert.match(peek.body.exception, /LoanNotFoundByIdException$/);
  assert.equal(peek.body.error, `\\Loan\\ with id \\${id}\\ not found`);
  assert.equal((await request("POST", "/v2/loans/actions", { json: { id, op: "cancelLoan" }, headers: theirs })).status, 404);
  assert.equal((await request("GET", `/v2/files?loanId=${id}`, { headers: theirs })).status, 404);
  // Creating for someone else's agent id is forbidden; reusing someone else's loan id conflicts.
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(uuidOf(10)), headers: theirs })).status, 403);
  const stolen = await request("POST", "/v2/loans", {
    json: loanBody(id, { agent_id: OTHER_AGENT_ID, annual_interest: undefined, asset_type: "education" }),
    headers: theirs,
  });
  assert.equal(stolen.status, 409);
  const hooks = (await request("GET", "/v2/webhooks", { headers: theirs })).body.data;
  const myHooks = (await request("GET", "/v2/webhooks", { headers: mine })).body.data;
  assert.ok(hooks.every((h) => !myHooks.some((m) => m.id === h.id)));
  assert.equal((await request("GET", `/v2/loans/${id}`, { headers: mine })).status, 200);
});

test("files: base64 upload and list in the documented shape; bad base64 is 400; over 20 MB is 413", async () => {
  const h = await nemuruLogin(request);
  const id = uuidOf(11);
  await request("POST", "/v2/loans", { json: loanBody(id), headers: h });
  const up = await request("POST", `/v2/files?loanId=${id}`, {
    json: { files: [{ name: "dni-front-borrower.jpeg", type: "document_id_front", data: "aGVsbG8gd29ybGQh" }] },
    headers: h,
  });
  assert.equal(up.status, 201, up.text);
  assert.deepEqual(up.body, {});
  const list = await request("GET", `/v2/files?loanId=${id}`, { headers: h });
  assert.equal(list.status, 200);
  assert.equal(list.body.status, "ok");
  assert.equal(list.body.data.length, 1);
  assert.equal(list.body.data[0].type, "document_id_front");
  assert.match(list.body.data[0].data, /^\/document_id_front\/[0-9a-f-]{36}\.jpeg$/);
  const bad = await request("POST", `/v2/files?loanId=${id}`, { json: { files: [{ name: "x.pdf", type: "document_id_back", data: "not base64!!" }] }, headers: h });
  assert.equal(bad.status, 400);
  assert.ok(bad.body.schema_errors);
  const big = "A".repeat(20 * 1024 * 1024 + 8);
  const tooBig = await request("POST", `/v2/files?loanId=${id}`, {
    raw: `{"files":[{"name":"big.pdf","type":"document_id_back","data":"${big}"}]}`,
    headers: { ...h, "content-type": "application/json" },
  });
  assert.equal(tooBig.status, 413);
  assert.equal(tooBig.body.status, "ko");
  assert.equal((await request("GET", "/v2/agent/profile", { headers: h })).status, 200, "still up");
});

test("the control endpoint forces any documented step", async () => {
  const id = uuidOf(12);
  assert.equal((await request("POST", "/v2/loans", { json: loanBody(id), headers: await nemuruLogin(request) })).status, 201);
  const r = await request("POST", `/_sandbox/nemuru/loans/${id}/step`, { json: { step: "status_denied" } });
  assert.equal(r.status, 200);
  assert.equal((await request("GET", `/v2/loans/${id}`, { headers: await nemuruLogin(request) })).body.payload.status, "status_denied");
  assert.equal((await request("POST", `/_sandbox/nemuru/loans/${id}/step`, { json: { step: "status_nonsense" } })).status, 400);
});
