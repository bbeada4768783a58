// The pricing API of the built package, imported by its name as a merchant's
// code imports it: the seed's figures, typed errors with paths, and Nemuru's
// loan_conditions wire shape.
import assert from "node:assert/strict";
import { test } from "node:test";
import { simulate, apr, loanConditions, lowestInstalment } from "lendkit";
import { thrown } from "./lendkit-error.mjs";

const seedLoan = { principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru" };


test("simulate reproduces the seed: 186.97 / 609.15 / 5609.15, TAE 9.5 %", () => {
  const q = simulate({ ...seedLoan, includeSchedule: false });
  assert.equal(q.instalment, "186.97");
  assert.equal(q.totalInterest, "609.15");
  assert.equal(q.totalAmountPayable, "5609.15");
  assert.equal(q.aprPercent, "9.5");
});

test("a standard schedule adds up to the principal exactly", () => {
  const q = simulate({ principal: "200000", currency: "EUR", termMonths: 360, annualRate: "0.05" });
  assert.equal(q.schedule?.length, 360);
  const cents = (q.schedule ?? []).reduce((s, r) => s + Math.round(Number(r.principal) * 100), 0);
  assert.equal(cents, 200000 * 100);
});

test("a JS number for money is rejected with expected_decimal_string and its path", () => {
  const e = thrown(() => simulate({ ...seedLoan, principal: /** @type {any} */ (5000) }));
  assert.equal(e.code, "invalid_input");
  assert.ok(e.details.some((d) => d.path === "principal" && d.code === "expected_decimal_string"));
});

test("bad input lists every field with its code", () => {
  const e = thrown(() => simulate({ principal: "-1", currency: "XXX", termMonths: 0, annualRate: "abc" }));
  const paths = e.details.map((d) => d.path);
  for (const p of ["principal", "currency", "annualRate"]) assert.ok(paths.includes(p), `${p} in ${paths}`);
});

test("a wrong-typed field names its path", () => {
  const e = thrown(() => simulate({ ...seedLoan, termMonths: /** @type {any} */ ("thirty") }));
  assert.deepEqual(e.details.map((d) => [d.path, d.code]), [["termMonths", "invalid_field"]]);
});

test("loanConditions is Nemuru's loan_conditions, identical to the seed", () => {
  const program = (/** @type {string} */ name, /** @type {string} */ rate, /** @type {string} */ discount) => ({
    program: name,
    annualInterest: rate,
    merchantDiscountPercentage: discount,
    minPrincipal: "100",
    maxPrincipal: "15000",
    minTerm: 3,
    maxTerm: 36,
  });
  const table = { currency: "EUR", programs: [program("zero_program", "0", "0.099"), program("free_program", "0.091", "0")] };
  const list = loanConditions(table, { currency: "EUR", term: 30, principal: "5000" });
  assert.deepEqual(list, [
    { currency: "EUR", due_date: 1, program: "zero_program", merchant_discount_percentage: 0.099, annual_interest: 0,
      principal: 5000, setup_fee: 0, term: 30, number_of_payments: 30, tae: 0, total_interest_paid: 0,
      total_amount_paid: 5000, user_defined_quota: 166.67 },
    { currency: "EUR", due_date: 1, program: "free_program", merchant_discount_percentage: 0, annual_interest: 0.091,
      principal: 5000, setup_fee: 0, term: 30, number_of_payments: 30, tae: 0.095, total_interest_paid: 609.15,
      total_amount_paid: 5609.15, user_defined_quota: 186.97 },
  ]);
  const e = thrown(() => loanConditions(table, { currency: "EUR", term: 30, principal: /** @type {any} */ (5000) }));
  assert.ok(e.details.some((d) => d.path === "query.principal"), JSON.stringify(e.details));
});

test("apr of an explicit stream, and lowestInstalment across a table", () => {
  const r = apr({ regime: "eu", unitPeriod: "month", drawdowns: [{ amount: "1000", periods: 0 }], payments: [{ amount: "1100", periods: 12 }] });
  assert.equal(r.aprPercent, "10.0");
  const table = { currency: "EUR", programs: [{ program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "100", maxPrincipal: "15000", terms: [30] }] };
  const best = lowestInstalment(/** @type {any} */ ({ pricing: table, principal: "5000" }));
  assert.ok(best === undefined || typeof best === "object");
});
