// @ts-check
// The OpenAPI 3.1 document of everything the sandbox serves, at /openapi.json.
// Each lender operation's `operationId` is the method name of lendkit's typed
// clients. The tests check real sandbox responses against these schemas.

import { MAX_ADVANCE_MS } from "./clock.js";
import { ALL_STEPS } from "./nemuru.js";

/** @typedef {Record<string, any>} Schema */

/** An http(s) URL with a DNS name or IPv4 host, an optional port (1-65535), path and query: what lendkit accepts as a webhook target. */
const URL_PATTERN =
  "^https?://[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*" +
  "(:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?" +
  "(/[A-Za-z0-9._~%!$&'()*+,;=:@-]*)*(\\?[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?$";

const ref = (/** @type {string} */ name) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: "string" };
const num = { type: "number" };
const int = { type: "integer" };
const nullable = (/** @type {Schema} */ s) => ({ anyOf: [s, { type: "null" }] });
/** A closed object. @param {Record<string, Schema>} properties @param {string[]} [required] */
const object = (properties, required = Object.keys(properties)) => ({ type: "object", properties, required, additionalProperties: false });
/** An open object. @param {Record<string, Schema>} properties @param {string[]} [required] */
const open = (properties, required = []) => ({ type: "object", properties, required });
const json = (/** @type {Schema} */ schema) => ({ content: { "application/json": { schema } } });
const ok = (/** @type {string} */ description, /** @type {Schema} */ schema) => ({ description, ...json(schema) });

const nemuruErrors = (/** @type {number[]} */ codes) =>
  Object.fromEntries(codes.map((c) => [String(c), ok(`Nemuru error ${c}`, c === 400 ? ref("NemuruBadRequest") : ref("NemuruError"))]));
const tuumErrors = (/** @type {number[]} */ codes) => Object.fromEntries(codes.map((c) => [String(c), ok(`Tuum error ${c}`, ref("TuumError"))]));
const assetErrors = (/** @type {number[]} */ codes) =>
  Object.fromEntries(codes.map((c) => [String(c), ok(`error ${c}`, c === 400 ? ref("AssetValidationError") : ref("AssetError"))]));

const bearerAuth = [{ bearer: [] }];
const tuumAuth = [{ tuumToken: [] }];
const tuumHeaders = [
  { name: "x-channel-code", in: "header", required: true, schema: { type: "string", pattern: "\\S" }, example: "system" },
];
const query = (/** @type {string} */ name, /** @type {Schema} */ schema, required = true) => ({ name, in: "query", required, schema });
const pathParam = (/** @type {string} */ name) => ({ name, in: "path", required: true, schema: str });

const money = object({ amount: num, currencyCode: str });
/** Tuum request money: the amount a positive decimal string with at most two decimals (lendkit refuses a JSON number there). */
const moneyIn = object({
  amount: { type: "string", pattern: "^([1-9][0-9]{0,11}(\\.[0-9]{1,2})?|0\\.(0[1-9]|[1-9][0-9]?))$", example: "20000" },
  currencyCode: { type: "string", pattern: "^[A-Z]{3}$", example: "GBP" },
});

/** @type {Record<string, Schema>} */
const schemas = {
  NemuruError: object({ status: { const: "ko" }, exception: str, error: str }),
  NemuruBadRequest: object({ status: { const: "ko" }, exception: str, error: str, schema_errors: { type: "object" } }),
  Empty: object({}, []),
  LoginRequest: object({ username: str, password: str }),
  Token: object({ token_type: { const: "Bearer" }, access_token: str, refresh_token: str, expires_in: int }),
  RefreshRequest: object({ refresh_token: str }),
  AgentProfile: object({
    status: { const: "ok" },
    payload: object({ created_at: str, updated_at: str, id: str, name: str, username: str, allowed_asset_types: { type: "array", items: str } }),
    identifier: str,
  }),
  LoanConditions: object({
    currency: str,
    due_date: int,
    program: str,
    merchant_discount_percentage: num,
    annual_interest: num,
    principal: num,
    setup_fee: num,
    term: int,
    number_of_payments: int,
    tae: num,
    total_interest_paid: num,
    total_amount_paid: num,
    user_defined_quota: num,
  }),
  LoanConditionsList: object({
    status: { const: "ok" },
    data: { type: "array", items: object({ created_at: str, updated_at: str, loan_conditions: ref("LoanConditions") }) },
  }),
  CreateLoanRequest: open(
    {
      id: { type: "string", format: "uuid" },
      agent_id: { type: "string", format: "uuid" },
      currency: str,
      term: int,
      principal: num,
      annual_interest: num,
      program: { enum: ["free_program", "zero_program"] },
      setup_fee: open({ amount: num, type: str }),
      insurance: open({ description: str, is_financed: { type: "boolean" } }),
      borrower: open({ email: str, first_name: str, last_name: str, phone_number: str }, ["email", "first_name", "last_name", "phone_number"]),
      asset_type: str,
      asset: open({ description: str, value: num }),
    },
    ["id", "agent_id", "currency", "term", "principal", "program", "borrower", "asset_type", "asset"],
  ),
  LoanActionRequest: open(
    { id: { type: "string", format: "uuid" }, op: { enum: ["cancelLoan", "approveLoan", "sendContract", "signContract", "confirmLoan", "payLoan"] } },
    ["id", "op"],
  ),
  Loan: object({
    status: { const: "ok" },
    payload: object({
      created_at: str,
      updated_at: str,
      id: str,
      status: str,
      loan_conditions: ref("LoanConditions"),
      borrower: open({ email: str, first_name: str, last_name: str, phone_number: str, expires_on: str }, ["email", "expires_on"]),
      asset: { type: "object" },
    }),
    identifier: str,
  }),
  WebhookRequest: {
    ...open(
      {
        client: { enum: ["callback", "email"] },
        event: { const: "loan_steps" },
        target: str,
        authorization_header: str,
        content_type: str,
        state: { enum: [1, 2] },
      },
      ["client", "event", "target"],
    ),
    description: "A callback's target is an http(s) URL; an email webhook's target is an email address.",
    anyOf: [
      { type: "object", properties: { client: { const: "callback" }, target: { type: "string", format: "uri", pattern: URL_PATTERN } } },
      { type: "object", properties: { client: { const: "email" }, target: { type: "string", format: "email", pattern: "^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$" } } },
    ],
  },
  Webhook: object({ created_at: str, updated_at: str, id: str, client: str, event: str, target: str, state: { enum: [1, 2] } }),
  WebhookCreated: object({ status: { const: "ok" }, payload: { type: "array", items: ref("Webhook") }, identifier: str }),
  WebhookList: object({ status: { const: "ok" }, data: { type: "array", items: ref("Webhook") } }),
  LoanStepCallback: object({ id: str, event: { const: "loan_steps" }, step: str, triggered_at: str }),
  UploadFilesRequest: object({ files: { type: "array", items: object({ name: str, type: str, data: { type: "string", contentEncoding: "base64" } }) } }),
  FileList: object({ status: { const: "ok" }, data: { type: "array", items: object({ name: str, type: str, data: str }) } }),

  TuumMoney: money,
  TuumError: object({
    errors: nullable({ type: "array", items: object({ code: str, message: str }) }),
    validationErrors: nullable({ type: "array", items: ref("Issue") }),
    data: { type: "null" },
  }),
  Issue: object({ path: str, code: str, message: str }),
  TuumCreateOfferRequest: open(
    {
      requestedMoney: moneyIn,
      loanPeriod: int,
      loanTypeCode: str,
      paymentDay: int,
      tenantCode: str,
      paymentChannelCode: str,
      monthlyRepaymentMoney: moneyIn,
      countryCode: str,
      offeredMoney: moneyIn,
    },
    ["requestedMoney", "loanPeriod", "loanTypeCode"],
  ),
  TuumAcceptRequest: open({
    paymentInstructions: {
      type: "array",
      items: open({ beneficiaryName: str, beneficiaryIban: str, money: moneyIn, paymentChannelCode: str }),
    },
  }),
  TuumOffer: open(
    {
      offerId: str,
      applicationId: nullable(str),
      personId: str,
      interestRate: num,
      requestedMoney: nullable(money),
      offeredMoney: nullable(money),
      grossMoney: nullable(money),
      netMoney: nullable(money),
      loanPeriod: int,
      statusCode: { enum: ["PREPARING", "ACCEPTED", "EXPIRED"] },
      offerDate: str,
      statusDate: str,
      loanTypeCode: str,
      paymentDay: nullable(int),
      apr: nullable(num),
      scheduleTypeCode: str,
      monthlyRepaymentMoney: nullable(money),
      tenantCode: nullable(str),
      statusCodeReason: nullable(str),
      maxPeriod: int,
      maxMoney: money,
      countryCode: nullable(str),
      channelCode: str,
      numberOfPayments: int,
      validityRange: object({ startDate: str, endDate: str }),
      interestTypeCode: str,
      repaymentChannelCode: nullable(str),
      campaignIds: { type: "array" },
      amortisationPeriod: nullable(int),
    },
    ["offerId", "personId", "interestRate", "offeredMoney", "loanPeriod", "statusCode", "offerDate", "statusDate", "loanTypeCode", "scheduleTypeCode", "maxPeriod", "maxMoney", "validityRange"],
  ),
  TuumAcceptedOffer: {
    allOf: [
      ref("TuumOffer"),
      open(
        {
          statusCode: { const: "ACCEPTED" },
          contractId: str,
          contractNumber: str,
          activeVersionId: str,
          paymentInstructions: {
            type: "array",
            minItems: 1,
            items: open(
              {
                paymentInstructionId: str,
                beneficiaryName: nullable(str),
                beneficiaryIban: nullable(str),
                money: money,
                statusCode: str,
                actionHistories: { type: "array" },
              },
              ["paymentInstructionId", "money", "statusCode"],
            ),
          },
          coBorrowers: { type: "array", items: object({ personId: str, borrowerTypeCode: str }) },
        },
        ["contractId", "contractNumber", "paymentInstructions"],
      ),
    ],
  },
  TuumOfferEnvelope: object({ errors: { type: "null" }, validationErrors: { type: "null" }, data: ref("TuumOffer") }),
  TuumAcceptedEnvelope: object({ errors: { type: "null" }, validationErrors: { type: "null" }, data: ref("TuumAcceptedOffer") }),

  AssetError: open({ error: str }, ["error"]),
  AssetValidationError: object({ error: str, errors: { type: "array", items: ref("Issue") } }),
  AssetOfferRequest: object({ identityNumber: str, country: ref("AssetCountry") }),
  AssetCountry: { enum: ["SE", "NO", "FI"], description: "The countries the asset-loans API serves" },
  AssetOffer: object(
    {
      offerId: str,
      expiresAt: { type: "string", format: "date-time" },
      assets: {
        type: "array",
        items: object({
          assetId: str,
          assetType: str,
          maxLoanAmount: num,
          currency: str,
          details: object({ make: str, model: str, modelYear: int }),
        }),
      },
      ineligibleAssets: {
        type: "array",
        items: object({
          assetId: str,
          assetType: str,
          details: object({ make: str, model: str, modelYear: int }),
          reasons: { type: "array", items: ref("Issue") },
        }),
      },
    },
    ["offerId", "expiresAt", "assets"],
  ),
  AssetLoanRequest: open(
    {
      offerId: str,
      assetId: str,
      loanAmount: { type: "number", exclusiveMinimum: 0 },
      termMonths: { type: "integer", minimum: 1, maximum: 600 },
      currency: { enum: ["SEK", "NOK", "EUR"] },
      customer: open(
        { identityNumber: str, country: ref("AssetCountry"), email: { type: "string", format: "email" }, phone: { type: "string", pattern: "^\\+[1-9][0-9]{6,14}$" } },
        ["identityNumber", "country"],
      ),
    },
    ["assetId", "loanAmount", "termMonths", "currency", "customer"],
  ),
  Requirement: object({
    type: { enum: ["CUSTOMER_CONTRACT", "CREDIT_MARKING_REGISTRATION"] },
    status: { enum: ["PENDING", "IN_PROGRESS", "COMPLETED", "FAILED"] },
    responsibleParty: { enum: ["USER", "SYSTEM"] },
    details: open({
      signingUrl: str,
      expiresAt: str,
      completedAt: str,
      registry: str,
      reference: str,
      registeredAt: str,
    }),
  }),
  AssetLoan: object({
    loanId: str,
    status: { enum: ["IN_PROGRESS", "COMPLETED", "CANCELLED"] },
    assetId: str,
    requirements: { type: "array", items: ref("Requirement") },
  }),
  SandboxError: open({ error: str, code: str }, ["error"]),
  FaultRequest: object(
    {
      status: { type: "integer", minimum: 400, maximum: 599 },
      count: { type: "integer", minimum: 1, maximum: 1000, default: 1 },
      method: { enum: ["GET", "POST", "PUT", "PATCH", "DELETE", "get", "post", "put", "patch", "delete"] },
      path: { type: "string", pattern: "^/" },
      message: str,
    },
    ["status"],
  ),
  Fault: object(
    { id: int, status: int, remaining: int, method: str, path: str, message: str },
    ["id", "status", "remaining"],
  ),
};

/**
 * A request schema with every string non-empty (`minLength: 1`) and not blank
 * (`pattern: "\\S"`, unless it has a pattern of its own): lendkit's validation
 * trims and refuses an empty or blank string in any request field ("must not
 * be empty"), so the document says so. `$ref`s are left alone (request
 * components are made non-empty once, by name).
 * @param {Schema} schema @returns {Schema}
 */
function nonEmpty(schema) {
  if (!schema || typeof schema !== "object" || schema.$ref) return schema;
  /** @type {Schema} */
  const out = { ...schema };
  const types = Array.isArray(out.type) ? out.type : [out.type];
  if (types.includes("string") && out.minLength === undefined && out.enum === undefined && out.const === undefined) {
    out.minLength = 1;
    if (out.pattern === undefined && out.format === undefined) out.pattern = "\\S";
  }
  if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, nonEmpty(v)]));
  if (out.items) out.items = nonEmpty(out.items);
  for (const k of ["anyOf", "allOf", "oneOf"]) if (out[k]) out[k] = out[k].map(nonEmpty);
  return out;
}
for (const name of Object.keys(schemas)) if (name.endsWith("Request")) schemas[name] = nonEmpty(/** @type {Schema} */ (schemas[name]));

/** The error schema of each tag's API. */
const ERROR_SCHEMA = /** @type {Record<string, (status: number) => Schema>} */ ({
  nemuru: (c) => (c === 400 ? ref("NemuruBadRequest") : ref("NemuruError")),
  tuum: () => ref("TuumError"),
  "asset-loans": (c) => (c === 400 ? ref("AssetValidationError") : ref("AssetError")),
  sandbox: () => ref("SandboxError"),
});

/** @param {string} tag @param {number} status @returns {Schema} */
const errorSchema = (tag, status) => (Object.hasOwn(ERROR_SCHEMA, tag) ? ERROR_SCHEMA[tag] : ERROR_SCHEMA.sandbox)?.(status) ?? ref("SandboxError");

/**
 * Adds to every operation the statuses the server's HTTP layer itself answers,
 * in the API's error shape: 400 for a request that does not match this
 * document (parameters, headers, body, JSON too deep or malformed), 401 where
 * credentials are required, 413 and 415 for bodies (too large, not JSON),
 * 500 for an unexpected error (the state is left as it was) and, on lender
 * operations, 501 when the lendkit build lacks an export the answer needs.
 * @param {Schema} doc
 */
function completeStatuses(doc) {
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(/** @type {Record<string, Schema>} */ (item))) {
      const tag = op.tags?.[0] ?? "sandbox";
      if (op.parameters) op.parameters = op.parameters.map((/** @type {Schema} */ p) => ({ ...p, schema: nonEmpty(p.schema) }));
      const body = op.requestBody?.content?.["application/json"];
      if (body) op.requestBody = { ...op.requestBody, content: { "application/json": { ...body, schema: nonEmpty(body.schema) } } };
      const codes = [500];
      if (tag !== "sandbox") codes.push(501);
      if (op.requestBody) codes.push(400, 413, 415);
      if ((op.parameters ?? []).length > 0) codes.push(400);
      if (op.security) codes.push(401);
      for (const c of codes) {
        if (op.responses[String(c)]) continue;
        op.responses[String(c)] = ok(c === 500 ? "Unexpected error: nothing was changed" : `Error ${c}`, errorSchema(tag, c));
      }
    }
  }
}

/**
 * @param {string} serverUrl
 * @param {{ control?: boolean }} [options] whether the control endpoints are served (and so described)
 * @returns {Schema}
 */
export function openApiDocument(serverUrl, { control = true } = {}) {
  const doc = {
    openapi: "3.1.0",
    info: {
      title: "lendkit sandbox",
      version: "0.1.0",
      description:
        "The asset-loans, Tuum and Nemuru APIs as their documentation describes them, served by lendkit's sandbox. Validation and pricing come from lendkit's own wasm build.",
    },
    servers: [{ url: serverUrl }],
    tags: [{ name: "nemuru" }, { name: "tuum" }, { name: "asset-loans" }, { name: "sandbox" }],
    paths: {
      "/v2/login": {
        post: {
          tags: ["nemuru"],
          operationId: "login",
          requestBody: { required: true, ...json(ref("LoginRequest")) },
          responses: { 200: ok("Tokens", ref("Token")), ...nemuruErrors([400, 401]) },
        },
      },
      "/v2/login/refresh": {
        post: {
          tags: ["nemuru"],
          operationId: "refreshToken",
          requestBody: { required: true, ...json(ref("RefreshRequest")) },
          responses: { 200: ok("Tokens", ref("Token")), ...nemuruErrors([400, 401]) },
        },
      },
      "/v2/agent/profile": {
        get: {
          tags: ["nemuru"],
          operationId: "getAgentProfile",
          security: bearerAuth,
          responses: { 200: ok("The agent of the access token", ref("AgentProfile")), ...nemuruErrors([401]) },
        },
      },
      "/v2/loan-conditions": {
        get: {
          tags: ["nemuru"],
          operationId: "getLoanConditions",
          security: bearerAuth,
          parameters: [query("agent_id", str), query("currency", str), query("term", int), query("principal", num)],
          responses: { 200: ok("One entry per program", ref("LoanConditionsList")), ...nemuruErrors([400, 401, 403]) },
        },
      },
      "/v2/loans": {
        post: {
          tags: ["nemuru"],
          operationId: "createLoan",
          security: bearerAuth,
          requestBody: { required: true, ...json(ref("CreateLoanRequest")) },
          responses: {
            201: ok("Created (also for a repeat of the same id with the same body)", ref("Empty")),
            ...nemuruErrors([400, 401, 403, 409]),
          },
          callbacks: {
            loan_steps: {
              "{$request.body#/target}": {
                post: { requestBody: json(ref("LoanStepCallback")), responses: { 200: { description: "received" } } },
              },
            },
          },
        },
      },
      "/v2/loans/actions": {
        post: {
          tags: ["nemuru"],
          operationId: "loanAction",
          security: bearerAuth,
          requestBody: { required: true, ...json(ref("LoanActionRequest")) },
          responses: { 204: { description: "Done" }, ...nemuruErrors([400, 401, 404, 409, 410]) },
        },
      },
      "/v2/loans/{loanId}": {
        get: {
          tags: ["nemuru"],
          operationId: "getLoan",
          security: bearerAuth,
          parameters: [pathParam("loanId")],
          responses: { 200: ok("The loan", ref("Loan")), ...nemuruErrors([401, 404]) },
        },
      },
      "/v2/webhooks": {
        post: {
          tags: ["nemuru"],
          operationId: "createWebhook",
          security: bearerAuth,
          requestBody: { required: true, ...json(ref("WebhookRequest")) },
          responses: { 201: ok("Created", ref("WebhookCreated")), ...nemuruErrors([400, 401]) },
        },
        get: {
          tags: ["nemuru"],
          operationId: "listWebhooks",
          security: bearerAuth,
          responses: { 200: ok("The agent's webhooks", ref("WebhookList")), ...nemuruErrors([401]) },
        },
        put: {
          tags: ["nemuru"],
          operationId: "updateWebhook",
          security: bearerAuth,
          parameters: [query("id", str)],
          requestBody: { required: true, ...json(ref("WebhookRequest")) },
          responses: { 204: { description: "Updated" }, ...nemuruErrors([400, 401, 404]) },
        },
      },
      "/v2/files": {
        post: {
          tags: ["nemuru"],
          operationId: "uploadFiles",
          security: bearerAuth,
          parameters: [query("loanId", str)],
          requestBody: { required: true, description: "At most 20 MB", ...json(ref("UploadFilesRequest")) },
          responses: { 201: ok("Stored", ref("Empty")), ...nemuruErrors([400, 401, 404, 413]) },
        },
        get: {
          tags: ["nemuru"],
          operationId: "listFiles",
          security: bearerAuth,
          parameters: [query("loanId", str)],
          responses: { 200: ok("The loan's files", ref("FileList")), ...nemuruErrors([400, 401, 404]) },
        },
      },
      "/api/v3/persons/{personId}/offers": {
        post: {
          tags: ["tuum"],
          operationId: "createOffer",
          security: tuumAuth,
          parameters: [pathParam("personId"), ...tuumHeaders],
          requestBody: { required: true, ...json(ref("TuumCreateOfferRequest")) },
          responses: { 200: ok("The offer", ref("TuumOfferEnvelope")), ...tuumErrors([400, 401, 404]) },
        },
      },
      "/api/v2/offers/{offerId}/accept": {
        post: {
          tags: ["tuum"],
          operationId: "acceptOffer",
          security: tuumAuth,
          parameters: [pathParam("offerId"), ...tuumHeaders],
          requestBody: { required: false, ...json(ref("TuumAcceptRequest")) },
          responses: { 200: ok("The accepted offer with its contract", ref("TuumAcceptedEnvelope")), ...tuumErrors([400, 401, 404, 409]) },
        },
      },
      "/v1/asset-offers": {
        post: {
          tags: ["asset-loans"],
          operationId: "createAssetOffer",
          security: bearerAuth,
          requestBody: { required: true, ...json(ref("AssetOfferRequest")) },
          responses: { 200: ok("The offer", ref("AssetOffer")), ...assetErrors([400, 401]) },
        },
        get: {
          tags: ["asset-loans"],
          operationId: "listAssetOffers",
          security: bearerAuth,
          parameters: [query("identityNumber", str, false)],
          responses: { 200: ok("Offers", { type: "array", items: ref("AssetOffer") }), ...assetErrors([401]) },
        },
      },
      "/v1/asset-offers/{offerId}": {
        get: {
          tags: ["asset-loans"],
          operationId: "getAssetOffer",
          security: bearerAuth,
          parameters: [pathParam("offerId")],
          responses: { 200: ok("The offer", ref("AssetOffer")), ...assetErrors([401, 404]) },
        },
      },
      "/v1/asset-loans": {
        post: {
          tags: ["asset-loans"],
          operationId: "createAssetLoan",
          security: bearerAuth,
          requestBody: { required: true, ...json(ref("AssetLoanRequest")) },
          responses: { 200: ok("The loan", ref("AssetLoan")), ...assetErrors([400, 401, 404, 410]) },
        },
      },
      "/v1/asset-loans/{loanId}": {
        get: {
          tags: ["asset-loans"],
          operationId: "getAssetLoan",
          security: bearerAuth,
          parameters: [pathParam("loanId")],
          responses: { 200: ok("The loan", ref("AssetLoan")), ...assetErrors([401, 404]) },
        },
      },
      "/_sandbox": {
        get: { tags: ["sandbox"], operationId: "sandboxInfo", responses: { 200: ok("Clock and build", { type: "object" }) } },
      },
      "/_sandbox/advance": {
        post: {
          tags: ["sandbox"],
          operationId: "sandboxAdvance",
          description:
            "Moves the clock forward: each unit at most 3650 days' worth, or `to` an instant; the clock never passes 9999-12-31T23:59:59.999Z (409).",
          requestBody: json(
            object(
              {
                ms: { type: "number", minimum: 0, maximum: MAX_ADVANCE_MS },
                seconds: { type: "number", minimum: 0, maximum: MAX_ADVANCE_MS / 1000 },
                minutes: { type: "number", minimum: 0, maximum: MAX_ADVANCE_MS / 60_000 },
                hours: { type: "number", minimum: 0, maximum: MAX_ADVANCE_MS / 3_600_000 },
                days: { type: "number", minimum: 0, maximum: MAX_ADVANCE_MS / 86_400_000 },
                to: { type: "string", format: "date-time" },
              },
              [],
            ),
          ),
          responses: {
            200: ok("The new time", object({ now: str, advancedMs: num })),
            400: ok("Bad input", ref("SandboxError")),
            409: ok("Backwards, or past 9999-12-31T23:59:59.999Z", ref("SandboxError")),
          },
        },
      },
      "/_sandbox/asset-loans/{loanId}/sign": {
        post: { tags: ["sandbox"], operationId: "sandboxSignAssetLoan", parameters: [pathParam("loanId")], responses: { 200: ok("The loan", ref("AssetLoan")), 404: ok("No such loan", ref("SandboxError")), 409: ok("Not pending", ref("SandboxError")) } },
      },
      "/_sandbox/asset-loans/{loanId}/decline": {
        post: { tags: ["sandbox"], operationId: "sandboxDeclineAssetLoan", parameters: [pathParam("loanId")], responses: { 200: ok("The loan", ref("AssetLoan")), 404: ok("No such loan", ref("SandboxError")), 409: ok("Not pending", ref("SandboxError")) } },
      },
      "/_sandbox/asset-loans/{loanId}/register": {
        post: { tags: ["sandbox"], operationId: "sandboxRegisterAssetLoan", parameters: [pathParam("loanId")], responses: { 200: ok("The loan", ref("AssetLoan")), 404: ok("No such loan", ref("SandboxError")), 409: ok("Not signed", ref("SandboxError")) } },
      },
      "/_sandbox/nemuru/loans/{loanId}/step": {
        post: {
          tags: ["sandbox"],
          operationId: "sandboxSetLoanStep",
          parameters: [pathParam("loanId")],
          requestBody: { required: true, ...json(object({ step: { enum: ALL_STEPS } })) },
          responses: {
            200: ok("The loan's step", object({ id: str, status: str })),
            400: ok("Unknown step", ref("SandboxError")),
            404: ok("No such loan", ref("SandboxError")),
          },
        },
      },
      "/_sandbox/faults": {
        post: {
          tags: ["sandbox"],
          operationId: "sandboxInjectFault",
          description:
            "The next `count` lender requests matching `method` and the path prefix `path` answer `status` in their API's error shape (NemuruError, TuumError, AssetError) before reaching their route. Never applies to /_sandbox routes.",
          requestBody: { required: true, ...json(ref("FaultRequest")) },
          responses: {
            201: ok("The fault and every pending one", object({ fault: ref("Fault"), faults: { type: "array", items: ref("Fault") } })),
            400: ok("Bad input", ref("SandboxError")),
            409: ok("Too many pending faults", ref("SandboxError")),
          },
        },
        get: {
          tags: ["sandbox"],
          operationId: "sandboxFaults",
          responses: { 200: ok("The pending faults", object({ faults: { type: "array", items: ref("Fault") } })) },
        },
        delete: {
          tags: ["sandbox"],
          operationId: "sandboxClearFaults",
          responses: { 200: ok("Every pending fault cleared", object({ cleared: int, faults: { type: "array", maxItems: 0 } })) },
        },
      },
      "/_sandbox/requests": {
        get: { tags: ["sandbox"], operationId: "sandboxRequests", responses: { 200: ok("The request log", { type: "array" }) } },
      },
      "/_sandbox/deliveries": {
        get: { tags: ["sandbox"], operationId: "sandboxDeliveries", responses: { 200: ok("Webhook deliveries", { type: "array" }) } },
      },
    },
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Nemuru: the login's access_token. Asset loans: the token `sandbox`." },
        tuumToken: { type: "apiKey", in: "header", name: "x-auth-token", description: "`sandbox`, or an unexpired JWT" },
      },
    },
  };
  completeStatuses(doc);
  if (!control) {
    for (const path of Object.keys(doc.paths)) if (path.startsWith("/_sandbox")) delete doc.paths[/** @type {keyof typeof doc.paths} */ (path)];
  }
  return doc;
}
