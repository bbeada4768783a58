// The pricing calls that cross the wasm boundary as text. `simulate` (what a
// product page calls) is here, over the pricing module; `simulateMany`,
// `loanConditions` and `loanConditionsGrid` are in ./pricing-core.ts, over the
// core module (a checkout's and a server's calls, which `lendkit` exports and
// `lendkit/pricing` does not). Each passes its arguments as JSON text
// (`JSON.stringify` here, so the wasm side needs no callback into JavaScript)
// and rebuilds its result from the compact wire text of src/pricing/json.rs:
// the very objects `JSON.parse` of the JSON used to give (same keys in the same
// order, same strings, absent fields absent), in a fraction of the time. The
// wasm entries (`_simulateText`...) are internal; the wire may change with the
// wasm module it comes with.
import { _simulateText } from "./wasm/lendkit_pricing.js";
import type { LoanRequest, Quote } from "./wasm/lendkit_pricing.js";

/**
 * An argument's JSON text, or a marker the wasm side turns into the error it
 * gives for a value `JSON.stringify` cannot write (src/wasm/pricing.rs:
 * `THREW`, `NO_TEXT`). `undefined` is `null`, as before.
 */
export function argText(value: unknown): string {
  if (value === undefined) return "null";
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return "!threw";
  }
  return typeof text === "string" ? text : "!none";
}

/** A quote from the values of its wire line (src/pricing/json.rs, `quote_wire`). */
function quoteOf(f: string[]): Quote {
  const q: Record<string, unknown> = {
    currency: f[0],
    principal: f[1],
    financedAmount: f[2],
    amountReceived: f[3],
    numberOfPayments: +f[4]!,
    paymentFrequency: f[5],
  };
  if (f[6] !== "") q.termMonths = +f[6]!;
  q.annualRate = f[7];
  q.rateBasis = f[8];
  q.repayment = f[9];
  q.instalment = f[10];
  q.firstPayment = f[11];
  q.lastPayment = f[12];
  q.totalInterest = f[13];
  q.totalFees = f[14];
  q.totalCostOfCredit = f[15];
  q.totalAmountPayable = f[16];
  q.apr = f[17];
  q.aprPercent = f[18];
  q.aprRegime = f[19];
  q.profile = f[20];
  if (f[21] !== "") q.startDate = f[21];
  if (f[22] !== "") q.firstPaymentDate = f[22];
  if (f[23] !== "") {
    // In a row, an empty number is the previous plus one and an empty amount
    // the previous row's: one string for the equal instalments and fees.
    const n = +f[23]!;
    const rows: object[] = [];
    let num = 0, payment = "", principal = "", interest = "", fees = "", balance = "";
    for (let i = 0, k = 24; i < n; i++, k += 7) {
      let v = f[k]!;
      num = v === "" ? num + 1 : +v;
      const date = f[k + 1];
      if ((v = f[k + 2]!) !== "") payment = v;
      if ((v = f[k + 3]!) !== "") principal = v;
      if ((v = f[k + 4]!) !== "") interest = v;
      if ((v = f[k + 5]!) !== "") fees = v;
      if ((v = f[k + 6]!) !== "") balance = v;
      rows.push(
        date === ""
          ? { number: num, payment, principal, interest, fees, balance }
          : { number: num, date, payment, principal, interest, fees, balance },
      );
    }
    q.schedule = rows;
  }
  return q as unknown as Quote;
}

/** A quote from its wire line. */
export function decodeQuote(line: string): Quote {
  return quoteOf(line.split(","));
}

/**
 * Prices a loan: instalment, totals, APR and (unless `includeSchedule` is
 * false) the schedule. Throws a `LendkitError` listing every bad field.
 *
 * @example
 * simulate({ principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru" }).instalment // "186.97"
 */
export function simulate(request: LoanRequest): Quote {
  return decodeQuote(_simulateText(argText(request)));
}
