// The pricing calls that cross the wasm boundary as text: `simulate`,
// `simulateMany`, `loanConditions` and `loanConditionsGrid`. Each passes its
// arguments as JSON text (`JSON.stringify` here, so the wasm side needs no
// callback into JavaScript) and rebuilds its result from the compact wire text
// of src/pricing/json.rs: the very objects `JSON.parse` of the JSON used to
// give (same keys in the same order, same strings, absent fields absent), in a
// fraction of the time. The wasm entries (`_simulateText`...) are internal; the
// wire may change with the wasm module it comes with.
import { _loanConditionsText, _simulateManyText, _simulateText } from "./wasm/lendkit_pricing.js";
import type {
  LoanConditions,
  LoanConditionsGridQuery,
  LoanConditionsQuery,
  LoanRequest,
  PricingTable,
  Quote,
} from "./wasm/lendkit_pricing.js";
import type { LendkitError } from "./errors.js";

/**
 * An argument's JSON text, or a marker the wasm side turns into the error it
 * gives for a value `JSON.stringify` cannot write (src/wasm/pricing.rs:
 * `THREW`, `NO_TEXT`). `undefined` is `null`, as before.
 */
function argText(value: unknown): string {
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

/** Nemuru's `loan_conditions` entries from their wire text (src/pricing/json.rs, `conditions_wire`). */
export function decodeConditions(text: string): LoanConditions[] {
  const cut = text.indexOf("\n");
  // The program names after the values, each after its length and a colon.
  const names: string[] = [];
  for (let at = cut + 1; at < text.length; ) {
    const colon = text.indexOf(":", at);
    const end = colon + 1 + +text.slice(at, colon);
    names.push(text.slice(colon + 1, end));
    at = end;
  }
  const out: LoanConditions[] = [];
  if (cut === 0) return out;
  const f = text.slice(0, cut).split(",");
  for (let k = 0; k < f.length; k += 13) {
    out.push({
      currency: f[k]!,
      due_date: +f[k + 1]!,
      program: names[+f[k + 2]!]!,
      merchant_discount_percentage: +f[k + 3]!,
      annual_interest: +f[k + 4]!,
      principal: +f[k + 5]!,
      setup_fee: +f[k + 6]!,
      term: +f[k + 7]!,
      number_of_payments: +f[k + 8]!,
      tae: +f[k + 9]!,
      total_interest_paid: +f[k + 10]!,
      total_amount_paid: +f[k + 11]!,
      user_defined_quota: +f[k + 12]!,
    });
  }
  return out;
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

/**
 * Prices many loans in one call (one crossing into wasm): element `i` is the
 * quote `simulate(requests[i])` returns, or the `LendkitError` it would throw,
 * so one bad loan does not hide the others. Throws a `LendkitError`
 * (`invalid_input`) only when `requests` is not an array.
 *
 * @example
 * const [a, b] = simulateMany([{ principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091" },
 *                              { principal: "-1", currency: "EUR", termMonths: 30, annualRate: "0.091" }]);
 * // a.instalment; isLendkitError(b) && b.details[0].path === "principal"
 */
export function simulateMany(requests: LoanRequest[]): (Quote | LendkitError)[] {
  if (!Array.isArray(requests)) {
    const problem = { path: "", code: "invalid_type", message: "expected an array of loan requests" };
    const e = new Error(`invalid input: ${problem.path} (${problem.code}): ${problem.message}`) as LendkitError;
    e.name = "LendkitError";
    e.code = "invalid_input";
    e.details = [problem];
    throw e;
  }
  const n = requests.length;
  if (n === 0) return [];
  // One request per line: JSON.stringify never writes a raw newline.
  let text = argText(requests[0]);
  for (let i = 1; i < n; i++) text += "\n" + argText(requests[i]);
  const records = _simulateManyText(text).split("\n");
  const out: (Quote | LendkitError)[] = [];
  for (let i = 0; i < n; i++) {
    const record = records[i]!;
    if (record !== "!") {
      out.push(decodeQuote(record));
      continue;
    }
    // A request simulate refuses: its error is the one simulate throws.
    try {
      out.push(simulate(requests[i]!));
    } catch (e) {
      out.push(e as LendkitError);
    }
  }
  return out;
}

/**
 * Nemuru's "get loan conditions", computed locally: one entry per program of
 * the pricing table available for the query, in Nemuru's `loan_conditions`
 * wire shape (its field names; money and rates as JSON numbers).
 */
export function loanConditions(pricing: PricingTable, query: LoanConditionsQuery): LoanConditions[] {
  return decodeConditions(_loanConditionsText(argText(pricing), argText(query), false));
}

/**
 * Every program x term of a pricing table for one principal, in one call: what
 * a checkout's comparison grid shows. Ordered by term (ascending), then by the
 * table's order, so it equals `loanConditions` for each term, concatenated;
 * `query.terms` narrows the grid (absent: every term some program offers). A
 * bad term is reported at `query.terms[i]`.
 *
 * @example
 * loanConditionsGrid(table, { currency: "EUR", principal: "5000", terms: [12, 24, 36] })
 */
export function loanConditionsGrid(pricing: PricingTable, query: LoanConditionsGridQuery): LoanConditions[] {
  return decodeConditions(_loanConditionsText(argText(pricing), argText(query), true));
}
