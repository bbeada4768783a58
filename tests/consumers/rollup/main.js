// A product page: one <lendkit-offer> priced by the package, and one quote from
// the core API. scripts/test-consumers.mjs checks both figures in Chromium.
import { simulate } from "lendkit";
import "lendkit/components";

const pricing = {
  currency: "EUR",
  programs: [
    { program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
    { program: "free_program", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
  ],
};
document.querySelector("lendkit-offer").pricing = pricing; // "From 166.67 EUR/month"
const q = simulate({ principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru", includeSchedule: false });
document.querySelector("#quote").textContent = q.instalment; // "186.97"
