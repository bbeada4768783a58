import type { PricingTable } from "lendkit";

/** The README's pricing table (two Nemuru programs, 6-30 months). */
export const pricing: PricingTable = {
  currency: "EUR",
  programs: [
    { program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
    { program: "free_program", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
  ],
};
