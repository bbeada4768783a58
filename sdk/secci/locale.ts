// The market and locale resolution and the Intl formatting the pre-contract
// sheet needs, kept small on purpose: issue 12 (advertising) builds the shared
// versions in sdk/legal/markets.ts and sdk/legal/format.ts, and this module can
// be swapped for them when both land (same roles: `resolveMarketLocale`,
// `formatters`).
//
// Every number shown to a person goes through Intl.NumberFormat in the
// shopper's locale. Money and rates arrive as decimal strings and are given to
// Intl as strings (Intl.NumberFormat v3 formats a string as the exact decimal
// it writes, no binary float in between).
import type { LendkitError } from "../errors.js";

/** The rules a market's pre-contract information follows. */
export type SecciRegime = "ccd2" | "conc" | "no-finansavtaleloven";

/** The Member States of the EU (ISO 3166-1 alpha-2), where Directive (EU) 2023/2225 applies. */
const EU = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT",
  "NL", "PL", "PT", "RO", "SE", "SI", "SK",
] as const;

/** A market's default locale; any other EU market defaults to English (the directive's English wording). */
const DEFAULT_LOCALE: Record<string, string> = { ES: "es-ES", SE: "sv-SE", FI: "fi-FI", DK: "da-DK", NO: "nb-NO", GB: "en-GB", IE: "en-IE", MT: "en-MT" };

/** The languages this sheet has a catalog for (sdk/secci/catalogs/). */
export const SECCI_LANGUAGES = ["en", "es", "sv", "fi"] as const;
export type SecciLanguage = (typeof SECCI_LANGUAGES)[number];

/** A `LendkitError` (`invalid_input`) with one problem per entry. */
export function lendkitError(details: { path: string; code: string; message: string }[], code = "invalid_input"): LendkitError {
  const first = details[0];
  const e = new Error(
    first ? `${code}: ${details.map((d) => `${d.path} (${d.code}): ${d.message}`).join("; ")}` : code,
  ) as LendkitError;
  e.name = "LendkitError";
  e.code = code;
  e.details = details;
  return e;
}

/** What `resolveMarketLocale` settles on. */
export interface MarketLocale {
  market: string;
  locale: string;
  language: string;
  regime: SecciRegime;
}

/**
 * The market's regime and the locale to use (`locale`, or the market's
 * default). An unknown market or a locale that is not a BCP 47 tag Intl knows
 * is a `LendkitError` at `market` or `locale`.
 */
export function resolveMarketLocale(market: unknown, locale?: unknown): MarketLocale {
  if (typeof market !== "string" || !/^[A-Za-z]{2}$/.test(market)) {
    throw lendkitError([{ path: "market", code: "unknown_market", message: "expected an ISO 3166-1 alpha-2 country code such as ES, SE or FI" }]);
  }
  const m = market.toUpperCase();
  const regime: SecciRegime | undefined = (EU as readonly string[]).includes(m)
    ? "ccd2"
    : m === "GB"
      ? "conc"
      : m === "NO"
        ? "no-finansavtaleloven"
        : undefined;
  if (regime === undefined) {
    throw lendkitError([{ path: "market", code: "unknown_market", message: `${JSON.stringify(market)} is not a market lendkit knows (the EU Member States, GB, NO)` }]);
  }
  let tag = DEFAULT_LOCALE[m] ?? `en-${m}`;
  if (locale !== undefined) {
    if (typeof locale !== "string" || locale === "") {
      throw lendkitError([{ path: "locale", code: "invalid_locale", message: "expected a BCP 47 language tag such as es-ES" }]);
    }
    try {
      tag = Intl.getCanonicalLocales(locale)[0] ?? "";
    } catch {
      tag = "";
    }
    if (tag === "") {
      throw lendkitError([{ path: "locale", code: "invalid_locale", message: `${JSON.stringify(locale)} is not a BCP 47 language tag` }]);
    }
  }
  const language = tag.split("-")[0]!.toLowerCase();
  return { market: m, locale: tag, language, regime };
}

/** A decimal string moved `places` to the left (`"9.5"`, 2 -> `"0.095"`), exactly, on the digits. */
export function shiftLeft(value: string, places: number): string {
  const neg = value.startsWith("-");
  const abs = neg ? value.slice(1) : value;
  const [int = "0", frac = ""] = abs.split(".");
  const digits = int.padStart(places + 1, "0");
  const head = digits.slice(0, digits.length - places).replace(/^0+(?=\d)/, "");
  const out = `${head}.${digits.slice(digits.length - places)}${frac}`.replace(/\.?0+$/, "") || "0";
  return (neg && out !== "0" ? "-" : "") + (out.startsWith(".") ? `0${out}` : out);
}

/** The number of decimals a decimal string is written with. */
export function scaleOf(value: string): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** Whether `value` is a plain decimal string (`"5000"`, `"0.091"`, `"-1.5"`). */
export function isDecimalString(value: unknown): value is string {
  return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value);
}

type StringFormat = (value: string) => string;
/** Intl's `format` given the decimal string itself (exact; see the note at the top). */
const exact = (nf: Intl.NumberFormat): StringFormat => nf.format as unknown as StringFormat;

/** The Intl formatters of one locale and currency. */
export interface Formatters {
  /** Money in the currency, with the currency's minor digits (`5609,15 €` in es-ES). */
  money(value: string): string;
  /** A rate given as a fraction (`"0.091"`), in percent with at least `minDigits` decimals (`9,10 %`). */
  percent(fraction: string, minDigits: number): string;
  /** A whole count. */
  count(n: number): string;
  /** A length of time (`30 meses`, `30 månader`), by Intl's unit format. */
  period(n: number, unit: "day" | "week" | "month" | "year"): string;
  /** An ISO date (`2026-12-02`) in the locale's long form. */
  date(iso: string): string;
}

/** Intl formatters for `locale` and `currency`. */
export function formatters(locale: string, currency: string): Formatters {
  const money = exact(new Intl.NumberFormat(locale, { style: "currency", currency }));
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const periods = new Map<string, Intl.NumberFormat>();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  return {
    money,
    percent(fraction, minDigits) {
      const digits = Math.max(minDigits, scaleOf(fraction) - 2, 0);
      const nf = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: Math.min(digits, 20) });
      return exact(nf)(fraction);
    },
    count: (n) => count.format(n),
    period(n, unit) {
      let nf = periods.get(unit);
      if (!nf) periods.set(unit, (nf = new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" })));
      return nf.format(n);
    },
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
  };
}
