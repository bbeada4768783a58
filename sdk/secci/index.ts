// The pre-contract information sheet: the Standard European Consumer Credit
// Information (SECCI) of Directive (EU) 2023/2225, Article 10 and Annex I,
// built from a `Quote` of `simulate`, so every figure on it is the quote's.
//
//   const sheet = secci(quote, { market: "ES", creditor, latePayment, typeOfCredit, drawdown, redress });
//   sheet.parts[0].sections[0].fields  // creditor, total amount of credit, duration, borrowing rate, APR...
//   sheet.html                         // a printable, self-contained document (inline CSS, no script)
//
// The order is Article 10's: the first part ("Key information") holds the
// elements of Article 10(3), points (a) to (g) first (Annex I, Part I: always
// on the first page), then (h) to (l) (Part II); the second part holds the
// elements of Article 10(5) in the Annex's sections 1 to 3, then, when the
// creditor gives its rows (`distanceMarketing`), section 4 (distance marketing):
// its heading and sub-headings are the Annex's, its rows the creditor's.
//
// Wordings come from sdk/secci/catalogs/ with their source; a wording lendkit
// could not source in the shopper's language is never translated: it is listed
// in `unsourced`, shown in the directive's English wording (marked lang="en")
// until the merchant supplies it in `options.messages`.
import type { PaymentFrequency, Quote } from "../wasm/lendkit.js";
import { EN, type SecciMessageKey } from "./catalogs/en.js";
import { ES } from "./catalogs/es.js";
import { FI } from "./catalogs/fi.js";
import { SV } from "./catalogs/sv.js";
import type { CatalogEntry } from "./catalogs/types.js";
import { renderSecciDocument } from "./html.js";
import { lendkitError } from "../errors.js";
import { fillTemplate as fill, formatters, isDecimalString, shiftDecimal, type Formatters } from "../legal/format.js";
import { canonicalLocale, checkMarket, type Regime } from "../legal/markets.js";

export type { SecciMessageKey } from "./catalogs/en.js";
/** The rules a market's pre-contract information follows: `Regime` of the advertising (sdk/legal/markets.ts). */
export type SecciRegime = Regime;

/** A creditor's or credit intermediary's identity and contact details (Article 10(3)(a) and (l)). */
export interface SecciParty {
  name: string;
  /** The geographical address. */
  address: string;
  contact: { phone: string; email: string; web?: string };
}

/** The costs in the case of late payments (Article 10(3)(g)): a rate, a charge, or the terms in words; at least one. */
export interface SecciLatePayment {
  /** The annual interest rate applied to late payments, as a decimal fraction (`"0.12"`). */
  rate?: string;
  /** A charge per late payment, as a decimal string in the quote's currency. */
  charge?: string;
  /** The arrangements for adjusting the rate, or any other default charge, in the merchant's words. */
  terms?: string;
}

/** One row of Annex I section 4, in the creditor's words: the Annex's cell labels could not be sourced, so the creditor gives both. */
export interface SecciDistanceMarketingRow {
  label: string;
  value: string;
}

/**
 * Annex I, section 4, "Additional information in the case of the distance
 * marketing of financial services": the rows of (a) "Concerning the creditor"
 * and (b) "Concerning the credit agreement", in the order given. At least one
 * of the two.
 */
export interface SecciDistanceMarketing {
  creditor?: SecciDistanceMarketingRow[];
  agreement?: SecciDistanceMarketingRow[];
}

/** What `secci` needs besides the quote. */
export interface SecciOptions {
  /** ISO 3166-1 alpha-2: an EU Member State (Directive (EU) 2023/2225 applies). */
  market: string;
  /** BCP 47; default the market's language (es-ES, sv-SE, fi-FI...). */
  locale?: string;
  /** The creditor (required: name, address, telephone, email); `intermediary` may sit here or beside it. */
  creditor: SecciParty & { intermediary?: SecciParty };
  /** The credit intermediary, when one is involved. */
  intermediary?: SecciParty;
  /** The rate or charges applied to late payments (required). */
  latePayment: SecciLatePayment;
  /** The withdrawal period in calendar days (default 14, the minimum of Article 26). */
  withdrawalDays?: number;
  /** How the creditor's compensation for early repayment is determined (Article 29); absent: none is claimed. */
  earlyRepayment?: string;
  /** The good or service financed by deferred payment, and its cash price and any advance payment (decimal strings). */
  goods?: string;
  cashPrice?: string;
  advancePayment?: string;
  /** Ancillary services the consumer must take to get the credit (insurance...); empty or absent: none. */
  ancillaryServices?: string[];
  /** Include the repayment schedule (Article 10(5)(q)); default true (the quote must then carry its schedule). */
  includeSchedule?: boolean;
  /** The type of credit (Article 10(5)(a)), e.g. "Fixed-rate instalment loan" (required). */
  typeOfCredit: string;
  /** The conditions governing the drawdown (Article 10(5)(b)) (required). */
  drawdown: string;
  /** The out-of-court complaint and redress mechanism and how to access it (Article 10(5)(o)) (required). */
  redress: string;
  /** The sureties required (Article 10(5)(i)), e.g. a credit marking on a vehicle. */
  sureties?: string;
  /** Whether the price was personalised by automated processing (Article 10(5)(m)). */
  personalisedPrice?: boolean;
  /** The period the creditor is bound by this information (Article 10(5)(n)): ISO dates. */
  validFrom?: string;
  validUntil?: string;
  /**
   * Annex I section 4 (distance marketing), where applicable: a sheet handed
   * over at a distance (a web checkout) needs it. Absent: no section 4.
   */
  distanceMarketing?: SecciDistanceMarketing;
  /** The merchant's wording for any key (e.g. the Spanish text its lawyers approved): replaces lendkit's. */
  messages?: Partial<Record<SecciMessageKey, string>>;
}

/** One row of the repayment schedule, each amount as `{ value, text }`. */
export interface SecciScheduleRow {
  number: number;
  date?: string;
  payment: SecciValue;
  principal: SecciValue;
  interest: SecciValue;
  fees: SecciValue;
  balance: SecciValue;
}

export interface SecciValue {
  value: string;
  text: string;
}

/** Which of a field's strings are the directive's English wording standing in for an unsourced one. */
export type SecciFallback = "label" | "help" | "text" | "detail";

export interface SecciField {
  key: string;
  /** The form's label for the item, in the locale (or its English fallback: see `fallback`). */
  label: string;
  /** The decimal string (money, rates as fractions), the count, the ISO duration, or the text supplied; null for a fixed wording. */
  value: string | null;
  /** What the sheet shows: `value` formatted by Intl in the locale, or the wording. */
  text: string;
  /** The form's explanation under the label, when it has one. */
  help?: string;
  /** The form's sentence around the value (e.g. "You will be charged ... for late payments."). */
  detail?: string;
  /** The source of the label (document and annex/part or article). */
  source: string;
  /** Strings of this field shown in English because the locale's wording is unsourced. */
  fallback?: SecciFallback[];
  /** The repayment schedule's rows (only on `repaymentSchedule`). */
  rows?: SecciScheduleRow[];
  /** The schedule's column headers (only on `repaymentSchedule`). */
  columns?: { key: keyof SecciScheduleRow; label: string; fallback?: true }[];
}

/** A sub-heading of a section (Annex I section 4's (a) and (b)) and the keys of its fields, in order. */
export interface SecciGroup {
  key: string;
  title: string;
  titleFallback?: true;
  /** Keys of the section's `fields` under this sub-heading. */
  fields: string[];
}

export interface SecciSection {
  key: string;
  title: string;
  titleFallback?: true;
  fields: SecciField[];
  /** Sub-headings, when the section has them (only `distanceMarketing`): every field is under one. */
  groups?: SecciGroup[];
}

export interface SecciPart {
  part: 1 | 2;
  title: string;
  titleFallback?: true;
  sections: SecciSection[];
}

/** The pre-contract information sheet. */
export interface Secci {
  market: string;
  locale: string;
  regime: SecciRegime;
  title: string;
  titleFallback?: true;
  parts: SecciPart[];
  /** Message keys shown in English because the locale's wording could not be sourced: supply them in `options.messages`. */
  unsourced: SecciMessageKey[];
  /** Labels for the element's actions (print, download), in the locale. */
  actions: { print: string; download: string };
  /** The sheet as a self-contained, printable HTML document (inline CSS, no script). */
  html: string;
}

const CATALOGS: Record<string, Record<SecciMessageKey, CatalogEntry>> = { en: EN, es: ES, sv: SV, fi: FI };

const FREQUENCIES: readonly PaymentFrequency[] = ["weekly", "fortnightly", "monthly", "quarterly", "annual"];

type Problem = { path: string; code: string; message: string };

function checkQuote(quote: unknown): Quote {
  const problems: Problem[] = [];
  if (typeof quote !== "object" || quote === null || Array.isArray(quote)) {
    throw lendkitError([{ path: "quote", code: "invalid_type", message: "expected a Quote from simulate" }]);
  }
  const q = quote as Record<string, unknown>;
  if (typeof q.currency !== "string" || !/^[A-Z]{3}$/.test(q.currency)) {
    problems.push({ path: "quote.currency", code: "invalid_currency", message: "expected an ISO 4217 code" });
  }
  for (const k of ["principal", "annualRate", "instalment", "firstPayment", "lastPayment", "totalFees", "totalCostOfCredit", "totalAmountPayable", "aprPercent"]) {
    if (!isDecimalString(q[k])) problems.push({ path: `quote.${k}`, code: "invalid_decimal", message: "expected a decimal string" });
  }
  if (typeof q.numberOfPayments !== "number" || !Number.isInteger(q.numberOfPayments) || q.numberOfPayments < 1) {
    problems.push({ path: "quote.numberOfPayments", code: "invalid_integer", message: "expected a positive integer" });
  }
  if (!FREQUENCIES.includes(q.paymentFrequency as PaymentFrequency)) {
    problems.push({ path: "quote.paymentFrequency", code: "invalid_value", message: `expected one of ${FREQUENCIES.join(", ")}` });
  }
  if (q.termMonths !== undefined && (typeof q.termMonths !== "number" || !Number.isInteger(q.termMonths))) {
    problems.push({ path: "quote.termMonths", code: "invalid_integer", message: "expected an integer" });
  }
  if (q.aprRegime !== undefined && q.aprRegime !== "eu") {
    problems.push({
      path: "quote.aprRegime",
      code: "wrong_regime",
      message: `the SECCI discloses the APR of Directive (EU) 2023/2225 Annex III: simulate with aprRegime "eu", not ${JSON.stringify(q.aprRegime)}`,
    });
  }
  if (q.schedule !== undefined && !Array.isArray(q.schedule)) {
    problems.push({ path: "quote.schedule", code: "invalid_type", message: "expected an array of rows" });
  }
  if (problems.length) throw lendkitError(problems);
  return quote as Quote;
}

const text = (v: unknown) => typeof v === "string" && v.trim() !== "";

function checkParty(p: unknown, path: string, problems: Problem[]): void {
  if (typeof p !== "object" || p === null) {
    problems.push({ path, code: "required", message: "the name, geographical address, telephone number and email address are required (Article 10(3)(a), (l))" });
    return;
  }
  const o = p as Record<string, unknown>;
  const c = (typeof o.contact === "object" && o.contact !== null ? o.contact : {}) as Record<string, unknown>;
  if (!text(o.name)) problems.push({ path: `${path}.name`, code: "required", message: "the identity is required (Article 10(3)(a))" });
  if (!text(o.address)) problems.push({ path: `${path}.address`, code: "required", message: "the geographical address is required (Article 10(3)(l))" });
  if (!text(c.phone)) problems.push({ path: `${path}.contact.phone`, code: "required", message: "the telephone number is required (Article 10(3)(l))" });
  if (!text(c.email)) problems.push({ path: `${path}.contact.email`, code: "required", message: "the email address is required (Article 10(3)(l))" });
  if (c.web !== undefined && typeof c.web !== "string") problems.push({ path: `${path}.contact.web`, code: "invalid_type", message: "expected a string" });
}

const DISTANCE_GROUPS = ["creditor", "agreement"] as const;

function checkDistanceMarketing(d: unknown, problems: Problem[]): void {
  const path = "distanceMarketing";
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    problems.push({ path, code: "invalid_type", message: "expected { creditor?, agreement? }: the rows of Annex I section 4 (a) and (b)" });
    return;
  }
  const o = d as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!(DISTANCE_GROUPS as readonly string[]).includes(k)) problems.push({ path: `${path}.${k}`, code: "unknown_key", message: "expected creditor or agreement" });
  }
  if (o.creditor === undefined && o.agreement === undefined) {
    problems.push({ path, code: "required", message: "give the rows of (a) creditor, (b) agreement or both; or leave distanceMarketing out" });
  }
  for (const g of DISTANCE_GROUPS) {
    const rows = o[g];
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) {
      problems.push({ path: `${path}.${g}`, code: "invalid_type", message: "expected an array of { label, value }" });
      continue;
    }
    if (rows.length === 0) problems.push({ path: `${path}.${g}`, code: "required", message: "expected at least one row; leave it out if there is none" });
    rows.forEach((r: unknown, i) => {
      const at = `${path}.${g}[${i}]`;
      if (typeof r !== "object" || r === null || Array.isArray(r)) {
        problems.push({ path: at, code: "invalid_type", message: "expected { label, value }" });
        return;
      }
      const row = r as Record<string, unknown>;
      for (const k of ["label", "value"] as const) {
        const v = row[k];
        if (typeof v !== "string") problems.push({ path: `${at}.${k}`, code: "invalid_type", message: "expected a string" });
        else if (v.trim() === "") problems.push({ path: `${at}.${k}`, code: "required", message: "expected a non-empty text" });
      }
    });
  }
}

function checkOptions(o: SecciOptions, quote: Quote): void {
  const problems: Problem[] = [];
  checkParty(o.creditor, "creditor", problems);
  const intermediary = o.intermediary ?? o.creditor?.intermediary;
  if (intermediary !== undefined) checkParty(intermediary, o.intermediary !== undefined ? "intermediary" : "creditor.intermediary", problems);
  const late = o.latePayment as SecciLatePayment | undefined;
  if (typeof late !== "object" || late === null || (!text(late.terms) && late.rate === undefined && late.charge === undefined)) {
    problems.push({ path: "latePayment", code: "required", message: "the rate or charges applied to late payments are required (Article 10(3)(g))" });
  } else {
    if (late.rate !== undefined && !isDecimalString(late.rate)) problems.push({ path: "latePayment.rate", code: "invalid_decimal", message: "expected a decimal fraction such as \"0.12\"" });
    if (late.charge !== undefined && !isDecimalString(late.charge)) problems.push({ path: "latePayment.charge", code: "invalid_decimal", message: "expected a decimal string" });
    if (late.terms !== undefined && typeof late.terms !== "string") problems.push({ path: "latePayment.terms", code: "invalid_type", message: "expected a string" });
  }
  for (const [k, article] of [["typeOfCredit", "10(5)(a)"], ["drawdown", "10(5)(b)"], ["redress", "10(5)(o)"]] as const) {
    if (!text(o[k])) problems.push({ path: k, code: "required", message: `required by Article ${article}` });
  }
  if (o.withdrawalDays !== undefined && (!Number.isInteger(o.withdrawalDays) || o.withdrawalDays < 14 || o.withdrawalDays > 365)) {
    problems.push({ path: "withdrawalDays", code: "out_of_range", message: "expected a whole number of days, at least 14 (Article 26)" });
  }
  for (const k of ["cashPrice", "advancePayment"] as const) {
    if (o[k] !== undefined && !isDecimalString(o[k])) problems.push({ path: k, code: "invalid_decimal", message: "expected a decimal string" });
  }
  for (const k of ["earlyRepayment", "goods", "sureties"] as const) {
    if (o[k] !== undefined && typeof o[k] !== "string") problems.push({ path: k, code: "invalid_type", message: "expected a string" });
  }
  if (o.ancillaryServices !== undefined && (!Array.isArray(o.ancillaryServices) || o.ancillaryServices.some((s) => !text(s)))) {
    problems.push({ path: "ancillaryServices", code: "invalid_type", message: "expected an array of descriptions" });
  }
  for (const k of ["validFrom", "validUntil"] as const) {
    const v = o[k];
    if (v !== undefined && (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))) {
      problems.push({ path: k, code: "invalid_date", message: "expected an ISO date (YYYY-MM-DD)" });
    }
  }
  if ((o.validFrom === undefined) !== (o.validUntil === undefined)) {
    problems.push({ path: o.validFrom === undefined ? "validFrom" : "validUntil", code: "required", message: "give both validFrom and validUntil" });
  }
  if (o.messages !== undefined) {
    if (typeof o.messages !== "object" || o.messages === null) problems.push({ path: "messages", code: "invalid_type", message: "expected an object of message keys" });
    else
      for (const [k, v] of Object.entries(o.messages)) {
        if (!(k in EN)) problems.push({ path: `messages.${k}`, code: "unknown_key", message: "not a SECCI message key" });
        else if (typeof v !== "string") problems.push({ path: `messages.${k}`, code: "invalid_type", message: "expected a string" });
      }
  }
  if (o.distanceMarketing !== undefined) checkDistanceMarketing(o.distanceMarketing, problems);
  if ((o.includeSchedule ?? true) && !Array.isArray(quote.schedule)) {
    problems.push({ path: "quote.schedule", code: "required", message: "the repayment schedule (Article 10(5)(q)) needs a quote simulated with its schedule, or includeSchedule: false" });
  }
  if (problems.length) throw lendkitError(problems);
}

/** A resolved wording: its text, its source, and whether it is the English stand-in. */
interface Said {
  text: string;
  source: string;
  fallback: boolean;
}

/** A rate given as a decimal fraction (`"0.091"`), in percent with at least two decimals (`9,10 %`). */
const rate = (f: Formatters, fraction: string): string => f.percent(shiftDecimal(fraction, 2), 2);


/**
 * The Standard European Consumer Credit Information for `quote`, in the
 * market's regime and the shopper's locale. Throws a `LendkitError`: for an
 * unknown market or unsupported locale (`market`, `locale`); for GB and NO,
 * whose pre-contract forms are not this one (`unsupported_market`); for a
 * value that is not a `Quote`; naming every required creditor field that
 * is missing (`creditor.name`, `latePayment`, ...); and naming each bad row of
 * `distanceMarketing` (`distanceMarketing.creditor[0].label`, ...).
 *
 * @example
 * const sheet = secci(simulate({ principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091" }), {
 *   market: "ES", creditor: { name: "Banco Ejemplo, S.A.", address: "Calle Mayor 1, 28013 Madrid", contact: { phone: "+34 910 000 000", email: "info@example.es" } },
 *   latePayment: { rate: "0.111" }, typeOfCredit: "Préstamo personal", drawdown: "Transferencia a su cuenta", redress: "Banco de España",
 * });
 */
export function secci(quote: Quote, options: SecciOptions): Secci {
  if (typeof options !== "object" || options === null) {
    throw lendkitError([{ path: "options", code: "required", message: "expected the options (market, creditor, latePayment...)" }]);
  }
  // The market as the advertising knows it; the locale's language is checked
  // against the sheet's own catalogs below (not the advertising's).
  const market = checkMarket(options.market);
  const locale = canonicalLocale(options.locale, market.defaultLocale);
  const where = { market: market.code, regime: market.regime, locale, language: locale.split("-")[0]!.toLowerCase() };
  if (where.regime !== "ccd2") {
    const why =
      where.regime === "conc"
        ? "GB: the UK's pre-contract credit information (the SECCI of the Consumer Credit (Disclosure of Information) Regulations 2010) is not generated by lendkit; only the EU form of Directive (EU) 2023/2225 is"
        : "NO: Norway's pre-contract information (finansavtaleloven) is not generated by lendkit; only the EU form of Directive (EU) 2023/2225 is";
    throw lendkitError([{ path: "market", code: "unsupported_regime", message: why }], "unsupported_market");
  }
  const catalog = CATALOGS[where.language];
  if (catalog === undefined) {
    throw lendkitError([{ path: "locale", code: "unsupported_locale", message: `${where.locale}: the sheet has catalogs for en, es, sv and fi` }]);
  }
  const q = checkQuote(quote);
  checkOptions(options, q);

  const messages = options.messages ?? {};
  const unsourced = new Set<SecciMessageKey>();
  const say = (key: SecciMessageKey, values: Record<string, string> = {}): Said => {
    const merchant = messages[key];
    if (typeof merchant === "string") return { text: fill(merchant, values), source: "the merchant (options.messages)", fallback: false };
    const entry = catalog[key];
    if (entry.text !== null) return { text: fill(entry.text, values), source: entry.source, fallback: false };
    unsourced.add(key);
    const en = EN[key];
    return { text: fill(en.text, values), source: `${en.source} (English; ${entry.note})`, fallback: true };
  };

  const f = formatters(where.locale, q.currency);
  const fields = buildFields(q, options, f, say);
  const heading = (key: SecciMessageKey) => {
    const s = say(key);
    return s.fallback ? { title: s.text, titleFallback: true as const } : { title: s.text };
  };
  const parts: SecciPart[] = [
    {
      part: 1,
      ...heading("part1.title"),
      sections: [
        { key: "keyInformationPartI", ...heading("part1.sectionI"), fields: fields.partI },
        { key: "keyInformationPartII", ...heading("part1.sectionII"), fields: fields.partII },
      ],
    },
    {
      part: 2,
      ...heading("part2.title"),
      sections: [
        { key: "mainFeatures", ...heading("section.mainFeatures"), fields: fields.mainFeatures },
        { key: "costs", ...heading("section.costs"), fields: fields.costs },
        { key: "legalAspects", ...heading("section.legal"), fields: fields.legal },
        ...(options.distanceMarketing !== undefined ? [distanceMarketingSection(options.distanceMarketing, heading)] : []),
      ],
    },
  ];
  const title = say("title");
  const actions = { print: say("ui.print").text, download: say("ui.download").text };
  const sheet: Omit<Secci, "html"> = {
    market: where.market,
    locale: where.locale,
    regime: where.regime,
    title: title.text,
    ...(title.fallback ? { titleFallback: true as const } : {}),
    parts,
    unsourced: [...unsourced],
    actions,
  };
  return { ...sheet, html: renderSecciDocument(sheet) };
}

type Say = (key: SecciMessageKey, values?: Record<string, string>) => Said;

/**
 * Annex I section 4: the Annex's heading and sub-headings (a) and (b), and
 * under them the creditor's rows in the order given (checked by
 * `checkDistanceMarketing`), each `{ label, value }` shown as given.
 */
function distanceMarketingSection(
  d: SecciDistanceMarketing,
  heading: (key: SecciMessageKey) => { title: string; titleFallback?: true },
): SecciSection {
  const title = heading("section.distanceMarketing");
  const fields: SecciField[] = [];
  const groups: SecciGroup[] = [];
  for (const g of DISTANCE_GROUPS) {
    const rows = d[g];
    if (rows === undefined) continue;
    const keys = rows.map((r, i) => {
      const key = `distanceMarketing.${g}.${i}`;
      fields.push({ key, label: r.label, value: r.value, text: r.value, source: `the creditor's text (options.distanceMarketing.${g}[${i}])` });
      return key;
    });
    groups.push({ key: g, ...heading(`distanceMarketing.${g}`), fields: keys });
  }
  return { key: "distanceMarketing", ...title, fields, groups };
}

/** The fields of each section, in the order of Article 10(3) and (5) and Annex I. */
function buildFields(q: Quote, o: SecciOptions, f: Formatters, say: Say) {
  /** A field from its label key, value and text, and optional help and detail wordings. */
  const field = (
    key: string,
    labelKey: SecciMessageKey,
    value: string | null,
    shown: string | Said,
    extra: { help?: Said; detail?: Said; labelText?: Said } = {},
  ): SecciField => {
    const label = extra.labelText ?? say(labelKey);
    const fallback: SecciFallback[] = [];
    if (label.fallback) fallback.push("label");
    const out: SecciField = { key, label: label.text, value, text: typeof shown === "string" ? shown : shown.text, source: label.source };
    if (typeof shown !== "string" && shown.fallback) fallback.push("text");
    if (extra.help) {
      out.help = extra.help.text;
      if (extra.help.fallback) fallback.push("help");
    }
    if (extra.detail) {
      out.detail = extra.detail.text;
      if (extra.detail.fallback) fallback.push("detail");
    }
    if (fallback.length) out.fallback = fallback;
    return out;
  };
  const money = (v: string) => f.money(v);
  const intermediary = o.intermediary ?? o.creditor.intermediary;
  const n = q.numberOfPayments;

  // Part I (Article 10(3)(a)-(g); Annex I: always on the first page).
  const partI: SecciField[] = [field("creditor", "creditor", o.creditor.name, o.creditor.name)];
  if (intermediary) partI.push(field("intermediary", "intermediary", intermediary.name, intermediary.name));
  partI.push(
    field("totalAmountOfCredit", "totalAmountOfCredit", q.principal, money(q.principal), { help: say("totalAmountOfCredit.help") }),
    field("duration", "duration", isoDuration(q), durationText(q, f)),
    field("borrowingRate", "borrowingRate", q.annualRate, rate(f, q.annualRate), { detail: say("fixed") }),
    field("apr", "apr", shiftDecimal(q.aprPercent, -2), f.percent(q.aprPercent), { help: say("apr.help") }),
    field("totalAmountPayable", "totalAmountPayable", q.totalAmountPayable, money(q.totalAmountPayable), { help: say("totalAmountPayable.help") }),
  );
  if (o.goods !== undefined || o.cashPrice !== undefined) {
    const goods = say("goods");
    if (o.goods !== undefined) partI.push(field("goods", "goodsName", o.goods, o.goods, { help: goods }));
    if (o.cashPrice !== undefined) partI.push(field("cashPrice", "cashPrice", o.cashPrice, money(o.cashPrice), o.goods === undefined ? { help: goods } : {}));
  }
  if (o.advancePayment !== undefined) partI.push(field("advancePayment", "advancePayment", o.advancePayment, money(o.advancePayment)));
  const late = o.latePayment;
  const lateParts = [late.rate !== undefined ? rate(f, late.rate) : "", late.charge !== undefined ? money(late.charge) : "", late.terms ?? ""].filter((s) => s !== "");
  const lateValue = [late.rate, late.charge, late.terms].filter((s) => s !== undefined).join("; ");
  partI.push(field("latePayment", "latePayment", lateValue, lateParts.join("; "), { detail: say("latePayment.text", { terms: lateParts.join("; ") }) }));

  // Part II (Article 10(3)(h)-(l)).
  const payments = paymentsText(q, f);
  const withdrawalDays = o.withdrawalDays ?? 14;
  const partII: SecciField[] = [
    field("instalment", "instalment", q.instalment, money(q.instalment), { detail: say("instalment.text", { payments }) }),
    field("numberOfPayments", "numberOfPayments", String(n), f.integer(n)),
    field("paymentFrequency", "paymentFrequency", q.paymentFrequency, frequencyText(q.paymentFrequency, f)),
    field("missedPayments", "missedPayments", null, say("missedPayments.text")),
    field("withdrawal", "withdrawal", String(withdrawalDays), f.duration(withdrawalDays, "day"), {
      detail: say("withdrawal.text", { days: f.integer(withdrawalDays) }),
    }),
    field("earlyRepayment", "earlyRepayment", null, say("earlyRepayment.text"), o.earlyRepayment !== undefined ? { detail: say("earlyRepayment.compensation") } : {}),
  ];
  const contacts = (who: "creditor" | "intermediary", p: SecciParty) => {
    const party = say(who);
    const one = (key: "address" | "phone" | "email" | "web", value: string) => {
      const part = say(key);
      const label: Said = { text: `${party.text}: ${part.text}`, source: part.source, fallback: party.fallback || part.fallback };
      partII.push(field(`${who}.${key}`, key, value, value, { labelText: label }));
    };
    one("address", p.address);
    one("phone", p.contact.phone);
    one("email", p.contact.email);
    if (p.contact.web !== undefined && p.contact.web !== "") one("web", p.contact.web);
  };
  contacts("creditor", o.creditor);
  if (intermediary) contacts("intermediary", intermediary);

  // Additional information, 1. main features (Article 10(5)(a), (b), (i), (m)).
  const mainFeatures: SecciField[] = [
    field("typeOfCredit", "typeOfCredit", o.typeOfCredit, o.typeOfCredit),
    field("drawdown", "drawdown", o.drawdown, o.drawdown, { help: say("drawdown.help") }),
  ];
  if (o.sureties !== undefined && o.sureties !== "") mainFeatures.push(field("sureties", "sureties", o.sureties, o.sureties, { help: say("sureties.help") }));
  if (q.repayment === "interestOnly" || q.repayment === "balloon") {
    const yes = say("yes");
    mainFeatures.push(field("noAmortisation", "noAmortisation", q.repayment, yes));
  }
  if (o.personalisedPrice === true) mainFeatures.push(field("personalisedPrice", "personalisedPrice", "true", say("yes")));

  // 2. costs (Article 10(5)(e), (f), (h)).
  const example = representativeExample(q, f, say);
  const ancillary = o.ancillaryServices ?? [];
  const costs: SecciField[] = [
    field("representativeExample", "representativeExample", null, example),
    field("totalCostOfCredit", "totalCostOfCredit", q.totalCostOfCredit, money(q.totalCostOfCredit)),
    field("otherCharges", "otherCharges", q.totalFees, money(q.totalFees)),
    ancillary.length
      ? field("ancillaryServices", "ancillaryServices", ancillary.join("; "), ancillary.join("; "), { detail: say("yes") })
      : field("ancillaryServices", "ancillaryServices", null, say("no")),
  ];

  // 3. other legal aspects (Article 10(5)(j), (k), (l), (n), (o), (p), (q)).
  const legal: SecciField[] = [];
  if (o.earlyRepayment !== undefined && o.earlyRepayment !== "") {
    legal.push(field("earlyRepaymentCompensation", "earlyRepayment.compensationTerms", o.earlyRepayment, o.earlyRepayment));
  }
  legal.push(
    field("database", "database", null, say("database.text")),
    field("draftAgreement", "draftAgreement", null, say("draftAgreement.text")),
  );
  if (o.validFrom !== undefined && o.validUntil !== undefined) {
    const range = say("validity.text", { from: f.date(o.validFrom), until: f.date(o.validUntil) });
    legal.push(field("validity", "validity", `${o.validFrom}/${o.validUntil}`, range));
  }
  legal.push(
    field("redress", "redress", o.redress, o.redress, { help: say("redress.help") }),
    field("nonCompliance", "nonCompliance", null, say("nonCompliance.text")),
  );
  if ((o.includeSchedule ?? true) && q.schedule) legal.push(scheduleField(q, f, say, field));
  return { partI, partII, mainFeatures, costs, legal };
}

/** The term as an ISO 8601 duration (`P30M`, `P26W`, `P2Y`). */
function isoDuration(q: Quote): string {
  if (q.termMonths !== undefined) return `P${q.termMonths}M`;
  const n = q.numberOfPayments;
  switch (q.paymentFrequency) {
    case "weekly":
      return `P${n}W`;
    case "fortnightly":
      return `P${2 * n}W`;
    case "monthly":
      return `P${n}M`;
    case "quarterly":
      return `P${3 * n}M`;
    case "annual":
      return `P${n}Y`;
  }
}

/** The term in the locale's words, by Intl's unit format. */
function durationText(q: Quote, f: Formatters): string {
  const d = isoDuration(q);
  const n = Number(d.slice(1, -1));
  const unit = d.endsWith("W") ? "week" : d.endsWith("Y") ? "year" : "month";
  return f.duration(n, unit);
}

/** The interval between payments, by Intl's unit format (`1 mes`, `2 veckor`). */
function frequencyText(freq: PaymentFrequency, f: Formatters): string {
  switch (freq) {
    case "weekly":
      return f.duration(1, "week");
    case "fortnightly":
      return f.duration(2, "week");
    case "monthly":
      return f.duration(1, "month");
    case "quarterly":
      return f.duration(3, "month");
    case "annual":
      return f.duration(1, "year");
  }
}

/**
 * The payments as counts times amounts (`30 × 186,97 €`): from the schedule
 * when the quote carries it (each distinct amount in the order it first falls
 * due, so a profile that rounds some instalments a cent up shows both), else
 * from the first, regular and last instalments.
 */
function paymentCounts(q: Quote): [number, string][] {
  if (Array.isArray(q.schedule) && q.schedule.length > 0) {
    const counts = new Map<string, number>();
    for (const r of q.schedule) counts.set(r.payment, (counts.get(r.payment) ?? 0) + 1);
    return [...counts].map(([amount, count]): [number, string] => [count, amount]);
  }
  const n = q.numberOfPayments;
  if (n === 1) return [[1, q.lastPayment]];
  const rows: [number, string][] = [];
  const middle = n - (q.firstPayment !== q.instalment ? 1 : 0) - (q.lastPayment !== q.instalment ? 1 : 0);
  if (q.firstPayment !== q.instalment) rows.push([1, q.firstPayment]);
  if (middle > 0) rows.push([middle, q.instalment]);
  if (q.lastPayment !== q.instalment) rows.push([1, q.lastPayment]);
  return rows;
}

function paymentsText(q: Quote, f: Formatters): string {
  return paymentCounts(q).map(([count, amount]) => `${f.integer(count)} × ${f.money(amount)}`).join(", ");
}

/** The representative example (Article 10(5)(f)): the figures and assumptions, each after its label on the form. */
function representativeExample(q: Quote, f: Formatters, say: Say): Said {
  const items: [Said, string][] = [
    [say("totalAmountOfCredit"), f.money(q.principal)],
    [say("duration"), durationText(q, f)],
    [say("borrowingRate"), `${rate(f, q.annualRate)} (${say("fixed").text})`],
    [say("instalment"), paymentsText(q, f)],
    [say("otherCharges"), f.money(q.totalFees)],
    [say("totalCostOfCredit"), f.money(q.totalCostOfCredit)],
    [say("totalAmountPayable"), f.money(q.totalAmountPayable)],
    [say("apr"), f.percent(q.aprPercent)],
  ];
  let text = items.map(([l, v]) => `${l.text}: ${v}`).join("; ");
  if (q.startDate !== undefined && q.firstPaymentDate !== undefined) {
    text += `; ${f.date(q.startDate)} → ${f.date(q.firstPaymentDate)}`;
  }
  return { text, source: "", fallback: items.some(([l]) => l.fallback) || say("fixed").fallback };
}

function scheduleField(
  q: Quote,
  f: Formatters,
  say: Say,
  field: (key: string, labelKey: SecciMessageKey, value: string | null, shown: string | Said) => SecciField,
): SecciField {
  const out = field("repaymentSchedule", "repaymentSchedule", null, "");
  const dated = (q.schedule ?? []).some((r) => r.date !== undefined);
  const keys: (keyof SecciScheduleRow)[] = ["number", ...(dated ? (["date"] as const) : []), "payment", "principal", "interest", "fees", "balance"];
  out.columns = keys.map((k) => {
    const s = say(`ui.${k}` as SecciMessageKey);
    return s.fallback ? { key: k, label: s.text, fallback: true as const } : { key: k, label: s.text };
  });
  const v = (value: string): SecciValue => ({ value, text: f.money(value) });
  out.rows = (q.schedule ?? []).map((r) => {
    const row: SecciScheduleRow = {
      number: r.number,
      payment: v(r.payment),
      principal: v(r.principal),
      interest: v(r.interest),
      fees: v(r.fees),
      balance: v(r.balance),
    };
    if (r.date !== undefined) row.date = r.date;
    return row;
  });
  return out;
}
