// @ts-check
// lendkit's sandbox server: the asset-loans, Tuum and Nemuru APIs emulated as
// their documentation describes them, on Node built-ins only, with every
// validation and every price from lendkit's own wasm build (./engine.js).
//
//   const sandbox = await startSandbox({ port: 0, deterministic: true });
//   await fetch(`${sandbox.url}/v2/login`, ...);
//   await sandbox.close();
import { loadSecci } from "./secci-page.js";
import { createServer } from "node:http";
import { createClock, createIds, DETERMINISTIC_EPOCH, isoSeconds } from "./clock.js";
import { createHandler, own } from "./http.js";
import { Store } from "./store.js";
import { defaultSeed } from "./seed.js";
import * as engine from "./engine.js";
import { assetRoutes, assetTick, issueOffer } from "./asset-loans.js";
import { buildOffer, tuumRoutes, tuumTick } from "./tuum.js";
import { nemuruRoutes, nemuruTick } from "./nemuru.js";
import { controlRoutes } from "./control.js";
import { createFaults } from "./faults.js";
import { createWebhookDelivery } from "./webhooks.js";
import { openApiDocument } from "./openapi.js";
import { requestValidators, template } from "./schema.js";

/**
 * @typedef {object} SandboxOptions
 * @property {number} [port] default 8081; 0 picks a free port
 * @property {string} [host] default 127.0.0.1
 * @property {string} [dataFile] keep the state in this SQLite database across restarts (WAL; every change committed
 *   before its answer); a JSON data file of the previous format is imported once
 * @property {boolean} [control] serve the control endpoints /_sandbox/* (default false: 404)
 * @property {string[]} [corsOrigins] browser origins allowed to read answers, e.g. ["http://127.0.0.1:8080"] (default none)
 * @property {RegExp} [corsOriginPattern] origins matching this are allowed too (the test suite's loopback runners)
 * @property {string} [publicUrl] the sandbox's URL in the links it hands out (signingUrl); default its listen address
 * @property {(info: { kinds: string[] }) => void} [beforeCommit] test hook: runs inside each unit of work's transaction,
 *   before the commit (a throw there must leave the state as it was)
 * @property {Partial<import("./seed.js").Seed>} [seed] replaces parts of the default seed
 * @property {Partial<import("./context.js").Credentials>} [credentials]
 * @property {import("./clock.js").Clock | string} [clock] a clock, or the instant a frozen clock starts at
 * @property {boolean | { seed?: string }} [deterministic] frozen clock (at 2026-04-15T10:23:44Z unless `clock` says) and seeded ids
 * @property {boolean | ((line: string) => void)} [log] the request log: true prints to stdout
 * @property {import("./webhooks.js").WebhookOptions} [webhooks] retry and timeout of webhook deliveries
 * @property {Partial<import("./context.js").Timing>} [timing]
 * @property {number} [bodyLimit] request body limit in bytes (default 1 MiB = 1,048,576; Nemuru uploads 20 MB = 20,000,000): past it, 413
 */

/**
 * @typedef {object} Sandbox
 * @property {string} url e.g. http://127.0.0.1:8081
 * @property {number} port
 * @property {import("node:http").Server} server
 * @property {import("./clock.js").Clock} clock
 * @property {import("./store.js").State} state one Map-backed table per kind of record
 * @property {import("./store.js").Store} store
 * @property {string[]} missingExports lendkit exports this build lacks
 * @property {(ms: number) => void} advance moves the clock and runs the time-driven steps
 * @property {() => Promise<void>} idle resolves when every webhook delivery has finished
 * @property {() => Promise<void>} flush kept for callers: every change is already committed
 * @property {() => Promise<void>} close
 */

const MAX_LOG = 1000;
const MAX_DELIVERIES = 1000;

/**
 * Starts the sandbox.
 * @param {SandboxOptions} [options]
 * @returns {Promise<Sandbox>}
 */
export async function startSandbox(options = {}) {
  // The signing page shows the SECCI of the loan being signed (./secci-page.js): lendkit is imported before serving.
  await loadSecci();
  const host = options.host ?? "127.0.0.1";
  const deterministic = Boolean(options.deterministic);
  const idSeed = deterministic
    ? (typeof options.deterministic === "object" && options.deterministic.seed) || "lendkit-sandbox"
    : undefined;
  const clock =
    typeof options.clock === "object"
      ? options.clock
      : createClock({
          fixed: typeof options.clock === "string" ? options.clock : deterministic ? DETERMINISTIC_EPOCH : undefined,
        });
  const ids = createIds({ seed: idSeed });
  const store = new Store({
    ...(options.dataFile ? { file: options.dataFile } : {}),
    clock,
    ids,
    ...(options.beforeCommit ? { beforeCommit: options.beforeCommit } : {}),
  });
  if (store.meta) {
    clock.setOffset?.(store.meta.clockOffset);
    ids.setCounter(store.meta.idCounter);
  }
  const snapshot = store.restored;
  const state = store.state;
  const seed = { ...defaultSeed(), ...(options.seed ?? {}) };
  const credentials = {
    assetLoansTokens: ["sandbox"],
    tuumTokens: ["sandbox"],
    nemuruAccessTtlSeconds: 2_678_400,
    nemuruRefreshTtlSeconds: 2 * 2_678_400,
    ...(options.credentials ?? {}),
  };
  const timing = { signingHours: 72, registrationSeconds: 60, nemuruExpiryDays: 30, nemuruTrialDays: 14, ...(options.timing ?? {}) };

  /** @type {(line: string) => void} */
  const print =
    typeof options.log === "function" ? options.log : options.log ? (line) => process.stdout.write(`${line}\n`) : () => {};

  const delivery = createWebhookDelivery({
    options: options.webhooks ?? {},
    nowIso: () => isoSeconds(clock.now()),
    newId: () => ids.uuid(),
    record: (d) =>
      store.run(() => {
        state.deliveries.set(d.id, d);
        while (state.deliveries.size > MAX_DELIVERIES) state.deliveries.delete(/** @type {string} */ (state.deliveries.firstId()));
      }),
    changed: (d) => {
      try {
        store.run(() => state.deliveries.changed(d.id));
      } catch (e) {
        print(`sandbox: could not save delivery ${d.id}: ${String(/** @type {Error} */ (e).message ?? e)}`);
      }
    },
    log: print,
  });

  /** @type {import("./context.js").Ctx} */
  const ctx = {
    state,
    seed,
    clock,
    ids,
    credentials,
    timing,
    changed: () => {},
    putFile: (id, loanId, data) => store.putFile(id, loanId, data),
    publicUrl: () => publicUrl(),
    emitLoanStep(agentId, loanId, step) {
      const hooks = state.nemuru.webhooks.values().filter((w) => w.agentId === agentId && w.state === 1 && w.event === "loan_steps");
      if (hooks.length === 0) return;
      const payload = { id: loanId, event: "loan_steps", step, triggered_at: isoSeconds(clock.now()).replace("Z", "+00:00") };
      // Sent once the change that caused it is committed (never for a request that failed).
      store.afterCommit(() => delivery.emit(hooks, payload));
    },
  };

  const missingExports = engine.missing();
  if (!snapshot) store.run(() => {
    for (const o of seed.assetOffers) {
      if (!engine.has("assetOffer")) break;
      try {
        issueOffer(ctx, o.country, o.identityNumber, o.offerId);
      } catch (e) {
        print(`sandbox: seed offer ${o.offerId} not issued: ${String(/** @type {Error} */ (e).message)}`);
      }
    }
    for (const o of seed.tuumOffers) {
      const product = own(seed.tuumProducts, o.loanTypeCode);
      if (product) state.tuum.offers.set(o.offerId, buildOffer(ctx, o, product, "system"));
    }
  });

  let lastTick = -Infinity;
  let lastOffset = clock.offset();
  const tick = () => {
    lastTick = Date.now();
    lastOffset = clock.offset();
    assetTick(ctx);
    tuumTick(ctx);
    nemuruTick(ctx);
  };
  /** @type {import("./http.js").LogEntry[]} */
  const requestLog = [];

  let port = options.port ?? 8081;
  const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  const baseUrl = () => `http://${shownHost}:${port}`;
  const publicUrl = () => (options.publicUrl ? options.publicUrl.replace(/\/+$/, "") : baseUrl());
  const corsOrigins = new Set((options.corsOrigins ?? []).map((o) => o.replace(/\/+$/, "").toLowerCase()));
  const corsPattern = options.corsOriginPattern;
  /** @param {string} origin */
  const corsAllowed = (origin) => corsOrigins.has(origin.toLowerCase()) || (corsPattern !== undefined && corsPattern.test(origin));

  const routes = [...nemuruRoutes(ctx), ...tuumRoutes(ctx), ...assetRoutes(ctx)];
  const faults = createFaults();
  const control = controlRoutes(ctx, {
    tick,
    faults,
    requests: () => requestLog,
    info: () => ({
      name: "lendkit sandbox",
      now: isoSeconds(clock.now()),
      deterministic,
      dataFile: options.dataFile ?? null,
      publicUrl: publicUrl(),
      missingExports,
    }),
  });
  // The signing page is what a customer opens from a signingUrl: always served.
  // Everything under /_sandbox only with `control`.
  const signing = control.filter((r) => !r.pattern.startsWith("/_sandbox"));
  const controlOnly = control.filter((r) => r.pattern.startsWith("/_sandbox"));
  const all = [
    ...routes,
    ...signing,
    ...(options.control ? controlOnly : []),
    {
      method: "GET",
      pattern: "/openapi.json",
      api: /** @type {const} */ ("sandbox"),
      handler: () => ({ status: 200, body: openApiDocument(publicUrl(), { control: Boolean(options.control) }) }),
    },
  ];

  // The server validates each request with the document it serves (./schema.js).
  const validators = requestValidators(openApiDocument(publicUrl(), { control: true }));
  const handler = createHandler({
    validate: (route, req) => validators.get(`${route.method} ${template(route.pattern)}`)?.(req),
    routes: all,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    nemuru400: (issues) => engine.nemuruBadRequest(issues),
    baseUrl,
    fault: (method, path, route) => (route.api === "sandbox" ? undefined : faults.take(method, path)),
    now: () => new Date().toISOString(),
    before() {
      if (clock.offset() !== lastOffset || Date.now() - lastTick >= 1000) tick();
    },
    cors: corsAllowed,
    transaction: (fn) => store.run(fn),
    onLog(entry, error) {
      requestLog.push(entry);
      if (requestLog.length > MAX_LOG) requestLog.splice(0, requestLog.length - MAX_LOG);
      print(`${entry.at} ${entry.requestId} ${entry.method} ${entry.path} ${entry.status} ${entry.ms}ms`);
      if (error) {
        const text = String(/** @type {Error} */ (error)?.stack ?? error);
        if (options.log) print(text);
        else if (/** @type {Error} */ (error)?.name !== "EngineMissingError") process.stderr.write(`lendkit sandbox: ${text}\n`);
      }
    },
  });

  const server = createServer({ keepAliveTimeout: 5000 }, (req, res) => {
    handler(req, res).catch((e) => {
      process.stderr.write(`lendkit sandbox: ${String(e?.stack ?? e)}\n`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  if (address && typeof address === "object") port = address.port;
  if (missingExports.length) print(`sandbox: this lendkit build lacks ${missingExports.join(", ")} (see /_sandbox)`);
  store.run(tick);

  let closing;
  return {
    url: baseUrl(),
    port,
    server,
    clock,
    state,
    store,
    missingExports,
    advance(ms) {
      store.run(() => {
        clock.advance(ms);
        tick();
      });
    },
    idle: () => delivery.idle(),
    flush: async () => {},
    close() {
      closing ??= (async () => {
        delivery.close();
        await new Promise((resolve) => {
          server.close(() => resolve(undefined));
          server.closeAllConnections();
        });
        await delivery.idle();
        store.close();
      })();
      return closing;
    },
  };
}
