// <lendkit-checkout>'s plan step needs the core wasm module (`loanConditions`
// moved there from the pricing module, issue 15), and waits for it: the element
// is defined only once the core module is instantiated (sdk/components/index.ts,
// `defineCheckout`), so until then it shows nothing at all (no English, no
// half-priced plan, no error), while <lendkit-offer> shows its figure from the
// pricing module alone. Then the plan shows the programs `loanConditions`
// gives, in the market's language. Both ways the checkout reaches a page: in
// the document when `lendkit/components` is imported (core delayed by the
// test), and added later (core fetched only then). A page of the test's own on
// the demo server's origin, in Chromium (request interception).
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { loanConditions } from "lendkit";
import { recordProblems, startDemo } from "./setup.mjs";

const demo = await startDemo({ browser: "chromium" });
const { url, browser } = demo;
after(() => demo.close());

const PRICING = {
  currency: "EUR",
  programs: [
    { program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
    { program: "free_program", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
  ],
};
const CHECKOUT = `<lendkit-checkout id="checkout" term="30" amount="5000.00" market="ES" locale="es-ES"></lendkit-checkout>`;

/** The page: an offer, a checkout in the document or not, and `lendkit/components` imported without waiting for it. */
const html = (withCheckout) => `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>core wait</title><script type="module" src="/core-wait.js"></script></head>
<body><lendkit-offer id="offer" amount="5000.00"></lendkit-offer>${withCheckout ? CHECKOUT : ""}</body></html>`;
const script = `
const PRICING = ${JSON.stringify(PRICING)};
import("/pkg/lendkit-components.js");
customElements.whenDefined("lendkit-offer").then(() => { document.getElementById("offer").pricing = PRICING; });
customElements.whenDefined("lendkit-checkout").then(() => {
  document.getElementById("checkout").pricing = PRICING;
  document.documentElement.dataset.checkout = "defined";
});
window.addCheckout = () => document.body.insertAdjacentHTML("beforeend", ${JSON.stringify(CHECKOUT)});
`;

/** Node's and the browser's ICU may differ in no-break spaces. @param {string | null} s */
const nb = (s) => (s ?? "").replace(/[\u00a0\u202f]/g, " ");

/**
 * Opens the page with the core module's response held until `release()`.
 * @param {boolean} withCheckout
 */
async function open(withCheckout) {
  const page = await browser.newPage();
  const problems = recordProblems(page);
  /** @type {() => void} */
  let release = () => {};
  const gate = new Promise((resolve) => (release = () => resolve(undefined)));
  let coreRequests = 0;
  await page.route("**/pkg/wasm/lendkit_bg.wasm", async (route) => {
    coreRequests++;
    await gate;
    await route.continue();
  });
  await page.route(new URL("core-wait.html", url).href, (route) => route.fulfill({ contentType: "text/html", body: html(withCheckout) }));
  await page.route(new URL("core-wait.js", url).href, (route) => route.fulfill({ contentType: "text/javascript", body: script }));
  await page.goto(new URL("core-wait.html", url).href);
  return { page, problems, release, coreRequests: () => coreRequests };
}

/** What the checkout shows before it is defined: nothing. @param {import("playwright-core").Page} page */
const undefinedCheckout = (page) =>
  page.evaluate(() => {
    const el = /** @type {HTMLElement} */ (document.getElementById("checkout"));
    return { defined: customElements.get("lendkit-checkout") !== undefined, shadow: el.shadowRoot !== null, text: el.innerText, height: el.getBoundingClientRect().height };
  });

/** The plan once the core module is there: loanConditions' programs, Intl's Spanish figures. @param {import("playwright-core").Page} page */
async function assertPlan(page) {
  await page.locator("html[data-checkout=defined]").waitFor({ timeout: 15_000 });
  const expected = loanConditions(PRICING, { currency: "EUR", term: 30, principal: "5000.00" });
  assert.deepEqual(expected.map((c) => c.program), ["zero_program", "free_program"]);
  const cards = page.locator("lendkit-checkout .card");
  await cards.nth(expected.length - 1).waitFor();
  assert.deepEqual(await cards.evaluateAll((els) => els.map((e) => /** @type {HTMLElement} */ (e).dataset.program)), expected.map((c) => c.program));
  for (const c of expected) {
    const money = new Intl.NumberFormat("es-ES", { style: "currency", currency: "EUR" }).format(c.user_defined_quota);
    assert.equal(nb(await page.locator(`lendkit-checkout .card[data-program="${c.program}"] .inst`).textContent()), nb(`30 × ${money}`));
  }
}

test("a checkout in the document: nothing shows until the core module is in, then the plan; the offer does not wait", async () => {
  const { page, problems, release, coreRequests } = await open(true);
  await page.locator("lendkit-offer .message").filter({ hasText: "From 166.67 EUR/month" }).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(600);
  assert.ok(coreRequests() >= 1, "the core module is being fetched");
  assert.deepEqual(await undefinedCheckout(page), { defined: false, shadow: false, text: "", height: 0 });
  release();
  await assertPlan(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a checkout added later: the product page never fetches the core module; then the plan, without an error", async () => {
  const { page, problems, release, coreRequests } = await open(false);
  await page.locator("lendkit-offer .message").filter({ hasText: "From 166.67 EUR/month" }).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(600);
  assert.equal(coreRequests(), 0, "the core module was fetched by a page without a checkout");
  await page.evaluate(() => /** @type {any} */ (window).addCheckout());
  await page.waitForTimeout(300);
  assert.deepEqual(await undefinedCheckout(page), { defined: false, shadow: false, text: "", height: 0 });
  assert.equal(coreRequests(), 1);
  release();
  await assertPlan(page);
  assert.deepEqual(problems, []);
  await page.close();
});
