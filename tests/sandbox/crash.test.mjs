// Every create the sandbox answered 2xx survives kill -9: a child-process
// sandbox on a SQLite data file takes a burst of concurrent create-loan
// requests, is killed with SIGKILL at a random moment, and is restarted on the
// same file; every loan whose create was answered 201 must be there. Several
// rounds on one file; not one acknowledged create may be lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { randomInt } from "node:crypto";
import { loanBody } from "./helpers.mjs";

const bin = fileURLToPath(new URL("../../bin/lendkit.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "lendkit-crash-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `lendkit sandbox --data FILE` in a child process; resolves with its URL. */
function launch(dataFile) {
  const child = spawn(process.execPath, [bin, "sandbox", "--port", "0", "--data", dataFile, "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
  const url = new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
    const onData = (c) => {
      out += c;
      const m = /lendkit sandbox: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (c) => (out += c));
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code ?? signal}: ${out}`));
    });
  });
  return { child, url };
}

async function login(url) {
  const r = await fetch(`${url}/v2/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "username@email.com", password: "12345" }),
  });
  assert.equal(r.status, 200);
  return { authorization: `Bearer ${(await r.json()).access_token}` };
}

const uuid = (round, n) => `00000000-0000-4000-8${round.toString(16).padStart(3, "0")}-${n.toString(16).padStart(12, "0")}`;

test("kill -9 during a burst of creates loses no acknowledged create (5 rounds)", { timeout: 180_000 }, async () => {
  const dataFile = join(dir, "sandbox.db");
  /** Every id answered 201, over all rounds. */
  const acknowledged = [];
  const rounds = 5;
  for (let round = 1; round <= rounds; round++) {
    const { child, url: urlPromise } = launch(dataFile);
    const url = await urlPromise;
    const auth = await login(url);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // 8 workers keep creating until the process dies; the kill comes at a random moment.
    let n = 0;
    let dead = false;
    const worker = async () => {
      while (!dead) {
        const id = uuid(round, n++);
        try {
          const r = await fetch(`${url}/v2/loans`, {
            method: "POST",
            headers: { ...auth, "content-type": "application/json" },
            body: JSON.stringify(loanBody(id, { principal: 1000 + (n % 4000) })),
          });
          await r.arrayBuffer();
          if (r.status === 201) acknowledged.push(id);
          else assert.fail(`create answered ${r.status}`);
        } catch (e) {
          if (!dead) throw e;
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    // The kill comes at a random moment: once a random number of creates were answered, plus a random delay.
    const target = acknowledged.length + 40 + randomInt(120);
    while (acknowledged.length < target) await new Promise((r) => setTimeout(r, 2));
    await new Promise((r) => setTimeout(r, randomInt(25)));
    dead = true;
    child.kill("SIGKILL");
    await exited;
    await Promise.allSettled(workers);

    // Restart on the same file: every acknowledged create of every round is there.
    const { child: again, url: againUrl } = launch(dataFile);
    const url2 = await againUrl;
    const auth2 = await login(url2);
    const missing = [];
    for (let i = 0; i < acknowledged.length; i += 64) {
      const batch = acknowledged.slice(i, i + 64);
      const statuses = await Promise.all(
        batch.map(async (id) => {
          const r = await fetch(`${url2}/v2/loans/${id}`, { headers: auth2 });
          await r.arrayBuffer();
          return r.status;
        }),
      );
      statuses.forEach((s, k) => {
        if (s !== 200) missing.push(batch[k]);
      });
    }
    const stopped = new Promise((resolve) => again.once("exit", resolve));
    again.kill("SIGTERM");
    await stopped;
    assert.deepEqual(missing, [], `round ${round}: ${missing.length} of ${acknowledged.length} acknowledged creates lost`);
  }
  assert.ok(acknowledged.length >= rounds * 40, `only ${acknowledged.length} creates were acknowledged`);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith(".tmp")),
    [],
    "no temporary file is left beside the data file",
  );
});
