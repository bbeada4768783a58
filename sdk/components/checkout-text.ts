// The interface words of <lendkit-checkout> in market mode (a `market`
// attribute): the plan step (headings, buttons, the plans' default names, the
// schedule table, the amount's messages), the borrower step (field labels,
// hints, buttons, the error summary) and the loan step (status texts, buttons).
// Field error messages are "<label>: <message>", the message from lendkit's
// validators in es, sv or en (their `locale` option). These are
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

/**
 * The interface words of the checkout. `{name}` placeholders are filled in with
 * text already formatted by Intl in the locale (amounts, dates, counts).
 */
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
  // ---- plan step: schedule and amount messages ----
  scheduleTitle: string;
  /** The schedule table's accessible name. */
  scheduleTable: string;
  colNumber: string;
  colPayment: string;
  colPrincipal: string;
  colInterest: string;
  colBalance: string;
  /** The chart legend's balance line. */
  balanceOwed: string;
  /** The chart's accessible name: `{count}` instalments, `{from}` and `{to}` amounts. */
  chartTitle: string;
  /** No program offers the selected term. */
  noTerm: string;
  /** The amount is out of every plan's range: `{min}`, `{max}` amounts. */
  range: string;
  /** The amount is not a number lendkit can read. */
  amountInvalid: string;
  /** Said when no plan covers the amount and term. */
  noFinancing: string;
  // ---- borrower step ----
  borrowerTitle: string;
  /** `{plan}`, `{instalments}` ("30 × 166,67 €"), `{amount}` financed, `{apr}` (the market's label and figure). */
  recap: string;
  pendingNote: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  /** `{country}`: the customer's country's name in the text's language. */
  phoneHint: string;
  document: string;
  documentHint: string;
  /** The identity number's message when it is empty (after `document: `). */
  documentRequired: string;
  /** The error summary's title for one field: `{count}`. */
  attentionOne: string;
  /** ... and for any other count: `{count}`. */
  attentionOther: string;
  send: string;
  sending: string;
  back: string;
  /** `{message}`: the client's error (lendkit's, in English). */
  lenderRefused: string;
  // ---- loan step ----
  loanTitle: string;
  /** `{status}`: the status text. */
  status: string;
  loanNote: string;
  /** `{email}`, `{date}` (the invitation's end, Intl's long date). */
  invite: string;
  /** `{email}`, `{status}` (lower case). */
  inviteClosed: string;
  complete: string;
  /** `{email}`. */
  inviteDone: string;
  reference: string;
  progress: string;
  cancel: string;
  restart: string;
  /** `{message}`: the client's error (lendkit's, in English). */
  cancelFailed: string;
  /** Said once per new status: `{status}`. */
  statusAnnounce: string;
  /**
   * lendkit's descriptions of Nemuru's statuses, by the lender's code (the code
   * itself is shown beside it as it is); a code with none shows as the code.
   */
  steps: Readonly<Record<string, string>>;
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
  scheduleTitle: "Repayment schedule",
  scheduleTable: "Repayment schedule table",
  colNumber: "#",
  colPayment: "Payment",
  colPrincipal: "Principal",
  colInterest: "Interest",
  colBalance: "Balance",
  balanceOwed: "Balance owed",
  chartTitle: "Repayment schedule: {count} instalments; each bar is one instalment split into principal and interest, the line is the balance owed, from {from} down to {to}.",
  noTerm: "No plan offers this term.",
  range: "Financing is available from {min} to {max}.",
  amountInvalid: "Enter the amount to finance in figures.",
  noFinancing: "No financing for this amount and term.",
  borrowerTitle: "Your details",
  recap: "{plan}: {instalments}, {amount} financed, {apr}.",
  pendingNote: "This application has its reference already: sending it again cannot make a second one.",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  phone: "Mobile phone",
  phoneHint: "Numbers without a + country code are read as numbers in {country}.",
  document: "DNI or NIE",
  documentHint: "Checked here only; the lender verifies it during onboarding.",
  documentRequired: "enter your DNI or NIE",
  attentionOne: "{count} field needs your attention",
  attentionOther: "{count} fields need your attention",
  send: "Send application",
  sending: "Sending…",
  back: "Back",
  lenderRefused: "The lender could not take the application: {message}",
  loanTitle: "Your application",
  status: "Status: {status}",
  loanNote: "This basket's application had already reached the lender, with the details first sent: here it is.",
  invite: "We have sent an invitation to {email} to complete the application and sign the contract with the lender. It is open until {date}.",
  inviteClosed: "The invitation sent to {email} is closed: {status}.",
  complete: "The application is complete.",
  inviteDone: "The invitation sent to {email} has been completed; the lender is handling the application.",
  reference: "Reference",
  progress: "Progress",
  cancel: "Cancel application",
  restart: "Start a new application",
  cancelFailed: "Could not cancel: {message}",
  statusAnnounce: "Application status: {status}.",
  steps: {
    status_initial: "Application created, invitation sent",
    status_opened: "Borrower opened the invitation",
    status_kyc_set: "Identity verified",
    status_income_set: "Income details added",
    status_professional_details_set: "Employment details added",
    status_risk_set: "Risk assessed",
    status_analysing: "Application under review",
    status_lender_has_been_selected: "Approved: lender selected",
    status_contract_sent: "Contract sent for signature",
    status_contract_signed: "Contract signed",
    status_docs_approved: "Documents approved",
    status_active_trial: "Loan paid out (withdrawal period)",
    status_active: "Loan active",
    status_ended: "Loan repaid and closed",
    status_desisted: "Borrower withdrew",
    status_denied: "Application declined",
    status_expired: "Invitation expired",
    status_cancelled: "Application cancelled",
    status_cancelled_test: "Cancelled (test)",
  },
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
  scheduleTitle: "Cuadro de amortización",
  scheduleTable: "Tabla del cuadro de amortización",
  colNumber: "#",
  colPayment: "Cuota",
  colPrincipal: "Capital",
  colInterest: "Intereses",
  colBalance: "Pendiente",
  balanceOwed: "Capital pendiente",
  chartTitle: "Cuadro de amortización: {count} cuotas; cada barra es una cuota dividida en capital e intereses, la línea es el capital pendiente, de {from} a {to}.",
  noTerm: "Ningún plan ofrece este plazo.",
  range: "Hay financiación de {min} a {max}.",
  amountInvalid: "Escribe en cifras el importe a financiar.",
  noFinancing: "No hay financiación para este importe y plazo.",
  borrowerTitle: "Tus datos",
  recap: "{plan}: {instalments}, {amount} financiados, {apr}.",
  pendingNote: "Esta solicitud ya tiene su referencia: si la envías de nuevo, no se crea otra.",
  firstName: "Nombre",
  lastName: "Apellidos",
  email: "Correo electrónico",
  phone: "Teléfono móvil",
  phoneHint: "Los números sin prefijo internacional (+) se leen como números de {country}.",
  document: "DNI o NIE",
  documentHint: "Aquí solo se comprueba; el prestamista lo verifica durante el alta.",
  documentRequired: "escribe tu DNI o NIE",
  attentionOne: "{count} campo necesita tu atención",
  attentionOther: "{count} campos necesitan tu atención",
  send: "Enviar solicitud",
  sending: "Enviando…",
  back: "Volver",
  lenderRefused: "El prestamista no ha podido recibir la solicitud: {message}",
  loanTitle: "Tu solicitud",
  status: "Estado: {status}",
  loanNote: "La solicitud de esta cesta ya había llegado al prestamista con los datos enviados la primera vez: aquí la tienes.",
  invite: "Hemos enviado una invitación a {email} para completar la solicitud y firmar el contrato con el prestamista. Está abierta hasta el {date}.",
  inviteClosed: "La invitación enviada a {email} está cerrada: {status}.",
  complete: "La solicitud ha terminado.",
  inviteDone: "La invitación enviada a {email} se ha completado; el prestamista está tramitando la solicitud.",
  reference: "Referencia",
  progress: "Seguimiento",
  cancel: "Cancelar solicitud",
  restart: "Empezar una nueva solicitud",
  cancelFailed: "No se ha podido cancelar: {message}",
  statusAnnounce: "Estado de la solicitud: {status}.",
  steps: {
    status_initial: "Solicitud creada, invitación enviada",
    status_opened: "El solicitante ha abierto la invitación",
    status_kyc_set: "Identidad verificada",
    status_income_set: "Datos de ingresos añadidos",
    status_professional_details_set: "Datos laborales añadidos",
    status_risk_set: "Riesgo evaluado",
    status_analysing: "Solicitud en estudio",
    status_lender_has_been_selected: "Aprobada: prestamista elegido",
    status_contract_sent: "Contrato enviado para su firma",
    status_contract_signed: "Contrato firmado",
    status_docs_approved: "Documentación aprobada",
    status_active_trial: "Préstamo abonado (periodo de desistimiento)",
    status_active: "Préstamo activo",
    status_ended: "Préstamo devuelto y cerrado",
    status_desisted: "El solicitante ha desistido",
    status_denied: "Solicitud denegada",
    status_expired: "Invitación caducada",
    status_cancelled: "Solicitud cancelada",
    status_cancelled_test: "Cancelada (prueba)",
  },
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
  scheduleTitle: "Återbetalningsplan",
  scheduleTable: "Återbetalningsplanen som tabell",
  colNumber: "#",
  colPayment: "Att betala",
  colPrincipal: "Amortering",
  colInterest: "Ränta",
  colBalance: "Kvar",
  balanceOwed: "Återstående skuld",
  chartTitle: "Återbetalningsplan: {count} delbetalningar; varje stapel är en delbetalning uppdelad i amortering och ränta, linjen är återstående skuld, från {from} ned till {to}.",
  noTerm: "Ingen plan har den här löptiden.",
  range: "Finansiering finns från {min} till {max}.",
  amountInvalid: "Ange beloppet att finansiera med siffror.",
  noFinancing: "Ingen finansiering för det här beloppet och den här löptiden.",
  borrowerTitle: "Dina uppgifter",
  recap: "{plan}: {instalments}, {amount} finansieras, {apr}.",
  pendingNote: "Ansökan har redan sitt referensnummer: skickar du den igen blir det ingen ny ansökan.",
  firstName: "Förnamn",
  lastName: "Efternamn",
  email: "E-post",
  phone: "Mobilnummer",
  phoneHint: "Nummer utan landsnummer (+) läses som nummer i {country}.",
  document: "DNI eller NIE",
  documentHint: "Kontrolleras bara här; långivaren verifierar det när du registrerar dig.",
  documentRequired: "ange ditt DNI eller NIE",
  attentionOne: "{count} fält behöver rättas",
  attentionOther: "{count} fält behöver rättas",
  send: "Skicka ansökan",
  sending: "Skickar…",
  back: "Tillbaka",
  lenderRefused: "Långivaren kunde inte ta emot ansökan: {message}",
  loanTitle: "Din ansökan",
  status: "Läge: {status}",
  loanNote: "Varukorgens ansökan hade redan nått långivaren, med de uppgifter som skickades först: här är den.",
  invite: "Vi har skickat en inbjudan till {email} att slutföra ansökan och skriva under avtalet med långivaren. Den gäller till och med {date}.",
  inviteClosed: "Inbjudan som skickades till {email} är stängd: {status}.",
  complete: "Ansökan är klar.",
  inviteDone: "Inbjudan som skickades till {email} är slutförd; långivaren handlägger ansökan.",
  reference: "Referens",
  progress: "Förlopp",
  cancel: "Avbryt ansökan",
  restart: "Börja en ny ansökan",
  cancelFailed: "Kunde inte avbryta: {message}",
  statusAnnounce: "Ansökans läge: {status}.",
  steps: {
    status_initial: "Ansökan skapad, inbjudan skickad",
    status_opened: "Låntagaren har öppnat inbjudan",
    status_kyc_set: "Identiteten bekräftad",
    status_income_set: "Inkomstuppgifter tillagda",
    status_professional_details_set: "Anställningsuppgifter tillagda",
    status_risk_set: "Risken bedömd",
    status_analysing: "Ansökan granskas",
    status_lender_has_been_selected: "Beviljad: långivare vald",
    status_contract_sent: "Avtalet skickat för underskrift",
    status_contract_signed: "Avtalet underskrivet",
    status_docs_approved: "Handlingarna godkända",
    status_active_trial: "Lånet utbetalt (ångerfrist)",
    status_active: "Lånet är aktivt",
    status_ended: "Lånet återbetalt och avslutat",
    status_desisted: "Låntagaren har ångrat lånet",
    status_denied: "Ansökan avslagen",
    status_expired: "Inbjudan har gått ut",
    status_cancelled: "Ansökan avbruten",
    status_cancelled_test: "Avbruten (test)",
  },
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
