// Spanish (es): the legal wordings of the Spanish language version of
// Directive (EU) 2023/2225, Annex I ("Información normalizada europea sobre el
// crédito al consumo") could not be read while this catalog was written: the
// EUR-Lex Spanish text (OJ L, 2023/2225, 30.10.2023) was reachable only by its
// preamble, and no transcription of the Spanish Annex I was found. So every
// legal wording is marked unsourced: lendkit does not translate legal texts.
// A merchant supplies them with `secci(quote, { messages })` (e.g. from the
// Spanish Official Journal text its lawyers checked); until then the sheet
// shows the directive's English wording, marked lang="en", and lists the keys in
// `Secci.unsourced`. Only the interface words (`ui.*`) are lendkit's own.
import { EN, type SecciMessageKey } from "./en.js";
import { legalUnsourced } from "./types.js";

export const ES = legalUnsourced(
  Object.keys(EN) as SecciMessageKey[],
  "not sourced: the Spanish language version of Directive (EU) 2023/2225, Annex I, was not readable here; supply it in options.messages",
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
);
