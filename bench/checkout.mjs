// Checkout benchmark, in headless Chromium (Debian's, via playwright-core) on
// the demo page served by scripts/serve.mjs:
//   - cold start: the core wasm's fetch (resource timing), its compile and
//     instantiate (WebAssembly.instantiateStreaming/instantiate, timed by an
//     init script), and the time until the instalment message is on screen;
//   - one re-price: an amount change in <lendkit-checkout> to the DOM updated
//     (loanConditions + simulate per program + disclosure + DOM writes), and the
//     same for <lendkit-offer> (lowestInstalment);
//   - peer: the same instalments computed with the npm package `financial`
//     (pmt, floats) and written into the same cells, in the page, plus the ratio.
// Benchmarks never fail on a number.
//
//   npm run bench   (builds pkg/ first)   |   node bench/checkout.mjs
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";
import { browserPaths } from "../scripts/toolchain.mjs";

const require = createRequire(import.meta.url);
const financial = readFileSync(require.resolve("financial").replace(/index\.js$/, "financial.esm.js"), "utf8").replace(
  /^export \{([^}]*)\};?$/m,
  (_, names) => `window.financial = {${names}};`,
);
const RUNS = 5;

const { server, url } = await serve({ port: 0 });
const browser = await chromium.launch({
  executablePath: browserPaths().chrome,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

/** Wraps the WebAssembly entry points to time compile + instantiate of each module. */
const timing = () => {
  const w = /** @type {any} */ (window);
  w.__wasm = [];
  const wrap = (/** @type {"instantiateStreaming" | "instantiate"} */ name) => {
    const orig = WebAssembly[name].bind(WebAssembly);
    // @ts-ignore
    WebAssembly[name] = async (/** @type {any[]} */ ...args) => {
      const t0 = performance.now();
      const r = await orig(...args);
      w.__wasm.push({ name, start: t0, ms: performance.now() - t0 });
      return r;
    };
  };
  wrap("instantiateStreaming");
  wrap("instantiate");
};

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const cold = { fetch: /** @type {number[]} */ ([]), instantiate: [], ready: [], bytes: 0 };
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext(); // a fresh cache each run
  const page = await context.newPage();
  await page.addInitScript(timing);
  await page.goto(url);
  await page.locator("lendkit-offer .instalment").filter({ hasText: /EUR\/month/ }).waitFor();
  const r = await page.evaluate(() => {
    // The pricing module: the first the page instantiates (the core one follows in parallel).
    const res = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/lendkit_pricing_bg.wasm"));
    const w = /** @type {any} */ (window).__wasm[0];
    return {
      fetch: res ? res.responseEnd - res.startTime : NaN,
      bytes: res ? /** @type {PerformanceResourceTiming} */ (res).encodedBodySize : 0,
      // instantiateStreaming overlaps the download: compile+instantiate after the last byte.
      instantiate: w && res ? w.start + w.ms - Math.max(res.responseEnd, w.start) : NaN,
      ready: performance.now(),
    };
  });
  cold.fetch.push(r.fetch);
  cold.instantiate.push(r.instantiate);
  cold.ready.push(r.ready);
  cold.bytes = r.bytes;
  await context.close();
}

// Re-pricing, in one warm page (CSP bypassed only to inject the peer library).
const context = await browser.newContext({ bypassCSP: true });
const page = await context.newPage();
await page.goto(url);
await page.locator("html[data-ready=true]").waitFor();
await page.addScriptTag({ content: financial });
const reprice = await page.evaluate(async () => {
  const w = /** @type {any} */ (window);
  const checkout = w.document.querySelector("lendkit-checkout");
  const offer = w.document.querySelector("lendkit-offer");
  const root = checkout.shadowRoot;
  const input = root.querySelector("#amount");
  const out = root.querySelector('[data-field="instalment"]');
  const amounts = Array.from({ length: 200 }, (_, i) => (1000 + i * 37.45).toFixed(2));
  const time = (/** @type {(a: string) => void} */ fn) => {
    for (const a of amounts.slice(0, 20)) fn(a);
    const t0 = performance.now();
    for (const a of amounts) fn(a);
    return ((performance.now() - t0) * 1000) / amounts.length;
  };
  // lendkit: the component's own re-price (what the rAF callback runs).
  const lendkit = time((a) => {
    input.value = a;
    checkout.price();
  });
  const lendkitOffer = time((a) => {
    offer.setAttribute("amount", a);
    offer.price();
  });
  // Peer: `financial`'s pmt for both programs (float), rounded for display, written to the same cells.
  const { pmt } = w.financial;
  const cards = [...root.querySelectorAll(".card .inst")];
  const peer = time((a) => {
    const p = Number(a);
    const zero = p / 30;
    const free = -pmt(0.091 / 12, 30, p);
    if (cards[0]) cards[0].textContent = `${zero.toFixed(2)} EUR/month`;
    if (cards[1]) cards[1].textContent = `${free.toFixed(2)} EUR/month`;
    out.textContent = `${free.toFixed(2)} EUR`;
  });
  // One amount change to the DOM updated, as the user sees it (input event -> rAF -> DOM).
  const frames = [];
  for (const a of amounts.slice(0, 30)) {
    const t0 = performance.now();
    input.value = a;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await new Promise((r) => setTimeout(r, 0));
    frames.push(performance.now() - t0);
  }
  frames.sort((x, y) => x - y);
  return { lendkit, lendkitOffer, peer, frame: frames[Math.floor(frames.length / 2)] };
});
await context.close();
await browser.close();
server.close();

const f = (/** @type {number} */ x, d = 1) => x.toFixed(d);
console.log(`checkout page in headless Chromium (${RUNS} cold loads, fresh cache each, medians):`);
console.log(`  pricing wasm fetch             ${f(median(cold.fetch))} ms (${f(cold.bytes / 1024)} KB over the wire, localhost, compressed as the browser accepts)`);
console.log(`  compile + instantiate          ${f(median(cold.instantiate))} ms after the last byte (instantiateStreaming)`);
console.log(`  navigation -> instalment shown ${f(median(cold.ready))} ms`);
console.log("re-price of one amount change (mean over 200 amounts, warm):");
console.log(`  <lendkit-checkout> lendkit     ${f(reprice.lendkit)} µs  (loanConditions + 2x simulate + disclosure + DOM)`);
console.log(`  <lendkit-offer> lendkit        ${f(reprice.lendkitOffer)} µs  (lowestInstalment over 2 programs x 5 terms + DOM)`);
console.log(`  peer: financial (pmt, floats)  ${f(reprice.peer)} µs  (2 instalments, toFixed, same DOM cells; no TAE, totals or disclosure)`);
console.log(`  ratio lendkit / financial      ${f(reprice.lendkit / reprice.peer)}x`);
console.log(`  input event -> DOM updated     ${f(reprice.frame)} ms median (includes waiting for the next animation frame)`);
