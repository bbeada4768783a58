// <lendkit-offer>: instalment messaging for a product page ("From 166.67
// EUR/month, TAE 0.0 %"), priced by lendkit's `lowestInstalment` over the
// merchant's pricing table. Changing `amount` re-prices once per animation
// frame and only rewrites the text nodes that changed (no flicker); the
// message is an `aria-live` region, so screen readers hear the new price.
import { isLendkitError, lowestInstalment } from "../pricing-api.js";
import type { LowestInstalment, PricingTable } from "../pricing-api.js";
import { ElementBase } from "./base.js";
import { BASE, sheet } from "./styles.js";

const CSS = `
:host { display: block; }
.offer { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 0.9rem; padding: 0.75rem 0.9rem;
  border: 1px solid var(--lk-line); border-radius: var(--lk-radius); background: var(--lk-soft); }
.message { margin: 0; flex: 1 1 14rem; }
.instalment { font-weight: 700; font-size: 1.125rem; }
.badge { display: inline-block; margin-left: 0.25rem; padding: 0.05rem 0.45rem; border-radius: 999px; background: #dff3e4; color: var(--lk-ok); font-size: 0.8rem; font-weight: 600; }
.badge[hidden] { display: none; }
button.link { min-height: 2.75rem; }
`;

/** Detail of the `lendkit-offer-change` event. */
export interface OfferChangeDetail {
  amount: string;
  offer: LowestInstalment | undefined;
}

export class LendkitOfferElement extends ElementBase {
  static observedAttributes = ["amount", "action-label"];

  #pricing: PricingTable | undefined;
  #offer: LowestInstalment | undefined;
  #frame = 0;
  readonly #lead: HTMLElement;
  readonly #instalment: HTMLElement;
  readonly #rest: HTMLElement;
  readonly #badge: HTMLElement;
  readonly #button: HTMLButtonElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheet("base", BASE), sheet("offer", CSS)];
    root.innerHTML = `<div class="offer" part="offer">
  <p class="message" part="message" aria-live="polite" aria-atomic="true"><span class="lead"></span> <span class="instalment num" part="instalment"></span><span class="rest num"></span><span class="badge" hidden>0 % interest</span></p>
  <button type="button" class="link" part="button" hidden></button>
</div>`;
    const q = (s: string) => root.querySelector(s) as HTMLElement;
    this.#lead = q(".lead");
    this.#instalment = q(".instalment");
    this.#rest = q(".rest");
    this.#badge = q(".badge");
    this.#button = q("button") as HTMLButtonElement;
    this.#button.addEventListener("click", () =>
      this.dispatchEvent(new CustomEvent("lendkit-offer-open", { bubbles: true, composed: true, detail: { amount: this.amount, offer: this.#offer } })),
    );
  }

  /** The merchant's pricing table (lendkit's `PricingTable`). */
  get pricing(): PricingTable | undefined {
    return this.#pricing;
  }
  set pricing(value: PricingTable | undefined) {
    this.#pricing = value;
    this.#schedule();
  }

  /** The amount to finance, a decimal string (`"5000"`, `"4999.95"`). */
  get amount(): string {
    return this.getAttribute("amount") ?? "";
  }
  set amount(value: string) {
    this.setAttribute("amount", value);
  }

  /** The cheapest instalment for the current amount, once priced. */
  get offer(): LowestInstalment | undefined {
    return this.#offer;
  }

  attributeChangedCallback(name: string): void {
    if (name === "action-label") {
      const label = this.getAttribute("action-label");
      this.#button.textContent = label ?? "";
      this.#button.hidden = !label;
    } else this.#schedule();
  }

  connectedCallback(): void {
    this.#schedule();
  }

  /** Prices now (instead of at the next frame); what the scheduled re-price runs. */
  price(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    const pricing = this.#pricing;
    const amount = this.amount.trim();
    if (!pricing || !amount) return;
    let offer: LowestInstalment | undefined;
    try {
      offer = lowestInstalment({ pricing, principal: amount });
    } catch (e) {
      if (!isLendkitError(e)) throw e;
      offer = undefined;
    }
    this.#offer = offer;
    if (offer) {
      set(this.#lead, "From");
      set(this.#instalment, `${offer.instalment} ${offer.currency}/month`);
      set(this.#rest, `, TAE ${offer.aprPercent} %`);
      this.#badge.hidden = Number(offer.annualRate) !== 0;
    } else {
      set(this.#lead, "Financing is not available for this amount.");
      set(this.#instalment, "");
      set(this.#rest, "");
      this.#badge.hidden = true;
    }
    this.dispatchEvent(new CustomEvent<OfferChangeDetail>("lendkit-offer-change", { detail: { amount, offer } }));
  }

  #schedule(): void {
    if (this.#frame || !this.isConnected) return;
    this.#frame = requestAnimationFrame(() => this.price());
  }
}

/** Writes text only when it changed: no DOM churn, no repeated announcement. */
function set(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
