// Danish. Legal terms of markedsføringsloven § 18, stk. 1 og 2 (the Danish
// transposition of the advertising article). The CCD2 warning in Danish
// could not be sourced (the bill L 19 of 2025-26 implementing it was not
// readable here): it is marked unsourced and the merchant supplies it.
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
    unsourced: true,
    reason:
      "The Danish language version of Directive (EU) 2023/2225 Art. 8(1) and the Danish implementing act (L 19, 2025-26) were not readable here: supply the wording in messages.warning",
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
