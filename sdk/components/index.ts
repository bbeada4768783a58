// `lendkit/components`: framework-free web components for a merchant checkout,
// built on lendkit's own pricing, validation and clients.
//
//   import "lendkit/components";            // defines <lendkit-offer> and <lendkit-checkout>
//   offer.pricing = table; offer.amount = "5000";
//
// They render in shadow DOM with constructable stylesheets, so they work under
// a strict Content-Security-Policy (`style-src 'self'`, no inline styles).
//
// What importing it does depends on where:
// - in a browser, it loads the pricing wasm module and defines <lendkit-offer>;
//   <lendkit-checkout> needs the core module too (validation, eligibility),
//   which is loaded, and the element defined, as soon as the page has one: at
//   import if the document already contains a <lendkit-checkout> (so the import
//   resolves with both defined), later when one is added (wait for it with
//   `customElements.whenDefined("lendkit-checkout")` or `defineCheckout()`);
// - in Node, Deno, Bun or a worker (no `customElements`: server rendering), it
//   has no side effect: the classes and types are there, nothing is fetched or
//   defined.
//
// Types: `document.querySelector("lendkit-offer")` is a LendkitOfferElement
// (HTMLElementTagNameMap below); React's JSX intrinsic elements are declared by
// `lendkit/components/react` (types/components-react.d.ts), an opt-in so that
// projects without @types/react still type-check.
import { loadCore } from "../load-browser-core.js";
import { loadPricing } from "../load-browser.js";
import { LendkitCheckoutElement } from "./checkout.js";
import { LendkitOfferElement } from "./offer.js";

export { LendkitCheckoutElement, LendkitOfferElement };
export type { PlanChangeDetail, PlanOption } from "./checkout.js";
export type { OfferChangeDetail } from "./offer.js";

declare global {
  interface HTMLElementTagNameMap {
    "lendkit-offer": LendkitOfferElement;
    "lendkit-checkout": LendkitCheckoutElement;
  }
}

const dom = typeof customElements !== "undefined" && typeof document !== "undefined";

function registryOrThrow(registry: CustomElementRegistry | undefined): CustomElementRegistry {
  if (registry === undefined) throw new Error("lendkit: custom elements need a DOM (customElements is not defined here)");
  return registry;
}

/** Loads the pricing module and defines <lendkit-offer> (idempotent). */
export async function defineOffer(registry: CustomElementRegistry | undefined = globalThis.customElements): Promise<void> {
  const r = registryOrThrow(registry);
  await loadPricing();
  if (!r.get("lendkit-offer")) r.define("lendkit-offer", LendkitOfferElement);
}

/** Loads the pricing and core modules (validation, eligibility) and defines <lendkit-checkout> (idempotent). */
export async function defineCheckout(registry: CustomElementRegistry | undefined = globalThis.customElements): Promise<void> {
  const r = registryOrThrow(registry);
  await Promise.all([loadPricing(), loadCore()]);
  if (!r.get("lendkit-checkout")) r.define("lendkit-checkout", LendkitCheckoutElement);
}

/** Defines both elements, loading what they need (idempotent). */
export async function defineLendkitElements(registry: CustomElementRegistry | undefined = globalThis.customElements): Promise<void> {
  await Promise.all([defineOffer(registry), defineCheckout(registry)]);
}

if (dom) {
  const checkouts = document.getElementsByTagName("lendkit-checkout");
  if (checkouts.length > 0) {
    await defineLendkitElements();
  } else {
    await defineOffer();
    const watch = new MutationObserver(() => {
      if (checkouts.length === 0) return;
      watch.disconnect();
      void defineCheckout();
    });
    watch.observe(document, { childList: true, subtree: true });
  }
}
