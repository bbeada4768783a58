// The pricing calls that cross the wasm boundary as text (sdk/pricing.ts):
// `simulate` and `loanConditions` must give exactly what they gave when the
// result crossed as JSON, and the batch calls exactly what the single calls
// give.
//
// The oracle, fixtures/pricing-oracle.jsonl, is written by the Rust test
// `pricing::json::tests::the_js_oracle_fixture_is_current` from the JSON the
// boundary used to hand to JSON.parse (serde's text of the quote, and
// serde's text of Nemuru's loan_conditions); that test fails when the file is
// not what the engine gives now.
import assert from "node:assert/strict";
import { test } from "node:test";
import { apr, isLendkitError, loanConditions, loanConditionsGrid, simulate, simulateMany } from "lendkit";
import { conditionCases, quoteCases } from "./pricing-oracle.mjs";


/** Every own key, in order, at every depth: what `Object.keys` and `JSON.stringify` see. */
function keysDeep(value, path = "$", out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => keysDeep(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    out.push(`${path}: ${Object.keys(value).join(",")}`);
    for (const [k, v] of Object.entries(value)) keysDeep(v, `${path}.${k}`, out);
  }
  return out;
}

/** Exactly equal: values, types, prototypes, no extra (even undefined-valued) keys, same key order. */
function same(actual, expected, message) {
  assert.deepStrictEqual(actual, expected, message);
  assert.deepEqual(keysDeep(actual), keysDeep(expected), message);
  assert.equal(JSON.stringify(actual), JSON.stringify(expected), message);
}

/** What `fn` throws. */
function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail("expected a throw");
}

/** A LendkitError as plain data: everything a caller can look at. */
function errorData(e) {
  assert.ok(e instanceof Error, `not an Error: ${e}`);
  assert.ok(isLendkitError(e), `not a LendkitError: ${e}`);
  return { name: e.name, message: e.message, code: e.code, details: e.details, keys: Object.keys(e) };
}

test("the oracle covers what the wire must carry", () => {
  const quotes = quoteCases.map((c) => c.quote);
  const rows = quotes.flatMap((q) => q.schedule ?? []);
  assert.ok(quoteCases.length >= 80, `${quoteCases.length} quotes`);
  for (const r of ["annuity", "linear", "interestOnly", "balloon"]) assert.ok(quotes.some((q) => q.repayment === r), r);
  for (const f of ["weekly", "fortnightly", "monthly", "quarterly", "annual"]) assert.ok(quotes.some((q) => q.paymentFrequency === f), f);
  for (const p of ["standard", "exact", "nemuru"]) assert.ok(quotes.some((q) => q.profile === p), p);
  for (const r of ["eu", "uk", "us"]) assert.ok(quotes.some((q) => q.aprRegime === r), r);
  for (const c of ["EUR", "JPY", "KWD"]) assert.ok(quotes.some((q) => q.currency === c), c);
  for (const t of ["upfront", "financed", "firstInstalment", "eachInstalment", "lastInstalment"]) {
    assert.ok(quoteCases.some((c) => c.simulate.fees?.some((f) => f.timing === t) && c.quote.schedule), t);
  }
  assert.ok(rows.some((r) => r.number === 0), "an upfront-fee row 0");
  assert.ok(rows.some((r) => "date" in r) && rows.some((r) => !("date" in r)), "rows with and without dates");
  assert.ok(quotes.some((q) => !("schedule" in q)) && quotes.some((q) => "schedule" in q), "with and without a schedule");
  assert.ok(quotes.some((q) => !("termMonths" in q)), "a quote without termMonths");
  assert.ok(quotes.some((q) => q.principal === "1000000000000.00"), "the largest amount");
  assert.ok(quotes.some((q) => /^\d+$/.test(q.principal)) && quotes.some((q) => /\.\d{3}$/.test(q.principal)), "0 and 3 decimals");
  assert.ok(conditionCases.some((c) => c.conditions.some((e) => /[,"\n]/.test(e.program))), "a program name with , \" and a newline");
});

test("simulate gives exactly the old JSON's object for every oracle request", () => {
  for (const { simulate: request, quote } of quoteCases) {
    same(simulate(request), quote, JSON.stringify(request));
  }
});

test("a summary quote has no schedule key at all; a full one has its rows", () => {
  const request = { principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru" };
  const summary = simulate({ ...request, includeSchedule: false });
  assert.equal("schedule" in summary, false);
  assert.equal("termMonths" in simulate({ ...request, termMonths: undefined, numberOfPayments: 8, paymentFrequency: "weekly" }), false);
  const full = simulate(request);
  assert.equal(full.schedule?.length, 30);
  same(full.schedule?.[0], { number: 1, payment: "186.97", principal: "149.05", interest: "37.92", fees: "0.00", balance: "4850.95" });
  const { schedule, ...head } = full;
  same(head, summary);
});

test("loanConditions gives exactly the old JSON's entries (numbers, odd names) for every oracle table", () => {
  for (const { loanConditions: [pricing, query], conditions } of conditionCases) {
    same(loanConditions(pricing, query), conditions, JSON.stringify(query));
  }
});

test("simulate's errors for what JSON cannot hold are those the other calls give (JSON.stringify in wasm)", () => {
  const base = { principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091" };
  const cyclic = { ...base };
  cyclic.self = cyclic;
  const odd = [
    { ...base, principal: 5000n },
    cyclic,
    { toJSON() { throw new Error("no"); } },
    () => 1,
    Symbol("loan"),
  ];
  for (const value of odd) {
    const e = errorData(thrown(() => simulate(/** @type {any} */ (value))));
    // apr still passes the JavaScript value to wasm, which stringifies it there.
    same(e, errorData(thrown(() => apr(/** @type {any} */ (value)))), String(typeof value));
    assert.equal(e.details[0].code, "invalid_type");
  }
  const none = errorData(thrown(() => simulate(/** @type {any} */ (undefined))));
  assert.match(none.details[0].message, /null/);
});

test("simulateMany: each element is simulate's quote, or the LendkitError simulate throws, at its index", () => {
  const good = quoteCases.slice(0, 12).map((c) => c.simulate);
  const cyclic = { principal: "1" };
  cyclic.self = cyclic;
  const bad = [
    { principal: "-1", currency: "EUX", termMonths: 0, annualRate: "abc" },
    { ...good[0], termMonths: "thirty" },
    { ...good[0], principal: 5000 },
    { ...good[0], fees: [{ type: "x", amount: "1", timing: "soon" }] },
    { ...good[0], principal: 1n },
    cyclic,
    undefined,
    null,
    "text",
    [],
    () => 1,
    { ...good[0], annualRate: "11" },
  ];
  /** @type {any[]} */
  const requests = [];
  for (let i = 0; i < Math.max(good.length, bad.length); i++) {
    if (i < bad.length) requests.push(bad[i]);
    if (i < good.length) requests.push(good[i]);
  }
  requests.length += 1; // a hole at the end reads as undefined
  const out = simulateMany(requests);
  assert.equal(out.length, requests.length);
  let errors = 0;
  for (let i = 0; i < requests.length; i++) {
    const request = requests[i];
    let expected;
    try {
      expected = simulate(request);
    } catch (e) {
      errors++;
      same(errorData(out[i]), errorData(e), `[${i}] ${String(request)}`);
      continue;
    }
    assert.ok(!isLendkitError(out[i]), `[${i}]`);
    same(out[i], expected, `[${i}]`);
  }
  assert.equal(errors, bad.length + 1);
  // Paths are the request's own, not prefixed with the index.
  assert.deepEqual(errorData(out[0]).details.map((d) => d.path).sort(), ["annualRate", "currency", "principal", "termMonths"]);
  assert.deepEqual(simulateMany([]), []);
  same(simulateMany(good), good.map((r) => simulate(r)));
});

test("simulateMany refuses what is not an array with a LendkitError", () => {
  const e = errorData(thrown(() => simulateMany(/** @type {any} */ ({ principal: "5000" }))));
  assert.equal(e.code, "invalid_input");
  assert.deepEqual(e.details.map((d) => [d.path, d.code]), [["", "invalid_type"]]);
});

const terms = [3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 48, 60];
const program = (name, annualInterest, merchantDiscountPercentage, extra = {}) => ({
  program: name,
  annualInterest,
  merchantDiscountPercentage,
  minPrincipal: "100",
  maxPrincipal: "20000",
  terms,
  ...extra,
});
const table = {
  currency: "EUR",
  programs: [
    program("zero_program", "0", "0.099"),
    program("free_program", "0.091", "0", { setupFee: "9.99", dueDate: 5 }),
    program("plus, \"program\"", "0.129", "0", { terms: [12, 24, 36, 48] }),
    program("max_program", "0.199", "0", { minPrincipal: "6000" }),
  ],
};

test("loanConditionsGrid equals loanConditions for each term, concatenated", () => {
  const each = (ts, principal) => ts.flatMap((term) => loanConditions(table, { currency: "EUR", term, principal }));
  for (const principal of ["5000", "7500.55", "100"]) {
    same(loanConditionsGrid(table, { currency: "EUR", principal, terms }), each(terms, principal), principal);
    // Terms absent: every term some program offers.
    same(loanConditionsGrid(table, { currency: "EUR", principal }), each(terms, principal), principal);
  }
  // Asked terms are sorted and deduplicated.
  same(loanConditionsGrid(table, { currency: "EUR", principal: "5000", terms: [36, 12, 36, 7] }), each([7, 12, 36], "5000"));
  // zero and free at every term, plus at its 4, max not from 5000.
  assert.equal(loanConditionsGrid(table, { currency: "EUR", principal: "5000", terms }).length, 12 + 12 + 4);
  assert.deepEqual(loanConditionsGrid(table, { currency: "EUR", principal: "50000" }), []);
  assert.deepEqual(loanConditionsGrid(table, { currency: "SEK", principal: "5000" }), []);
});

test("loanConditionsGrid reproduces the seed's loan_conditions", () => {
  const seed = {
    currency: "EUR",
    programs: [
      { program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "100", maxPrincipal: "15000", minTerm: 3, maxTerm: 36 },
      { program: "free_program", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "100", maxPrincipal: "15000", minTerm: 3, maxTerm: 36 },
    ],
  };
  const expected = [
    { currency: "EUR", due_date: 1, program: "zero_program", merchant_discount_percentage: 0.099, annual_interest: 0,
      principal: 5000, setup_fee: 0, term: 30, number_of_payments: 30, tae: 0, total_interest_paid: 0,
      total_amount_paid: 5000, user_defined_quota: 166.67 },
    { currency: "EUR", due_date: 1, program: "free_program", merchant_discount_percentage: 0, annual_interest: 0.091,
      principal: 5000, setup_fee: 0, term: 30, number_of_payments: 30, tae: 0.095, total_interest_paid: 609.15,
      total_amount_paid: 5609.15, user_defined_quota: 186.97 },
  ];
  same(loanConditionsGrid(seed, { currency: "EUR", principal: "5000", terms: [30] }), expected);
  same(loanConditions(seed, { currency: "EUR", term: 30, principal: "5000" }), expected);
  const all = loanConditionsGrid(seed, { currency: "EUR", principal: "5000" });
  assert.equal(all.length, 2 * 34);
  same(all.slice(2 * 27, 2 * 28), expected);
});

test("loanConditionsGrid's errors name the argument and the term", () => {
  const bad = thrown(() => loanConditionsGrid(table, { currency: "EUR", principal: "5000", terms: [0, 12, 1201] }));
  assert.deepEqual(errorData(bad).details.map((d) => [d.path, d.code]), [["query.terms[0]", "out_of_range"], ["query.terms[2]", "out_of_range"]]);
  const typed = thrown(() => loanConditionsGrid(table, /** @type {any} */ ({ currency: "EUR", principal: 5000 })));
  assert.deepEqual(errorData(typed).details.map((d) => [d.path, d.code]), [["query.principal", "expected_decimal_string"]]);
  // A bad table: the same errors as loanConditions gives for it.
  const broken = { currency: "EUR", programs: [{ program: "p" }] };
  same(
    errorData(thrown(() => loanConditionsGrid(/** @type {any} */ (broken), { currency: "EUR", principal: "5000" }))),
    errorData(thrown(() => loanConditions(/** @type {any} */ (broken), { currency: "EUR", term: 12, principal: "5000" }))),
  );
  const big = errorData(thrown(() => loanConditionsGrid(/** @type {any} */ ({ ...table, x: 1n }), { currency: "EUR", principal: "5000" })));
  same(big, errorData(thrown(() => apr(/** @type {any} */ ({ x: 1n })))));
});
