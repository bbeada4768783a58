// The pricing module's own allocator (src/wasm/alloc.rs: size classes with a
// free list each, instead of dlmalloc) under churn: requests of every size,
// schedules of 1 to 1040 rows, errors with long messages, runs of calls (what
// the pricing module exports: `simulate`, `lowestInstalment`; `simulateMany`
// and `loanConditionsGrid` are the core module's, on the standard allocator,
// so `lendkit/pricing` does not export them). Each result
// must not depend on what ran before it (a block handed out twice, or freed
// into the wrong class, would corrupt one), and running the same workload
// again must not grow the module's memory (freed blocks are reused).
import assert from "node:assert/strict";
import { test } from "node:test";
import { lowestInstalment, simulate } from "../../pkg/pricing-node.js";
import { initSync } from "../../pkg/wasm/lendkit_pricing.js";

// Already instantiated by the entry: initSync returns the instance's exports.
const memory = () => initSync().memory.buffer.byteLength;

const TABLE = {
  currency: "EUR",
  programs: [
    { program: "a", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30, 36, 48, 60] },
    { program: "z", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "300", maxPrincipal: "3000", terms: [3, 6, 12], setupFee: "9.95" },
  ],
};

const request = (i) => ({
  principal: `${300 + ((i * 7919) % 50000)}.${String(i % 100).padStart(2, "0")}`,
  currency: ["EUR", "SEK", "GBP"][i % 3],
  annualRate: `0.0${i % 99}`,
  profile: ["standard", "nemuru", "exact"][i % 3],
  includeSchedule: i % 2 === 0,
  ...(i % 5 === 0 ? { paymentFrequency: "weekly", numberOfPayments: 1 + (i % 1040) } : { termMonths: 1 + (i % 360) }),
  ...(i % 7 === 0 ? { fees: [{ type: "opening", amount: "25.50", timing: "financed" }] } : {}),
});

/** One round of everything, keeping a few results to compare. */
function workload() {
  const kept = [];
  for (let i = 0; i < 3000; i++) {
    const q = simulate(request(i));
    if (i % 500 === 0) kept.push(q);
  }
  for (let i = 0; i < 40; i++) {
    // A run of 60 (a quote, or its error's code), kept alive together.
    const run = Array.from({ length: 60 }, (_, k) => {
      try {
        return simulate(request(i * 60 + k));
      } catch (e) {
        return e.code;
      }
    });
    if (i % 10 === 0) kept.push(run[7]);
  }
  for (let i = 0; i < 500; i++) {
    const principal = `${250 + i * 7}`;
    const best = lowestInstalment({ pricing: TABLE, principal });
    // Every program x term the table offers (what loanConditionsGrid computed here before).
    const grid = TABLE.programs.flatMap((p) =>
      p.terms.map((termMonths) => {
        try {
          return simulate({ principal, currency: "EUR", termMonths, annualRate: p.annualInterest, profile: "nemuru", includeSchedule: false }).instalment;
        } catch (e) {
          return e.code;
        }
      }),
    );
    if (i % 100 === 0) kept.push(best, grid);
  }
  // Errors: long messages (the caller's text quoted back), big allocations freed at once.
  for (let i = 0; i < 50; i++) {
    assert.throws(() => simulate({ principal: "9".repeat(1000 + i * 997) + "x", currency: "EUR", termMonths: 12, annualRate: "0.1" }), { name: "LendkitError" });
  }
  return kept;
}

test("results do not depend on what ran before, and a second round reuses the memory", () => {
  const fresh = JSON.stringify([simulate(request(1000)), simulate(request(3)), lowestInstalment({ pricing: TABLE, principal: "5000" })]);
  const first = workload();
  const after = memory();
  const second = workload();
  assert.equal(memory(), after, "the same workload again grew the module's memory");
  assert.deepEqual(second, first);
  assert.equal(JSON.stringify([simulate(request(1000)), simulate(request(3)), lowestInstalment({ pricing: TABLE, principal: "5000" })]), fresh);
});

test("a 1040-row schedule and its neighbours stay intact", () => {
  const big = simulate({ principal: "49999.99", currency: "EUR", paymentFrequency: "weekly", numberOfPayments: 1040, annualRate: "0.2", includeSchedule: true });
  assert.equal(big.schedule.length, 1040);
  const small = simulate({ principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru" });
  assert.equal(small.instalment, "186.97");
  // Principal parts add up to the principal exactly (the schedule was not overwritten).
  const cents = big.schedule.reduce((s, r) => s + BigInt(r.principal.replace(".", "")), 0n);
  assert.equal(cents, 4999999n);
});
