// Spanish (es). The Spanish language version of Directive (EU) 2023/2225,
// Annex I ("Información normalizada europea sobre el crédito al consumo"),
// could not be read while this catalog was written: the EUR-Lex Spanish text
// (OJ L, 2023/2225, 30.10.2023) was reachable only by its preamble, and no
// transcription of the Spanish Annex I was found. What is sourced here comes
// from Spain's own statute instead: Ley 16/2011, de 24 de junio, de contratos
// de crédito al consumo, anexo II, the Spanish transposition of Directive
// 2008/48/EC Annex II, taken ONLY for the cells whose English is word for word
// the same in 2008/48/EC Annex II and 2023/2225 Annex I (compared: 2008/48/EC
// Annex II as judict.eu/en/hla/32008L0048-X/annex-2 shows the EUR-Lex text, and
// its heading 3 as the corrigendum 32008L0048R(05) replaced it, read at
// eurlexa.com; 2023/2225 Annex I as ./en.ts cites it). One cell differs only
// in letter case ("Annual Percentage Rate of Charge (APR)" in 2008/48/EC,
// "Annual percentage rate of charge (APR)" in 2023/2225); it is reused and says
// so in its source. The law's tables were read in the
// BOE consolidated text as github.com/leyabierta/leyes transcribes it
// (es/BOE-A-2011-10970.md, commit 0f061ae4d30bf61f0c4fb90eab0378f93017a0f9).
// Cells whose English changed in 2023/2225 (even by an article: "The total
// amount of credit" became "Total amount of credit"; "E-mail address" became
// "Email address"), and the cells 2008/48's form does not have, stay unsourced:
// lendkit does not translate legal texts. A merchant supplies them with
// `secci(quote, { messages })`; until then the sheet shows the directive's
// English wording, marked lang="en", and lists the keys in `Secci.unsourced`.
// Only the interface words (`ui.*`) are lendkit's own.
import { EN, type SecciMessageKey } from "./en.js";
import { legalUnsourced, type CatalogEntry } from "./types.js";

/** A cell of Ley 16/2011 anexo II whose English is the same in both directives. */
const ley = (text: string, cell: string, note?: string): CatalogEntry => ({
  text,
  source:
    `Ley 16/2011, de 24 de junio, de contratos de crédito al consumo (BOE-A-2011-10970), anexo II «Información normalizada europea sobre el crédito al consumo», ${cell}` +
    " (Spain's transposition of Directive 2008/48/EC Annex II; the English of this cell is word for word the same in 2008/48/EC Annex II and Directive (EU) 2023/2225 Annex I;" +
    " not the Spanish language version of 2023/2225, which was not readable here)" +
    (note ? `; ${note}` : ""),
});

function sectionFourUnsourced(): Record<"section.distanceMarketing" | "distanceMarketing.creditor" | "distanceMarketing.agreement", CatalogEntry> {
  const note =
    "not sourced: the Spanish language version of Directive (EU) 2023/2225, Annex I, was not readable here, and the distance-marketing section of Directive 2008/48/EC Annex II (and of Ley 16/2011 anexo II) was not compared with this cell; supply it in options.messages";
  return {
    "section.distanceMarketing": { text: null, note },
    "distanceMarketing.creditor": { text: null, note },
    "distanceMarketing.agreement": { text: null, note },
  };
}

export const ES: Record<SecciMessageKey, CatalogEntry> = {
  ...legalUnsourced(
    Object.keys(EN) as SecciMessageKey[],
    "not sourced: the Spanish language version of Directive (EU) 2023/2225, Annex I, was not readable here, and this cell's English differs from Directive 2008/48/EC Annex II's (so Ley 16/2011 anexo II's wording is not reused); supply it in options.messages",
    {
      "ui.number": "N.º",
      "ui.date": "Fecha",
      "ui.payment": "Cuota",
      "ui.principal": "Capital",
      "ui.interest": "Intereses",
      "ui.fees": "Gastos",
      "ui.balance": "Capital pendiente",
      "ui.print": "Imprimir",
      "ui.download": "Descargar",
    },
  ),
  // Section 4 (distance marketing): 2008/48/EC Annex II has its own section on
  // distance marketing, but that section (and Ley 16/2011 anexo II's) was not
  // compared with 2023/2225's here, so nothing of it is reused.
  ...sectionFourUnsourced(),
  title: ley("Información normalizada europea sobre el crédito al consumo", "title (2008/48/EC: «STANDARD EUROPEAN CONSUMER CREDIT INFORMATION»)"),
  creditor: ley("Prestamista", "1 («Creditor»)"),
  intermediary: ley("Intermediario del crédito", "1 («Credit intermediary»)"),
  phone: ley("Número de teléfono", "1 («Telephone number»)", "without the law's «(*)» (optional-data mark)"),
  web: ley("Dirección de página web", "1 («Web address»)", "without the law's «(*)» (optional-data mark)"),
  typeOfCredit: ley("Tipo de crédito", "2 («The type of credit»)"),
  "totalAmountOfCredit.help": ley(
    "Es decir, el importe máximo o la suma de todas las cantidades puestas a disposición del consumidor en el marco de un contrato de crédito.",
    "2 («This means the ceiling or the total sums made available under the credit agreement.»)",
  ),
  drawdown: ley("Condiciones que rigen la disposición de fondos", "2 («The conditions governing the drawdown»)", "without the law's final full stop, as a label"),
  "drawdown.help": ley("Es decir, cuándo y cómo el consumidor obtendrá el dinero.", "2 («This means how and when you will obtain the money.»)"),
  instalment: ley(
    "Los plazos y, en su caso, el orden en que se realizarán los pagos a plazos",
    "2 («Instalments and, where appropriate, the order in which instalments will be allocated»)",
    "without the law's final full stop, as a label",
  ),
  "instalment.text": ley(
    "Deberá usted pagar lo siguiente: {payments}",
    "2 («You will have to pay the following: [the amount, number and frequency of payments to be made by the consumer]»)",
    "{payments} stands for the bracketed instruction, as in the English",
  ),
  fixed: ley("fijo", "3 («[ % — fijo o — variable ...]»; 2008/48/EC and 2023/2225: «fixed, or»)", "the option word alone"),
  apr: ley(
    "Tasa anual equivalente (TAE)",
    "3 («Annual Percentage Rate of Charge (APR)»)",
    "2023/2225 writes «Annual percentage rate of charge (APR)»: the same words, only the letter case differs",
  ),
  "apr.help": ley(
    "La TAE es el coste total del crédito expresado en forma de porcentaje anual del importe total del crédito. La TAE sirve para comparar diferentes ofertas.",
    "3 («This is the total cost expressed as an annual percentage of the total amount of credit. The APR is there to help you compare different offers.»)",
  ),
  yes: ley("Sí", "3 («Sí/no»; both directives: «Yes/no»)", "the first of the pair"),
  no: ley("No", "3 («Sí/no»; both directives: «Yes/no»)", "the second of the pair, capitalised as it stands alone"),
  "totalAmountPayable.help": ley(
    "Es decir, el importe del capital prestado más los intereses y posibles gastos relacionados con su crédito.",
    "2 («This means the amount of borrowed capital plus interest and possible costs related to your credit.»)",
  ),
};
