// Numbers shown to people, in the shopper's locale, through Intl.NumberFormat
// only. Money and rates arrive as decimal strings and are passed to
// `format()` as strings: Intl formats a string as the exact decimal it spells
// (ECMA-402 "Intl.NumberFormat v3"), so no cent is lost in a JS number.

/** A decimal string as lendkit writes money and rates: `"5000"`, `"-12.5"`, `"0.091"`. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Whether `value` is a decimal string (`"4999.95"`; no exponent, no spaces, no grouping). */
export function isDecimalString(value: unknown): value is string {
  return typeof value === "string" && value.length <= 40 && DECIMAL.test(value);
}

/** Digits after the point of a decimal string (`"9.10"` → 2). */
export function scaleOf(value: string): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.length - dot - 1;
}

/**
 * Moves a decimal string's point `places` to the right, exactly (a fraction
 * to percent: `shiftDecimal("0.091", 2)` is `"9.1"`), or to the left when
 * `places` is negative (percent to a fraction: `shiftDecimal("9.5", -2)` is
 * `"0.095"`). Trailing zeros of the fraction part are kept as far as the
 * input had them.
 */
export function shiftDecimal(value: string, places: number): string {
  const negative = value.startsWith("-");
  const body = negative ? value.slice(1) : value;
  const [rawInt = "0", rawFrac = ""] = body.split(".");
  let int = rawInt;
  let frac = rawFrac;
  if (places < 0) {
    // Move the digits of the integer part over to the fraction, then the point.
    const padded = int.padStart(-places + 1, "0");
    frac = padded.slice(padded.length + places) + frac;
    int = padded.slice(0, padded.length + places);
    places = 0;
  }
  const digits = int + frac.padEnd(places, "0");
  const point = int.length + places;
  let whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point);
  if (whole === "") whole = "0";
  return (negative ? "-" : "") + whole + (rest ? `.${rest}` : "");
}

/** The formatters of one locale and currency. */
export interface Formatters {
  /** The BCP 47 locale they format in. */
  readonly locale: string;
  /** The ISO 4217 currency of `money`. */
  readonly currency: string;
  /** An amount of `currency`, with the currency's minor digits (`5609,15 €` in es-ES). */
  money(value: string): string;
  /**
   * A rate given in percent (`"9.5"` → `9,5 %` in es-ES, `9.5%` in en-GB), with
   * at least `minDecimals` decimals and as many as the value has.
   */
  percent(percent: string, minDecimals?: number): string;
  /** A whole number (`30`, `1 200`). */
  integer(value: number): string;
  /** A duration, as Intl's long unit format (`30 meses`, `30 kuukautta`, `2 years`). */
  duration(value: number, unit: DurationUnit): string;
  /** A calendar date given as ISO 8601 (`"2026-12-02"`), in the locale's long form (`2 de diciembre de 2026`). */
  date(iso: string): string;
}

/** The units `Formatters.duration` writes. */
export type DurationUnit = "day" | "week" | "month" | "year";

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(id, f);
  }
  return f;
}

const dates = new Map<string, Intl.DateTimeFormat>();
/** The locale's long date, read in UTC (an ISO date names a day, not an instant). */
function longDate(locale: string): Intl.DateTimeFormat {
  let f = dates.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    dates.set(locale, f);
  }
  return f;
}

// `format` takes a string in every engine lendkit supports (Chrome 106,
// Firefox 116, Safari 15.4, Node 19); the types of older TypeScript libs say
// number only.
type Formattable = (value: string | number) => string;
const fmt = (f: Intl.NumberFormat, value: string | number): string => (f.format as unknown as Formattable)(value);

/**
 * The formatters for `locale` and `currency`. Intl instances are cached per
 * locale and options.
 *
 * @example
 * formatters("fi-FI", "EUR").money("5609.15")   // "5 609,15 €"
 * formatters("sv-SE", "SEK").money("95609.15")  // "95 609,15 kr"
 * formatters("es-ES", "EUR").percent("9.5")     // "9,5 %"
 */
export function formatters(locale: string, currency: string): Formatters {
  return {
    locale,
    currency,
    money: (value) => fmt(nf(locale, `money:${currency}`, { style: "currency", currency }), value),
    percent: (percent, minDecimals = 0) => {
      const digits = Math.min(20, Math.max(minDecimals, scaleOf(percent)));
      return fmt(nf(locale, `percent:${digits}`, { style: "unit", unit: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }), percent);
    },
    integer: (value) => fmt(nf(locale, "integer", { maximumFractionDigits: 0 }), value),
    duration: (value, unit) => fmt(nf(locale, `duration:${unit}`, { style: "unit", unit, unitDisplay: "long" }), value),
    date: (iso) => longDate(locale).format(new Date(`${iso}T00:00:00Z`)),
  };
}

/** A wording's `{name}` placeholders filled with (already formatted) `values`; an unknown name is left as written. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
}
