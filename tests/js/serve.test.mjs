// The demo server (scripts/serve.mjs) serves as a production server should:
// brotli/gzip by Accept-Encoding, a strong ETag per representation with 304,
// immutable caching for content-hashed files and no-cache for the rest.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { serve } from "../../scripts/serve.mjs";

/** @type {import("node:http").Server} */
let server;
let url = "";
before(async () => {
  ({ server, url } = await serve({ port: 0 }));
});
after(() => server.close());

const wasmBytes = readFileSync(new URL("../../pkg/wasm/lendkit_pricing_bg.wasm", import.meta.url));

test("the wasm is sent with brotli, or gzip, or as is, by Accept-Encoding", async () => {
  const get = (enc) => fetch(new URL("/pkg/wasm/lendkit_pricing_bg.wasm", url), { headers: { "accept-encoding": enc } });
  const br = await get("gzip, deflate, br");
  assert.equal(br.headers.get("content-encoding"), "br");
  assert.equal(br.headers.get("content-type"), "application/wasm");
  assert.equal(br.headers.get("vary"), "accept-encoding");
  // fetch() decodes what it asked for; the raw size shows the compression.
  const brBody = Buffer.from(await br.arrayBuffer());
  assert.deepEqual(brBody, wasmBytes);
  assert.ok(Number(br.headers.get("content-length")) < wasmBytes.length / 2, "brotli at least halves the wasm");
  const gz = await get("gzip");
  assert.equal(gz.headers.get("content-encoding"), "gzip");
  assert.deepEqual(Buffer.from(await gz.arrayBuffer()), wasmBytes);
  const none = await get("identity");
  assert.equal(none.headers.get("content-encoding"), null);
  assert.equal(Number(none.headers.get("content-length")), wasmBytes.length);
});

test("ETag per representation, 304 on If-None-Match, no-cache for unhashed files and HTML", async () => {
  const first = await fetch(new URL("/pkg/wasm/lendkit_pricing_bg.wasm", url), { headers: { "accept-encoding": "br" } });
  await first.arrayBuffer();
  const etag = first.headers.get("etag");
  assert.match(String(etag), /^"[\w-]+-br"$/);
  assert.equal(first.headers.get("cache-control"), "no-cache");
  const again = await fetch(new URL("/pkg/wasm/lendkit_pricing_bg.wasm", url), { headers: { "accept-encoding": "br", "if-none-match": String(etag) } });
  assert.equal(again.status, 304);
  const gz = await fetch(new URL("/pkg/wasm/lendkit_pricing_bg.wasm", url), { headers: { "accept-encoding": "gzip", "if-none-match": String(etag) } });
  assert.equal(gz.status, 200, "the brotli ETag does not match the gzip representation");
  await gz.arrayBuffer();
  const html = await fetch(url);
  await html.text();
  assert.equal(html.headers.get("cache-control"), "no-cache");
  assert.ok(html.headers.get("etag"));
});

test("content-hashed bundle chunks are cached for a year, immutable", async () => {
  const chunk = readdirSync(new URL("../../pkg/", import.meta.url)).find((f) => /^lendkit-chunk-[A-Z0-9]{8}\.js$/.test(f));
  assert.ok(chunk, "a hashed chunk in pkg/");
  const res = await fetch(new URL(`/pkg/${chunk}`, url));
  await res.arrayBuffer();
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("cache-control"), "public, max-age=31536000, immutable");
  const entry = await fetch(new URL("/pkg/lendkit-browser.js", url));
  await entry.arrayBuffer();
  assert.equal(entry.headers.get("cache-control"), "no-cache", "entry names carry no hash");
});
