// A small static server for the demo checkout: www/ at "/", the built package
// at "/pkg/". It sends the strict Content-Security-Policy a merchant page would
// use, and serves .wasm as application/wasm so browsers compile it streaming.
// As a production server would: brotli or gzip by the request's
// Accept-Encoding (compressed once per file version and kept), a strong ETag
// (304 on If-None-Match), `immutable` caching for files whose names carry a
// content hash (the bundles' chunks, pkg/lendkit-chunk-<hash>.js) and
// `no-cache` (revalidate with the ETag) for the rest, HTML included.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { root } from "./lib.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".d.ts": "text/plain; charset=utf-8",
};

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Types worth compressing (text, and wasm, which brotli shrinks to about a third). */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".map", ".d.ts"]);

/** A file name with a content hash in it (esbuild's `[hash]`: 8 base32 characters). */
export const HASHED = /-[A-Z0-9]{8}\.(js|mjs|css|wasm)$/;

/** The file's bytes, ETag and compressed forms, kept until the file changes. */
const cache = new Map();
function entry(file, ext) {
  const st = statSync(file);
  const key = `${st.mtimeMs}:${st.size}`;
  const hit = cache.get(file);
  if (hit && hit.key === key) return hit;
  const body = readFileSync(file);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const e = { key, body, etag, br: undefined, gzip: undefined, compressible: COMPRESSIBLE.has(ext) && body.length > 512 };
  cache.set(file, e);
  return e;
}

/** The encoding to send: brotli, then gzip, by the client's Accept-Encoding (q=0 refuses). */
function negotiate(header) {
  const accepted = new Map();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (n) => (accepted.get(n) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return undefined;
}

/** Maps a URL path to a file under www/ or pkg/, refusing anything outside them. */
function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const [base, rest] = decoded.startsWith("/pkg/") ? [join(root, "pkg"), decoded.slice(5)] : [join(root, "www"), decoded.slice(1)];
  const file = normalize(join(base, rest || "index.html"));
  if (file !== base && !file.startsWith(base + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, "index.html");
  return file;
}

/**
 * Starts the demo server. Resolves with `{ server, url }` once listening.
 * `port` 0 picks a free port. `config` is served as `/config.json` (read at
 * each request, so a caller may fill it in later): the demo checkout reads the
 * sandbox's URL from it, and falls back to this host's port 8081 without one.
 */
export function serve({ port = 8080, host = "127.0.0.1", config = {} } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (url.pathname === "/config.json") {
      res.writeHead(200, { "content-type": TYPES[".json"], "cache-control": "no-store", "x-content-type-options": "nosniff" });
      res.end(req.method === "HEAD" ? undefined : JSON.stringify(config));
      return;
    }
    const file = resolvePath(url.pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    const ext = file.endsWith(".d.ts") ? ".d.ts" : extname(file);
    const e = entry(file, ext);
    const encoding = e.compressible ? negotiate(req.headers["accept-encoding"]) : undefined;
    // One strong ETag per representation: the bytes' hash, and the encoding.
    const etag = encoding ? `${e.etag.slice(0, -1)}-${encoding}"` : e.etag;
    const headers = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "content-security-policy": CSP,
      "x-content-type-options": "nosniff",
      "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      etag,
    };
    if (e.compressible) headers.vary = "accept-encoding";
    const match = String(req.headers["if-none-match"] ?? "")
      .split(",")
      .map((t) => t.trim().replace(/^W\//, ""));
    if (match.includes(etag) || match.includes("*")) {
      res.writeHead(304, headers).end();
      return;
    }
    let body = e.body;
    if (encoding === "br") {
      e.br ??= brotliCompressSync(e.body, {
        params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: e.body.length },
      });
      body = e.br;
    } else if (encoding === "gzip") {
      e.gzip ??= gzipSync(e.body, { level: 9 });
      body = e.gzip;
    }
    if (encoding) headers["content-encoding"] = encoding;
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolvePromise({ server, url: `http://${host}:${actual}/` });
    });
  });
}
