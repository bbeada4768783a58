// The browser an e2e test file drives, chosen by LENDKIT_E2E_BROWSER:
// "chromium" (the default: Debian's Chromium through playwright-core's CDP) or
// "firefox" (Debian's firefox-esr through playwright-core's WebDriver BiDi
// support, which needs no patched build and no download). The journeys use the
// same Playwright API either way.
//
// A test file opts in to both browsers by launching with `launchBrowser()` from
// this module (usually through startDemo({ browser: "env" }) of ./setup.mjs)
// instead of `launchChromium()`, and naming its screenshots with
// `screenshotPath()`. `npm test` runs every tests/e2e/*.test.mjs in Chromium,
// and again in Firefox each file that drives the run's browser that way
// (scripts/test-firefox.mjs).
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import playwright from "playwright-core";
import { browserPaths, FIREFOX_PREFS, firefoxPaths } from "../../scripts/toolchain.mjs";

const require = createRequire(import.meta.url);

/** @typedef {"chromium" | "firefox"} BrowserName */

const requested = process.env.LENDKIT_E2E_BROWSER || "chromium";
if (requested !== "chromium" && requested !== "firefox") {
  throw new Error(`LENDKIT_E2E_BROWSER=${requested}: expected "chromium" or "firefox"`);
}
/** The browser this run drives. @type {BrowserName} */
export const browserName = requested;

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// Two differences of playwright-core's BiDi Firefox, handled in its transport
// (this process's WebSocket class, wrapped once when Firefox is launched).
//
// Firefox ESR lacks WebDriver BiDi commands that playwright-core sends to every
// new context although the journeys use none of them (it emulates no colour
// scheme). Only these, and only when Firefox answers "unknown command", are
// turned into an empty success; every other error still fails the test.
const NOT_IN_FIREFOX_ESR = new Set(["emulation.setMediaFeaturesOverride"]);
/** @type {string[]} */
export const ignoredBidiCommands = [];

// Before each screenshot playwright-core appends <style>body {}</style> from its
// utility world to restart animations; Chromium exempts that world from the
// page's CSP, Firefox does not and reports the page's `style-src 'self'`
// blocking it. Only reports naming that style's hash are dropped.
const OWN_STYLE_HASH = `sha256-${createHash("sha256").update("body {}").digest("base64")}`;
/** @type {string[]} */
export const ignoredCspReports = [];

/** Wraps playwright-core's WebSocket (its BiDi transport) once, in this process. */
function adaptBidiTransport() {
  const { ws } = require("playwright-core/lib/utilsBundle");
  if (ws.prototype.__lendkitTolerant) return;
  ws.prototype.__lendkitTolerant = true;
  const { send, emit } = ws.prototype;
  /** @type {Map<number, string>} */
  const pending = new Map();
  ws.prototype.send = function (/** @type {any} */ data, /** @type {any[]} */ ...rest) {
    if (typeof data === "string" && data.includes('"emulation.')) {
      try {
        const m = JSON.parse(data);
        if (NOT_IN_FIREFOX_ESR.has(m.method)) pending.set(m.id, m.method);
      } catch {}
    }
    return send.call(this, data, ...rest);
  };
  ws.prototype.emit = function (/** @type {string} */ event, /** @type {any} */ data, /** @type {any[]} */ ...rest) {
    if (event === "message" && String(data).includes(OWN_STYLE_HASH)) {
      try {
        const m = JSON.parse(String(data));
        if (m.method === "log.entryAdded" && /inline style/.test(m.params?.text ?? "")) {
          ignoredCspReports.push(m.params.text);
          return false;
        }
      } catch {}
    }
    if (event === "message" && pending.size > 0) {
      try {
        const m = JSON.parse(String(data));
        if (m.type === "error" && pending.has(m.id) && m.error === "unknown command") {
          ignoredBidiCommands.push(/** @type {string} */ (pending.get(m.id)));
          data = JSON.stringify({ type: "success", id: m.id, result: {} });
        }
        if (m.id !== undefined) pending.delete(m.id);
      } catch {}
    }
    return emit.call(this, event, data, ...rest);
  };
}

// playwright-core's BiDi text insertion appends to an <input> whose selection
// API is null (type=email, type=number) instead of replacing the text fill()
// selected, so fill("b") on "a" gives "ab". For exactly those inputs, when they
// hold text, Locator.fill first clears them (fill("") deletes the selection
// with a real key press), then fills.
/** @param {import("playwright-core").Browser} browser */
async function fillReplacesInFirefox(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const proto = Object.getPrototypeOf(page.locator("html"));
  await context.close();
  if (proto.__lendkitFill) return;
  const fill = proto.fill;
  proto.__lendkitFill = true;
  proto.fill = async function (/** @type {string} */ value, /** @type {any} */ options) {
    if (value !== "") {
      const appends = await this.evaluate(
        (/** @type {Element} */ el) => el instanceof HTMLInputElement && el.selectionStart === null && el.value !== "",
        undefined,
        options,
      );
      if (appends) await fill.call(this, "", options);
    }
    return fill.call(this, value, options);
  };
}

/**
 * Launches the browser of this run, headless.
 * @returns {Promise<import("playwright-core").Browser>}
 */
export async function launchBrowser() {
  if (browserName === "firefox") {
    // playwright.firefox alone needs Playwright's patched Firefox (Juggler); its drives a stock Firefox through WebDriver BiDi.
    // BiDi launcher (the "moz-firefox" channels) drives a stock Firefox through
    // WebDriver BiDi; executablePath names Debian's.
    adaptBidiTransport();
    const browser = await playwright.firefox.launch({
      channel: "moz-firefox",
      executablePath: firefoxPaths().firefox,
      headless: true,
      firefoxUserPrefs: FIREFOX_PREFS,
    });
    await fillReplacesInFirefox(browser);
    return browser;
  }
  return launchChromium();
}

/**
 * Launches Debian's Chromium, headless, whatever the run's browser: for the
 * files that run in Chromium only (they emulate what Firefox ESR's WebDriver
 * BiDi does not offer, or print to PDF).
 * @returns {Promise<import("playwright-core").Browser>}
 */
export function launchChromium() {
  return playwright.chromium.launch({ executablePath: browserPaths().chrome, args: CHROMIUM_ARGS });
}

const shots = new URL("../../test-results/screenshots/", import.meta.url);

/**
 * Where a screenshot goes: test-results/screenshots/<name>-<browser>.png.
 * @param {string} name
 */
export function screenshotPath(name) {
  mkdirSync(shots, { recursive: true });
  return new URL(`${name}-${browserName}.png`, shots).pathname;
}
