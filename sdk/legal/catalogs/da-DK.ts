// Danish. Legal terms of markedsføringsloven § 18, stk. 1 og 2 (the Danish
// transposition of the advertising article). The CCD2 warning in Danish is the
// one EUR-Lex's Danish summary of the directive quotes (the Publications
// Office's summary, not the directive's text: `verified: false`); neither the
// Danish language version of Art. 8(1) nor the bill implementing it (L 19 of
// 2025-26) was readable here beyond its first pages.
import type { Catalog, Source } from "../catalog.js";

const MFL = (article: string): Source => ({
  document: "Lov om markedsføring (markedsføringsloven)",
  article,
  url: "https://danskelove.dk/markedsf%C3%B8ringsloven/18",
  verified: true,
});

export const catalog: Catalog = {
  id: "da-DK",
  language: "da",
  warning: {
    text: "Advarsel! Det koster penge at låne penge",
    source: {
      document: "Resumé af direktiv (EU) 2023/2225 om forbrugerkreditaftaler (EUR-Lex, dansk version)",
      article: "Art. 8(1), as the summary quotes it («Reklamer skal indeholde ordlyden: »Advarsel! Det koster penge at låne penge« eller en tilsvarende ordlyd.»)",
      url: "https://eur-lex.europa.eu/DA/legal-content/summary/consumer-credit-agreements-2023.html",
      verified: false,
      note:
        "EUR-Lex's summary quotes the directive's wording (its English summary quotes ‘Caution! Borrowing money costs money.’, the English Art. 8(1) word for word); the Danish language version of Art. 8(1) itself was not read here, nor the Danish implementing act (L 19, 2025-26, whose consultation note speaks of an «advarsel om, at det koster penge at låne penge»): check it against them",
    },
  },
  heading: { text: "Repræsentativt eksempel", source: { ...MFL("§ 18, stk. 2 («ved hjælp af et repræsentativt eksempel»)"), note: "capitalised as a heading" } },
  labels: {
    borrowingRate: { text: "Debitorrenten (fast)", source: MFL("§ 18, stk. 1, nr. 1 («Debitorrenten, herunder om den er fast eller variabel»)") },
    totalAmountOfCredit: { text: "Det samlede kreditbeløb", source: MFL("§ 18, stk. 1, nr. 2") },
    apr: { text: "De årlige omkostninger i procent (ÅOP)", source: MFL("§ 18, stk. 1, nr. 3") },
    duration: { text: "Kreditaftalens løbetid", source: MFL("§ 18, stk. 1, nr. 4") },
    totalAmountPayable: { text: "Det samlede beløb, som skal betales af forbrugeren", source: MFL("§ 18, stk. 1, nr. 6") },
    instalment: { text: "Ydelsernes størrelse", source: MFL("§ 18, stk. 1, nr. 6") },
    cashPrice: { text: "Kontantprisen", source: MFL("§ 18, stk. 1, nr. 5") },
    advancePayment: { text: "Forudbetaling", source: { ...MFL("§ 18, stk. 1, nr. 5 («størrelsen af en eventuel forudbetaling»)"), note: "the noun as the law writes it, capitalised" } },
  },
};
