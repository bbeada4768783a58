// Shared inputs of the SECCI tests (tests/js/secci.test.mjs, tests/js/secci-distance.test.mjs,
// tests/e2e/secci.test.mjs) and their golden-file check.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const GOLDENS = new URL("./fixtures/secci/", import.meta.url);

/** A fictitious creditor (every required item of Article 10(3)(a), (g), (l) and 10(5)(a), (b), (o)). */
export const OPTIONS = {
  creditor: {
    name: "Example Credit Bank S.A. (fictitious)",
    address: "1 Example Street, 28013 Madrid, Spain",
    contact: { phone: "+34 910 000 000", email: "credit@example.com", web: "https://bank.example.com" },
  },
  latePayment: { rate: "0.111", charge: "10" },
  typeOfCredit: "Fixed-rate instalment loan",
  drawdown: "The total amount of credit is paid to the seller on the day the agreement is signed.",
  redress: "The creditor's customer service, then the national out-of-court complaint body (fictitious).",
};

/**
 * The loans of the goldens. EUR 5000 over 30 months at 9.1 %: the seed's Nemuru
 * `free_program` example (../shared/seeds/README.md: 186.97 a month, 5609.15 in
 * all, TAE 9.5 %); the SEK loan is 90000 over 30 months at the same rate.
 */
export const EUR = { principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru" };
export const SEK = { principal: "90000", currency: "SEK", termMonths: 30, annualRate: "0.091", profile: "nemuru" };


/**
 * Compares `got` with the golden file `name` in tests/js/fixtures/secci/ (its
 * `sheet`); with UPDATE_GOLDENS=1 first writes it, `source` saying how it was
 * made (review the diff).
 *
 * @param {string} name the file's name, `.json` included
 * @param {unknown} got
 * @param {string} source
 */
export function assertGolden(name, got, source) {
  const file = new URL(name, GOLDENS);
  if (process.env.UPDATE_GOLDENS === "1") {
    mkdirSync(GOLDENS, { recursive: true });
    writeFileSync(file, JSON.stringify({ source, sheet: got }, null, 2) + "\n");
  }
  assert.ok(existsSync(file), `no golden ${file.pathname}: run with UPDATE_GOLDENS=1 and review it`);
  assert.deepEqual(got, JSON.parse(readFileSync(file, "utf8")).sheet);
}
