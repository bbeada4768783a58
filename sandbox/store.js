// @ts-check
// The sandbox's state: plain JSON in memory, saved to a data file when one is
// given so that it survives restarts. Saves are coalesced (at most one write
// in flight, the latest state always written last) and atomic: the JSON goes
// to a temporary file beside the data file, which is then renamed over it, so
// a crash mid-write never leaves a torn file.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { rename, writeFile, unlink } from "node:fs/promises";
import { dirname } from "node:path";

export const FORMAT = "lendkit-sandbox-state/1";

/**
 * @typedef {object} State
 * @property {{ offers: Record<string, any>, loans: Record<string, any>, contracts: Record<string, string> }} asset
 * @property {{ offers: Record<string, any>, contracts: Record<string, any> }} tuum
 * @property {{ access: Record<string, any>, refresh: Record<string, any>, loans: Record<string, any>, webhooks: Record<string, any>, files: Record<string, any[]> }} nemuru
 * @property {any[]} deliveries webhook deliveries, newest last (bounded)
 */

/** @returns {State} */
export function emptyState() {
  return {
    asset: { offers: {}, loans: {}, contracts: {} },
    tuum: { offers: {}, contracts: {} },
    nemuru: { access: {}, refresh: {}, loans: {}, webhooks: {}, files: {} },
    deliveries: [],
  };
}

/**
 * @typedef {object} Snapshot
 * @property {string} format
 * @property {State} state
 * @property {number} clockOffset ms the clock had been advanced by
 * @property {number} idCounter draws of the deterministic id sequence
 */

/**
 * Reads a data file, or undefined when it does not exist.
 * @param {string} file @returns {Snapshot | undefined}
 */
export function load(file) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  /** @type {Snapshot} */
  let snapshot;
  try {
    snapshot = JSON.parse(text);
  } catch (e) {
    throw new Error(`sandbox: data file ${file} is not valid JSON: ${/** @type {Error} */ (e).message}`);
  }
  if (snapshot?.format !== FORMAT) throw new Error(`sandbox: data file ${file} is not a ${FORMAT} file`);
  return { ...snapshot, state: { ...emptyState(), ...snapshot.state } };
}

/**
 * A saver for a data file (a no-op without one).
 * @param {string | undefined} file
 * @param {() => Snapshot} snapshot
 * @param {(error: unknown) => void} onError
 */
export function createSaver(file, snapshot, onError) {
  let dirty = false;
  /** @type {Promise<void> | undefined} */
  let writing;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let seq = 0;

  async function writeOnce() {
    if (!file) return;
    dirty = false;
    const tmp = `${file}.${process.pid}.${++seq}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      await writeFile(tmp, JSON.stringify(snapshot()));
      await rename(tmp, file);
    } catch (e) {
      await unlink(tmp).catch(() => {});
      onError(e);
    }
  }

  async function drain() {
    while (dirty) await writeOnce();
    writing = undefined;
  }

  return {
    /** Marks the state changed; it is written soon. */
    changed() {
      if (!file) return;
      dirty = true;
      if (timer || writing) return;
      timer = setTimeout(() => {
        timer = undefined;
        writing ??= drain();
      }, 5);
    },
    /** Writes any pending change now. */
    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      if (writing) await writing;
      if (dirty) {
        writing = drain();
        await writing;
      }
    },
  };
}
