// `disclosure(quote, locale)`: the representative example as text. Spanish,
// English and Swedish keep the wasm core's wording (src/pricing/disclosure.rs,
// unchanged); every other locale lendkit has a catalog for (fi, nb, da) is the
// text of `advertisement` in the locale's home market, from its catalog.
import { lendkitError } from "../errors.js";
import type { Quote } from "../wasm/lendkit.js";
import { disclosure as coreDisclosure } from "../wasm/lendkit.js";
import { advertisement } from "./advertisement.js";

const HOME: Record<string, string> = { fi: "FI", nb: "NO", no: "NO", da: "DK" };

/**
 * The representative example for a quote in `locale`: `es`, `en`, `sv` (the
 * core's text), `fi`, `nb`, `da` (the advertisement's text in FI, NO, DK;
 * its catalog must be registered: the Node entry registers all, a page
 * `await loadCatalog(...)` first), or a tag starting with one of them.
 *
 * @throws LendkitError `unsupported_locale` at `locale`; as `advertisement`
 *   for the other locales (`catalog_not_loaded`, `quote.*`).
 */
export function disclosure(quote: Quote, locale: string): string {
  const language = typeof locale === "string" ? locale.split(/[-_]/)[0]!.toLowerCase() : "";
  const market = HOME[language];
  if (market === undefined) return coreDisclosure(quote, locale);
  const ad = advertisement(quote, { market, locale: language === "no" ? "nb-NO" : locale.replace("_", "-") });
  if (ad.text === "") {
    throw lendkitError([{ path: "locale", code: "unsourced_wording", message: `${locale}: no sourced wording for the example (${ad.unsourced.join(", ")}); use advertisement() with messages` }]);
  }
  return ad.text;
}
