// Golden tests of `advertisement(quote, options)`: for each market x locale,
// the warning, the items' labels and formatted texts, and the representative
// example, from the built package as a merchant imports it.
//
// The quote is the seed's loan (5000 at 9.1 % over 30 months, Nemuru profile:
// instalment 186.97, total payable 5609.15, TAE 9.5 %; /work/shared/seeds/
// README.md, Nemuru's loan_conditions), priced by `simulate` in each market's
// currency (the figures do not depend on a two-decimal currency).
//
// Sources of the wordings (each also beside the wording in its catalog,
// sdk/legal/catalogs/<id>.ts):
// - es-ES: warning, Directive (EU) 2023/2225 Art. 8(1), Spanish language
//   version (read at iberley.es); labels, Ley 16/2011 art. 9.2 and, for "TAE",
//   its anexos I and II (BOE consolidated text as github.com/legalize-dev/
//   legalize-es and github.com/leyabierta/leyes transcribe it).
// - sv-SE: warning in SE, KOVFS 2025:1 (DISCLOSURE-NOTES.md); in FI, the
//   Swedish wording of Art. 8(1) as EUR-Lex's Swedish summary quotes it;
//   heading and "Krediträntan (bunden)", konsumentkreditlagen (2010:1846) 7 §
//   (github.com/legalize-dev/legalize-se, se/SFS-2010-1846.md); other labels,
//   the Nordic consumer ombudsmen's guidelines (Swedish version); "Effektiv
//   ränta": konsumentkreditlagen 7 § (Konsumentverket).
// - fi-FI: labels, Kuluttaja-asiamiehen linjaus (2013) kohta 7; warning
//   unsourced.
// - da-DK: labels, markedsføringsloven § 18; warning as EUR-Lex's Danish summary
//   of the directive quotes Art. 8(1) (verified: false).
// - nb-NO: "Effektiv rente", finansavtaleforskriften § 1-4; no warning under
//   finansavtaleloven; the other labels unsourced.
// - en-GB: CONC 3.5.5R(1); no warning.
// - en (EU fallback): Art. 8 English version (transcription of the EUR-Lex
//   text, github.com/frankdevlabs/ccd2-2023-2225).
//
// Intl writes no-break spaces (U+00A0, U+202F); `n()` makes them plain spaces
// so the goldens read as text (one test pins the es-ES no-break space).
import assert from "node:assert/strict";
import { test } from "node:test";
import { advertisement, checkAdvertisement, disclosure, formatters, isDecimalString, resolveMarketLocale, shiftDecimal, simulate } from "lendkit";
import { catalog as esCatalog } from "lendkit/locales/es-ES";
import { thrown } from "./lendkit-error.mjs";

const seed = (/** @type {string} */ currency) =>
  simulate({ principal: "5000", currency, termMonths: 30, annualRate: "0.091", profile: "nemuru", includeSchedule: false });

const n = (/** @type {string} */ s) => s.replace(/[\u00a0\u202f]/g, " ");

/**
 * @param {string} market
 * @param {string | undefined} locale
 * @param {string} currency
 */
function ad(market, locale, currency, extra = {}) {
  return advertisement(seed(currency), { market, ...(locale ? { locale } : {}), ...extra });
}

/** @param {import("lendkit").Advertisement} a */
const table = (a) => a.items.map((i) => [i.key, i.label, n(i.text)]);


test("the seed quote is the seed's loan", () => {
  const q = seed("EUR");
  assert.deepEqual([q.instalment, q.totalAmountPayable, q.aprPercent, q.numberOfPayments], ["186.97", "5609.15", "9.5", 30]);
});

test("ES / es-ES: the Spanish warning, Ley 16/2011 labels, Intl figures", () => {
  const a = ad("ES", undefined, "EUR");
  assert.equal(a.locale, "es-ES");
  assert.equal(a.regime, "ccd2");
  assert.equal(a.warning?.text, "Atención: tomar dinero prestado cuesta dinero");
  assert.match(a.warning?.source?.article ?? "", /^Art. 8\(1\)/);
  assert.equal(a.warning?.source?.verified, true, "read in a copy of the Spanish text of Art. 8");
  assert.match(a.warning?.source?.document ?? "", /2023\/2225.*Spanish/);
  assert.deepEqual(table(a), [
    ["borrowingRate", "Tipo deudor fijo", "9,10 %"],
    ["totalAmountOfCredit", "Importe total del crédito", "5000,00 €"],
    ["apr", "TAE", "9,5 %"],
    ["duration", "Duración del contrato de crédito", "30 meses"],
    ["totalAmountPayable", "Importe total adeudado", "5609,15 €"],
    ["instalment", "Importe de los pagos a plazos", "30 × 186,97 €"],
  ]);
  assert.equal(
    n(a.text),
    "Ejemplo representativo: Tipo deudor fijo 9,10 %; Importe total del crédito 5000,00 €; TAE 9,5 %; Duración del contrato de crédito 30 meses; Importe total adeudado 5609,15 €; Importe de los pagos a plazos 30 × 186,97 €.",
  );
  assert.deepEqual(a.unsourced, []);
  assert.equal(a.items.find((i) => i.key === "totalAmountPayable")?.text, "5609,15\u00a0€", "Intl's es-ES currency format, no-break space");
  assert.deepEqual(a.items.map((i) => i.value), ["9.1", "5000.00", "9.5", "30", "5609.15", "186.97"]);
});

test("SE / sv-SE: KOVFS 2025:1 headline, effektiv ränta, kronor", () => {
  const a = ad("SE", undefined, "SEK");
  assert.equal(a.locale, "sv-SE");
  assert.equal(a.warning?.text, "Att låna kostar pengar!");
  assert.match(a.warning?.source?.document ?? "", /KOVFS 2025:1/);
  assert.deepEqual(table(a), [
    ["borrowingRate", "Krediträntan (bunden)", "9,10 %"],
    ["totalAmountOfCredit", "Kreditbeloppet", "5 000,00 kr"],
    ["apr", "Effektiv ränta", "9,5 %"],
    ["duration", "Kreditavtalets löptid", "30 månader"],
    ["totalAmountPayable", "Sammanlagda summan av en kredit och kreditkostnader", "5 609,15 kr"],
    ["instalment", "Beloppet av en betalningspost", "30 × 186,97 kr"],
  ]);
  assert.equal(
    n(a.text),
    "Representativt exempel: Krediträntan (bunden) 9,10 %; Kreditbeloppet 5 000,00 kr; Effektiv ränta 9,5 %; Kreditavtalets löptid 30 månader; Sammanlagda summan av en kredit och kreditkostnader 5 609,15 kr; Beloppet av en betalningspost 30 × 186,97 kr.",
  );
});

test("FI / fi-FI: KKV labels; the Finnish warning is unsourced, so it is null and listed", () => {
  const a = ad("FI", undefined, "EUR");
  assert.equal(a.locale, "fi-FI");
  assert.equal(a.warning, null);
  assert.deepEqual(a.unsourced, ["warning"]);
  assert.deepEqual(table(a), [
    ["borrowingRate", "Luoton korko", "9,10 %"],
    ["totalAmountOfCredit", "Luoton määrä", "5 000,00 €"],
    ["apr", "Todellinen vuosikorko", "9,5 %"],
    ["duration", "Luottosopimuksen kesto", "30 kuukautta"],
    ["totalAmountPayable", "Luoton ja luottokustannusten yhteismäärä", "5 609,15 €"],
    ["instalment", "Maksuerän määrä", "30 × 186,97 €"],
  ]);
  assert.equal(
    n(a.text),
    "Edustava esimerkki: Luoton korko 9,10 %; Luoton määrä 5 000,00 €; Todellinen vuosikorko 9,5 %; Luottosopimuksen kesto 30 kuukautta; Luoton ja luottokustannusten yhteismäärä 5 609,15 €; Maksuerän määrä 30 × 186,97 €.",
  );
});

test("FI / fi-FI with the merchant's warning: shown, with no lendkit source", () => {
  const a = ad("FI", undefined, "EUR", { messages: { warning: "Lakimiehemme hyväksymä varoitus" } });
  assert.deepEqual(a.warning, { text: "Lakimiehemme hyväksymä varoitus", source: null });
  assert.deepEqual(a.unsourced, []);
});

test("FI / sv-FI: the directive's Swedish warning (not Sweden's KOVFS), Swedish labels, Finnish euros", () => {
  const a = ad("FI", "sv-FI", "EUR");
  assert.equal(a.warning?.text, "Obs! Att låna pengar kostar pengar");
  assert.match(a.warning?.source?.document ?? "", /EUR-Lex/);
  assert.equal(n(a.items.find((i) => i.key === "totalAmountPayable")?.text ?? ""), "5 609,15 €");
  assert.equal(a.items.find((i) => i.key === "apr")?.label, "Effektiv ränta");
});

test("NO / nb-NO: finansavtaleloven, no warning; only 'Effektiv rente' is sourced", () => {
  const a = ad("NO", undefined, "NOK");
  assert.equal(a.regime, "no-finansavtaleloven");
  assert.equal(a.warning, null);
  assert.deepEqual(table(a), [["apr", "Effektiv rente", "9,5 %"]]);
  assert.deepEqual(a.unsourced, ["heading", "labels.borrowingRate", "labels.totalAmountOfCredit", "labels.duration", "labels.totalAmountPayable", "labels.instalment"]);
  const full = ad("NO", undefined, "NOK", {
    messages: {
      heading: "H",
      labels: { borrowingRate: "A", totalAmountOfCredit: "B", duration: "D", totalAmountPayable: "E", instalment: "F" },
    },
  });
  assert.deepEqual(table(full), [
    ["borrowingRate", "A", "9,10 %"],
    ["totalAmountOfCredit", "B", "5 000,00 kr"],
    ["apr", "Effektiv rente", "9,5 %"],
    ["duration", "D", "30 måneder"],
    ["totalAmountPayable", "E", "5 609,15 kr"],
    ["instalment", "F", "30 × 186,97 kr"],
  ]);
  assert.equal(full.items[0]?.source, null, "an override carries no lendkit source");
});

test("DK / da-DK: markedsføringsloven § 18 labels; the Danish warning as EUR-Lex's Danish summary quotes Art. 8(1), unverified", () => {
  // Fixture: https://eur-lex.europa.eu/DA/legal-content/summary/consumer-credit-agreements-2023.html
  // («Reklamer skal indeholde ordlyden: »Advarsel! Det koster penge at låne penge« eller en tilsvarende ordlyd.»)
  const a = ad("DK", undefined, "DKK");
  assert.equal(a.warning?.text, "Advarsel! Det koster penge at låne penge");
  assert.equal(a.warning?.source?.verified, false, "a summary, not the directive's Danish text");
  assert.match(a.warning?.source?.url ?? "", /eur-lex\.europa\.eu\/DA\//);
  assert.deepEqual(a.unsourced, []);
  assert.deepEqual(table(a), [
    ["borrowingRate", "Debitorrenten (fast)", "9,10 %"],
    ["totalAmountOfCredit", "Det samlede kreditbeløb", "5.000,00 kr."],
    ["apr", "De årlige omkostninger i procent (ÅOP)", "9,5 %"],
    ["duration", "Kreditaftalens løbetid", "30 måneder"],
    ["totalAmountPayable", "Det samlede beløb, som skal betales af forbrugeren", "5.609,15 kr."],
    ["instalment", "Ydelsernes størrelse", "30 × 186,97 kr."],
  ]);
  assert.ok(n(a.text).endsWith("30 × 186,97 kr."), "one full stop after kr.");
});

test("GB / en-GB: CONC 3.5.5R, representative APR, no warning", () => {
  const a = ad("GB", undefined, "GBP", { cashPrice: "5000.00", advancePayment: "0" });
  assert.equal(a.regime, "conc");
  assert.equal(a.warning, null);
  assert.deepEqual(table(a), [
    ["borrowingRate", "Rate of interest (fixed)", "9.10%"],
    ["totalAmountOfCredit", "Total amount of credit", "£5,000.00"],
    ["apr", "Representative APR", "9.5%"],
    ["duration", "Duration of the agreement", "30 months"],
    ["totalAmountPayable", "Total amount payable", "£5,609.15"],
    ["instalment", "Amount of each repayment", "30 × £186.97"],
    ["cashPrice", "Cash price", "£5,000.00"],
    ["advancePayment", "Advance payment", "£0.00"],
  ]);
  assert.match(a.items[2]?.source?.article ?? "", /CONC|3\.5\.5R/);
  assert.equal(
    n(a.text),
    "Representative example: Rate of interest (fixed) 9.10%; Total amount of credit £5,000.00; Representative APR 9.5%; Duration of the agreement 30 months; Total amount payable £5,609.15; Amount of each repayment 30 × £186.97; Cash price £5,000.00; Advance payment £0.00.",
  );
});

test("IE / en-IE and DE / en-DE: any other EU market gets the directive's English wording", () => {
  for (const market of ["IE", "DE"]) {
    const a = ad(market, undefined, "EUR");
    assert.equal(a.locale, `en-${market}`);
    assert.equal(a.regime, "ccd2");
    assert.equal(a.warning?.text, "Caution! Borrowing money costs money");
    // Checked against a transcription of the EUR-Lex English text of Art. 8(1)
    // (github.com/frankdevlabs/ccd2-2023-2225, extracts/directive/precontractual-information.md).
    assert.equal(a.warning?.source?.verified, true);
    assert.match(a.warning?.source?.article ?? "", /Art\. 8\(1\)/);
    assert.deepEqual(a.items.map((i) => i.label), ["Borrowing rate (fixed)", "Total amount of credit", "APR", "Duration of the credit agreement", "Total amount payable", "Amount of the instalments"]);
  }
  assert.equal(n(ad("IE", undefined, "EUR").items[4]?.text ?? ""), "€5,609.15");
});

test("bad input: a LendkitError with a code and each field's path", () => {
  const q = seed("EUR");
  const paths = (/** @type {any} */ e) => e.details.map((/** @type {any} */ d) => `${d.path}:${d.code}`);
  assert.deepEqual(paths(thrown(() => advertisement(/** @type {any} */ ("quote"), { market: "ES" }))), ["quote:expected_quote"]);
  assert.deepEqual(paths(thrown(() => advertisement({ ...q, instalment: /** @type {any} */ (186.97) }, { market: "ES" }))), ["quote.instalment:expected_decimal_string"]);
  assert.deepEqual(paths(thrown(() => advertisement(q, { market: "XX" }))), ["market:unsupported_market"]);
  assert.deepEqual(paths(thrown(() => advertisement(q, { market: "ES", locale: "sv-SE" }))), ["locale:unsupported_locale"]);
  assert.deepEqual(paths(thrown(() => advertisement(q, { market: "ES", locale: "not a tag!" }))), ["locale:invalid_locale"]);
  assert.deepEqual(paths(thrown(() => advertisement(q, { market: "ES", cashPrice: "1.299,00" }))), ["cashPrice:expected_decimal_string"]);
  assert.deepEqual(paths(thrown(() => advertisement(q, { market: "ES", cashPrice: /** @type {any} */ (1299) }))), ["cashPrice:expected_decimal_string"]);
  assert.deepEqual(paths(thrown(() => advertisement(q, { market: "SE" }))), ["quote.currency:currency_not_of_market"]);
  assert.deepEqual(paths(thrown(() => advertisement(q, { market: "ES", messages: /** @type {any} */ ({ labels: { tae: "x" } }) }))), ["messages.labels.tae:unknown_field"]);
  const e = thrown(() => advertisement(q, /** @type {any} */ (undefined)));
  assert.equal(e.code, "invalid_input");
  assert.deepEqual(paths(e), ["market:unsupported_market"]);
});

test("a catalog can be passed in (lendkit/locales/<id>) instead of registered", () => {
  const a = advertisement(seed("EUR"), { market: "ES", catalog: esCatalog });
  assert.equal(a.items[2]?.label, "TAE");
  assert.equal(thrown(() => advertisement(seed("EUR"), { market: "FI", catalog: esCatalog })).code, "catalog_not_loaded");
});

test("every catalog wording carries a source or an explicit unsourced marker", async () => {
  for (const id of ["es-ES", "sv-SE", "fi-FI", "nb-NO", "da-DK", "en-GB", "en"]) {
    const { catalog } = await import(`lendkit/locales/${id}`);
    const wordings = [catalog.warning, catalog.heading, ...Object.values(catalog.labels), ...Object.values(catalog.marketWarnings ?? {})];
    for (const w of wordings) {
      if ("text" in w) {
        assert.ok(w.source.document && w.source.article && typeof w.source.verified === "boolean", `${id}: ${w.text} has no full source`);
      } else {
        assert.equal(w.unsourced, true);
        assert.ok(w.reason.length > 10, `${id}: an unsourced wording says why`);
      }
    }
  }
});

test("no English word in the non-English advertisements", () => {
  // "total" is Spanish too; the words below are not in any of these languages.
  const english = /\b(from|month|months|interest|rate|amount|credit|representative|example|borrowing|payable|APR|caution)\b/i;
  for (const [market, currency] of [["ES", "EUR"], ["SE", "SEK"], ["FI", "EUR"], ["DK", "DKK"], ["NO", "NOK"]]) {
    const a = ad(market, undefined, currency);
    const all = [a.warning?.text ?? "", a.text, ...a.items.map((i) => `${i.label} ${i.text}`)].join(" ");
    assert.doesNotMatch(all, english, `${market}: ${all}`);
  }
});

test("resolveMarketLocale: defaults and catalogs", () => {
  assert.deepEqual(
    ["ES", "SE", "FI", "NO", "DK", "GB", "IE"].map((m) => [resolveMarketLocale(m).locale, resolveMarketLocale(m).catalog]),
    [["es-ES", "es-ES"], ["sv-SE", "sv-SE"], ["fi-FI", "fi-FI"], ["nb-NO", "nb-NO"], ["da-DK", "da-DK"], ["en-GB", "en-GB"], ["en-IE", "en"]],
  );
  assert.equal(resolveMarketLocale("fi", "sv-fi").locale, "sv-FI");
});

test("formatters: money and percent through Intl, exact decimal strings", () => {
  assert.equal(n(formatters("es-ES", "EUR").money("5609.15")), "5609,15 €");
  assert.equal(n(formatters("fi-FI", "EUR").money("5609.15")), "5 609,15 €");
  assert.equal(n(formatters("sv-SE", "SEK").money("95609.15")), "95 609,15 kr");
  assert.equal(n(formatters("en-GB", "GBP").money("12345678901234.57")), "£12,345,678,901,234.57", "no float rounding");
  assert.equal(n(formatters("es-ES", "EUR").percent("9.125", 2)), "9,125 %");
  assert.equal(formatters("fi-FI", "EUR").duration(1, "year"), "1 vuosi");
  assert.equal(formatters("es-ES", "EUR").date("2026-12-02"), "2 de diciembre de 2026");
  assert.equal(formatters("fi-FI", "EUR").date("2026-12-31"), "31. joulukuuta 2026", "a day, read in UTC");
  assert.deepEqual(["0.091", "0", "1", "-0.5", "0.00001", "0.10"].map((v) => shiftDecimal(v, 2)), ["9.1", "0", "100", "-50", "0.001", "10"]);
  // Leftwards (percent to a fraction, as secci's APR value): exact, trailing zeros kept.
  assert.deepEqual(["9.5", "10.0", "123.4", "0", "-0.5", "0.001"].map((v) => shiftDecimal(v, -2)), ["0.095", "0.100", "1.234", "0.00", "-0.005", "0.00001"]);
  assert.deepEqual(["1e5", " 1", "1.", "1,5", "-0.5", "5000"].map(isDecimalString), [false, false, false, false, true, true]);
});

test("disclosure keeps es/en/sv and gains fi, nb (with an error while unsourced) and da", () => {
  const q = seed("EUR");
  assert.match(disclosure(q, "es"), /TAE 9,5\u00a0%/);
  assert.match(disclosure(q, "en"), /Representative/);
  assert.match(n(disclosure(q, "fi-FI")), /^Edustava esimerkki: .*Todellinen vuosikorko 9,5 %/);
  assert.match(n(disclosure(seed("DKK"), "da")), /ÅOP\) 9,5 %/);
  // Norwegian: only "Effektiv rente" is sourced, so the example is that item alone.
  assert.equal(n(disclosure(seed("NOK"), "nb-NO")), "Effektiv rente 9,5 %.");
  assert.equal(thrown(() => disclosure(q, "de")).details[0].code, "unsupported_locale");
});

test("checkAdvertisement on text: passes the full example, and names each element removed in turn", () => {
  for (const [market, currency, extra] of [["ES", "EUR", {}], ["SE", "SEK", {}], ["GB", "GBP", { cashPrice: "5000" }], ["IE", "EUR", {}]]) {
    const a = ad(market, undefined, currency, extra);
    const rendered = `${a.warning?.text ?? ""}\n${a.text}`;
    assert.deepEqual(checkAdvertisement(rendered, a), { ok: true, problems: [] }, market);
    const parts = [...(a.warning ? [["warning", a.warning.text]] : []), ...a.items.map((i) => [i.key, `${i.label} ${i.text}`])];
    for (const [key, part] of parts) {
      const without = rendered.replace(part, "");
      assert.notEqual(without, rendered);
      const r = checkAdvertisement(without, a);
      assert.equal(r.ok, false, `${market}: removing ${key} is caught`);
      assert.deepEqual(r.problems.map((p) => [p.key, p.code]), [[key, "missing"]], `${market} ${key}`);
    }
  }
});

test("checkAdvertisement: a required wording nobody sourced or supplied is missing, whatever is rendered", () => {
  const fi = ad("FI", undefined, "EUR");
  assert.deepEqual(checkAdvertisement(fi.text, fi).problems.map((p) => [p.key, p.code]), [["warning", "missing"]]);
  const fiOk = ad("FI", undefined, "EUR", { messages: { warning: "✱" } });
  assert.equal(checkAdvertisement(`✱ ${fiOk.text}`, fiOk).ok, true);
  const no = ad("NO", undefined, "NOK");
  assert.deepEqual(
    checkAdvertisement(no.text, no).problems.map((p) => p.key),
    ["borrowingRate", "totalAmountOfCredit", "duration", "totalAmountPayable", "instalment"],
    "Norway: every unsourced label; the heading is not an element of its own",
  );
});
