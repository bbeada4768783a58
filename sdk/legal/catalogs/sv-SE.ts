// Swedish. Sweden's own warning (Konsumentverket, KOVFS 2025:1), the Swedish
// language version's warning for Swedish in other CCD2 markets (Finland), and
// the legal terms of the Nordic consumer ombudsmen's guidelines on consumer
// credit in the marketing of goods and services (Swedish version), which list
// what an advertisement of instalment credit names.
import type { Catalog, Source } from "../catalog.js";

const GUIDELINES: Source = {
  document: "Konsumenträttsliga riktlinjer: Konsumentkrediter vid marknadsföring av varor och tjänster (de nordiska konsumentombudsmännen)",
  article: "punkt 7 (uppgifter om engångskredit i reklam)",
  url: "http://docplayer.se/550915-Konsumentrattsliga-riktlinjer.html",
  verified: true,
};
const UNSOURCED_FIXED = "the word for a fixed rate (fast) was not found in a source read here: labels.borrowingRate names the rate only";

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
        verified: false,
        note: "from the project's DISCLOSURE-NOTES.md (a secondary summary). KOVFS 2025:1 also asks for a sentence on the risks, one on debt advice and a warning symbol: lendkit shows the headline and a symbol; the two sentences are the merchant's (messages.warning)",
      },
    },
  },
  heading: {
    text: "Representativt exempel",
    source: { document: "Konsumentkreditlagen (2010:1846)", article: "7 §", verified: false, note: "term as recalled, not read here" },
  },
  labels: {
    borrowingRate: { text: "Krediträntan", source: { ...GUIDELINES, note: UNSOURCED_FIXED } },
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
