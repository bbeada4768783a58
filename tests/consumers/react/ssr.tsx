// Server-side rendering in Node: react-dom/server renders the page, and the
// server imports lendkit/components (as a page's shared module would) without a DOM.
import { renderToString } from "react-dom/server";
import type { PricingTable } from "lendkit";
import { ProductPage } from "./Page.js";

await import("lendkit/components");

const pricing: PricingTable = {
  currency: "EUR",
  programs: [
    { program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
    { program: "free_program", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
  ],
};
console.log(renderToString(<ProductPage pricing={pricing} amount="5000.00" />));
