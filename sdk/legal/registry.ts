// Which catalogs this page has. A catalog is plain data in its own module
// (sdk/legal/catalogs/<id>.ts, published as `lendkit/locales/<id>`), so a
// bundler ships only the ones a page imports: a page loads its locale with
// `loadCatalog(id)` (one dynamic import per locale, each its own chunk) or
// imports `lendkit/locales/<id>` and passes it to `registerCatalog` or
// `advertisement(quote, { catalog })`. The Node entry registers them all.
import type { Catalog } from "./catalog.js";
import type { CatalogId } from "./markets.js";

const registered = new Map<string, Catalog>();

/** Makes a catalog available to `advertisement` and `disclosure` (replaces one of the same id). */
export function registerCatalog(catalog: Catalog): void {
  registered.set(catalog.id, catalog);
}

/** The registered catalog of an id, if any. */
export function registeredCatalog(id: string): Catalog | undefined {
  return registered.get(id);
}

/**
 * Loads and registers the catalog of an id with a dynamic import: bundlers
 * (Vite, webpack, esbuild, Rollup) split each locale into its own chunk, so a
 * page fetches its locale only.
 *
 * @example
 * const { catalog } = resolveMarketLocale("SE");
 * await loadCatalog(catalog);
 * advertisement(quote, { market: "SE" });
 */
export async function loadCatalog(id: CatalogId): Promise<Catalog> {
  const have = registered.get(id);
  if (have) return have;
  let mod: { catalog: Catalog };
  switch (id) {
    case "es-ES":
      mod = await import("./catalogs/es-ES.js");
      break;
    case "sv-SE":
      mod = await import("./catalogs/sv-SE.js");
      break;
    case "fi-FI":
      mod = await import("./catalogs/fi-FI.js");
      break;
    case "nb-NO":
      mod = await import("./catalogs/nb-NO.js");
      break;
    case "da-DK":
      mod = await import("./catalogs/da-DK.js");
      break;
    case "en-GB":
      mod = await import("./catalogs/en-GB.js");
      break;
    case "en":
      mod = await import("./catalogs/en.js");
      break;
    default:
      throw new RangeError(`no catalog ${String(id)}`);
  }
  registerCatalog(mod.catalog);
  return mod.catalog;
}
