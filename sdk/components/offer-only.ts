// `lendkit/components/offer`: <lendkit-offer> alone, for a product page. It
// loads the pricing wasm module only and none of <lendkit-checkout>'s code
// (validation, the lenders' clients), and defines the element where
// `customElements` exists; in Node, Deno, Bun or a worker it has no side
// effect. `lendkit/components` defines the same element (the same class), so a
// page may import both.
import { loadPricing } from "../load-browser.js";
import { LendkitOfferElement } from "./offer.js";

export { LendkitOfferElement };
export type { OfferChangeDetail } from "./offer.js";

declare global {
  interface HTMLElementTagNameMap {
    "lendkit-offer": LendkitOfferElement;
  }
}

if (typeof customElements !== "undefined" && typeof document !== "undefined") {
  await loadPricing();
  if (!customElements.get("lendkit-offer")) customElements.define("lendkit-offer", LendkitOfferElement);
}
