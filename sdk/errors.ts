/**
 * The error the wasm core throws: a real `Error` whose `name` is
 * `"LendkitError"`, with a stable `code` and the field-level `details`.
 */
export interface FieldProblem {
  /** Where the problem is, in the request's own field names (`fees[1].amount`). */
  path: string;
  /** A stable snake_case code, such as `invalid_decimal`. */
  code: string;
  /** A short English explanation. */
  message: string;
}

export interface LendkitError extends Error {
  name: "LendkitError";
  /** `invalid_input` when the input was rejected (see `details`), or a computation code. */
  code: string;
  /** Every problem found in the input, at once. */
  details: FieldProblem[];
}

/**
 * Whether `value` is an error thrown by lendkit's core. Works across realms
 * (iframes, workers): it looks at the shape, not at `instanceof`.
 *
 * @example
 * try { simulate(request) } catch (e) { if (isLendkitError(e)) showErrors(e.details) }
 */
export function isLendkitError(value: unknown): value is LendkitError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { name?: unknown; code?: unknown; details?: unknown };
  return v.name === "LendkitError" && typeof v.code === "string" && Array.isArray(v.details);
}

// ---------------------------------------------------------------------------
// The clients' errors (NemuruClient, TuumClient, AssetLoansClient): one small
// hierarchy, modelled on ky and stripe-node. Every class carries `code`,
// `status`, `requestId`, `details` and `provider`; each has a guard that looks
// at `name`, so it works across realms (iframes, workers, two copies of the
// package) where `instanceof` does not. No message ever contains a credential.

/** The names of the clients' error classes. */
export type LendkitClientErrorName =
  | "LendkitValidationError"
  | "LendkitApiError"
  | "LendkitAuthError"
  | "LendkitNotFoundError"
  | "LendkitConflictError"
  | "LendkitNetworkError"
  | "LendkitTimeoutError"
  | "LendkitAbortError";

/** What a client error is made of. */
export interface LendkitClientErrorInit {
  /** The provider's exception or error code (Nemuru `exception`), or lendkit's (`invalid_input`, `timeout`...). */
  code: string;
  /** The HTTP status, when a response arrived. */
  status?: number | undefined;
  /** The server's `x-request-id`, when it sent one. */
  requestId?: string | undefined;
  /** Field problems (local validation, Nemuru `schema_errors`, Tuum `validationErrors`). */
  details?: FieldProblem[] | undefined;
  /** `"nemuru"`, `"tuum"` or `"asset-loans"`. */
  provider?: string | undefined;
  /** The original error. */
  cause?: unknown;
}

/** The base of the clients' errors. */
export abstract class LendkitClientError extends Error {
  abstract override readonly name: LendkitClientErrorName;
  readonly code: string;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly details: FieldProblem[];
  readonly provider: string | undefined;
  constructor(message: string, init: LendkitClientErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId;
    this.details = init.details ?? [];
    this.provider = init.provider;
  }
}

/** The request is invalid: caught before sending, or a 400/422 (see `details`). */
export class LendkitValidationError extends LendkitClientError {
  override readonly name = "LendkitValidationError" as const;
}
/** Any other error response (403 aside: 5xx, 410...). */
export class LendkitApiError extends LendkitClientError {
  override readonly name = "LendkitApiError" as const;
}
/** 401/403: wrong or expired credentials (after the one automatic refresh). */
export class LendkitAuthError extends LendkitClientError {
  override readonly name = "LendkitAuthError" as const;
}
/** 404 (and 410): no such loan, offer, person or webhook. */
export class LendkitNotFoundError extends LendkitClientError {
  override readonly name = "LendkitNotFoundError" as const;
}
/** 409: the resource's state forbids the operation (e.g. cancelling a signed loan). */
export class LendkitConflictError extends LendkitClientError {
  override readonly name = "LendkitConflictError" as const;
}
/** No response: the network failed (after the retries of safe requests). */
export class LendkitNetworkError extends LendkitClientError {
  override readonly name = "LendkitNetworkError" as const;
}
/** The call's `timeoutMs` passed, or `waitForLoan` gave up. */
export class LendkitTimeoutError extends LendkitClientError {
  override readonly name = "LendkitTimeoutError" as const;
}
/** The caller's `AbortSignal` fired. */
export class LendkitAbortError extends LendkitClientError {
  override readonly name = "LendkitAbortError" as const;
}

const CLASSES = {
  LendkitValidationError,
  LendkitApiError,
  LendkitAuthError,
  LendkitNotFoundError,
  LendkitConflictError,
  LendkitNetworkError,
  LendkitTimeoutError,
  LendkitAbortError,
} as const;

function named(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === "string" ? name : undefined;
}

/** Whether `value` is any of the clients' errors (by name: works across realms). */
export function isLendkitClientError(value: unknown): value is LendkitClientError {
  const name = named(value);
  return name !== undefined && Object.prototype.hasOwnProperty.call(CLASSES, name);
}
/** Whether `value` is a `LendkitValidationError`. */
export const isLendkitValidationError = (v: unknown): v is LendkitValidationError => named(v) === "LendkitValidationError";
/** Whether `value` is a `LendkitApiError`. */
export const isLendkitApiError = (v: unknown): v is LendkitApiError => named(v) === "LendkitApiError";
/** Whether `value` is a `LendkitAuthError`. */
export const isLendkitAuthError = (v: unknown): v is LendkitAuthError => named(v) === "LendkitAuthError";
/** Whether `value` is a `LendkitNotFoundError`. */
export const isLendkitNotFoundError = (v: unknown): v is LendkitNotFoundError => named(v) === "LendkitNotFoundError";
/** Whether `value` is a `LendkitConflictError`. */
export const isLendkitConflictError = (v: unknown): v is LendkitConflictError => named(v) === "LendkitConflictError";
/** Whether `value` is a `LendkitNetworkError`. */
export const isLendkitNetworkError = (v: unknown): v is LendkitNetworkError => named(v) === "LendkitNetworkError";
/** Whether `value` is a `LendkitTimeoutError`. */
export const isLendkitTimeoutError = (v: unknown): v is LendkitTimeoutError => named(v) === "LendkitTimeoutError";
/** Whether `value` is a `LendkitAbortError`. */
export const isLendkitAbortError = (v: unknown): v is LendkitAbortError => named(v) === "LendkitAbortError";

/**
 * Turns an error thrown by the wasm clients (a plain `Error` named after its
 * class) into an instance of that class; a core `LendkitError` with code
 * `invalid_input` becomes a `LendkitValidationError`. Anything else is returned as is.
 */
export function toLendkitClientError(error: unknown): unknown {
  if (error instanceof LendkitClientError) return error;
  const name = named(error);
  if (name === undefined) return error;
  const e = error as { message?: unknown; code?: unknown; status?: unknown; requestId?: unknown; details?: unknown; provider?: unknown };
  const Class =
    name === "LendkitError" && e.code === "invalid_input"
      ? LendkitValidationError
      : (CLASSES as Record<string, new (m: string, i: LendkitClientErrorInit) => LendkitClientError>)[name];
  if (Class === undefined) return error;
  return new Class(typeof e.message === "string" ? e.message : name, {
    code: typeof e.code === "string" ? e.code : "unknown",
    status: typeof e.status === "number" ? e.status : undefined,
    requestId: typeof e.requestId === "string" ? e.requestId : undefined,
    details: Array.isArray(e.details) ? (e.details as FieldProblem[]) : [],
    provider: typeof e.provider === "string" ? e.provider : undefined,
    cause: error,
  });
}

/**
 * A `LendkitError` built in the TypeScript SDK (the same shape the wasm core
 * throws): `code` (default `invalid_input`) and every field problem at once.
 *
 * @example
 * throw lendkitError([{ path: "market", code: "unsupported_market", message: "..." }]);
 */
export function lendkitError(details: FieldProblem[], code = "invalid_input"): LendkitError {
  const first = details[0];
  const error = new Error(first ? `${first.path}: ${first.message}` : code) as LendkitError;
  Object.defineProperty(error, "name", { value: "LendkitError", enumerable: false, configurable: true, writable: true });
  error.code = code;
  error.details = details;
  return error;
}
