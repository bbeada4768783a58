// Product-page benchmark: a page with one <lendkit-offer> ("From 166.67
// EUR/month, TAE 0.0 %") against the same text computed with the npm package
// `financial` (pmt over the same programs and terms), side by side in one run,
// in headless Chromium under a throttled mobile profile:
//   - network: 150 ms latency, 1.6 Mbps down, 0.75 Mbps up (DevTools protocol
//     Network.emulateNetworkConditions), CPU 4x slower (Emulation.setCPUThrottlingRate);
//   - served by a static HTTPS server (HTTP/2, self-signed certificate made by
//     openssl) that sends every file brotli-compressed (quality 11), as a CDN
//     would; Chromium advertises brotli over HTTPS only;
//   - cold cache: a new browser context (empty HTTP cache, new connections) per load;
//   - the median of 5 loads of each page, in turn.
// Time to first figure: from navigation start until the figure's text is on
// the page (checked every animation frame, for both pages alike). Bytes: what
// the page transferred over the network until then (headers included), and the
// brotli bodies alone.
//
// The lendkit page loads the package as the README's plain <script
// type="module"> recipe does (an import map naming the package's `browser`
// entries): no bundler in between, so what a page loads is what the package ships.
//
// Goals (issue 15): lendkit within 1.5x of the peer's time, and at most 50 KB
// brotli to the first figure. Benchmarks never fail on a number.
//
//   npm run bench page   |   node bench/page.mjs   (pkg/ built)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createSecureServer } from "node:http2";
import { createRequire } from "node:module";
import os from "node:os";
import { extname, join, normalize, sep } from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";
import { root } from "../scripts/lib.mjs";
import { browserPaths } from "../scripts/toolchain.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROFILE = { latencyMs: 150, downloadBps: 1.6e6, uploadBps: 0.75e6, cpu: 4 };
const GOAL_RATIO = 1.5;
const GOAL_BYTES = 50 * 1024;

const require = createRequire(import.meta.url);
const financialFile = require.resolve("financial").replace(/index\.js$/, "financial.esm.js");

// The product page's pricing table: the README's (two programs, terms 6-30).
const PRICING = {
  currency: "EUR",
  programs: [
    { program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
    { program: "free_program", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
  ],
};

// The import map of the plain <script type="module"> recipe, from the package's exports.
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const entry = (key) => {
  let e = manifest.exports[key];
  while (e && typeof e === "object") e = e.browser ?? e.import ?? e.default;
  if (typeof e !== "string") throw new Error(`package.json exports["${key}"] has no browser entry`);
  return "/" + e.replace(/^\.\//, "");
};
const importMap = (specifier) => `<script type="importmap">${JSON.stringify({ imports: { [specifier]: entry(`./${specifier.replace(/^lendkit\/?/, "")}`.replace(/\/$/, "") || ".") } })}</script>`;
const hasOfferEntry = Boolean(manifest.exports["./components/offer"]);
// The pricing module's URL as the bundles fetch it (pkg/wasm/ beside pkg/), for the preload.
const pricingWasm = existsSync(join(root, "pkg", "wasm", "lendkit_pricing_bg.wasm")) ? "/pkg/wasm/lendkit_pricing_bg.wasm" : "/pkg/wasm/lendkit_bg.wasm";

const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title>${head}</head>
<body><main><h1>Kitchen, 5 000 EUR</h1>${body}</main></body></html>
`;

const PAGES = {
  // The README's product page: <lendkit-offer> alone (lendkit/components/offer),
  // its wasm preloaded with the HTML.
  "/lendkit.html": page(
    "lendkit",
    `${importMap(hasOfferEntry ? "lendkit/components/offer" : "lendkit/components")}<link rel="preload" href="${pricingWasm}" as="fetch" type="application/wasm" crossorigin><script type="module" src="/lendkit-page.js"></script>`,
    `<lendkit-offer amount="5000.00"></lendkit-offer>`,
  ),
  // The same product page in market mode (market="ES"): the Spanish legal
  // advertisement (warning and representative example) instead of "From ...":
  // the advertisement code and the es-ES catalog load too. Its first figure is
  // the example's instalment, shown only with the example's other items.
  "/lendkit-market.html": page(
    "lendkit",
    `${importMap(hasOfferEntry ? "lendkit/components/offer" : "lendkit/components")}<link rel="preload" href="${pricingWasm}" as="fetch" type="application/wasm" crossorigin><script type="module" src="/lendkit-page.js"></script>`,
    `<lendkit-offer amount="5000.00" market="ES"></lendkit-offer>`,
  ),
  "/lendkit-page.js": `import "${hasOfferEntry ? "lendkit/components/offer" : "lendkit/components"}";
document.querySelector("lendkit-offer").pricing = ${JSON.stringify(PRICING)};
`,
  // For information: both elements (lendkit/components), no preload.
  "/lendkit-all.html": page("lendkit", `${importMap("lendkit/components")}<script type="module" src="/lendkit-all-page.js"></script>`, `<lendkit-offer amount="5000.00"></lendkit-offer>`),
  "/lendkit-all-page.js": `import "lendkit/components";
document.querySelector("lendkit-offer").pricing = ${JSON.stringify(PRICING)};
`,
  "/financial.html": page("financial", `<script type="module" src="/financial-page.js"></script>`, `<p id="figure"></p>`),
  // The same message: the lowest instalment over the programs and terms, and
  // its TAE (the monthly rate back from the instalment with financial's
  // \`rate\`, as an effective annual rate), in the shopper's number format.
  "/financial-page.js": `import { pmt, rate } from "/financial.esm.js";
const pricing = ${JSON.stringify(PRICING)};
const principal = 5000;
let best;
for (const p of pricing.programs) {
  if (principal < Number(p.minPrincipal) || principal > Number(p.maxPrincipal)) continue;
  for (const n of p.terms) {
    const r = Number(p.annualInterest) / 12;
    const instalment = -pmt(r, n, principal);
    if (!best || instalment < best.instalment) best = { instalment, n };
  }
}
const monthly = rate(best.n, -best.instalment, principal, 0);
const tae = (Math.pow(1 + monthly, 12) - 1) * 100;
const f = (d) => new Intl.NumberFormat(navigator.language, { minimumFractionDigits: d, maximumFractionDigits: d });
document.querySelector("#figure").textContent = "From " + f(2).format(best.instalment) + " " + pricing.currency + "/month, TAE " + f(1).format(tae) + " %";
`,
};

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json" };

/** A file (or generated page) and its brotli body, compressed once. */
const cache = new Map();
function asset(urlPath) {
  if (cache.has(urlPath)) return cache.get(urlPath);
  let body;
  if (PAGES[urlPath] !== undefined) body = Buffer.from(PAGES[urlPath]);
  else if (urlPath === "/financial.esm.js") body = readFileSync(financialFile);
  else if (urlPath.startsWith("/pkg/")) {
    const base = join(root, "pkg");
    const file = normalize(join(base, decodeURIComponent(urlPath.slice(5))));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
    body = readFileSync(file);
  } else return null;
  const br = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const a = { type: TYPES[extname(urlPath)] ?? "application/octet-stream", body, br };
  cache.set(urlPath, a);
  return a;
}

// A throwaway self-signed certificate for 127.0.0.1 (Chromium is told to accept it).
const tls = join(root, "bench-results", "tls");
mkdirSync(tls, { recursive: true });
if (!existsSync(join(tls, "cert.pem"))) {
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-days", "30", "-keyout", join(tls, "key.pem"), "-out", join(tls, "cert.pem")], { stdio: "ignore" });
}
const server = createSecureServer({ key: readFileSync(join(tls, "key.pem")), cert: readFileSync(join(tls, "cert.pem")), allowHTTP1: true }, (req, res) => {
  const a = asset(new URL(req.url ?? "/", "https://x").pathname);
  if (!a) return void res.writeHead(404).end();
  const br = /\bbr\b/.test(String(req.headers["accept-encoding"] ?? ""));
  res.writeHead(200, { "content-type": a.type, "cache-control": "no-cache", vary: "accept-encoding", ...(br ? { "content-encoding": "br" } : {}) });
  res.end(br ? a.br : a.body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `https://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: browserPaths().chrome,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--ignore-certificate-errors"],
});

/** Records the first animation frame at which a figure is on the page. */
const watch = () => {
  const w = /** @type {any} */ (window);
  const check = () => {
    // <lendkit-offer>: its instalment part (the hidden "0 % interest" badge has a digit too).
    const host = document.querySelector("lendkit-offer");
    const shadow = host?.shadowRoot;
    let figure, text;
    if (shadow && host.hasAttribute("market")) {
      // Market mode: the representative example's instalment, once the example (with its warning) is shown.
      const ad = shadow.querySelector(".ad:not([hidden])");
      figure = ad?.querySelector(".ad-item.instalment dd")?.textContent;
      text = ad ? `${ad.querySelector(".ad-warning-text")?.textContent} | ${ad.querySelector(".ad-item.instalment dt")?.textContent}: ${figure}` : "";
    } else {
      figure = shadow ? shadow.querySelector("[part=instalment]")?.textContent : document.querySelector("#figure")?.textContent;
      text = (shadow ? `${shadow.querySelector(".lead")?.textContent} ${figure}${shadow.querySelector(".rest")?.textContent}` : figure ?? "").trim();
    }
    if (/\d/.test(figure ?? "")) w.__firstFigure = { ms: performance.now(), text };
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

/** One cold load under the profile: time to first figure, bytes, requests. */
async function load(path) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: "en-US", viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  await tab.addInitScript(watch);
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: PROFILE.downloadBps / 8,
    uploadThroughput: PROFILE.uploadBps / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpu });
  const requests = new Map();
  cdp.on("Network.responseReceived", (e) => requests.set(e.requestId, { url: e.response.url, encoding: e.response.headers["content-encoding"] ?? "" }));
  const finished = [];
  cdp.on("Network.loadingFinished", (e) => finished.push({ id: e.requestId, bytes: e.encodedDataLength }));
  const problems = [];
  tab.on("pageerror", (e) => problems.push(e.message));
  await tab.goto(origin + path);
  const handle = await tab.waitForFunction(() => /** @type {any} */ (window).__firstFigure, null, { timeout: 60_000 }).catch(() => null);
  if (!handle) throw new Error(`${path}: no figure within 60 s ${problems.join("; ")}`);
  const figure = await handle.jsonValue();
  // Everything the page requested has finished by then (nothing loads after the figure).
  await tab.waitForTimeout(200);
  const bytes = finished.reduce((s, f) => s + f.bytes, 0);
  const urls = finished.map((f) => ({ ...requests.get(f.id), bytes: f.bytes })).filter((u) => u.url);
  const uncompressed = urls.filter((u) => u.encoding !== "br").map((u) => u.url);
  await context.close();
  const files = urls.map((u) => `${new URL(u.url).pathname.split("/").pop()} ${kb(u.bytes)}`);
  return { ms: figure.ms, text: figure.text, bytes, requests: finished.length, uncompressed, files, paths: urls.map((u) => new URL(u.url).pathname) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const load0 = os.loadavg()[0].toFixed(1);
try {
  // One unmeasured load each first (the server compresses every file once).
  const PATHS = { lendkit: "/lendkit.html", financial: "/financial.html", "lendkit, market ES": "/lendkit-market.html", "lendkit/components": "/lendkit-all.html" };
  for (const path of Object.values(PATHS)) await load(path);
  const runs = Object.fromEntries(Object.keys(PATHS).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [name, path] of Object.entries(PATHS)) runs[name].push(await load(path));
  // Brotli bodies of what the page loaded (the files as this server sends them).
  const brBodies = (r) => r.paths.reduce((n, p) => n + (asset(p)?.br.length ?? 0), 0);
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, r]) => [name, { ms: median(r.map((x) => x.ms)), bytes: median(r.map((x) => x.bytes)), requests: r[0].requests, text: r[0].text, br: brBodies(r[0]), uncompressed: r[0].uncompressed, files: r[0].files, all: r.map((x) => Math.round(x.ms)) }]),
  );
  console.log(`product page, first figure: ${RUNS} cold loads each, median; ${PROFILE.latencyMs} ms RTT, ${PROFILE.downloadBps / 1e6} Mbps down, ${PROFILE.cpu}x CPU; brotli over HTTPS (HTTP/2)`);
  // The CPU profile multiplies whatever else the machine runs: its load, for reading the figures.
  console.log(`  machine load average before / after: ${load0} / ${os.loadavg()[0].toFixed(1)} (${os.cpus().length} CPUs)`);
  for (const [name, s] of Object.entries(summary)) {
    console.log(
      `  ${name.padEnd(18)} ${String(Math.round(s.ms)).padStart(5)} ms  ${kb(s.bytes).padStart(9)} transferred (${kb(s.br)} brotli bodies, ${s.requests} requests)  runs ${s.all.join("/")} ms  "${s.text}"`,
    );
    console.log(`            ${s.files.join(", ")}`);
    if (s.uncompressed.length) console.log(`            sent without brotli: ${s.uncompressed.join(", ")}`);
  }
  console.log(`  lendkit: ${hasOfferEntry ? "lendkit/components/offer, wasm preloaded" : "lendkit/components (this build has no lendkit/components/offer)"}; lendkit/components: both elements, no preload (information)`);
  console.log(`  lendkit, market ES: the same page and entry with market="ES" (the advertisement code and the es-ES catalog load too; information): ${(summary["lendkit, market ES"].ms / summary.financial.ms).toFixed(2)}x the peer's time, ${kb(summary["lendkit, market ES"].br)} brotli`);
  console.log(`  time ratio lendkit/components / financial: ${(summary["lendkit/components"].ms / summary.financial.ms).toFixed(2)}x (information)`);
  const ratio = summary.lendkit.ms / summary.financial.ms;
  console.log(`  time ratio lendkit / financial: ${ratio.toFixed(2)}x (goal <= ${GOAL_RATIO}x: ${ratio <= GOAL_RATIO ? "met" : "NOT met"})`);
  console.log(`  bytes ratio lendkit / financial: ${(summary.lendkit.bytes / summary.financial.bytes).toFixed(1)}x`);
  console.log(`  lendkit brotli to the first figure: ${kb(summary.lendkit.br)} (goal <= ${kb(GOAL_BYTES)}: ${summary.lendkit.br <= GOAL_BYTES ? "met" : "NOT met"}); on the wire with headers ${kb(summary.lendkit.bytes)}`);
  // Both pages must show the same message, or the comparison is void.
  if (summary.lendkit.text !== summary.financial.text) console.log(`  WARNING: the pages differ: "${summary.lendkit.text}" / "${summary.financial.text}"`);
} finally {
  await browser.close();
  server.close();
}
