// Shared helpers of the sandbox tests: a sandbox per test file on a free
// loopback port, a small fetch wrapper, and a JSON-schema checker for the
// subset of JSON Schema that /openapi.json uses.
import { after } from "node:test";
import { createServer } from "node:http";
import { startSandbox } from "../../sandbox/index.js";

export const AGENT_ID = "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7";
export const OTHER_AGENT_ID = "9286898b-7bb7-4885-9a9b-94c4e880378b";
export const ASSET_AUTH = { authorization: "Bearer sandbox" };
export const TUUM_HEADERS = { "x-auth-token": "sandbox", "x-channel-code": "system" };

/** Starts a deterministic sandbox on a free port, closed after the file's tests. */
export async function start(options = {}) {
  const sandbox = await startSandbox({ port: 0, host: "127.0.0.1", deterministic: true, log: false, control: true, ...options });
  after(() => sandbox.close());
  return sandbox;
}

/**
 * A request: JSON in (unless `raw`), `{ status, headers, body, text }` out.
 * @param {{ url: string }} sandbox
 */
export function client(sandbox, { record } = {}) {
  return async function request(method, path, { json, raw, headers = {} } = {}) {
    const init = { method, headers: { ...headers } };
    if (json !== undefined) {
      init.headers["content-type"] ??= "application/json";
      init.body = JSON.stringify(json);
    } else if (raw !== undefined) {
      init.body = raw;
    }
    const res = await fetch(sandbox.url + path, init);
    const text = await res.text();
    let body;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const out = { status: res.status, headers: res.headers, body, text };
    record?.({ method, path, ...out });
    return out;
  };
}

/** Logs in as a Nemuru agent; returns the Authorization headers. */
export async function nemuruLogin(request, username = "username@email.com", password = "12345") {
  const r = await request("POST", "/v2/login", { json: { username, password } });
  if (r.status !== 200) throw new Error(`login failed: ${r.status} ${r.text}`);
  return { authorization: `Bearer ${r.body.access_token}` };
}

/** The documented create-loan body, with an asset type the seed agent may finance. */
export function loanBody(id, overrides = {}) {
  return {
    id,
    agent_id: AGENT_ID,
    currency: "EUR",
    term: 30,
    principal: 5000,
    annual_interest: 0.091,
    program: "free_program",
    insurance: { description: "seguro_vida", is_financed: false },
    borrower: { email: "john.doe@gmail.com", first_name: "John", last_name: "Doe", phone_number: "+34601000001" },
    asset_type: "home_improvement",
    asset: { description: "Reformas de mi casa", value: 10000 },
    ...overrides,
  };
}

/** A v4 UUID from a number, for tests that need many distinct ids. */
export function uuidOf(n) {
  const hex = n.toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
}

/**
 * A local webhook receiver: records every request; `failFirst` answers 500
 * to that many requests first.
 */
export async function receiver({ failFirst = 0 } = {}) {
  const received = [];
  let failures = failFirst;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (failures > 0) {
        failures--;
        received.push({ failed: true, headers: req.headers, body: JSON.parse(body) });
        res.writeHead(500).end();
        return;
      }
      received.push({ failed: false, headers: req.headers, body: JSON.parse(body) });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  after(() => new Promise((r) => server.close(r)));
  return { url: `http://127.0.0.1:${server.address().port}/hook`, received };
}

// ---- JSON Schema (the subset /openapi.json uses) ----

function resolve(doc, schema) {
  while (schema && schema.$ref) {
    const path = schema.$ref.replace(/^#\//, "").split("/");
    schema = path.reduce((o, k) => o?.[k], doc);
    if (!schema) throw new Error(`unresolved $ref`);
  }
  return schema;
}

function typeOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** Every way `value` breaks `schema`, as "path: problem" strings. */
export function schemaErrors(doc, schema, value, path = "$") {
  schema = resolve(doc, schema);
  const errors = [];
  if (schema === true || schema === undefined) return errors;
  if (schema.allOf) for (const s of schema.allOf) errors.push(...schemaErrors(doc, s, value, path));
  if (schema.anyOf || schema.oneOf) {
    const options = schema.anyOf ?? schema.oneOf;
    const fits = options.filter((s) => schemaErrors(doc, s, value, path).length === 0).length;
    if (schema.anyOf ? fits === 0 : fits !== 1) errors.push(`${path}: matches ${fits} of ${schema.anyOf ? "anyOf" : "oneOf"}`);
  }
  if ("const" in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) errors.push(`${path}: is not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const t = typeOf(value);
    const ok = types.includes(t) || (t === "integer" && types.includes("number"));
    if (!ok) {
      errors.push(`${path}: is ${t}, not ${types.join("|")}`);
      return errors;
    }
  }
  if (typeOf(value) === "object") {
    const props = schema.properties ?? {};
    for (const k of schema.required ?? []) if (!(k in value)) errors.push(`${path}: misses ${k}`);
    for (const [k, v] of Object.entries(value)) {
      if (props[k]) errors.push(...schemaErrors(doc, props[k], v, `${path}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: has unexpected ${k}`);
      else if (typeof schema.additionalProperties === "object") errors.push(...schemaErrors(doc, schema.additionalProperties, v, `${path}.${k}`));
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.items) value.forEach((v, i) => errors.push(...schemaErrors(doc, schema.items, v, `${path}[${i}]`)));
  }
  return errors;
}

/** The operation of the document that serves `method path`, with its path template. */
export function operationFor(doc, method, path) {
  const pathname = path.split("?")[0];
  for (const [template, item] of Object.entries(doc.paths)) {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (re.test(pathname) && item[method.toLowerCase()]) return { template, operation: item[method.toLowerCase()] };
  }
  return undefined;
}
