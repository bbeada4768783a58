// `lendkit/components`: framework-free web components for a merchant checkout,
// built on lendkit's own pricing, validation and clients.
//
//   import "lendkit/components";            // defines <lendkit-offer>, <lendkit-checkout> and <lendkit-secci>
//   offer.pricing = table; offer.amount = "5000";
//
// They render in shadow DOM with constructable stylesheets, so they work under
// a strict Content-Security-Policy (`style-src 'self'`, no inline styles).
import { LendkitCheckoutElement } from "./checkout.js";
import { LendkitOfferElement } from "./offer.js";
import { LendkitSecciElement } from "./secci.js";

export { LendkitCheckoutElement, LendkitOfferElement, LendkitSecciElement };
export type { PlanChangeDetail, PlanOption } from "./checkout.js";
export type { OfferChangeDetail } from "./offer.js";

/** Defines the elements (idempotent); importing this module already calls it. */
export function defineLendkitElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get("lendkit-offer")) registry.define("lendkit-offer", LendkitOfferElement);
  if (!registry.get("lendkit-checkout")) registry.define("lendkit-checkout", LendkitCheckoutElement);
  if (!registry.get("lendkit-secci")) registry.define("lendkit-secci", LendkitSecciElement);
}

defineLendkitElements();

