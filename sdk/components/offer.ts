// <lendkit-offer>: instalment messaging for a product page ("From 166.67
// EUR/month, TAE 0.0 %"), priced by lendkit's `lowestInstalment` over the
// merchant's pricing table. Changing `amount` re-prices once per animation
// frame and only rewrites the text nodes that changed (no flicker); the
// message is an `aria-live` region, so screen readers hear the new price.
//
// With a `market` attribute (and optionally `locale`, and the `messages`
// property) it shows instead the advertisement the market's law requires for
// the cheapest plan: the warning and the representative example, in the
// shopper's language (./advertising.ts, `advertisement()`). That code
// (./offer-market.ts) is imported dynamically, only for an element with a
// `market`, as soon as the market is known and together with the locale's
// catalog: both load while the pricing module does. Until both are there the
// element shows nothing (as before while the catalog loaded): never a figure
// without the example's other items.
// Values from their own modules, not through ../pricing-api.js (re-exports
// only): that module would be an empty chunk the product page fetches too.
import { isLendkitError } from "../errors.js";
import { resolveMarketLocale } from "../legal/markets.js";
import { loadCatalog } from "../legal/registry.js";
import { lowestInstalment } from "../wasm/lendkit_pricing.js";
import type { Advertisement, LowestInstalment, Messages, PricingTable, Quote } from "../pricing-api.js";
import type { AdvertisementView } from "./advertising.js";
import { ElementBase } from "./base.js";
import { THEME, sheet } from "./theme.js";

type MarketMode = typeof import("./offer-market.js");
let marketMode: Promise<MarketMode> | undefined;

/**
 * Starts loading what market mode needs, at once: its code (./offer-market.ts,
 * once per page; a failed load is retried by the next call) and the catalog of
 * `market` and `locale` (a market or locale lendkit does not know loads no
 * catalog: the element says why when it renders). ./offer-only.ts calls it for
 * the offers in the parsed HTML before the pricing module is instantiated.
 */
export function prepareMarket(market: string | null, locale: string | null): Promise<MarketMode> {
  // The legal code too, at once: ./offer-market.ts imports it, and a browser
  // fetches a module's imports only once it has the module (in the bundles,
  // two files: scripts/bundle.mjs, HOMES).
  marketMode ??= Promise.all([import("./offer-market.js"), import("../legal/advertisement.js")]).then(
    ([m]) => m,
    (e: unknown) => {
      marketMode = undefined;
      throw e;
    },
  );
  if (market !== null) {
    let catalog;
    try {
      catalog = resolveMarketLocale(market, locale || undefined).catalog;
    } catch {
      catalog = undefined;
    }
    // Errors are the advertisement block's to report (it loads a missing catalog again).
    if (catalog) loadCatalog(catalog).catch(() => undefined);
  }
  return marketMode;
}

const CSS = `
:host { display: block; }
.offer { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 0.9rem; padding: 0.75rem 0.9rem;
  border: 1px solid var(--lk-line); border-radius: var(--lk-radius); background: var(--lk-soft); }
.message { margin: 0; flex: 1 1 14rem; }
.instalment { font-weight: 700; font-size: 1.125rem; }
.badge { display: inline-block; margin-left: 0.25rem; padding: 0.05rem 0.45rem; border-radius: 999px; background: var(--lk-ok-soft); color: var(--lk-ok); font-size: 0.8rem; font-weight: 600; }
.badge[hidden] { display: none; }
button.link { min-height: 2.75rem; }
.offer > .ad { flex: 1 1 100%; margin: 0; }
`;

/** Detail of the `lendkit-offer-change` event. */
export interface OfferChangeDetail {
  amount: string;
  offer: LowestInstalment | undefined;
}

export class LendkitOfferElement extends ElementBase {
  static observedAttributes = ["amount", "action-label", "market", "locale", "cash-price"];

  #pricing: PricingTable | undefined;
  #offer: LowestInstalment | undefined;
  #frame = 0;
  #messages: Messages | undefined;
  #quote: Quote | undefined;
  /** Market mode's code and block, once loaded (with the first `market`). */
  #market: MarketMode | undefined;
  #ad: AdvertisementView | undefined;
  readonly #root: ShadowRoot;
  readonly #message: HTMLElement;
  readonly #lead: HTMLElement;
  readonly #instalment: HTMLElement;
  readonly #rest: HTMLElement;
  readonly #badge: HTMLElement;
  readonly #button: HTMLButtonElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    this.#root = root;
    root.adoptedStyleSheets = [sheet("theme", THEME), sheet("offer", CSS)];
    root.innerHTML = `<div class="offer" part="offer">
  <p class="message" part="message" aria-live="polite" aria-atomic="true"><span class="lead"></span> <span class="instalment num" part="instalment"></span><span class="rest num"></span><span class="badge" hidden>0 % interest</span></p>
  <button type="button" class="link" part="button" hidden></button>
</div>`;
    const q = (s: string) => root.querySelector(s) as HTMLElement;
    this.#message = q(".message");
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

  /** The merchant's override of any text of the advertisement (`{ warning, heading, labels }`). */
  get messages(): Messages | undefined {
    return this.#messages;
  }
  set messages(value: Messages | undefined) {
    this.#messages = value;
    this.#schedule();
  }

  /** The market (`ES`, `SE`...): with it the offer shows the market's legal advertisement. */
  get market(): string {
    return this.getAttribute("market") ?? "";
  }
  set market(value: string) {
    this.setAttribute("market", value);
  }

  /** The shopper's locale (BCP 47); default the market's language. */
  get locale(): string {
    return this.getAttribute("locale") ?? "";
  }
  set locale(value: string) {
    this.setAttribute("locale", value);
  }

  /** The quote of the cheapest plan, priced in full (market mode only). */
  get quote(): Quote | undefined {
    return this.#quote;
  }

  /** The advertisement shown (market mode), once its catalog is loaded. */
  get advertisement(): Advertisement | undefined {
    return this.#ad?.advertisement;
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
    } else {
      if ((name === "market" || name === "locale") && this.hasAttribute("market")) this.#loadMarket();
      this.#schedule();
    }
  }

  /** Loads market mode's code and the catalog (./offer-market.ts); adds the advertisement's block once the code is there. */
  #loadMarket(): void {
    prepareMarket(this.getAttribute("market"), this.getAttribute("locale")).then(
      (m) => {
        if (this.#market) return;
        this.#market = m;
        this.#root.adoptedStyleSheets = [...this.#root.adoptedStyleSheets, sheet("advertising", m.ADVERTISING_CSS)];
        this.#ad = new m.AdvertisementView(document, () => this.#schedule());
        this.#message.after(this.#ad.element);
        this.#schedule();
      },
      (e: unknown) => console.warn(`lendkit: no figure shown: the advertisement's code could not be loaded: ${String(e)}`),
    );
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
    const market = this.getAttribute("market");
    this.#message.hidden = market !== null;
    const ad = this.#ad;
    // Market mode before its code is there: nothing to show yet (re-priced when it arrives).
    if (market !== null && !ad) return;
    if (!pricing || !amount) {
      if (market !== null) ad!.render(undefined, this.#settings());
      return;
    }
    let offer: LowestInstalment | undefined;
    try {
      offer = lowestInstalment({ pricing, principal: amount });
    } catch (e) {
      if (!isLendkitError(e)) throw e;
      offer = undefined;
      if (market !== null) ad!.say(`no figure shown for amount ${JSON.stringify(amount)}: ${e.details.map((d) => `${d.path}: ${d.message}`).join("; ") || e.message}`);
    }
    this.#offer = offer;
    if (market !== null) {
      this.#quote = offer ? this.#price(pricing, amount, offer) : undefined;
      ad!.render(this.#quote, this.#settings());
    } else if (offer) {
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

  #settings() {
    return { market: this.getAttribute("market"), locale: this.getAttribute("locale"), messages: this.#messages, cashPrice: this.getAttribute("cash-price") ?? undefined };
  }

  /** The full quote of the cheapest plan, as <lendkit-checkout> prices a plan (the program's rate and setup fee, `nemuru` profile). */
  #price(pricing: PricingTable, amount: string, offer: LowestInstalment): Quote | undefined {
    const market = this.#market!;
    const program = pricing.programs.find((p) => p.program === offer.program);
    if (!program) return undefined;
    const setupFee = program.setupFee && Number(program.setupFee) !== 0 ? program.setupFee : undefined;
    try {
      return market.simulate({
        principal: amount,
        currency: pricing.currency,
        termMonths: offer.termMonths,
        annualRate: program.annualInterest,
        profile: "nemuru",
        includeSchedule: false,
        ...(setupFee ? { fees: [{ type: "opening", amount: setupFee, timing: "upfront" as const }] } : {}),
      });
    } catch (e) {
      if (!isLendkitError(e)) throw e;
      this.#ad?.say(`no figure shown: ${e.message}`);
      return undefined;
    }
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
