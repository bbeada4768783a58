// `lendkit/components/offer`: <lendkit-offer> alone, for a product page. It
// loads the pricing wasm module only and none of <lendkit-checkout>'s code
// (validation, the lenders' clients) nor, without a `market`, the legal
// advertisement's (./offer-market.ts), and defines the element where
// `customElements` exists; in Node, Deno, Bun or a worker it has no side
// effect. `lendkit/components` defines the same element (the same class), so a
// page may import both.
import { loadPricing } from "../load-browser.js";
import { LendkitOfferElement, prepareMarket } from "./offer.js";

export { LendkitOfferElement };
export type { OfferChangeDetail } from "./offer.js";

declare global {
  interface HTMLElementTagNameMap {
    "lendkit-offer": LendkitOfferElement;
  }
}

if (typeof customElements !== "undefined" && typeof document !== "undefined") {
  // An offer in market mode in the parsed HTML: its advertisement code and
  // catalog load now, beside the pricing module, not after it (the element
  // would start them only once defined).
  for (const offer of document.querySelectorAll("lendkit-offer[market]")) {
    prepareMarket(offer.getAttribute("market"), offer.getAttribute("locale")).catch(() => undefined);
  }
  await loadPricing();
  if (!customElements.get("lendkit-offer")) customElements.define("lendkit-offer", LendkitOfferElement);
}
