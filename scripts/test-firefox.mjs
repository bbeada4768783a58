// The Firefox steps of `npm test` (issue 18): the wasm-bindgen browser tests in
// headless Firefox ESR through geckodriver, and the demo's Playwright journeys
// in Firefox ESR through WebDriver BiDi (tests/e2e/browser.mjs).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { delimiter, dirname, isAbsolute, join } from "node:path";
import { countTests, root, run, step, StepError } from "./lib.mjs";
import { FIREFOX_PREFS, firefoxPaths } from "./toolchain.mjs";

/**
 * `wasm-pack test --headless --firefox` on tests/wasm_browser.rs.
 * @param {Record<string, string>} env the sandbox's URL (the Chromium step's sandbox)
 */
export async function wasmBindgenFirefox(env) {
  await step("wasm-bindgen tests (headless Firefox)", async () => {
    const { firefox, geckodriver } = firefoxPaths();
    // wasm-bindgen-test-runner reads each browser's options from ./webdriver.json:
    // add Firefox's beside the Chromium step's "goog:chromeOptions" (each driver
    // reads only its own; the runner adds -headless itself).
    const file = join(root, "webdriver.json");
    /** @type {Record<string, unknown>} */
    let capabilities = {};
    if (existsSync(file)) {
      try {
        capabilities = JSON.parse(readFileSync(file, "utf8"));
      } catch {
        capabilities = {};
      }
    }
    capabilities["moz:firefoxOptions"] = { binary: firefox, prefs: FIREFOX_PREFS };
    writeFileSync(file, JSON.stringify(capabilities, null, 2) + "\n");
    // wasm-pack looks geckodriver up on PATH only (it ignores GECKODRIVER and
    // then tries a download): put the chosen one first.
    const path = isAbsolute(geckodriver) ? [dirname(geckodriver), process.env.PATH ?? ""].join(delimiter) : (process.env.PATH ?? "");
    const { text } = await run("wasm-pack", ["test", "--headless", "--firefox", "--", "--locked", "--test", "wasm_browser"], {
      logName: "wasm-test-firefox",
      env: { ...env, PATH: path },
    });
    return countTests(text);
  });
}

/**
 * A file that drives the run's browser (LENDKIT_E2E_BROWSER): it starts with
 * startDemo({ ..., browser: "env" }) of tests/e2e/setup.mjs, or launches with
 * launchBrowser() of tests/e2e/browser.mjs.
 */
const RUNS_BROWSER_OF_RUN = [/\bstartDemo\(\s*\{[^}]*\bbrowser:\s*["']env["']/, /\blaunchBrowser\(\)/];

/** The e2e files that run in both browsers: those that drive the run's browser (tests/e2e/setup.mjs, browser.mjs). */
export function firefoxE2eFiles() {
  const dir = join(root, "tests", "e2e");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".test.mjs"))
    .filter((f) => RUNS_BROWSER_OF_RUN.some((re) => re.test(readFileSync(join(dir, f), "utf8"))))
    .sort()
    .map((f) => join("tests", "e2e", f));
}

/** The demo's Playwright journeys again, in Firefox ESR. */
export async function e2eFirefox() {
  await step("Playwright tests of the demo page (Firefox)", async () => {
    const files = firefoxE2eFiles();
    if (files.length === 0) throw new StepError('no tests/e2e/*.test.mjs drives the run\'s browser (startDemo({ browser: "env" }) or launchBrowser())');
    const { text } = await run(process.execPath, ["--test", ...files], {
      logName: "tests-e2e-firefox",
      env: { LENDKIT_E2E_BROWSER: "firefox" },
    });
    return `${countTests(text)} (${files.length} files)`;
  });
}
