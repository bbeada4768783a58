// The package as adopters use it: `npm pack` of the built package, unpacked into
// the throwaway consumer projects of tests/consumers/ (as npm installs a
// tarball: the package has no dependencies), then built with Vite, webpack 5,
// esbuild and Rollup and loaded in headless Chromium, run in Node (ESM and
// CommonJS), Deno, Bun and workerd (wrangler dev --local), rendered with React on
// the server, and type-checked under strict settings. Every environment runs;
// each prints one line; any failure fails the step, naming the environments.
//
//   node scripts/test-consumers.mjs [name...]   (pkg/ built; names: vite, deno, types-node16...)
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { createServer as createNetServer } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { report, root, run, step, StepError } from "./lib.mjs";
import { browserPaths, consumersDir, denoPath, ensureConsumerTools } from "./toolchain.mjs";

const dir = consumersDir;
const bin = (name) => join(dir, "node_modules", ".bin", name);
const bunPath = join(dir, "node_modules", "@oven", "bun-linux-x64", "bin", "bun");

/** The figures every consumer must show: lendkit's own, from the README's examples. */
const OFFER = "166.67 EUR/month"; // lowestInstalment over the README's pricing table, 5000 EUR
const QUOTE = "186.97"; // Nemuru's published example: 5000 EUR, 30 months, 9.1 %

/** Packs the built package and unpacks it as tests/consumers/node_modules/lendkit. */
async function installTarball() {
  const out = join(root, "test-results", "pack");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // LENDKIT_PACK_DIR: pack another checkout's built package instead (e.g. to compare with main's).
  await run("npm", ["pack", "--pack-destination", out, "--silent"], { cwd: process.env.LENDKIT_PACK_DIR || root, logName: "consumers-pack" });
  const tgz = readdirSync(out).find((f) => f.endsWith(".tgz"));
  if (!tgz) throw new StepError(`npm pack wrote no tarball into ${out}`);
  const target = join(dir, "node_modules", "lendkit");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await run("tar", ["-xzf", join(out, tgz), "-C", target, "--strip-components=1"], { logName: "consumers-unpack" });
  return `${tgz}, ${(statSync(join(out, tgz)).size / 1024).toFixed(0)} KB`;
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json" };

/** A static server of `base` on a free loopback port. */
function staticServer(base) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404).end("Not found\n");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

let browser;
async function chromium() {
  if (!browser) {
    const { chromium: c } = await import("playwright-core");
    browser = await c.launch({
      executablePath: browserPaths().chrome,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }
  return browser;
}

/** Loads `base` + `path` in Chromium and waits for both figures. */
async function checkPage(base, path = "/", { quote = true } = {}) {
  const { server, url } = await staticServer(base);
  const page = await (await chromium()).newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url().replace(url, "")}`));
  try {
    await page.goto(url + path);
    const figures = () =>
      page.evaluate(() => ({
        offer: document.querySelector("lendkit-offer")?.shadowRoot?.querySelector("[part=instalment]")?.textContent ?? "",
        quote: document.querySelector("#quote")?.textContent ?? "",
      }));
    const deadline = Date.now() + 15_000;
    let seen = await figures();
    while (!(seen.offer && (seen.quote || !quote)) && Date.now() < deadline && !problems.some((p) => p.startsWith("pageerror"))) {
      await page.waitForTimeout(100);
      seen = await figures();
    }
    if (seen.offer !== OFFER || (quote && seen.quote !== QUOTE)) {
      throw new Error(`shows offer "${seen.offer}" and quote "${seen.quote}" (expected "${OFFER}"${quote ? `, "${QUOTE}"` : ""})${problems.length ? `: ${problems.join("; ")}` : ""}`);
    }
    return quote ? `"${seen.offer}", "${seen.quote}" in Chromium` : `"${seen.offer}" in Chromium`;
  } finally {
    await page.close();
    server.close();
  }
}

/** Runs a command in tests/consumers; rejects with its output's last lines. */
async function sh(name, cmd, args, { cwd = dir, env = {} } = {}) {
  const r = await run(cmd, args, { cwd, env, logName: `consumer-${name}`, allowFail: true });
  if (r.code !== 0) throw new Error(`${[cmd.replace(dir + sep, ""), ...args].join(" ")} exited with ${r.code}: ${tail(r.text)}`);
  return r.text;
}
const tail = (text, n = 6) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-n)
    .join(" | ")
    .slice(0, 900);

/** The instalment line a runtime printed, checked. */
function expectQuote(text) {
  if (!text.includes(`instalment ${QUOTE}`)) throw new Error(`printed no "instalment ${QUOTE}": ${tail(text)}`);
  return `instalment ${QUOTE}`;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** `wrangler dev --local` (workerd, offline) on a free port; fetches "/" once it answers. */
async function checkWorker() {
  const port = await freePort();
  const cwd = join(dir, "worker");
  rmSync(join(cwd, ".wrangler"), { recursive: true, force: true });
  const child = spawn(bin("wrangler"), ["dev", "--local", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(await freePort()), "--log-level", "warn"], {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, CI: "1", NO_COLOR: "1", FORCE_COLOR: "0", WRANGLER_SEND_METRICS: "false", NO_UPDATE_NOTIFIER: "1", WRANGLER_LOG_PATH: join(root, "test-results", "logs") },
  });
  let out = "";
  // eslint-disable-next-line no-control-regex
  const take = (d) => (out += String(d).replace(/\x1b\[[0-9;]*m/g, ""));
  child.stdout.on("data", take);
  child.stderr.on("data", take);
  let exited = false;
  child.on("exit", () => (exited = true));
  try {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !exited) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5000) });
        const body = await res.text();
        if (res.status === 200 && body === QUOTE) return `"${body}" from workerd`;
        throw new Error(`HTTP ${res.status}: ${body.slice(0, 300)} | ${tail(out)}`);
      } catch (e) {
        if (e instanceof Error && e.message.startsWith("HTTP")) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const errors = out.split("\n").filter((l) => /ERROR|Uncaught|\bat .* in /.test(l));
    throw new Error(`${exited ? "wrangler dev exited" : "no answer within 60 s"}: ${errors.length ? errors.slice(0, 4).join(" | ") : tail(out, 10)}`);
  } finally {
    if (!exited) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
    }
  }
}

/** The ESM-only stance, or a `require` condition: what `require("lendkit")` relies on. */
function requireStance() {
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules", "lendkit", "package.json"), "utf8"));
  const conditions = JSON.stringify(manifest.exports?.["."] ?? {});
  if (/"require"/.test(conditions)) return "a `require` condition";
  // Node runs require(esm) unflagged from 20.19 and 22.12: an ESM-only package
  // that CommonJS may require must keep older Node out through `engines`.
  const semver = createRequire(join(dir, "package.json"))("semver");
  const engines = manifest.engines?.node ?? "*";
  const without = ["20.18.0", "21.7.0", "22.11.0"].filter((v) => semver.satisfies(v, engines));
  if (without.length === 0) return `ESM-only, engines.node "${engines}" (require(esm))`;
  throw new Error(`no "require" condition, and engines.node "${engines}" admits Node ${without.join(", ")}, whose require() cannot load ESM`);
}

const ENVIRONMENTS = [
  ["vite", "Vite build in Chromium", async () => {
    await sh("vite", bin("vite"), ["build", "--logLevel", "warn"], { cwd: join(dir, "vite") });
    return checkPage(join(dir, "vite", "dist"));
  }],
  ["webpack", "webpack 5 build in Chromium", async () => {
    await sh("webpack", bin("webpack"), ["--config", "webpack.config.js"], { cwd: join(dir, "webpack") });
    return checkPage(join(dir, "webpack"));
  }],
  ["esbuild", "esbuild bundle in Chromium", async () => {
    rmSync(join(dir, "esbuild", "dist"), { recursive: true, force: true });
    await sh("esbuild", process.execPath, ["build.mjs"], { cwd: join(dir, "esbuild") });
    return checkPage(join(dir, "esbuild"));
  }],
  ["rollup", "Rollup bundle in Chromium", async () => {
    rmSync(join(dir, "rollup", "dist"), { recursive: true, force: true });
    await sh("rollup", bin("rollup"), ["-c", "--silent"], { cwd: join(dir, "rollup") });
    return checkPage(join(dir, "rollup"));
  }],
  ["script-tag", "plain <script type=module> in Chromium", () => checkPage(dir, "/script-tag/")],
  ["node-esm", "Node ESM import", async () => expectQuote(await sh("node-esm", process.execPath, ["node/esm.mjs"]))],
  ["node-cjs", "Node CommonJS require", async () => {
    const stance = requireStance();
    return `${expectQuote(await sh("node-cjs", process.execPath, ["node/cjs.cjs"]))}; ${stance}`;
  }],
  ["deno", "Deno (--allow-read)", async () => expectQuote(await sh("deno", denoPath, ["run", "--allow-read", "--no-lock", "node/esm.mjs"], { env: { DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" } }))],
  ["bun", "Bun", async () => expectQuote(await sh("bun", bunPath, ["node/esm.mjs"]))],
  ["workerd", "Cloudflare Worker (wrangler dev, workerd)", checkWorker],
  ["react-ssr", "React SSR with lendkit/components in Node", async () => {
    await sh("react-ssr-build", bin("esbuild"), ["react/ssr.tsx", "--bundle", "--platform=node", "--format=esm", "--packages=external", "--jsx=automatic", "--outfile=react/dist/server/ssr.mjs", "--log-level=warning"]);
    const html = await sh("react-ssr", process.execPath, ["react/dist/server/ssr.mjs"]);
    if (!/<lendkit-offer amount="5000.00" action-label="See financing options"><\/lendkit-offer>/.test(html) || !html.includes(`From ${OFFER}`)) {
      throw new Error(`rendered HTML lacks the element or the figure: ${tail(html)}`);
    }
    return `<lendkit-offer> and "From ${OFFER}" rendered`;
  }],
  ["react-client", "React 19 client render (Vite) in Chromium", async () => {
    await sh("react-client", bin("vite"), ["build", "--logLevel", "warn", "--outDir", "dist/client"], { cwd: join(dir, "react") });
    return checkPage(join(dir, "react", "dist", "client"), "/", { quote: false });
  }],
  ...["bundler", "node16", "nodenext"].map((resolution) => [
    `types-${resolution}`,
    `tsc strict, moduleResolution ${resolution}`,
    async () => {
      const r = await run(bin("tsc"), ["-p", join("types", `tsconfig.${resolution}.json`)], { cwd: dir, logName: `consumer-types-${resolution}`, allowFail: true });
      const errors = r.text.split("\n").filter((l) => /error TS\d+/.test(l));
      if (r.code !== 0) throw new Error(`${errors.length} type errors: ${errors.slice(0, 4).join(" | ").slice(0, 900)}`);
      return "types/check.ts, types/react-check.tsx, react/*.tsx: as expected";
    },
  ]),
];

/** Runs the environments named in `only` (all without), one line each; fails naming the failures. */
export async function testConsumers(only = []) {
  await ensureConsumerTools();
  await step("pack lendkit into tests/consumers", installTarball);
  const failed = [];
  const chosen = ENVIRONMENTS.filter(([key]) => only.length === 0 || only.some((o) => key.startsWith(o)));
  const t0 = Date.now();
  try {
    for (const [key, label, fn] of chosen) {
      const t = Date.now();
      try {
        report("ok", `  consumer: ${label}`, await fn(), Date.now() - t);
      } catch (e) {
        failed.push(key);
        report("FAIL", `  consumer: ${label}`, e instanceof Error ? e.message : String(e), Date.now() - t);
      }
    }
  } finally {
    await browser?.close();
    browser = undefined;
  }
  await step("consumer environments", async () => {
    if (failed.length) throw new StepError(`${failed.length} of ${chosen.length} failed: ${failed.join(", ")} (logs: test-results/logs/consumer-*.log)`);
    return `${chosen.length} passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (!existsSync(join(process.env.LENDKIT_PACK_DIR || root, "pkg", ".build-stamp"))) throw new Error("pkg/ is not built: run `npm run build` first");
  await testConsumers(process.argv.slice(2));
}
