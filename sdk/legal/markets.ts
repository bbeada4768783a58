// Markets: which rules apply to credit shown to a shopper in a country, in
// which languages, with which currency. Generic on purpose: the advertising
// (./advertisement.ts) and the pre-contract work (SECCI) both start from
// `resolveMarketLocale(market, locale)`.
//
// - `ccd2`: Directive (EU) 2023/2225, applied by every EU Member State from
//   20 November 2026 (Art. 48).
// - `conc`: the United Kingdom, FCA Handbook CONC 3.5 (financial promotions).
// - `no-finansavtaleloven`: Norway (EEA), which has not implemented CCD2;
//   finansavtaleloven (2020) and finansavtaleforskriften apply.
import { lendkitError } from "../errors.js";

/** The rules applied: CCD2 in the EU, CONC 3.5 in the UK, finansavtaleloven in Norway. */
export type Regime = "ccd2" | "conc" | "no-finansavtaleloven";

/** A market lendkit knows. */
export interface Market {
  /** ISO 3166-1 alpha-2 (`ES`, `SE`, `GB`...). */
  readonly code: string;
  /** The rules that apply there. */
  readonly regime: Regime;
  /** The BCP 47 locale used when none is given (`es-ES`; `en-DE` for an EU market without its own catalog). */
  readonly defaultLocale: string;
  /** The languages (BCP 47 primary subtags) lendkit can show there, the first the default. */
  readonly languages: readonly string[];
  /** The ISO 4217 currencies credit is expected in there (the first the national one). */
  readonly currencies: readonly string[];
  /** Whether lendkit has a catalog in the market's own language (otherwise the directive's English wording is the fallback). */
  readonly ownLanguage: boolean;
}

const m = (code: string, regime: Regime, defaultLocale: string, languages: string[], currencies: string[], ownLanguage = true): Market =>
  Object.freeze({ code, regime, defaultLocale, languages: Object.freeze(languages), currencies: Object.freeze(currencies), ownLanguage });

// The EU Member States that use the euro on 20 November 2026 (Bulgaria since
// 1 January 2026), and the others with their currency.
const EURO = ["AT", "BE", "BG", "CY", "DE", "EE", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK"];
const OTHER_EU: Record<string, string> = { CZ: "CZK", HU: "HUF", PL: "PLN", RO: "RON" };

const table: Record<string, Market> = {
  ES: m("ES", "ccd2", "es-ES", ["es"], ["EUR"]),
  SE: m("SE", "ccd2", "sv-SE", ["sv"], ["SEK"]),
  FI: m("FI", "ccd2", "fi-FI", ["fi", "sv"], ["EUR"]),
  DK: m("DK", "ccd2", "da-DK", ["da"], ["DKK"]),
  NO: m("NO", "no-finansavtaleloven", "nb-NO", ["nb", "no"], ["NOK"]),
  GB: m("GB", "conc", "en-GB", ["en"], ["GBP"]),
};
for (const code of EURO) table[code] = m(code, "ccd2", `en-${code}`, ["en"], ["EUR"], false);
for (const [code, currency] of Object.entries(OTHER_EU)) table[code] = m(code, "ccd2", `en-${code}`, ["en"], [currency], false);

/** Every market lendkit knows, by ISO 3166-1 alpha-2 code. */
export const MARKETS: Readonly<Record<string, Market>> = Object.freeze(table);

/** The market for a code (`"ES"`, case-insensitive), or `undefined`. */
export function marketOf(code: string): Market | undefined {
  return Object.prototype.hasOwnProperty.call(MARKETS, code.toUpperCase()) ? MARKETS[code.toUpperCase()] : undefined;
}

/** A market and the locale to show it in, checked. */
export interface MarketLocale {
  readonly market: Market;
  /** The canonical BCP 47 locale (`Intl.getCanonicalLocales`), e.g. `sv-FI`. */
  readonly locale: string;
  /** Its primary language subtag (`sv`). */
  readonly language: string;
  /**
   * The message catalog that serves it: `es-ES`, `sv-SE`, `fi-FI`, `nb-NO`,
   * `da-DK`, `en-GB` (CONC) or `en` (the directive's English version).
   */
  readonly catalog: CatalogId;
}

/** The locale catalogs lendkit ships (sdk/legal/catalogs/<id>.ts, `lendkit/locales/<id>`). */
export type CatalogId = "es-ES" | "sv-SE" | "fi-FI" | "nb-NO" | "da-DK" | "en-GB" | "en";

/** Every catalog id. */
export const CATALOG_IDS: readonly CatalogId[] = Object.freeze(["es-ES", "sv-SE", "fi-FI", "nb-NO", "da-DK", "en-GB", "en"]);

const BY_LANGUAGE: Record<string, CatalogId> = { es: "es-ES", sv: "sv-SE", fi: "fi-FI", nb: "nb-NO", no: "nb-NO", da: "da-DK", en: "en" };

/**
 * The market for `market`, checked: an ISO 3166-1 alpha-2 code lendkit knows.
 * `resolveMarketLocale` starts from it; so does `secci` (which has catalogs of
 * its own and so checks the locale's language itself).
 *
 * @throws LendkitError `invalid_input`: `unsupported_market` at `market`.
 */
export function checkMarket(market: unknown, path = ""): Market {
  const found = typeof market === "string" ? marketOf(market) : undefined;
  if (!found) {
    throw lendkitError([
      {
        path: `${path}market`,
        code: "unsupported_market",
        message: `${JSON.stringify(market)}: a market is an ISO 3166-1 alpha-2 code lendkit knows (${Object.keys(MARKETS).sort().join(", ")})`,
      },
    ]);
  }
  return found;
}

/**
 * `locale` as a canonical BCP 47 tag (`Intl.getCanonicalLocales`), or
 * `fallback` when none is given (`undefined`, `null` or `""`).
 *
 * @throws LendkitError `invalid_input`: `invalid_locale` at `locale`.
 */
export function canonicalLocale(locale: unknown, fallback: string, path = ""): string {
  if (locale === undefined || locale === null || locale === "") return fallback;
  let canonical: string | undefined;
  try {
    canonical = typeof locale === "string" ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  if (!canonical) throw lendkitError([{ path: `${path}locale`, code: "invalid_locale", message: `${JSON.stringify(locale)} is not a BCP 47 language tag` }]);
  return canonical;
}

/**
 * Checks a market code and an optional locale (default: the market's) and says
 * which catalog serves them. The locale's language must be one lendkit can
 * show in that market (Spanish in ES; Finnish or Swedish in FI; English in the
 * UK and, as the directive's English wording, in EU markets without a catalog
 * of their own).
 *
 * @example
 * resolveMarketLocale("FI")            // { market: FI, locale: "fi-FI", language: "fi", catalog: "fi-FI" }
 * resolveMarketLocale("FI", "sv-FI")   // catalog "sv-SE"
 *
 * @throws LendkitError `invalid_input`: `unsupported_market` at `market`,
 *   `invalid_locale` or `unsupported_locale` at `locale`.
 */
export function resolveMarketLocale(market: unknown, locale?: unknown, path = ""): MarketLocale {
  const found = checkMarket(market, path);
  const tag = canonicalLocale(locale, found.defaultLocale, path);
  const language = tag.split("-")[0]!.toLowerCase();
  if (!found.languages.includes(language)) {
    throw lendkitError([
      {
        path: `${path}locale`,
        code: "unsupported_locale",
        message: `${tag}: lendkit shows credit in ${found.code} in ${found.languages.join(", ")} only`,
      },
    ]);
  }
  const catalog: CatalogId = language === "en" && found.code === "GB" ? "en-GB" : BY_LANGUAGE[language]!;
  return Object.freeze({ market: found, locale: tag, language, catalog });
}
