// Spanish (Spain). Legal terms of Ley 16/2011, de 24 de junio, de contratos de
// crédito al consumo (BOE-A-2011-10970), art. 9 ("Información básica que
// deberá figurar en la publicidad"), the Spanish transposition of the
// advertising article; the warning of the Spanish language version of
// Directive (EU) 2023/2225, Art. 8(1).
import type { Catalog, Source } from "../catalog.js";

const LEY_16_2011 = (article: string, verified: boolean, note?: string): Source => ({
  document: "Ley 16/2011, de 24 de junio, de contratos de crédito al consumo (BOE-A-2011-10970)",
  article,
  verified,
  ...(note ? { note } : {}),
});
const NOT_READ = "term of art. 9.2 as recalled, not read again in the BOE text while writing this catalog: check it";

export const catalog: Catalog = {
  id: "es-ES",
  language: "es",
  warning: {
    text: "Atención: tomar dinero prestado cuesta dinero",
    source: {
      document: "Directive (EU) 2023/2225 (CCD2), Spanish language version (DOUE L 2023/2225, 30.10.2023)",
      article: "Art. 8(1)",
      verified: false,
      note: "quoted in the project's DISCLOSURE-NOTES.md from the Spanish language version; the directive's text itself was not reachable here",
    },
  },
  heading: {
    text: "Ejemplo representativo",
    source: LEY_16_2011("art. 9.2 («mediante un ejemplo representativo»)", true, "read in a copy of art. 9 (consumoteca.com); capitalised as a heading"),
  },
  labels: {
    borrowingRate: {
      text: "Tipo deudor fijo",
      source: LEY_16_2011("art. 9.2 a) («el tipo deudor, fijo o variable»)", true, "read in a copy of art. 9 (consumoteca.com). Spanish advertising often writes TIN: a merchant who wants it overrides labels.borrowingRate"),
    },
    totalAmountOfCredit: { text: "Importe total del crédito", source: LEY_16_2011("art. 9.2 b)", false, NOT_READ) },
    apr: { text: "TAE", source: LEY_16_2011("art. 9.2 c) (tasa anual equivalente, TAE)", false, NOT_READ) },
    duration: { text: "Duración del contrato de crédito", source: LEY_16_2011("art. 9.2 d)", false, NOT_READ) },
    totalAmountPayable: { text: "Importe total adeudado", source: LEY_16_2011("art. 9.2 f)", false, NOT_READ) },
    instalment: { text: "Importe de los pagos a plazos", source: LEY_16_2011("art. 9.2 f)", false, NOT_READ) },
    cashPrice: { text: "Precio al contado", source: LEY_16_2011("art. 9.2 e)", false, NOT_READ) },
    advancePayment: { text: "Importe de los anticipos", source: LEY_16_2011("art. 9.2 e) («el importe de los posibles anticipos»)", false, NOT_READ) },
  },
};
