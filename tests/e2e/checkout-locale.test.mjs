// <lendkit-checkout> in market mode speaks the shopper's language through the
// whole Nemuru flow (issue 12), in the demo shop against a deterministic
// sandbox: plan (schedule table) -> borrower form with a field error and the
// error summary -> send -> loan status -> cancel. For es-ES (in full) and
// sv-SE: lendkit's interface words of the locale (sdk/components/checkout-text.ts),
// each step's lang attribute, figures and dates by Intl in the locale, and no
// English interface string in any visible text node of the shadow DOM outside
// an element marked lang="en". fi-FI (in full), nb-NO and da-DK (plan and
// borrower steps): lendkit's own words in the language, the field messages
// from the table's `fieldMessages` by the validators' code, nothing marked
// English. axe-core: no serious or critical violation in the
// plan, errors and loan states. The demo's own prices by Intl in the locale.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { simulate } from "lendkit";
import { checkoutText } from "../../pkg/components/checkout-text.js";
import { screenshotPath } from "./browser.mjs";
import { axeViolations, injectAxe, seriousOrCritical, startDemo } from "./setup.mjs";

const demo = await startDemo({ sandbox: true, browser: "env" });
const { url, browser } = demo;
after(() => demo.close());

/** Node's and the browser's ICU may differ in no-break spaces. @param {string | null | undefined} s */
const nb = (s) => (s ?? "").replace(/[\u00a0\u202f]/g, " ");

/**
 * The literal parts of lendkit's English interface words (placeholders cut
 * out), each with the key it comes from; for a translated locale, only those
 * the locale's own words for that key do not contain (Spanish "Flexible", "#").
 * @param {string} language
 */
function englishFragments(language) {
  const en = checkoutText("en").text;
  const entry = checkoutText(language);
  /** @type {Record<string, string>} */
  const mine = {};
  /** @type {Record<string, string>} */
  const theirs = {};
  for (const [k, v] of Object.entries(en)) {
    if (typeof v === "string") theirs[k] = v;
    else for (const [c, w] of Object.entries(v)) theirs[`${k}.${c}`] = w;
  }
  for (const [k, v] of Object.entries(entry.text)) {
    if (typeof v === "string") mine[k] = v;
    else for (const [c, w] of Object.entries(v)) mine[`${k}.${c}`] = w;
  }
  /** @type {string[]} */
  const out = [];
  for (const [key, value] of Object.entries(theirs)) {
    for (const part of value.split(/\{\w+\}/)) {
      const frag = part.trim().replace(/^[\s,.;:()+]+|[\s,.;:()+]+$/g, "");
      if (frag.length < 4) continue;
      if (entry.translated && (mine[key] ?? "").includes(frag)) continue;
      out.push(frag);
    }
  }
  return [...new Set(out)];
}

/**
 * The visible text of the checkout's shadow DOM, by the language each text
 * node is in (its nearest lang attribute, the page's beyond the host), and the
 * visible elements marked lang="en".
 * @param {import("playwright-core").Locator} co
 */
const visibleText = (co) =>
  co.evaluate((host) => {
    const root = /** @type {ShadowRoot} */ (host.shadowRoot);
    /** @type {{ text: string, lang: string }[]} */
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      const text = (n.textContent ?? "").trim();
      if (!parent || !text || parent.closest("style, script, [hidden]")) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const marked = parent.closest("[lang]");
      nodes.push({ text, lang: marked ? (marked.getAttribute("lang") ?? "") : document.documentElement.lang });
    }
    const english = [...root.querySelectorAll('[lang="en"]')]
      .filter((e) => !e.closest("[hidden]") && e.checkVisibility())
      .map((e) => e.id || e.className || e.tagName.toLowerCase());
    return { nodes, english };
  });

/**
 * Asserts no English interface fragment in a text node that is not in an
 * English-marked element. @param {import("playwright-core").Locator} co @param {string} language @param {string} where
 */
async function noUnmarkedEnglish(co, language, where) {
  const { nodes, english } = await visibleText(co);
  const fragments = englishFragments(language);
  const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** @type {string[]} */
  const found = [];
  for (const { text, lang } of nodes) {
    if (lang.split("-")[0] === "en") continue;
    for (const f of fragments) if (new RegExp(`(^|[^\\p{L}])${escape(f)}($|[^\\p{L}])`, "u").test(text)) found.push(`${f} in "${text}" (lang=${lang})`);
  }
  assert.deepEqual(found, [], `${where}: English interface words outside lang="en"`);
  return { nodes, english };
}

/** A page of the demo in a market and locale, in a context that lets the driver inject axe-core. @param {string} market @param {string} locale */
async function open(market, locale) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${url}?market=${market}&locale=${locale}`);
  await page.locator("html[data-ready=true]").waitFor({ timeout: 15_000 });
  await injectAxe(page);
  const co = page.locator("lendkit-checkout");
  return { context, page, errors, co };
}

/** axe-core's serious or critical violations in the open dialog. @param {import("playwright-core").Page} page */
async function axeDialog(page) {
  return seriousOrCritical(await axeViolations(page, "dialog#financing"));
}

/** Opens the dialog on the plan with the schedule shown. @param {import("playwright-core").Page} page @param {import("playwright-core").Locator} co */
async function toPlan(page, co) {
  await page.locator("#open-financing").click();
  await co.locator(".ad:not([hidden]) .ad-item.instalment dd").waitFor({ timeout: 10_000 });
  await co.locator(".card .meta:not(:empty)").first().waitFor();
  await co.locator("#toggle-schedule").click();
  await co.locator("#schedule-body tr").first().waitFor();
}

/** Fills the borrower form (a bad email) and sends it: the field error and the summary. @param {import("playwright-core").Locator} co */
async function fillWithError(co) {
  await co.locator("#first_name").fill("Ana");
  await co.locator("#last_name").fill("García");
  await co.locator("#email").fill("ana@");
  await co.locator("#phone_number").fill("612 34 56 78");
  await co.locator("#document").fill("12345678Z");
  await co.locator("#submit").click();
  await co.locator("#error-summary h3").waitFor();
}

test("es-ES: plan, borrower form with a field error, send, loan status and cancel, all in Spanish; figures and dates by Intl", async () => {
  const { context, page, errors, co } = await open("ES", "es-ES");
  const es = checkoutText("es").text;
  const money = (/** @type {string} */ v) => new Intl.NumberFormat("es-ES", { style: "currency", currency: "EUR" }).format(/** @type {any} */ (v));

  // The shop's own price by Intl in es-ES.
  assert.equal(nb(await page.locator("#price").textContent()), nb(money("5000.00")));
  assert.equal(await page.locator(".price .currency").isHidden(), true, "Intl's text carries the currency");
  assert.equal(nb(await page.locator('.choice-price[data-price="3900.00"]').textContent()), nb(money("3900.00")));

  // Plan: the schedule's headers in Spanish, its amounts by Intl.
  await toPlan(page, co);
  const plan = await co.evaluate((el) => {
    const root = /** @type {ShadowRoot} */ (el.shadowRoot);
    const quote = /** @type {any} */ (el).selected.quote;
    return {
      lang: root.querySelector("#step-plan")?.getAttribute("lang"),
      heads: [...root.querySelectorAll("#schedule-table thead th")].map((th) => th.textContent),
      title: root.querySelector("#schedule-title")?.textContent,
      firstRow: [...root.querySelectorAll("#schedule-body tr:first-child td")].map((td) => td.textContent),
      row: quote.schedule.find((/** @type {any} */ r) => r.number === 1),
      tableName: root.querySelector("#schedule-table")?.getAttribute("aria-label"),
      chartName: root.querySelector("#chart svg title")?.textContent,
      quote,
    };
  });
  assert.equal(plan.lang, "es-ES");
  assert.deepEqual(plan.heads, [es.colNumber, es.colPayment, es.colPrincipal, es.colInterest, es.colBalance]);
  assert.equal(plan.title, "Cuadro de amortización");
  assert.equal(plan.tableName, es.scheduleTable);
  assert.match(plan.chartName ?? "", /^Cuadro de amortización: 30 cuotas/);
  assert.deepEqual(plan.firstRow.map(nb), ["1", money(plan.row.payment), money(plan.row.principal), money(plan.row.interest), money(plan.row.balance)].map(nb));
  await noUnmarkedEnglish(co, "es", "es-ES plan");
  assert.deepEqual(await axeDialog(page), [], "axe-core: plan");

  // Amount out of range: the Spanish message with Intl's amounts.
  await co.locator("#amount").fill("50");
  await co.locator("#amount-error:not(:empty)").waitFor();
  assert.equal(nb(await co.locator("#amount-error").textContent()), nb(`Hay financiación de ${money("300")} a ${money("30000")}.`));
  await co.locator("#amount").fill("5000.00");
  await co.locator("#amount-error:empty").waitFor();

  // Borrower: Spanish labels, a field error naming its field (the validator's Spanish message), the summary.
  await co.locator("#continue").click();
  await co.locator("#borrower-title").waitFor();
  assert.equal(await co.locator("#borrower-title").textContent(), "Tus datos");
  const recap = nb(await co.locator("#recap").textContent());
  assert.ok(recap.includes(nb(`30 × ${money(plan.quote.instalment)}`)) && recap.includes(nb(money(plan.quote.principal))), recap);
  assert.equal(await co.locator("#phone_number-hint").textContent(), "Los números sin prefijo internacional (+) se leen como números de España.");
  await fillWithError(co);
  assert.equal(await co.locator("#error-summary h3").textContent(), "1 campo necesita tu atención");
  assert.equal(await co.locator("#email-error").textContent(), "Correo electrónico: no es una dirección de correo electrónico válida");
  assert.equal(await co.locator("#error-summary button").textContent(), "Correo electrónico: no es una dirección de correo electrónico válida");
  assert.equal(await co.locator("#step-borrower").getAttribute("lang"), "es-ES");
  assert.equal(await co.locator("#submit").textContent(), "Enviar solicitud");
  const form = await noUnmarkedEnglish(co, "es", "es-ES form with an error");
  assert.deepEqual(form.english, [], "nothing English in es-ES");
  assert.deepEqual(await axeDialog(page), [], "axe-core: errors");
  await page.screenshot({ path: screenshotPath("checkout-locale-es-ES-errors") });

  // Send: the loan step in Spanish, the invitation's end as Intl's long date.
  await co.locator("#email").fill("ana.locale@example.com");
  await co.locator("#submit").click();
  await co.locator("#loan-status-text:not(:empty)").waitFor({ timeout: 10_000 });
  assert.equal(await co.locator("#loan-title").textContent(), "Tu solicitud");
  assert.equal(await co.locator("#loan-status").textContent(), "Estado: Solicitud creada, invitación enviada");
  assert.equal(await co.locator("#steps li").first().textContent(), "Solicitud creada, invitación enviada status_initial", "lendkit's description, the lender's code as it is");
  const expires = await co.evaluate((el) => /** @type {any} */ (el).shadowRoot.querySelector("#loan-expires").textContent);
  // The sandbox's expiry is a date at midnight UTC: its long form in es-ES.
  assert.match(nb(expires), /^\d{1,2} de [a-z]+ de \d{4}$/, expires);
  assert.match(nb(await co.locator("#loan-invite").textContent()), /^Hemos enviado una invitación a ana\.locale@example\.com para completar la solicitud .* Está abierta hasta el \d{1,2} de [a-z]+ de \d{4}\.$/);
  assert.equal(await co.locator("#cancel").textContent(), "Cancelar solicitud");
  assert.equal(await co.locator("#loan-reference").textContent(), "Referencia");
  await noUnmarkedEnglish(co, "es", "es-ES loan");
  assert.deepEqual(await axeDialog(page), [], "axe-core: loan");

  // Cancel: the final status and the restart button in Spanish.
  await co.locator("#cancel").click();
  await co.locator("#restart:not([hidden])").waitFor({ timeout: 10_000 });
  assert.equal(await co.locator("#loan-status-text").textContent(), "Solicitud cancelada");
  assert.equal(await co.locator("#restart").textContent(), "Empezar una nueva solicitud");
  assert.equal(await co.locator("#loan-closed").textContent(), "La invitación enviada a ana.locale@example.com está cerrada: solicitud cancelada.");
  const done = await noUnmarkedEnglish(co, "es", "es-ES cancelled");
  assert.deepEqual(done.english, []);
  assert.deepEqual(await axeDialog(page), [], "axe-core: cancelled");
  await page.screenshot({ path: screenshotPath("checkout-locale-es-ES-cancelled") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("sv-SE: plan and borrower steps in Swedish; the lender's refusal (no SEK pricing in the sandbox) marked lang=en", async () => {
  const { context, page, errors, co } = await open("SE", "sv-SE");
  const money = (/** @type {string} */ v) => new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK" }).format(/** @type {any} */ (v));
  assert.equal(nb(await page.locator("#price").textContent()), nb(money("5000.00")));
  await toPlan(page, co);
  assert.equal(await co.locator("#schedule-title").textContent(), "Återbetalningsplan");
  await noUnmarkedEnglish(co, "sv", "sv-SE plan");
  await co.locator("#continue").click();
  await co.locator("#borrower-title").waitFor();
  assert.equal(await co.locator("#borrower-title").textContent(), "Dina uppgifter");
  await fillWithError(co);
  assert.equal(await co.locator("#email-error").textContent(), "E-post: är inte en giltig e-postadress");
  assert.equal(await co.locator("#error-summary h3").textContent(), "1 fält behöver rättas");
  const form = await noUnmarkedEnglish(co, "sv", "sv-SE form");
  assert.deepEqual(form.english, []);
  assert.deepEqual(await axeDialog(page), [], "axe-core: errors");
  // The sandbox lender has no pricing in SEK: its refusal is the lender's own
  // (English) message, marked so inside the Swedish step.
  await co.locator("#email").fill("sven.locale@example.com");
  await co.locator("#submit").click();
  await co.locator("#form-error:not(:empty)").waitFor({ timeout: 10_000 });
  assert.equal(await co.locator("#form-error").getAttribute("lang"), "en");
  assert.equal(await co.locator("#pending-note").textContent(), checkoutText("sv").text.pendingNote);
  await noUnmarkedEnglish(co, "sv", "sv-SE refused send");
  assert.deepEqual(errors.filter((e) => !/status of 400/.test(e)), []);
  await context.close();
});

test("sv-FI: the loan step in Swedish (EUR, which the sandbox lender prices), the date by Intl", async () => {
  const { context, page, errors, co } = await open("FI", "sv-FI");
  await toPlan(page, co);
  await co.locator("#continue").click();
  await co.locator("#borrower-title").waitFor();
  await fillWithError(co);
  await co.locator("#email").fill("sven.locale@example.com");
  await co.locator("#submit").click();
  await co.locator("#loan-status-text:not(:empty)").waitFor({ timeout: 10_000 });
  assert.equal(await co.locator("#loan-status-text").textContent(), "Ansökan skapad, inbjudan skickad");
  assert.equal(await co.locator("#step-loan").getAttribute("lang"), "sv-FI");
  assert.match(nb(await co.locator("#loan-expires").textContent()), /^\d{1,2} [a-zåäö]+ \d{4}$/);
  const loan = await noUnmarkedEnglish(co, "sv", "sv-FI loan");
  assert.deepEqual(loan.english, []);
  assert.deepEqual(await axeDialog(page), [], "axe-core: loan");
  assert.deepEqual(errors, []);
  await context.close();
});

test("fi-FI: lendkit's Finnish interface words through the flow, the field messages by code (the validators have no Finnish), figures Finnish Intl, nothing English", async () => {
  const { context, page, errors, co } = await open("FI", "fi-FI");
  const fi = checkoutText("fi").text;
  const money = (/** @type {string} */ v) => new Intl.NumberFormat("fi-FI", { style: "currency", currency: "EUR" }).format(/** @type {any} */ (v));
  assert.equal(nb(await page.locator("#price").textContent()), nb(money("5000.00")));
  await toPlan(page, co);
  const q = simulate({ principal: "5000.00", currency: "EUR", termMonths: 30, annualRate: "0", profile: "nemuru", includeSchedule: true });
  const row = q.schedule?.find((r) => r.number === 1);
  assert.ok(row);
  assert.equal(nb(await co.locator("#schedule-body tr:first-child td:nth-child(2)").textContent()), nb(money(row.payment)));
  assert.equal(await co.locator("#plan-title").textContent(), "Maksa erissä");
  assert.equal(await co.locator("#schedule-title").textContent(), "Maksusuunnitelma");
  assert.equal(await co.locator("#schedule-title").getAttribute("lang"), null, "inherits fi-FI from its step");
  assert.equal(await co.locator("#toggle-schedule").textContent(), fi.hideSchedule);
  assert.deepEqual(await co.locator("#schedule-table thead th").allTextContents(), [fi.colNumber, fi.colPayment, fi.colPrincipal, fi.colInterest, fi.colBalance]);
  assert.equal(await co.locator("#schedule-table").getAttribute("aria-label"), fi.scheduleTable);
  assert.match(nb(await co.locator("#chart svg title").textContent()), /^Maksusuunnitelma: 30 maksuerää; .*\(alussa 5 000,00 €, lopussa 0,00 €\)\.$/);
  const plan = await noUnmarkedEnglish(co, "fi", "fi-FI plan");
  assert.deepEqual(plan.english, [], "nothing marked English in fi-FI");
  await co.locator("#continue").click();
  await co.locator("#borrower-title").waitFor();
  assert.equal(await co.locator("#borrower-title").textContent(), "Tietosi");
  assert.deepEqual(await co.locator("#first_name-label, #last_name-label, #email-label").allTextContents(), ["Etunimi", "Sukunimi", "Sähköposti"]);
  assert.equal(await co.locator("#phone_number-hint").textContent(), "Jos numerossa ei ole maatunnusta (+), maaksi oletetaan Espanja.");
  assert.ok(nb(await co.locator("#recap").textContent()).includes(nb(money("5000.00"))), "Finnish Intl figures in the recap");
  await fillWithError(co);
  // The label and the message both Finnish: the message is fieldMessages' for the validators' code (invalid_email).
  assert.equal(await co.locator("#email-error").textContent(), "Sähköposti: ei ole kelvollinen sähköpostiosoite");
  assert.equal(await co.locator("#email-error").getAttribute("lang"), "fi-FI");
  assert.equal(await co.locator("#email-error span").getAttribute("lang"), null, "the message is in the label's language");
  assert.equal(await co.locator("#error-summary h3").textContent(), "1 kenttä vaatii huomiota");
  assert.equal(await co.locator("#error-summary button").textContent(), "Sähköposti: ei ole kelvollinen sähköpostiosoite");
  assert.equal(await co.locator("#submit").textContent(), "Lähetä hakemus");
  // A bad phone number and a bad DNI: their codes' Finnish messages.
  await co.locator("#phone_number").fill("12");
  await co.locator("#document").fill("12345678A");
  await co.locator("#submit").click();
  await co.locator("#error-summary li:nth-child(3)").waitFor();
  assert.equal(await co.locator("#phone_number-error").textContent(), "Matkapuhelin: on liian lyhyt");
  assert.equal(await co.locator("#document-error").textContent(), "DNI tai NIE: tarkistusmerkki on väärä");
  assert.equal(await co.locator("#error-summary h3").textContent(), "3 kenttää vaatii huomiota");
  const form = await noUnmarkedEnglish(co, "fi", "fi-FI form");
  // Only the SECCI's title is English: a legal wording with no sourced Finnish
  // text (sdk/secci/catalogs/fi.ts), shown in the directive's English, marked so.
  assert.deepEqual(form.english, ["secci-title"], "nothing else marked English in the fi-FI form");
  assert.ok(!form.nodes.some((n) => /has too few digits|invalid check digit|valid email address/.test(n.text)), "no validator English");
  assert.equal(await co.locator("#step-borrower").getAttribute("lang"), "fi-FI");
  assert.deepEqual(await axeDialog(page), [], "axe-core: errors");
  await page.screenshot({ path: screenshotPath("checkout-locale-fi-FI-errors") });
  // A merchant's own field message wins over lendkit's, by code.
  await co.evaluate((el) => {
    /** @type {any} */ (el).interfaceText = { fieldMessages: { phone_too_short: "liian vähän numeroita" } };
  });
  await co.locator("#phone_number").fill("123");
  await co.locator("#phone_number-error").filter({ hasText: "Matkapuhelin: liian vähän numeroita" }).waitFor();
  await co.evaluate((el) => {
    /** @type {any} */ (el).interfaceText = {};
  });
  await co.locator("#phone_number").fill("612 34 56 78");
  await co.locator("#document").fill("12345678Z");
  await co.locator("#email").fill("aino.locale@example.com");
  await co.locator("#submit").click();
  await co.locator("#loan-status-text:not(:empty)").waitFor({ timeout: 10_000 });
  assert.equal(await co.locator("#loan-title").textContent(), "Hakemuksesi");
  assert.equal(await co.locator("#loan-status").textContent(), "Tila: Hakemus luotu, kutsu lähetetty");
  assert.equal(await co.locator("#steps li").first().textContent(), "Hakemus luotu, kutsu lähetetty status_initial");
  assert.equal(await co.locator("#cancel").textContent(), "Peru hakemus");
  const loan = await noUnmarkedEnglish(co, "fi", "fi-FI loan");
  assert.deepEqual(loan.english, [], "nothing marked English in the fi-FI loan step");
  assert.equal(await co.locator("#loan-expires").getAttribute("lang"), null, "the Finnish date in the Finnish sentence");
  assert.match(nb(await co.locator("#loan-expires").textContent()), /^\d{1,2}\. [a-zäö]+ \d{4}$/);
  assert.match(nb(await co.locator("#loan-invite").textContent()), /^Lähetimme osoitteeseen aino\.locale@example\.com kutsun .* Kutsu on voimassa \d{1,2}\. [a-zäö]+ \d{4} asti\.$/);
  assert.deepEqual(await axeDialog(page), [], "axe-core: loan");
  // A merchant's Finnish words replace lendkit's, still unmarked (the step's fi-FI).
  await co.evaluate((el) => {
    /** @type {any} */ (el).interfaceText = { loanTitle: "Oma hakemus", steps: { status_initial: "Hakemus vastaanotettu" } };
  });
  await co.locator("#loan-title").filter({ hasText: "Oma hakemus" }).waitFor();
  assert.equal(await co.locator("#loan-status-text").textContent(), "Hakemus vastaanotettu");
  assert.equal(await co.locator("#loan-status-text").getAttribute("lang"), "fi-FI");
  assert.equal(await co.locator("#loan-title").getAttribute("lang"), null, "inherits fi-FI from its step");
  await page.screenshot({ path: screenshotPath("checkout-locale-fi-FI-loan") });
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [market, locale, email, summary] of /** @type {const} */ ([
  ["NO", "nb-NO", "E-post: er ikke en gyldig e-postadresse", "1 felt må rettes"],
  ["DK", "da-DK", "E-mail: er ikke en gyldig e-mailadresse", "1 felt skal rettes"],
])) {
  test(`${locale}: plan and borrower steps in lendkit's ${locale === "nb-NO" ? "Norwegian" : "Danish"} words, the field message by code, nothing English`, async () => {
    const { context, page, errors, co } = await open(market, locale);
    const language = locale.slice(0, 2);
    const own = checkoutText(language).text;
    await page.locator("#open-financing").click();
    // nb-NO's catalog has a sourced APR label only: the block shows that row.
    await co.locator(".ad:not([hidden]) .ad-item.apr dd").waitFor({ timeout: 10_000 });
    await co.locator(".card .meta:not(:empty)").first().waitFor();
    await co.locator("#toggle-schedule").click();
    await co.locator("#schedule-body tr").first().waitFor();
    assert.equal(await co.locator("#plan-title").textContent(), own.title);
    assert.equal(await co.locator("#schedule-title").textContent(), own.scheduleTitle);
    // The live region says the selected plan's instalment in the locale: the
    // advertisement's row (da-DK), or the card's words where the catalog has no
    // sourced instalment label (nb-NO), never lendkit's English sentence.
    await co.locator("#live:not(:empty)").waitFor();
    const live = nb(await co.locator("#live").textContent());
    assert.match(live, market === "NO" ? new RegExp(`^${own.programs["zero_program"]}: 30 × 166,67 kr, Effektiv rente 0,0 %\\.$`) : /^Ydelsernes størrelse: 30 × 166,67 kr\.$/, live);
    assert.equal(await co.locator("#live").getAttribute("lang"), locale);
    const plan = await noUnmarkedEnglish(co, language, `${locale} plan`);
    assert.deepEqual(plan.english, []);
    await co.locator("#continue").click();
    await co.locator("#borrower-title").waitFor();
    assert.equal(await co.locator("#borrower-title").textContent(), own.borrowerTitle);
    await fillWithError(co);
    assert.equal(await co.locator("#email-error").textContent(), email);
    assert.equal(await co.locator("#error-summary h3").textContent(), summary);
    const form = await noUnmarkedEnglish(co, language, `${locale} form`);
    assert.deepEqual(form.english, []);
    assert.deepEqual(await axeDialog(page), [], "axe-core: errors");
    await page.screenshot({ path: screenshotPath(`checkout-locale-${locale}-errors`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
