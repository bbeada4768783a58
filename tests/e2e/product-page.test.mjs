// The product-page path in Chromium: a page with one <lendkit-offer> that
// imports `lendkit/components/offer` fetches the pricing wasm module only (not
// the core or clients modules) and shows its figure; `lendkit/components` on a
// page without a checkout does the same, and defines <lendkit-checkout> (loading
// the core module) once one is added. The pages are served at the demo server's
// origin (route-fulfilled), loading the package's bundles from /pkg/. Without
// a `market` the offer fetches none of the advertisement's code; with one it
// fetches that code and the locale's catalog, and shows the advertisement; with
// `lendkit/pricing` in the same page both share one pricing module and one
// catalog registry.
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
async function open(html, { before = async (/** @type {import("playwright-core").Page} */ _page) => {} } = {}) {
  const page = await browser.newPage();
  await before(page);
  /** @type {string[]} */
  const fetched = [];
  const problems = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.route("**/product-test.html", (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  await page.goto(new URL("/product-test.html", url).href);
  return { page, fetched, problems };
}

const offerScript = (module, attributes = "") => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Product</title>
<script type="module">
import ${JSON.stringify(module)};
const offer = document.querySelector("lendkit-offer");
offer.pricing = ${JSON.stringify(TABLE)};
</script></head><body><h1>Kitchen</h1><lendkit-offer amount="5000.00"${attributes}></lendkit-offer></body></html>`;

/** The advertisement's code: its two files (scripts/bundle.mjs, HOMES), and the locale catalogs' chunks. */
const isAdvertising = (/** @type {string} */ p) => /\/pkg\/lendkit-(components-)?advertising\.js$|\/pkg\/lendkit-[a-z]{2}(-[A-Z]{2})?-[A-Z0-9]{8}\.js$/.test(p);

const instalment = (page) =>
  page.waitForFunction(() => document.querySelector("lendkit-offer")?.shadowRoot?.querySelector(".instalment")?.textContent?.trim() || undefined, undefined, { timeout: 20000 });

test("lendkit/components/offer: the pricing module only, and the offer's figure", async () => {
  const { page, fetched, problems } = await open(offerScript("/pkg/lendkit-components-offer.js"));
  const text = await (await instalment(page)).jsonValue();
  assert.match(String(text), /166[.,]67/);
  const wasm = fetched.filter((p) => p.endsWith(".wasm"));
  assert.deepEqual(wasm, ["/pkg/wasm/lendkit_pricing_bg.wasm"]);
  const js = fetched.filter((p) => p.startsWith("/pkg/") && p.endsWith(".js"));
  assert.ok(js.length <= 2, `the entry and one chunk: ${js}`);
  // No market: none of the advertisement's code, even once the figure is shown.
  await page.waitForTimeout(300);
  assert.deepEqual(fetched.filter(isAdvertising), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test("lendkit/components/offer with a market: the advertisement's code and catalog, then the advertisement (never the message)", async () => {
  // The pricing module is held back until the advertisement's code and catalog
  // have been requested (at most 5 s): they must start while it loads, not
  // once the element is defined (which waits for it).
  /** @type {string[]} */
  let requestedWhileWasmLoads = [];
  const before = async (/** @type {import("playwright-core").Page} */ page) => {
    /** @type {string[]} */
    const requested = [];
    page.on("request", (r) => isAdvertising(new URL(r.url()).pathname) && requested.push(new URL(r.url()).pathname));
    await page.route("**/lendkit_pricing_bg.wasm", async (route) => {
      for (let waited = 0; requested.length < 3 && waited < 5000; waited += 50) await new Promise((res) => setTimeout(res, 50));
      requestedWhileWasmLoads = [...requested];
      await route.continue();
    });
  };
  const { page, fetched, problems } = await open(offerScript("/pkg/lendkit-components-offer.js", ' market="ES"'), { before });
  const shown = await page.waitForFunction(
    () => {
      const root = document.querySelector("lendkit-offer")?.shadowRoot;
      const ad = root?.querySelector(".ad:not([hidden])");
      if (!ad) return undefined;
      const message = /** @type {HTMLElement} */ (root?.querySelector(".message"));
      return { instalment: ad.querySelector(".ad-item.instalment dd")?.textContent, warning: ad.querySelector(".ad-warning-text")?.textContent, messageHidden: message.hidden, items: ad.querySelectorAll(".ad-item").length };
    },
    undefined,
    { timeout: 20000 },
  );
  const r = await shown.jsonValue();
  assert.match(String(r.instalment), /166,67/);
  assert.match(String(r.warning), /Atención/);
  assert.equal(r.messageHidden, true);
  assert.ok(r.items >= 6, `items: ${r.items}`);
  const advertising = fetched.filter(isAdvertising).map((p) => p.replace(/-[A-Z0-9]{8}\.js$/, ".js"));
  assert.deepEqual(advertising.sort(), ["/pkg/lendkit-advertising.js", "/pkg/lendkit-components-advertising.js", "/pkg/lendkit-es-ES.js"]);
  assert.equal(requestedWhileWasmLoads.length, 3, `requested while the pricing module loads: ${requestedWhileWasmLoads}`);
  assert.deepEqual(fetched.filter((p) => p.endsWith(".wasm")), ["/pkg/wasm/lendkit_pricing_bg.wasm"]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("lendkit/components/offer and lendkit/pricing in one page: one pricing module, one catalog registry", async () => {
  const html = offerScript("/pkg/lendkit-components-offer.js", ' market="ES"').replace(
    "offer.pricing =",
    `const pricing = await import("/pkg/lendkit-pricing-browser.js");
window.lendkitPricing = pricing;
offer.pricing =`,
  );
  const { page, fetched, problems } = await open(html);
  await page.waitForFunction(() => document.querySelector("lendkit-offer")?.shadowRoot?.querySelector(".ad:not([hidden])"), undefined, { timeout: 20000 });
  const r = await page.evaluate(() => {
    const p = /** @type {any} */ (window).lendkitPricing;
    const offer = /** @type {any} */ (document.querySelector("lendkit-offer"));
    return {
      // The catalog the offer loaded is in the registry lendkit/pricing reads.
      registered: p.registeredCatalog("es-ES")?.id,
      // lendkit/pricing's advertisement of the offer's quote: the same items (same code, same catalog).
      same: JSON.stringify(p.advertisement(offer.quote, { market: "ES" }).items) === JSON.stringify(offer.advertisement.items),
      lowest: p.lowestInstalment({ pricing: offer.pricing, principal: "5000.00" }).instalment,
    };
  });
  assert.equal(r.registered, "es-ES");
  assert.equal(r.same, true);
  assert.equal(r.lowest, "166.67");
  assert.deepEqual(fetched.filter((p) => p.endsWith(".wasm")), ["/pkg/wasm/lendkit_pricing_bg.wasm"]);
  assert.equal(fetched.filter((p) => /lendkit-es-ES-/.test(p)).length, 1);
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
