// Finnish (fi): the legal wordings of the Finnish language version of
// Directive (EU) 2023/2225, Annex I, could not be read while this catalog was
// written: the EUR-Lex Finnish text (OJ L, 2023/2225, 30.10.2023) was reachable
// only by its preamble, and no transcription of the Finnish Annex I was found.
// So every legal wording is marked unsourced: lendkit does not translate legal
// texts. A merchant supplies them with `secci(quote, { messages })`; until then
// the sheet shows the directive's English wording, marked lang="en", and lists
// the keys in `Secci.unsourced`. Only the interface words (`ui.*`) are
// lendkit's own.
import { EN, type SecciMessageKey } from "./en.js";
import { legalUnsourced } from "./types.js";

export const FI = legalUnsourced(
  Object.keys(EN) as SecciMessageKey[],
  "not sourced: the Finnish language version of Directive (EU) 2023/2225, Annex I, was not readable here; supply it in options.messages",
  {
    "ui.number": "Nro",
    "ui.date": "Päivä",
    "ui.payment": "Maksuerä",
    "ui.principal": "Lyhennys",
    "ui.interest": "Korko",
    "ui.fees": "Kulut",
    "ui.balance": "Jäljellä oleva pääoma",
    "ui.print": "Tulosta",
    "ui.download": "Lataa",
  },
);
