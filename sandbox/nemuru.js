// @ts-check
// Nemuru's point-of-sale financing API, under /v2/ in its style: login and
// refresh, agent profile, loan conditions (priced by lendkit's wasm core),
// create loan (idempotent on the client's UUID), loan actions over the loan
// step machine, get loan, webhooks and files. Errors are Nemuru's error object:
// `{ status: "ko", exception, error }`, with `schema_errors` only on 400.
import * as engine from "./engine.js";
import { ApiError, bearer, obj, own } from "./http.js";
import { isoNemuru } from "./clock.js";

/** @typedef {import("./http.js").Route} Route */
/** @typedef {import("./http.js").Req} Req */
/** @typedef {import("./context.js").Ctx} Ctx */
/** @typedef {import("./seed.js").SeedAgent} SeedAgent */

const EXC = {
  credentials: "Nemuru\\Module\\Auth\\Domain\\Exception\\InvalidCredentialsException",
  missingToken: "Nemuru\\Module\\Auth\\Domain\\Exception\\MissingAccessTokenException",
  invalidToken: "Nemuru\\Module\\Auth\\Domain\\Exception\\InvalidAccessTokenException",
  expiredToken: "Nemuru\\Module\\Auth\\Domain\\Exception\\AccessTokenExpiredException",
  invalidRefresh: "Nemuru\\Module\\Auth\\Domain\\Exception\\InvalidRefreshTokenException",
  forbidden: "Nemuru\\Module\\Auth\\Domain\\Exception\\AgentNotAllowedException",
  loanNotFound: "Nemuru\\Module\\Financial\\Domain\\Loan\\Exception\\LoanNotFoundByIdException",
  loanExists: "Nemuru\\Module\\Financial\\Domain\\Loan\\Exception\\LoanAlreadyExistsException",
  transition: "Nemuru\\Module\\Financial\\Domain\\Loan\\Exception\\InvalidLoanTransitionException",
  loanExpired: "Nemuru\\Module\\Financial\\Domain\\Loan\\Exception\\LoanExpiredException",
  webhookNotFound: "Nemuru\\Module\\SyncAndIntegration\\Domain\\Webhook\\Exception\\WebhookNotFoundByIdException",
  noPricing: "Nemuru\\Module\\Financial\\Domain\\Pricing\\Exception\\PricingNotFoundException",
};

/** The loan steps, in the order a loan that goes well passes them. */
export const STEPS = [
  "status_initial",
  "status_opened",
  "status_kyc_set",
  "status_income_set",
  "status_professional_details_set",
  "status_risk_set",
  "status_analysing",
  "status_lender_has_been_selected",
  "status_contract_sent",
  "status_contract_signed",
  "status_docs_approved",
  "status_active_trial",
  "status_active",
  "status_ended",
];
/** Steps a loan never leaves. */
export const FINAL_STEPS = ["status_desisted", "status_denied", "status_expired", "status_cancelled", "status_cancelled_test", "status_ended"];
export const ALL_STEPS = [...STEPS.slice(0, -1), ...FINAL_STEPS];

const before = (/** @type {string} */ step) => STEPS.slice(0, STEPS.indexOf(step));

/**
 * The loan actions: from which steps each is allowed, and the step it leads
 * to. `approveLoan` stands for the borrower finishing onboarding and a lender
 * accepting: the loan walks every step in between (each one is a webhook).
 * @type {Record<string, { from: string[], to: string, walk?: boolean }>}
 */
export const ACTIONS = {
  approveLoan: { from: before("status_lender_has_been_selected"), to: "status_lender_has_been_selected", walk: true },
  sendContract: { from: ["status_lender_has_been_selected"], to: "status_contract_sent" },
  signContract: { from: ["status_contract_sent"], to: "status_contract_signed" },
  confirmLoan: { from: ["status_contract_signed"], to: "status_docs_approved" },
  payLoan: { from: ["status_docs_approved"], to: "status_active_trial" },
  cancelLoan: { from: before("status_docs_approved"), to: "status_cancelled" },
};

/** Steps during which the invitation can still expire (onboarding unfinished). */
const EXPIRABLE = before("status_analysing");

/** JSON with sorted keys: the identity of a create-loan body. @param {unknown} v @returns {string} */
export function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  const o = obj(v);
  if (o) {
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

/** Nemuru's `loan_conditions` JSON, in Nemuru's field order (lendkit already gives JSON numbers). @param {engine.LoanConditions} c */
export function conditionsJson(c) {
  return {
    currency: c.currency,
    due_date: c.due_date,
    program: c.program,
    merchant_discount_percentage: Number(c.merchant_discount_percentage),
    annual_interest: Number(c.annual_interest),
    principal: Number(c.principal),
    setup_fee: Number(c.setup_fee),
    term: c.term,
    number_of_payments: c.number_of_payments,
    tae: Number(c.tae),
    total_interest_paid: Number(c.total_interest_paid),
    total_amount_paid: Number(c.total_amount_paid),
    user_defined_quota: Number(c.user_defined_quota),
  };
}

/** @param {engine.Issue[]} issues */
function badRequest(issues, message = "The request data do not comply with the schema") {
  return new ApiError(400, message, { issues });
}

/** @param {engine.Verdict} verdict */
function check(verdict) {
  if (!verdict.valid) throw badRequest(verdict.errors);
}

/** @param {unknown} e */
function engineInput(e, prefix = "") {
  if (e instanceof engine.EngineInputError) {
    const issues = e.issues.length
      ? e.issues.map((i) => ({ ...i, path: i.path.startsWith(prefix) ? i.path.slice(prefix.length) : i.path }))
      : [{ path: "", code: e.code, message: e.message }];
    return badRequest(issues);
  }
  return e;
}

/**
 * @param {Ctx} ctx
 * @returns {Route[]}
 */
export function nemuruRoutes(ctx) {
  const { state, seed, clock, ids } = ctx;
  const n = state.nemuru;
  const nowIso = () => isoNemuru(clock.now());

  /** @param {string} id */
  const agentById = (id) => seed.agents.find((a) => a.id === id);

  /** @param {SeedAgent} agent */
  function issueTokens(agent) {
    const now = clock.now();
    const access = ids.uuid();
    const refresh = ids.uuid();
    n.access.set(access, { agentId: agent.id, expiresAt: now + ctx.credentials.nemuruAccessTtlSeconds * 1000 });
    n.refresh.set(refresh, { agentId: agent.id, expiresAt: now + ctx.credentials.nemuruRefreshTtlSeconds * 1000 });
    ctx.changed();
    return {
      token_type: "Bearer",
      access_token: access,
      refresh_token: refresh,
      expires_in: ctx.credentials.nemuruAccessTtlSeconds,
    };
  }

  /** The agent of the request's access token, or a 401. @param {Req} req @returns {SeedAgent} */
  function auth(req) {
    const token = bearer(req);
    if (!token) throw new ApiError(401, "The Authorization header must include a Bearer access token", { exception: EXC.missingToken });
    const t = n.access.map.get(token); // read only
    if (!t) throw new ApiError(401, "The access token is invalid", { exception: EXC.invalidToken });
    if (t.expiresAt <= clock.now()) throw new ApiError(401, "The access token has expired", { exception: EXC.expiredToken });
    const agent = agentById(t.agentId);
    if (!agent) throw new ApiError(401, "The access token is invalid", { exception: EXC.invalidToken });
    return agent;
  }

  /** The agent's loan, or Nemuru's documented 404. @param {SeedAgent} agent @param {unknown} id */
  function loanOf(agent, id) {
    const loan = n.loans.get(id);
    if (!loan || loan.agentId !== agent.id) {
      throw new ApiError(404, `\\Loan\\ with id \\${String(id)}\\ not found`, { exception: EXC.loanNotFound });
    }
    return loan;
  }

  /** @param {Record<string, any>} loan */
  function loanView(loan) {
    return {
      created_at: loan.created_at,
      updated_at: loan.updated_at,
      id: loan.id,
      status: loan.status,
      loan_conditions: loan.loan_conditions,
      borrower: loan.borrower,
      asset: loan.asset,
    };
  }

  /** @param {Record<string, any>} w */
  function webhookView(w) {
    return {
      created_at: w.created_at,
      updated_at: w.updated_at,
      id: w.id,
      client: w.client,
      event: w.event,
      target: w.target,
      state: w.state,
    };
  }

  /** @param {SeedAgent} agent @param {string} id */
  function webhookOf(agent, id) {
    const w = n.webhooks.get(id);
    if (!w || w.agentId !== agent.id) {
      throw new ApiError(404, `\\Webhook\\ with id \\${id}\\ not found`, { exception: EXC.webhookNotFound });
    }
    return w;
  }

  /** @param {SeedAgent} agent */
  function agentContext(agent) {
    return { agent: { id: agent.id, allowed_asset_types: agent.allowed_asset_types }, now: nowIso() };
  }

  /** @type {Route[]} */
  const routes = [
    {
      method: "POST",
      pattern: "/v2/login",
      api: "nemuru",
      operationId: "login",
      handler(req) {
        check(engine.validateRequest("nemuru.login", req.body ?? null, { now: nowIso() }));
        const b = obj(req.body) ?? {};
        const agent = seed.agents.find((a) => a.username === b.username && a.password === b.password);
        if (!agent) throw new ApiError(401, "Invalid credentials", { exception: EXC.credentials });
        return { status: 200, body: issueTokens(agent) };
      },
    },
    {
      method: "POST",
      pattern: "/v2/login/refresh",
      api: "nemuru",
      operationId: "refreshToken",
      handler(req) {
        const token = obj(req.body)?.refresh_token;
        if (typeof token !== "string" || token === "") {
          throw badRequest([{ path: "refresh_token", code: "required", message: "refresh_token is required" }]);
        }
        const t = n.refresh.get(token);
        if (!t || t.expiresAt <= clock.now()) {
          throw new ApiError(401, "The refresh token is invalid or has expired", { exception: EXC.invalidRefresh });
        }
        n.refresh.delete(token);
        const agent = agentById(t.agentId);
        if (!agent) throw new ApiError(401, "The refresh token is invalid or has expired", { exception: EXC.invalidRefresh });
        return { status: 200, body: issueTokens(agent) };
      },
    },
    {
      method: "GET",
      pattern: "/v2/agent/profile",
      api: "nemuru",
      operationId: "getAgentProfile",
      handler(req) {
        const agent = auth(req);
        return {
          status: 200,
          body: {
            status: "ok",
            payload: {
              created_at: agent.created_at,
              updated_at: agent.created_at,
              id: agent.id,
              name: agent.name,
              username: agent.username,
              allowed_asset_types: agent.allowed_asset_types,
            },
            identifier: `urn:nemuru:api_gateway:external:v2:agent:${agent.id}`,
          },
        };
      },
    },
    {
      method: "GET",
      pattern: "/v2/loan-conditions",
      api: "nemuru",
      operationId: "getLoanConditions",
      handler(req) {
        const agent = auth(req);
        /** @type {engine.Issue[]} */
        const issues = [];
        for (const k of ["agent_id", "currency", "term", "principal"]) {
          if (!req.query.get(k)) issues.push({ path: k, code: "required", message: `${k} is required` });
        }
        const term = Number(req.query.get("term"));
        if (req.query.get("term") && !Number.isInteger(term)) {
          issues.push({ path: "term", code: "invalid_type", message: "term must be an integer number of months" });
        }
        if (issues.length) throw badRequest(issues);
        if (req.query.get("agent_id") !== agent.id) {
          throw new ApiError(403, "The credentials are not authorized for this agent", { exception: EXC.forbidden });
        }
        let list;
        try {
          list = engine.loanConditions(agent.pricing, {
            currency: String(req.query.get("currency")),
            term,
            principal: String(req.query.get("principal")),
          });
        } catch (e) {
          throw engineInput(e, "query.");
        }
        const at = nowIso();
        return {
          status: 200,
          body: { status: "ok", data: list.map((c) => ({ created_at: at, updated_at: at, loan_conditions: conditionsJson(c) })) },
        };
      },
    },
    {
      method: "POST",
      pattern: "/v2/loans",
      api: "nemuru",
      operationId: "createLoan",
      handler(req) {
        const agent = auth(req);
        // Another agent's id is a matter of rights (403), before the schema (400).
        const claimed = obj(req.body)?.agent_id;
        if (typeof claimed === "string" && claimed !== agent.id) {
          throw new ApiError(403, "The credentials are not authorized to create loans for this agent", { exception: EXC.forbidden });
        }
        check(engine.validateRequest("nemuru.createLoan", req.body ?? null, agentContext(agent)));
        const b = obj(req.body);
        if (!b || typeof b.id !== "string") throw badRequest([{ path: "id", code: "required", message: "id is required" }]);
        const hash = canonical(b);
        const existing = n.loans.map.get(b.id); // read only
        if (existing) {
          if (existing.agentId === agent.id && existing.requestHash === hash) return { status: 201, body: {} };
          throw new ApiError(409, `\\Loan\\ with id \\${b.id}\\ already exists with a different request`, {
            exception: EXC.loanExists,
          });
        }
        const program = agent.pricing.programs.find((p) => p.program === b.program);
        if (!program) {
          throw badRequest([{ path: "program", code: "not_one_of", message: `the agent has no ${String(b.program)} pricing` }]);
        }
        if (b.annual_interest !== undefined && b.annual_interest !== null && Number(b.annual_interest) !== Number(program.annualInterest)) {
          throw badRequest([
            {
              path: "annual_interest",
              code: "not_agreed",
              message: `annual_interest must be the agreed ${String(program.annualInterest)} of ${String(b.program)}`,
            },
          ]);
        }
        const setupFee = obj(b.setup_fee)?.amount;
        const table = {
          currency: agent.pricing.currency,
          programs: [{ ...program, ...(setupFee !== undefined ? { setupFee: String(setupFee) } : {}) }],
        };
        let list;
        try {
          list = engine.loanConditions(table, { currency: String(b.currency), term: Number(b.term), principal: String(b.principal) });
        } catch (e) {
          throw engineInput(e, "query.");
        }
        const conditions = list.find((c) => c.program === b.program);
        if (!conditions) {
          throw badRequest([
            { path: "principal", code: "no_pricing", message: `no ${String(b.program)} pricing for ${String(b.principal)} ${String(b.currency)} over ${String(b.term)} months` },
          ]);
        }
        const now = clock.now();
        const at = isoNemuru(now);
        const borrower = obj(b.borrower) ?? {};
        const expires = isoNemuru(now + ctx.timing.nemuruExpiryDays * 86_400_000).slice(0, 10) + "T00:00:00+00:00";
        n.loans.set(b.id, {
          id: b.id,
          agentId: agent.id,
          requestHash: hash,
          createdMs: now,
          stepMs: now,
          created_at: at,
          updated_at: at,
          status: "status_initial",
          loan_conditions: conditionsJson(conditions),
          borrower: { ...borrower, expires_on: expires },
          asset_type: b.asset_type,
          asset: b.asset,
          insurance: b.insurance ?? null,
          steps: [{ step: "status_initial", at }],
        });
        ctx.changed();
        ctx.emitLoanStep(agent.id, b.id, "status_initial");
        return { status: 201, body: {} };
      },
    },
    {
      method: "POST",
      pattern: "/v2/loans/actions",
      api: "nemuru",
      operationId: "loanAction",
      handler(req) {
        const agent = auth(req);
        check(engine.validateRequest("nemuru.loanAction", req.body ?? null, agentContext(agent)));
        const b = obj(req.body) ?? {};
        const action = own(ACTIONS, String(b.op));
        if (!action) {
          throw badRequest([{ path: "op", code: "not_one_of", message: `op must be one of ${Object.keys(ACTIONS).join(", ")}` }]);
        }
        const loan = loanOf(agent, b.id);
        if (loan.status === "status_expired") {
          throw new ApiError(410, `\\Loan\\ with id \\${loan.id}\\ has expired`, { exception: EXC.loanExpired });
        }
        if (!action.from.includes(loan.status)) {
          throw new ApiError(409, `Cannot ${String(b.op)} a loan in ${loan.status}`, { exception: EXC.transition });
        }
        const path = action.walk ? STEPS.slice(STEPS.indexOf(loan.status) + 1, STEPS.indexOf(action.to) + 1) : [action.to];
        for (const step of path) setStep(ctx, loan, step);
        return { status: 204 };
      },
    },
    {
      method: "GET",
      pattern: "/v2/loans/:loanId",
      api: "nemuru",
      operationId: "getLoan",
      handler(req) {
        const agent = auth(req);
        const loan = loanOf(agent, req.params.loanId);
        return {
          status: 200,
          body: { status: "ok", payload: loanView(loan), identifier: `urn:nemuru:api_gateway:external:v2:loan:${loan.id}` },
        };
      },
    },
    {
      method: "POST",
      pattern: "/v2/webhooks",
      api: "nemuru",
      operationId: "createWebhook",
      handler(req) {
        const agent = auth(req);
        check(engine.validateRequest("nemuru.webhook", req.body ?? null, agentContext(agent)));
        const b = obj(req.body) ?? {};
        const at = nowIso();
        const w = {
          id: ids.uuid(),
          agentId: agent.id,
          created_at: at,
          updated_at: at,
          client: b.client,
          event: b.event,
          target: b.target,
          state: b.state === 2 ? 2 : 1,
          authorization_header: typeof b.authorization_header === "string" ? b.authorization_header : undefined,
          content_type: typeof b.content_type === "string" ? b.content_type : undefined,
        };
        n.webhooks.set(w.id, w);
        ctx.changed();
        return {
          status: 201,
          body: { status: "ok", payload: [webhookView(w)], identifier: `urn:nemuru:sync_and_integration:webhook:${w.id}` },
        };
      },
    },
    {
      method: "GET",
      pattern: "/v2/webhooks",
      api: "nemuru",
      operationId: "listWebhooks",
      handler(req) {
        const agent = auth(req);
        const data = n.webhooks
          .values()
          .filter((w) => w.agentId === agent.id)
          .map(webhookView);
        return { status: 200, body: { status: "ok", data } };
      },
    },
    {
      method: "PUT",
      pattern: "/v2/webhooks",
      api: "nemuru",
      operationId: "updateWebhook",
      handler(req) {
        const agent = auth(req);
        const id = req.query.get("id");
        if (!id) throw badRequest([{ path: "id", code: "required", message: "the query parameter id is required" }]);
        const w = webhookOf(agent, id);
        check(engine.validateRequest("nemuru.webhook", req.body ?? null, agentContext(agent)));
        const b = obj(req.body) ?? {};
        w.client = b.client;
        w.event = b.event;
        w.target = b.target;
        if (b.state === 1 || b.state === 2) w.state = b.state;
        if (typeof b.authorization_header === "string") w.authorization_header = b.authorization_header;
        if (typeof b.content_type === "string") w.content_type = b.content_type;
        w.updated_at = nowIso();
        ctx.changed();
        return { status: 204 };
      },
    },
    {
      method: "POST",
      pattern: "/v2/files",
      api: "nemuru",
      operationId: "uploadFiles",
      // Nemuru's documented limit, 20 MB: one byte more is a 413 (never the validation's 400).
      bodyLimit: 20_000_000,
      handler(req) {
        const agent = auth(req);
        const loanId = req.query.get("loanId");
        if (!loanId) throw badRequest([{ path: "loanId", code: "required", message: "the query parameter loanId is required" }]);
        const loan = loanOf(agent, loanId);
        check(engine.validateRequest("nemuru.uploadFiles", req.body ?? null, agentContext(agent)));
        const files = /** @type {unknown[]} */ (obj(req.body)?.files ?? []);
        for (const f of files) {
          const file = obj(f) ?? {};
          const original = String(file.name ?? "");
          const ext = /\.([A-Za-z0-9]{1,8})$/.exec(original)?.[1]?.toLowerCase() ?? "bin";
          const name = ids.uuid();
          // The content is a row of its own (files), written with this request; the record keeps what lists show.
          n.files.set(name, { name, loanId: loan.id, type: String(file.type ?? ""), original, ext, uploaded_at: nowIso() });
          ctx.putFile(name, loan.id, String(file.data ?? ""));
        }
        ctx.changed();
        return { status: 201, body: {} };
      },
    },
    {
      method: "GET",
      pattern: "/v2/files",
      api: "nemuru",
      operationId: "listFiles",
      handler(req) {
        const agent = auth(req);
        const loanId = req.query.get("loanId");
        if (!loanId) throw badRequest([{ path: "loanId", code: "required", message: "the query parameter loanId is required" }]);
        const loan = loanOf(agent, loanId);
        const data = n.files
          .values()
          .filter((f) => f.loanId === loan.id)
          .map((f) => ({ name: f.name, type: f.type, data: `/${f.type}/${f.name}.${f.ext}` }));
        return { status: 200, body: { status: "ok", data } };
      },
    },
  ];
  return routes;
}

/**
 * Moves a loan to a step and sends the `loan_steps` webhook.
 * @param {Ctx} ctx @param {Record<string, any>} loan @param {string} step
 */
export function setStep(ctx, loan, step) {
  const now = ctx.clock.now();
  const at = isoNemuru(now);
  loan.status = step;
  loan.updated_at = at;
  loan.stepMs = now;
  loan.steps.push({ step, at });
  ctx.changed();
  ctx.emitLoanStep(loan.agentId, loan.id, step);
}

/**
 * Time-driven steps: an invitation not onboarded within the expiry period
 * expires; the active trial ends into status_active.
 * @param {Ctx} ctx
 */
export function nemuruTick(ctx) {
  const now = ctx.clock.now();
  const loans = ctx.state.nemuru.loans;
  for (const [id, seen] of loans.entries()) {
    if (EXPIRABLE.includes(seen.status) && now >= seen.createdMs + ctx.timing.nemuruExpiryDays * 86_400_000) {
      setStep(ctx, loans.get(id), "status_expired");
    } else if (seen.status === "status_active_trial" && now >= seen.stepMs + ctx.timing.nemuruTrialDays * 86_400_000) {
      setStep(ctx, loans.get(id), "status_active");
    }
  }
}
