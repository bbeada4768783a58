// The pricing calls of a checkout and a server, over the core wasm module
// (src/wasm/pricing.rs, `core-exports`): `simulateMany`, `loanConditions` and
// `loanConditionsGrid`. A product page never calls them, so they are not in the
// pricing module (about 4 KB brotli less on its path) nor in `lendkit/pricing`;
// `lendkit` exports them (it awaits both modules), as does `<lendkit-checkout>`,
// which is defined only once the core module is loaded
// (sdk/components/index.ts, `defineCheckout`). They cross as text, like
// `simulate` (./pricing.ts), and rebuild the same objects: the core module's
// glue and instance are the ones the validators use (one instance per module
// per page).
import { _loanConditionsText, _simulateManyText } from "./wasm/lendkit.js";
import type { LoanConditions, LoanConditionsGridQuery, LoanConditionsQuery, LoanRequest, PricingTable, Quote } from "./wasm/lendkit.js";
import type { LendkitError } from "./errors.js";
import { argText, decodeQuote, simulate } from "./pricing.js";

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
