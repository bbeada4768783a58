// <lendkit-secci>: shows the pre-contract information sheet (SECCI, Directive
// (EU) 2023/2225 Annex I) of a quote, with a print and a download action.
//
//   import "lendkit/components";
//   el.secci = secci(quote, options);        // a Secci from lendkit's `secci`
//
// It renders the sheet's own markup in shadow DOM with constructable
// stylesheets (no inline <style>, works under `style-src 'self'`). "Print"
// prints only the sheet (a same-origin frame holding it); "Download" saves the
// self-contained HTML document (`Secci.html`). Before "Send application" in a
// checkout, place it next to <lendkit-checkout> and set `secci` from the plan
// the shopper chose (README, "Pre-contract information").
import type { Secci } from "../secci/index.js";
import { renderSecciBody, SECCI_CSS, SECCI_PAGE_CSS } from "../secci/html.js";
import { ElementBase } from "./base.js";
import { BASE, sheet } from "./styles.js";

const CSS = `
:host { display: block; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0 0 0.75rem; }
.actions button, .actions a { font: inherit; min-height: 2.75rem; padding: 0.5rem 1rem; border-radius: var(--lk-radius);
  border: 1px solid var(--lk-accent); background: var(--lk-surface); color: var(--lk-accent); text-decoration: none;
  display: inline-flex; align-items: center; cursor: pointer; }
.actions button:focus-visible, .actions a:focus-visible { outline: 3px solid var(--lk-accent); outline-offset: 2px; }
.actions[hidden] { display: none; }
`;

export class LendkitSecciElement extends ElementBase {
  #secci: Secci | undefined;
  #url = "";
  readonly #body: HTMLElement;
  readonly #actions: HTMLElement;
  readonly #print: HTMLButtonElement;
  readonly #download: HTMLAnchorElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheet("base", BASE), sheet("secci", SECCI_CSS), sheet("secci-host", CSS)];
    root.innerHTML = `<div class="actions" part="actions" hidden><button type="button" part="print"></button><a part="download"></a></div><div class="body" part="sheet"></div>`;
    this.#actions = root.querySelector(".actions") as HTMLElement;
    this.#body = root.querySelector(".body") as HTMLElement;
    this.#print = root.querySelector("button") as HTMLButtonElement;
    this.#download = root.querySelector("a") as HTMLAnchorElement;
    this.#print.addEventListener("click", () => this.print());
  }

  /** The sheet shown (a `Secci` from lendkit's `secci`); `undefined` shows nothing. */
  get secci(): Secci | undefined {
    return this.#secci;
  }
  set secci(value: Secci | undefined) {
    this.#secci = value;
    this.#render();
  }

  connectedCallback(): void {
    // The download's object URL is released on disconnect: make a new one when put back.
    if (this.#secci !== undefined && this.#url === "") this.#render();
  }

  disconnectedCallback(): void {
    this.#revoke();
  }

  #revoke(): void {
    if (this.#url !== "") URL.revokeObjectURL(this.#url);
    this.#url = "";
  }

  #render(): void {
    this.#revoke();
    const s = this.#secci;
    if (s === undefined) {
      this.#body.replaceChildren();
      this.#actions.hidden = true;
      return;
    }
    this.#body.innerHTML = renderSecciBody(s);
    this.#print.textContent = s.actions.print;
    this.#download.textContent = s.actions.download;
    this.#url = URL.createObjectURL(new Blob([s.html], { type: "text/html;charset=utf-8" }));
    this.#download.href = this.#url;
    this.#download.download = `secci-${s.market.toLowerCase()}-${s.locale}.html`;
    this.#actions.hidden = false;
  }

  /** Prints the sheet alone (A4), from a same-origin frame that holds only it. */
  print(): void {
    const s = this.#secci;
    const root = this.shadowRoot;
    if (s === undefined || root === null) return;
    const frame = document.createElement("iframe");
    frame.title = s.title;
    frame.tabIndex = -1;
    frame.setAttribute("aria-hidden", "true");
    // CSSOM, not a style attribute: allowed under a strict style-src.
    Object.assign(frame.style, { position: "fixed", width: "0", height: "0", border: "0", inset: "auto auto 0 0" });
    root.append(frame);
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    if (win === null || doc === null) {
      frame.remove();
      return;
    }
    doc.documentElement.lang = s.locale;
    doc.title = s.title;
    const css = new (win as unknown as typeof globalThis).CSSStyleSheet();
    css.replaceSync(SECCI_PAGE_CSS + SECCI_CSS);
    doc.adoptedStyleSheets = [css];
    doc.body.innerHTML = renderSecciBody(s);
    this.dispatchEvent(new CustomEvent("lendkit-secci-print", { bubbles: true, composed: true }));
    win.print();
    frame.remove();
  }
}
