// Issue 13 at the JS boundary: apr() measures dated flows as Directive (EU)
// 2023/2225 Annex III remark (c) does in the EU and as CONC App 1 does in the
// UK, in the equal period `unitPeriod` names. The expected figures and their
// sources are in tests/pricing_time_measurement.rs (Python 3 recomputations of
// the Commission's 2012 example and curo's published day counts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { apr } from "lendkit";

const flows = (lent, from, paid, to) => ({
  drawdowns: [{ amount: lent, date: from }],
  payments: [{ amount: paid, date: to }],
});

test("EU: the Commission's 12 January -> 15 March 2012 is 2/12 + 3/365", () => {
  const r = apr({ regime: "eu", ...flows("1000", "2012-01-12", "1020", "2012-03-15") });
  assert.equal(r.apr, "0.119891"); // 1.02^(1/(2/12 + 3/365)) - 1; 3/366 gave 0.119908
  assert.equal(r.aprPercent, "12.0");
});

test("EU: unitPeriod year counts 1 year + 34 days, month 13 months + 3 days", () => {
  const loan = flows("1000", "2012-01-12", "1100", "2013-02-15");
  assert.equal(apr({ regime: "eu", unitPeriod: "year", ...loan }).apr, "0.091102");
  assert.equal(apr({ regime: "eu", unitPeriod: "month", ...loan }).apr, "0.091242");
});

test("UK: counted forward, each day in its own year; timeBasis days unchanged", () => {
  const loan = flows("1000", "2023-11-20", "1010", "2024-01-15");
  assert.equal(apr({ regime: "uk", ...loan }).apr, "0.066543"); // 1/12 + 11/365 + 15/366
  assert.equal(apr({ regime: "eu", ...loan }).apr, "0.067733"); // 1/12 + 25/365
  // Directive 98/7/EC Annex III: 1000 on 1994-01-01, 1200 on 1995-07-01 = 546/365 years.
  const days = apr({ regime: "uk", timeBasis: "days", ...flows("1000", "1994-01-01", "1200", "1995-07-01") });
  assert.equal(days.apr, "0.129620");
});
