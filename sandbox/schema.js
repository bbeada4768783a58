// @ts-check
// The server validates every request with its own /openapi.json: before a
// route's handler runs, its parameters (path, query, header) and its JSON body
// are checked against the operation's schemas in the document the sandbox
// serves (./openapi.js), so the document and the server cannot disagree about
// what is well-formed. Rules no JSON Schema can state (checksums, dates against
// the clock, a principal within the asset's value) stay in lendkit's wasm
// validation (./engine.js), answered 400 with the API's own issues, which the
// document lists for those operations.
//
// The subset of JSON Schema 2020-12 the document uses: type (or a list),
// properties, required, additionalProperties, items, minItems, maxItems,
// enum, const, anyOf, allOf, minLength, maxLength, pattern, minimum, maximum,
// exclusiveMinimum, format "uuid", $ref to #/components/schemas.

/** @typedef {Record<string, any>} Schema */
/** @typedef {{ path: string, code: string, message: string }} Issue */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** @param {unknown} v */
function typeOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/**
 * @param {Schema} doc @param {Schema | boolean | undefined} schema
 * @returns {Schema | boolean | undefined}
 */
function resolve(doc, schema) {
  let s = schema;
  for (let i = 0; i < 32 && s && typeof s === "object" && typeof s.$ref === "string"; i++) {
    const name = s.$ref.replace(/^#\/components\/schemas\//, "");
    s = Object.hasOwn(doc.components.schemas, name) ? doc.components.schemas[name] : undefined;
    if (!s) throw new Error(`openapi: unresolved ${String(/** @type {Schema} */ (schema).$ref)}`);
  }
  return s;
}

/** @type {Map<string, RegExp>} */
const patterns = new Map();
/** A schema's `pattern`, compiled once. @param {string} source */
function regex(source) {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source, "u")));
  return re;
}

const join = (/** @type {string} */ path, /** @type {string | number} */ key) =>
  typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Every way `value` breaks `schema`, as issues with dotted paths.
 * @param {Schema} doc @param {Schema | boolean | undefined} schema @param {unknown} value @param {string} [path]
 * @returns {Issue[]}
 */
export function validate(doc, schema, value, path = "") {
  const s = resolve(doc, schema);
  if (s === undefined || s === true) return [];
  if (s === false) return [{ path, code: "unexpected", message: `${path || "the value"} is not allowed` }];
  /** @type {Issue[]} */
  const issues = [];
  const bad = (/** @type {string} */ code, /** @type {string} */ message) => issues.push({ path, code, message: `${path || "the body"} ${message}` });
  if (s.allOf) for (const part of s.allOf) issues.push(...validate(doc, part, value, path));
  if (s.anyOf && !s.anyOf.some((/** @type {Schema} */ part) => validate(doc, part, value, path).length === 0)) {
    // The closest alternative's issues (the one with the fewest).
    /** @type {Issue[][]} */
    const options = s.anyOf.map((/** @type {Schema} */ part) => validate(doc, part, value, path));
    issues.push(...options.reduce((a, b) => (b.length < a.length ? b : a)));
  }
  if ("const" in s && JSON.stringify(s.const) !== JSON.stringify(value)) bad("not_one_of", `must be ${JSON.stringify(s.const)}`);
  if (s.enum && !s.enum.some((/** @type {unknown} */ e) => JSON.stringify(e) === JSON.stringify(value))) {
    bad("not_one_of", `must be one of ${s.enum.map((/** @type {unknown} */ e) => JSON.stringify(e)).join(", ")}`);
  }
  const t = typeOf(value);
  if (s.type) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!(types.includes(t) || (t === "integer" && types.includes("number")))) {
      bad("invalid_type", `must be ${types.join(" or ")}, not ${t}`);
      return issues;
    }
  }
  if (t === "string") {
    const str = /** @type {string} */ (value);
    const length = [...str].length;
    if (s.minLength !== undefined && length < s.minLength) bad("too_short", `must have at least ${s.minLength} characters`);
    if (s.maxLength !== undefined && length > s.maxLength) bad("too_long", `must have at most ${s.maxLength} characters`);
    if (s.pattern !== undefined && !regex(s.pattern).test(str)) bad("invalid_format", `must match ${s.pattern}`);
    if (s.format === "uuid" && !UUID.test(str)) bad("invalid_format", "must be a UUID");
    if (s.format === "email" && !/^[^@\s]+@[^@\s]+$/.test(str)) bad("invalid_format", "must be an email address");
    if (s.format === "date-time" && !(DATE_TIME.test(str) && !Number.isNaN(Date.parse(str)))) bad("invalid_format", "must be an RFC 3339 date-time");
  }
  if (t === "integer" || t === "number") {
    const n = /** @type {number} */ (value);
    if (s.minimum !== undefined && n < s.minimum) bad("out_of_range", `must be at least ${s.minimum}`);
    if (s.exclusiveMinimum !== undefined && n <= s.exclusiveMinimum) bad("out_of_range", `must be more than ${s.exclusiveMinimum}`);
    if (s.maximum !== undefined && n > s.maximum) bad("out_of_range", `must be at most ${s.maximum}`);
  }
  if (t === "object") {
    const o = /** @type {Record<string, unknown>} */ (value);
    const props = s.properties ?? {};
    for (const k of s.required ?? []) {
      if (!Object.hasOwn(o, k)) issues.push({ path: join(path, k), code: "required", message: `${join(path, k)} is required` });
    }
    for (const [k, v] of Object.entries(o)) {
      if (Object.hasOwn(props, k)) issues.push(...validate(doc, props[k], v, join(path, k)));
      else if (s.additionalProperties === false) issues.push({ path: join(path, k), code: "unexpected", message: `${join(path, k)} is not a field of this request` });
      else if (typeof s.additionalProperties === "object") issues.push(...validate(doc, s.additionalProperties, v, join(path, k)));
    }
  }
  if (t === "array") {
    const a = /** @type {unknown[]} */ (value);
    if (s.minItems !== undefined && a.length < s.minItems) bad("too_short", `must have at least ${s.minItems} items`);
    if (s.maxItems !== undefined && a.length > s.maxItems) bad("too_long", `must have at most ${s.maxItems} items`);
    if (s.items) a.forEach((v, i) => issues.push(...validate(doc, s.items, v, join(path, i))));
  }
  return issues;
}

/**
 * A query or path parameter's text as its schema's type (integers and
 * numbers parsed; anything unparsable stays text, for the type check to catch).
 * @param {Schema} doc @param {Schema} schema @param {string} text
 */
function coerce(doc, schema, text) {
  const s = /** @type {Schema} */ (resolve(doc, schema) ?? {});
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  return text;
}

/**
 * @typedef {object} RequestParts
 * @property {Record<string, string>} params
 * @property {URLSearchParams} query
 * @property {import("node:http").IncomingHttpHeaders} headers
 * @property {unknown} body
 */

/**
 * The validators of a document's operations, by `METHOD /path/{template}`.
 * @param {Schema} doc
 * @returns {Map<string, (req: RequestParts) => Issue[]>}
 */
export function requestValidators(doc) {
  /** @type {Map<string, (req: RequestParts) => Issue[]>} */
  const out = new Map();
  for (const [template, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(/** @type {Record<string, Schema>} */ (item))) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const parameters = /** @type {Schema[]} */ (op.parameters ?? []);
      const body = op.requestBody;
      const bodySchema = body?.content?.["application/json"]?.schema;
      out.set(`${method.toUpperCase()} ${template}`, (req) => {
        /** @type {Issue[]} */
        const issues = [];
        for (const p of parameters) {
          /** @type {string | undefined} */
          let text;
          if (p.in === "path") text = req.params[p.name];
          else if (p.in === "query") text = req.query.get(p.name) ?? undefined;
          else if (p.in === "header") {
            const h = req.headers[String(p.name).toLowerCase()];
            text = Array.isArray(h) ? h[0] : h;
          }
          if (text === undefined || (p.in === "header" && text.trim() === "")) {
            if (p.required) {
              const code = p.in === "header" ? "missing_header" : "required";
              issues.push({ path: p.name, code, message: `The ${p.name} ${p.in === "header" ? "header" : `${p.in} parameter`} is required` });
            }
            continue;
          }
          issues.push(...validate(doc, p.schema, coerce(doc, p.schema, text), p.name));
        }
        if (bodySchema) {
          if (req.body === undefined) {
            if (body.required) issues.push({ path: "", code: "required", message: "a JSON body is required" });
          } else {
            issues.push(...validate(doc, bodySchema, req.body, ""));
          }
        }
        return issues;
      });
    }
  }
  return out;
}

/** A route pattern (`/v2/loans/:loanId`) as the document's path template (`/v2/loans/{loanId}`). @param {string} pattern */
export function template(pattern) {
  return pattern.replace(/:([A-Za-z_]\w*)/g, "{$1}");
}
