// The advertisement block of <lendkit-offer> and <lendkit-checkout> (with a
// `market` attribute): the warning and the representative example of
// `advertisement()`, every word from the locale's catalog (loaded on demand,
// one chunk per locale) or the merchant's `messages`, every figure from Intl.
//
// - Visible without a click: nothing is collapsed (CCD2 Art. 8(6) would allow
//   (e)/(f) one click away; lendkit shows them anyway, it fits at 390 px).
// - The APR is bold, at the borrowing rate's size: never less prominent.
// - Re-rendering rewrites only the text nodes that changed (no flicker); the
//   live region announces the instalment once it settles (debounced), never
//   the whole example on each keystroke. A host with a live region of its own
//   (<lendkit-checkout>) passes `announce`: the block then has none, and hands
//   the instalment's text to the host's one region instead.
// - Bad input shows no figure (the block is hidden) and says why in the
//   console once per distinct reason.
// Values from their own modules, not through ../pricing-api.js (see ./offer.ts).
import { isLendkitError } from "../errors.js";
import { advertisement } from "../legal/advertisement.js";
import { resolveMarketLocale } from "../legal/markets.js";
import { loadCatalog, registeredCatalog } from "../legal/registry.js";
import type { Advertisement, CatalogId, ItemKey, Messages, Quote } from "../pricing-api.js";

export const ADVERTISING_CSS = `
.ad { margin: 0.5rem 0 0; font-size: 1rem; }
.ad[hidden] { display: none; }
.ad-warning { display: flex; gap: 0.45rem; align-items: flex-start; margin: 0 0 0.5rem; padding: 0.45rem 0.6rem; border: 2px solid #8a5a00; border-radius: 0.45rem; background: #fff8e6; color: #3d2a00; font-weight: 700; }
.ad-warning[hidden] { display: none; }
.ad-symbol { flex: none; font-size: 1.1rem; line-height: 1.2; }
.ad-heading { margin: 0 0 0.25rem; font-size: 0.95rem; font-weight: 600; }
.ad-heading:empty { display: none; }
.ad-items { margin: 0; display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0.15rem 0.75rem; }
.ad-item { display: contents; }
.ad-item dt, .ad-item dd { margin: 0; font-size: 1rem; font-weight: 400; }
.ad-item dd { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ad-item.apr dt, .ad-item.apr dd { font-weight: 700; }
.ad-item.instalment dd { font-weight: 700; font-size: 1.125rem; }
`;

/** Where the block gets its market, locale and overrides. */
export interface AdvertisingSettings {
  market: string | null;
  locale: string | null;
  messages: Messages | undefined;
  cashPrice?: string | undefined;
}

export class AdvertisementView {
  /** The block, to put in the component's shadow tree. */
  readonly element: HTMLElement;
  /** The advertisement shown, if any. */
  advertisement: Advertisement | undefined;
  readonly #warning: HTMLElement;
  readonly #warningText: HTMLElement;
  readonly #heading: HTMLElement;
  readonly #items: HTMLElement;
  readonly #live: HTMLElement | undefined;
  readonly #hostAnnounce: ((text: string) => void) | undefined;
  readonly #rows = new Map<ItemKey, { row: HTMLElement; dt: HTMLElement; dd: HTMLElement }>();
  readonly #said = new Set<string>();
  readonly #onReady: () => void;
  #liveTimer: ReturnType<typeof setTimeout> | undefined;
  #announced = "";
  #loading = "";

  /**
   * `onReady` re-renders when a catalog has been loaded. `announce`, when
   * given, says the instalment in the host's live region (the host debounces
   * it and says each text once); without it the block has a region of its own.
   */
  constructor(doc: Document, onReady: () => void, announce?: (text: string) => void) {
    this.#onReady = onReady;
    this.#hostAnnounce = announce;
    const el = doc.createElement("div");
    el.className = "ad";
    el.setAttribute("part", "advertisement");
    el.hidden = true;
    el.innerHTML = `<p class="ad-warning" part="warning" hidden><span class="ad-symbol" aria-hidden="true">⚠</span><span class="ad-warning-text"></span></p>
<p class="ad-heading" part="example-heading"></p>
<dl class="ad-items" part="example"></dl>${announce ? "" : `\n<p class="sr-only" aria-live="polite" aria-atomic="true"></p>`}`;
    this.element = el;
    this.#warning = el.querySelector(".ad-warning") as HTMLElement;
    this.#warningText = el.querySelector(".ad-warning-text") as HTMLElement;
    this.#heading = el.querySelector(".ad-heading") as HTMLElement;
    this.#items = el.querySelector(".ad-items") as HTMLElement;
    this.#live = (el.querySelector(".sr-only") as HTMLElement | null) ?? undefined;
  }

  /** Says why once per distinct reason (the console, not the page). */
  say(reason: string): void {
    if (this.#said.has(reason)) return;
    this.#said.add(reason);
    console.warn(`lendkit: ${reason}`);
  }

  /** Shows the advertisement of `quote`, or nothing (`undefined`, bad input, a catalog still loading). */
  render(quote: Quote | undefined, settings: AdvertisingSettings): void {
    const ad = quote ? this.#build(quote, settings) : undefined;
    if (ad === LOADING) {
      // A new locale's catalog is on its way (one small chunk): keep what is
      // shown rather than blink, and re-render when it arrives.
      this.element.setAttribute("aria-busy", "true");
      return;
    }
    this.element.removeAttribute("aria-busy");
    this.advertisement = ad;
    if (!ad) {
      this.element.hidden = true;
      return;
    }
    this.element.lang = ad.locale;
    this.#warning.hidden = !ad.warning;
    set(this.#warningText, ad.warning?.text ?? "");
    set(this.#heading, ad.heading);
    const keys = new Set(ad.items.map((i) => i.key));
    for (const [key, r] of this.#rows) {
      if (!keys.has(key)) {
        r.row.remove();
        this.#rows.delete(key);
      }
    }
    let previous: HTMLElement | null = null;
    for (const item of ad.items) {
      let r = this.#rows.get(item.key);
      if (!r) {
        const row = this.element.ownerDocument.createElement("div");
        row.className = `ad-item ${item.key}`;
        row.dataset["key"] = item.key;
        const dt = this.element.ownerDocument.createElement("dt");
        const dd = this.element.ownerDocument.createElement("dd");
        row.append(dt, dd);
        r = { row, dt, dd };
        this.#rows.set(item.key, r);
      }
      if (r.row.previousElementSibling !== previous || r.row.parentNode !== this.#items) {
        if (previous) previous.after(r.row);
        else this.#items.prepend(r.row);
      }
      set(r.dt, item.label);
      set(r.dd, item.text);
      previous = r.row;
    }
    this.element.hidden = false;
    const instalment = ad.items.find((i) => i.key === "instalment");
    this.#announce(instalment ? `${instalment.label}: ${instalment.text}` : "");
    for (const key of ad.unsourced) {
      this.say(`${ad.market}/${ad.locale}: no sourced wording for ${key}; it is not shown. Supply the wording your lawyers approved in the element's messages property.`);
    }
  }

  #build(quote: Quote, s: AdvertisingSettings): Advertisement | typeof LOADING | undefined {
    let id: CatalogId;
    try {
      id = resolveMarketLocale(s.market, s.locale ?? undefined).catalog;
    } catch (e) {
      if (!isLendkitError(e)) throw e;
      this.say(`no figure shown: ${e.message}`);
      return undefined;
    }
    if (!registeredCatalog(id)) {
      if (this.#loading !== id) {
        this.#loading = id;
        loadCatalog(id).then(
          () => this.#onReady(),
          (e: unknown) => {
            this.say(`the ${id} catalog could not be loaded: ${String(e)}`);
            this.element.hidden = true;
          },
        );
      }
      // Nothing shown yet: nothing to keep.
      return this.element.hidden ? undefined : LOADING;
    }
    try {
      return advertisement(quote, {
        market: s.market ?? "",
        locale: s.locale ?? undefined,
        messages: s.messages,
        cashPrice: s.cashPrice,
      });
    } catch (e) {
      if (!isLendkitError(e)) throw e;
      this.say(`no figure shown: ${e.details.map((d) => `${d.path}: ${d.message}`).join("; ") || e.message}`);
      return undefined;
    }
  }

  /** The live region: the instalment once it has been stable for 600 ms. */
  #announce(text: string): void {
    if (this.#hostAnnounce) {
      if (text) this.#hostAnnounce(text);
      return;
    }
    const live = this.#live;
    if (!live) return;
    clearTimeout(this.#liveTimer);
    if (text === this.#announced) return;
    this.#liveTimer = setTimeout(() => {
      this.#announced = text;
      set(live, text);
    }, 600);
  }
}

const LOADING = Symbol("loading");

/** Writes text only when it changed: no DOM churn, no repeated announcement. */
function set(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
