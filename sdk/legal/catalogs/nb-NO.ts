// Norwegian Bokmål. Norway has not implemented CCD2: finansavtaleloven (2020)
// and finansavtaleforskriften (2022) § 3-2 apply, with no warning. Only the
// term "effektiv rente" could be read here; the other terms of § 3-2 are
// marked unsourced and the merchant supplies them.
import type { Catalog, UnsourcedWording } from "../catalog.js";

const unsourced = (item: string): UnsourcedWording => ({
  unsourced: true,
  reason: `The term for ${item} in finansavtaleforskriften § 3-2 was not readable here: supply it in messages.labels`,
});

export const catalog: Catalog = {
  id: "nb-NO",
  language: "nb",
  // The no-finansavtaleloven regime has no warning; kept for completeness.
  warning: { unsourced: true, reason: "Norwegian law (finansavtaleloven) requires no CCD2 warning" },
  heading: unsourced("the representative example (representativt eksempel)"),
  labels: {
    borrowingRate: unsourced("the borrowing rate"),
    totalAmountOfCredit: unsourced("the total amount of credit"),
    apr: {
      text: "Effektiv rente",
      source: {
        document: "Forskrift om finansavtaler (finansavtaleforskriften), FOR-2022-09-19-1612",
        article: "§ 1-4 (1) («Med effektiv rente, jf. finansavtaleloven § 1-7 femte ledd»)",
        url: "https://norgeslover.no/forskrift/SF/forskrift/2022-09-19-1612",
        verified: true,
        note: "capitalised as a label",
      },
    },
    duration: unsourced("the duration"),
    totalAmountPayable: unsourced("the total amount payable"),
    instalment: unsourced("the instalments"),
    cashPrice: unsourced("the cash price"),
    advancePayment: unsourced("the advance payment"),
  },
};
