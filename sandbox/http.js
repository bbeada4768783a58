// @ts-check
// The HTTP layer of the sandbox: a small router, JSON bodies with size limits
// and content-type checks, CORS (with preflight), request ids and the request
// log, and one error shape per emulated API (each as its documentation gives
// it). Handlers return `{ status, body }` or throw an ApiError; anything else
// they throw becomes a 500 in the API's own shape and the server stays up.

/** @typedef {"nemuru" | "tuum" | "asset" | "sandbox"} Api */
/** @typedef {{ path: string, code: string, message: string }} Issue */

/**
 * @typedef {object} Req
 * @property {string} method
 * @property {string} path
 * @property {URLSearchParams} query
 * @property {import("node:http").IncomingHttpHeaders} headers
 * @property {Record<string, string>} params
 * @property {unknown} body the parsed JSON body; undefined when there was none
 * @property {number} bodyBytes
 * @property {string} requestId
 * @property {string} baseUrl the sandbox's own origin, e.g. http://127.0.0.1:8081
 */

/**
 * @typedef {object} Res
 * @property {number} status
 * @property {unknown} [body] JSON body (omitted for 204)
 * @property {string} [html] an HTML body instead
 * @property {Record<string, string>} [headers]
 */

/**
 * @typedef {object} Route
 * @property {string} method
 * @property {string} pattern e.g. "/v2/loans/:loanId"
 * @property {Api} api
 * @property {string} [operationId]
 * @property {(req: Req) => Res} handler synchronous: it runs inside one unit of work
 * @property {number} [bodyLimit] bytes (default: the server's)
 * @property {"json" | "form" | "none"} [body] what the request carries (default json for POST/PUT/PATCH)
 */

/** An error answered in the shape of the route's API. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {{ code?: string, exception?: string, issues?: Issue[], headers?: Record<string, string>, extra?: Record<string, unknown> }} [options]
   */
  constructor(status, message, options = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = options.code ?? defaultCode(status);
    this.exception = options.exception;
    this.issues = options.issues;
    this.headers = options.headers;
    this.extra = options.extra;
  }
}

/** @param {number} status */
function defaultCode(status) {
  return (
    {
      400: "BAD_REQUEST",
      401: "UNAUTHORIZED",
      403: "FORBIDDEN",
      404: "NOT_FOUND",
      405: "METHOD_NOT_ALLOWED",
      409: "CONFLICT",
      410: "GONE",
      413: "PAYLOAD_TOO_LARGE",
      415: "UNSUPPORTED_MEDIA_TYPE",
      429: "TOO_MANY_REQUESTS",
      501: "NOT_IMPLEMENTED",
      502: "BAD_GATEWAY",
      503: "SERVICE_UNAVAILABLE",
      504: "GATEWAY_TIMEOUT",
    }[status] ?? "INTERNAL_ERROR"
  );
}

const NEMURU_EXCEPTIONS = /** @type {Record<number, string>} */ ({
  400: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\BadRequestException",
  401: "Nemuru\\Module\\Auth\\Domain\\Exception\\InvalidAccessTokenException",
  403: "Nemuru\\Module\\Auth\\Domain\\Exception\\ForbiddenException",
  404: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\RouteNotFoundException",
  405: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\MethodNotAllowedException",
  409: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\ConflictException",
  410: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\GoneException",
  413: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\RequestTooLargeException",
  415: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\UnsupportedMediaTypeException",
  500: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\InternalErrorException",
  501: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\NotImplementedException",
  502: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\BadGatewayException",
  503: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\ServiceUnavailableException",
  504: "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\GatewayTimeoutException",
});

/**
 * The error body of an API, as its documentation shows it.
 * - Nemuru: `{ status: "ko", exception, error }`, plus `schema_errors` only on 400.
 * - Tuum: the `{ errors, validationErrors, data: null }` envelope.
 * - Asset loans: `{ error }` (as its 404), plus `errors` (field issues) on 400.
 * @param {Api} api @param {ApiError} e
 * @param {(issues: Issue[]) => Record<string, unknown>} nemuru400
 */
export function errorBody(api, e, nemuru400) {
  switch (api) {
    case "nemuru": {
      if (e.status === 400) {
        const body = nemuru400(e.issues ?? [{ path: "body", code: e.code.toLowerCase(), message: e.message }]);
        if (e.exception) body.exception = e.exception;
        if (!e.issues) body.error = e.message;
        return body;
      }
      return {
        status: "ko",
        exception: e.exception ?? NEMURU_EXCEPTIONS[e.status] ?? NEMURU_EXCEPTIONS[500],
        error: e.message,
      };
    }
    case "tuum":
      return {
        errors: e.issues ? null : [{ code: e.code, message: e.message }],
        validationErrors: e.issues ?? null,
        data: null,
      };
    case "asset":
      return e.issues ? { error: e.message, errors: e.issues } : { error: e.message, ...(e.extra ?? {}) };
    default:
      return { error: e.message, code: e.code, ...(e.issues ? { errors: e.issues } : {}) };
  }
}

/** The API a path belongs to, for unknown routes. @param {string} path @returns {Api} */
export function apiOf(path) {
  if (path.startsWith("/v2/")) return "nemuru";
  if (path.startsWith("/api/")) return "tuum";
  if (path.startsWith("/v1/")) return "asset";
  return "sandbox";
}

/**
 * Matches a path against a pattern; returns the params or undefined.
 * @param {string} pattern @param {string} path
 */
export function match(pattern, path) {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return undefined;
  /** @type {Record<string, string>} */
  const params = {};
  for (let i = 0; i < want.length; i++) {
    const w = /** @type {string} */ (want[i]);
    const g = /** @type {string} */ (got[i]);
    if (w.startsWith(":")) {
      if (g === "") return undefined;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return undefined;
      }
    } else if (w !== g) return undefined;
  }
  return params;
}

export const CORS_ALLOW_HEADERS = "authorization, content-type, x-auth-token, x-channel-code, x-request-id, idempotency-key";
const CORS_ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

/**
 * CORS headers for a request: only an allowed `Origin` is echoed; any other
 * origin (and a request without one) gets no access-control-allow-origin, so a
 * browser keeps the answer from the page.
 * @param {import("node:http").IncomingMessage} req @param {(origin: string) => boolean} allowed
 * @returns {Record<string, string>}
 */
function corsHeaders(req, allowed) {
  const origin = req.headers.origin;
  if (typeof origin !== "string" || !allowed(origin)) return { vary: "origin" };
  return {
    "access-control-allow-origin": origin,
    "access-control-expose-headers": "x-request-id",
    vary: "origin",
  };
}

/** The deepest nesting of JSON a request may carry (objects and arrays). */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep a JSON text nests (a quick scan; strings skipped). Stops counting
 * past `limit`.
 * @param {string} text @param {number} limit
 */
export function jsonDepth(text, limit) {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string: skip to its closing quote
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * Reads a body up to `limit` bytes. Past the limit the rest is drained (not
 * kept) so the client still gets its 413 answer on an open connection.
 * @param {import("node:http").IncomingMessage} req @param {number} limit
 * @returns {Promise<{ buffer: Buffer, bytes: number, tooLarge: boolean }>}
 */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let bytes = 0;
    let tooLarge = false;
    const declared = Number(req.headers["content-length"] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) tooLarge = true;
    req.on("data", (/** @type {Buffer} */ chunk) => {
      bytes += chunk.length;
      if (bytes > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      // A client that keeps sending far past the limit is cut off.
      if (bytes > limit * 4 + 64 * 1024 * 1024) req.destroy();
    });
    req.on("end", () => resolve({ buffer: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), bytes, tooLarge }));
    req.on("error", reject);
  });
}

/** @param {string | undefined} contentType */
function isJson(contentType) {
  if (!contentType) return false;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/**
 * @typedef {object} LogEntry
 * @property {string} requestId
 * @property {string} at
 * @property {string} method
 * @property {string} path
 * @property {number} status
 * @property {number} ms
 * @property {string} [operationId]
 */

/**
 * Builds the request listener.
 * @param {object} options
 * @param {Route[]} options.routes
 * @param {number} options.bodyLimit default body limit in bytes
 * @param {(issues: Issue[]) => Record<string, unknown>} options.nemuru400
 * @param {() => string} options.baseUrl
 * @param {(req: Req, route: Route | undefined) => void} [options.before] runs before each handler (time-driven steps)
 * @param {(method: string, path: string, route: Route) => ApiError | undefined} [options.fault] an injected fault the
 *   request answers instead of reaching its route (checked once the body is read, before any other check)
 * @param {(entry: LogEntry, error?: unknown) => void} options.onLog
 * @param {() => string} options.now ISO time for the log
 * @param {(origin: string) => boolean} [options.cors] whether a browser origin may read the answers
 * @param {<T>(fn: () => T) => T} [options.transaction] runs `before` and the handler as one unit of work
 *   (committed before the answer is written; undone when it throws)
 * @param {number} [options.maxDepth] the deepest JSON body accepted
 * @param {(route: Route, req: Req) => Issue[] | undefined} [options.validate] the request's problems by the
 *   API's description (answered 400 in the API's shape before the handler runs)
 */
export function createHandler({
  routes,
  bodyLimit,
  nemuru400,
  baseUrl,
  before,
  fault,
  onLog,
  now,
  cors = () => false,
  transaction = (fn) => fn(),
  maxDepth = MAX_JSON_DEPTH,
  validate,
}) {
  let counter = 0;
  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  return async function handle(req, res) {
    const started = process.hrtime.bigint();
    const requestId = `req_${(++counter).toString(36).padStart(6, "0")}`;
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
    /** @type {Route | undefined} */
    let route;
    /** @type {unknown} */
    let failure;
    /** @type {Res} */
    let out;
    const api = apiOf(path);
    try {
      if (method === "OPTIONS") {
        const origin = req.headers.origin;
        const allowed = typeof origin === "string" && cors(origin);
        out = {
          status: 204,
          headers: allowed ? {
            "access-control-allow-methods": CORS_ALLOW_METHODS,
            "access-control-allow-headers": String(req.headers["access-control-request-headers"] ?? CORS_ALLOW_HEADERS),
            "access-control-max-age": "600",
          } : {},
        };
      } else {
        /** @type {Record<string, string> | undefined} */
        let params;
        const allowed = [];
        for (const r of routes) {
          const p = match(r.pattern, path);
          if (!p) continue;
          if (r.method === method || (method === "HEAD" && r.method === "GET")) {
            route = r;
            params = p;
            break;
          }
          allowed.push(r.method);
        }
        if (!route || !params) {
          if (allowed.length > 0) {
            throw new ApiError(405, `Method ${method} is not allowed on ${path}`, { headers: { allow: allowed.join(", ") } });
          }
          throw new ApiError(404, `No route for ${method} ${path}`, { code: "ROUTE_NOT_FOUND" });
        }
        const kind = route.body ?? (["POST", "PUT", "PATCH"].includes(method) ? "json" : "none");
        const limit = route.bodyLimit ?? bodyLimit;
        const { buffer, bytes, tooLarge } = await readBody(req, limit);
        const injected = fault?.(method, path, route);
        if (injected) throw injected;
        if (tooLarge) {
          throw new ApiError(413, `The request body is larger than ${limit} bytes`, { code: "PAYLOAD_TOO_LARGE" });
        }
        /** @type {unknown} */
        let body;
        if (bytes > 0 && kind === "json") {
          if (!isJson(req.headers["content-type"])) {
            throw new ApiError(415, `Content-Type must be application/json (got ${req.headers["content-type"] ?? "none"})`, {
              code: "UNSUPPORTED_MEDIA_TYPE",
            });
          }
          const text = buffer.toString("utf8");
          if (jsonDepth(text, maxDepth) > maxDepth) {
            const message = `The JSON body nests deeper than ${maxDepth} levels`;
            throw new ApiError(400, message, { code: "JSON_TOO_DEEP", issues: [{ path: "", code: "too_deep", message }] });
          }
          try {
            body = JSON.parse(text);
          } catch (e) {
            throw new ApiError(400, `Malformed JSON: ${/** @type {Error} */ (e).message}`, {
              code: "MALFORMED_JSON",
              issues: [{ path: "", code: "malformed_json", message: `Malformed JSON: ${/** @type {Error} */ (e).message}` }],
            });
          }
        } else if (bytes > 0 && kind === "form") {
          body = Object.fromEntries(new URLSearchParams(buffer.toString("utf8")));
        }
        /** @type {Req} */
        const request = {
          method,
          path,
          query: url.searchParams,
          headers: req.headers,
          params,
          body,
          bodyBytes: bytes,
          requestId,
          baseUrl: baseUrl(),
        };
        const issues = validate?.(route, request);
        if (issues && issues.length > 0 && issues.every((i) => i.code === "missing_header")) {
          throw new ApiError(400, issues.map((i) => i.message).join("; "), { code: "MISSING_HEADER" });
        }
        if (issues && issues.length > 0) {
          throw new ApiError(400, "The request does not match the API's description (/openapi.json)", { code: "VALIDATION_FAILED", issues });
        }
        const handler = route.handler;
        out = transaction(() => {
          before?.(request, route);
          return handler(request);
        });
      }
    } catch (e) {
      const target = route?.api ?? api;
      if (e instanceof ApiError) {
        out = { status: e.status, body: errorBody(target, e, nemuru400), ...(e.headers ? { headers: e.headers } : {}) };
      } else {
        failure = e;
        const name = /** @type {{ name?: string }} */ (e)?.name;
        const status = name === "EngineMissingError" ? 501 : 500;
        const message = status === 501 ? String(/** @type {Error} */ (e).message) : "The sandbox failed to handle the request";
        out = { status, body: errorBody(target, new ApiError(status, message), nemuru400) };
      }
    }
    const headers = { ...corsHeaders(req, cors), "x-request-id": requestId, "cache-control": "no-store", ...(out.headers ?? {}) };
    if (!res.headersSent && !res.destroyed) {
      if (out.html !== undefined) {
        res.writeHead(out.status, { ...headers, "content-type": "text/html; charset=utf-8" });
        res.end(method === "HEAD" ? undefined : out.html);
      } else if (out.status === 204 || out.body === undefined) {
        res.writeHead(out.status, headers);
        res.end();
      } else {
        const text = JSON.stringify(out.body);
        res.writeHead(out.status, {
          ...headers,
          "content-type": "application/json; charset=utf-8",
          "content-length": String(Buffer.byteLength(text)),
        });
        res.end(method === "HEAD" ? undefined : text);
      }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    /** @type {LogEntry} */
    const entry = { requestId, at: now(), method, path, status: out.status, ms: Math.round(ms * 10) / 10 };
    if (route?.operationId) entry.operationId = route.operationId;
    onLog(entry, failure);
  };
}

/**
 * The bearer token of a request, if any.
 * @param {Req} req
 */
export function bearer(req) {
  const h = req.headers.authorization;
  if (typeof h !== "string") return undefined;
  const m = /^Bearer\s+(.+)$/i.exec(h.trim());
  return m?.[1]?.trim();
}

/** `o[key]` when it is `o`'s own property, else undefined (never a prototype's member). @template T @param {Record<string, T>} o @param {string} key @returns {T | undefined} */
export function own(o, key) {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** A plain object, or undefined. @param {unknown} v @returns {Record<string, any> | undefined} */
export function obj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? /** @type {Record<string, any>} */ (v) : undefined;
}
