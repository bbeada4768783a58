// @ts-check
// Time and identifiers for the sandbox. The real clock and random ids by
// default; in deterministic mode an injected clock that only moves when told
// to (`POST /_sandbox/advance`) and ids drawn from a seeded sequence, so that a
// test sees the same offer ids, loan ids and timestamps on every run.
import { createHash, randomBytes, randomUUID } from "node:crypto";

/** The instant the deterministic clock starts at: the seed's own example "now"
 * (its asset offer, issued 7 days before `expiresAt` 2026-04-22T10:23:44Z). */
export const DETERMINISTIC_EPOCH = "2026-04-15T10:23:44Z";

/** How far one `POST /_sandbox/advance` may move the clock: 3650 days. */
export const MAX_ADVANCE_MS = 3650 * 86_400_000;
/** The clock never passes this instant (four-digit years, as RFC 3339 writes them). */
export const LATEST_INSTANT = Date.parse("9999-12-31T23:59:59.999Z");

/**
 * @typedef {object} Clock
 * @property {() => number} now milliseconds since the epoch
 * @property {(ms: number) => void} advance moves the clock forward
 * @property {() => number} offset how far it has been advanced, in ms
 * @property {(ms: number) => void} [setOffset] puts the offset back (a unit of work that failed)
 */

/**
 * A clock: `fixed` (an ISO instant or ms) freezes it there until advanced;
 * otherwise it follows the real time plus whatever it was advanced by.
 * @param {{ fixed?: string | number | undefined, offsetMs?: number | undefined }} [options]
 * @returns {Clock}
 */
export function createClock({ fixed, offsetMs = 0 } = {}) {
  let offset = offsetMs;
  const base = fixed === undefined ? undefined : typeof fixed === "number" ? fixed : Date.parse(fixed);
  if (base !== undefined && Number.isNaN(base)) throw new TypeError(`clock: not an instant: ${String(fixed)}`);
  return {
    now: () => (base === undefined ? Date.now() : base) + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError("clock: can only move forward");
      offset += ms;
    },
    offset: () => offset,
    setOffset(ms) {
      offset = ms;
    },
  };
}

/** RFC 3339 in UTC without milliseconds, as the seeds write instants: `2026-04-22T10:23:44Z`. */
export function isoSeconds(/** @type {number} */ ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

/** `2020-02-04T12:52:15+00:00`, as Nemuru writes instants. */
export function isoNemuru(/** @type {number} */ ms) {
  return isoSeconds(ms).replace("Z", "+00:00");
}

/** `YYYY-MM-DD` (UTC). */
export function isoDate(/** @type {number} */ ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * @typedef {object} Ids
 * @property {() => string} uuid a v4 UUID
 * @property {(n: number) => string} base36 n lowercase base-36 characters
 * @property {(n: number) => string} digits n decimal digits (no leading zero)
 * @property {() => number} counter how many draws so far (persisted)
 * @property {(n: number) => void} setCounter puts the counter back (a unit of work that failed)
 */

/**
 * Identifier source: random, or (with `seed`) the SHA-256 of `seed:n` for the
 * n-th draw, which is reproducible across runs and across restarts (the
 * counter is saved with the state).
 * @param {{ seed?: string | undefined, counter?: number | undefined }} [options]
 * @returns {Ids}
 */
export function createIds({ seed, counter = 0 } = {}) {
  let n = counter;
  /** @param {number} size */
  const bytes = (size) => {
    if (seed === undefined) return randomBytes(size);
    const out = Buffer.alloc(size);
    let filled = 0;
    while (filled < size) {
      const block = createHash("sha256").update(`${seed}:${n++}`).digest();
      filled += block.copy(out, filled);
    }
    return out;
  };
  return {
    uuid() {
      if (seed === undefined) return randomUUID();
      const b = bytes(16);
      b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
      b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
      const h = b.toString("hex");
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    base36(len) {
      const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
      return [...bytes(len)].map((x) => alphabet[x % 36]).join("");
    },
    digits(len) {
      return [...bytes(len)].map((x, i) => (i === 0 ? 1 + (x % 9) : x % 10)).join("");
    },
    counter: () => n,
    setCounter(c) {
      n = c;
    },
  };
}
