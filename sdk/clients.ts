// The typed clients of the three lending APIs, as a merchant uses them: each
// wraps the wasm class of the same name (src/wasm/clients.rs), turns its errors
// into the SDK's error classes (./errors.ts), and adds what belongs in
// JavaScript: a UUID for Nemuru's createLoan, files from File/Blob/Uint8Array,
// and webhook verification for Node servers.
import type {
  AssetLoansClient as WasmAssetLoansClient,
  NemuruClient as WasmNemuruClient,
  TuumClient as WasmTuumClient,
  AssetLoanRequest,
  AssetLoanResponse,
  AssetLoansConfig,
  AssetOfferRequest,
  AssetOfferResponse,
  CallOptions,
  NemuruAgentProfileResponse,
  NemuruConfig,
  NemuruCreateLoanRequest,
  NemuruCreatedLoan,
  NemuruFileList,
  NemuruLoanConditionsQuery,
  NemuruLoanConditionsResponse,
  NemuruLoanOp,
  NemuruLoanResponse,
  NemuruLoginResult,
  NemuruWebhook,
  NemuruWebhookList,
  NemuruWebhookRequest,
  TuumAcceptOfferRequest,
  TuumConfig,
  TuumCreateOfferRequest,
  TuumOfferResponse,
  WaitOptions,
} from "./wasm/lendkit_clients.js";
import { parseWebhookEvent, verifyWebhookAuthorization, type NemuruLoanStepEvent } from "./wasm/lendkit.js";
import { clientsModule, type ClientsModule } from "./clients-loader.js";
import { LendkitAuthError, LendkitNetworkError, LendkitValidationError, toLendkitClientError } from "./errors.js";

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toLendkitClientError(e);
  }
}


function now<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw toLendkitClientError(e);
  }
}

/** The clients' wasm module; a failed download is a `LendkitNetworkError` (`module_load_failed`). */
async function load(provider: string): Promise<ClientsModule> {
  try {
    return await clientsModule();
  } catch (e) {
    throw new LendkitNetworkError(`${provider}: could not load lendkit's clients module: ${e instanceof Error ? e.message : String(e)}`, {
      code: "module_load_failed",
      provider,
      cause: e,
    });
  }
}

/** An http(s) base URL without query or fragment (the rule of the Rust `Endpoint::new`). */
function baseUrlOk(url: unknown): boolean {
  if (typeof url !== "string") return false;
  const t = url.trim().replace(/\/+$/, "");
  return (t.startsWith("https://") || t.startsWith("http://")) && t.length > "https://".length && !/[?# ]/.test(t);
}

/**
 * The synchronous part of a client's construction, before its wasm module is
 * loaded: the same `baseUrl` and required-credential checks, with the same
 * field errors, as the wasm constructor, which runs on the first call and stays
 * the authority (a config of the wrong shape otherwise fails that first call).
 */
function checkConfig(provider: string, config: object, credentials: string[]): void {
  const c = config as Record<string, unknown>;
  const details = [];
  if (!baseUrlOk(c["baseUrl"])) {
    details.push({ path: "baseUrl", code: "invalid_url", message: "must be an http(s) URL without query or fragment" });
  }
  for (const key of credentials) {
    const v = c[key];
    if (typeof v !== "string" || v.trim() === "") details.push({ path: key, code: "required", message: "is required" });
  }
  if (details.length > 0) {
    const summary = details.map((d) => `${d.path} (${d.code}): ${d.message}`).join("; ");
    throw new LendkitValidationError(`invalid request: ${summary}`, { code: "invalid_input", provider, details });
  }
}

/**
 * A wasm client created on first use: the clients' module is loaded then, and
 * the wasm object (which holds the tokens in memory) lives as long as the SDK
 * object. A failed module download is retried on the next call.
 */
class Lazy<W> {
  #made: Promise<W> | undefined;
  readonly #provider: string;
  readonly #make: (m: ClientsModule) => W;

  constructor(provider: string, make: (m: ClientsModule) => W) {
    this.#provider = provider;
    this.#make = make;
  }

  get(): Promise<W> {
    if (this.#made === undefined) {
      const made = load(this.#provider).then(
        (m) => this.#make(m),
        (e: unknown) => {
          this.#made = undefined;
          throw e;
        },
      );
      this.#made = made;
    }
    return this.#made;
  }

  /** Runs `f` on the wasm client, with errors as the SDK's classes. */
  run<T>(f: (w: W) => Promise<T>): Promise<T> {
    return call(async () => f(await this.get()));
  }
}

/** Nemuru's createLoan request; `id` defaults to `crypto.randomUUID()`, `agent_id` to the logged-in agent's. */
export type NemuruCreateLoanInput = Omit<NemuruCreateLoanRequest, "id"> & { id?: string };

/** A file to upload: `data` as a `File`, a `Blob`, bytes, or a base64 string. */
export interface UploadFile {
  /** The file name, such as `dni-front-borrower.jpeg`. */
  name: string;
  /** Nemuru's document type, such as `document_id_front`. */
  type: string;
  /** The content. */
  data: Blob | Uint8Array | string;
}

/** The largest upload request Nemuru accepts: 20 MB of JSON. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * Nemuru's point-of-sale financing API. The first call logs in with the
 * credentials; the token stays inside the client (never in a URL, a log line
 * or an error message) and is refreshed once on a 401.
 */
export class NemuruClient {
  readonly #inner: Lazy<WasmNemuruClient>;

  /**
   * Nothing is loaded or sent until the first call, which fetches lendkit's
   * clients module (once per page) and logs in.
   * @throws LendkitValidationError for a bad `baseUrl` or missing credentials.
   */
  constructor(config: NemuruConfig) {
    checkConfig("nemuru", config, ["username", "password"]);
    const copy = { ...config };
    this.#inner = new Lazy("nemuru", (m) => new m.NemuruClient(copy));
  }

  /** Logs in now (otherwise the first call does); resolves to the token's type and lifetime, never the token. */
  login(options?: CallOptions): Promise<NemuruLoginResult> {
    return this.#inner.run((c) => c.login(options));
  }
  /** The agent behind the credentials (its `id`, `allowed_asset_types`). */
  getAgentProfile(options?: CallOptions): Promise<NemuruAgentProfileResponse> {
    return this.#inner.run((c) => c.getAgentProfile(options));
  }
  /** The conditions of every program for an amount and term (`agent_id` defaults to the logged-in agent's). */
  getLoanConditions(query: NemuruLoanConditionsQuery, options?: CallOptions): Promise<NemuruLoanConditionsResponse> {
    return this.#inner.run((c) => c.getLoanConditions(query, options));
  }
  /** Creates a loan, validated first; retried safely on 5xx because its `id` makes it idempotent. */
  createLoan(request: NemuruCreateLoanInput, options?: CallOptions): Promise<NemuruCreatedLoan> {
    const full: NemuruCreateLoanRequest = { ...request, id: request.id ?? crypto.randomUUID() };
    return this.#inner.run((c) => c.createLoan(full, options));
  }
  /** Performs a loan operation. */
  loanAction(id: string, op: NemuruLoanOp, options?: CallOptions): Promise<void> {
    return this.#inner.run((c) => c.loanAction(id, op, options));
  }
  /** `loanAction(id, "cancelLoan")`. */
  cancelLoan(id: string, options?: CallOptions): Promise<void> {
    return this.#inner.run((c) => c.cancelLoan(id, options));
  }
  /** `loanAction(id, "approveLoan")`. */
  approveLoan(id: string, options?: CallOptions): Promise<void> {
    return this.#inner.run((c) => c.approveLoan(id, options));
  }
  /** `loanAction(id, "sendContract")`. */
  sendContract(id: string, options?: CallOptions): Promise<void> {
    return this.#inner.run((c) => c.sendContract(id, options));
  }
  /** `loanAction(id, "signContract")`. */
  signContract(id: string, options?: CallOptions): Promise<void> {
    return this.#inner.run((c) => c.signContract(id, options));
  }
  /** `loanAction(id, "confirmLoan")`. */
  confirmLoan(id: string, options?: CallOptions): Promise<void> {
    return this.#inner.run((c) => c.confirmLoan(id, options));
  }
  /** `loanAction(id, "payLoan")`. */
  payLoan(id: string, options?: CallOptions): Promise<void> {
    return this.#inner.run((c) => c.payLoan(id, options));
  }
  /** A loan by id. */
  getLoan(id: string, options?: CallOptions): Promise<NemuruLoanResponse> {
    return this.#inner.run((c) => c.getLoan(id, options));
  }
  /** Polls a loan until its step is one of `until` or final (`status_denied`, `status_cancelled`...). */
  waitForLoan(id: string, options?: WaitOptions): Promise<NemuruLoanResponse> {
    return this.#inner.run((c) => c.waitForLoan(id, options));
  }
  /** Subscribes to `loan_steps` events; resolves to the subscription. */
  createWebhook(request: NemuruWebhookRequest, options?: CallOptions): Promise<NemuruWebhook> {
    return this.#inner.run((c) => c.createWebhook(request, options));
  }
  /** The subscriptions of these credentials. */
  listWebhooks(options?: CallOptions): Promise<NemuruWebhookList> {
    return this.#inner.run((c) => c.listWebhooks(options));
  }
  /** Updates a subscription. */
  updateWebhook(id: string, request: NemuruWebhookRequest, options?: CallOptions): Promise<void> {
    return this.#inner.run((c) => c.updateWebhook(id, request, options));
  }
  /**
   * Uploads files for a loan, base64-encoded. A request over 20 MB is refused
   * with a `LendkitValidationError` (`request_too_large`) before anything is read or sent.
   */
  async uploadFiles(loanId: string, files: UploadFile[], options?: CallOptions): Promise<void> {
    let estimate = 16;
    for (const f of files) {
      const raw = typeof f.data === "string" ? f.data.length : Math.ceil(("size" in f.data ? f.data.size : f.data.byteLength) / 3) * 4;
      estimate += raw + f.name.length + f.type.length + 40;
    }
    if (estimate > MAX_UPLOAD_BYTES) {
      throw new LendkitValidationError(`nemuru: the upload is about ${estimate} bytes; Nemuru accepts at most 20 MB per request`, {
        code: "invalid_input",
        provider: "nemuru",
        details: [{ path: "files", code: "request_too_large", message: `at most ${MAX_UPLOAD_BYTES} bytes per request; send several requests` }],
      });
    }
    const encoded: { name: string; type: string; data: string }[] = [];
    for (const f of files) {
      const data =
        typeof f.data === "string"
          ? f.data
          : f.data instanceof Uint8Array
            ? base64(f.data)
            : base64(new Uint8Array(await f.data.arrayBuffer()));
      encoded.push({ name: f.name, type: f.type, data });
    }
    return this.#inner.run((c) => c.uploadFiles(loanId, { files: encoded }, options));
  }
  /** The files of a loan. */
  listFiles(loanId: string, options?: CallOptions): Promise<NemuruFileList> {
    return this.#inner.run((c) => c.listFiles(loanId, options));
  }
}

/** Tuum's loan API: create and accept loan offers (`x-auth-token`, `x-channel-code`). */
export class TuumClient {
  readonly #inner: Lazy<WasmTuumClient>;

  /**
   * Nothing is loaded or sent until the first call (which fetches lendkit's clients module once per page).
   * @throws LendkitValidationError for a bad `baseUrl` or missing credentials.
   */
  constructor(config: TuumConfig) {
    checkConfig("tuum", config, ["authToken", "channelCode"]);
    const copy = { ...config };
    this.#inner = new Lazy("tuum", (m) => new m.TuumClient(copy));
  }
  /** Creates a loan offer for a person. */
  createOffer(personId: string, request: TuumCreateOfferRequest, options?: CallOptions): Promise<TuumOfferResponse> {
    return this.#inner.run((c) => c.createOffer(personId, request, options));
  }
  /** Accepts an offer with its payment instructions, which creates the loan contract. */
  acceptOffer(offerId: string, request: TuumAcceptOfferRequest, options?: CallOptions): Promise<TuumOfferResponse> {
    return this.#inner.run((c) => c.acceptOffer(offerId, request, options));
  }
}

/** The asset-secured loans API (bearer token). */
export class AssetLoansClient {
  readonly #inner: Lazy<WasmAssetLoansClient>;

  /**
   * Nothing is loaded or sent until the first call (which fetches lendkit's clients module once per page).
   * @throws LendkitValidationError for a bad `baseUrl` or a missing token.
   */
  constructor(config: AssetLoansConfig) {
    checkConfig("asset-loans", config, ["token"]);
    const copy = { ...config };
    this.#inner = new Lazy("asset-loans", (m) => new m.AssetLoansClient(copy));
  }
  /** Which of a customer's assets can secure a loan, and for how much. */
  createAssetOffer(request: AssetOfferRequest, options?: CallOptions): Promise<AssetOfferResponse> {
    return this.#inner.run((c) => c.createAssetOffer(request, options));
  }
  /** Offers issued before, optionally for one identity number. */
  listAssetOffers(identityNumber?: string, options?: CallOptions): Promise<AssetOfferResponse[]> {
    return this.#inner.run((c) => c.listAssetOffers(identityNumber, options));
  }
  /** One offer. */
  getAssetOffer(offerId: string, options?: CallOptions): Promise<AssetOfferResponse> {
    return this.#inner.run((c) => c.getAssetOffer(offerId, options));
  }
  /** Executes a secured loan: starts contract signing and the credit marking. */
  createAssetLoan(request: AssetLoanRequest, options?: CallOptions): Promise<AssetLoanResponse> {
    return this.#inner.run((c) => c.createAssetLoan(request, options));
  }
  /** A loan. */
  getAssetLoan(loanId: string, options?: CallOptions): Promise<AssetLoanResponse> {
    return this.#inner.run((c) => c.getAssetLoan(loanId, options));
  }
  /** Polls a loan until its status is one of `until` (default `COMPLETED`) or final. */
  waitForLoan(loanId: string, options?: WaitOptions): Promise<AssetLoanResponse> {
    return this.#inner.run((c) => c.waitForLoan(loanId, options));
  }
}

/** The headers of a received request: a Fetch `Headers`, or Node's `IncomingHttpHeaders`. */
export type WebhookHeaders = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function authorization(headers: WebhookHeaders): string | undefined {
  if (typeof headers.get === "function") return (headers as { get(name: string): string | null }).get("authorization") ?? undefined;
  const h = (headers as Record<string, string | string[] | undefined>)["authorization"];
  return Array.isArray(h) ? h[0] : h;
}

/**
 * Verifies a Nemuru callback received by a Node (or any fetch-style) server and
 * parses its `loan_steps` event. The `Authorization` header is compared with the
 * one given when the webhook was created, in constant time.
 *
 * @throws LendkitAuthError when the header is missing or wrong;
 *   LendkitValidationError when the body is not a `loan_steps` event.
 * @example
 * const event = verifyWebhook({ headers: req.headers, body }, process.env.NEMURU_WEBHOOK_AUTH!);
 * if (event.step === "status_contract_signed") ship(event.id);
 */
export function verifyWebhook(
  request: { headers: WebhookHeaders; body: string | Uint8Array },
  expectedAuthorization: string,
): NemuruLoanStepEvent {
  if (!verifyWebhookAuthorization(authorization(request.headers), expectedAuthorization)) {
    throw new LendkitAuthError("nemuru: the webhook's Authorization header does not match", {
      code: "webhook_unauthorized",
      status: 401,
      provider: "nemuru",
    });
  }
  const body = typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body);
  return now(() => parseWebhookEvent(body));
}
