// Installs what a fresh machine lacks, each step skipping itself when done:
// the wasm32 target, rustfmt/clippy, wasm-bindgen-cli at Cargo.lock's version,
// wasm-pack, Debian's chromium + chromium-driver, and the npm dev dependencies.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { probe, root, run, step, StepError } from "./lib.mjs";

export const WASM_PACK_VERSION = "0.15.1";

/** The wasm-bindgen version pinned in Cargo.lock (the CLI must equal it). */
export function wasmBindgenVersion() {
  const lock = readFileSync(join(root, "Cargo.lock"), "utf8");
  const m = lock.match(/\[\[package\]\]\nname = "wasm-bindgen"\nversion = "([^"]+)"/);
  if (!m) throw new StepError("Cargo.lock names no wasm-bindgen version");
  return m[1];
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const APT = "apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver";

/** The browser and driver to use: CHROME / CHROMEDRIVER, or Debian's. */
export function browserPaths() {
  return {
    chrome: process.env.CHROME || "/usr/bin/chromium",
    chromedriver: process.env.CHROMEDRIVER || "/usr/bin/chromedriver",
  };
}

export async function ensureRust() {
  await step("rust target wasm32-unknown-unknown", async () => {
    if (await probe("rustup", ["target", "list", "--installed"], /^wasm32-unknown-unknown$/m)) return "skip: installed";
    await run("rustup", ["target", "add", "wasm32-unknown-unknown"], { logName: "install-target" });
    return "installed";
  });
  await step("rustfmt and clippy", async () => {
    if ((await probe("cargo", ["fmt", "--version"])) && (await probe("cargo", ["clippy", "--version"]))) {
      return "skip: installed";
    }
    await run("rustup", ["component", "add", "rustfmt", "clippy"], { logName: "install-components" });
    return "installed";
  });
  const bindgen = wasmBindgenVersion();
  await step(`wasm-bindgen-cli ${bindgen}`, async () => {
    if (await probe("wasm-bindgen", ["--version"], new RegExp(`^wasm-bindgen ${bindgen.replace(/\./g, "\\.")}\\b`, "m"))) {
      return "skip: installed";
    }
    // Without --locked: its lock file names a webpki-roots version the registry lacks.
    await run("cargo", ["install", "wasm-bindgen-cli", "--version", `=${bindgen}`], { logName: "install-wasm-bindgen" });
    return "installed";
  });
  await step(`wasm-pack ${WASM_PACK_VERSION}`, async () => {
    if (await probe("wasm-pack", ["--version"], new RegExp(`wasm-pack ${WASM_PACK_VERSION.replace(/\./g, "\\.")}`))) {
      return "skip: installed";
    }
    await run("cargo", ["install", "wasm-pack", "--version", `=${WASM_PACK_VERSION}`, "--locked"], { logName: "install-wasm-pack" });
    return "installed";
  });
}

export async function ensureBrowser() {
  await step("chromium and chromedriver", async () => {
    const { chrome, chromedriver } = browserPaths();
    if (existsSync(chrome) && existsSync(chromedriver)) return `skip: ${chrome}`;
    if (process.env.CHROME || process.env.CHROMEDRIVER) {
      throw new StepError(`CHROME=${chrome} / CHROMEDRIVER=${chromedriver}: no such file`);
    }
    if (!isRoot) {
      throw new StepError(
        `Debian's chromium is missing and this user is not root. Run:\n  sudo sh -c '${APT}'\n` +
          "or point CHROME and CHROMEDRIVER at an existing browser and driver.",
      );
    }
    await run("sh", ["-c", APT], { logName: "install-chromium", env: { DEBIAN_FRONTEND: "noninteractive" } });
    return "installed";
  });
}

export async function ensureNodeModules() {
  await step("npm dev dependencies", async () => {
    const marker = join(root, "node_modules", ".package-lock.json");
    const lock = join(root, "package-lock.json");
    if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return "skip: installed";
    await run("npm", ["ci", "--no-audit", "--no-fund"], { logName: "install-npm" });
    return "installed";
  });
}

/** The throwaway consumer projects of `npm test` (scripts/test-consumers.mjs). */
export const consumersDir = join(root, "tests", "consumers");
export const DENO_VERSION = "2.9.8";
/** Deno's binary, from PyPI's `deno` package in a venv of its own (gitignored). */
export const denoPath = join(consumersDir, ".venv", "bin", "deno");

/**
 * The consumers' bundlers and runtimes: `npm ci` in tests/consumers (Vite,
 * webpack, esbuild, Rollup, React, TypeScript, wrangler with workerd, and Bun
 * from @oven/bun-linux-x64), and Deno from PyPI. Each skips itself when current.
 */
export async function ensureConsumerTools() {
  await step("consumer tools (tests/consumers npm ci)", async () => {
    const marker = join(consumersDir, "node_modules", ".package-lock.json");
    const lock = join(consumersDir, "package-lock.json");
    if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return "skip: installed";
    await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: consumersDir, logName: "install-consumers" });
    return "installed";
  });
  await step(`deno ${DENO_VERSION} (PyPI, in a venv)`, async () => {
    if (await probe(denoPath, ["--version"], new RegExp(`^deno ${DENO_VERSION.replace(/\./g, "\\.")}\\b`, "m"))) return "skip: installed";
    const venv = join(consumersDir, ".venv");
    if (!existsSync(join(venv, "bin", "pip"))) await run("python3", ["-m", "venv", venv], { logName: "install-deno-venv" });
    await run(join(venv, "bin", "pip"), ["install", "--quiet", `deno==${DENO_VERSION}`], { logName: "install-deno" });
    return "installed";
  });
}
