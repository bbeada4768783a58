// English: the Standard European Consumer Credit Information of Directive (EU)
// 2023/2225, Annex I, as the English language version of the directive words
// it (OJ L, 2023/2225, 30.10.2023, CELEX 32023L2225). Read through the EUR-Lex
// English text as quoted by fantasticsearch.net (Annex I, Part I cells) and the
// transcription in github.com/frankdevlabs/ccd2-2023-2225
// (extracts/directive/annexes.md and precontractual-information.md, commit
// 598836c6ab1af883896a9949b4f5411cef40bcfc), checked against each other where
// both have the cell. Where the Annex's own cell text was not readable (the
// transcription lost some table cells of section 2), the label is the
// directive's wording in Article 10 for the same item, cited as such.
// Section 4 ("Additional information in the case of the distance marketing of
// financial services"): only its heading and its two sub-headings, "(a)
// Concerning the creditor" and "(b) Concerning the credit agreement", could be
// read (annexes.md at the same commit, unchanged at 6920ca2); the transcription
// lost the section's table cells, so the rows' labels and texts are the
// creditor's (`secci(quote, { distanceMarketing })`), never lendkit's.
//
// `ui.*` entries are lendkit's own interface words (buttons, table headers), not
// legal texts.
import type { Wording } from "./types.js";

const A1 = "Directive (EU) 2023/2225, Annex I";
const P1 = `${A1}, Key information, Part I`;
const P2 = `${A1}, Key information, Part II`;
const S1 = `${A1}, Additional information, 1. Description of the main features of the credit product`;
const S2 = `${A1}, Additional information, 2. Costs of the credit`;
const S3 = `${A1}, Additional information, 3. Other important legal aspects`;
const S4 = `${A1}, Additional information, 4. Additional information in the case of the distance marketing of financial services`;
const ART10 = "Directive (EU) 2023/2225, Article 10";
const UI = "lendkit interface text (not a legal text)";

const w = (text: string, source: string): Wording => ({ text, source });

export const EN = {
  title: w("Standard European Consumer Credit Information", A1),
  "part1.title": w("Key information", A1),
  "part1.sectionI": w("Part I", A1),
  "part1.sectionII": w("Part II", A1),
  "part2.title": w("Additional information about the credit agreement", A1),
  "section.mainFeatures": w("1. Description of the main features of the credit product", S1),
  "section.costs": w("2. Costs of the credit", S2),
  "section.legal": w("3. Other important legal aspects", S3),
  "section.distanceMarketing": w("4. Additional information in the case of the distance marketing of financial services", S4),
  "distanceMarketing.creditor": w("(a) Concerning the creditor", `${S4}, (a)`),
  "distanceMarketing.agreement": w("(b) Concerning the credit agreement", `${S4}, (b)`),

  creditor: w("Creditor", P1),
  intermediary: w("Credit intermediary", P1),
  totalAmountOfCredit: w("Total amount of credit", P1),
  "totalAmountOfCredit.help": w("This means the ceiling or the total sums made available under the credit agreement.", P1),
  duration: w("Duration of the credit agreement", P1),
  borrowingRate: w("The borrowing rate or, where applicable, different borrowing rates which apply to the credit agreement", P1),
  fixed: w("fixed", P1),
  apr: w("Annual percentage rate of charge (APR)", P1),
  "apr.help": w("This is the total cost expressed as an annual percentage of the total amount of credit. The APR is there to help you compare different offers.", P1),
  totalAmountPayable: w("Total amount you will have to pay", P1),
  "totalAmountPayable.help": w("This means the amount of borrowed capital plus interest and possible costs related to your credit.", P1),
  goods: w(
    "The credit is granted in the form of a deferred payment for specific goods or specific services or is linked to the supply of specific goods or the provision of specific services",
    P1,
  ),
  goodsName: w("Name of good/service", P1),
  cashPrice: w("Cash price", P1),
  advancePayment: w("The amount of any advance payment", "Directive (EU) 2023/2225, Article 8(3)(e)"),
  latePayment: w("Costs in the case of late payments", P1),
  "latePayment.text": w("You will be charged {terms} for late payments.", P1),

  instalment: w("Instalments and, where appropriate, the order in which instalments will be allocated", P2),
  "instalment.text": w("You will have to pay the following: {payments}", P2),
  numberOfPayments: w("Number of payments", `${ART10}(3)(h) ("the amount, number and frequency of payments")`),
  paymentFrequency: w("Frequency of payments", `${ART10}(3)(h) ("the amount, number and frequency of payments")`),
  missedPayments: w("Warning regarding the consequences of missing or late payments", P2),
  "missedPayments.text": w(
    "Missing or late payments could have severe consequences for you (e.g. forced sale) and make it more difficult for you to obtain credit in the future.",
    P2,
  ),
  withdrawal: w("Right of withdrawal", P2),
  "withdrawal.text": w("You have the right to withdraw from the credit agreement within a period of {days} calendar days.", P2),
  earlyRepayment: w("Early repayment", P2),
  "earlyRepayment.text": w("You have the right to repay the credit early at any time fully or partially.", P2),
  "earlyRepayment.compensation": w("The creditor is entitled to compensation in the case of early repayment.", P2),
  address: w("Geographical address", P2),
  phone: w("Telephone number", P2),
  email: w("Email address", P2),
  web: w("Web address", P2),

  typeOfCredit: w("The type of credit", S1),
  drawdown: w("The conditions governing the drawdown", S1),
  "drawdown.help": w("This means how and when you will obtain the money.", S1),
  sureties: w("Sureties required", S1),
  "sureties.help": w("This is a description of the security to be provided by you in relation to the credit agreement.", S1),
  noAmortisation: w("Repayments do not give rise to immediate amortisation of the capital.", S1),
  personalisedPrice: w("The price was personalised on the basis of automated decision-making.", S1),

  representativeExample: w("Representative example", `${ART10}(5)(f)`),
  totalCostOfCredit: w("Total cost of the credit to the consumer", `${ART10}(5)(f); Article 3, point (g)`),
  otherCharges: w("Any other charges deriving from the credit agreement", `${ART10}(5)(e)`),
  ancillaryServices: w(
    "Is it compulsory, in order to obtain the credit or to obtain it on the terms and conditions marketed, to take out an insurance policy securing the credit, or another ancillary service contract?",
    S2,
  ),
  yes: w("Yes", `${A1} ("Yes/no")`),
  no: w("No", `${A1} ("Yes/no")`),

  "earlyRepayment.compensationTerms": w("The creditor is entitled to compensation in the case of early repayment", S3),
  database: w("Consultation of a database", S3),
  "database.text": w(
    "The creditor must inform you immediately and without charge of the result of consulting a database, if a credit application is rejected on the basis of such a consultation.",
    S3,
  ),
  draftAgreement: w("Right to a draft credit agreement", S3),
  "draftAgreement.text": w(
    "You have the right, upon request, to obtain a copy of the draft credit agreement free of charge. This provision applies if the creditor is willing, at the time of your request, to proceed to the conclusion of the credit agreement with you.",
    S3,
  ),
  validity: w("The period of time during which the creditor is bound by the pre-contractual information", S3),
  "validity.text": w("The information contained in this form is valid from {from} until {until}.", S3),
  redress: w("Concerning redress", S3),
  "redress.help": w("You have the right to access an out-of-court complaint and redress mechanism", S3),
  nonCompliance: w("Warning regarding the legal and financial consequences of non-compliance", S3),
  "nonCompliance.text": w(
    "Non-compliance with the commitments linked to the credit agreement other than late or missed payments could have severe consequences for you.",
    S3,
  ),
  repaymentSchedule: w("Repayment schedule", S3),

  "ui.number": w("No.", UI),
  "ui.date": w("Date", UI),
  "ui.payment": w("Payment", UI),
  "ui.principal": w("Capital", UI),
  "ui.interest": w("Interest", UI),
  "ui.fees": w("Charges", UI),
  "ui.balance": w("Outstanding capital", UI),
  "ui.print": w("Print", UI),
  "ui.download": w("Download", UI),
} satisfies Record<string, Wording>;

/** Every wording key of the sheet. */
export type SecciMessageKey = keyof typeof EN;
