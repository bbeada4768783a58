// In Node, the clients' wasm module is read from disk on the first client call
// only: a server that just verifies webhooks (or prices) never loads it.
import assert from "node:assert/strict";
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { test } from "node:test";

/** @type {string[]} */
const reads = [];
const readFileSync = fs.readFileSync;
// @ts-ignore: a recording wrapper with the same signature.
fs.readFileSync = (path, ...rest) => {
  const p = String(path instanceof URL ? path.pathname : path);
  if (p.endsWith(".wasm")) reads.push(p.slice(p.lastIndexOf("/") + 1));
  return readFileSync(path, ...rest);
};
syncBuiltinESMExports();

test("the clients module is read on the first client call, once", async () => {
  const lendkit = await import("lendkit");
  assert.deepEqual(reads, ["lendkit_pricing_bg.wasm", "lendkit_bg.wasm"], "the pricing and core modules at import");
  const body = JSON.stringify({ id: "x", event: "loan_steps", step: "status_opened", triggered_at: "2020-06-18T00:00:00+00:00" });
  assert.equal(lendkit.verifyWebhook({ headers: { authorization: "Basic a2V5" }, body }, "Basic a2V5").step, "status_opened");
  const client = new lendkit.AssetLoansClient({ baseUrl: "http://127.0.0.1:9", token: "secret-token" });
  assert.throws(() => new lendkit.AssetLoansClient({ baseUrl: "ftp://x", token: "t" }), lendkit.LendkitValidationError);
  assert.deepEqual(reads, ["lendkit_pricing_bg.wasm", "lendkit_bg.wasm"], "webhooks and constructors need no clients module");
  await assert.rejects(client.getAssetLoan("loan_1", { timeoutMs: 2000 }), lendkit.LendkitNetworkError);
  await assert.rejects(client.getAssetLoan("loan_1", { timeoutMs: 2000 }), lendkit.LendkitNetworkError);
  assert.deepEqual(reads, ["lendkit_pricing_bg.wasm", "lendkit_bg.wasm", "lendkit_clients_bg.wasm"]);
  fs.readFileSync = readFileSync;
  syncBuiltinESMExports();
});
