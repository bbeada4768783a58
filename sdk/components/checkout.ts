// <lendkit-checkout>: the financing flow of a merchant checkout.
//
// 1. The plan: amount and term, every available program side by side
//    (`loanConditions` says which programs the table offers for the amount and
//    term; `simulate` with the `nemuru` profile gives each one's instalment,
//    TAE, total interest and total payable), the schedule on demand with its
//    chart, and the representative example (`disclosure`) in es, en or sv.
// 2. The borrower: live field-level validation with `validateEmail`,
//    `validatePhone`, `validateIdentityNumber` and
//    `validateRequest("nemuru.createLoan", ...)`, the same rules the lender applies.
// 3. The loan: `NemuruClient.createLoan`, then the loan's steps as they happen
//    (polled with `getLoan`) until a final step, and cancel.
//
// One application per basket: the loan id (a UUID, Nemuru's client-chosen id)
// is chosen on the first send and kept until the application ends, so a second
// send (a retry, a double click, the dialog reopened) is the same request, and
// reopening shows the application instead of the plan. With a `basket`
// attribute it is kept in sessionStorage under that key, so a reload finds it.
// `newApplication()` is the explicit way to start another.
//
// Nothing is priced or validated here: every figure and every message comes
// from lendkit. Re-pricing is batched to one per animation frame.
import {
  advertisement,
  disclosure,
  formatters,
  isLendkitClientError,
  isLendkitError,
  isLendkitValidationError,
  loanConditions,
  resolveMarketLocale,
  secci,
  simulate,
  validateEmail,
  validateIdentityNumber,
  validatePhone,
  validateRequest,
} from "../index.js";
import type { FieldCheck, LoanConditions, Messages, NemuruClient, NemuruLoanResponse, PricingProgram, PricingTable, Quote, RequestContext, ValidationIssue } from "../index.js";
import type { Secci, SecciOptions } from "../index.js";
import { ADVERTISING_CSS, AdvertisementView } from "./advertising.js";
import { ElementBase } from "./base.js";
import { CHART_CSS, scheduleChart } from "./chart.js";
import { fillTemplate } from "../legal/format.js";
import { checkoutText, type CheckoutText, type CheckoutTextEntry } from "./checkout-text.js";
import { BASE, sheet } from "./styles.js";

type Locale = "es" | "en" | "sv";
/** A key of the interface words, or one status's description (`steps.status_initial`). */
type TextKey = Exclude<keyof CheckoutText, "programs" | "steps" | "fieldMessages"> | `steps.${string}`;

/** Market mode's locale, interface words and Intl formatters. */
interface MarketUi {
  locale: string;
  entry: CheckoutTextEntry;
  f: ReturnType<typeof formatters>;
}

/** One program's offer for the current amount and term. */
export interface PlanOption {
  program: string;
  label: string;
  conditions: LoanConditions;
  quote: Quote;
}

/** Detail of `lendkit-plan-change`. */
export interface PlanChangeDetail {
  amount: string;
  term: number;
  selected: PlanOption | undefined;
  options: PlanOption[];
}

/** lendkit's English descriptions of Nemuru's statuses, in the loan's order (checkout-text.ts). */
const STEP_LABELS: Readonly<Record<string, string>> = checkoutText("en").text.steps;
/** Steps after which nothing happens by itself (polling stops). */
const FINAL = ["status_desisted", "status_denied", "status_expired", "status_cancelled", "status_cancelled_test", "status_ended"];
/** Steps from which the application can still be cancelled. */
const CANCELLABLE = [
  "status_initial",
  "status_opened",
  "status_kyc_set",
  "status_income_set",
  "status_professional_details_set",
  "status_risk_set",
  "status_analysing",
  "status_lender_has_been_selected",
  "status_contract_sent",
  "status_contract_signed",
];

const FIELDS = [
  { name: "first_name", key: "firstName", label: "First name", type: "text", autocomplete: "given-name", path: "borrower.first_name" },
  { name: "last_name", key: "lastName", label: "Last name", type: "text", autocomplete: "family-name", path: "borrower.last_name" },
  { name: "email", key: "email", label: "Email", type: "email", autocomplete: "email", path: "borrower.email" },
  { name: "phone_number", key: "phone", label: "Mobile phone", type: "tel", autocomplete: "tel", path: "borrower.phone_number", hint: "Numbers without a + country code are read as numbers in Spain." },
  { name: "document", key: "document", label: "DNI or NIE", type: "text", autocomplete: "off", path: "document", hint: "Checked here only; the lender verifies it during onboarding." },
] as const;
type FieldName = (typeof FIELDS)[number]["name"];

/** The basket's application: its loan id, and whether the lender has it (`sent`) or it has ended. */
interface Application {
  id: string;
  /** `pending`: sent without an answer (or refused); `sent`: the lender has it; `ended`: a final step. */
  state: "pending" | "sent" | "ended";
}
const STORE_PREFIX = "lendkit-checkout:application:";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How long an announcement waits for the next change (typing, arrow keys on the term) before it is spoken. */
const ANNOUNCE_MS = 700;

const CSS = `
:host { display: block; }
h2 { font-size: 1.25rem; margin: 0 0 0.75rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
.controls { display: grid; grid-template-columns: 1fr; gap: 0 1rem; }
@media (min-width: 36rem) { .controls { grid-template-columns: 1fr 1fr; } }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend { font-weight: 600; padding: 0; margin-bottom: 0.4rem; }
.cards { display: grid; grid-template-columns: 1fr; gap: 0.6rem; }
@media (min-width: 36rem) { .cards { grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); } }
.card { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0.1rem 0.6rem; align-items: start; padding: 0.8rem 0.9rem; margin: 0;
  border: 1px solid var(--lk-line); border-radius: var(--lk-radius); background: var(--lk-surface); color: var(--lk-text); font-weight: 400; cursor: pointer;
  min-width: 0; min-height: 2.75rem; }
.card:has(input:checked) { border-color: var(--lk-accent); box-shadow: 0 0 0 1px var(--lk-accent); background: var(--lk-selected); }
.card input { width: 1.15rem; height: 1.15rem; min-height: 0; margin: 0.2rem 0 0; accent-color: var(--lk-accent); grid-row: span 3; }
.card .name { font-weight: 600; }
.card .inst { font-size: 1.2rem; font-weight: 700; }
.card .meta { color: var(--lk-muted); font-size: 0.875rem; }
/* Market mode: the card's APR never less prominent than a rate of the advertisement (CCD2 Art. 8, checkAdvertisement). */
.card .meta.apr { color: var(--lk-text); font-size: 1rem; font-weight: 700; }
.none { color: var(--lk-muted); margin: 0; }
.summary { margin: 1rem 0 0; padding: 0.9rem; background: var(--lk-soft); border-radius: var(--lk-radius); }
.summary dl { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0.35rem 1rem; margin: 0; }
.summary dt { color: var(--lk-muted); }
.summary dd { margin: 0; text-align: right; font-weight: 600; }
.summary dl[hidden] { display: none; }
.summary .big { font-size: 1.35rem; }
/* Narrow box or large text: each figure under its name, nothing squeezed to a letter a line. */
.summary { container-type: inline-size; }
@container (max-width: 16rem) { .summary dl { grid-template-columns: minmax(0, 1fr); gap: 0 1rem; } .summary dd { text-align: start; margin-bottom: 0.35rem; } }
.schedule-wrap { margin-top: 0.5rem; }
.table-scroll { max-height: 18rem; overflow: auto; border: 1px solid var(--lk-line); border-radius: 0.45rem; margin-top: 0.75rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
th, td { padding: 0.35rem 0.6rem; text-align: right; border-bottom: 1px solid var(--lk-line); white-space: nowrap; }
thead th { position: sticky; top: 0; background: var(--lk-soft); }
.disclosure { margin-top: 1.25rem; border-top: 1px solid var(--lk-line); padding-top: 0.75rem; }
.langs { display: inline-flex; flex-wrap: wrap; gap: 0.25rem; margin-bottom: 0.5rem; }
.langs button { min-height: 2.75rem; min-width: 2.75rem; padding: 0.3rem 0.6rem; border: 1px solid var(--lk-line); background: var(--lk-surface); color: var(--lk-text); }
.langs button[aria-pressed="true"] { background: var(--lk-pressed); color: var(--lk-pressed-ink); border-color: var(--lk-pressed); font-weight: 700; }
.disclosure-text { font-size: 0.875rem; color: var(--lk-muted); margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 0.6rem; margin-top: 1.25rem; }
.actions .primary { flex: 1 1 12rem; }
.form-grid { display: grid; grid-template-columns: 1fr; gap: 0 1rem; }
@media (min-width: 36rem) { .form-grid { grid-template-columns: 1fr 1fr; } .form-grid .wide { grid-column: 1 / -1; } }
.recap { margin: 0 0 1rem; color: var(--lk-muted); }
.secci { margin: 0 0 1rem; border: 1px solid var(--lk-line); border-radius: var(--lk-radius); padding: 0 0.9rem; }
.secci[hidden] { display: none; }
.secci summary { min-height: 2.75rem; display: flex; align-items: center; cursor: pointer; font-weight: 600; }
.banner { padding: 0.7rem 0.9rem; border-radius: var(--lk-radius); margin: 0.75rem 0; }
.banner.bad { background: var(--lk-error-soft); color: var(--lk-error); }
.banner.note { background: var(--lk-soft); border-left: 4px solid var(--lk-accent); }
.banner:empty, .banner[hidden] { display: none; }
/* Room for one line of message under each field, so a message appearing or
   going does not move what is below it under the shopper's finger. */
#step-borrower .field .error, #amount-error { display: block; min-height: 1.6em; }
.error-summary { border: 2px solid var(--lk-error); border-radius: var(--lk-radius); padding: 0.7rem 0.9rem; margin: 0 0 1rem; }
.error-summary:empty { border: 0; padding: 0; margin: 0; }
.error-summary h3 { margin: 0 0 0.25rem; color: var(--lk-error); }
.error-summary ul { margin: 0; padding-left: 1.1rem; }
.error-summary button.link { display: block; }
.status-line { font-size: 1.05rem; }
.status-line strong { color: var(--lk-ok); }
.status-line.final-bad strong { color: var(--lk-error); }
ol.steps { list-style: none; margin: 0.75rem 0; padding: 0; border-left: 2px solid var(--lk-line); }
ol.steps li { position: relative; padding: 0.2rem 0 0.45rem 1rem; }
ol.steps li::before { content: ""; position: absolute; left: -0.45rem; top: 0.55rem; width: 0.8rem; height: 0.8rem; border-radius: 50%; background: var(--lk-ok); }
ol.steps li.bad::before { background: var(--lk-error); }
ol.steps .code { color: var(--lk-muted); font-size: 0.8rem; font-family: ui-monospace, monospace; }
.mono { font-family: ui-monospace, monospace; font-size: 0.85rem; word-break: break-all; }
.status-line:focus { outline: 3px solid var(--lk-accent); outline-offset: 2px; }
/* Forced colours: backgrounds and shadows are dropped, so every state gets a
   border, a system colour or a mark of its own. */
@media (forced-colors: active) {
  .card { border: 1px solid CanvasText; }
  .card:has(input:checked) { border: 3px solid Highlight; }
  .langs button { border: 1px solid ButtonText; }
  .langs button[aria-pressed="true"] { forced-color-adjust: none; background: Highlight; color: HighlightText; border: 3px solid CanvasText; }
  ol.steps li::before { forced-color-adjust: none; background: CanvasText; }
  ol.steps li.bad::before { background: Canvas; border: 2px solid CanvasText; }
  .banner, .error-summary { border: 1px solid CanvasText; }
}
`;

export class LendkitCheckoutElement extends ElementBase {
  static observedAttributes = ["amount", "term", "locale", "asset-value", "basket", "market"];

  #pricing: PricingTable | undefined;
  #client: NemuruClient | undefined;
  #agent: RequestContext["agent"] | undefined;
  #labels: Record<string, string> = { zero_program: "Interest-free", free_program: "Flexible" };
  /** The program names the merchant set (`programLabels`): they win over the locale's defaults in market mode. */
  #merchantLabels: Record<string, string> = {};
  /** The merchant's interface words for market mode (`interfaceText`). */
  #interfaceText: Partial<CheckoutText> = {};
  #secciOptions: Omit<SecciOptions, "market" | "locale"> | undefined;
  #program = "";
  #locale: Locale = "en";
  #frame = 0;
  #options: PlanOption[] = [];
  #scheduleOpen = false;
  #touched = new Set<FieldName>();
  #loan: NemuruLoanResponse["payload"] | undefined;
  #loanId = "";
  #steps: string[] = [];
  #poll = 0;
  #pollMs = 2000;
  #application: Application | undefined;
  #sending = false;
  #country = "ES";
  #announceTimer = 0;
  #announced = "";
  /** Field messages as last announced, so leaving a field repeats nothing. */
  #spoken = new Map<FieldName, string>();
  /** When a pointer last went down in the component (a tap's focus change waits for its click). */
  #pointerAt = -Infinity;
  #afterTap: (() => void) | undefined;
  readonly #root: ShadowRoot;
  // The market's legal advertisement of the selected plan (`market` attribute; ./advertising.ts).
  readonly #ad: AdvertisementView;
  #messages: Messages | undefined;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.adoptedStyleSheets = [sheet("base", BASE), sheet("chart", CHART_CSS), sheet("checkout", CSS), sheet("advertising", ADVERTISING_CSS)];
    this.#root.innerHTML = TEMPLATE;
    // In market mode the advertisement's instalment is said in the checkout's
    // one live region (#live), in the locale's words; the block has none.
    this.#ad = new AdvertisementView(document, () => this.#schedule(), (text) => this.#announce(text));
    this.#q("#advertisement").append(this.#ad.element);
    this.#wire();
    this.#renderPhoneHint();
  }

  // ---- public API -------------------------------------------------------

  /** The merchant's pricing table (lendkit's `PricingTable`, e.g. the Nemuru agent's). */
  get pricing(): PricingTable | undefined {
    return this.#pricing;
  }
  set pricing(value: PricingTable | undefined) {
    this.#pricing = value;
    this.#fillTerms();
    this.#schedule();
  }
  /** The Nemuru client the loan is created with; without one the flow stops at the plan. */
  get client(): NemuruClient | undefined {
    return this.#client;
  }
  set client(value: NemuruClient | undefined) {
    this.#client = value;
    this.#q<HTMLButtonElement>("#continue").hidden = !value;
    this.#resume();
  }
  /**
   * The customer's country (ISO 3166-1 alpha-2, default `ES`): phone numbers
   * written without a `+` calling code are read as this country's and sent in
   * E.164 (`612 345 678` -> `+34612345678`).
   */
  get country(): string {
    return this.#country;
  }
  set country(value: string) {
    this.#country = value.trim().toUpperCase();
    this.#renderPhoneHint();
    if (this.#touched.has("phone_number")) this.#validate(false);
  }
  /** Nemuru's agent profile (`id`, `allowed_asset_types`), for `validateRequest`'s cross-field rules. */
  set agent(value: RequestContext["agent"] | undefined) {
    this.#agent = value;
  }
  /** Display names of the programs (`{ zero_program: "Interest-free" }`). */
  set programLabels(value: Record<string, string>) {
    this.#labels = { ...this.#labels, ...value };
    this.#merchantLabels = { ...this.#merchantLabels, ...value };
    this.#schedule();
  }
  /**
   * The merchant's interface words in market mode (title, buttons, the plans'
   * default names, labels, field messages, statuses; see `CheckoutText`), over
   * lendkit's own (en, es, sv, fi, nb, da; English stands in for any other
   * language). Legal terms are not here: they are the advertisement's (`messages`).
   */
  get interfaceText(): Partial<CheckoutText> {
    return this.#interfaceText;
  }
  set interfaceText(value: Partial<CheckoutText>) {
    this.#interfaceText = { ...value };
    this.#fillTerms();
    this.#renderLoan();
    this.#schedule();
  }
  /** What is being financed: Nemuru's `asset_type` and `asset.description`. */
  assetType = "home_improvement";
  assetDescription = "Purchase";
  /** How often the loan is polled for new steps, in ms. */
  set pollInterval(ms: number) {
    this.#pollMs = ms;
  }

  get amount(): string {
    return this.#q<HTMLInputElement>("#amount").value.trim();
  }
  set amount(value: string) {
    this.setAttribute("amount", value);
  }
  /** The plans for the current amount and term, as last priced. */
  get options(): readonly PlanOption[] {
    return this.#options;
  }
  /** The selected plan, as last priced. */
  get selected(): PlanOption | undefined {
    return this.#options.find((o) => o.program === this.#program);
  }
  /** The merchant's override of any text of the advertisement (`{ warning, heading, labels }`). */
  get messages(): Messages | undefined {
    return this.#messages;
  }
  set messages(value: Messages | undefined) {
    this.#messages = value;
    this.#schedule();
  }
  /**
   * The creditor's part of the pre-contract information (`secci()`'s options
   * without `market` and `locale`, which are the element's): in market mode the
   * borrower step shows the selected plan's SECCI before "Send application".
   */
  get secciOptions(): Omit<SecciOptions, "market" | "locale"> | undefined {
    return this.#secciOptions;
  }
  set secciOptions(value: Omit<SecciOptions, "market" | "locale"> | undefined) {
    this.#secciOptions = value;
  }
  /** The advertisement shown for the selected plan (with a `market` attribute). */
  get advertisement() {
    return this.#ad.advertisement;
  }

  /** The id of the loan created, once created. */
  get loanId(): string {
    return this.#loanId;
  }
  /** The basket's application loan id: chosen on the first send, kept until `newApplication()`. */
  get applicationId(): string {
    return this.#application?.id ?? "";
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === "amount" && value !== null) this.#q<HTMLInputElement>("#amount").value = value;
    if (name === "term" && value !== null) this.#q<HTMLSelectElement>("#term").value = value;
    if (name === "locale" && (value === "es" || value === "en" || value === "sv")) this.#locale = value;
    if (name === "basket" && _old !== value) this.#restore();
    if (name === "market" || name === "locale") this.#fillTerms();
    this.#schedule();
  }
  connectedCallback(): void {
    this.#schedule();
  }
  disconnectedCallback(): void {
    clearTimeout(this.#poll);
    this.#poll = 0;
    clearTimeout(this.#announceTimer);
  }

  /**
   * Shows where the basket's financing stands (e.g. when the page's dialog
   * reopens): the plan, or the basket's application once one was sent (its
   * steps, or the form again if its sending had no answer).
   */
  showPlan(): void {
    const a = this.#application;
    this.#show(!a ? "plan" : a.state === "pending" ? "borrower" : "loan");
  }

  /**
   * Starts a new application for this basket: forgets the current one (it is
   * not cancelled at the lender: call the client's `cancelLoan` for that) and
   * shows the plan; the next send gets a new loan id.
   */
  newApplication(): void {
    clearTimeout(this.#poll);
    this.#poll = 0;
    this.#application = undefined;
    this.#loan = undefined;
    this.#loanId = "";
    this.#steps = [];
    this.#save();
    this.#q("#pending-note").hidden = true;
    this.#q("#loan-note").hidden = true;
    setText(this.#q("#loan-error"), "");
    this.#show("plan");
  }

  /** Re-reads the loan now; resolves when its steps are shown. */
  async refresh(): Promise<void> {
    const client = this.#client;
    if (!client || !this.#loanId) return;
    const { payload } = await client.getLoan(this.#loanId);
    this.#loan = payload;
    if (this.#steps[this.#steps.length - 1] !== payload.status) {
      this.#steps.push(payload.status);
      // Spoken once per new step, never on a poll that found nothing new.
      const ui = this.#ui();
      this.#announce(fillTemplate(this.#text(ui).statusAnnounce, { status: this.#stepLabel(payload.status) }), 0, ui && this.#isEnglish(ui, "statusAnnounce") ? "en" : undefined);
      this.dispatchEvent(new CustomEvent("lendkit-loan-step", { bubbles: true, composed: true, detail: { id: this.#loanId, status: payload.status } }));
    }
    if (this.#application?.id === payload.id && this.#application.state !== "ended") {
      this.#application.state = FINAL.includes(payload.status) ? "ended" : "sent";
      this.#save();
    }
    this.#renderLoan();
  }

  /** Prices now; what the frame-batched re-price runs. */
  price(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    const pricing = this.#pricing;
    if (!pricing) return;
    const amount = this.amount;
    const term = Number(this.#q<HTMLSelectElement>("#term").value);
    const amountError = this.#q("#amount-error");
    let options: PlanOption[] = [];
    let message = "";
    let messageKey: TextKey | undefined;
    const ui = this.#ui();
    try {
      const list = loanConditions(pricing, { currency: pricing.currency, term, principal: amount });
      options = list.map((conditions) => {
        const program = pricing.programs.find((p) => p.program === conditions.program) as PricingProgram;
        const setupFee = program.setupFee && Number(program.setupFee) !== 0 ? program.setupFee : undefined;
        const quote = simulate({
          principal: amount,
          currency: pricing.currency,
          termMonths: term,
          annualRate: program.annualInterest,
          profile: "nemuru",
          includeSchedule: this.#scheduleOpen && (conditions.program === this.#program || !this.#program),
          ...(setupFee ? { fees: [{ type: "opening", amount: setupFee, timing: "upfront" as const }] } : {}),
        });
        return { program: conditions.program, label: this.#programLabel(conditions.program), conditions, quote };
      });
      if (options.length === 0) [message, messageKey] = rangeMessage(pricing, term, this.#text(ui), ui?.f);
    } catch (e) {
      if (!isLendkitError(e)) throw e;
      if (ui) [message, messageKey] = [this.#text(ui).amountInvalid, "amountInvalid"];
      else {
        message = (e.details?.[0]?.message ?? e.message).replace(/^give money.*$/, "enter an amount");
        message = `Enter an amount: ${message}`;
      }
    }
    this.#mark(amountError, ui, message ? messageKey : undefined);
    setText(amountError, message);
    this.#q("#amount").setAttribute("aria-invalid", message ? "true" : "false");
    this.#options = options;
    // The customer's choice survives amounts no plan covers.
    if (options.length && !options.some((o) => o.program === this.#program)) this.#program = options[0]?.program ?? "";
    this.#renderPlan(amount, term);
    this.dispatchEvent(
      new CustomEvent<PlanChangeDetail>("lendkit-plan-change", { bubbles: true, composed: true, detail: { amount, term, selected: this.selected, options } }),
    );
  }

  // ---- internals ----------------------------------------------------------

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.#root.querySelector(selector) as T;
  }

  #schedule(): void {
    if (this.#frame || !this.isConnected) return;
    this.#frame = requestAnimationFrame(() => this.price());
  }

  #show(step: "plan" | "borrower" | "loan"): void {
    for (const s of ["plan", "borrower", "loan"]) this.#q(`#step-${s}`).hidden = s !== step;
    this.#q<HTMLElement>(`#step-${step} h2`).focus();
  }

  /**
   * Says `text` in the one polite live region, after `delay` ms without a
   * newer announcement (typing, arrowing through terms), and only if it differs
   * from what was last said.
   */
  #announce(text: string, delay = ANNOUNCE_MS, lang?: string): void {
    clearTimeout(this.#announceTimer);
    const say = () => {
      if (text === this.#announced) return;
      this.#announced = text;
      const live = this.#q("#live");
      // Market mode: the region speaks the locale, or the language of an English stand-in.
      const want = lang ?? this.#ui()?.locale ?? "";
      setLang(live, want);
      setText(live, text);
    };
    if (delay <= 0) say();
    else this.#announceTimer = window.setTimeout(say, delay);
  }

  #storageKey(): string | undefined {
    const basket = this.getAttribute("basket");
    return basket ? STORE_PREFIX + basket : undefined;
  }

  /** Keeps the basket's application in sessionStorage (no personal data: the loan id and its state). */
  #save(): void {
    const key = this.#storageKey();
    if (!key) return;
    try {
      if (this.#application) sessionStorage.setItem(key, JSON.stringify(this.#application));
      else sessionStorage.removeItem(key);
    } catch {
      // Storage refused (private mode, quota): the application lives in memory only.
    }
  }

  /** Loads the application of the basket now named (none for a basket without one). */
  #restore(): void {
    const key = this.#storageKey();
    let found: Application | undefined;
    try {
      const raw: unknown = key ? JSON.parse(sessionStorage.getItem(key) ?? "null") : null;
      const o = raw as Partial<Application> | null;
      if (o && typeof o.id === "string" && UUID.test(o.id) && (o.state === "pending" || o.state === "sent" || o.state === "ended")) {
        found = { id: o.id, state: o.state };
      }
    } catch {
      found = undefined;
    }
    if (found?.id === this.#application?.id) return;
    clearTimeout(this.#poll);
    this.#application = found;
    this.#loan = undefined;
    this.#steps = [];
    this.#loanId = found && found.state !== "pending" ? found.id : "";
    setText(this.#q("#loan-id"), this.#loanId);
    this.#resume();
  }

  /** Reads a restored application from the lender, once there is a client. */
  #resume(): void {
    const a = this.#application;
    const client = this.#client;
    if (!a || !client || this.#loan) return;
    client.getLoan(a.id).then(
      () => {
        if (this.#application !== a) return;
        this.#loanId = a.id;
        setText(this.#q("#loan-id"), a.id);
        if (a.state === "pending") a.state = "sent";
        // The form of a send whose answer was lost gives way to the application it made.
        if (!this.#q("#step-borrower").hidden) this.#show("loan");
        this.refresh().then(
          () => this.#follow(),
          () => this.#follow(),
        );
      },
      (e: unknown) => {
        // Never reached the lender: the next send uses the same id.
        if (isLendkitClientError(e) && e.name === "LendkitNotFoundError" && this.#application === a) {
          a.state = "pending";
          this.#loanId = "";
          this.#save();
        }
      },
    );
  }

  /**
   * A decimal string as money in the shopper's locale. Intl.NumberFormat takes
   * the string itself (an exact decimal, no float on the way).
   */
  #money(value: string, currency: string): string {
    try {
      return new Intl.NumberFormat(this.#locale, { style: "currency", currency }).format(value as unknown as number);
    } catch {
      return `${value} ${currency}`;
    }
  }

  #renderPhoneHint(): void {
    const ui = this.#ui();
    // The country's name in the language of the sentence around it (English where English stands in).
    const lang = ui && this.#isEnglish(ui, "phoneHint") ? "en" : (ui?.locale ?? "en");
    let name = this.#country;
    try {
      name = new Intl.DisplayNames([lang], { type: "region" }).of(this.#country) ?? this.#country;
    } catch {
      // not a region code: shown as given
    }
    const hint = this.#q("#phone_number-hint");
    setText(hint, fillTemplate(this.#text(ui).phoneHint, { country: name }));
    this.#mark(hint, ui, "phoneHint");
  }

  #wire(): void {
    this.#q("#amount").addEventListener("input", () => this.#schedule());
    this.#q("#term").addEventListener("change", () => this.#schedule());
    this.#q("#cards").addEventListener("change", (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name === "program") {
        this.#program = t.value;
        this.#schedule();
      }
    });
    const toggle = this.#q<HTMLButtonElement>("#toggle-schedule");
    toggle.addEventListener("click", () => {
      this.#scheduleOpen = !this.#scheduleOpen;
      toggle.setAttribute("aria-expanded", String(this.#scheduleOpen));
      toggle.textContent = this.#toggleText();
      this.#q("#schedule").hidden = !this.#scheduleOpen;
      this.price();
    });
    this.#q(".langs").addEventListener("click", (e) => {
      const lang = (e.target as HTMLElement).closest("button")?.dataset["lang"];
      if (lang === "es" || lang === "en" || lang === "sv") {
        this.#locale = lang;
        this.#renderDisclosure();
      }
    });
    this.#q("#continue").addEventListener("click", () => {
      if (!this.selected) return;
      // The agent profile feeds validateRequest's cross-field rules; fetched
      // here, so a page that only prices never loads the clients module.
      if (this.#client && !this.#agent) {
        this.#client.getAgentProfile().then(
          (r) => (this.#agent ??= { id: r.payload.id, allowed_asset_types: r.payload.allowed_asset_types }),
          () => undefined,
        );
      }
      const s = this.selected;
      const ui = this.#ui();
      const recap = this.#q("#recap");
      if (ui) {
        // Market mode: Intl's figures, and the APR with the market's legal label (as on the card).
        setText(
          recap,
          fillTemplate(this.#text(ui).recap, {
            plan: s.label,
            instalments: `${ui.f.integer(s.quote.numberOfPayments)} × ${ui.f.money(s.quote.instalment)}`,
            amount: ui.f.money(s.quote.principal),
            apr: this.#cardApr(s.quote),
          }),
        );
        this.#mark(recap, ui, "recap");
      } else {
        setText(recap, `${s.label}: ${s.quote.instalment} ${s.quote.currency}/month for ${s.quote.numberOfPayments} months, ${s.quote.principal} ${s.quote.currency} financed, TAE ${s.quote.aprPercent} %.`);
      }
      this.#renderSecci(s.quote);
      this.#show("borrower");
    });
    this.#q("#back").addEventListener("click", () => this.#show("plan"));
    const form = this.#q<HTMLFormElement>("#borrower-form");
    form.addEventListener("input", (e) => {
      const name = (e.target as HTMLInputElement).name as FieldName;
      if (this.#touched.has(name)) this.#validate(false);
    });
    // A tap on "Send application" first moves focus out of the field being
    // left; a message shown then would move the button before the tap's click
    // lands. So the message of a field left by a tap waits for that click.
    this.#root.addEventListener("pointerdown", () => (this.#pointerAt = performance.now()), true);
    const flush = () => {
      const run = this.#afterTap;
      this.#afterTap = undefined;
      run?.();
    };
    this.#root.addEventListener("click", () => window.setTimeout(flush, 0));
    form.addEventListener("focusout", (e) => {
      const input = e.target as HTMLInputElement;
      if (!input.name || !input.value) return;
      const name = input.name as FieldName;
      const run = () => {
        this.#touched.add(name);
        this.#validate(false, name);
      };
      if (performance.now() - this.#pointerAt < 1000) {
        this.#afterTap = run;
        window.setTimeout(flush, 1000);
      } else run();
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.#afterTap = undefined;
      void this.#submit();
    });
    this.#q("#error-summary").addEventListener("click", (e) => {
      const target = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-field]");
      if (target) this.#q<HTMLInputElement>(`#${target.dataset["field"] ?? ""}`)?.focus();
    });
    this.#q("#cancel").addEventListener("click", () => void this.#cancel());
    this.#q("#restart").addEventListener("click", () => this.newApplication());
  }

  #fillTerms(): void {
    const pricing = this.#pricing;
    const select = this.#q<HTMLSelectElement>("#term");
    if (!pricing) return;
    const terms = new Set<number>();
    for (const p of pricing.programs) {
      if (p.terms) p.terms.forEach((t) => terms.add(t));
      else for (let t = p.minTerm ?? 1; t <= (p.maxTerm ?? 0); t++) terms.add(t);
    }
    const wanted = this.getAttribute("term") ?? select.value;
    const sorted = [...terms].sort((a, b) => a - b);
    // In market mode each term is Intl's (CLDR's) "12 meses", "12 kuukautta", "12 måneder".
    const ui = this.#ui();
    select.replaceChildren(
      ...sorted.map((t) => {
        const o = document.createElement("option");
        o.value = String(t);
        o.textContent = ui ? ui.f.duration(t, "month") : `${t} months`;
        return o;
      }),
    );
    select.value = sorted.includes(Number(wanted)) ? wanted : String(sorted[sorted.length - 1] ?? "");
  }

  #renderPlan(amount: string, term: number): void {
    const cards = this.#q("#cards");
    const currency = this.#pricing?.currency ?? "";
    const ui = this.#ui();
    this.#renderPlanText(ui, currency);
    // Cards are reused by program, so a re-price rewrites text only.
    const existing = new Map([...cards.querySelectorAll<HTMLElement>(".card")].map((c) => [c.dataset["program"] ?? "", c]));
    const wanted = new Set(this.#options.map((o) => o.program));
    for (const [p, card] of existing) if (!wanted.has(p)) card.remove();
    for (const o of this.#options) {
      let card = existing.get(o.program);
      if (!card) {
        card = document.createElement("label");
        card.className = "card";
        card.dataset["program"] = o.program;
        card.innerHTML = `<input type="radio" name="program"><span class="name"></span><span class="inst num"></span><span class="meta num"></span>`;
        cards.append(card);
      }
      const input = card.querySelector("input") as HTMLInputElement;
      input.value = o.program;
      input.checked = o.program === this.#program;
      setText(card.querySelector(".name") as HTMLElement, o.label);
      setLang(card.querySelector(".name") as HTMLElement, ui && !ui.entry.translated && !(o.program in this.#merchantLabels) ? "en" : "");
      if (ui) {
        // Market mode: no word, "12 × 416,67 €" by Intl; the APR with the market's legal label (advertisement()).
        setText(card.querySelector(".inst") as HTMLElement, `${ui.f.integer(o.quote.numberOfPayments)} × ${ui.f.money(o.quote.instalment)}`);
        setText(card.querySelector(".meta") as HTMLElement, this.#cardApr(o.quote));
        card.querySelector(".meta")?.classList.add("apr");
      } else {
        setText(card.querySelector(".inst") as HTMLElement, `${o.quote.instalment} ${o.quote.currency}/month`);
        setText(card.querySelector(".meta") as HTMLElement, `TAE ${o.quote.aprPercent} % · total ${o.quote.totalAmountPayable} ${o.quote.currency}`);
        card.querySelector(".meta")?.classList.remove("apr");
      }
    }
    this.#q("#none").hidden = this.#options.length > 0;
    const s = this.selected;
    this.#q("#summary").hidden = !s;
    this.#q<HTMLButtonElement>("#continue").disabled = !s;
    // The market's advertisement first: when it shows, it says the instalment itself.
    this.#renderDisclosure();
    if (s) {
      const q = s.quote;
      const f = (name: string, text: string) => setText(this.#q(`[data-field="${name}"]`), text);
      f("instalment", `${q.instalment} ${q.currency}`);
      f("tae", `${q.aprPercent} %`);
      f("tin", `${percent(q.annualRate)} %`);
      f("totalInterest", `${q.totalInterest} ${q.currency}`);
      f("totalAmountPayable", `${q.totalAmountPayable} ${q.currency}`);
      f("numberOfPayments", String(q.numberOfPayments));
      // With a market's advertisement shown, it has said its instalment (in #renderDisclosure).
      if (ui && (!this.#marketShown() || !this.#ad.advertisement?.items.some((i) => i.key === "instalment"))) {
        // Market mode without the advertisement's instalment (its catalog on
        // its way, an unsourced label): the card's words, no English ones.
        const apr = this.#cardApr(q);
        this.#announce(`${s.label}: ${ui.f.integer(q.numberOfPayments)} × ${ui.f.money(q.instalment)}${apr ? `, ${apr}` : ""}.`, ANNOUNCE_MS, !ui.entry.translated && !(s.program in this.#merchantLabels) ? "en" : undefined);
      } else if (!this.#marketShown()) {
        this.#announce(`${s.label}: ${this.#money(q.instalment, q.currency)} a month over ${term} months, TAE ${new Intl.NumberFormat(this.#locale, { style: "percent", maximumFractionDigits: 2 }).format(`${q.aprPercent}e-2` as unknown as number)}.`);
      }
      this.#q<HTMLButtonElement>("#continue").textContent = fillTemplate(this.#text(ui).continueWith, { plan: s.label });
      if (this.#scheduleOpen) this.#renderSchedule(q);
    } else {
      // No plan selected: the (disabled) button without a plan's name.
      setText(this.#q("#continue"), this.#text(ui).continue);
      const amountError = this.#q("#amount-error");
      const lang = ui ? (amountError.textContent ? amountError.getAttribute("lang") : this.#isEnglish(ui, "noFinancing") ? "en" : null) : null;
      if (amount) this.#announce(amountError.textContent || this.#text(ui).noFinancing, ANNOUNCE_MS, lang ?? undefined);
    }
  }

  /**
   * Market mode's locale, interface words and Intl formatters (a `market`
   * attribute lendkit knows, with its `locale`), or `undefined`: the English
   * checkout.
   */
  #ui(): MarketUi | undefined {
    const market = this.getAttribute("market");
    if (market === null) return undefined;
    try {
      const where = resolveMarketLocale(market, this.getAttribute("locale") ?? undefined);
      return { locale: where.locale, entry: checkoutText(where.language), f: formatters(where.locale, this.#pricing?.currency ?? where.market.currencies[0] ?? "EUR") };
    } catch (e) {
      if (!isLendkitError(e)) throw e;
      return undefined; // the advertisement block says why, once
    }
  }

  /** The interface words: the merchant's over the locale's (market mode) or English. */
  #text(ui = this.#ui()): CheckoutText {
    const base = ui?.entry.text ?? checkoutText("en").text;
    // Status descriptions merge one by one: a merchant may give only some.
    const own = this.#interfaceText;
    const fieldMessages = base.fieldMessages || own.fieldMessages ? { fieldMessages: { ...base.fieldMessages, ...own.fieldMessages } } : {};
    return { ...base, ...own, steps: { ...base.steps, ...own.steps }, ...fieldMessages };
  }

  /** Whether market mode shows lendkit's English for `key` (a locale without interface words, no merchant text for it). */
  #isEnglish(ui: MarketUi, key: TextKey): boolean {
    if (ui.entry.translated) return false;
    if (key.startsWith("steps.")) {
      const code = key.slice(6);
      return !(code in (this.#interfaceText.steps ?? {})) && code in STEP_LABELS;
    }
    return !(key in this.#interfaceText);
  }

  /**
   * Marks `el` lang="en" where English stands in (market mode); otherwise it
   * inherits its step's language, or says it (`explicit`) where it sits in
   * an English stand-in. Without a market: no lang, as always.
   */
  #mark(el: HTMLElement, ui: MarketUi | undefined, key: TextKey | undefined, explicit = false): void {
    const lang = ui && key && this.#isEnglish(ui, key) ? "en" : ui && explicit ? ui.locale : "";
    setLang(el, lang);
  }

  /** lendkit's description of a lender status (the code itself where there is none). */
  #stepLabel(code: string): string {
    return this.#text().steps[code] ?? code;
  }
  #stepKey(code: string): TextKey {
    return `steps.${code}`;
  }

  /** A client error in `template` (`{message}`): lendkit's client messages are English, marked so in market mode. */
  #putMessage(el: HTMLElement, template: string, message: string, key: TextKey): void {
    const ui = this.#ui();
    if (!ui) {
      setText(el, fillTemplate(template, { message }));
      return;
    }
    filled.delete(el);
    const span = document.createElement("span");
    span.textContent = message;
    if (primary(ui.locale) !== "en") span.lang = "en";
    fillNodes(el, template, { message: span });
    this.#mark(el, ui, key);
  }

  /** The borrower and loan steps' words and the schedule's headers; in market mode the locale's. */
  #renderFlowText(ui: MarketUi | undefined): void {
    const t = this.#text(ui);
    const put = (el: HTMLElement | null, key: Exclude<TextKey, `steps.${string}`>) => {
      if (!el) return;
      setText(el, t[key]);
      this.#mark(el, ui, key);
    };
    // Each step says its language; English stand-ins inside say theirs.
    for (const id of ["#step-plan", "#step-borrower", "#step-loan"]) {
      const el = this.#q(id);
      const lang = ui?.locale ?? "";
      setLang(el, lang);
    }
    put(this.#q("#schedule-title"), "scheduleTitle");
    const table = this.#q("#schedule-table");
    if (table.getAttribute("aria-label") !== t.scheduleTable) table.setAttribute("aria-label", t.scheduleTable);
    this.#mark(table, ui, "scheduleTable");
    const heads = this.#root.querySelectorAll<HTMLElement>("#schedule-table thead th");
    (["colNumber", "colPayment", "colPrincipal", "colInterest", "colBalance"] as const).forEach((key, i) => put(heads[i] ?? null, key));
    put(this.#q(".legend .principal"), "colPrincipal");
    put(this.#q(".legend .interest"), "colInterest");
    put(this.#q(".legend .balance"), "balanceOwed");
    put(this.#q("#borrower-title"), "borrowerTitle");
    put(this.#q("#pending-note"), "pendingNote");
    for (const f of FIELDS) put(this.#q(`#${f.name}-label`), f.key);
    put(this.#q("#document-hint"), "documentHint");
    this.#renderPhoneHint();
    if (!this.#sending) put(this.#q("#submit"), "send");
    put(this.#q("#back"), "back");
    put(this.#q("#loan-title"), "loanTitle");
    const status = this.#q("#loan-status");
    fillNodes(status, t.status, { status: this.#q("#loan-status-text") });
    this.#mark(status, ui, "status");
    put(this.#q("#loan-note"), "loanNote");
    const invite = this.#q("#loan-invite");
    fillNodes(invite, t.invite, { email: this.#q("#loan-email"), date: this.#q("#loan-expires") });
    this.#mark(invite, ui, "invite");
    put(this.#q("#loan-reference"), "reference");
    put(this.#q("#progress-title"), "progress");
    put(this.#q("#cancel"), "cancel");
    put(this.#q("#restart"), "restart");
  }

  #programLabel(program: string): string {
    const ui = this.#ui();
    return this.#merchantLabels[program] ?? (ui ? this.#text(ui).programs[program] : undefined) ?? this.#labels[program] ?? program;
  }

  #toggleText(): string {
    const t = this.#text();
    return this.#scheduleOpen ? t.hideSchedule : t.showSchedule;
  }

  /** The plan step's words; in market mode the locale's, marked lang="en" where English stands in. */
  #renderPlanText(ui: MarketUi | undefined, currency: string): void {
    const t = this.#text(ui);
    const english = ui !== undefined && !ui.entry.translated;
    const put = (el: HTMLElement, text: string, key: keyof CheckoutText) => {
      setText(el, text);
      setLang(el, english && !(key in this.#interfaceText) ? "en" : "");
    };
    put(this.#q("#plan-title"), t.title, "title");
    put(this.#q("#amount-label"), fillTemplate(t.amount, { currency }), "amount");
    put(this.#q("#term-label"), t.term, "term");
    put(this.#q("#choose-plan"), t.choosePlan, "choosePlan");
    put(this.#q("#none"), t.noPlan, "noPlan");
    put(this.#q("#toggle-schedule"), this.#toggleText(), this.#scheduleOpen ? "hideSchedule" : "showSchedule");
    put(this.#q("#continue"), this.#q("#continue").textContent ?? "", "continueWith");
    this.#renderFlowText(ui);
    // The English summary's names are legal terms (TAE, TIN...): in market mode
    // the advertisement shows those figures with the market's sourced labels.
    this.#q("#summary dl").hidden = ui !== undefined;
  }

  /** A plan card's APR in market mode: the advertisement's label and Intl text (nothing where the label is unsourced). */
  #cardApr(quote: Quote): string {
    try {
      const ad = advertisement(quote, { market: this.getAttribute("market") ?? "", locale: this.getAttribute("locale") ?? undefined, messages: this.#messages });
      const apr = ad.items.find((i) => i.key === "apr");
      return apr ? `${apr.label} ${apr.text}` : "";
    } catch (e) {
      if (!isLendkitError(e)) throw e;
      return ""; // a catalog on its way, or bad input the block reports
    }
  }

  /**
   * The selected plan's SECCI before "Send application" (market mode with
   * `secciOptions`), or nothing; a sheet lendkit cannot make (GB, NO, a missing
   * creditor field) is said once in the console.
   */
  #renderSecci(quote: Quote): void {
    const box = this.#q("#secci");
    const market = this.getAttribute("market");
    const o = this.#secciOptions;
    let sheet: Secci | undefined;
    if (o && market !== null) {
      try {
        const locale = this.getAttribute("locale");
        sheet = secci(quote, { ...o, market, ...(locale ? { locale } : {}), includeSchedule: (o.includeSchedule ?? true) && Array.isArray(quote.schedule) });
      } catch (e) {
        if (!isLendkitError(e)) throw e;
        this.#ad.say(`no pre-contract information shown: ${e.details.map((d) => `${d.path}: ${d.message}`).join("; ") || e.message}`);
      }
    }
    box.hidden = sheet === undefined;
    // The element exists only while it has a sheet to show (none on a page that never needs one).
    let el = box.querySelector("lendkit-secci") as (HTMLElement & { secci: Secci | undefined }) | null;
    if (sheet === undefined) el?.remove();
    else {
      el ??= box.appendChild(document.createElement("lendkit-secci") as HTMLElement & { secci: Secci | undefined });
      el.secci = sheet;
    }
    const title = this.#q("#secci-title");
    setText(title, sheet?.title ?? "");
    title.lang = sheet ? (sheet.titleFallback ? "en" : sheet.locale) : "";
  }

  /** Whether the market's advertisement is shown (a `market` attribute, and a figure it could show). */
  #marketShown(): boolean {
    return this.getAttribute("market") !== null && !this.#ad.element.hidden;
  }

  #renderSchedule(q: Quote): void {
    const rows = q.schedule ?? [];
    const chart = this.#q("#chart");
    const ui = this.#ui();
    // Market mode: the chart's name in the locale's words, every figure by Intl.
    const instalments = rows.filter((r) => r.number > 0);
    const local = ui
      ? {
          title: fillTemplate(this.#text(ui).chartTitle, {
            count: ui.f.integer(instalments.length),
            from: ui.f.money(q.financedAmount),
            to: ui.f.money(instalments[instalments.length - 1]?.balance ?? "0"),
          }),
          integer: ui.f.integer,
        }
      : undefined;
    chart.replaceChildren(scheduleChart(rows, q.currency, q.financedAmount, local));
    if (ui) this.#mark(chart.querySelector("svg") as unknown as HTMLElement, ui, "chartTitle");
    const body = this.#q("#schedule-body");
    const cell = ui ? (v: string) => ui.f.money(v) : (v: string) => v;
    body.replaceChildren(
      ...rows.map((r) => {
        const tr = document.createElement("tr");
        for (const v of [ui ? ui.f.integer(r.number) : String(r.number), cell(r.payment), cell(r.principal), cell(r.interest), cell(r.balance)]) {
          const td = document.createElement("td");
          td.textContent = v;
          tr.append(td);
        }
        return tr;
      }),
    );
  }

  #renderDisclosure(): void {
    for (const b of this.#root.querySelectorAll<HTMLButtonElement>(".langs button")) {
      b.setAttribute("aria-pressed", String(b.dataset["lang"] === this.#locale));
    }
    const p = this.#q("#disclosure-text");
    const s = this.selected;
    p.lang = this.#locale;
    setText(p, s ? disclosure(s.quote, this.#locale) : "");
    const market = this.getAttribute("market");
    // With a market, its legal advertisement replaces the es/en/sv example.
    this.#q(".disclosure").hidden = market !== null;
    if (market !== null) this.#ad.render(s?.quote, { market, locale: this.getAttribute("locale"), messages: this.#messages });
  }

  #payload(id: string): Record<string, unknown> {
    const s = this.selected;
    const v = (n: FieldName) => this.#q<HTMLInputElement>(`[name="${n}"]`).value.trim();
    const phone = validatePhone(v("phone_number"), { defaultCountry: this.#country });
    return {
      id,
      currency: s?.quote.currency ?? "",
      term: s?.quote.numberOfPayments ?? 0,
      principal: s?.quote.principal ?? this.amount,
      program: s?.program ?? "",
      borrower: {
        first_name: v("first_name"),
        last_name: v("last_name"),
        email: v("email"),
        phone_number: phone.valid && phone.normalized ? phone.normalized : v("phone_number"),
      },
      asset_type: this.assetType,
      asset: { description: this.assetDescription, value: this.getAttribute("asset-value") ?? this.amount },
    };
  }

  /**
   * Shows each field's messages (each names its field); `all` marks every
   * field touched and fills the error summary (on submit); `left` is the field
   * just left, whose message is announced if it changed. Returns whether the
   * request is valid.
   */
  #validate(all: boolean, left?: FieldName): boolean {
    if (all) FIELDS.forEach((f) => this.#touched.add(f.name));
    const v = (n: FieldName) => this.#q<HTMLInputElement>(`[name="${n}"]`).value.trim();
    // validateRequest checks Nemuru's wire shape (money as JSON numbers, the
    // agent's id), which the client builds from the decimal strings it is given.
    const input = this.#payload("00000000-0000-4000-8000-000000000000");
    const asset = input["asset"] as { description: string; value: string };
    const wire = { ...input, agent_id: this.#agent?.id ?? "", principal: Number(input["principal"]), asset: { ...asset, value: Number(asset.value) } };
    // Market mode: the validators' messages in es or sv; in fi, nb, da the
    // locale's `fieldMessages` by the issue's code (the validators have no
    // messages in those languages); English only where neither has one.
    const ui = this.#ui();
    const t = this.#text(ui);
    const table = ui ? t.fieldMessages : undefined;
    let validatorWords = false;
    const say = (e: ValidationIssue): string => {
      const own = table?.[e.code] ?? table?.["*"];
      if (own === undefined) validatorWords = true;
      return own ?? e.message;
    };
    const vl = ui ? validatorLocale(ui) : undefined;
    const lo = vl ? { locale: vl } : {};
    const context = { ...(this.#agent ? { agent: this.#agent } : {}), ...lo };
    const result = validateRequest("nemuru.createLoan", wire, Object.keys(context).length ? context : undefined);
    if (!this.#agent) result.errors = result.errors.filter((e) => e.path !== "agent_id");
    result.valid = result.errors.length === 0;
    const byPath = new Map<string, ValidationIssue[]>();
    for (const issue of result.errors) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
    const own: Partial<Record<FieldName, FieldCheck>> = {
      email: v("email") ? validateEmail(v("email"), vl ? lo : undefined) : undefined,
      phone_number: v("phone_number") ? validatePhone(v("phone_number"), { defaultCountry: this.#country, ...lo }) : undefined,
    } as Partial<Record<FieldName, FieldCheck>>;
    let valid = result.valid;
    const invalid: { name: FieldName; label: string; message: string }[] = [];
    for (const f of FIELDS) {
      let messages: string[];
      validatorWords = false;
      if (f.name === "document") {
        const doc = v("document");
        const check = doc ? validateIdentityNumber("ES", doc, vl ? lo : undefined) : undefined;
        messages = !doc ? [t.documentRequired] : check && !check.valid ? check.errors.map(say) : [];
        if (messages.length) valid = false;
      } else {
        const specific = own[f.name];
        messages = specific && !specific.valid ? specific.errors.map(say) : (byPath.get(f.path) ?? []).map(say);
      }
      const input = this.#q<HTMLInputElement>(`[name="${f.name}"]`);
      const show = this.#touched.has(f.name) ? messages : [];
      // The label leads, so a message read on its own still says which field it is about.
      const label = t[f.key];
      const text = show.length ? `${label}: ${show.join("; ")}` : "";
      input.setAttribute("aria-invalid", show.length ? "true" : "false");
      const error = this.#q(`#${f.name}-error`);
      if (ui && text) {
        // The label in the locale's words (or English standing in), the
        // messages the locale's (fieldMessages) or the validators' in es, sv
        // or English: each part marked with its language.
        const labelLang = this.#isEnglish(ui, f.key) ? "en" : ui.locale;
        const ownMessage = f.name === "document" && !v("document");
        const messageLang = ownMessage ? (this.#isEnglish(ui, "documentRequired") ? "en" : ui.locale) : validatorWords ? (vl ?? "en") : ui.locale;
        if (error.textContent !== text || error.lang !== labelLang) {
          error.lang = labelLang;
          const msg = document.createElement("span");
          msg.textContent = show.join("; ");
          if (primary(messageLang) !== primary(labelLang)) msg.lang = messageLang;
          error.replaceChildren(`${label}: `, msg);
        }
      } else {
        // Without a market (or no message): plain text, no lang, as always.
        if (error.childElementCount) error.textContent = text;
        else setText(error, text);
        setLang(error, "");
      }
      if (text) invalid.push({ name: f.name, label, message: text });
      if (f.name === left && !all) {
        if (text && this.#spoken.get(f.name) !== text) this.#announce(text, ANNOUNCE_MS, ui ? error.lang : undefined);
        this.#spoken.set(f.name, text);
      }
    }
    // Errors not tied to a field of the form (amount, program...) go in the banner.
    const formPaths = new Set<string>(FIELDS.map((f) => f.path));
    const other = result.errors.filter((e) => !formPaths.has(e.path));
    const formError = this.#q("#form-error");
    setText(formError, all ? other.map((e) => `${e.path}: ${e.message}`).join(" ") : "");
    // Market mode: the validators' messages (of fields not in the form) are English outside es and sv.
    if (all || !formError.textContent) setLang(formError, ui && !vl && formError.textContent && primary(ui.locale) !== "en" ? "en" : "");
    if (all) this.#renderSummary(invalid);
    else if (invalid.length === 0) this.#renderSummary([]);
    return valid;
  }

  /** The summary on submit: how many fields need attention, each a button to its field. */
  #renderSummary(invalid: { name: FieldName; label: string; message: string }[]): void {
    const box = this.#q("#error-summary");
    if (invalid.length === 0) {
      box.replaceChildren();
      box.removeAttribute("role");
      box.removeAttribute("aria-labelledby");
      return;
    }
    const title = document.createElement("h3");
    title.id = "error-summary-title";
    const ui = this.#ui();
    const t = this.#text(ui);
    const count = ui ? ui.f.integer(invalid.length) : new Intl.NumberFormat("en").format(invalid.length);
    const one = new Intl.PluralRules(ui?.locale ?? "en").select(invalid.length) === "one";
    title.textContent = fillTemplate(one ? t.attentionOne : t.attentionOther, { count });
    this.#mark(title, ui, one ? "attentionOne" : "attentionOther");
    const list = document.createElement("ul");
    for (const i of invalid) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "link";
      b.dataset["field"] = i.name;
      // The field's message as shown under it, with its languages.
      const shown = this.#q(`#${i.name}-error`);
      b.replaceChildren(...[...shown.childNodes].map((n) => n.cloneNode(true)));
      if (shown.lang) b.lang = shown.lang;
      li.append(b);
      list.append(li);
    }
    box.replaceChildren(title, list);
    box.setAttribute("role", "region");
    box.setAttribute("aria-labelledby", title.id);
    for (const [name, text] of invalid.map((i) => [i.name, i.message] as const)) this.#spoken.set(name, text);
  }

  async #submit(): Promise<void> {
    // One send at a time: a double click or a second Enter is the same send.
    if (this.#sending) return;
    const client = this.#client;
    if (!this.#validate(true)) {
      this.#q("#error-summary").focus();
      return;
    }
    if (!client) return;
    // The basket's loan id: chosen once, reused by every send until the application ends.
    if (this.#application?.state === "ended") this.#application = undefined;
    const application = (this.#application ??= { id: crypto.randomUUID(), state: "pending" });
    this.#save();
    const id = application.id;
    const button = this.#q<HTMLButtonElement>("#submit");
    this.#sending = true;
    // aria-disabled, not disabled: the button keeps the focus while sending.
    button.setAttribute("aria-disabled", "true");
    setText(this.#q("#form-error"), "");
    setLang(this.#q("#form-error"), "");
    filled.delete(this.#q("#form-error"));
    const t = this.#text();
    setText(button, t.sending);
    try {
      const payload = this.#payload(id) as unknown as Parameters<NemuruClient["createLoan"]>[0];
      try {
        await client.createLoan(payload, { timeoutMs: 15_000 });
      } catch (e) {
        // 409: this id already reached the lender with other details (the
        // shopper changed something after a send whose answer was lost): the
        // basket's application is that one.
        if (!(isLendkitClientError(e) && e.name === "LendkitConflictError")) throw e;
        this.#q("#loan-note").hidden = false;
      }
      if (this.#application !== application) return;
      application.state = "sent";
      this.#save();
      this.#loanId = id;
      this.#steps = [];
      this.#q("#pending-note").hidden = true;
      setText(this.#q("#loan-id"), id);
      this.dispatchEvent(new CustomEvent("lendkit-loan-created", { bubbles: true, composed: true, detail: { id } }));
      this.#show("loan");
      await this.refresh();
      this.#follow();
    } catch (e) {
      // The id stays: sending again is the same request, never a second application.
      this.#q("#pending-note").hidden = false;
      if (isLendkitValidationError(e)) {
        const formError = this.#q("#form-error");
        setText(formError, e.details.map((d) => `${d.path}: ${d.message}`).join(" "));
        // The client's messages are lendkit's English ones.
        const ui = this.#ui();
        if (ui && primary(ui.locale) !== "en") formError.lang = "en";
      } else if (isLendkitClientError(e)) {
        this.#putMessage(this.#q("#form-error"), t.lenderRefused, e.message, "lenderRefused");
      } else throw e;
    } finally {
      this.#sending = false;
      button.removeAttribute("aria-disabled");
      setText(button, this.#text().send);
    }
  }

  #follow(): void {
    clearTimeout(this.#poll);
    if (!this.#loan || FINAL.includes(this.#loan.status) || !this.isConnected) return;
    this.#poll = window.setTimeout(() => {
      this.refresh().then(
        () => this.#follow(),
        () => this.#follow(),
      );
    }, this.#pollMs);
  }

  async #cancel(): Promise<void> {
    const client = this.#client;
    const button = this.#q<HTMLButtonElement>("#cancel");
    if (!client || !this.#loanId || button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    try {
      await client.cancelLoan(this.#loanId);
      await this.refresh();
      // The button is gone with the cancellable steps: the focus goes to the new status.
      this.#q("#loan-status").focus();
    } catch (e) {
      if (!isLendkitClientError(e)) throw e;
      this.#putMessage(this.#q("#loan-error"), this.#text().cancelFailed, e.message, "cancelFailed");
    } finally {
      button.removeAttribute("aria-disabled");
    }
  }

  #renderLoan(): void {
    const loan = this.#loan;
    if (!loan) return;
    const bad = ["status_denied", "status_expired", "status_cancelled", "status_cancelled_test", "status_desisted"];
    const final = FINAL.includes(loan.status);
    const line = this.#q("#loan-status");
    line.classList.toggle("final-bad", bad.includes(loan.status));
    const ui = this.#ui();
    const t = this.#text(ui);
    this.#renderFlowText(ui);
    const statusText = this.#q("#loan-status-text");
    setText(statusText, this.#stepLabel(loan.status));
    this.#mark(statusText, ui, this.#stepKey(loan.status), true);
    if (this.#q("#loan-status-text").dataset["status"] !== loan.status) this.#q("#loan-status-text").dataset["status"] = loan.status;
    setText(this.#q("#loan-email"), loan.borrower.email);
    setText(this.#q("#loan-id"), loan.id);
    const expires = loan.borrower.expires_on ? loan.borrower.expires_on.slice(0, 10) : "";
    // Market mode: Intl's long date in the locale (marked so, inside an English stand-in).
    setText(this.#q("#loan-expires"), ui && /^\d{4}-\d{2}-\d{2}$/.test(expires) ? ui.f.date(expires) : expires);
    setLang(this.#q("#loan-expires"), ui && this.#isEnglish(ui, "invite") ? ui.locale : "");
    // The invitation is open only while the borrower can still act on it.
    const open = !final && before(loan.status, "status_analysing");
    this.#q("#loan-invite").hidden = !open;
    this.#q("#loan-closed").hidden = open;
    const closedKey = bad.includes(loan.status) ? "inviteClosed" : final ? "complete" : "inviteDone";
    const closed = this.#q("#loan-closed");
    setText(closed, fillTemplate(t[closedKey], { email: loan.borrower.email, status: this.#stepLabel(loan.status).toLocaleLowerCase(ui?.locale ?? "en") }));
    this.#mark(closed, ui, closedKey);
    const ol = this.#q("#steps");
    const stepsKey = ui ? `${ui.locale}|${this.#steps.join(" ")}` : this.#steps.join(" ");
    if (ol.dataset["steps"] !== stepsKey) {
      ol.dataset["steps"] = stepsKey;
      ol.replaceChildren(
        ...this.#steps.map((s) => {
          const li = document.createElement("li");
          if (bad.includes(s)) li.className = "bad";
          li.dataset["step"] = s;
          li.append(this.#stepLabel(s), " ");
          this.#mark(li, ui, this.#stepKey(s));
          const code = document.createElement("span");
          code.className = "code";
          // The lender's code, as it is: no word of any language.
          code.translate = false;
          code.textContent = s;
          li.append(code);
          return li;
        }),
      );
    }
    const cancel = this.#q<HTMLButtonElement>("#cancel");
    cancel.hidden = !CANCELLABLE.includes(loan.status);
    this.#q("#restart").hidden = !final;
    if (final) clearTimeout(this.#poll);
  }
}

/** Whether `status` comes before `step` in the loan's life (STEP_LABELS is in that order). */
function before(status: string, step: string): boolean {
  const order = Object.keys(STEP_LABELS);
  const i = order.indexOf(status);
  return i >= 0 && i < order.indexOf(step);
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets an element's language; `""` removes the attribute, so the element inherits its parent's (lang="" would say "unknown"). */
function setLang(el: HTMLElement, lang: string): void {
  if (lang) {
    if (el.getAttribute("lang") !== lang) el.setAttribute("lang", lang);
  } else if (el.hasAttribute("lang")) el.removeAttribute("lang");
}

/** A rate fraction as a percentage with two decimals: a string shift, not arithmetic ("0.091" -> "9.10"). */
function percent(fraction: string): string {
  const [int = "0", dec = ""] = fraction.split(".");
  const digits = (int + (dec + "000").slice(0, 2)).replace(/^0+(?=\d)/, "");
  const rest = (dec.slice(2) + "00").slice(0, 2);
  return `${digits}.${rest}`;
}

/** Why no plan covers the amount, and the text's key; in market mode (`f`) the locale's words and Intl's amounts. */
function rangeMessage(pricing: PricingTable, term: number, t: CheckoutText, f?: MarketUi["f"]): [string, TextKey] {
  const open = pricing.programs.filter((p) => (p.terms ? p.terms.includes(term) : term >= (p.minTerm ?? 0) && term <= (p.maxTerm ?? Infinity)));
  if (open.length === 0) return [f ? t.noTerm : "No plan offers this term.", "noTerm"];
  const min = open.map((p) => p.minPrincipal).sort((a, b) => Number(a) - Number(b))[0] ?? "";
  const max = open.map((p) => p.maxPrincipal).sort((a, b) => Number(b) - Number(a))[0] ?? "";
  if (f) return [fillTemplate(t.range, { min: f.money(min), max: f.money(max) }), "range"];
  return [`Financing is available from ${min} to ${max} ${pricing.currency}.`, "range"];
}

/** The validators' message language for market mode's locale (`es`, `sv`), or none: English. */
function validatorLocale(ui: MarketUi): "es" | "sv" | undefined {
  const l = primary(ui.locale);
  return l === "es" || l === "sv" ? l : undefined;
}

/** A BCP 47 tag's primary language (`es-ES` -> `es`). */
function primary(tag: string): string {
  return tag.split("-")[0]?.toLowerCase() ?? "";
}

const filled = new WeakMap<HTMLElement, string>();
/** `el` as `template` with its `{name}` placeholders replaced by `nodes` (moved in, keeping their ids); rebuilt only when the template changes. */
function fillNodes(el: HTMLElement, template: string, nodes: Record<string, Node>): void {
  if (filled.get(el) === template) return;
  filled.set(el, template);
  const parts = template.split(/\{(\w+)\}/);
  el.replaceChildren(...parts.map((p, i) => (i % 2 ? (nodes[p] ?? `{${p}}`) : p)).filter((p) => p !== ""));
}

const fieldHtml = FIELDS.map(
  (f) => `<div class="field${f.name === "email" || f.name === "document" ? " wide" : ""}">
  <label for="${f.name}" id="${f.name}-label">${f.label}</label>
  <input id="${f.name}" name="${f.name}" type="${f.type}" autocomplete="${f.autocomplete}" required aria-describedby="${f.name}-error${"hint" in f ? ` ${f.name}-hint` : ""}">
  ${"hint" in f ? `<p class="hint" id="${f.name}-hint">${f.hint}</p>` : ""}
  <p class="error" id="${f.name}-error"></p>
</div>`,
).join("");

const TEMPLATE = `
<section id="step-plan" aria-labelledby="plan-title">
  <h2 id="plan-title" tabindex="-1">Pay in instalments</h2>
  <div class="controls">
    <div class="field">
      <label for="amount" id="amount-label">Amount to finance</label>
      <input id="amount" inputmode="decimal" autocomplete="off" aria-describedby="amount-error">
      <p class="error" id="amount-error"></p>
    </div>
    <div class="field">
      <label for="term" id="term-label">Term</label>
      <select id="term"></select>
    </div>
  </div>
  <fieldset>
    <legend id="choose-plan">Choose a plan</legend>
    <div class="cards" id="cards"></div>
    <p class="none" id="none" hidden>No plan is available for this amount and term.</p>
  </fieldset>
  <div class="summary" id="summary" hidden>
    <dl>
      <dt>Monthly instalment</dt><dd class="num big" data-field="instalment"></dd>
      <dt>Instalments</dt><dd class="num" data-field="numberOfPayments"></dd>
      <dt>TAE (APR)</dt><dd class="num" data-field="tae"></dd>
      <dt>Borrowing rate (TIN)</dt><dd class="num" data-field="tin"></dd>
      <dt>Total interest</dt><dd class="num" data-field="totalInterest"></dd>
      <dt>Total amount payable</dt><dd class="num" data-field="totalAmountPayable"></dd>
    </dl>
    <button type="button" class="link" id="toggle-schedule" aria-expanded="false" aria-controls="schedule">Show repayment schedule</button>
    <div id="schedule" class="schedule-wrap" hidden>
      <h3 id="schedule-title">Repayment schedule</h3>
      <div id="chart"></div>
      <ul class="legend" aria-hidden="true"><li class="principal">Principal</li><li class="interest">Interest</li><li class="balance">Balance owed</li></ul>
      <div class="table-scroll" id="schedule-table" tabindex="0" role="region" aria-label="Repayment schedule table">
        <table>
          <thead><tr><th scope="col">#</th><th scope="col">Payment</th><th scope="col">Principal</th><th scope="col">Interest</th><th scope="col">Balance</th></tr></thead>
          <tbody id="schedule-body"></tbody>
        </table>
      </div>
    </div>
  </div>
  <div id="advertisement"></div>
  <div class="disclosure">
    <h3 id="example-title">Representative example</h3>
    <div class="langs" role="group" aria-label="Language of the example">
      <button type="button" data-lang="es" lang="es">ES</button><button type="button" data-lang="en" lang="en">EN</button><button type="button" data-lang="sv" lang="sv">SV</button>
    </div>
    <p class="disclosure-text" id="disclosure-text"></p>
  </div>
  <div class="actions"><button type="button" class="primary" id="continue" hidden>Continue</button></div>
</section>
<section id="step-borrower" aria-labelledby="borrower-title" hidden>
  <h2 id="borrower-title" tabindex="-1">Your details</h2>
  <p class="recap" id="recap"></p>
  <p class="banner note" id="pending-note" hidden>This application has its reference already: sending it again cannot make a second one.</p>
  <form id="borrower-form" novalidate>
    <div class="error-summary" id="error-summary" tabindex="-1" aria-live="polite"></div>
    <div class="form-grid">${fieldHtml}</div>
    <details class="secci" id="secci" hidden><summary id="secci-title"></summary></details>
    <p class="banner bad" id="form-error" role="alert"></p>
    <div class="actions">
      <button type="submit" class="primary" id="submit">Send application</button>
      <button type="button" class="secondary" id="back">Back</button>
    </div>
  </form>
</section>
<section id="step-loan" aria-labelledby="loan-title" hidden>
  <h2 id="loan-title" tabindex="-1">Your application</h2>
  <p class="status-line" id="loan-status" tabindex="-1">Status: <strong id="loan-status-text"></strong></p>
  <p class="banner note" id="loan-note" hidden>This basket's application had already reached the lender, with the details first sent: here it is.</p>
  <p id="loan-invite">We have sent an invitation to <strong id="loan-email"></strong> to complete the application and sign the contract with the lender. It is open until <span id="loan-expires"></span>.</p>
  <p id="loan-closed" hidden></p>
  <p class="hint"><span id="loan-reference">Reference</span> <span class="mono" id="loan-id"></span></p>
  <h3 id="progress-title">Progress</h3>
  <ol class="steps" id="steps"></ol>
  <p class="banner bad" id="loan-error" role="alert"></p>
  <div class="actions"><button type="button" class="secondary" id="cancel" hidden>Cancel application</button><button type="button" class="secondary" id="restart" hidden>Start a new application</button></div>
</section>
<p class="sr-only" id="live" aria-live="polite" aria-atomic="true"></p>`;
