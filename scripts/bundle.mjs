// One bundled ES module per browser entry of the package (esbuild, from npm),
// written beside the TypeScript output in pkg/ so that
// `./wasm/<name>_bg.wasm` resolves from every bundle as from the modules they
// come from:
//
//   pkg/lendkit-browser.js            "lendkit" (browser, default)
//   pkg/lendkit-pricing-browser.js    "lendkit/pricing" (browser, default)
//   pkg/lendkit-components.js         "lendkit/components" (default)
//   pkg/lendkit-components-offer.js   "lendkit/components/offer" (default)
//   pkg/lendkit-advertising.js        the legal advertisement's code (HOMES below)
//   pkg/lendkit-components-advertising.js  its block; with the line above, the
//                                     offer's market mode, imported on demand
//   pkg/lendkit-chunk-<hash>.js       code two of them share
//   pkg/lendkit-<locale>-<hash>.js    one locale's message catalog, loaded on demand
//
// A page then loads one entry file and the files it imports statically (one
// level, fetched in parallel) instead of a chain of 16 modules; a product page
// with `lendkit/components/offer`, its entry and one chunk. Node, Deno,
// Bun and workers (no network between modules; wrangler bundles anyway) use the
// per-module files (pkg/node.js, pkg/worker.js...).
//
// All entries are bundled in one esbuild run with code splitting, so a page
// that imports both "lendkit" and "lendkit/components" gets one copy of each
// wasm module's glue and one instance of each module, never two. The `.wasm`
// files and Node's built-ins stay external. package.json's `exports` point at
// these bundles; the per-module files (pkg/browser.js, pkg/index.js...) stay
// for the declarations and for tests that reach inside the package.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { root } from "./lib.mjs";

export const BUNDLES = {
  "lendkit-browser": "browser.js",
  "lendkit-pricing-browser": "pricing-browser.js",
  "lendkit-components": "components/index.js",
  "lendkit-components-offer": "components/offer-only.js",
};

/**
 * Modules that live in one file, which every other bundle imports instead of
 * sharing a chunk with it. esbuild puts a module used by several entries in a
 * chunk of its own, one per set of entries (dynamic imports included) that
 * reach it, so without homes:
 * - the offer's element, shared with `lendkit/components`, would be a third
 *   file on the product page (its entry, that chunk, the pricing glue's chunk);
 *   with its home, `lendkit-components.js` imports it from
 *   `./lendkit-components-offer.js` (which defines <lendkit-offer> on import,
 *   as `lendkit/components` does anyway), and a product page loads its entry
 *   and one chunk;
 * - the offer's market mode (./components/offer-market.ts, a dynamic import)
 *   would be a stub that imports two more chunks (the advertisement block, and
 *   legal/ with `simulate`, which `lendkit` and `lendkit/pricing` share): a
 *   chain of two round trips. With homes it is `lendkit-components-advertising.js`
 *   (the block), which imports `lendkit-advertising.js` (the legal code, also
 *   imported by `lendkit`, `lendkit/pricing` and `lendkit/components`); the
 *   offer imports both at once (./components/offer.ts), beside the locale's
 *   catalog: one round trip.
 * A home's file exports every export of its modules (for a public entry, the
 * ones beyond the entry's own are internals: its declarations stay its
 * entry's), and the pricing module's loader (`loadPricing`): so every home
 * reaches the loader, and the glue, its loader and what all of them use
 * (errors, markets, the catalogs' registry) stay one chunk, since esbuild
 * makes one chunk per set of files that reach a module. The two advertising
 * files are no entries of the package's `exports`. Each module still has one
 * instance per page.
 */
export const HOMES = {
  "lendkit-components-offer": ["components/offer-only.js", "components/offer.js", "components/base.js", "components/theme.js"],
  "lendkit-components-advertising": ["components/offer-market.js", "components/advertising.js"],
  "lendkit-advertising": [
    "legal/advertisement.js",
    "legal/format.js",
    "legal/catalog.js",
    "pricing.js",
  ],
};

/** Bundles pkg/'s entries (after tsc); returns the files written with their sizes. */
export async function bundle() {
  const pkg = join(root, "pkg");
  for (const f of readdirSync(pkg)) if (/^lendkit-.*\.(js|d\.ts)$/.test(f)) rmSync(join(pkg, f));
  const { build } = await import("esbuild");
  const entryPoints = [...new Set([...Object.keys(BUNDLES), ...Object.keys(HOMES)])].map((out) => ({
    out,
    in: HOMES[out] ? `lendkit-home:${out}` : join(pkg, BUNDLES[out]),
  }));
  // A module's home: the entry whose file holds it.
  const homeOf = new Map(Object.entries(HOMES).flatMap(([out, files]) => files.map((f) => [join(pkg, f), out])));
  const result = await build({
    entryPoints,
    outdir: pkg,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    // A shared chunk is lendkit-chunk-<hash>.js; a chunk of a dynamic import is named
    // after its file: each locale's catalog is lendkit-<locale>-<hash>.js (sdk/legal/registry.ts).
    chunkNames: "lendkit-[name]-[hash]",
    // Whitespace, syntax and local names (exported names stay): the product
    // page's JavaScript is 2.6 KB brotli smaller than with syntax alone. No
    // code reads a class's or a function's `name` (errors set theirs).
    minify: true,
    legalComments: "none",
    write: true,
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        // Any `.wasm` stays a file beside the bundle; node: built-ins stay Node's.
        name: "lendkit-externals",
        setup(b) {
          b.onResolve({ filter: /\.wasm$/ }, (args) => ({ path: args.path, external: true }));
          b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, external: true }));
          // A home's entry: all its modules' exports.
          b.onResolve({ filter: /^lendkit-home:/ }, (args) => ({ path: args.path.slice("lendkit-home:".length), namespace: "lendkit-home" }));
          b.onLoad({ filter: /.*/, namespace: "lendkit-home" }, (args) => ({
            contents: [...HOMES[args.path].map((f) => `export * from ${JSON.stringify(join(pkg, f))};`), `export { loadPricing } from ${JSON.stringify(join(pkg, "load-browser.js"))};`].join("\n"),
            resolveDir: pkg,
            loader: "js",
          }));
          // A module with a home, imported from outside it: the home's file.
          b.onResolve({ filter: /^\.\.?\// }, (args) => {
            const home = homeOf.get(resolve(args.resolveDir, args.path));
            if (!home || homeOf.get(args.importer) === home) return undefined;
            return { path: `./${home}.js`, external: true };
          });
          // The glue's default location of its module, `new URL("<name>_bg.wasm",
          // import.meta.url)`, is relative to pkg/wasm/; in a bundle in pkg/ it
          // must say ./wasm/ (a bundler that follows it would look for a missing file).
          b.onLoad({ filter: /[\\/]pkg[\\/]wasm[\\/][^\\/]+\.js$/ }, async (args) => {
            const text = await readFile(args.path, "utf8");
            return { contents: text.replace(/new URL\('([\w-]+_bg\.wasm)', import\.meta\.url\)/g, "new URL('./wasm/$1', import.meta.url)"), loader: "js" };
          });
        },
      },
    ],
  });
  // A name two modules of a home export is dropped by `export *` (ambiguous),
  // silently: every name a bundle imports from a home's file must be there.
  for (const file of Object.keys(result.metafile.outputs)) {
    const text = readFileSync(join(pkg, "..", file), "utf8");
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"\.\/(lendkit-[\w-]+)\.js"/g)) {
      if (!HOMES[m[2]]) continue;
      const exported = result.metafile.outputs[`pkg/${m[2]}.js`]?.exports ?? [];
      for (const name of m[1].split(",").map((n) => n.trim().split(/\s+as\s+/)[0])) {
        if (name && !exported.includes(name)) throw new Error(`${file} imports ${name} from ${m[2]}.js, which does not export it (HOMES in scripts/bundle.mjs)`);
      }
    }
  }
  // Each bundle's declarations are its entry's (pkg/browser.d.ts...).
  for (const [out, src] of Object.entries(BUNDLES)) {
    writeFileSync(join(pkg, `${out}.d.ts`), `export * from "./${src}";\n`);
  }
  return Object.entries(result.metafile.outputs).map(([file, o]) => ({ file, bytes: o.bytes, imports: o.imports, inputs: Object.keys(o.inputs) }));
}

/** The wasm modules each browser bundle instantiates at import (see its entry). */
const WASM_AT_IMPORT = {
  "lendkit-browser": ["lendkit_pricing_bg.wasm", "lendkit_bg.wasm"],
  "lendkit-pricing-browser": ["lendkit_pricing_bg.wasm"],
  // With no <lendkit-checkout> in the page (a product page).
  "lendkit-components": ["lendkit_pricing_bg.wasm"],
  "lendkit-components-offer": ["lendkit_pricing_bg.wasm"],
};

/**
 * What each browser entry costs a page before it can show a figure: the entry
 * bundle, the chunks it imports statically, and the wasm it instantiates at
 * import, in bytes raw, gzip (level 9) and brotli (quality 11); and the SDK's
 * modules in that JavaScript (`modules`, paths in pkg/), which
 * tests/js/offer-bundle.test.mjs reads.
 */
export function entryCosts(outputs) {
  const byFile = new Map(outputs.map((o) => [o.file, o]));
  const pkg = join(root, "pkg");
  const measure = (path) => {
    const bytes = readFileSync(path);
    return {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  const costs = {};
  for (const name of Object.keys(BUNDLES)) {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of byFile.get(file)?.imports ?? []) {
        if (i.kind !== "import-statement") continue;
        // A home's file is external to the entries that import it (HOMES).
        if (!i.external) visit(i.path);
        else if (/^\.\/lendkit-[\w-]+\.js$/.test(i.path)) visit(`pkg/${i.path.slice(2)}`);
      }
    };
    visit(`pkg/${name}.js`);
    const js = [...seen].filter((f) => (byFile.get(f)?.bytes ?? 0) > 0);
    const wasm = WASM_AT_IMPORT[name].map((w) => `pkg/wasm/${w}`);
    const sum = (files) =>
      files.map((f) => measure(join(pkg, "..", f))).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    const modules = [...new Set(js.flatMap((f) => byFile.get(f)?.inputs ?? []))]
      .filter((m) => m.startsWith("pkg/"))
      .map((m) => m.slice(4))
      .sort();
    costs[name] = { jsFiles: js.length, js: sum(js), wasm: sum(wasm), wasmFiles: WASM_AT_IMPORT[name], modules };
  }
  return costs;
}
