// Pricing benchmark: lendkit's wasm against the npm package `financial` (pmt +
// rate, floats) on the same loans, in one Node process. Prints times and
// ratios; never fails on a number (benchmarks are not tests).
//
//   npm run bench            (builds pkg/ first)
//   node bench/pricing.mjs   (with pkg/ already built)
import { existsSync, readFileSync } from "node:fs";
import { simulate, simulateMany, loanConditions, loanConditionsGrid } from "lendkit";
import { pmt, rate } from "financial";
// The SDK's wire decoder (sdk/pricing.ts) and the modules' internal text
// entries (initialised by the import of "lendkit" above), for the breakdowns:
// `_simulateText` is the pricing module's, `_simulateManyText` the core's.
import { decodeQuote } from "../pkg/pricing.js";
import { _simulateText } from "../pkg/wasm/lendkit_pricing.js";
import { _simulateManyText } from "../pkg/wasm/lendkit.js";

/**
 * Microseconds per call of `fn`: the median of 7 trials, each the mean over
 * about `ms / 7` ms after a warm-up. On a shared machine a neighbour's burst
 * slows a whole trial; the median keeps one such trial from moving the figure.
 */
function time(fn, ms = 400) {
  // Warm up for a tenth of the budget (at least 200 calls), so the JIT has
  // optimised both sides before the first trial.
  let n = 0;
  const warm = process.hrtime.bigint() + BigInt(Math.ceil(ms / 10)) * 1_000_000n;
  while (n < 200 || process.hrtime.bigint() < warm) {
    for (let i = 0; i < 20; i++) fn(n + i);
    n += 20;
  }
  const trials = [];
  const budget = BigInt(Math.ceil(ms / 7)) * 1_000_000n;
  for (let t = 0; t < 7; t++) {
    let calls = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < budget) {
      for (let i = 0; i < 20; i++) fn(n + i);
      n += 20;
      calls += 20;
      elapsed = process.hrtime.bigint() - start;
    }
    trials.push(Number(elapsed) / 1000 / calls);
  }
  trials.sort((a, b) => a - b);
  return trials[3];
}

// The same loans for both: principal, months, nominal annual rate.
const loans = [];
for (const principal of [500, 5000, 20000, 200000]) {
  for (const months of [6, 12, 30, 60, 360]) {
    for (const annual of [0.049, 0.091, 0.199]) loans.push({ principal, months, annual });
  }
}
const requests = loans.map((l) => ({
  principal: String(l.principal),
  currency: "EUR",
  termMonths: l.months,
  annualRate: String(l.annual),
  includeSchedule: false,
}));

// financial: the instalment (pmt), then the nominal rate back from it (rate x
// 12). `rate` has no default for its `fv` argument: without the 0 it runs its
// 100 iterations on NaN and returns NaN (this bench's first versions timed
// exactly that), so the peer is checked to reproduce every loan's rate first.
const peerRate = (l) => {
  const p = pmt(l.annual / 12, l.months, -l.principal);
  return rate(l.months, -p, l.principal, 0) * 12;
};
for (const l of loans) {
  const r = peerRate(l);
  if (!(Math.abs(r - l.annual) < 1e-8)) throw new Error(`financial gives ${r} for ${JSON.stringify(l)}`);
}
const peer = time((i) => peerRate(loans[i % loans.length]));
// lendkit: a summary quote (instalment, totals, APR as disclosed, no schedule).
const summary = time((i) => simulate(requests[i % requests.length]));

// A full quote with a 360-row schedule.
const full360 = { principal: "200000", currency: "EUR", termMonths: 360, annualRate: "0.05" };
const full = time(() => simulate(full360), 800);

// A checkout grid: 4 programs x 12 terms, as loanConditions for each term.
const terms = [3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 48, 60];
const program = (name, annualInterest, merchantDiscountPercentage) => ({
  program: name,
  annualInterest,
  merchantDiscountPercentage,
  minPrincipal: "100",
  maxPrincipal: "20000",
  terms,
});
const table = {
  currency: "EUR",
  programs: [
    program("zero_program", "0", "0.099"),
    program("free_program", "0.091", "0"),
    program("plus_program", "0.129", "0"),
    program("max_program", "0.199", "0"),
  ],
};
const grid = time(() => {
  let count = 0;
  for (const term of terms) count += loanConditions(table, { currency: "EUR", term, principal: "5000" }).length;
  if (count !== 48) throw new Error(`grid has ${count} quotes`);
}, 800);

// Batch against batch: simulateMany over the 60 loans (one crossing) and
// financial over the same 60, per loan.
const peerBatch =
  time(() => {
    let sum = 0;
    for (const l of loans) sum += peerRate(l);
    return sum;
  }) / loans.length;
const many =
  time(() => {
    if (simulateMany(requests).length !== loans.length) throw new Error("simulateMany lost loans");
  }) / loans.length;

// The same grid in one call.
const gridOne = time(() => {
  const count = loanConditionsGrid(table, { currency: "EUR", principal: "5000", terms }).length;
  if (count !== 48) throw new Error(`grid has ${count} quotes`);
}, 800);

// The 360-row quote broken down: JSON.stringify + wasm (read, price, write the
// wire text) + the text into JS, then the SDK's decoder alone; beside it,
// what JSON.parse of the same quote's JSON (the former boundary) costs.
const requestText = JSON.stringify(full360);
const wire = _simulateText(requestText);
const wasmSide = time(() => _simulateText(JSON.stringify(full360)), 800);
const decode = time(() => decodeQuote(wire), 800);
const quoteJson = JSON.stringify(simulate(full360));
const jsonParse = time(() => JSON.parse(quoteJson), 800);

// Per term, and the floor of the API's shape. Whatever the engine, `simulate`
// takes a request object and returns a Quote object of decimal strings, so it
// pays at least JSON.stringify of the request and the SDK's decode of the
// quote's wire line into that object; the floor below is those two alone, in
// JavaScript, with no call into wasm at all. Beside it, the cheapest call into
// a wasm module there is (one byte each way: the core module's
// `_simulateManyText("x")` answers "!" at once), which every call adds. A term where the floor alone
// exceeds `financial` cannot meet the target, whatever the engine does.
const wires = requests.map((r) => _simulateText(JSON.stringify(r)));
const floorOf = (i) => JSON.stringify(requests[i]).length + decodeQuote(wires[i]).instalment.length;
const byTerm = [];
for (const months of [...new Set(loans.map((l) => l.months))]) {
  const idx = loans.flatMap((l, i) => (l.months === months ? [i] : []));
  const pick = (i) => idx[i % idx.length];
  byTerm.push({
    months,
    peer: time((i) => peerRate(loans[pick(i)])),
    lendkit: time((i) => simulate(requests[pick(i)])),
    floor: time((i) => floorOf(pick(i))),
  });
}
const floorAll = time((i) => floorOf(i % loans.length));
const cheapestCall = time(() => _simulateManyText("x").length);
const decodeAll = time((i) => decodeQuote(wires[i % loans.length]).instalment.length);

const us = (x) => `${x.toFixed(2)} µs`;
console.log(`financial pmt + rate (same ${loans.length} loans): ${us(peer)} per loan`);
console.log(`lendkit summary quote:                 ${us(summary)} per loan  (ratio ${(summary / peer).toFixed(2)}x financial; information: the per-call target is withdrawn, issue 15)`);
console.log(`lendkit full quote, 360-row schedule:  ${us(full)}  (target < 200 µs: ${full < 200 ? "met" : "NOT met"})`);
console.log(`lendkit grid, 4 programs x 12 terms:   ${us(grid)}  (target < 1000 µs: ${grid < 1000 ? "met" : "NOT met"}; ${(grid / (48 * peer)).toFixed(2)}x 48 financial pmt + rate)`);
console.log(`financial over the ${loans.length} loans, per loan:    ${us(peerBatch)}`);
console.log(`lendkit simulateMany, ${loans.length} loans, per loan: ${us(many)}  (ratio ${(many / peerBatch).toFixed(2)}x financial, batch vs batch)`);
console.log(`lendkit grid, one loanConditionsGrid:  ${us(gridOne)}  (target < 1000 µs: ${gridOne < 1000 ? "met" : "NOT met"}; ${(gridOne / (48 * peerBatch)).toFixed(2)}x 48 financial pmt + rate)`);
console.log(
  `  360-row quote: wasm (stringify, price, wire text ${(wire.length / 1024).toFixed(1)} KB) ${us(wasmSide)} + JS decode ${us(decode)}` +
    `  (JSON.parse of its ${(quoteJson.length / 1024).toFixed(1)} KB JSON: ${us(jsonParse)})`,
);
console.log(`summary quote by term (${loans.length / byTerm.length} loans each), µs per loan:`);
console.log(`  term  financial  lendkit  ratio   floor (stringify + decode)  floor / financial`);
for (const t of byTerm) {
  console.log(
    `  ${String(t.months).padStart(4)}  ${t.peer.toFixed(2).padStart(9)}  ${t.lendkit.toFixed(2).padStart(7)}  ${(t.lendkit / t.peer).toFixed(2).padStart(5)}x  ${t.floor.toFixed(2).padStart(26)}  ${(t.floor / t.peer).toFixed(2).padStart(16)}x`,
  );
}
console.log(
  `  floor over the ${loans.length} loans: ${us(floorAll)} = ${(floorAll / peer).toFixed(2)}x financial (no wasm); the cheapest wasm call adds ${us(cheapestCall)}`,
);
console.log(
  `  of which the decode alone: ${us(decodeAll)}; decode + the cheapest call, even with a free request encoder: ${us(decodeAll + cheapestCall)}`,
);
const size = new URL("../pkg/size.json", import.meta.url);
if (existsSync(size)) {
  const s = JSON.parse(readFileSync(size, "utf8"));
  const m = s.modules?.pricing ?? s;
  console.log(`pricing wasm module: ${(m.raw / 1024).toFixed(1)} KB raw, ${(m.gzip / 1024).toFixed(1)} KB gzip`);
}
