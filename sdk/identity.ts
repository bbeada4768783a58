// The identity-number checks and `validateRequest` with "today" filled in.
//
// The Rust core never reads the clock: a birth date after `today` is refused
// (`birth_date_in_future`) only when it is told what today is. The SDK tells
// it: when the caller gives no `today` (nor, for `validateRequest`, a `now`),
// it passes the current date in the runtime's local time zone, which in a
// browser is the shopper's. The same date then serves whatever else `today`
// decides (Swedish centuries, `age`, `minimumAge`, Tuum validity).
import {
  _isValidIdentityNumberOn,
  isValidIdentityNumber as coreIsValidIdentityNumber,
  validateIdentityNumber as coreValidateIdentityNumber,
  validateIdentityNumberLines as coreValidateIdentityNumberLines,
  validateIdentityNumbers as coreValidateIdentityNumbers,
  validateRequest as coreValidateRequest,
  validateRequestJson as coreValidateRequestJson,
} from "./wasm/lendkit.js";
import type {
  IdentityCheck,
  IdentityOptions,
  RequestContext,
  RequestKind,
  ValidationResult,
} from "./wasm/lendkit.js";

/**
 * Today's date (`YYYY-MM-DD`) in the runtime's local time zone: the shopper's
 * in a browser.
 *
 * @example
 * localToday(new Date(2026, 0, 2, 23, 30)) // "2026-01-02", whatever UTC says
 */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = now.getMonth() + 1;
  const d = now.getDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** localToday(), computed again only when the local day may have changed. */
let cachedToday = "";
let cachedUntil = 0;
function today(): string {
  const now = Date.now();
  if (now >= cachedUntil || now < cachedUntil - 86_400_000) {
    const d = new Date(now);
    cachedToday = localToday(d);
    // Next local midnight (a day may be 23 or 25 hours long: recompute then).
    cachedUntil = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  }
  return cachedToday;
}

/** `options` with `today` filled in when it names none (anything but an object is passed on as is: the core reports it). */
function withToday<T>(options: T | undefined | null, also?: "now"): T {
  if (options === undefined || options === null) return { today: today() } as T;
  if (typeof options !== "object" || Array.isArray(options)) return options;
  const o = options as Record<string, unknown>;
  if (o.today !== undefined || (also !== undefined && o[also] !== undefined)) return options;
  return { ...o, today: today() } as T;
}

/**
 * Checks a national identity number of `SE`, `NO`, `FI`, `DK` or `ES`:
 * `{ valid, normalized?, birthDate?, kind?, age?, errors }`. A birth date after
 * `options.today` (default: today in the shopper's time zone) is invalid
 * (`birth_date_in_future`).
 *
 * @example
 * validateIdentityNumber("DK", "200839-8963", { today: "2026-12-02" }).errors[0].code // "birth_date_in_future"
 */
export function validateIdentityNumber(country: string, value: string, options?: IdentityOptions | null): IdentityCheck {
  return coreValidateIdentityNumber(country, value, withToday(options));
}

/** Whether an identity number is valid: `validateIdentityNumber(...).valid`, without building the result. */
export function isValidIdentityNumber(country: string, value: string, options?: IdentityOptions | null): boolean {
  // Without options, the fast path: today crosses as a short string.
  if (options === undefined || options === null) return _isValidIdentityNumberOn(country, value, today());
  return coreIsValidIdentityNumber(country, value, withToday(options));
}

/** Checks many identity numbers of one country: one byte per number, 1 when valid (as `isValidIdentityNumber`). */
export function validateIdentityNumbers(country: string, values: string[], options?: IdentityOptions | null): Uint8Array {
  return coreValidateIdentityNumbers(country, values, withToday(options));
}

/** Checks many identity numbers of one country given one a line (`\n`): one byte per line, 1 when valid. */
export function validateIdentityNumberLines(country: string, lines: string, options?: IdentityOptions | null): Uint8Array {
  return coreValidateIdentityNumberLines(country, lines, withToday(options));
}

/**
 * Validates a request of a kind against its API's rules, every problem at
 * once. `context.today` defaults to the date of `context.now`, or else to
 * today in the shopper's time zone.
 */
export function validateRequest(kind: RequestKind, payload: unknown, context?: RequestContext | null): ValidationResult {
  return coreValidateRequest(kind, payload, withToday(context, "now"));
}

/** `validateRequest` of a payload given as JSON text. */
export function validateRequestJson(kind: RequestKind, json: string, context?: RequestContext | null): ValidationResult {
  return coreValidateRequestJson(kind, json, withToday(context, "now"));
}
