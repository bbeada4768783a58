// @ts-check
// Webhook delivery: each Nemuru `loan_steps` event is POSTed to every enabled
// callback webhook of the loan's agent, with the webhook's own
// `authorization_header` and `content_type`. A delivery that fails (network
// error, timeout or a non-2xx answer) is retried with exponential backoff, a
// bounded number of times. Events to one webhook go out in order: a webhook has
// one queue. Every attempt is recorded (GET /_sandbox/deliveries).

/**
 * @typedef {object} WebhookOptions
 * @property {number} [maxAttempts] attempts per event, first included (default 5)
 * @property {number} [baseDelayMs] first retry delay; doubles each time (default 500)
 * @property {number} [maxDelayMs] cap of the delay (default 30000)
 * @property {number} [timeoutMs] per attempt (default 5000)
 */

/**
 * @typedef {object} Delivery
 * @property {string} id
 * @property {string} webhookId
 * @property {string} target
 * @property {Record<string, unknown>} payload
 * @property {"pending" | "delivered" | "failed" | "emailed"} status
 * @property {{ at: string, status?: number, error?: string }[]} attempts
 */

/**
 * @param {object} deps
 * @param {WebhookOptions} deps.options
 * @param {() => string} deps.nowIso
 * @param {() => string} deps.newId
 * @param {(d: Delivery) => void} deps.record stores a new delivery
 * @param {(d: Delivery) => void} deps.changed a delivery changed
 * @param {(line: string) => void} deps.log
 */
export function createWebhookDelivery({ options, nowIso, newId, record, changed, log }) {
  const maxAttempts = Math.max(1, Math.min(options.maxAttempts ?? 5, 20));
  const baseDelay = Math.max(0, options.baseDelayMs ?? 500);
  const maxDelay = Math.max(baseDelay, options.maxDelayMs ?? 30_000);
  const timeoutMs = options.timeoutMs ?? 5000;
  /** @type {Map<string, Promise<void>>} */
  const queues = new Map();
  /** @type {Map<ReturnType<typeof setTimeout>, () => void>} */
  const timers = new Map();
  /** @type {Set<AbortController>} */
  const inFlight = new Set();
  let closed = false;

  /** @param {number} ms */
  const sleep = (ms) =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve(undefined);
      }, ms);
      timers.set(t, () => resolve(undefined));
    });

  /** @param {Record<string, any>} webhook @param {Delivery} d */
  async function deliver(webhook, d) {
    for (let attempt = 1; attempt <= maxAttempts && !closed; attempt++) {
      const controller = new AbortController();
      inFlight.add(controller);
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      /** @type {{ at: string, status?: number, error?: string }} */
      const entry = { at: nowIso() };
      try {
        /** @type {Record<string, string>} */
        const headers = { "content-type": webhook.content_type || "application/json", "user-agent": "lendkit-sandbox" };
        if (webhook.authorization_header) headers.authorization = webhook.authorization_header;
        const res = await fetch(webhook.target, {
          method: "POST",
          headers,
          body: JSON.stringify(d.payload),
          signal: controller.signal,
        });
        entry.status = res.status;
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) {
          d.attempts.push(entry);
          d.status = "delivered";
          changed(d);
          return;
        }
      } catch (e) {
        entry.error = closed ? "sandbox closed" : String(/** @type {Error} */ (e).message ?? e);
      } finally {
        clearTimeout(timer);
        inFlight.delete(controller);
      }
      d.attempts.push(entry);
      changed(d);
      if (attempt < maxAttempts && !closed) await sleep(Math.min(maxDelay, baseDelay * 2 ** (attempt - 1)));
    }
    d.status = "failed";
    changed(d);
    log(`webhook ${d.webhookId}: gave up on ${String(d.payload.step ?? "")} to ${d.target} after ${d.attempts.length} attempts`);
  }

  return {
    /**
     * Sends an event to the given webhooks.
     * @param {Record<string, any>[]} webhooks @param {Record<string, unknown>} payload
     */
    emit(webhooks, payload) {
      if (closed) return;
      for (const w of webhooks) {
        /** @type {Delivery} */
        const d = { id: newId(), webhookId: w.id, target: w.target, payload, status: w.client === "email" ? "emailed" : "pending", attempts: [] };
        record(d);
        if (w.client === "email") continue;
        const previous = queues.get(w.id) ?? Promise.resolve();
        const next = previous.then(() => deliver(w, d)).catch(() => {});
        queues.set(w.id, next);
        next.then(() => {
          if (queues.get(w.id) === next) queues.delete(w.id);
        });
      }
    },
    /** Resolves once every queued delivery has succeeded or given up. */
    async idle() {
      while (queues.size > 0) await Promise.all([...queues.values()]);
    },
    /** Stops retrying and aborts requests in flight. */
    close() {
      closed = true;
      for (const [t, wake] of timers) {
        clearTimeout(t);
        wake();
      }
      timers.clear();
      for (const c of inFlight) c.abort();
    },
  };
}
