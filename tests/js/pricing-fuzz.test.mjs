// The pricing calls at the real wasm boundary, fed thousands of malformed and
// extreme requests: each must give a Quote or throw a LendkitError, never trap
// the module (a Rust panic in wasm is a RuntimeError that leaves the module
// unusable for the whole page), and the module must still price the seed's
// loan afterwards. The host property tests cover the engine; this covers what
// only the built module runs: the text boundary, its lean request path
// (src/json/text.rs) and the SDK's decoder. Seeded, so a failure replays.
import assert from "node:assert/strict";
import { test } from "node:test";
import { simulate, simulateMany, isLendkitError } from "lendkit";
import { _simulateText } from "../../pkg/wasm/lendkit_pricing.js";
// `simulateMany`'s text entry is the core module's (src/wasm/pricing.rs, core-exports).
import { _simulateManyText } from "../../pkg/wasm/lendkit.js";
import { rng } from "./rng.mjs";

const SEED = Number(process.env.LENDKIT_FUZZ_SEED ?? 20261122);
const seedLoan = { principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru" };

const KEYS = [
  "principal", "currency", "termMonths", "numberOfPayments", "paymentFrequency", "annualRate", "rateBasis",
  "repayment", "balloonAmount", "amortisationMonths", "fees", "paymentFreeMonths", "startDate", "paymentDay",
  "firstPaymentDate", "aprRegime", "profile", "includeSchedule",
];
const ODD = [
  null, true, false, 0, -1, 1.5, 3.0, 1e21, -0, 2 ** 53, NaN, "", " ", "0", "-5", "1e3", "0.000000000000000000000000001",
  "999999999999999", "1000000000000000000000", "12.345", "abc", "EUR", "JPY", "KWD", "XXX", "monthly", "weekly",
  "balloon", "linear", "interestOnly", "effective", "us", "uk", "exact", "standard", "2024-02-29", "2024-02-30",
  "2024-13-01", "\u0000", "\"", "\\", "é", "😀", [], [{}], {}, { type: "x", amount: "1", timing: "upfront" },
  [{ type: "x", amount: "10", timing: "eachInstalment" }], [{ type: "x", amount: "-1", timing: "financed" }],
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

/** A request around a valid one: members dropped, replaced or added. */
function request(r) {
  const base = {
    principal: pick(r, ["500", "5000", "0.01", "76602.50", "200000", "999999999999"]),
    currency: pick(r, ["EUR", "SEK", "JPY", "KWD", "GBP", "USD"]),
    termMonths: pick(r, [1, 3, 12, 30, 360, 600]),
    annualRate: pick(r, ["0", "0.091", "0.199", "1", "10"]),
  };
  const n = Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const key = pick(r, KEYS);
    if (r() < 0.2) delete base[key];
    else base[key] = pick(r, ODD);
  }
  if (r() < 0.3) base.includeSchedule = false;
  return base;
}

/** One of a few edits of a request's JSON text: truncated, a byte changed, escaped or padded. */
function text(r) {
  const t = JSON.stringify(request(r));
  const at = Math.floor(r() * t.length);
  switch (Math.floor(r() * 6)) {
    case 0:
      return t.slice(0, at);
    case 1:
      return t.slice(0, at) + pick(r, ['"', "\\", "{", "}", ",", ":", "\u0001", "é", " ", "]"]) + t.slice(at + 1);
    case 2:
      return t.replace('"principal"', '"princip\\u0061l"');
    case 3:
      return ` \n${t}\t `;
    case 4:
      return t + pick(r, ["", " x", ",", "}", "\n{}"]);
    default:
      return t.replaceAll(":", " : ");
  }
}

/** A quote or a LendkitError; anything else (a trap) fails the test. */
function outcome(fn, input) {
  try {
    const q = fn();
    assert.equal(typeof q, "object", JSON.stringify(input));
    return "quote";
  } catch (e) {
    assert.ok(isLendkitError(e), `${e} for ${JSON.stringify(input)} (seed ${SEED})`);
    assert.ok(e.details.length > 0, JSON.stringify(input));
    return "error";
  }
}

test("simulate gives a quote or a LendkitError for thousands of odd requests, and the module lives on", () => {
  const r = rng(SEED);
  const seen = { quote: 0, error: 0 };
  for (let i = 0; i < 6000; i++) {
    const req = request(r);
    seen[outcome(() => simulate(req), req)]++;
  }
  // Both kinds occur, so the test checks both paths.
  assert.ok(seen.quote > 500 && seen.error > 500, JSON.stringify(seen));
  assert.equal(simulate(seedLoan).instalment, "186.97");
});

test("the text entries take any JSON text, valid or not, without trapping", () => {
  const r = rng(SEED + 1);
  let lines = 0;
  for (let i = 0; i < 6000; i++) {
    const t = text(r);
    try {
      assert.equal(typeof _simulateText(t), "string");
    } catch (e) {
      assert.ok(isLendkitError(e), `${e} for ${JSON.stringify(t)} (seed ${SEED})`);
    }
    // A request text never holds a raw newline (JSON.stringify escapes it).
    const many = [t, JSON.stringify(seedLoan)].filter((x) => !x.includes("\n"));
    lines += _simulateManyText(many.join("\n")).split("\n").length;
  }
  assert.ok(lines > 6000);
  assert.equal(simulate(seedLoan).instalment, "186.97");
  assert.equal(simulateMany([seedLoan])[0].instalment, "186.97");
});

test("simulateMany answers each odd request as simulate does", () => {
  const r = rng(SEED + 2);
  const requests = Array.from({ length: 400 }, () => request(r));
  const many = simulateMany(requests);
  assert.equal(many.length, requests.length);
  requests.forEach((req, i) => {
    let one;
    try {
      one = simulate(req);
    } catch (e) {
      one = e;
    }
    if (isLendkitError(one)) {
      assert.ok(isLendkitError(many[i]), JSON.stringify(req));
      assert.deepEqual(many[i].details, one.details);
    } else {
      assert.deepEqual(many[i], one, JSON.stringify(req));
    }
  });
});
