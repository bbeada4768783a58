// The asset-loans API: offers from the seed customers of SE, NO and FI
// (lendkit's eligibility), the documented requests, and a loan's requirements
// through signing (on the sandbox's own page) and registration to COMPLETED,
// or to CANCELLED.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ASSET_AUTH, client, start } from "./helpers.mjs";

const sandbox = await start({ timing: { registrationSeconds: 120 } });
const request = client(sandbox);
const H = { headers: ASSET_AUTH };

const documentedLoan = {
  offerId: "off_k93mxp12",
  assetId: "asset_vehicle_9f3kd82jpl",
  loanAmount: 80000,
  termMonths: 60,
  currency: "SEK",
  customer: { identityNumber: "196801012342", country: "SE", email: "anna.larsson@email.se", phone: "+46701234567" },
};

test("the document's own identity number fails the personnummer checksum with lendkit's error", async () => {
  const r = await request("POST", "/v1/asset-offers", { json: { identityNumber: "196801012345", country: "SE" }, ...H });
  assert.equal(r.status, 400);
  assert.equal(r.body.error, "Validation failed");
  const { validateIdentityNumber } = await import("lendkit");
  const own = validateIdentityNumber("SE", "196801012345");
  assert.deepEqual(r.body.errors, own.errors.map((e) => ({ ...e, path: "identityNumber" })));
  const loan = await request("POST", "/v1/asset-loans", { json: { ...documentedLoan, customer: { ...documentedLoan.customer, identityNumber: "196801012345" } }, ...H });
  assert.equal(loan.status, 400);
  assert.ok(loan.body.errors.some((e) => e.path === "customer.identityNumber"), loan.text);
});

test("the SE customer's offer: Volvo XC60 2021 at 129000 and BMW 320i 2019 at 45000 SEK, expiring in 7 days", async () => {
  const r = await request("POST", "/v1/asset-offers", { json: { identityNumber: "196801012342", country: "SE" }, ...H });
  assert.equal(r.status, 200);
  assert.match(r.body.offerId, /^off_[0-9a-z]{8}$/);
  assert.equal(r.body.expiresAt, "2026-04-22T10:23:44Z");
  assert.deepEqual(r.body.assets, [
    { assetId: "asset_vehicle_9f3kd82jpl", assetType: "vehicle", maxLoanAmount: 129000, currency: "SEK", details: { make: "Volvo", model: "XC60", modelYear: 2021 } },
    { assetId: "asset_vehicle_4m2np91xqk", assetType: "vehicle", maxLoanAmount: 45000, currency: "SEK", details: { make: "BMW", model: "320i", modelYear: 2019 } },
  ]);
  const got = await request("GET", `/v1/asset-offers/${r.body.offerId}`, H);
  assert.deepEqual(got.body, r.body);
  const seeded = await request("GET", "/v1/asset-offers/off_k93mxp12", H);
  assert.equal(seeded.status, 200);
  assert.deepEqual(seeded.body.assets, r.body.assets, "assetId is deterministic: the same vehicle, the same id");
  const list = await request("GET", "/v1/asset-offers?identityNumber=196801012342", H);
  assert.ok(Array.isArray(list.body));
  assert.ok(list.body.some((o) => o.offerId === "off_k93mxp12"));
  assert.ok(list.body.every((o) => o.assets[0].currency === "SEK"));
  assert.deepEqual((await request("GET", "/v1/asset-offers?identityNumber=196801012345", H)).body, []);
  assert.equal((await request("GET", "/v1/asset-offers/off_nothere", H)).status, 404);
});

test("NO and FI customers get offers in NOK and EUR; too old a vehicle is listed as ineligible", async () => {
  const no = await request("POST", "/v1/asset-offers", { json: { identityNumber: "15038512363", country: "NO" }, ...H });
  assert.equal(no.status, 200, no.text);
  assert.equal(no.body.assets.length, 1);
  assert.equal(no.body.assets[0].currency, "NOK");
  assert.equal(no.body.ineligibleAssets[0].details.make, "Toyota");
  const fi = await request("POST", "/v1/asset-offers", { json: { identityNumber: "131052-308T", country: "FI" }, ...H });
  assert.equal(fi.status, 200, fi.text);
  assert.equal(fi.body.assets[0].currency, "EUR");
  const nobody = await request("POST", "/v1/asset-offers", { json: { identityNumber: "198112289874", country: "SE" }, ...H });
  assert.equal(nobody.status, 200);
  assert.deepEqual(nobody.body.assets, [], "a valid number with no registered vehicles");
});

test("auth: no bearer or a wrong one is 401 { error }", async () => {
  const r = await request("POST", "/v1/asset-offers", { json: { identityNumber: "196801012342", country: "SE" } });
  assert.equal(r.status, 401);
  assert.equal(r.body.error, "Unauthorized");
  assert.equal((await request("GET", "/v1/asset-loans/loan_x", { headers: { authorization: "Bearer nope" } })).status, 401);
});

test("404 is the documented { error: 'Loan not found' }", async () => {
  const r = await request("GET", "/v1/asset-loans/loan_8xk2mp91za", H);
  assert.equal(r.status, 404);
  assert.deepEqual(r.body, { error: "Loan not found" });
});

test("loan: contract signed on the signing page, credit marking registered with transportstyrelsen, COMPLETED", async () => {
  const r = await request("POST", "/v1/asset-loans", { json: documentedLoan, ...H });
  assert.equal(r.status, 200, r.text);
  assert.match(r.body.loanId, /^loan_[0-9a-z]{10}$/);
  assert.equal(r.body.status, "IN_PROGRESS");
  assert.equal(r.body.assetId, "asset_vehicle_9f3kd82jpl");
  const [contract, registration] = r.body.requirements;
  assert.deepEqual(
    { type: contract.type, status: contract.status, responsibleParty: contract.responsibleParty },
    { type: "CUSTOMER_CONTRACT", status: "PENDING", responsibleParty: "USER" },
  );
  assert.equal(contract.details.expiresAt, "2026-04-18T10:23:44Z");
  assert.ok(contract.details.signingUrl.startsWith(sandbox.url + "/sign/ctr_"));
  assert.deepEqual(registration, {
    type: "CREDIT_MARKING_REGISTRATION",
    status: "PENDING",
    responsibleParty: "SYSTEM",
    details: { registry: "transportstyrelsen" },
  });

  const pageRes = await fetch(contract.details.signingUrl);
  assert.equal(pageRes.status, 200);
  assert.match(pageRes.headers.get("content-type"), /text\/html/);
  const html = await pageRes.text();
  assert.match(html, /value="sign"/);
  assert.match(html, /value="decline"/);
  const signed = await fetch(contract.details.signingUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "action=sign",
  });
  assert.equal(signed.status, 200);
  assert.match(await signed.text(), /Signed/);

  const inProgress = (await request("GET", `/v1/asset-loans/${r.body.loanId}`, H)).body;
  assert.equal(inProgress.status, "IN_PROGRESS");
  assert.equal(inProgress.requirements[0].status, "COMPLETED");
  assert.equal(inProgress.requirements[0].details.completedAt, "2026-04-15T10:23:44Z");
  assert.equal(inProgress.requirements[1].status, "IN_PROGRESS");

  await request("POST", "/_sandbox/advance", { json: { minutes: 2 } });
  const done = (await request("GET", `/v1/asset-loans/${r.body.loanId}`, H)).body;
  assert.equal(done.status, "COMPLETED");
  assert.equal(done.requirements[1].status, "COMPLETED");
  assert.equal(done.requirements[1].details.registry, "transportstyrelsen");
  assert.match(done.requirements[1].details.reference, /^TS-2026-\d{5}$/);
  assert.equal(done.requirements[1].details.registeredAt, "2026-04-15T10:25:44Z");
  // Signing again is refused on the page; the loan stays COMPLETED.
  const again = await fetch(contract.details.signingUrl, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "action=sign" });
  assert.equal(again.status, 409);
});

test("loan: declined on the signing page is CANCELLED; an unsigned contract expires into CANCELLED", async () => {
  const offer = (await request("POST", "/v1/asset-offers", { json: { identityNumber: "15038512363", country: "NO" }, ...H })).body;
  const body = {
    offerId: offer.offerId,
    assetId: offer.assets[0].assetId,
    loanAmount: 100000,
    termMonths: 48,
    currency: "NOK",
    customer: { identityNumber: "15038512363", country: "NO", email: "ola@example.no", phone: "+4791234567" },
  };
  const declined = (await request("POST", "/v1/asset-loans", { json: body, ...H })).body;
  assert.equal(declined.requirements[1].details.registry, "brreg_losoreregisteret");
  const d = await request("POST", `/_sandbox/asset-loans/${declined.loanId}/decline`);
  assert.equal(d.status, 200);
  const after = (await request("GET", `/v1/asset-loans/${declined.loanId}`, H)).body;
  assert.equal(after.status, "CANCELLED");
  assert.equal(after.requirements[0].status, "FAILED");

  const expiring = (await request("POST", "/v1/asset-loans", { json: body, ...H })).body;
  await request("POST", "/_sandbox/advance", { json: { hours: 73 } });
  const expired = (await request("GET", `/v1/asset-loans/${expiring.loanId}`, H)).body;
  assert.equal(expired.status, "CANCELLED");
  assert.equal(expired.requirements[0].status, "FAILED");
});

test("a loan above the asset's maxLoanAmount is refused; an expired offer is refused", async () => {
  const over = await request("POST", "/v1/asset-loans", { json: { ...documentedLoan, loanAmount: 130000 }, ...H });
  assert.equal(over.status, 400);
  assert.ok(over.body.errors.some((e) => e.path === "loanAmount"), over.text);
  await request("POST", "/_sandbox/advance", { json: { days: 8 } });
  const late = await request("POST", "/v1/asset-loans", { json: documentedLoan, ...H });
  assert.ok(late.status === 400 || late.status === 410, late.text);
  assert.ok(late.body.error);
});

test("FI loans register with traficom via the control endpoints", async () => {
  const offer = (await request("POST", "/v1/asset-offers", { json: { identityNumber: "131052-308T", country: "FI" }, ...H })).body;
  const loan = (
    await request("POST", "/v1/asset-loans", {
      json: {
        offerId: offer.offerId,
        assetId: offer.assets[0].assetId,
        loanAmount: 10000,
        termMonths: 36,
        currency: "EUR",
        customer: { identityNumber: "131052-308T", country: "FI", email: "matti@example.fi", phone: "+358401234567" },
      },
      ...H,
    })
  ).body;
  assert.equal(loan.status, "IN_PROGRESS", JSON.stringify(loan));
  assert.equal((await request("POST", `/_sandbox/asset-loans/${loan.loanId}/register`)).status, 409, "not signed yet");
  assert.equal((await request("POST", `/_sandbox/asset-loans/${loan.loanId}/sign`)).status, 200);
  const r = await request("POST", `/_sandbox/asset-loans/${loan.loanId}/register`);
  assert.equal(r.status, 200);
  assert.equal(r.body.status, "COMPLETED");
  assert.equal(r.body.requirements[1].details.registry, "traficom");
  assert.match(r.body.requirements[1].details.reference, /^TRAFI-\d{4}-\d{5}$/);
});
