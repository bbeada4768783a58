// Spanish (Spain). Legal terms of Ley 16/2011, de 24 de junio, de contratos de
// crédito al consumo (BOE-A-2011-10970), art. 9 ("Información básica que
// deberá figurar en la publicidad"), the Spanish transposition of the
// advertising article; the warning of the Spanish language version of
// Directive (EU) 2023/2225, Art. 8(1).
import type { Catalog, Source } from "../catalog.js";

// Art. 9.2 read in the BOE consolidated text of the law as the git
// transcription of Spain's statute book github.com/legalize-dev/legalize-es
// has it (es/BOE-A-2011-10970.md, commit 1c1e5ed3a535a63878ad5b195c866eaf8716bcb6;
// first read in a copy on consumoteca.com): "La información básica
// especificará los elementos siguientes de forma clara, concisa y destacada
// mediante un ejemplo representativo: a) El tipo deudor fijo o variable ...
// b) El importe total del crédito. c) La tasa anual equivalente ... d) En su
// caso, la duración del contrato de crédito. e) ... el precio al contado y el
// importe de los posibles anticipos. f) En su caso, el importe total adeudado
// por el consumidor y el importe de los pagos a plazos."
const READ_IN = "read in the BOE consolidated text as github.com/legalize-dev/legalize-es transcribes it (es/BOE-A-2011-10970.md)";
const LEY_16_2011 = (article: string, verified: boolean, note?: string): Source => ({
  document: "Ley 16/2011, de 24 de junio, de contratos de crédito al consumo (BOE-A-2011-10970)",
  article,
  url: "https://www.boe.es/buscar/act.php?id=BOE-A-2011-10970",
  verified,
  note: note ? `${READ_IN}; ${note}` : READ_IN,
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
      source: LEY_16_2011(
        "art. 9.2 c) («La tasa anual equivalente»); the abbreviation: anexo I, I («La ecuación de base, que define la tasa anual equivalente (TAE)») and anexo II, 3 («Tasa anual equivalente (TAE)»)",
        true,
        "the law's own abbreviation of the term art. 9.2 c) names (anexo II's tables read in github.com/leyabierta/leyes, es/BOE-A-2011-10970.md, which keeps them); a merchant who wants the full term overrides labels.apr with «Tasa anual equivalente»",
      ),
    },
    duration: { text: "Duración del contrato de crédito", source: LEY_16_2011("art. 9 d)", true, "capitalised") },
    totalAmountPayable: { text: "Importe total adeudado", source: LEY_16_2011("art. 9 f) («el importe total adeudado por el consumidor»)", true, "shortened: without «por el consumidor»") },
    instalment: { text: "Importe de los pagos a plazos", source: LEY_16_2011("art. 9 f)", true, "capitalised") },
    cashPrice: { text: "Precio al contado", source: LEY_16_2011("art. 9 e)", true, "capitalised") },
    advancePayment: { text: "Importe de los anticipos", source: LEY_16_2011("art. 9 e) («el importe de los posibles anticipos»)", true, "without «posibles»") },
  },
};
