// Installs what a fresh machine lacks, each step skipping itself when done:
// the wasm32 target, rustfmt/clippy, wasm-bindgen-cli at Cargo.lock's version,
// wasm-pack, Debian's chromium + chromium-driver, Debian's firefox-esr +
// geckodriver (ensureFirefox), and the npm dev dependencies.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
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

/**
 * The environment npm needs to build better-sqlite3 (the sandbox's --data) from source: its prebuilt
 * binaries come from GitHub, which these machines cannot reach, so node-gyp compiles it, against the
 * Node headers installed with Node (Debian: /usr/include/node) instead of downloading them.
 */
export function nativeBuildEnv() {
  /** @type {Record<string, string>} */
  const env = { npm_config_build_from_source: "true" };
  const headers = join(dirname(dirname(process.execPath)), "include", "node", "common.gypi");
  if (!process.env.npm_config_nodedir && existsSync(headers)) env.npm_config_nodedir = dirname(dirname(process.execPath));
  return env;
}

/** Whether better-sqlite3's native module loads. */
function sqliteLoads() {
  try {
    createRequire(join(root, "package.json"))("better-sqlite3");
    return true;
  } catch {
    return false;
  }
}

// better-sqlite3 has no prebuilt binary this machine can download (GitHub is not
// reachable), so npm builds it from source: about 2 minutes of one core. The built
// module is kept once per machine in a prebuild-install tarball under
// ~/.cache/lendkit/prebuilds (XDG_CACHE_HOME respected), named by the package version,
// Node's ABI, platform and arch, so a later fresh clone's `npm ci` unpacks it through
// prebuild-install's local-prebuilds option instead of compiling again. A cached
// module that does not load is deleted and rebuilt from source.
const prebuildDir = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "lendkit", "prebuilds");
function sqlitePrebuild() {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const version = lock.packages?.["node_modules/better-sqlite3"]?.version;
  if (!version) return null;
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  return join(prebuildDir, name);
}
/** npm's environment for installing better-sqlite3: the machine's cached build when there is one, else from source. */
function sqliteInstallEnv() {
  const cached = sqlitePrebuild();
  if (cached && existsSync(cached)) return { npm_config_better_sqlite3_local_prebuilds: prebuildDir };
  return nativeBuildEnv();
}
/** Keeps the module npm built in the machine's cache (atomically: a temp file renamed). */
async function cacheSqlitePrebuild() {
  const target = sqlitePrebuild();
  const built = join(root, "node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node");
  if (!target || existsSync(target) || !existsSync(built)) return;
  mkdirSync(prebuildDir, { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  await run("tar", ["-czf", tmp, "-C", join(root, "node_modules", "better-sqlite3"), "build/Release/better_sqlite3.node"], { logName: "cache-better-sqlite3" });
  renameSync(tmp, target);
}

export async function ensureNodeModules() {
  await step("npm dev dependencies", async () => {
    const marker = join(root, "node_modules", ".package-lock.json");
    const lock = join(root, "package-lock.json");
    if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return "skip: installed";
    const env = sqliteInstallEnv();
    await run("npm", ["ci", "--no-audit", "--no-fund"], { logName: "install-npm", env });
    return env.npm_config_better_sqlite3_local_prebuilds ? "installed (better-sqlite3 from this machine's cached build)" : "installed";
  });
  await step("better-sqlite3 (native, built from source)", async () => {
    if (sqliteLoads()) {
      await cacheSqlitePrebuild();
      return "skip: loads";
    }
    const cached = sqlitePrebuild();
    if (cached && existsSync(cached)) rmSync(cached);
    await run("npm", ["rebuild", "better-sqlite3"], { logName: "install-better-sqlite3", env: nativeBuildEnv() });
    if (!sqliteLoads()) throw new StepError("better-sqlite3 was rebuilt but does not load (see the log)");
    await cacheSqlitePrebuild();
    return "built";
  });
}

export const SCHEMATHESIS_VERSION = "4.32.5";
/** The project's own Python virtualenv (gitignored, under .lendkit/). */
export const venvDir = join(root, ".lendkit", "venv");

/** Schemathesis (PyPI) in .lendkit/venv, for the sandbox's API fuzzing step; returns the `st` path. */
export async function ensureSchemathesis() {
  const st = join(venvDir, "bin", "st");
  await step(`schemathesis ${SCHEMATHESIS_VERSION} (.lendkit/venv)`, async () => {
    if (await probe(st, ["--version"], new RegExp(`version ${SCHEMATHESIS_VERSION.replace(/\./g, "\\.")}\\b`))) return "skip: installed";
    if (!existsSync(join(venvDir, "bin", "pip"))) await run("python3", ["-m", "venv", venvDir], { logName: "install-venv" });
    await run(join(venvDir, "bin", "pip"), ["install", "--disable-pip-version-check", "-q", `schemathesis==${SCHEMATHESIS_VERSION}`], {
      logName: "install-schemathesis",
    });
    return "installed";
  });
  return st;
}

// Firefox (issue 18): Debian's firefox-esr for the wasm-bindgen tests and the
// demo's journeys, and geckodriver (crates.io) for the wasm-bindgen runner.
export const GECKODRIVER_VERSION = "0.37.1";

/** The Firefox and geckodriver to use: FIREFOX / GECKODRIVER, or Debian's firefox-esr and the geckodriver on PATH. */
export function firefoxPaths() {
  return {
    firefox: process.env.FIREFOX || "/usr/bin/firefox-esr",
    geckodriver: process.env.GECKODRIVER || "geckodriver",
  };
}

/** Preferences for every Firefox the tests start: it talks to nothing but the tests' loopback servers. */
export const FIREFOX_PREFS = {
  "app.update.disabledForTesting": true,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.shell.checkDefaultBrowser": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "extensions.update.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "toolkit.telemetry.enabled": false,
};

export async function ensureFirefox() {
  await step("firefox-esr", async () => {
    const { firefox } = firefoxPaths();
    if (existsSync(firefox)) return `skip: ${firefox}`;
    if (process.env.FIREFOX) throw new StepError(`FIREFOX=${firefox}: no such file`);
    const install = "apt-get install -y --no-install-recommends firefox-esr";
    if (!isRoot) {
      throw new StepError(
        `Debian's firefox-esr is missing and this user is not root. Run:\n  sudo sh -c 'apt-get update && ${install}'\n` +
          "or point FIREFOX at an existing Firefox.",
      );
    }
    // Refresh the package lists only when they do not know firefox-esr yet.
    const known = await probe("apt-cache", ["policy", "firefox-esr"], /Candidate: (?!\(none\))/);
    await run("sh", ["-c", known ? install : `apt-get update && ${install}`], {
      logName: "install-firefox",
      env: { DEBIAN_FRONTEND: "noninteractive" },
    });
    return "installed";
  });
  await step(`geckodriver ${GECKODRIVER_VERSION}`, async () => {
    const { geckodriver } = firefoxPaths();
    if (await probe(geckodriver, ["--version"], /^geckodriver \d/m)) return `skip: installed`;
    if (process.env.GECKODRIVER) throw new StepError(`GECKODRIVER=${geckodriver} does not run`);
    await run("cargo", ["install", "geckodriver", "--version", `=${GECKODRIVER_VERSION}`, "--locked"], { logName: "install-geckodriver" });
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
