// The interface words of <lendkit-checkout> in market mode (a `market`
// attribute): the plan step (headings, buttons, the plans' default names, the
// schedule table, the amount's messages), the borrower step (field labels,
// hints, buttons, the error summary, the field messages) and the loan step
// (status texts, buttons). Field error messages are "<label>: <message>": in
// es and sv the message is lendkit's validators' own (their `locale` option:
// es, sv, en); in fi, nb and da it is `fieldMessages` here, by the validators'
// stable `code` (the validators' texts live in the Rust core, whose wasm has no
// room for three more languages). These are lendkit's own interface text, not
// legal wordings: every legal term the checkout shows in market mode (APR,
// borrowing rate, total amount payable...) comes from the advertising catalogs
// (sdk/legal/catalogs/) with its source, and every number and duration from
// Intl (CLDR's unit names: "12 meses", "12 kuukautta", "12 måneder").
//
// Spanish, Swedish, Finnish, Norwegian bokmål (also for `no`) and Danish are
// lendkit's own interface wordings, written by lendkit's developers and not
// reviewed by a native speaker (each entry's `note` says so): a merchant
// replaces any of them with its own in `interfaceText`. Any other language
// gets the English words, marked with the element's lang="en" by the component.

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
  /** The primary button while no plan is selected. */
  continue: string;
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
  /**
   * Field messages (after "<label>: ") by the validators' stable `code`
   * (`invalid_email`, `phone_too_short`...), for a language lendkit's
   * validators have no messages in (fi, nb, da); `*` is said for a code with
   * none. Where it is absent (es, sv, en) the validators' own messages show.
   * A merchant's entries are merged over the locale's, one by one.
   */
  fieldMessages?: Readonly<Record<string, string>>;
}

/** A language's interface words, and whether they are in that language. */
export interface CheckoutTextEntry {
  /** The BCP 47 language of `text` (`en` where the locale has no interface words of lendkit's). */
  readonly lang: string;
  /** `false`: the locale has no interface words of lendkit's; the English ones stand in. */
  readonly translated: boolean;
  /** Where the words come from (lendkit's own, not reviewed by a native speaker). */
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
  continue: "Continue",
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
  continue: "Continuar",
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
  continue: "Fortsätt",
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

const FI: CheckoutText = {
  title: "Maksa erissä",
  amount: "Rahoitettava summa ({currency})",
  term: "Laina-aika",
  choosePlan: "Valitse rahoitusvaihtoehto",
  noPlan: "Tälle summalle ja laina-ajalle ei ole rahoitusvaihtoehtoa.",
  continueWith: "Jatka: {plan}",
  continue: "Jatka",
  showSchedule: "Näytä maksusuunnitelma",
  hideSchedule: "Piilota maksusuunnitelma",
  programs: { zero_program: "Koroton", free_program: "Joustava" },
  scheduleTitle: "Maksusuunnitelma",
  scheduleTable: "Maksusuunnitelma taulukkona",
  colNumber: "#",
  colPayment: "Maksuerä",
  colPrincipal: "Lyhennys",
  colInterest: "Korko",
  colBalance: "Jäljellä",
  balanceOwed: "Jäljellä oleva velka",
  chartTitle: "Maksusuunnitelma: {count} maksuerää; jokainen pylväs on yksi maksuerä jaettuna lyhennykseen ja korkoon, viiva on jäljellä oleva velka (alussa {from}, lopussa {to}).",
  noTerm: "Millään vaihtoehdolla ei ole tätä laina-aikaa.",
  range: "Rahoitusta on saatavilla {min}–{max}.",
  amountInvalid: "Kirjoita rahoitettava summa numeroina.",
  noFinancing: "Tälle summalle ja laina-ajalle ei ole rahoitusta.",
  borrowerTitle: "Tietosi",
  recap: "{plan}: {instalments}, rahoitettava summa {amount}, {apr}.",
  pendingNote: "Hakemuksella on jo viitenumero: jos lähetät sen uudelleen, uutta hakemusta ei synny.",
  firstName: "Etunimi",
  lastName: "Sukunimi",
  email: "Sähköposti",
  phone: "Matkapuhelin",
  phoneHint: "Jos numerossa ei ole maatunnusta (+), maaksi oletetaan {country}.",
  document: "DNI tai NIE",
  documentHint: "Tarkistetaan vain tässä; luotonantaja varmentaa sen hakemuksen käsittelyssä.",
  documentRequired: "kirjoita DNI- tai NIE-numerosi",
  attentionOne: "{count} kenttä vaatii huomiota",
  attentionOther: "{count} kenttää vaatii huomiota",
  send: "Lähetä hakemus",
  sending: "Lähetetään…",
  back: "Takaisin",
  lenderRefused: "Luotonantaja ei voinut vastaanottaa hakemusta: {message}",
  loanTitle: "Hakemuksesi",
  status: "Tila: {status}",
  loanNote: "Tämän ostoskorin hakemus oli jo saapunut luotonantajalle ensin lähetetyillä tiedoilla: tässä se on.",
  invite: "Lähetimme osoitteeseen {email} kutsun hakemuksen täydentämiseen ja sopimuksen allekirjoittamiseen luotonantajan kanssa. Kutsu on voimassa {date} asti.",
  inviteClosed: "Osoitteeseen {email} lähetetty kutsu on suljettu: {status}.",
  complete: "Hakemus on valmis.",
  inviteDone: "Osoitteeseen {email} lähetetty kutsu on täytetty; luotonantaja käsittelee hakemusta.",
  reference: "Viite",
  progress: "Eteneminen",
  cancel: "Peru hakemus",
  restart: "Aloita uusi hakemus",
  cancelFailed: "Peruminen ei onnistunut: {message}",
  statusAnnounce: "Hakemuksen tila: {status}.",
  steps: {
    status_initial: "Hakemus luotu, kutsu lähetetty",
    status_opened: "Hakija avasi kutsun",
    status_kyc_set: "Henkilöllisyys varmennettu",
    status_income_set: "Tulotiedot lisätty",
    status_professional_details_set: "Työsuhdetiedot lisätty",
    status_risk_set: "Riski arvioitu",
    status_analysing: "Hakemus käsittelyssä",
    status_lender_has_been_selected: "Hyväksytty: luotonantaja valittu",
    status_contract_sent: "Sopimus lähetetty allekirjoitettavaksi",
    status_contract_signed: "Sopimus allekirjoitettu",
    status_docs_approved: "Asiakirjat hyväksytty",
    status_active_trial: "Laina maksettu (peruuttamisaika)",
    status_active: "Laina voimassa",
    status_ended: "Laina maksettu takaisin ja päättynyt",
    status_desisted: "Hakija perui lainan",
    status_denied: "Hakemus hylätty",
    status_expired: "Kutsu vanheni",
    status_cancelled: "Hakemus peruttu",
    status_cancelled_test: "Peruttu (testi)",
  },
  fieldMessages: {
    required: "on pakollinen",
    empty: "ei voi olla tyhjä",
    too_long: "on liian pitkä",
    invalid_email: "ei ole kelvollinen sähköpostiosoite",
    invalid_format: "on väärässä muodossa",
    invalid_checksum: "tarkistusmerkki on väärä",
    missing_country_code: "pitää alkaa +-merkillä ja maatunnuksella",
    unknown_country: "maata ei tunnisteta",
    unknown_calling_code: "maatunnusta ei tunnisteta",
    phone_too_short: "on liian lyhyt",
    phone_too_long: "on liian pitkä",
    "*": "on virheellinen",
  },
};

const NB: CheckoutText = {
  title: "Del opp betalingen",
  amount: "Beløp som skal finansieres ({currency})",
  term: "Nedbetalingstid",
  choosePlan: "Velg betalingsplan",
  noPlan: "Ingen plan passer til dette beløpet og denne nedbetalingstiden.",
  continueWith: "Fortsett med {plan}",
  continue: "Fortsett",
  showSchedule: "Vis nedbetalingsplan",
  hideSchedule: "Skjul nedbetalingsplan",
  programs: { zero_program: "Rentefritt", free_program: "Fleksibel" },
  scheduleTitle: "Nedbetalingsplan",
  scheduleTable: "Nedbetalingsplanen som tabell",
  colNumber: "#",
  colPayment: "Terminbeløp",
  colPrincipal: "Avdrag",
  colInterest: "Renter",
  colBalance: "Gjenstår",
  balanceOwed: "Gjenstående gjeld",
  chartTitle: "Nedbetalingsplan: {count} terminer; hver søyle er én termin delt i avdrag og renter, linjen er gjenstående gjeld, fra {from} ned til {to}.",
  noTerm: "Ingen plan har denne nedbetalingstiden.",
  range: "Finansiering er tilgjengelig fra {min} til {max}.",
  amountInvalid: "Skriv beløpet som skal finansieres, med tall.",
  noFinancing: "Ingen finansiering for dette beløpet og denne nedbetalingstiden.",
  borrowerTitle: "Dine opplysninger",
  recap: "{plan}: {instalments}, {amount} finansieres, {apr}.",
  pendingNote: "Søknaden har allerede et referansenummer: sender du den på nytt, blir det ingen ny søknad.",
  firstName: "Fornavn",
  lastName: "Etternavn",
  email: "E-post",
  phone: "Mobilnummer",
  phoneHint: "Numre uten landskode (+) leses som numre i {country}.",
  document: "DNI eller NIE",
  documentHint: "Kontrolleres bare her; långiveren bekrefter det når søknaden behandles.",
  documentRequired: "skriv inn DNI eller NIE",
  attentionOne: "{count} felt må rettes",
  attentionOther: "{count} felt må rettes",
  send: "Send søknad",
  sending: "Sender…",
  back: "Tilbake",
  lenderRefused: "Långiveren kunne ikke ta imot søknaden: {message}",
  loanTitle: "Din søknad",
  status: "Status: {status}",
  loanNote: "Søknaden for denne handlekurven hadde allerede nådd långiveren, med opplysningene som ble sendt først: her er den.",
  invite: "Vi har sendt en invitasjon til {email} om å fullføre søknaden og signere avtalen med långiveren. Den gjelder til og med {date}.",
  inviteClosed: "Invitasjonen som ble sendt til {email}, er lukket: {status}.",
  complete: "Søknaden er ferdig.",
  inviteDone: "Invitasjonen som ble sendt til {email}, er fullført; långiveren behandler søknaden.",
  reference: "Referanse",
  progress: "Fremdrift",
  cancel: "Avbryt søknaden",
  restart: "Start en ny søknad",
  cancelFailed: "Kunne ikke avbryte: {message}",
  statusAnnounce: "Søknadens status: {status}.",
  steps: {
    status_initial: "Søknad opprettet, invitasjon sendt",
    status_opened: "Låntakeren har åpnet invitasjonen",
    status_kyc_set: "Identiteten bekreftet",
    status_income_set: "Inntektsopplysninger lagt til",
    status_professional_details_set: "Arbeidsopplysninger lagt til",
    status_risk_set: "Risikoen vurdert",
    status_analysing: "Søknaden behandles",
    status_lender_has_been_selected: "Innvilget: långiver valgt",
    status_contract_sent: "Avtalen sendt til signering",
    status_contract_signed: "Avtalen signert",
    status_docs_approved: "Dokumentene godkjent",
    status_active_trial: "Lånet utbetalt (angrefrist)",
    status_active: "Lånet er aktivt",
    status_ended: "Lånet nedbetalt og avsluttet",
    status_desisted: "Låntakeren har angret lånet",
    status_denied: "Søknaden avslått",
    status_expired: "Invitasjonen har utløpt",
    status_cancelled: "Søknaden avbrutt",
    status_cancelled_test: "Avbrutt (test)",
  },
  fieldMessages: {
    required: "må fylles ut",
    empty: "kan ikke være tomt",
    too_long: "er for langt",
    invalid_email: "er ikke en gyldig e-postadresse",
    invalid_format: "har feil format",
    invalid_checksum: "har feil kontrollsiffer",
    missing_country_code: "må begynne med + og landskoden",
    unknown_country: "har et ukjent land",
    unknown_calling_code: "har en ukjent landskode",
    phone_too_short: "har for få sifre",
    phone_too_long: "har for mange sifre",
    "*": "er ugyldig",
  },
};

const DA: CheckoutText = {
  title: "Betal i rater",
  amount: "Beløb, der skal finansieres ({currency})",
  term: "Løbetid",
  choosePlan: "Vælg betalingsplan",
  noPlan: "Der er ingen plan til dette beløb og denne løbetid.",
  continueWith: "Fortsæt med {plan}",
  continue: "Fortsæt",
  showSchedule: "Vis afdragsplan",
  hideSchedule: "Skjul afdragsplan",
  programs: { zero_program: "Rentefri", free_program: "Fleksibel" },
  scheduleTitle: "Afdragsplan",
  scheduleTable: "Afdragsplanen som tabel",
  colNumber: "#",
  colPayment: "Ydelse",
  colPrincipal: "Afdrag",
  colInterest: "Renter",
  colBalance: "Restgæld",
  balanceOwed: "Resterende gæld",
  chartTitle: "Afdragsplan: {count} ydelser; hver søjle er én ydelse fordelt på afdrag og renter, linjen er den resterende gæld, fra {from} ned til {to}.",
  noTerm: "Ingen plan har denne løbetid.",
  range: "Der kan finansieres fra {min} til {max}.",
  amountInvalid: "Skriv beløbet, der skal finansieres, med tal.",
  noFinancing: "Ingen finansiering til dette beløb og denne løbetid.",
  borrowerTitle: "Dine oplysninger",
  recap: "{plan}: {instalments}, {amount} finansieres, {apr}.",
  pendingNote: "Ansøgningen har allerede sit referencenummer: sender du den igen, oprettes der ikke en ny.",
  firstName: "Fornavn",
  lastName: "Efternavn",
  email: "E-mail",
  phone: "Mobilnummer",
  phoneHint: "Numre uden landekode (+) læses som numre i {country}.",
  document: "DNI eller NIE",
  documentHint: "Kontrolleres kun her; långiveren verificerer det, når ansøgningen behandles.",
  documentRequired: "indtast dit DNI eller NIE",
  attentionOne: "{count} felt skal rettes",
  attentionOther: "{count} felter skal rettes",
  send: "Send ansøgning",
  sending: "Sender…",
  back: "Tilbage",
  lenderRefused: "Långiveren kunne ikke modtage ansøgningen: {message}",
  loanTitle: "Din ansøgning",
  status: "Status: {status}",
  loanNote: "Kurvens ansøgning var allerede nået frem til långiveren med de oplysninger, der blev sendt først: her er den.",
  invite: "Vi har sendt en invitation til {email} om at færdiggøre ansøgningen og underskrive aftalen med långiveren. Den gælder til og med {date}.",
  inviteClosed: "Invitationen, der blev sendt til {email}, er lukket: {status}.",
  complete: "Ansøgningen er færdig.",
  inviteDone: "Invitationen, der blev sendt til {email}, er gennemført; långiveren behandler ansøgningen.",
  reference: "Referencenummer",
  progress: "Forløb",
  cancel: "Annuller ansøgningen",
  restart: "Start en ny ansøgning",
  cancelFailed: "Kunne ikke annullere: {message}",
  statusAnnounce: "Ansøgningens status: {status}.",
  steps: {
    status_initial: "Ansøgning oprettet, invitation sendt",
    status_opened: "Låntageren har åbnet invitationen",
    status_kyc_set: "Identiteten bekræftet",
    status_income_set: "Indkomstoplysninger tilføjet",
    status_professional_details_set: "Ansættelsesoplysninger tilføjet",
    status_risk_set: "Risikoen vurderet",
    status_analysing: "Ansøgningen behandles",
    status_lender_has_been_selected: "Bevilget: långiver valgt",
    status_contract_sent: "Aftalen sendt til underskrift",
    status_contract_signed: "Aftalen underskrevet",
    status_docs_approved: "Dokumenterne godkendt",
    status_active_trial: "Lånet udbetalt (fortrydelsesfrist)",
    status_active: "Lånet er aktivt",
    status_ended: "Lånet tilbagebetalt og afsluttet",
    status_desisted: "Låntageren har fortrudt lånet",
    status_denied: "Ansøgningen afvist",
    status_expired: "Invitationen er udløbet",
    status_cancelled: "Ansøgningen annulleret",
    status_cancelled_test: "Annulleret (test)",
  },
  fieldMessages: {
    required: "skal udfyldes",
    empty: "må ikke være tomt",
    too_long: "er for langt",
    invalid_email: "er ikke en gyldig e-mailadresse",
    invalid_format: "har et ugyldigt format",
    invalid_checksum: "har et forkert kontrolciffer",
    missing_country_code: "skal begynde med + og landekoden",
    unknown_country: "har et ukendt land",
    unknown_calling_code: "har en ukendt landekode",
    phone_too_short: "har for få cifre",
    phone_too_long: "har for mange cifre",
    "*": "er ugyldigt",
  },
};

/** Said of every table but English: whose words they are, and how to replace them. */
const OWN = "lendkit's own interface words (not legal wordings), not reviewed by a native speaker; replace any of them in interfaceText";
const UNTRANSLATED = "no interface wording of lendkit's in this language: English stands in; pass your own in interfaceText";

const TABLE: Readonly<Record<string, CheckoutTextEntry>> = {
  en: { lang: "en", translated: true, text: EN },
  es: { lang: "es", translated: true, note: OWN, text: ES },
  sv: { lang: "sv", translated: true, note: OWN, text: SV },
  fi: { lang: "fi", translated: true, note: OWN, text: FI },
  nb: { lang: "nb", translated: true, note: OWN, text: NB },
  // `no` (Norwegian) is written in bokmål here.
  no: { lang: "nb", translated: true, note: OWN, text: NB },
  da: { lang: "da", translated: true, note: OWN, text: DA },
};

/** The interface words for a BCP 47 primary language (`es`); English for any other. */
export function checkoutText(language: string): CheckoutTextEntry {
  return TABLE[language] ?? { lang: "en", translated: language === "en", ...(language === "en" ? {} : { note: UNTRANSLATED }), text: EN };
}
