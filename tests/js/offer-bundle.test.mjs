// The product page's JavaScript as built (scripts/bundle.mjs, pkg/size.json's
// `entries`): `lendkit/components/offer` loads its entry and one chunk, with
// none of the legal advertisement's code (legal/advertisement, the catalogs'
// formatting, the advertisement block, `simulate`'s decoder) nor the forms'
// styles; market mode imports that code dynamically. And the invariant of the
// bundles: one copy of the pricing glue and of the catalogs' registry, in the
// one chunk every browser entry imports, so a page that imports several
// entries has one instance of each.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";

const pkg = new URL("../../pkg/", import.meta.url);
const read = (file) => readFileSync(new URL(file, pkg), "utf8");

/** The files a browser fetches for `entry` before it runs (static imports, followed), and the dynamic imports among them. */
function graph(entry) {
  const files = new Set();
  const dynamic = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const text = read(file);
    // esbuild's minified output: `import{a as b}from"./x.js"`, `import"./x.js"`, `import("./x.js")`.
    for (const m of text.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) visit(m[1]);
    for (const m of text.matchAll(/import\(\s*"\.\/([\w.-]+\.js)"\s*\)/g)) dynamic.add(m[1]);
  };
  visit(entry);
  return { files: [...files], dynamic: [...dynamic] };
}

/** Text only the legal advertisement's code has: its block's markup, the forms' styles. */
const MARKERS = [
  ['class="ad-warning"', "the advertisement block (components/advertising.ts)"],
  [".ad-warning {", "the advertisement block's styles"],
  ["input[aria-invalid", "the forms' styles (components/styles.ts)"],
  ["no sourced wording", "legal/advertisement.ts"],
];

test("lendkit/components/offer: its entry and one chunk, none of the advertisement's code or the forms' styles", () => {
  const { files, dynamic } = graph("lendkit-components-offer.js");
  assert.ok(files.length <= 2, `the entry and at most one chunk: ${files}`);
  for (const f of files) {
    const text = read(f);
    for (const [marker, what] of MARKERS) assert.ok(!text.includes(marker), `${f} holds ${what} (${marker})`);
  }
  // Market mode's code is there, by dynamic import only.
  assert.ok(dynamic.includes("lendkit-components-advertising.js"), `dynamic imports: ${dynamic}`);
  assert.ok(dynamic.includes("lendkit-advertising.js"), `dynamic imports: ${dynamic}`);
  const market = [...graph("lendkit-components-advertising.js").files, ...graph("lendkit-advertising.js").files].map(read).join("\n");
  for (const [marker, what] of MARKERS.filter(([m]) => !m.startsWith("input"))) assert.ok(market.includes(marker), `market mode's files hold ${what}`);
});

test("pkg/size.json's entries: the offer's modules, without the advertisement's", () => {
  const offer = JSON.parse(read("size.json")).entries["lendkit-components-offer"];
  assert.ok(offer.jsFiles <= 2, `jsFiles ${offer.jsFiles}`);
  for (const m of ["components/offer.js", "components/theme.js", "wasm/lendkit_pricing.js"]) assert.ok(offer.modules.includes(m), `${m} in ${offer.modules}`);
  for (const m of ["components/advertising.js", "components/offer-market.js", "components/styles.js", "legal/advertisement.js", "legal/format.js", "legal/catalog.js", "pricing.js"]) {
    assert.ok(!offer.modules.includes(m), `${m} is not on the product page's path`);
  }
});

test("one copy of the pricing glue and of the catalogs' registry, in a chunk every browser entry imports", () => {
  const bundles = readdirSync(pkg).filter((f) => /^lendkit-.*\.js$/.test(f));
  // The glue names its module's file; the registry imports each locale's chunk.
  const glue = bundles.filter((f) => read(f).includes("lendkit_pricing_bg.wasm"));
  const registry = bundles.filter((f) => /import\("\.\/lendkit-es-ES-[A-Z0-9]{8}\.js"\)/.test(read(f)));
  assert.equal(glue.length, 1, `pricing glue in ${glue}`);
  assert.equal(registry.length, 1, `catalog registry in ${registry}`);
  for (const entry of ["lendkit-browser.js", "lendkit-pricing-browser.js", "lendkit-components.js", "lendkit-components-offer.js"]) {
    const { files } = graph(entry);
    assert.ok(files.includes(glue[0]) && files.includes(registry[0]), `${entry} imports ${glue[0]} and ${registry[0]}: ${files}`);
  }
});
