// Swedish (sv): the legal wordings of the Swedish language version of
// Directive (EU) 2023/2225, Annex I, could not be read while this catalog was
// written: the EUR-Lex Swedish consolidated text (02023L2225-20231030) was
// reachable only by its first articles, and no transcription of the Swedish
// Annex I was found (the national form of förordning (2010:1856) is the old
// directive 2008/48/EG's, not this one). One wording is sourced from the
// Swedish statute: the form's title, which konsumentkreditlag (2010:1846) 8 §
// names (the form of 2008/48/EG Annex II, whose English title "Standard
// European Consumer Credit Information" 2023/2225 Annex I keeps word for
// word). Every other legal wording is marked unsourced: lendkit does not
// translate legal texts. A merchant supplies them with `secci(quote, {
// messages })`; until then the sheet shows the directive's English wording,
// marked lang="en", and lists the keys in `Secci.unsourced`. Only the
// interface words (`ui.*`) are lendkit's own.
import { EN, type SecciMessageKey } from "./en.js";
import { legalUnsourced, type CatalogEntry } from "./types.js";

export const SV: Record<SecciMessageKey, CatalogEntry> = {
  ...legalUnsourced(
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
  ),
  title: {
    text: "Standardiserad europeisk konsumentkreditinformation",
    source:
      "Konsumentkreditlag (2010:1846) 8 § andra stycket («Informationen ska ges i formuläret \"Standardiserad europeisk konsumentkreditinformation\"»), the form of Directive 2008/48/EG Annex II (förordning 2010:1856), whose English title is word for word that of Directive (EU) 2023/2225 Annex I;" +
      " not the Swedish language version of 2023/2225, which was not readable here. Read in the consolidated statute (amended through SFS 2026:249) as github.com/legalize-dev/legalize-se transcribes it (se/SFS-2010-1846.md)",
  },
};
