// `npm test`: installs the toolchain pieces a fresh machine lacks, builds, and
// runs every check, one timed line per step. A failing step names itself, shows
// the end of its log (all logs are in test-results/logs/) and stops the run.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, gzipBudget, readSize } from "./build.mjs";
import { countTests, root, run, seconds, step, StepError, totals } from "./lib.mjs";
import { browserPaths, ensureBrowser, ensureNodeModules, ensureRust } from "./toolchain.mjs";

const WASM = ["--target", "wasm32-unknown-unknown"];
const testFiles = (dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".test.mjs"))
    .sort()
    .map((f) => join(dir, f));

console.log("lendkit: npm test (logs in test-results/logs/)");

await ensureRust();
await ensureBrowser();
await ensureNodeModules();

await step("cargo fmt --check", () => run("cargo", ["fmt", "--all", "--check"], { logName: "fmt" }).then(() => ""));
await step("clippy -D warnings (host)", () =>
  run("cargo", ["clippy", "--all-targets", "--locked", "--", "-D", "warnings"], { logName: "clippy-host" }).then(() => ""),
);
await step("clippy -D warnings (wasm32)", () =>
  run("cargo", ["clippy", ...WASM, "--all-targets", "--locked", "--", "-D", "warnings"], { logName: "clippy-wasm32" }).then(
    () => "",
  ),
);
await step("cargo test (host)", async () => countTests((await run("cargo", ["test", "--locked"], { logName: "cargo-test" })).text));

await build();
await step("wasm gzip size budget", async () => {
  const { gzip } = readSize();
  const budget = gzipBudget();
  const detail = `${(gzip / 1024).toFixed(1)} KB of ${(budget / 1024).toFixed(1)} KB`;
  if (gzip > budget) throw new StepError(`the wasm module is ${detail} gzip: over budget`);
  return detail;
});

const { chrome, chromedriver } = browserPaths();
await step("wasm-bindgen tests (Node)", async () =>
  countTests((await run("wasm-pack", ["test", "--node", "--", "--locked", "--test", "wasm_node"], { logName: "wasm-test-node" })).text),
);
await step("wasm-bindgen tests (headless Chromium)", async () => {
  // wasm-bindgen-test-runner reads the browser's options from ./webdriver.json.
  const args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
  writeFileSync(join(root, "webdriver.json"), JSON.stringify({ "goog:chromeOptions": { binary: chrome, args } }, null, 2) + "\n");
  const { text } = await run("wasm-pack", ["test", "--headless", "--chrome", "--", "--locked", "--test", "wasm_browser"], {
    logName: "wasm-test-chromium",
    env: { CHROMEDRIVER: chromedriver },
  });
  return countTests(text);
});

await step("tsc --noEmit (strict)", () => run("tsc", ["--noEmit", "-p", join(root, "tsconfig.json")], { logName: "tsc" }).then(() => ""));
await step("JS tests against the built package", async () =>
  countTests((await run(process.execPath, ["--test", ...testFiles("tests/js")], { logName: "js-tests" })).text),
);
await step("Playwright tests of the demo page", async () =>
  countTests((await run(process.execPath, ["--test", ...testFiles("tests/e2e")], { logName: "e2e-tests", env: { CHROME: chrome } })).text),
);

const t = totals();
console.log(`lendkit: every step passed in ${seconds(t.ms)}`);
console.log(`tests: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`);
