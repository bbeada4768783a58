// The clients' wasm module is a separate download: a page that only prices and
// validates never fetches it; the first client call does, once. Driven in
// Debian's Chromium and Firefox ESR (playwright-core, through ./browser.mjs) on
// the page served by `npm start`.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { startDemo } from "./setup.mjs";

const demo = await startDemo({ browser: "env" });
const { url, browser } = demo;
after(() => demo.close());

test("the clients module is fetched on the first client call, not before", async () => {
  const page = await browser.newPage();
  /** @type {string[]} */
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  const clients = () => fetched.filter((p) => p.includes("lendkit_clients"));

  // Pricing, validation, webhook checks and constructing a client: core only.
  const before = await page.evaluate(async () => {
    const l = await import("/pkg/lendkit-browser.js");
    const nemuru = new l.NemuruClient({ baseUrl: "http://127.0.0.1:9", username: "u@example.com", password: "p" });
    let constructorError = "";
    try {
      new l.TuumClient({ baseUrl: "not a url", authToken: "t", channelCode: "c" });
    } catch (e) {
      constructorError = /** @type {Error} */ (e).name;
    }
    // Kept on window for the second step.
    Object.assign(window, { nemuru });
    return { version: l.version(), webhook: l.verifyWebhookAuthorization("Basic x", "Basic x"), constructorError };
  });
  assert.equal(before.webhook, true);
  assert.equal(before.constructorError, "LendkitValidationError");
  assert.ok(fetched.some((p) => p.endsWith("/pkg/wasm/lendkit_bg.wasm")), `core module fetched: ${fetched}`);
  assert.deepEqual(clients(), [], "no clients module before a client call");

  // The first call loads the clients module (glue + wasm), once.
  const names = await page.evaluate(async () => {
    const { nemuru } = /** @type {any} */ (window);
    const first = await nemuru.getLoan("e7c52ad3-0473-4fbc-bc36-7eb755b1c18d", { timeoutMs: 2000 }).catch((/** @type {Error} */ e) => e.name);
    const second = await nemuru.getLoan("e7c52ad3-0473-4fbc-bc36-7eb755b1c18d", { timeoutMs: 2000 }).catch((/** @type {Error} */ e) => e.name);
    return [first, second];
  });
  assert.deepEqual(names, ["LendkitNetworkError", "LendkitNetworkError"]);
  // The glue is the bundles' chunk of the clients' module (scripts/bundle.mjs names a
  // dynamic import's chunk after its file); the wasm is its own file. Each once.
  assert.deepEqual(
    clients().map((p) => p.replace(/-[A-Z0-9]{8}\.js$/, "-<hash>.js")),
    ["/pkg/lendkit-lendkit_clients-<hash>.js", "/pkg/wasm/lendkit_clients_bg.wasm"],
  );
  assert.deepEqual(problems, []);
  await page.close();
});
