// The interface words of <lendkit-checkout>'s plan step in market mode (a
// `market` attribute): headings, buttons, the plans' default names. These are
// lendkit's own interface text, not legal wordings: every legal term the
// checkout shows in market mode (APR, borrowing rate, total amount payable...)
// comes from the advertising catalogs (sdk/legal/catalogs/) with its source,
// and every number and duration from Intl (CLDR's unit names: "12 meses",
// "12 kuukautta", "12 måneder").
//
// Spanish and Swedish are lendkit's own interface wordings. Finnish, Norwegian
// bokmål and Danish have none yet: `translated: false`, the English words are
// shown (marked with the element's lang="en" by the component) until a
// merchant passes its own in `interfaceText`; lendkit does not machine-translate.

/** The interface words of the plan step. `{plan}`, `{currency}` are filled in. */
export interface CheckoutText {
  title: string;
  /** The amount field's label: `{currency}` is the ISO 4217 code. */
  amount: string;
  term: string;
  choosePlan: string;
  noPlan: string;
  /** The primary button: `{plan}` is the plan's name. */
  continueWith: string;
  showSchedule: string;
  hideSchedule: string;
  /** Default names of the programs (a merchant's `programLabels` win). */
  programs: Readonly<Record<string, string>>;
}

/** A language's interface words, and whether they are in that language. */
export interface CheckoutTextEntry {
  /** The BCP 47 language of `text` (`en` where the locale has no interface words yet). */
  readonly lang: string;
  /** `false`: the locale has no interface words of lendkit's yet; the English ones stand in. */
  readonly translated: boolean;
  readonly note?: string;
  readonly text: CheckoutText;
}

const EN: CheckoutText = {
  title: "Pay in instalments",
  amount: "Amount to finance ({currency})",
  term: "Term",
  choosePlan: "Choose a plan",
  noPlan: "No plan is available for this amount and term.",
  continueWith: "Continue with {plan}",
  showSchedule: "Show repayment schedule",
  hideSchedule: "Hide repayment schedule",
  programs: { zero_program: "Interest-free", free_program: "Flexible" },
};

const ES: CheckoutText = {
  title: "Paga a plazos",
  amount: "Importe a financiar ({currency})",
  term: "Plazo",
  choosePlan: "Elige un plan",
  noPlan: "No hay ningún plan para este importe y plazo.",
  continueWith: "Continuar con {plan}",
  showSchedule: "Ver el cuadro de amortización",
  hideSchedule: "Ocultar el cuadro de amortización",
  programs: { zero_program: "Sin intereses", free_program: "Flexible" },
};

const SV: CheckoutText = {
  title: "Betala på avbetalning",
  amount: "Belopp att finansiera ({currency})",
  term: "Löptid",
  choosePlan: "Välj en plan",
  noPlan: "Det finns ingen plan för det här beloppet och den här löptiden.",
  continueWith: "Fortsätt med {plan}",
  showSchedule: "Visa återbetalningsplan",
  hideSchedule: "Dölj återbetalningsplan",
  programs: { zero_program: "Räntefritt", free_program: "Flexibel" },
};

const UNTRANSLATED = "no interface wording of lendkit's in this language yet: English stands in; pass your own in interfaceText";

const TABLE: Readonly<Record<string, CheckoutTextEntry>> = {
  en: { lang: "en", translated: true, text: EN },
  es: { lang: "es", translated: true, text: ES },
  sv: { lang: "sv", translated: true, text: SV },
  fi: { lang: "en", translated: false, note: UNTRANSLATED, text: EN },
  nb: { lang: "en", translated: false, note: UNTRANSLATED, text: EN },
  no: { lang: "en", translated: false, note: UNTRANSLATED, text: EN },
  da: { lang: "en", translated: false, note: UNTRANSLATED, text: EN },
};

/** The interface words for a BCP 47 primary language (`es`); English for any other. */
export function checkoutText(language: string): CheckoutTextEntry {
  return TABLE[language] ?? { lang: "en", translated: language === "en", ...(language === "en" ? {} : { note: UNTRANSLATED }), text: EN };
}
