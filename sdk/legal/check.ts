// `checkAdvertisement(element | text, advertisement)`: a compliance lint a
// merchant can run in its own tests, on what its page really renders. It
// names each mandatory element of `advertisement` that is missing, and an APR
// less prominent (font size, weight) than another rate shown.
import type { Advertisement } from "./advertisement.js";
import type { ItemKey } from "./catalog.js";

/** One finding of the lint. */
export interface AdvertisementProblem {
  /** `warning`, an item key (`apr`...), or `aprProminence`. */
  key: "warning" | ItemKey | "aprProminence";
  /** `missing`, `hidden` (rendered but not visible without a click) or `less_prominent`. */
  code: "missing" | "hidden" | "less_prominent";
  message: string;
}

/** The lint's answer. */
export interface AdvertisementCheck {
  ok: boolean;
  problems: AdvertisementProblem[];
}

// CCD2 Art. 8(6): on an electronic medium only (e) and (f) (cash price and
// advance payment; total amount payable and instalments) may sit one click,
// scroll or swipe away; everything else is visible at a glance.
const MAY_BE_ONE_CLICK_AWAY: ReadonlySet<string> = new Set(["totalAmountPayable", "instalment", "cashPrice", "advancePayment"]);

/** Spaces of every kind (Intl writes U+00A0 and U+202F) as one plain space. */
function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007]+/g, " ").trim().toLowerCase();
}

interface Rendered {
  all: string;
  visible: string;
}

/** The element's text (through open shadow roots), all of it and the part visible without a click. */
function renderedText(root: Element): Rendered {
  const all: string[] = [];
  const visible: string[] = [];
  const walk = (node: Node, shown: boolean): void => {
    if (node.nodeType === 3) {
      all.push(node.textContent ?? "");
      if (shown) visible.push(node.textContent ?? "");
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    let show = shown;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === "style" || tag === "script" || tag === "template") return;
      if (visuallyHidden(el)) return; // screen-reader-only text (a live region) is not what the shopper sees
      show = shown && isShown(el);
      const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
      if (shadow) {
        walk(shadow, show);
        return; // the light DOM shows only through slots, which the shadow tree's walk does not follow: fine for lendkit's components
      }
    }
    // A closed <details> shows its summary only: the rest is one click away.
    const closed = node.nodeType === 1 && (node as Element).localName === "details" && !(node as Element).hasAttribute("open");
    for (const child of Array.from(node.childNodes)) walk(child, show && (!closed || (child as Element).localName === "summary"));
  };
  walk(root, true);
  return { all: normalise(all.join(" ")), visible: normalise(visible.join(" ")) };
}

/** A `.sr-only`-style element: clipped to at most 1px, so only assistive technology reads it. */
function visuallyHidden(el: Element): boolean {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof el.getBoundingClientRect !== "function") return false;
  const style = view.getComputedStyle(el);
  if (style.position !== "absolute" || style.overflow !== "hidden") return false;
  const r = el.getBoundingClientRect();
  return r.width <= 1 && r.height <= 1;
}

function isShown(el: Element): boolean {
  if ((el as HTMLElement).hidden) return false;
  const view = el.ownerDocument?.defaultView;
  if (!view) return true;
  const style = view.getComputedStyle(el);
  if (style.display === "none" || style.visibility === "hidden" || style.getPropertyValue("content-visibility") === "hidden") return false;
  if (Number(style.opacity) === 0) return false;
  return true;
}

/** The innermost element (through open shadow roots) whose text contains `needle`. */
function innermost(root: Element, needle: string): Element | undefined {
  let found: Element | undefined;
  const visit = (el: Element): void => {
    const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
    const children = shadow ? Array.from(shadow.children) : Array.from(el.children);
    for (const c of children) {
      if (normalise(textOf(c)).includes(needle)) {
        found = c;
        visit(c);
        return;
      }
    }
  };
  if (normalise(textOf(root)).includes(needle)) {
    found = root;
    visit(root);
  }
  return found;
}

function textOf(el: Element): string {
  const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
  if (shadow) return Array.from(shadow.childNodes).map((n) => (n.nodeType === 1 ? textOf(n as Element) : n.textContent ?? "")).join(" ");
  return Array.from(el.childNodes).map((n) => (n.nodeType === 1 ? textOf(n as Element) : n.nodeType === 3 ? n.textContent ?? "" : "")).join(" ");
}

function weightOf(w: string): number {
  if (w === "bold") return 700;
  if (w === "normal") return 400;
  const n = Number(w);
  return Number.isFinite(n) ? n : 400;
}

/**
 * Lints what is rendered (`element`, through open shadow roots, or a text)
 * against the advertisement it should show: the warning and every item (its
 * label and its formatted figure) must be there, and, for an element, the
 * warning and items (a)-(d) visible without a click (CCD2 Art. 8(6)), and the
 * APR at least as prominent as the borrowing rate (font size and weight).
 *
 * @example
 * const { ok, problems } = checkAdvertisement(document.querySelector("lendkit-offer"), ad);
 */
export function checkAdvertisement(target: Element | string, advertisement: Advertisement): AdvertisementCheck {
  const problems: AdvertisementProblem[] = [];
  const text = typeof target === "string" ? { all: normalise(target), visible: normalise(target) } : renderedText(target);
  const expect = (key: AdvertisementProblem["key"], needles: string[], what: string): void => {
    const normal = needles.map(normalise);
    if (!normal.every((n) => text.all.includes(n))) {
      problems.push({ key, code: "missing", message: `${what} is missing` });
    } else if (!MAY_BE_ONE_CLICK_AWAY.has(key) && !normal.every((n) => text.visible.includes(n))) {
      problems.push({ key, code: "hidden", message: `${what} is not visible without a click` });
    }
  };
  if (advertisement.warning) expect("warning", [advertisement.warning.text], `the warning «${advertisement.warning.text}»`);
  for (const item of advertisement.items) expect(item.key, [item.label, item.text], `${item.key} («${item.label}» ${item.text})`);
  // Required, but no wording was sourced and the merchant gave none: missing wherever it is rendered.
  for (const key of advertisement.unsourced) {
    const k = key === "warning" ? "warning" : key.startsWith("labels.") ? (key.slice(7) as ItemKey) : undefined;
    if (k) problems.push({ key: k, code: "missing", message: `${key} has no sourced wording: supply one in messages` });
  }

  if (typeof target !== "string") {
    const view = target.ownerDocument?.defaultView;
    const apr = advertisement.items.find((i) => i.key === "apr");
    const rate = advertisement.items.find((i) => i.key === "borrowingRate");
    if (view && apr && rate) {
      const a = innermost(target, normalise(apr.text));
      const r = innermost(target, normalise(rate.text));
      if (a && r) {
        const sa = view.getComputedStyle(a);
        const sr = view.getComputedStyle(r);
        const sizeA = parseFloat(sa.fontSize);
        const sizeR = parseFloat(sr.fontSize);
        if (sizeA < sizeR || weightOf(sa.fontWeight) < weightOf(sr.fontWeight)) {
          problems.push({
            key: "aprProminence",
            code: "less_prominent",
            message: `the APR (${sa.fontSize}, weight ${sa.fontWeight}) is less prominent than the borrowing rate (${sr.fontSize}, weight ${sr.fontWeight})`,
          });
        }
      }
    }
  }
  return { ok: problems.length === 0, problems };
}
