// The demo checkout served by `npm start`, driven in Debian's Chromium and
// Firefox ESR with playwright-core through ./browser.mjs (never a downloaded browser).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import { screenshotPath } from "./browser.mjs";
import { recordProblems, startDemo } from "./setup.mjs";

const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));

const demo = await startDemo({ browser: "env" });
const { url, browser } = demo;
after(() => demo.close());

test("the page loads the wasm module under a strict CSP and shows the build", async () => {
  const page = await browser.newPage();
  const problems = recordProblems(page);
  const response = await page.goto(url);
  assert.ok(response?.ok());
  assert.match(response.headers()["content-security-policy"] ?? "", /script-src 'self' 'wasm-unsafe-eval'/);
  await page.getByText(`lendkit ${manifest.version} is ready.`).waitFor({ timeout: 10_000 });
  assert.equal(await page.locator("#version").textContent(), manifest.version);
  assert.equal(await page.locator("#build-profile").textContent(), "release");
  for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: screenshotPath(`demo-${name}`), fullPage: true });
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("unknown paths are 404 and paths cannot escape the served folders", async () => {
  const missing = await fetch(new URL("nope.html", url));
  assert.equal(missing.status, 404);
  const escape = await fetch(new URL("/pkg/..%2f..%2fCargo.toml", url));
  assert.equal(escape.status, 404);
  const wasm = await fetch(new URL("/pkg/wasm/lendkit_bg.wasm", url));
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
});
