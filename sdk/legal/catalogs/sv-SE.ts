// Swedish. Sweden's own warning (Konsumentverket, KOVFS 2025:1), the Swedish
// language version's warning for Swedish in other CCD2 markets (Finland), and
// the legal terms of the Nordic consumer ombudsmen's guidelines on consumer
// credit in the marketing of goods and services (Swedish version), which list
// what an advertisement of instalment credit names, and the Swedish statute
// itself (konsumentkreditlagen 7 §) where it names the item.
import type { Catalog, Source } from "../catalog.js";

const GUIDELINES: Source = {
  document: "Konsumenträttsliga riktlinjer: Konsumentkrediter vid marknadsföring av varor och tjänster (de nordiska konsumentombudsmännen)",
  article: "punkt 7 (uppgifter om engångskredit i reklam)",
  url: "http://docplayer.se/550915-Konsumentrattsliga-riktlinjer.html",
  verified: true,
};
// Konsumentkreditlag (2010:1846), as consolidated on riksdagen.se (amended
// through SFS 2026:249), read in the git transcription of the Swedish statute
// book github.com/legalize-dev/legalize-se, se/SFS-2010-1846.md. 7 §: "Om
// någon annan räntesats eller sifferuppgift än den effektiva räntan anges i
// marknadsföringen, ska näringsidkaren dessutom, med angivande av ett
// representativt exempel, lämna information om 1. krediträntan, med angivande
// av om den är bunden eller rörlig, ..."
const KKL = (article: string, note?: string): Source => ({
  document: "Konsumentkreditlag (2010:1846)",
  article,
  url: "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/sfs-2010-1846",
  verified: true,
  note: `read in the consolidated text (amended through SFS 2026:249) as github.com/legalize-dev/legalize-se transcribes it (se/SFS-2010-1846.md)${note ? `; ${note}` : ""}`,
});

export const catalog: Catalog = {
  id: "sv-SE",
  language: "sv",
  warning: {
    text: "Obs! Att låna pengar kostar pengar",
    source: {
      document: "Sammanfattning av direktiv (EU) 2023/2225 (EUR-Lex, svensk version)",
      article: "Art. 8(1), as the summary quotes it",
      url: "https://eur-lex.europa.eu/legal-content/SV/ALL/?uri=legissum%3A4707402",
      verified: false,
      note: "EUR-Lex's Swedish summary quotes ”Obs! Att låna pengar kostar pengar”; the Swedish language version of Art. 8(1) itself was not read here",
    },
  },
  marketWarnings: {
    SE: {
      text: "Att låna kostar pengar!",
      source: {
        document: "Konsumentverkets föreskrifter KOVFS 2025:1 (i kraft 2025-03-01)",
        article: "varningstext i marknadsföring av krediter",
        url: "https://help.kustom.co/en/articles/277277-new-regulations-for-marketing-consumer-credit-in-sweden",
        verified: false,
        note: "from the project's DISCLOSURE-NOTES.md (a secondary summary), and quoted the same way by a payment provider's guide (help.kustom.co, also secondary: KOVFS 2025:1 itself was not readable here); the statutory basis, konsumentkreditlagen (2010:1846) 7 b § (Lag 2024:1238: «en särskild upplysning med information om att en kredit medför kostnader för konsumenten»), was read in the statute, the headline's words were not. KOVFS 2025:1 also asks for a sentence on the risks, one on debt advice and a warning symbol: lendkit shows the headline and a symbol; the two sentences are the merchant's (messages.warning)",
      },
    },
  },
  heading: {
    text: "Representativt exempel",
    source: KKL("7 § («med angivande av ett representativt exempel»)", "capitalised as a heading"),
  },
  labels: {
    borrowingRate: {
      text: "Krediträntan (bunden)",
      source: KKL(
        "7 § andra stycket 1 («krediträntan, med angivande av om den är bunden eller rörlig»)",
        "the statute's words; «bunden» (fixed) in parentheses because lendkit's quotes have a fixed borrowing rate",
      ),
    },
    totalAmountOfCredit: { text: "Kreditbeloppet", source: GUIDELINES },
    apr: {
      text: "Effektiv ränta",
      source: {
        document: "Konsumentkreditlagen (2010:1846), as Konsumentverket explains it",
        article: "7 § första stycket",
        url: "https://www.konsumentverket.se/for-foretag/regler-per-omradebransch/finansiella-tjanster/krediter/marknadsforing-av-kredit/",
        verified: true,
      },
    },
    duration: { text: "Kreditavtalets löptid", source: GUIDELINES },
    totalAmountPayable: { text: "Sammanlagda summan av en kredit och kreditkostnader", source: GUIDELINES },
    instalment: { text: "Beloppet av en betalningspost", source: GUIDELINES },
    cashPrice: { text: "Kontantpris", source: GUIDELINES },
    advancePayment: { text: "Handpenning", source: GUIDELINES },
  },
};
