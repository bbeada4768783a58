// The package's entries as a consumer reaches them through `exports` (each case
// in a fresh Node process, so that what a module loads is its own doing):
// `lendkit/pricing` reads the pricing wasm module only, `lendkit/components`
// imports in Node without side effects, CommonJS `require("lendkit")` works
// through require(esm), and the shipped declarations compile under lib
// es2022 + dom (no `Symbol.dispose`, which needs esnext.disposable).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";

const cwd = new URL("../..", import.meta.url);

/** Runs an ES module's source in a fresh Node process; its stdout, parsed as JSON. */
function run(source, { type = "module", conditions = [], imports = [] } = {}) {
  const flags = [...conditions.map((c) => `--conditions=${c}`), ...imports.flatMap((i) => ["--import", i])];
  const text = execFileSync(process.execPath, [...flags, `--input-type=${type}`, "-e", source], { cwd, encoding: "utf8" });
  return JSON.parse(text);
}

/** Source that records which .wasm files are read, then runs `body`. */
const recording = (body) => `
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
const reads = [];
const readFileSync = fs.readFileSync;
fs.readFileSync = (p, ...rest) => {
  const s = String(p instanceof URL ? p.pathname : p);
  if (s.endsWith(".wasm")) reads.push(s.slice(s.lastIndexOf("/") + 1));
  return readFileSync(p, ...rest);
};
syncBuiltinESMExports();
${body}`;

const TABLE = {
  currency: "EUR",
  programs: [{ program: "p", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "300", maxPrincipal: "30000", terms: [12, 24] }],
};

test("lendkit/pricing reads the pricing module only, and prices", () => {
  const out = run(
    recording(`
const p = await import("lendkit/pricing");
const offer = p.lowestInstalment({ pricing: ${JSON.stringify(TABLE)}, principal: "5000" });
const coreCalls = ["loanConditions", "loanConditionsGrid", "simulateMany"].filter((n) => n in p);
console.log(JSON.stringify({ reads, hasValidate: "validateEmail" in p, coreCalls, offer, simulate: typeof p.simulate }));
`),
  );
  assert.deepEqual(out.reads, ["lendkit_pricing_bg.wasm"]);
  assert.equal(out.hasValidate, false);
  // The core module's pricing calls (tests/js/pricing-surface.test.mjs): not here.
  assert.deepEqual(out.coreCalls, []);
  assert.equal(out.simulate, "function");
  assert.equal(out.offer.program, "p");
  assert.match(String(out.offer.instalment), /^\d+\.\d{2}$/);
});

test("lendkit after lendkit/pricing reuses the pricing module and adds the core one", () => {
  const out = run(
    recording(`
await import("lendkit/pricing");
const l = await import("lendkit");
console.log(JSON.stringify({ reads, email: l.validateEmail("a@example.com").valid }));
`),
  );
  assert.deepEqual(out.reads, ["lendkit_pricing_bg.wasm", "lendkit_bg.wasm"]);
  assert.equal(out.email, true);
});

test("lendkit/components imports in Node without side effects", () => {
  const out = run(
    recording(`
const c = await import("lendkit/components");
let defineError = "";
try { await c.defineOffer(); } catch (e) { defineError = String(e.message); }
console.log(JSON.stringify({ reads, offer: typeof c.LendkitOfferElement, checkout: typeof c.LendkitCheckoutElement, customElements: typeof globalThis.customElements, defineError }));
`),
  );
  assert.deepEqual(out.reads, [], "no wasm read at import");
  assert.equal(out.offer, "function");
  assert.equal(out.checkout, "function");
  assert.equal(out.customElements, "undefined");
  assert.match(out.defineError, /customElements/);
});

test('CommonJS require("lendkit") works through require(esm): the Node entries have no top-level await', () => {
  const out = run(
    `const l = require("lendkit"); const p = require("lendkit/pricing"); console.log(JSON.stringify({ version: l.version(), same: l.lowestInstalment === p.lowestInstalment }));`,
    { type: "commonjs" },
  );
  assert.equal(out.version, JSON.parse(readFileSync(new URL("package.json", cwd), "utf8")).version);
  assert.equal(out.same, true, "one pricing module behind both entries");
});

test("the workerd entries instantiate imported WebAssembly.Modules, with no fetch and no file read", () => {
  // Node with the `workerd` condition and hooks that import a .wasm as workerd
  // does (tests/js/wasm-module-hooks.mjs); fetch and readFileSync are traps.
  const hooks = `data:text/javascript,import { register } from "node:module"; register(${JSON.stringify(new URL("wasm-module-hooks.mjs", import.meta.url).href)});`;
  const out = run(
    recording(`
globalThis.fetch = () => { throw new Error("fetch called"); };
const p = await import("lendkit/pricing");
const l = await import("lendkit");
const offer = p.lowestInstalment({ pricing: ${JSON.stringify(TABLE)}, principal: "5000" });
console.log(JSON.stringify({ reads, program: offer.program, email: l.validateEmail("a@example.com").valid, same: l.simulate === p.simulate }));
`),
    { conditions: ["workerd"], imports: [hooks] },
  );
  assert.deepEqual(out.reads, [], "no readFileSync: the modules come from imports");
  assert.equal(out.program, "p");
  assert.equal(out.email, true);
  assert.equal(out.same, true);
});

test("the shipped declarations need no lib beyond es2022 + dom (no Symbol.dispose)", () => {
  const dir = new URL("pkg/wasm/", cwd);
  const dts = readdirSync(dir).filter((f) => f.endsWith(".d.ts"));
  assert.ok(dts.length >= 3, dts.join());
  for (const f of dts) assert.doesNotMatch(readFileSync(new URL(f, dir), "utf8"), /Symbol\.dispose/, f);
});

test("the components declare their tags in HTMLElementTagNameMap, and React's JSX in lendkit/components/react", () => {
  const index = readFileSync(new URL("pkg/components/index.d.ts", cwd), "utf8");
  assert.match(index, /interface HTMLElementTagNameMap \{\s*"lendkit-offer": LendkitOfferElement;\s*"lendkit-checkout": LendkitCheckoutElement;/);
  const react = readFileSync(new URL("pkg/components/react.d.ts", cwd), "utf8");
  assert.match(react, /declare module "react"/);
  assert.match(react, /"lendkit-offer": CustomElementProps<LendkitOfferElement/);
});
