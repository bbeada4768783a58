// English (United Kingdom): FCA Handbook CONC 3.5.5R(1), the items of a
// representative example in a financial promotion, and its "representative
// APR". The UK has no CCD2 warning.
import type { Catalog, Source } from "../catalog.js";

const CONC = (article: string): Source => ({
  document: "FCA Handbook, Consumer Credit sourcebook (CONC)",
  article,
  url: "https://www.handbook.fca.org.uk/handbook?related-provisions-for-provision=CONC%203.5.8",
  verified: true,
});

export const catalog: Catalog = {
  id: "en-GB",
  language: "en",
  warning: { unsourced: true, reason: "CONC 3.5 requires no CCD2 warning in the UK" },
  heading: { text: "Representative example", source: { ...CONC("3.5.5R(1)"), note: "capitalised as a heading" } },
  labels: {
    borrowingRate: { text: "Rate of interest (fixed)", source: CONC("3.5.5R(1)(a) («the rate of interest, and whether it is fixed or variable»)") },
    totalAmountOfCredit: { text: "Total amount of credit", source: CONC("3.5.5R(1)(c)") },
    apr: { text: "Representative APR", source: CONC("3.5.5R(1)(d)") },
    duration: { text: "Duration of the agreement", source: CONC("3.5.5R(1)(f)") },
    totalAmountPayable: { text: "Total amount payable", source: CONC("3.5.5R(1)(g)") },
    instalment: { text: "Amount of each repayment", source: CONC("3.5.5R(1)(h)") },
    cashPrice: { text: "Cash price", source: CONC("3.5.5R(1)(e)") },
    advancePayment: { text: "Advance payment", source: CONC("3.5.5R(1)(e) («the amount of any advance payment»)") },
  },
};
