// Finnish. Legal terms of the Finnish Consumer Ombudsman's guideline on
// consumer credit in the marketing of goods and services (kuluttaja-asiamiehen
// linjaus), which lists what an advertisement of instalment credit names,
// after kuluttajansuojalaki 7 luku 8 §. The CCD2 warning in Finnish could not
// be sourced: it is marked unsourced and the merchant supplies it.
import type { Catalog, Source } from "../catalog.js";

const KKV: Source = {
  document: "Kuluttaja-asiamiehen linjaus: Kuluttajaluotto tavaroiden ja palveluiden markkinoinnissa (2013)",
  article: "kohta 7 (kertaluoton tiedot mainoksessa)",
  url: "https://www.marketingfinland.fi/hakemisto/luotto/",
  verified: true,
};

export const catalog: Catalog = {
  id: "fi-FI",
  language: "fi",
  warning: {
    unsourced: true,
    reason:
      "The Finnish language version of Directive (EU) 2023/2225 Art. 8(1) (EUR-Lex's Finnish text was readable only by its preamble, and no Finnish EUR-Lex summary quoting it was found) and the Finnish implementing act (HE 120/2025 vp, kuluttajansuojalaki 7 luku; Finlex's consolidated kuluttajansuojalaki was not among the statutes reachable here) were not readable: supply the wording in messages.warning",
  },
  heading: {
    text: "Edustava esimerkki",
    source: {
      document: "Kuluttaja-asiamiehen linjaus: Kuluttajaluottojen tarjoaminen",
      article: "kohta 1.2",
      url: "https://www.kkv.fi/kuluttaja-asiat/tietoa-ja-ohjeita-yrityksille/kuluttaja-asiamiehen-linjaukset/kuluttajaluottojen-tarjoaminen/",
      verified: true,
      note: "the source writes «edustavan esimerkin avulla»; the heading is the same words in the nominative",
    },
  },
  labels: {
    borrowingRate: { text: "Luoton korko", source: { ...KKV, note: "the word for a fixed rate was not found in a source read here: the label names the rate only" } },
    totalAmountOfCredit: { text: "Luoton määrä", source: KKV },
    apr: { text: "Todellinen vuosikorko", source: KKV },
    duration: { text: "Luottosopimuksen kesto", source: KKV },
    totalAmountPayable: { text: "Luoton ja luottokustannusten yhteismäärä", source: KKV },
    instalment: { text: "Maksuerän määrä", source: KKV },
    cashPrice: { text: "Käteishinta", source: KKV },
    advancePayment: { text: "Käsiraha", source: KKV },
  },
};
