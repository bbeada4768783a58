// Issue 13: an identity number whose birth date is after "today" is invalid
// (`birth_date_in_future`) in every country; "today" is the `today` option, or
// else the SDK's current date in the runtime's (the shopper's) time zone.
// The numbers: the Danish example and numbers built with each
// country's check rule for a birth on 2039-08-20 (see
// tests/validation_birth_date.rs for how each was built).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  isValidIdentityNumber,
  localToday,
  validateIdentityNumber,
  validateIdentityNumberLines,
  validateIdentityNumbers,
  validateRequest,
  validateRequestJson,
} from "lendkit";

const BORN_2039 = [
  ["DK", "200839-8963"],
  ["NO", "20083950049"],
  ["FI", "200839A123C"],
  ["SE", "203908201233"],
];
// Published examples born long ago (tests/validation_identity.rs cites them).
const BORN_LONG_AGO = { DK: "070761-4285", NO: "13097248022", FI: "131052-308T", SE: "198507099805" };

test("localToday is the local calendar date", () => {
  assert.equal(localToday(new Date(2026, 0, 2, 23, 30)), "2026-01-02");
  assert.equal(localToday(new Date(2026, 11, 31, 0, 5)), "2026-12-31");
  const now = new Date();
  assert.equal(localToday(), localToday(now));
  assert.match(localToday(), /^\d{4}-\d{2}-\d{2}$/);
});

test("a birth date after today is refused without a today option (the SDK's date)", () => {
  for (const [country, number] of BORN_2039) {
    const r = validateIdentityNumber(country, number);
    assert.equal(r.valid, false, `${country} ${number}`);
    assert.equal(r.errors[0].code, "birth_date_in_future", country);
    assert.equal(isValidIdentityNumber(country, number), false, country);
    assert.equal(isValidIdentityNumber(country, number, {}), false, country);
    assert.deepEqual([...validateIdentityNumbers(country, [number, BORN_LONG_AGO[country]])], [0, 1], country);
    assert.deepEqual([...validateIdentityNumberLines(country, `${number}\n${BORN_LONG_AGO[country]}`)], [0, 1], country);
  }
});

test("the today option decides when given", () => {
  for (const [country, number] of BORN_2039) {
    const later = validateIdentityNumber(country, number, { today: "2040-01-01" });
    assert.equal(later.valid, true, country);
    assert.equal(later.birthDate, "2039-08-20", country);
    assert.equal(later.age, 0, country);
    assert.equal(validateIdentityNumber(country, number, { today: "2039-08-20" }).valid, true, country);
    const before = validateIdentityNumber(country, number, { today: "2039-08-19" });
    assert.deepEqual(before.errors.map((e) => e.code), ["birth_date_in_future"], country);
    assert.equal(isValidIdentityNumber(country, number, { today: "2040-01-01" }), true, country);
    assert.deepEqual([...validateIdentityNumbers(country, [number], { today: "2040-01-01" })], [1], country);
    assert.deepEqual([...validateIdentityNumberLines(country, number, { today: "2039-08-19" })], [0], country);
  }
  // Options the core refuses still throw, as before.
  assert.throws(() => validateIdentityNumber("DK", "200839-8963", { today: "2040-13-01" }), (e) => e.name === "LendkitError");
  assert.throws(() => isValidIdentityNumber("DK", "200839-8963", { bogus: 1 }), (e) => e.name === "LendkitError");
});

test("validateRequest refuses a customer born in the future unless today or now says otherwise", () => {
  const loan = {
    offerId: "offer_x",
    assetId: "asset_x",
    loanAmount: 100000,
    termMonths: 60,
    currency: "DKK",
    customer: { identityNumber: "200839-8963", country: "DK", email: "a@b.dk", phone: "+4520123456" },
  };
  const future = (r) => r.errors.filter((e) => e.code === "birth_date_in_future").map((e) => e.path);
  assert.deepEqual(future(validateRequest("assetLoans.create", loan)), ["customer.identityNumber"]);
  assert.deepEqual(future(validateRequestJson("assetLoans.create", JSON.stringify(loan), { locale: "en" })), ["customer.identityNumber"]);
  assert.deepEqual(future(validateRequest("assetLoans.create", loan, { today: "2040-01-01" })), []);
  assert.deepEqual(future(validateRequest("assetLoans.create", loan, { now: "2040-01-01T00:00:00Z" })), []);
});
