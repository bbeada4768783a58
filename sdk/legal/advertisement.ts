// `advertisement(quote, options)`: what a product page or checkout must show
// with an instalment offer, in the shopper's market and language, from the
// quote's own figures. CCD2 Art. 8 in the EU (the warning of 8(1) and the
// representative example of 8(2)-(3)), CONC 3.5.5R in the UK, finansavtale-
// forskriften § 3-2 in Norway. Every legal wording comes from the locale's
// catalog (with its source) or from the merchant's `messages`; every number
// from Intl.NumberFormat (./format.ts).
import { lendkitError } from "../errors.js";
import type { FieldProblem } from "../errors.js";
import type { Quote } from "../wasm/lendkit.js";
import { ITEM_KEYS, isSourced } from "./catalog.js";
import type { Catalog, ItemKey, Messages, Source, Wording } from "./catalog.js";
import { formatters, isDecimalString, shiftDecimal } from "./format.js";
import type { DurationUnit, Formatters } from "./format.js";
import { resolveMarketLocale } from "./markets.js";
import type { Regime } from "./markets.js";
import { registeredCatalog } from "./registry.js";

/** The options of `advertisement`. */
export interface AdvertisementOptions {
  /** ISO 3166-1 alpha-2: `ES`, `SE`, `FI`, `NO`, `DK`, `GB`, or any other EU Member State. */
  market: string;
  /** BCP 47; default the market's language (`es-ES`, `sv-SE`, `fi-FI`, `nb-NO`, `da-DK`, `en-GB`). */
  locale?: string | undefined;
  /** For deferred payment of a good (Art. 8(3)(e)): its cash price, a decimal string. */
  cashPrice?: string | undefined;
  /** ...and any advance payment, a decimal string. */
  advancePayment?: string | undefined;
  /** The merchant's override of any text (a wording its lawyers approved). */
  messages?: Messages | undefined;
  /**
   * The catalog to use (e.g. `import { catalog } from "lendkit/locales/fi-FI"`);
   * default the registered one for the locale (`registerCatalog`, `loadCatalog`;
   * the Node entry registers every catalog).
   */
  catalog?: Catalog | undefined;
}

/** One item of the representative example. */
export interface AdvertisementItem {
  key: ItemKey;
  /** The locale's legal term (`TAE`, `Effektiv ränta`, `Representative APR`). */
  label: string;
  /**
   * The figure as a decimal string: money in the quote's currency, rates in
   * percent as disclosed (`"9.5"`), the duration in its unit, the instalment's
   * amount (its count is in `count`).
   */
  value: string;
  /** The figure formatted in the locale by Intl (`5609,15 €`, `9,5 %`, `30 × 186,97 €`). */
  text: string;
  /** The number of instalments (`instalment` only). */
  count?: number;
  /** Where the label comes from (`null` for a merchant's override). */
  source: Source | null;
}

/** What must be shown, built from one quote. */
export interface Advertisement {
  /** The market (`ES`). */
  market: string;
  /** The locale it is written in (`es-ES`). */
  locale: string;
  /** The rules applied. */
  regime: Regime;
  /** The warning (CCD2 Art. 8(1)), or `null` where the regime has none or none could be sourced (see `unsourced`). */
  warning: { text: string; source: Source | null } | null;
  /** The heading of the example (`Ejemplo representativo`), `""` if unsourced. */
  heading: string;
  /** In order: borrowingRate, totalAmountOfCredit, apr, duration, totalAmountPayable, instalment[, cashPrice, advancePayment]. */
  items: AdvertisementItem[];
  /** The representative example as one sentence: heading, then each item's label and text. */
  text: string;
  /**
   * The wordings the regime requires that no source gave and the merchant did
   * not supply (`warning`, `heading`, `labels.apr`...): their items are left
   * out of `items` and `text`, never translated by lendkit.
   */
  unsourced: string[];
}

const QUOTE_STRINGS = ["principal", "instalment", "totalAmountPayable", "annualRate", "aprPercent"] as const;
const FREQUENCIES = ["weekly", "fortnightly", "monthly", "quarterly", "annual"];

/** The problems of a value that should be a `Quote` from `simulate` (paths under `quote.`). */
export function quoteProblems(quote: unknown): FieldProblem[] {
  if (typeof quote !== "object" || quote === null || Array.isArray(quote)) {
    return [{ path: "quote", code: "expected_quote", message: "a Quote from simulate is expected" }];
  }
  const q = quote as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  if (typeof q["currency"] !== "string" || !/^[A-Z]{3}$/.test(q["currency"])) {
    problems.push({ path: "quote.currency", code: "invalid_currency", message: "an ISO 4217 code is expected" });
  }
  for (const k of QUOTE_STRINGS) {
    if (!isDecimalString(q[k])) problems.push({ path: `quote.${k}`, code: "expected_decimal_string", message: "a decimal string is expected" });
  }
  const n = q["numberOfPayments"];
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) {
    problems.push({ path: "quote.numberOfPayments", code: "invalid_field", message: "a whole number of payments, at least 1, is expected" });
  }
  if (typeof q["paymentFrequency"] !== "string" || !FREQUENCIES.includes(q["paymentFrequency"])) {
    problems.push({ path: "quote.paymentFrequency", code: "invalid_field", message: `one of ${FREQUENCIES.join(", ")} is expected` });
  }
  const t = q["termMonths"];
  if (t !== undefined && (typeof t !== "number" || !Number.isInteger(t) || t < 1)) {
    problems.push({ path: "quote.termMonths", code: "invalid_field", message: "a whole number of months is expected" });
  }
  return problems;
}

/** The duration shown: whole months when the quote has them, else the payments' own unit. */
function duration(q: Quote): { value: number; unit: DurationUnit } {
  if (q.termMonths !== undefined) return { value: q.termMonths, unit: "month" };
  const n = q.numberOfPayments;
  switch (q.paymentFrequency) {
    case "weekly":
      return { value: n, unit: "week" };
    case "fortnightly":
      return { value: 2 * n, unit: "week" };
    case "quarterly":
      return { value: 3 * n, unit: "month" };
    case "annual":
      return { value: n, unit: "year" };
    default:
      return { value: n, unit: "month" };
  }
}

function messageProblems(messages: unknown): FieldProblem[] {
  if (messages === undefined) return [];
  if (typeof messages !== "object" || messages === null) return [{ path: "messages", code: "invalid_field", message: "an object of texts is expected" }];
  const m = messages as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  for (const k of ["warning", "heading"]) {
    if (m[k] !== undefined && typeof m[k] !== "string") problems.push({ path: `messages.${k}`, code: "invalid_field", message: "a string is expected" });
  }
  const labels = m["labels"];
  if (labels !== undefined) {
    if (typeof labels !== "object" || labels === null) problems.push({ path: "messages.labels", code: "invalid_field", message: "an object of texts is expected" });
    else {
      for (const [k, v] of Object.entries(labels)) {
        if (!(ITEM_KEYS as readonly string[]).includes(k)) problems.push({ path: `messages.labels.${k}`, code: "unknown_field", message: `one of ${ITEM_KEYS.join(", ")} is expected` });
        else if (v !== undefined && typeof v !== "string") problems.push({ path: `messages.labels.${k}`, code: "invalid_field", message: "a string is expected" });
      }
    }
  }
  return problems;
}

/** A merchant's text when given (non-blank), else the catalog's wording when sourced. */
function pick(override: string | undefined, wording: Wording | undefined): { text: string; source: Source | null } | undefined {
  if (override !== undefined && override.trim() !== "") return { text: override, source: null };
  return isSourced(wording) ? { text: wording.text, source: wording.source } : undefined;
}

/**
 * The advertisement a checkout must show with `quote`, in `options.market`
 * and `options.locale`: the warning (CCD2 Art. 8(1); none in the UK and
 * Norway), and the representative example's items with their legal labels
 * and their figures formatted by Intl in the locale.
 *
 * @example
 * const q = simulate({ principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru" });
 * const ad = advertisement(q, { market: "ES" });
 * ad.warning?.text                              // "Atención: tomar dinero prestado cuesta dinero"
 * ad.items.find((i) => i.key === "apr")?.text   // "9,5 %"
 *
 * @throws LendkitError `invalid_input` with every problem: a value that is
 *   not a Quote (`quote.*`), an unknown market (`market`) or locale
 *   (`locale`), a quote in a currency the market does not use
 *   (`quote.currency`), a `cashPrice`/`advancePayment` that is not a decimal
 *   string, bad `messages`; `catalog_not_loaded` when the locale's catalog is
 *   neither given nor registered.
 */
export function advertisement(quote: Quote, options: AdvertisementOptions): Advertisement {
  const opts = (typeof options === "object" && options !== null ? options : {}) as Partial<AdvertisementOptions>;
  const problems = quoteProblems(quote);
  let resolved: ReturnType<typeof resolveMarketLocale> | undefined;
  try {
    resolved = resolveMarketLocale(opts.market, opts.locale);
  } catch (e) {
    problems.push(...((e as { details?: FieldProblem[] }).details ?? []));
  }
  for (const k of ["cashPrice", "advancePayment"] as const) {
    const v = opts[k];
    if (v !== undefined && !(isDecimalString(v) && !v.startsWith("-"))) {
      problems.push({ path: k, code: "expected_decimal_string", message: "a non-negative decimal string is expected (\"1299.00\")" });
    }
  }
  problems.push(...messageProblems(opts.messages));
  if (resolved && problems.length === 0 && !resolved.market.currencies.includes(quote.currency)) {
    problems.push({
      path: "quote.currency",
      code: "currency_not_of_market",
      message: `${quote.currency}: credit in ${resolved.market.code} is shown in ${resolved.market.currencies.join(", ")}`,
    });
  }
  if (problems.length > 0 || !resolved) throw lendkitError(problems);

  const catalog = opts.catalog ?? registeredCatalog(resolved.catalog);
  if (!catalog || catalog.id !== resolved.catalog) {
    throw lendkitError(
      [{ path: "catalog", code: "catalog_not_loaded", message: `the ${resolved.catalog} catalog is not loaded: await loadCatalog("${resolved.catalog}") or pass options.catalog` }],
      "catalog_not_loaded",
    );
  }
  const { market, locale } = resolved;
  const messages = opts.messages ?? {};
  const f: Formatters = formatters(locale, quote.currency);
  const unsourced: string[] = [];

  let warning: Advertisement["warning"] = null;
  if (market.regime === "ccd2") {
    warning = pick(messages.warning, catalog.marketWarnings?.[market.code] ?? catalog.warning) ?? null;
    if (!warning) unsourced.push("warning");
  }
  const heading = pick(messages.heading, catalog.heading);
  if (!heading) unsourced.push("heading");

  const d = duration(quote);
  const figures: [ItemKey, string, string, number?][] = [
    ["borrowingRate", shiftDecimal(quote.annualRate, 2), ""],
    ["totalAmountOfCredit", quote.principal, f.money(quote.principal)],
    ["apr", quote.aprPercent, f.percent(quote.aprPercent, 1)],
    ["duration", String(d.value), f.duration(d.value, d.unit)],
    ["totalAmountPayable", quote.totalAmountPayable, f.money(quote.totalAmountPayable)],
    ["instalment", quote.instalment, `${f.integer(quote.numberOfPayments)} × ${f.money(quote.instalment)}`, quote.numberOfPayments],
  ];
  figures[0]![2] = f.percent(figures[0]![1], 2);
  if (opts.cashPrice !== undefined) figures.push(["cashPrice", opts.cashPrice, f.money(opts.cashPrice)]);
  if (opts.advancePayment !== undefined) figures.push(["advancePayment", opts.advancePayment, f.money(opts.advancePayment)]);

  const items: AdvertisementItem[] = [];
  for (const [key, value, text, count] of figures) {
    const label = pick(messages.labels?.[key], catalog.labels[key]);
    if (!label) {
      unsourced.push(`labels.${key}`);
      continue;
    }
    items.push({ key, label: label.text, value, text, ...(count !== undefined ? { count } : {}), source: label.source });
  }
  const body = items.map((i) => `${i.label} ${i.text}`).join("; ");
  // One sentence; no second full stop after a figure that ends with one (Danish "kr.").
  const example = body === "" ? "" : `${heading ? `${heading.text}: ` : ""}${body}${body.endsWith(".") ? "" : "."}`;
  return { market: market.code, locale, regime: market.regime, warning, heading: heading?.text ?? "", items, text: example, unsourced };
}
