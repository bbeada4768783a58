// Builds the npm package into pkg/: three release wasm modules from the one crate
// (pricing, core, and the lazily loaded clients; LTO, opt-level z, each built as a
// cdylib with `cargo rustc` so LTO stays on), wasm-bindgen's ES module glue,
// `wasm-opt -Oz` from npm's binaryen (never Debian's, see TOOLCHAIN.md), the
// TypeScript SDK entries, and one esbuild bundle per browser entry
// (scripts/bundle.mjs). Skips itself when nothing it reads has changed.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import zlib, { brotliCompressSync, gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { root, run, step, StepError } from "./lib.mjs";
import { ensureNodeModules, ensureRust } from "./toolchain.mjs";

const pkg = join(root, "pkg");
const stampFile = join(pkg, ".build-stamp");
export const sizeFile = join(pkg, "size.json");

const INPUTS = ["Cargo.toml", "Cargo.lock", "src", "sdk", "types", "tsconfig.base.json", "tsconfig.build.json", "scripts/build.mjs", "scripts/bundle.mjs"];

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else {
    yield path;
  }
}

/** A hash of everything the build reads. */
function inputsHash() {
  const h = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(join(root, input))) {
      h.update(relative(root, file));
      h.update("\0");
      h.update(readFileSync(file));
      h.update("\0");
    }
  }
  return h.digest("hex");
}

async function gitCommit() {
  try {
    const { text } = await run("git", ["rev-parse", "--short=12", "HEAD"], { logName: "git-rev", allowFail: true });
    const commit = text.split("\n").find((l) => /^[0-9a-f]{7,}$/.test(l.trim()));
    return commit ? commit.trim() : "unknown";
  } catch {
    return "unknown";
  }
}

export function readSize() {
  return JSON.parse(readFileSync(sizeFile, "utf8"));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The three wasm modules built from the one crate (see Cargo.toml's features). */
export const MODULES = [
  // Pricing: what a product page loads (<lendkit-offer>, lowestInstalment, simulate).
  { label: "pricing", features: "pricing-exports", outName: "lendkit_pricing", budgetKey: "pricingWasmGzipBudgetBytes" },
  // Validation, eligibility, webhook checks: loaded when a form first needs them.
  { label: "core", features: "core-exports", outName: "lendkit", budgetKey: "wasmGzipBudgetBytes" },
  // The lenders' clients: loaded by the SDK on the first client call only.
  { label: "clients", features: "client-exports", outName: "lendkit_clients", budgetKey: "clientsWasmGzipBudgetBytes" },
];

const describe = (s) =>
  MODULES.map((m) => {
    const x = s.modules?.[m.label];
    return x ? `${m.label} ${kb(x.gzip)} gzip, ${kb(x.brotli)} br` : `${m.label} ?`;
  }).join("; ");

/**
 * wasm-bindgen's declarations, made to compile for consumers under any `lib`
 * (skipLibCheck false): `[Symbol.dispose](): void` needs lib esnext.disposable,
 * which an es2022 + dom project lacks; the method stays in the JavaScript (where
 * the runtime has Symbol.dispose) and `free()` is its declared equivalent.
 */
function portableDeclarations(file) {
  const text = readFileSync(file, "utf8");
  const fixed = text.replace(/^\s*\[Symbol\.dispose\]\(\): void;\r?\n/gm, "");
  if (fixed !== text) writeFileSync(file, fixed);
}

/** Builds pkg/ unless it is up to date. */
export async function build({ force = false } = {}) {
  const hash = inputsHash();
  const upToDate =
    !force && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash && existsSync(sizeFile) && readSize().modules?.pricing;
  if (upToDate) {
    await step("build pkg/", async () => {
      return `skip: up to date (${describe(readSize())})`;
    });
    return;
  }
  const commit = await gitCommit();
  rmSync(join(pkg, "wasm"), { recursive: true, force: true });
  mkdirSync(join(pkg, "wasm"), { recursive: true });
  const sizes = {};
  // Both cargo builds write target/wasm32-unknown-unknown/release/lendkit.wasm,
  // so each module goes through wasm-bindgen right after its own build.
  for (const m of MODULES) {
    await step(`cargo build --release (${m.label}, LTO)`, async () => {
      await run(
        "cargo",
        [
          "rustc",
          "--release",
          "--target",
          "wasm32-unknown-unknown",
          "--lib",
          "--crate-type",
          "cdylib",
          "--no-default-features",
          "--features",
          m.features,
        ],
        { logName: `build-cargo-${m.label}`, env: { LENDKIT_COMMIT: commit } },
      );
    });
    await step(`wasm-bindgen --target web (${m.label})`, async () => {
      await run(
        "wasm-bindgen",
        [
          join(root, "target", "wasm32-unknown-unknown", "release", "lendkit.wasm"),
          "--out-dir",
          join(pkg, "wasm"),
          "--out-name",
          m.outName,
          "--target",
          "web",
        ],
        { logName: `build-wasm-bindgen-${m.label}` },
      );
      portableDeclarations(join(pkg, "wasm", `${m.outName}.d.ts`));
      // The `.wasm` as an ES module (what workerd, wrangler and edge runtimes
      // import: a compiled WebAssembly.Module), for sdk/load-worker.ts.
      writeFileSync(
        join(pkg, "wasm", `${m.outName}_bg.d.wasm.ts`),
        "declare const module: WebAssembly.Module;\nexport default module;\n",
      );
    });
    const wasm = join(pkg, "wasm", `${m.outName}_bg.wasm`);
    const before = statSync(wasm).size;
    await step(`wasm-opt -Oz (${m.label})`, async () => {
      const wasmOpt = join(root, "node_modules", ".bin", "wasm-opt");
      if (!existsSync(wasmOpt)) throw new StepError("node_modules/.bin/wasm-opt is missing: run `npm ci`");
      await run(
        wasmOpt,
        [
          wasm,
          "-Oz",
          // Facts about how wasm-bindgen's glue runs the module, which let
          // wasm-opt fold more (about 0.7 KB gzip): a fresh instance's memory is
          // zero-filled, and nothing lives below address 1024 (rustc's data and
          // heap start above its 1 MiB stack, which grows down from there).
          "--zero-filled-memory",
          "--low-memory-unused",
          // The features rustc enables by default for wasm32-unknown-unknown.
          "--enable-bulk-memory",
          "--enable-nontrapping-float-to-int",
          "--enable-sign-ext",
          "--enable-mutable-globals",
          "--enable-reference-types",
          "--enable-multivalue",
          "--strip-debug",
          "--strip-producers",
          "-o",
          wasm,
        ],
        { logName: `build-wasm-opt-${m.label}` },
      );
      const bytes = readFileSync(wasm);
      sizes[m.label] = {
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
      return `${kb(before)} -> ${kb(bytes.length)} (${kb(sizes[m.label].gzip)} gzip, ${kb(sizes[m.label].brotli)} br)`;
    });
  }
  await step("tsc (SDK entries)", async () => {
    await run("tsc", ["-p", join(root, "tsconfig.build.json")], { logName: "build-tsc" });
    // `lendkit/components/react`: declarations only (React's JSX elements), and
    // an empty module so that a plain `import "lendkit/components/react"` loads.
    copyFileSync(join(root, "types", "components-react.d.ts"), join(pkg, "components", "react.d.ts"));
    writeFileSync(join(pkg, "components", "react.js"), "// Types only: see react.d.ts.\nexport {};\n");
  });
  await step("esbuild (one bundle per entry)", async () => {
    const { bundle, entryCosts } = await import("./bundle.mjs");
    const out = await bundle();
    sizes.entries = entryCosts(out);
    return `${out.length} files, ${kb(out.reduce((n, f) => n + f.bytes, 0))}`;
  });
  await step("wasm size", async () => {
    // Each module's sizes under `modules`; the core and clients modules' also
    // where earlier builds kept them (top level and `clients`).
    const { entries, ...modules } = sizes;
    const size = { ...sizes.core, clients: sizes.clients, modules, entries, commit };
    writeFileSync(sizeFile, JSON.stringify(size, null, 2) + "\n");
    return describe(size);
  });
  writeFileSync(stampFile, hash);
}

/** A module's gzip budget, kept in package.json's `lendkit` (`MODULES[i].budgetKey`). */
export function moduleGzipBudget(label) {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const m = MODULES.find((x) => x.label === label);
  return Number(m && manifest.lendkit[m.budgetKey]);
}

/** The core module's gzip budget, kept in one place: package.json's `lendkit.wasmGzipBudgetBytes`. */
export function gzipBudget() {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return Number(manifest.lendkit.wasmGzipBudgetBytes);
}

/** The clients module's gzip budget: package.json's `lendkit.clientsWasmGzipBudgetBytes`. */
export function clientsGzipBudget() {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return Number(manifest.lendkit.clientsWasmGzipBudgetBytes);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await ensureRust();
  await ensureNodeModules();
  await build({ force: process.argv.includes("--force") });
}
