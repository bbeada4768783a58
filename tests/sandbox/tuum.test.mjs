// Tuum: create an offer for person ID-3392 (the documented request), accept
// it with payment instructions (a contract is created), headers and envelope.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TUUM_HEADERS, client, start } from "./helpers.mjs";

const sandbox = await start();
const request = client(sandbox);

const documented = {
  requestedMoney: { amount: "20000", currencyCode: "GBP" },
  loanPeriod: 12,
  loanTypeCode: "BALLOON_LOAN",
  paymentDay: 1,
  tenantCode: "MB",
  paymentChannelCode: "TRUSTLY",
  monthlyRepaymentMoney: { amount: "117.16", currencyCode: "GBP" },
  countryCode: "GB",
  offeredMoney: { amount: "20000", currencyCode: "GBP" },
};
const instructions = [
  { beneficiaryName: "Trevor Harry Tuum", beneficiaryIban: "GB33BUKB20201555555555", money: { amount: "20000", currencyCode: "GBP" }, paymentChannelCode: "TRUSTLY" },
];
// The document's curl token: a JWT that expired on 2023-07-03.
const DOC_TOKEN =
  "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJleHBpcnlEVGltZSI6IjIwMjMtMDctMDNUMTM6Mjg6MTkiLCJyb2xlcyI6WyJBRE1JTiJdLCJuYW1lIjoiSm9obiBPZmZpY2VyIiwiZW1wbG95ZWVJZCI6IjEiLCJ0ZW5hbnRDb2RlIjoiTUIiLCJleHAiOjE2ODgzOTA4OTl9.ydUcxWiHRBYqynAXYt2Vnhu6JhX5hQDQTmmlm_HtiL4";

test("the documented create-offer request gets the documented offer shape", async () => {
  const r = await request("POST", "/api/v3/persons/ID-3392/offers", { json: documented, headers: TUUM_HEADERS });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.errors, null);
  assert.equal(r.body.validationErrors, null);
  const d = r.body.data;
  assert.match(d.offerId, /^ID-\d+$/);
  assert.equal(d.personId, "ID-3392");
  assert.equal(d.interestRate, 5);
  assert.deepEqual(d.requestedMoney, { amount: 20000, currencyCode: "GBP" });
  assert.deepEqual(d.offeredMoney, { amount: 20000, currencyCode: "GBP" });
  assert.deepEqual(d.grossMoney, { amount: 20000, currencyCode: "GBP" });
  assert.deepEqual(d.netMoney, { amount: 20000, currencyCode: "GBP" });
  assert.deepEqual(d.monthlyRepaymentMoney, { amount: 117.16, currencyCode: "GBP" });
  assert.equal(d.statusCode, "PREPARING");
  assert.equal(d.statusCodeReason, "NEW_OFFER");
  assert.equal(d.offerDate, "2026-04-15");
  assert.equal(d.scheduleTypeCode, "BALLOON");
  assert.equal(d.loanTypeCode, "BALLOON_LOAN");
  assert.equal(d.maxPeriod, 120);
  assert.deepEqual(d.maxMoney, { amount: 100000, currencyCode: "GBP" });
  assert.equal(d.amortisationPeriod, 300);
  assert.equal(d.numberOfPayments, 12);
  assert.equal(d.interestTypeCode, "FIX");
  assert.equal(d.repaymentChannelCode, "TRUSTLY");
  assert.deepEqual(d.validityRange, { startDate: "2026-04-15", endDate: "2026-04-15" });
  assert.equal(d.apr, null);
  assert.deepEqual(d.campaignIds, []);
});

test("create: validation errors come in validationErrors; unknown person is 404; a period over the product's max is refused", async () => {
  const bad = await request("POST", "/api/v3/persons/ID-3392/offers", { json: { ...documented, loanPeriod: 500 }, headers: TUUM_HEADERS });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.errors, null);
  assert.equal(bad.body.data, null);
  assert.ok(bad.body.validationErrors.some((e) => e.path === "loanPeriod"), bad.text);
  const nobody = await request("POST", "/api/v3/persons/ID-0000/offers", { json: documented, headers: TUUM_HEADERS });
  assert.equal(nobody.status, 404);
  assert.equal(nobody.body.errors[0].code, "PERSON_NOT_FOUND");
  assert.equal(nobody.body.data, null);
});

test("headers: x-auth-token sandbox; the document's expired JWT is 401 TOKEN_EXPIRED; x-channel-code is required", async () => {
  const none = await request("POST", "/api/v3/persons/ID-3392/offers", { json: documented, headers: { "x-channel-code": "system" } });
  assert.equal(none.status, 401);
  assert.equal(none.body.errors[0].code, "UNAUTHORIZED");
  const expired = await request("POST", "/api/v2/offers/ID-1664282481/accept", { raw: "", headers: { "x-channel-code": "system", "x-auth-token": DOC_TOKEN } });
  assert.equal(expired.status, 401);
  assert.equal(expired.body.errors[0].code, "TOKEN_EXPIRED");
  const noChannel = await request("POST", "/api/v3/persons/ID-3392/offers", { json: documented, headers: { "x-auth-token": "sandbox" } });
  assert.equal(noChannel.status, 400);
  assert.equal(noChannel.body.errors[0].code, "MISSING_HEADER");
});

test("accept needs payment instructions, then creates a contract; accepting twice is 409", async () => {
  const offer = (await request("POST", "/api/v3/persons/ID-3392/offers", { json: documented, headers: TUUM_HEADERS })).body.data;
  const bare = await request("POST", `/api/v2/offers/${offer.offerId}/accept`, { raw: "", headers: TUUM_HEADERS });
  assert.equal(bare.status, 400);
  assert.ok(bare.body.validationErrors.some((e) => e.path === "paymentInstructions"), bare.text);
  const badIban = await request("POST", `/api/v2/offers/${offer.offerId}/accept`, {
    json: { paymentInstructions: [{ ...instructions[0], beneficiaryIban: "GB73XXXX04030000000986" }] },
    headers: TUUM_HEADERS,
  });
  assert.equal(badIban.status, 400);
  const r = await request("POST", `/api/v2/offers/${offer.offerId}/accept`, { json: { paymentInstructions: instructions }, headers: TUUM_HEADERS });
  assert.equal(r.status, 200, r.text);
  const d = r.body.data;
  assert.equal(d.statusCode, "ACCEPTED");
  assert.match(d.contractId, /^ID-\d+$/);
  assert.match(d.contractNumber, /^\d{6}$/);
  assert.equal(d.paymentInstructions.length, 1);
  assert.equal(d.paymentInstructions[0].statusCode, "VALIDATED");
  assert.equal(d.paymentInstructions[0].beneficiaryIban, "GB33BUKB20201555555555");
  assert.deepEqual(d.paymentInstructions[0].actionHistories.map((h) => h.newValue), ["INSERTED", "VALIDATING", "VALIDATED"]);
  assert.deepEqual(d.coBorrowers, [{ personId: "ID-3392", borrowerTypeCode: "BORROWER" }]);
  assert.equal(typeof d.apr, "number");
  const twice = await request("POST", `/api/v2/offers/${offer.offerId}/accept`, { json: { paymentInstructions: instructions }, headers: TUUM_HEADERS });
  assert.equal(twice.status, 409);
  assert.equal(twice.body.errors[0].code, "OFFER_NOT_ACCEPTABLE");
  assert.equal((await request("POST", "/api/v2/offers/ID-1/accept", { raw: "", headers: TUUM_HEADERS })).status, 404);
});

test("the documented accept (seed offer ID-1664282481, empty body) gives the documented contract shape and APR 2.11", async () => {
  const r = await request("POST", "/api/v2/offers/ID-1664282481/accept", { raw: "", headers: TUUM_HEADERS });
  assert.equal(r.status, 200, r.text);
  const d = r.body.data;
  assert.equal(d.offerId, "ID-1664282481");
  assert.equal(d.applicationId, "ID-1664282445");
  assert.equal(d.statusCode, "ACCEPTED");
  assert.equal(d.interestRate, 1.539);
  assert.equal(d.interestMarginRate, 1.2);
  assert.equal(d.interestBaseRate, 0.339);
  assert.equal(d.rateBaseCode, "EURIBOR-6M");
  assert.equal(d.interestTypeCode, "FLOATING");
  assert.deepEqual(d.feeMoney, { amount: 25, currencyCode: "GBP" });
  assert.equal(d.apr, 2.11, "lendkit's UK APR for 10000 GBP, 10 months, 1.539 %, fee 25");
  assert.equal(d.loanGroupCode, "UNSECURED_LOAN");
  assert.equal(d.channelCode, "system");
  assert.ok(d.contractId);
  assert.equal(d.paymentInstructions[0].paymentInstructionId, "ID-1664282481");
  assert.equal(d.paymentInstructions[0].beneficiaryIban, "GB72XXXX04030000000986");
  assert.deepEqual(d.paymentInstructions[0].source, { sourceName: "LOAN.OFFER", sourceRef: "ID-1664282481", sourceLink: null });
});

test("an offer past its validity range expires and cannot be accepted", async () => {
  const offer = (await request("POST", "/api/v3/persons/ID-3392/offers", { json: documented, headers: TUUM_HEADERS })).body.data;
  await request("POST", "/_sandbox/advance", { json: { days: 2 } });
  const r = await request("POST", `/api/v2/offers/${offer.offerId}/accept`, { json: { paymentInstructions: instructions }, headers: TUUM_HEADERS });
  assert.equal(r.status, 409);
  assert.equal(r.body.errors[0].code, "OFFER_EXPIRED");
});
