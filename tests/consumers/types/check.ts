// Consumer code type-checked under strict settings, lib es2022 + dom and
// skipLibCheck false, with moduleResolution bundler, node16 and nodenext
// (tsconfig.*.json beside this file). A type error here fails npm test.
import { isLendkitError, simulate, type PricingTable } from "lendkit";
import { LendkitOfferElement } from "lendkit/components";

const q = simulate({ principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru", includeSchedule: false });
const instalment: string = q.instalment;

// The custom elements are in HTMLElementTagNameMap.
const offer: LendkitOfferElement | null = document.querySelector("lendkit-offer");
const created: LendkitOfferElement = document.createElement("lendkit-offer");
const pricing: PricingTable | undefined = offer?.pricing;
created.amount = "5000.00";

try {
  simulate({ principal: "-1", currency: "EUR", termMonths: 0, annualRate: "0" });
} catch (e) {
  if (isLendkitError(e)) console.log(e.code, e.details.map((d) => d.path));
}
export { instalment, pricing };

// And the types are not `any`: a number where a decimal string belongs is an error.
// @ts-expect-error amount is a decimal string
created.amount = 5000;
