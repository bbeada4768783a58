// The shape of a locale's message catalog (sdk/legal/catalogs/<id>.ts): every
// legal wording with its source beside it, or an explicit `unsourced` marker
// where none could be sourced. lendkit never translates a legal text itself:
// an unsourced wording is left out of what is shown until the merchant
// supplies one (`messages`).
import type { CatalogId } from "./markets.js";

/** Where a wording comes from. */
export interface Source {
  /** The legal text or official document (`Directive (EU) 2023/2225, Spanish language version`). */
  readonly document: string;
  /** Its article, paragraph or section (`Art. 8(1)`). */
  readonly article: string;
  /** Where it was read, when it was read from a copy reachable online. */
  readonly url?: string;
  /**
   * `true` when the wording was checked word for word against the cited text
   * (or a copy of it) while writing this catalog; `false` when it is taken
   * from a secondary summary or the project's notes and still has to be
   * checked against the primary text. A merchant's compliance review should
   * start with the `false` ones.
   */
  readonly verified: boolean;
  /** What the reader should know (an inflection changed, a summary quoted). */
  readonly note?: string;
}

/** A legal wording with its source. */
export interface SourcedWording {
  readonly text: string;
  readonly source: Source;
}

/** No wording could be sourced: the merchant must supply one (`messages`). */
export interface UnsourcedWording {
  readonly unsourced: true;
  /** Why, and where it should come from. */
  readonly reason: string;
}

export type Wording = SourcedWording | UnsourcedWording;

/** The keys of the representative example's items, in the order they are shown. */
export type ItemKey =
  | "borrowingRate"
  | "totalAmountOfCredit"
  | "apr"
  | "duration"
  | "totalAmountPayable"
  | "instalment"
  | "cashPrice"
  | "advancePayment";

/** The item keys in order (Art. 8(3) CCD2 / CONC 3.5.5R items, as the issue orders them). */
export const ITEM_KEYS: readonly ItemKey[] = Object.freeze([
  "borrowingRate",
  "totalAmountOfCredit",
  "apr",
  "duration",
  "totalAmountPayable",
  "instalment",
  "cashPrice",
  "advancePayment",
]);

/** A locale's message catalog. */
export interface Catalog {
  /** Its id (`es-ES`, `en` for the directive's English version). */
  readonly id: CatalogId;
  /** The BCP 47 primary language (`es`). */
  readonly language: string;
  /**
   * The CCD2 Art. 8(1) warning in this language version of the directive
   * (used in every CCD2 market shown in this language)...
   */
  readonly warning: Wording;
  /** ...unless a market's own rule sets another wording (Sweden: KOVFS 2025:1). */
  readonly marketWarnings?: Readonly<Record<string, Wording>>;
  /** The heading of the representative example. */
  readonly heading: Wording;
  /**
   * The legal term of each item. `borrowingRate` names a fixed borrowing rate
   * (lendkit quotes fixed rates), with the word for "fixed" where it could be
   * sourced.
   */
  readonly labels: Readonly<Record<ItemKey, Wording>>;
}

/** A merchant's override of any text (e.g. a wording its lawyers approved). */
export interface Messages {
  /** The warning (CCD2 Art. 8(1)); an empty string is not a wording and is ignored. */
  readonly warning?: string;
  /** The heading of the representative example. */
  readonly heading?: string;
  /** The items' labels. */
  readonly labels?: Readonly<Partial<Record<ItemKey, string>>>;
}

/** Whether a wording has a text. */
export function isSourced(w: Wording | undefined): w is SourcedWording {
  return w !== undefined && "text" in w;
}
