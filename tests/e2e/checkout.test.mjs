// The demo merchant checkout end to end, in Debian's Chromium and Firefox ESR
// (playwright-core, through ./browser.mjs) against a deterministic sandbox: instalment messaging and the financing
// dialog (every figure compared with lendkit's own result in Node), the Nemuru
// borrower form -> loan -> steps -> end, and cancel; the asset-secured flow to
// COMPLETED; axe-core with no serious or critical violation; screenshots at
// phone and desktop widths. No CSP violation or console error anywhere.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { disclosure, loanConditions, lowestInstalment, simulate } from "lendkit";
import { screenshotPath } from "./browser.mjs";
import { axeViolations, recordProblems, seriousOrCritical, startDemo } from "./setup.mjs";

/** The table www/app.js gives the components (the sandbox agent's programs, 6 to 30 months). */
const PRICING = {
  currency: "EUR",
  programs: [
    { program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
    { program: "free_program", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
  ],
};

const demo = await startDemo({ sandbox: true, browser: "env" });
const { url, sandbox, browser } = demo;
after(() => demo.close());

/** A page that records every console error/warning (CSP violations included) and page error. */
async function open(viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const problems = recordProblems(page);
  await page.goto(url);
  await page.locator("html[data-ready=true]").waitFor({ timeout: 15_000 });
  return { page, problems };
}

/** @param {import("playwright-core").Page} page @param {string} name */
async function shoot(page, name) {
  for (const [size, width, height] of /** @type {const} */ ([["phone", 390, 844], ["desktop", 1280, 800]])) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(50);
    await page.screenshot({ path: screenshotPath(`checkout-${name}-${size}`), fullPage: true });
  }
}

test("instalment messaging and the financing dialog show lendkit's figures", async () => {
  const { page, problems } = await open();
  const offer = page.locator("lendkit-offer .message");
  const cheapest = lowestInstalment({ pricing: PRICING, principal: "5000.00" });
  assert.ok(cheapest);
  assert.equal(cheapest.instalment, "166.67");
  await assert.doesNotReject(offer.filter({ hasText: `From 166.67 EUR/month, TAE ${cheapest.aprPercent} %` }).waitFor());
  assert.equal(await page.locator("lendkit-offer .message").getAttribute("aria-live"), "polite");

  // Changing the product's price re-prices the message (same nodes, new text).
  await page.getByLabel("4.8 m").check();
  await page.getByLabel("Professional installation (+450.00 EUR)").check();
  const big = lowestInstalment({ pricing: PRICING, principal: "6850.00" });
  assert.ok(big);
  await offer.filter({ hasText: `From ${big.instalment} EUR/month` }).waitFor();
  assert.equal(await page.locator("#price").textContent(), "6850.00");
  await page.getByLabel("3.6 m").check();
  await page.getByLabel("Professional installation (+450.00 EUR)").uncheck();
  await offer.filter({ hasText: "From 166.67 EUR/month" }).waitFor();

  // The dialog: both programs for 5000 over 30 months, as loanConditions and simulate say.
  await page.getByRole("button", { name: "Pay in instalments" }).click();
  const dialog = page.locator("dialog#financing");
  await dialog.waitFor();
  const conditions = loanConditions(PRICING, { currency: "EUR", term: 30, principal: "5000.00" });
  assert.deepEqual(conditions.map((c) => c.program), ["zero_program", "free_program"]);
  for (const c of conditions) {
    const program = PRICING.programs.find((p) => p.program === c.program);
    const q = simulate({ principal: "5000.00", currency: "EUR", termMonths: 30, annualRate: program.annualInterest, profile: "nemuru", includeSchedule: false });
    assert.equal(q.instalment, c.user_defined_quota.toFixed(2));
    const card = page.locator(`lendkit-checkout .card[data-program="${c.program}"]`);
    assert.equal(await card.locator(".inst").textContent(), `${q.instalment} EUR/month`);
    assert.equal(await card.locator(".meta").textContent(), `TAE ${q.aprPercent} % · total ${q.totalAmountPayable} EUR`);
  }
  // The free program in detail: Nemuru's published 186.97 / 609.15 / 5609.15 / 9.5 %.
  await page.locator("lendkit-checkout").getByLabel(/Flexible/).check();
  const free = simulate({ principal: "5000.00", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru" });
  const field = (/** @type {string} */ f) => page.locator(`lendkit-checkout [data-field="${f}"]`);
  await field("instalment").filter({ hasText: "186.97 EUR" }).waitFor();
  assert.equal(await field("instalment").textContent(), `${free.instalment} EUR`);
  assert.equal(await field("tae").textContent(), `${free.aprPercent} %`);
  assert.equal(await field("tin").textContent(), "9.10 %");
  assert.equal(await field("totalInterest").textContent(), `${free.totalInterest} EUR`);
  assert.equal(await field("totalAmountPayable").textContent(), `${free.totalAmountPayable} EUR`);
  assert.deepEqual([free.instalment, free.totalInterest, free.totalAmountPayable, free.aprPercent], ["186.97", "609.15", "5609.15", "9.5"]);

  // The schedule on demand: the table is the engine's, the chart has one bar pair per instalment.
  await page.getByRole("button", { name: "Show repayment schedule" }).click();
  const rows = page.locator("lendkit-checkout #schedule-body tr");
  await rows.first().waitFor();
  assert.equal(await rows.count(), 30);
  const schedule = free.schedule ?? [];
  for (const i of [0, 14, 29]) {
    const r = schedule[i];
    assert.ok(r);
    assert.deepEqual(await rows.nth(i).locator("td").allTextContents(), [String(r.number), r.payment, r.principal, r.interest, r.balance]);
  }
  assert.equal(await page.locator("lendkit-checkout svg.chart rect.principal").count(), 30);
  assert.equal(await page.locator("lendkit-checkout svg.chart rect.interest").count(), 30);
  assert.equal(await page.locator("lendkit-checkout svg.chart polyline.balance").count(), 1);

  // The representative example in each language is lendkit's disclosure text.
  for (const [lang, label] of /** @type {const} */ ([["es", "ES"], ["sv", "SV"], ["en", "EN"]])) {
    await page.locator("lendkit-checkout .langs").getByRole("button", { name: label, exact: true }).click();
    assert.equal(await page.locator("lendkit-checkout #disclosure-text").textContent(), disclosure(free, lang));
  }

  // A new amount re-prices within one frame of the input event.
  const amount = page.locator("lendkit-checkout #amount");
  await amount.fill("1234.56");
  const q2 = simulate({ principal: "1234.56", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru", includeSchedule: false });
  await field("instalment").filter({ hasText: `${q2.instalment} EUR` }).waitFor();
  const frames = await page.evaluate(async () => {
    const host = /** @type {any} */ (document.querySelector("lendkit-checkout"));
    const input = host.shadowRoot.querySelector("#amount");
    const out = host.shadowRoot.querySelector('[data-field="instalment"]');
    input.value = "2500";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const before = out.textContent;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    return { before, after: out.textContent };
  });
  const q3 = simulate({ principal: "2500", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru", includeSchedule: false });
  assert.equal(frames.after, `${q3.instalment} EUR`);
  // Out of range: a message from the table, no figures.
  await amount.fill("100");
  await page.locator("lendkit-checkout #amount-error").filter({ hasText: "from 300 to 30000 EUR" }).waitFor();
  await amount.fill("5000.00");
  await field("instalment").filter({ hasText: "186.97 EUR" }).waitFor();
  await shoot(page, "financing");
  assert.deepEqual(problems, []);
  await page.close();
});

test("Nemuru: borrower form with field errors, create the loan, follow its steps to the end; and cancel", async () => {
  const { page, problems } = await open({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Pay in instalments" }).click();
  const co = page.locator("lendkit-checkout");
  await co.locator(".card").first().waitFor();
  await co.getByRole("button", { name: "Continue with Interest-free" }).click();
  await co.getByRole("heading", { name: "Your details" }).waitFor();

  // Live validation: lendkit's messages under each field.
  await co.getByLabel("Email").fill("john.doe@@gmail");
  await co.getByLabel("Mobile phone").focus();
  await co.locator("#email-error").filter({ hasText: /./ }).waitFor();
  assert.equal(await co.getByLabel("Email").getAttribute("aria-invalid"), "true");
  await co.getByLabel("Mobile phone").fill("123");
  await co.getByLabel("DNI or NIE").focus();
  await co.locator("#phone_number-error").filter({ hasText: /./ }).waitFor();
  await co.getByLabel("DNI or NIE").fill("12345678A");
  await co.getByLabel("First name").focus();
  await co.locator("#document-error").filter({ hasText: /./ }).waitFor();
  await shoot(page, "borrower-errors");
  // Submitting with errors sends nothing and marks the empty names too.
  await co.getByRole("button", { name: "Send application" }).click();
  await co.locator("#first_name-error").filter({ hasText: /./ }).waitFor();

  await co.getByLabel("First name").fill("John");
  await co.getByLabel("Last name").fill("Doe");
  await co.getByLabel("Email").fill("john.doe@gmail.com");
  await co.getByLabel("Mobile phone").fill("601000001");
  await co.getByLabel("DNI or NIE").fill("12345678Z");
  await co.getByRole("button", { name: "Send application" }).click();
  await co.getByRole("heading", { name: "Your application" }).waitFor({ timeout: 10_000 }).catch(async (e) => {
    throw new Error(`${e.message}; form: ${await co.locator("#form-error").textContent()}; ${problems.join("; ")}`);
  });
  await co.locator('#loan-status-text[data-status="status_initial"]').waitFor();
  const loanId = await co.locator("#loan-id").textContent();
  assert.match(loanId ?? "", /^[0-9a-f-]{36}$/);
  // The loan the sandbox holds is the one priced on the page.
  const nemuru = await fetch(`${sandbox.url}/v2/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "username@email.com", password: "12345" }) }).then((r) => r.json());
  const held = await fetch(`${sandbox.url}/v2/loans/${loanId}`, { headers: { authorization: `Bearer ${nemuru.access_token}` } }).then((r) => r.json());
  assert.equal(held.payload.loan_conditions.user_defined_quota, 166.67);
  assert.equal(held.payload.borrower.phone_number, "+34601000001");

  const next = page.getByRole("button", { name: "Next step" });
  const steps = [
    "status_lender_has_been_selected",
    "status_contract_sent",
    "status_contract_signed",
    "status_docs_approved",
    "status_active_trial",
    "status_active",
    "status_ended",
  ];
  for (const step of steps) {
    await next.click();
    await co.locator(`#loan-status-text[data-status="${step}"]`).waitFor();
  }
  assert.equal(await co.locator("#loan-status-text").textContent(), "Loan repaid and closed");
  assert.equal(await co.getByRole("button", { name: "Cancel application" }).isVisible(), false);
  await shoot(page, "nemuru-ended");

  // A second application, cancelled by the customer. The basket's first one
  // survives the reload (it has ended): the shopper starts a new one explicitly.
  await page.goto(url);
  await page.locator("html[data-ready=true]").waitFor();
  await page.getByRole("button", { name: "Pay in instalments" }).click();
  await co.getByRole("button", { name: "Start a new application" }).click();
  await co.getByRole("button", { name: /Continue with/ }).click();
  await co.getByLabel("First name").fill("Ana");
  await co.getByLabel("Last name").fill("García");
  await co.getByLabel("Email").fill("ana.garcia@example.es");
  await co.getByLabel("Mobile phone").fill("+34612345678");
  await co.getByLabel("DNI or NIE").fill("X1234567L");
  await co.getByRole("button", { name: "Send application" }).click();
  await co.locator('#loan-status-text[data-status="status_initial"]').waitFor();
  await co.getByRole("button", { name: "Cancel application" }).click();
  await co.locator('#loan-status-text[data-status="status_cancelled"]').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("asset-secured: identity, eligible vehicles, live price, execute, sign and register to COMPLETED", async () => {
  const { page, problems } = await open();
  await page.getByLabel("Country").selectOption("SE");
  await page.getByLabel("Identity number").fill("19680101-2345");
  await page.getByRole("button", { name: "Find my vehicles" }).click();
  await page.locator("#asset-identity-error").filter({ hasText: /./ }).waitFor();
  await page.getByLabel("Identity number").fill("19680101-2342");
  await page.getByRole("button", { name: "Find my vehicles" }).click();
  const vehicles = page.locator("#asset-vehicles .vehicle");
  await vehicles.first().waitFor();
  // Figures are the sandbox's and lendkit's decimal strings, shown through the
  // browser's Intl in the page's language (English): the expected text is Intl's
  // for the same strings, so a figure written raw or through a float fails.
  const intl = (/** @type {string} */ value, /** @type {Record<string, unknown>} */ options) =>
    page.evaluate(([v, o]) => new Intl.NumberFormat("en", o).format(/** @type {any} */ (v)), [value, options]);
  const sek = (/** @type {string} */ value) => intl(value, { style: "currency", currency: "SEK" });
  assert.deepEqual(await vehicles.locator(".vehicle-max").allTextContents(), [`up to ${await sek("129000")}`, `up to ${await sek("45000")}`]);
  assert.match((await vehicles.locator(".vehicle-max").first().textContent()) ?? "", /^up to SEK\s129,000\.00$/);

  // Live pricing of vehicle, amount and term.
  await page.getByLabel("Amount (SEK, up to 129,000.00)").fill("80000");
  await page.locator("#asset-term").selectOption("60");
  const q = simulate({ principal: "80000", currency: "SEK", termMonths: 60, annualRate: "0.0595", includeSchedule: false });
  await page.locator("#asset-instalment").filter({ hasText: await sek(q.instalment) }).waitFor();
  const pct = (/** @type {string} */ v) => intl(v, { style: "unit", unit: "percent", minimumFractionDigits: v.split(".")[1]?.length ?? 0 });
  assert.equal(await page.locator("#asset-apr").textContent(), `${await pct(q.aprPercent)} (borrowing rate ${await pct("5.95")})`);
  assert.equal(await page.locator("#asset-interest").textContent(), await sek(q.totalInterest));
  assert.equal(await page.locator("#asset-total").textContent(), await sek(q.totalAmountPayable));
  assert.match((await page.locator("#asset-total").textContent()) ?? "", /^SEK\s\d{2},\d{3}\.\d{2}$/);
  // Above the vehicle's maximum: lendkit's cross-field rule, no price.
  await page.getByLabel(/Amount \(SEK/).fill("130000");
  await page.locator("#asset-amount-error").filter({ hasText: /./ }).waitFor();
  assert.equal(await page.locator("#asset-instalment").textContent(), "–");
  await page.getByLabel(/Amount \(SEK/).fill("80000");

  await page.locator("#asset-email").fill("anna.larsson@email.se");
  await page.locator("#asset-phone").fill("+46701234567");
  await page.getByRole("button", { name: "Apply for the loan" }).click();
  await page.locator("#asset-status").filter({ hasText: "IN_PROGRESS" }).waitFor();
  const link = page.getByRole("link", { name: "Open the loan agreement to sign" });
  const href = await link.getAttribute("href");
  assert.ok(href?.startsWith(`${sandbox.url}/sign/`), href ?? "");
  await shoot(page, "asset-signing");

  // The customer signs on the sandbox's signing page.
  const signing = await browser.newPage();
  await signing.goto(href);
  await signing.getByRole("button", { name: "Sign" }).click();
  await signing.getByText("Signed. Thank you.").waitFor();
  await signing.close();
  await page.locator('#asset-requirements li[data-type="CUSTOMER_CONTRACT"][data-status="COMPLETED"]').waitFor();
  // Registration completes 60 s after signing: move the sandbox clock.
  await page.getByRole("button", { name: "Complete the registration (+60 s)" }).click();
  await page.locator("#asset-status").filter({ hasText: "COMPLETED" }).waitFor({ timeout: 10_000 });
  await page.locator('#asset-requirements li[data-type="CREDIT_MARKING_REGISTRATION"][data-status="COMPLETED"]').waitFor();
  await shoot(page, "asset-completed");
  assert.deepEqual(problems, []);
  await page.close();
});

test("axe-core: no serious or critical accessibility violation on the page and in the dialog", async () => {
  // axe is injected for this check only, evaluated by the driver (setup.mjs's axeViolations).
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("html[data-ready=true]").waitFor();
  const page1 = await axeViolations(page);
  assert.deepEqual(seriousOrCritical(page1), [], JSON.stringify(page1));
  await page.getByRole("button", { name: "Pay in instalments" }).click();
  await page.locator("lendkit-checkout .card").first().waitFor();
  await page.getByRole("button", { name: "Show repayment schedule" }).click();
  const dialog = await axeViolations(page);
  assert.deepEqual(seriousOrCritical(dialog), [], JSON.stringify(dialog));
  await context.close();
});
