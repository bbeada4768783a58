// Shared inputs of the SECCI tests (tests/js/secci.test.mjs, tests/e2e/secci.test.mjs).

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

