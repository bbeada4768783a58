// The product-page path in Chromium: a page with one <lendkit-offer> that
// imports `lendkit/components/offer` fetches the pricing wasm module only (not
// the core or clients modules) and shows its figure; `lendkit/components` on a
// page without a checkout does the same, and defines <lendkit-checkout> (loading
// the core module) once one is added. The pages are served at the demo server's
// origin (route-fulfilled), loading the package's bundles from /pkg/.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { startDemo } from "./setup.mjs";

const demo = await startDemo({ browser: "chromium" });
const { url, browser } = demo;
after(() => demo.close());

const TABLE = {
  currency: "EUR",
  programs: [{ program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] }],
};

/** Opens `html` as /product-test.html on the demo server's origin; returns the page and the paths it fetched. */
async function open(html) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const fetched = [];
  const problems = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.route("**/product-test.html", (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  await page.goto(new URL("/product-test.html", url).href);
  return { page, fetched, problems };
}

const offerScript = (module) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Product</title>
<script type="module">
import ${JSON.stringify(module)};
const offer = document.querySelector("lendkit-offer");
offer.pricing = ${JSON.stringify(TABLE)};
</script></head><body><h1>Kitchen</h1><lendkit-offer amount="5000.00"></lendkit-offer></body></html>`;

const instalment = (page) =>
  page.waitForFunction(() => document.querySelector("lendkit-offer")?.shadowRoot?.querySelector(".instalment")?.textContent?.trim() || undefined, undefined, { timeout: 20000 });

test("lendkit/components/offer: the pricing module only, and the offer's figure", async () => {
  const { page, fetched, problems } = await open(offerScript("/pkg/lendkit-components-offer.js"));
  const text = await (await instalment(page)).jsonValue();
  assert.match(String(text), /166[.,]67/);
  const wasm = fetched.filter((p) => p.endsWith(".wasm"));
  assert.deepEqual(wasm, ["/pkg/wasm/lendkit_pricing_bg.wasm"]);
  const js = fetched.filter((p) => p.startsWith("/pkg/") && p.endsWith(".js"));
  assert.ok(js.length <= 4, `entry and its chunks, one level: ${js}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("lendkit/components without a checkout: pricing only; adding a <lendkit-checkout> loads the core module and defines it", async () => {
  const { page, fetched, problems } = await open(offerScript("/pkg/lendkit-components.js"));
  await instalment(page);
  assert.deepEqual(fetched.filter((p) => p.endsWith(".wasm")), ["/pkg/wasm/lendkit_pricing_bg.wasm"]);
  assert.equal(await page.evaluate(() => customElements.get("lendkit-checkout") === undefined), true);
  await page.evaluate(async () => {
    document.body.append(document.createElement("lendkit-checkout"));
    await customElements.whenDefined("lendkit-checkout");
  });
  assert.ok(fetched.includes("/pkg/wasm/lendkit_bg.wasm"), `core module fetched: ${fetched}`);
  assert.equal(fetched.filter((p) => p.includes("lendkit_clients")).length, 0);
  assert.deepEqual(problems, []);
  await page.close();
});
