// The built package, imported by its name the way an npm consumer imports it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import * as lendkit from "lendkit";
import * as core from "../../pkg/wasm/lendkit.js";
import * as pricing from "../../pkg/wasm/lendkit_pricing.js";

const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));

test("the npm package and the crate have one version", () => {
  assert.equal(lendkit.version(), manifest.version);
});

test("the Node entry loads the optimised release build", () => {
  const info = lendkit.buildInfo();
  assert.equal(info.profile, "release");
  assert.equal(info.version, manifest.version);
  assert.match(info.commit, /^([0-9a-f]{7,}|unknown)$/);
});

test("isLendkitError recognises only lendkit's errors", () => {
  const e = Object.assign(new Error("invalid input"), { name: "LendkitError", code: "invalid_input", details: [] });
  assert.equal(lendkit.isLendkitError(e), true);
  assert.equal(lendkit.isLendkitError(new Error("x")), false);
  assert.equal(lendkit.isLendkitError(null), false);
  assert.equal(lendkit.isLendkitError({ name: "LendkitError", code: 1, details: [] }), false);
});

test("the exports map serves a browser bundle, Node and worker entries and types", () => {
  const exp = manifest.exports["."];
  assert.equal(exp.node, "./pkg/node.js");
  assert.equal(exp.browser, "./pkg/lendkit-browser.js");
  assert.equal(exp.workerd, "./pkg/worker.js");
  const files = [exp.types, exp.node, exp.browser, exp.workerd, "./pkg/wasm/lendkit_bg.wasm", "./pkg/wasm/lendkit_pricing_bg.wasm"];
  for (const sub of ["./pricing", "./components", "./components/react"]) files.push(...Object.values(manifest.exports[sub]));
  for (const file of files) {
    assert.ok(readFileSync(new URL(`../../${file}`, import.meta.url)).length > 0, file);
  }
});

test("the package exports every public function of the pricing and core modules, and none of their internal ones", () => {
  // The wasm-bindgen glue's own names (initialisation), not lendkit functions.
  const glue = new Set(["default", "initSync"]);
  for (const [name, value] of [...Object.entries(pricing), ...Object.entries(core)]) {
    if (typeof value !== "function" || glue.has(name)) continue;
    if (name.startsWith("_")) {
      assert.equal(name in lendkit, false, `internal ${name} leaks from the package`);
    } else {
      assert.equal(typeof lendkit[name], "function", `${name} is not exported by the package`);
    }
  }
  // The text boundary exists (so the check above has internal names to refuse).
  assert.equal(typeof pricing._simulateText, "function");
  const types = readFileSync(new URL("../../pkg/index.d.ts", import.meta.url), "utf8");
  assert.doesNotMatch(types, /_simulateText|_simulateManyText|_loanConditionsText/);
});
