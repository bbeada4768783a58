// @ts-check
// Injected faults: `POST /_sandbox/faults` makes the next `count` requests that
// match (a method, a path prefix) answer an error status in their API's own
// error shape (Nemuru's error object, Tuum's envelope, the asset API's
// `{ error }`), before any handler runs, as a failing gateway would. Clients'
// retries and error mapping are tested against it. Faults live in memory only
// (never in the data file) and never apply to the sandbox's own routes.
import { ApiError } from "./http.js";

/**
 * @typedef {object} Fault
 * @property {number} id
 * @property {number} status
 * @property {number} remaining how many more matching requests it answers
 * @property {string} [method] only requests with this method (any when omitted)
 * @property {string} [path] only paths starting with this (any lender path when omitted)
 * @property {string} [message]
 */

/** @typedef {{ path: string, code: string, message: string }} Issue */

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const MAX_COUNT = 1000;
const MAX_FAULTS = 100;

/**
 * Reads a fault from a control request's body; throws a 400 listing every
 * problem.
 * @param {Record<string, any>} b
 * @returns {Omit<Fault, "id">}
 */
export function parseFault(b) {
  /** @type {Issue[]} */
  const issues = [];
  const bad = (/** @type {string} */ path, /** @type {string} */ code, /** @type {string} */ message) => issues.push({ path, code, message });
  const status = b.status;
  if (!Number.isInteger(status) || status < 400 || status > 599) bad("status", "out_of_range", "status must be an integer from 400 to 599");
  const count = b.count ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) bad("count", "out_of_range", `count must be an integer from 1 to ${MAX_COUNT}`);
  const method = typeof b.method === "string" ? b.method.toUpperCase() : b.method;
  if (method !== undefined && !METHODS.includes(method)) bad("method", "not_one_of", `method must be one of ${METHODS.join(", ")}`);
  if (b.path !== undefined && (typeof b.path !== "string" || !b.path.startsWith("/"))) bad("path", "invalid_format", "path must be a string starting with /");
  if (b.message !== undefined && typeof b.message !== "string") bad("message", "invalid_type", "message must be a string");
  if (issues.length) throw new ApiError(400, issues.map((i) => i.message).join("; "), { issues });
  return {
    status,
    remaining: count,
    ...(method ? { method } : {}),
    ...(b.path !== undefined ? { path: b.path } : {}),
    ...(b.message !== undefined ? { message: b.message } : {}),
  };
}

/** The pending faults of one sandbox. */
export function createFaults() {
  /** @type {Fault[]} */
  let faults = [];
  let next = 0;
  return {
    /** @param {Omit<Fault, "id">} fault */
    add(fault) {
      if (faults.length >= MAX_FAULTS) throw new ApiError(409, `at most ${MAX_FAULTS} faults may be pending; DELETE /_sandbox/faults clears them`);
      const added = { id: ++next, ...fault };
      faults.push(added);
      return { ...added };
    },
    list: () => faults.map((f) => ({ ...f })),
    clear() {
      const n = faults.length;
      faults = [];
      return n;
    },
    /**
     * The error a request gets from the first pending fault it matches (which
     * it consumes), or undefined.
     * @param {string} method @param {string} path
     */
    take(method, path) {
      const i = faults.findIndex(
        (f) => (f.method === undefined || f.method === method) && (f.path === undefined || path.startsWith(f.path)),
      );
      const f = faults[i];
      if (!f) return undefined;
      if (--f.remaining <= 0) faults.splice(i, 1);
      return new ApiError(f.status, f.message ?? `Injected fault: ${f.status} (lendkit sandbox)`);
    },
  };
}

/** @typedef {ReturnType<typeof createFaults>} Faults */
