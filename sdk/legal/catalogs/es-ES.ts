// Spanish (Spain). Legal terms of Ley 16/2011, de 24 de junio, de contratos de
// crédito al consumo (BOE-A-2011-10970), art. 9 ("Información básica que
// deberá figurar en la publicidad"), the Spanish transposition of the
// advertising article; the warning of the Spanish language version of
// Directive (EU) 2023/2225, Art. 8(1).
import type { Catalog, Source } from "../catalog.js";

// Art. 9 read in a copy of its text (consumoteca.com): "a) El tipo deudor fijo
// o variable ... b) El importe total del crédito. c) La tasa anual equivalente
// ... d) En su caso, la duración del contrato de crédito. e) ... el precio al
// contado y el importe de los posibles anticipos. f) En su caso, el importe
// total adeudado por el consumidor y el importe de los pagos a plazos."
const LEY_16_2011 = (article: string, verified: boolean, note?: string): Source => ({
  document: "Ley 16/2011, de 24 de junio, de contratos de crédito al consumo (BOE-A-2011-10970)",
  article,
  url: "https://www.consumoteca.com/economia-familiar/bancos-y-cajas-de-ahorros/que-informacion-basica-debe-figurar-en-la-publicidad-de-un-credito-al-consumo/",
  verified,
  ...(note ? { note } : {}),
});

export const catalog: Catalog = {
  id: "es-ES",
  language: "es",
  warning: {
    text: "Atención: tomar dinero prestado cuesta dinero",
    source: {
      document: "Directive (EU) 2023/2225 (CCD2), Spanish language version (DOUE L 2023/2225, 30.10.2023)",
      article: "Art. 8(1) («utilizando la fórmula «Atención: tomar dinero prestado cuesta dinero» u otra equivalente»)",
      url: "https://iberley.es/legislacion/articulo-8-contratos-credito-consumo-derogacion-directiva-2008-48-ce",
      verified: true,
      note: "read in a copy of the Spanish text of Art. 8 (iberley.es), as in the project's DISCLOSURE-NOTES.md",
    },
  },
  heading: {
    text: "Ejemplo representativo",
    source: LEY_16_2011("art. 9 («mediante un ejemplo representativo»)", true, "capitalised as a heading"),
  },
  labels: {
    borrowingRate: {
      text: "Tipo deudor fijo",
      source: LEY_16_2011("art. 9 a) («El tipo deudor fijo o variable»)", true, "Spanish advertising often writes TIN: a merchant who wants it overrides labels.borrowingRate"),
    },
    totalAmountOfCredit: { text: "Importe total del crédito", source: LEY_16_2011("art. 9 b)", true) },
    apr: {
      text: "TAE",
      source: LEY_16_2011("art. 9 c) («La tasa anual equivalente»)", false, "the abbreviation TAE is not in the text read; it is the one Spanish advertising uses (and the issue asks for): check it, or override labels.apr with «Tasa anual equivalente»"),
    },
    duration: { text: "Duración del contrato de crédito", source: LEY_16_2011("art. 9 d)", true, "capitalised") },
    totalAmountPayable: { text: "Importe total adeudado", source: LEY_16_2011("art. 9 f) («el importe total adeudado por el consumidor»)", true, "shortened: without «por el consumidor»") },
    instalment: { text: "Importe de los pagos a plazos", source: LEY_16_2011("art. 9 f)", true, "capitalised") },
    cashPrice: { text: "Precio al contado", source: LEY_16_2011("art. 9 e)", true, "capitalised") },
    advancePayment: { text: "Importe de los anticipos", source: LEY_16_2011("art. 9 e) («el importe de los posibles anticipos»)", true, "without «posibles»") },
  },
};
