// English, the directive's English language version: used in EU markets for
// which lendkit has no catalog in the market's own language (the issue's
// fallback), and for English in any CCD2 market.
import type { Catalog, Source } from "../catalog.js";

// Art. 8 read in the transcription of the EUR-Lex English text in
// github.com/frankdevlabs/ccd2-2023-2225 (extracts/directive/precontractual-information.md,
// commit 6920ca2bc291dfc46d8706e745d8574279a8e412): "1. Member States shall
// require that advertising concerning credit agreements include a clear and
// prominent warning ..., using the wording ‘Caution! Borrowing money costs
// money’ or an equivalent wording. ... 3. ... (a) the borrowing rate, fixed or
// variable or both, ...; (b) the total amount of credit; (c) the annual
// percentage rate of charge; (d) where applicable, the duration of the credit
// agreement; (e) ... the cash price and the amount of any advance payment;
// (f) where applicable, the total amount payable by the consumer and the
// amount of the instalments. 4. ... by means of a representative example."
// EUR-Lex's English summary quotes the warning the same way.
const CCD2 = (article: string, note?: string): Source => ({
  document: "Directive (EU) 2023/2225 (CCD2), English language version (OJ L 2023/2225, 30.10.2023)",
  article,
  url: "https://eur-lex.europa.eu/eli/dir/2023/2225/oj/eng",
  verified: true,
  note: `read in the transcription of the EUR-Lex English text at github.com/frankdevlabs/ccd2-2023-2225 (extracts/directive/precontractual-information.md)${note ? `; ${note}` : ""}`,
});

export const catalog: Catalog = {
  id: "en",
  language: "en",
  warning: { text: "Caution! Borrowing money costs money", source: CCD2("Art. 8(1) («using the wording ‘Caution! Borrowing money costs money’ or an equivalent wording»)") },
  heading: { text: "Representative example", source: CCD2("Art. 8(4) («by means of a representative example»)", "capitalised as a heading") },
  labels: {
    borrowingRate: { text: "Borrowing rate (fixed)", source: CCD2("Art. 8(3)(a) («the borrowing rate, fixed or variable or both»)", "the fixed case in parentheses: lendkit's quotes have a fixed rate") },
    totalAmountOfCredit: { text: "Total amount of credit", source: CCD2("Art. 8(3)(b)", "capitalised") },
    apr: { text: "APR", source: CCD2("Art. 8(3)(c) («the annual percentage rate of charge»); the abbreviation: Annex I («Annual percentage rate of charge (APR)»)") },
    duration: { text: "Duration of the credit agreement", source: CCD2("Art. 8(3)(d)", "capitalised") },
    totalAmountPayable: { text: "Total amount payable", source: CCD2("Art. 8(3)(f) («the total amount payable by the consumer»)", "without «by the consumer»") },
    instalment: { text: "Amount of the instalments", source: CCD2("Art. 8(3)(f)", "capitalised") },
    cashPrice: { text: "Cash price", source: CCD2("Art. 8(3)(e)", "capitalised") },
    advancePayment: { text: "Advance payment", source: CCD2("Art. 8(3)(e) («the amount of any advance payment»)", "the noun alone") },
  },
};
