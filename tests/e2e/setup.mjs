// What the e2e files share: the demo server (scripts/serve.mjs), a
// deterministic sandbox beside it when a file needs one, the browser the file
// drives, all closed by one close(); axe-core's source and its run; a page's
// console problems; where a file of the run goes (test-results/).
//
// A file starts it once, at its top:
//
//   const demo = await startDemo({ sandbox: true, browser: "env" });
//   const { url, sandbox, browser } = demo;
//   after(() => demo.close());
//
// `browser: "env"` drives the run's browser (launchBrowser() of ./browser.mjs,
// by LENDKIT_E2E_BROWSER): `npm test` runs such a file in Chromium, then again
// in Firefox ESR (scripts/test-firefox.mjs finds it by that option).
// `browser: "chromium"` is Chromium in every run, for the files that need what
// Firefox ESR's WebDriver BiDi lacks (forced colours, dark scheme, PDF).
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serve } from "../../scripts/serve.mjs";
import { startSandbox } from "../../sandbox/index.js";
import { launchBrowser, launchChromium } from "./browser.mjs";

/** axe-core's source (axe-core/axe.min.js). */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** @typedef {Awaited<ReturnType<typeof startSandbox>>} Sandbox */

/**
 * Starts the demo server on a free loopback port and, when asked, a
 * deterministic sandbox that allows the demo's origin (and its control
 * endpoints, which the demo's sandbox panel uses), as `npm start` does; then
 * launches the browser asked for. What started is closed again if a later
 * piece fails.
 * @template {boolean} [S=false]
 * @template {"env" | "chromium" | undefined} [B=undefined]
 * @param {{ sandbox?: S, browser?: B }} [options]
 * @returns {Promise<{
 *   url: string,
 *   server: import("node:http").Server,
 *   sandbox: S extends true ? Sandbox : undefined,
 *   browser: B extends string ? import("playwright-core").Browser : undefined,
 *   close: () => Promise<void>,
 * }>}
 */
export async function startDemo(options = {}) {
  /** @type {import("node:http").Server | undefined} */
  let server;
  /** @type {Sandbox | undefined} */
  let sandbox;
  /** @type {import("playwright-core").Browser | undefined} */
  let browser;
  const close = async () => {
    await browser?.close();
    server?.close();
    await sandbox?.close();
  };
  try {
    let url = "";
    if (options.sandbox) {
      // The demo page calls the sandbox from its own origin: serve first, then
      // allow that origin, and fill in the URL the page reads from /config.json.
      const config = { sandboxUrl: "" };
      ({ server, url } = await serve({ port: 0, config }));
      sandbox = await startSandbox({ port: 0, deterministic: true, log: false, control: true, corsOrigins: [new URL(url).origin] });
      config.sandboxUrl = sandbox.url;
    } else {
      ({ server, url } = await serve({ port: 0 }));
    }
    if (options.browser === "env") browser = await launchBrowser();
    else if (options.browser === "chromium") browser = await launchChromium();
    else if (options.browser !== undefined) throw new Error(`startDemo: browser ${options.browser}: expected "env" or "chromium"`);
    return /** @type {any} */ ({ url, server, sandbox, browser, close });
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * The page's problems from now on, as they happen: each console error or
 * warning (CSP violations included) as "<type>: <text>", each uncaught error
 * as "pageerror: <message>".
 * @param {import("playwright-core").Page} page
 * @returns {string[]}
 */
export function recordProblems(page) {
  /** @type {string[]} */
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/**
 * @typedef {{ id: string, impact: string, nodes: string[] }} AxeViolation
 * one axe-core rule that failed: its id, its impact and the CSS targets of the nodes that fail it
 */

/**
 * Adds axe-core to the page's current document unless it has it, evaluated by
 * the driver, which the page's CSP does not limit in either browser (Firefox's
 * WebDriver BiDi has no bypassCSP, and an added <script> would be blocked there).
 * @param {import("playwright-core").Page} page
 */
export async function injectAxe(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
}

/**
 * axe-core's violations in the page, or in the element `selector` names (the
 * page's current document; axe is added first when the document lacks it).
 * @param {import("playwright-core").Page} page
 * @param {string} [selector]
 * @returns {Promise<AxeViolation[]>}
 */
export async function axeViolations(page, selector) {
  await injectAxe(page);
  return page.evaluate(async (sel) => {
    const r = await /** @type {any} */ (window).axe.run(sel ?? document, { resultTypes: ["violations"] });
    return r.violations.map((/** @type {any} */ v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((/** @type {any} */ n) => n.target.join(" ")) }));
  }, selector);
}

/** The serious and critical ones of axe-core's violations. @param {AxeViolation[]} violations */
export const seriousOrCritical = (violations) => violations.filter((v) => v.impact === "serious" || v.impact === "critical");

/**
 * Where a file of this run goes: test-results/<folder>/<name> (the folder made).
 * Screenshots of a file that runs in both browsers are named by ./browser.mjs's
 * screenshotPath() instead.
 * @param {"screenshots" | "secci"} folder @param {string} name
 */
export function resultPath(folder, name) {
  const dir = new URL(`../../test-results/${folder}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  return new URL(name, dir).pathname;
}
