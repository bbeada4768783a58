// `npm test`: installs the toolchain pieces a fresh machine lacks, builds, and
// runs every check, one timed line per step. A failing step names itself, shows
// the end of its log (all logs are in test-results/logs/) and stops the run.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, readSize } from "./build.mjs";
import { writeReadmeExamples } from "./readme-examples.mjs";
import { countTests, root, run, seconds, step, StepError, totals } from "./lib.mjs";
import { browserPaths, ensureBrowser, ensureConsumerTools, ensureNodeModules, ensureRust, ensureSchemathesis } from "./toolchain.mjs";
import { ensureFirefox } from "./toolchain.mjs";
import { e2eFirefox, wasmBindgenFirefox } from "./test-firefox.mjs";

const WASM = ["--target", "wasm32-unknown-unknown"];
const testFiles = (dir) =>
  (existsSync(join(root, dir)) ? readdirSync(join(root, dir)) : [])
    .filter((f) => f.endsWith(".test.mjs"))
    .sort()
    .map((f) => join(dir, f));

console.log("lendkit: npm test (logs in test-results/logs/)");

await ensureRust();
// The downloads and installs that the cargo steps do not need (browsers, npm's
// packages, Schemathesis, the consumer projects' tools) run beside them: on a fresh
// machine they mostly wait on the network while cargo compiles.
const installs = (async () => {
  await ensureBrowser();
  await ensureFirefox();
  await ensureNodeModules();
  await ensureSchemathesis();
  await ensureConsumerTools();
})();

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

await installs;
await build();
await step("wasm gzip size budget", async () => {
  // One budget per module (package.json's lendkit.pricingWasmGzipBudgetBytes,
  // wasmGzipBudgetBytes, clientsWasmGzipBudgetBytes): the pricing module a
  // product page loads, the core module a form loads, and the clients module
  // loaded on the first client call.
  const { MODULES, moduleGzipBudget } = await import("./build.mjs");
  const size = readSize();
  const checks = MODULES.map((m) => [m.label, size.modules?.[m.label]?.gzip ?? Infinity, moduleGzipBudget(m.label), size.modules?.[m.label]?.brotli]);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  // The target every module is being brought under (issue 2's 150 KB); the
  // budget is the ceiling npm test enforces meanwhile (README, "Size and speed").
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const target = Number(manifest.lendkit.wasmGzipTargetBytes);
  const details = checks.map(([name, gzip, budget, brotli]) => {
    const gap = gzip > target ? `, ${kb(gzip - target)} over the ${kb(target)} target` : "";
    return `${name} ${kb(gzip)} of ${kb(budget)} (${brotli ? kb(brotli) : "?"} br)${gap}`;
  });
  const over = checks.filter(([, gzip, budget]) => !(gzip <= budget)).map(([name]) => name);
  if (over.length) throw new StepError(`over budget (gzip): ${over.join(", ")}: ${details.join("; ")}`);
  return details.join("; ");
});

const { chrome, chromedriver } = browserPaths();

// The wasm-bindgen tests of the clients call a real sandbox (tests/wasm/clients.rs
// reads its URL at compile time). A fixed port keeps that URL, and so the test
// build, the same from run to run; a busy port falls back to any free one.
const { startSandbox } = await import("../sandbox/index.js");
let sandbox;
await step("sandbox for the wasm-bindgen tests", async () => {
  const port = Number(process.env.LENDKIT_TEST_SANDBOX_PORT ?? 18181);
  // The tests drive it through /_sandbox (control), and the browser tests call it from
  // wasm-bindgen-test-runner's page, served on a random loopback port: that origin pattern is allowed.
  const options = { host: "127.0.0.1", deterministic: true, log: false, control: true, corsOriginPattern: /^http:\/\/127\.0\.0\.1:\d{1,5}$/ };
  try {
    sandbox = await startSandbox({ port, ...options });
  } catch {
    sandbox = await startSandbox({ port: 0, ...options });
  }
  return sandbox.url;
});
const sandboxEnv = { LENDKIT_SANDBOX_URL: sandbox.url };
await step("wasm-bindgen tests (Node)", async () =>
  countTests((await run("wasm-pack", ["test", "--node", "--", "--locked", "--test", "wasm_node"], { logName: "wasm-test-node", env: sandboxEnv })).text),
);
await step("wasm-bindgen tests (headless Chromium)", async () => {
  // wasm-bindgen-test-runner reads the browser's options from ./webdriver.json.
  const args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
  writeFileSync(join(root, "webdriver.json"), JSON.stringify({ "goog:chromeOptions": { binary: chrome, args } }, null, 2) + "\n");
  const { text } = await run("wasm-pack", ["test", "--headless", "--chrome", "--", "--locked", "--test", "wasm_browser"], {
    logName: "wasm-test-chromium",
    env: { CHROMEDRIVER: chromedriver, ...sandboxEnv },
  });
  return countTests(text);
});
await wasmBindgenFirefox(sandboxEnv);

await sandbox.close();

await step("tsc --noEmit (strict, with the README's examples)", async () => {
  const examples = writeReadmeExamples();
  await run("tsc", ["--noEmit", "-p", join(root, "tsconfig.json")], { logName: "tsc" });
  return `${examples} README examples`;
});
/**
 * Runs a folder's *.test.mjs files with node's test runner (never an empty file list: that would scan the repo),
 * two files at a time: node's default on a 2-core machine is one, and these files mostly wait (on a browser,
 * a server, a timer), using about 40 % of a core each.
 */
async function nodeTests(name, dir, env = {}) {
  await step(name, async () => {
    const files = testFiles(dir);
    if (files.length === 0) throw new StepError(`no *.test.mjs files in ${dir}`);
    return countTests((await run(process.execPath, ["--test", "--test-concurrency=2", ...files], { logName: dir.replace(/\W/g, "-"), env })).text);
  });
}
await nodeTests("JS tests against the built package", "tests/js");
if (testFiles("tests/sandbox").length > 0) await nodeTests("sandbox server tests", "tests/sandbox");
await (await import("./test-schemathesis.mjs")).schemathesisStep();
await nodeTests("Playwright tests of the demo page", "tests/e2e", { CHROME: chrome, LENDKIT_E2E_BROWSER: "chromium" });
await e2eFirefox();
// The packed package in Vite, webpack, esbuild, Rollup (in Chromium), Node, Deno,
// Bun, workerd, React SSR and tsc's module resolutions (scripts/test-consumers.mjs).
await (await import("./test-consumers.mjs")).testConsumers();

const t = totals();
console.log(`lendkit: every step passed in ${seconds(t.ms)}`);
console.log(`tests: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`);
