// The shape of a SECCI catalog: every wording of the form with the legal text it
// comes from beside it, or, where lendkit could not source the wording in that
// language, an explicit `text: null` with a note saying so. Such a wording is
// never translated by lendkit: the merchant supplies it (`secci(quote, {
// messages })`), and until then the sheet shows the sourced English wording
// of the directive, marked `lang="en"` and listed in `Secci.unsourced`.

/** A sourced wording. `{name}` placeholders are filled with formatted values. */
export interface Wording {
  text: string;
  /** The document and the place in it (article, annex, part) the wording comes from. */
  source: string;
}

/** A wording lendkit could not source in this language. */
export interface Unsourced {
  text: null;
  /** Why, and what was looked for. */
  note: string;
}

export type CatalogEntry = Wording | Unsourced;

/**
 * A catalog whose legal wordings are all unsourced (with `note`) and whose
 * interface words are `ui`. Used where the directive's language version of
 * Annex I could not be read: see each catalog's header.
 */
export function legalUnsourced<K extends string>(
  keys: readonly K[],
  note: string,
  ui: { [P in K as P extends `ui.${string}` ? P : never]: string },
): Record<K, CatalogEntry> {
  const out = {} as Record<K, CatalogEntry>;
  const uiTexts = ui as Record<string, string>;
  for (const k of keys) {
    const t = uiTexts[k];
    out[k] = k.startsWith("ui.") && t !== undefined ? { text: t, source: "lendkit interface text (not a legal text)" } : { text: null, note };
  }
  return out;
}
