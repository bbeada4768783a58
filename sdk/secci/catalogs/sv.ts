// Swedish (sv): the legal wordings of the Swedish language version of
// Directive (EU) 2023/2225, Annex I, could not be read while this catalog was
// written: the EUR-Lex Swedish consolidated text (02023L2225-20231030) was
// reachable only by its first articles, and no transcription of the Swedish
// Annex I was found (the national form of förordning (2010:1856) is the old
// directive 2008/48/EG's, not this one). So every legal wording is marked
// unsourced: lendkit does not translate legal texts. A merchant supplies them
// with `secci(quote, { messages })`; until then the sheet shows the
// directive's English wording, marked lang="en", and lists the keys in
// `Secci.unsourced`. Only the interface words (`ui.*`) are lendkit's own.
import { EN, type SecciMessageKey } from "./en.js";
import { legalUnsourced } from "./types.js";

export const SV = legalUnsourced(
  Object.keys(EN) as SecciMessageKey[],
  "not sourced: the Swedish language version of Directive (EU) 2023/2225, Annex I, was not readable here; supply it in options.messages",
  {
    "ui.number": "Nr",
    "ui.date": "Datum",
    "ui.payment": "Betalning",
    "ui.principal": "Amortering",
    "ui.interest": "Ränta",
    "ui.fees": "Avgifter",
    "ui.balance": "Kvarvarande skuld",
    "ui.print": "Skriv ut",
    "ui.download": "Ladda ner",
  },
);
