// Shared helpers for lendkit's own scripts (build, test, start, bench).
// Dependency-free: these run on a fresh clone before `npm ci` has run.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const logDir = join(root, "test-results", "logs");

// Tools installed by `cargo install` live in ~/.cargo/bin, and npm's in
// node_modules/.bin: make both visible to every child process.
const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "bin");
process.env.PATH = [join(root, "node_modules", ".bin"), cargoBin, process.env.PATH ?? ""].join(delimiter);

const started = Date.now();
const counts = { passed: 0, failed: 0, skipped: 0 };

export class StepError extends Error {
  /** @param {string} message @param {string} [log] */
  constructor(message, log) {
    super(message);
    this.name = "StepError";
    this.log = log;
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Prints one line for a step: status, name, detail, time. */
export function report(status, name, detail = "", ms = 0) {
  const pad = name.padEnd(44);
  const extra = detail ? ` ${detail}` : "";
  console.log(`[${status.padEnd(4)}] ${pad}${seconds(ms).padStart(7)}${extra}`);
}

/**
 * Runs a step: `fn` returns an optional detail string, or the string "skip:<why>".
 * A failing step prints the tail of its log, names itself and ends the process.
 */
export async function step(name, fn) {
  const t0 = Date.now();
  try {
    const detail = (await fn()) ?? "";
    if (typeof detail === "string" && detail.startsWith("skip:")) {
      report("skip", name, detail.slice(5).trim(), Date.now() - t0);
    } else {
      report("ok", name, detail, Date.now() - t0);
    }
  } catch (e) {
    report("FAIL", name, "", Date.now() - t0);
    const err = /** @type {StepError} */ (e);
    if (err.log && existsSync(err.log)) {
      const lines = readFileSync(err.log, "utf8").split("\n");
      console.log(`----- last lines of ${err.log} -----`);
      console.log(lines.slice(-150).join("\n"));
      console.log("-----");
    }
    console.log(`lendkit: step "${name}" failed: ${err.message}`);
    console.log(`lendkit: stopped after ${seconds(Date.now() - started)}`);
    process.exit(1);
  }
}

/**
 * Runs a command with its output in a log file (and echoed when LENDKIT_VERBOSE
 * is set). Resolves with the output; rejects with a StepError naming the log.
 */
export function run(cmd, args, { cwd = root, env = {}, logName, echo = false, allowFail = false } = {}) {
  mkdirSync(logDir, { recursive: true });
  const log = join(logDir, `${logName ?? cmd.replace(/[^\w.-]/g, "_")}.log`);
  const out = createWriteStream(log);
  out.write(`$ ${cmd} ${args.join(" ")}\n`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    const take = (chunk) => {
      const s = chunk.toString();
      text += s;
      out.write(s);
      if (echo || process.env.LENDKIT_VERBOSE) process.stdout.write(s);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", (e) => {
      out.end();
      reject(new StepError(`could not start ${cmd}: ${e.message}`, log));
    });
    child.on("close", (code, signal) => {
      out.end();
      if (code === 0 || allowFail) resolvePromise({ code, text, log });
      else reject(new StepError(`${cmd} exited with ${code ?? signal}`, log));
    });
  });
}

/** Whether a command runs and prints something matching `pattern`. */
export async function probe(cmd, args, pattern) {
  try {
    const { code, text } = await run(cmd, args, { logName: `probe-${cmd.replace(/[^\w.-]/g, "_")}`, allowFail: true });
    return code === 0 && (!pattern || pattern.test(text));
  } catch {
    return false;
  }
}

/** Adds the test counts printed by cargo test / wasm-bindgen-test / node --test. */
export function countTests(text) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const m of text.matchAll(/test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored/g)) {
    passed += Number(m[1]);
    failed += Number(m[2]);
    skipped += Number(m[3]);
  }
  for (const m of text.matchAll(/^(?:#|ℹ) (pass|fail|skipped|todo) (\d+)$/gm)) {
    if (m[1] === "pass") passed += Number(m[2]);
    else if (m[1] === "fail") failed += Number(m[2]);
    else skipped += Number(m[2]);
  }
  counts.passed += passed;
  counts.failed += failed;
  counts.skipped += skipped;
  if (passed === 0 && failed === 0) throw new StepError("ran no test");
  return `${passed} passed${skipped ? `, ${skipped} skipped` : ""}`;
}

export function totals() {
  return { ...counts, ms: Date.now() - started };
}

export { seconds };
