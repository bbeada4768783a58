// @ts-check
// The one door from the sandbox to lendkit's own wasm core: every validation
// and every price the sandbox gives comes from here, so a client using lendkit
// and this server can never disagree. No rule is re-implemented in JavaScript.
//
// The exports are looked up by name at call time because the core lands piece
// by piece: an export that is not in this build yet is listed by `missing()`,
// the server says so at start-up, and what needs it answers 501 (pricing) or
// skips the check (validation) instead of guessing.
import * as lendkit from "lendkit";

/** @typedef {{ path: string, code: string, message: string }} Issue */
/** @typedef {{ valid: boolean, errors: Issue[], skipped?: boolean }} Verdict */
/** @typedef {{ valid: boolean, normalized?: string, errors: Issue[] }} FieldVerdict */

const core = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (lendkit));

/** The exports the sandbox uses. */
export const WANTED = /** @type {const} */ ([
  "validateRequest",
  "validateIdentityNumber",
  "loanConditions",
  "assetOffer",
  "simulate",
]);

/** Names of the converter to Nemuru's 400 body that the core may use. */
const NEMURU_400_NAMES = ["nemuruBadRequest", "nemuruErrorBody", "toNemuruBadRequest", "nemuruSchemaErrors", "toNemuruError"];

/** @param {string} name */
function fn(name) {
  const f = core[name];
  return typeof f === "function" ? /** @type {(...args: unknown[]) => unknown} */ (f) : undefined;
}

/** Whether this build of lendkit has an export. */
export function has(/** @type {string} */ name) {
  return fn(name) !== undefined;
}

/** The exports the sandbox wants that this build does not have yet. */
export function missing() {
  return WANTED.filter((n) => !has(n));
}

/** Thrown when a response needs an export this build lacks (answered 501). */
export class EngineMissingError extends Error {
  /** @param {string} name */
  constructor(name) {
    super(`this build of lendkit has no \`${name}\` export yet (rebuild pkg/ with \`npm run build\`)`);
    this.name = "EngineMissingError";
    this.export = name;
  }
}

/** A LendkitError thrown by the core, as `{ code, issues }`; anything else is rethrown. */
export class EngineInputError extends Error {
  /** @param {string} message @param {string} code @param {Issue[]} issues */
  constructor(message, code, issues) {
    super(message);
    this.name = "EngineInputError";
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Calls an export, turning a LendkitError into an EngineInputError.
 * @param {string} name @param {unknown[]} args
 */
function call(name, args) {
  const f = fn(name);
  if (!f) throw new EngineMissingError(name);
  try {
    return f(...args);
  } catch (e) {
    const err = /** @type {{ name?: unknown, code?: unknown, details?: unknown, message?: unknown }} */ (e);
    if (err && err.name === "LendkitError") {
      const issues = Array.isArray(err.details) ? /** @type {Issue[]} */ (err.details) : [];
      throw new EngineInputError(String(err.message), String(err.code), issues);
    }
    throw e;
  }
}

/**
 * lendkit's request validator: `validateRequest(kind, payload, context)`.
 * Without the export the request is let through and marked `skipped`.
 * @param {import("lendkit").RequestKind} kind @param {unknown} payload @param {Record<string, unknown>} [context]
 * @returns {Verdict}
 */
export function validateRequest(kind, payload, context = {}) {
  if (!has("validateRequest")) return { valid: true, errors: [], skipped: true };
  const clean = Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined));
  return /** @type {Verdict} */ (call("validateRequest", [kind, payload, clean]));
}

/**
 * lendkit's identity-number validator; without it, the value as given.
 * @param {string} country @param {string} value
 * @returns {FieldVerdict}
 */
export function validateIdentityNumber(country, value) {
  if (!has("validateIdentityNumber")) return { valid: true, normalized: value.trim(), errors: [] };
  return /** @type {FieldVerdict} */ (call("validateIdentityNumber", [country, value]));
}

/**
 * The canonical form of an identity number, or undefined when it is invalid.
 * @param {string} country @param {string} value
 */
export function normalizeIdentity(country, value) {
  const v = validateIdentityNumber(country, value);
  return v.valid ? (v.normalized ?? value.trim()) : undefined;
}

/**
 * @typedef {object} LoanConditions Nemuru's `loan_conditions`, in Nemuru's wire shape (money and rates as JSON numbers).
 * @property {string} currency
 * @property {number} due_date
 * @property {string} program
 * @property {number} merchant_discount_percentage
 * @property {number} annual_interest
 * @property {number} principal
 * @property {number} setup_fee
 * @property {number} term
 * @property {number} number_of_payments
 * @property {number} tae
 * @property {number} total_interest_paid
 * @property {number} total_amount_paid
 * @property {number} user_defined_quota
 */

/**
 * lendkit's Nemuru pricing: one entry per program of `table` that prices the query.
 * @param {import("lendkit").PricingTable} table @param {import("lendkit").LoanConditionsQuery} query
 * @returns {LoanConditions[]}
 */
export function loanConditions(table, query) {
  return /** @type {LoanConditions[]} */ (call("loanConditions", [table, query]));
}

/**
 * @typedef {object} AssetOffer
 * @property {string} offerId
 * @property {string} expiresAt
 * @property {{ assetId: string, assetType: string, maxLoanAmount: number, currency: string, details: { make: string, model: string, modelYear: number } }[]} assets
 * @property {unknown[]} [ineligibleAssets]
 */

/**
 * lendkit's asset eligibility: the `POST /v1/asset-offers` response for a customer.
 * @param {import("lendkit").AssetPolicy} policy @param {import("lendkit").AssetCustomer} customer @param {string} now RFC 3339
 * @returns {AssetOffer}
 */
export function assetOffer(policy, customer, now) {
  return /** @type {AssetOffer} */ (call("assetOffer", [policy, customer, now]));
}

/**
 * lendkit's loan pricing (`simulate`), or undefined without the export.
 * @param {import("lendkit").LoanRequest} request
 * @returns {import("lendkit").Quote | undefined}
 */
export function simulate(request) {
  if (!has("simulate")) return undefined;
  return /** @type {import("lendkit").Quote} */ (call("simulate", [request]));
}

/**
 * Nemuru's 400 body for a verdict: the core's converter when the build has
 * it, else the documented shape filled in with lendkit's issues as they are.
 * @param {Issue[]} errors
 * @returns {{ status: "ko", exception: string, error: string, schema_errors: Record<string, unknown> }}
 */
export function nemuruBadRequest(errors) {
  for (const name of NEMURU_400_NAMES) {
    const f = fn(name);
    if (f) {
      try {
        const body = /** @type {any} */ (f({ valid: false, errors }));
        if (body && typeof body === "object" && "schema_errors" in body) return body;
      } catch {
        // fall through to the documented shape
      }
    }
  }
  /** @type {Record<string, string[]>} */
  const schemaErrors = {};
  for (const e of errors) (schemaErrors[e.path || "body"] ??= []).push(e.message);
  return {
    status: "ko",
    exception: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\SchemaValidationException",
    error: "The request data do not comply with the schema",
    schema_errors: schemaErrors,
  };
}
