// English, the directive's English language version: used in EU markets for
// which lendkit has no catalog in the market's own language (the issue's
// fallback), and for English in any CCD2 market.
import type { Catalog, Source } from "../catalog.js";

const CCD2 = (article: string, note: string): Source => ({
  document: "Directive (EU) 2023/2225 (CCD2), English language version (OJ L 2023/2225, 30.10.2023)",
  article,
  verified: false,
  note,
});
const NOTES = "as the project's DISCLOSURE-NOTES.md quotes or lists Art. 8; the directive's text itself was not reachable here";

export const catalog: Catalog = {
  id: "en",
  language: "en",
  warning: { text: "Caution! Borrowing money costs money", source: CCD2("Art. 8(1)", NOTES) },
  heading: { text: "Representative example", source: CCD2("Art. 8(2)", NOTES) },
  labels: {
    borrowingRate: { text: "Borrowing rate (fixed)", source: CCD2("Art. 8(3)(a) (the borrowing rate, fixed or variable)", NOTES) },
    totalAmountOfCredit: { text: "Total amount of credit", source: CCD2("Art. 8(3)(b)", NOTES) },
    apr: { text: "APR", source: CCD2("Art. 8(3)(c) (the annual percentage rate of charge)", NOTES) },
    duration: { text: "Duration of the credit agreement", source: CCD2("Art. 8(3)(d)", NOTES) },
    totalAmountPayable: { text: "Total amount payable", source: CCD2("Art. 8(3)(f)", NOTES) },
    instalment: { text: "Amount of the instalments", source: CCD2("Art. 8(3)(f)", NOTES) },
    cashPrice: { text: "Cash price", source: CCD2("Art. 8(3)(e)", NOTES) },
    advancePayment: { text: "Advance payment", source: CCD2("Art. 8(3)(e)", NOTES) },
  },
};
