// What `lendkit/pricing` exports since `simulateMany`, `loanConditions` and
// `loanConditionsGrid` moved to the core wasm module (issue 15: the product
// page's module holds only what a product page calls): `lendkit/pricing` does
// not have them, in any of its entries (Node, workerd, the browser bundle, the
// declarations), and neither does the pricing wasm module; `lendkit` has them,
// with the results they gave before the move (the oracle fixture written by
// the Rust test `pricing::json::tests::the_js_oracle_fixture_is_current`, see
// tests/js/pricing-wire.test.mjs), in Node and in the browser bundle.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import * as lendkit from "lendkit";
import * as pricing from "lendkit/pricing";
import * as coreGlue from "../../pkg/wasm/lendkit.js";
import * as pricingGlue from "../../pkg/wasm/lendkit_pricing.js";
import { conditionCases, quoteCases } from "./pricing-oracle.mjs";

const MOVED = ["loanConditions", "loanConditionsGrid", "simulateMany"];
const pkg = new URL("../../pkg/", import.meta.url);


/** The names a bundle's final `export { a as b, ... }` statement exports. */
function bundleExports(file) {
  const text = readFileSync(new URL(file, pkg), "utf8");
  const lists = [...text.matchAll(/export\s*\{([^}]*)\}/g)];
  assert.ok(lists.length > 0, `${file} has no export list`);
  return lists.flatMap((m) => m[1].split(",").map((s) => s.trim().split(/\s+as\s+/).pop()).filter(Boolean));
}

/** A `fetch` for the browser bundles in Node: a file: URL's bytes, as a server would send a .wasm. */
async function fileFetch(url) {
  const href = String(url);
  assert.ok(href.startsWith("file:"), href);
  return new Response(readFileSync(new URL(href)), { headers: { "content-type": "application/wasm" } });
}

test("lendkit/pricing does not export simulateMany, loanConditions and loanConditionsGrid; lendkit does", () => {
  for (const name of MOVED) {
    assert.equal(name in pricing, false, `lendkit/pricing still exports ${name}`);
    assert.equal(typeof lendkit[name], "function", `lendkit lost ${name}`);
  }
  // What stays in lendkit/pricing is the very function lendkit exports.
  for (const name of ["simulate", "lowestInstalment", "advertisement", "version"]) {
    assert.equal(typeof pricing[name], "function", name);
    assert.equal(pricing[name], lendkit[name], name);
  }
});

test("their wasm entries are the core module's, not the pricing module's", () => {
  const exportsOf = (file) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(new URL(`wasm/${file}`, pkg)))).map((e) => e.name);
  const pricingWasm = exportsOf("lendkit_pricing_bg.wasm");
  const coreWasm = exportsOf("lendkit_bg.wasm");
  for (const entry of ["_loanConditionsText", "_simulateManyText"]) {
    assert.equal(pricingWasm.includes(entry), false, `the pricing module still exports ${entry}`);
    assert.equal(entry in pricingGlue, false, entry);
    assert.ok(coreWasm.includes(entry), `the core module lacks ${entry}`);
    assert.equal(typeof coreGlue[entry], "function", entry);
  }
  // simulate stays the product page's: in the pricing module only.
  assert.ok(pricingWasm.includes("_simulateText"));
  assert.equal(coreWasm.includes("_simulateText"), false);
});

test("the other lendkit/pricing entries and its declarations do not have them either", () => {
  const browser = bundleExports("lendkit-pricing-browser.js");
  assert.ok(browser.includes("simulate") && browser.includes("lowestInstalment"), browser.join());
  for (const name of MOVED) assert.equal(browser.includes(name), false, `the browser bundle of lendkit/pricing exports ${name}`);
  const main = bundleExports("lendkit-browser.js");
  for (const name of MOVED) assert.ok(main.includes(name), `the browser bundle of lendkit lacks ${name}`);

  const dts = readFileSync(new URL("pricing-api.d.ts", pkg), "utf8");
  const declared = [...dts.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => m[1].split(",").map((s) => s.trim()));
  assert.ok(declared.includes("simulate"), declared.join());
  for (const name of MOVED) assert.equal(declared.includes(name), false, `pkg/pricing-api.d.ts declares ${name}`);
  const index = readFileSync(new URL("index.d.ts", pkg), "utf8");
  for (const name of MOVED) assert.match(index, new RegExp(`^export \\{[^}]*\\b${name}\\b`, "m"), name);

  // The workerd entry, in a fresh Node process with workerd's `.wasm` imports
  // (tests/js/wasm-module-hooks.mjs).
  const hooks = `data:text/javascript,import { register } from "node:module"; register(${JSON.stringify(new URL("wasm-module-hooks.mjs", import.meta.url).href)});`;
  const source = `const p = await import("lendkit/pricing"); const l = await import("lendkit");
console.log(JSON.stringify(${JSON.stringify(MOVED)}.map((n) => [n in p, typeof l[n]])));`;
  const out = JSON.parse(
    execFileSync(process.execPath, ["--conditions=workerd", "--import", hooks, "--input-type=module", "-e", source], {
      cwd: new URL("../..", import.meta.url),
      encoding: "utf8",
    }),
  );
  assert.deepEqual(out, MOVED.map(() => [false, "function"]));
});

/** The three through an entry of `lendkit`, against the oracle: what they gave before the move. */
function checkAgainstOracle(l, where) {
  assert.ok(conditionCases.length >= 5 && quoteCases.length >= 80, "the oracle has cases");
  for (const { loanConditions: [table, query], conditions } of conditionCases) {
    const label = `${where}: ${JSON.stringify(query)}`;
    assert.deepStrictEqual(l.loanConditions(table, query), conditions, label);
    // One term's grid is that term's conditions.
    const grid = l.loanConditionsGrid(table, { currency: query.currency, principal: query.principal, terms: [query.term] });
    assert.deepStrictEqual(grid, conditions, label);
  }
  const quotes = l.simulateMany(quoteCases.map((c) => c.simulate));
  assert.equal(quotes.length, quoteCases.length);
  quotes.forEach((q, i) => assert.deepStrictEqual(q, quoteCases[i].quote, `${where}: simulateMany[${i}]`));
  // An error is still simulate's, at its index.
  const [bad] = l.simulateMany([{ principal: "-1", currency: "EUR", termMonths: 12, annualRate: "0.1" }]);
  assert.equal(bad.name, "LendkitError");
  assert.deepEqual(bad.details.map((d) => d.path), ["principal"]);
}

test("lendkit (Node entry) gives the oracle's results", () => {
  checkAgainstOracle(lendkit, "node");
});

test("lendkit's browser bundle gives the oracle's results; lendkit/pricing's has none of the three", async () => {
  const realFetch = globalThis.fetch;
  globalThis.fetch = fileFetch;
  try {
    const p = await import(new URL("lendkit-pricing-browser.js", pkg).href);
    for (const name of MOVED) assert.equal(name in p, false, name);
    assert.equal(p.simulate(quoteCases[0].simulate).instalment, quoteCases[0].quote.instalment);
    const l = await import(new URL("lendkit-browser.js", pkg).href);
    checkAgainstOracle(l, "browser");
  } finally {
    globalThis.fetch = realFetch;
  }
});
