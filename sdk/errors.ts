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
