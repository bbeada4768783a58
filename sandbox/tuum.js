// @ts-check
// Tuum's loan API: create a loan offer for a person, and accept it (which
// needs payment instructions and creates a loan contract). Every answer is
// Tuum's `{ errors, validationErrors, data }` envelope; requests carry the
// `x-auth-token` and `x-channel-code` headers.
import * as engine from "./engine.js";
import { ApiError, obj, own } from "./http.js";
import { isoDate } from "./clock.js";

/** @typedef {import("./http.js").Route} Route */
/** @typedef {import("./http.js").Req} Req */
/** @typedef {import("./context.js").Ctx} Ctx */

/** The `exp` of a JWT (unverified: this is a sandbox), or undefined. @param {string} token */
function jwtExpiry(token) {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1] ?? "", "base64url").toString("utf8"));
    return typeof payload?.exp === "number" ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks the Tuum headers; returns the channel code.
 * @param {Ctx} ctx @param {Req} req
 */
function auth(ctx, req) {
  const token = req.headers["x-auth-token"];
  if (typeof token !== "string" || token === "") {
    throw new ApiError(401, "The x-auth-token header is required", { code: "UNAUTHORIZED" });
  }
  if (!ctx.credentials.tuumTokens.includes(token)) {
    const exp = jwtExpiry(token);
    if (exp === undefined) throw new ApiError(401, "The x-auth-token is not valid", { code: "UNAUTHORIZED" });
    if (exp <= ctx.clock.now()) {
      throw new ApiError(401, `The x-auth-token expired at ${new Date(exp).toISOString()}`, { code: "TOKEN_EXPIRED" });
    }
  }
  const channel = req.headers["x-channel-code"];
  if (typeof channel !== "string" || channel.trim() === "") {
    throw new ApiError(400, "The x-channel-code header is required", { code: "MISSING_HEADER" });
  }
  return channel.trim();
}

/** @param {engine.Verdict} verdict */
function check(verdict) {
  if (!verdict.valid) throw new ApiError(400, "Validation failed", { issues: verdict.errors });
}

/** Tuum money, a JSON number amount. @param {unknown} m @param {string} [currency] */
function money(m, currency) {
  const o = obj(m);
  if (!o) return null;
  return { amount: Number(o.amount), currencyCode: String(o.currencyCode ?? currency ?? "") };
}

/** @param {number} ms @param {number} days */
const addDays = (ms, days) => isoDate(ms + days * 86_400_000);

/**
 * The APR and instalment of an offer by lendkit's pricing (UK regime, percent),
 * or nulls when this build has no `simulate`.
 * @param {Record<string, any>} offer @param {Record<string, any>} product
 */
function price(offer, product) {
  try {
    const fee = Number(offer.feeMoney?.amount ?? 0);
    const balloon = product.scheduleTypeCode === "BALLOON";
    const quote = engine.simulate({
      principal: String(offer.offeredMoney.amount),
      currency: offer.offeredMoney.currencyCode,
      termMonths: offer.loanPeriod,
      annualRate: String(Number(offer.interestRate) / 100),
      repayment: balloon ? "balloon" : "annuity",
      ...(balloon && product.amortisationPeriod ? { amortisationMonths: product.amortisationPeriod } : {}),
      fees: fee > 0 ? [{ type: "arrangement", amount: String(fee), timing: "upfront" }] : [],
      aprRegime: "uk",
      includeSchedule: false,
    });
    if (!quote) return { apr: null, instalment: null };
    // Tuum writes the APR in percent with two decimals (2.11 for 0.021070).
    return { apr: Number((Number(quote.apr) * 100).toFixed(2)), instalment: Number(quote.instalment) };
  } catch {
    return { apr: null, instalment: null };
  }
}

/**
 * A stored offer from the seed or a request.
 * @param {Ctx} ctx @param {Record<string, any>} input @param {Record<string, any>} product @param {string} channel
 */
export function buildOffer(ctx, input, product, channel) {
  const now = ctx.clock.now();
  const currency = input.requestedMoney?.currencyCode ?? input.offeredMoney?.currencyCode ?? "EUR";
  const offered = money(input.offeredMoney ?? input.requestedMoney, currency);
  const fee = product.feeMoney ? { amount: product.feeMoney, currencyCode: currency } : null;
  const net = offered && fee ? { amount: Math.round((offered.amount - fee.amount) * 100) / 100, currencyCode: currency } : offered;
  return {
    offerId: input.offerId ?? `ID-${ctx.ids.digits(10)}`,
    applicationId: input.applicationId ?? null,
    personId: input.personId,
    coPersonId: null,
    interestRate: product.interestRate,
    loanToValue: null,
    requestedMoney: money(input.requestedMoney, currency),
    offeredMoney: offered,
    grossMoney: offered,
    netMoney: net,
    loanPeriod: Number(input.loanPeriod),
    statusCode: "PREPARING",
    offerDate: isoDate(now),
    statusDate: isoDate(now),
    statusComment: null,
    loanTypeCode: product.loanTypeCode,
    invoiceDay: input.invoiceDay ?? null,
    invoiceDueDay: input.invoiceDueDay ?? null,
    paymentDay: input.paymentDay ?? null,
    servicingAccountId: null,
    apr: null,
    scheduleTypeCode: product.scheduleTypeCode,
    purpose: input.purpose ?? null,
    loanGroupCode: product.loanGroupCode ?? null,
    monthlyRepaymentMoney: money(input.monthlyRepaymentMoney, currency),
    monthlyRepaymentRate: null,
    tenantCode: input.tenantCode ?? null,
    statusCodeReason: "NEW_OFFER",
    minimalWithdrawalTypeCode: null,
    minimalWithdrawalMoney: null,
    maxPeriod: product.maxPeriod,
    maxMoney: { amount: product.maxMoney, currencyCode: currency },
    applicationScore: input.applicationScore ?? null,
    countryCode: input.countryCode ?? null,
    channelCode: channel,
    numberOfPayments: Number(input.loanPeriod),
    annuityMoney: null,
    validityRange: { startDate: isoDate(now), endDate: addDays(now, product.validityDays ?? 0) },
    additionalData: null,
    feeMoney: fee,
    interestMarginRate: product.interestMarginRate ?? null,
    interestBaseRate: product.interestBaseRate ?? null,
    interestTypeCode: product.interestTypeCode ?? "FIX",
    rateBaseCode: product.rateBaseCode ?? null,
    paymentFreeMonths: null,
    invoiceDeliveryMethod: null,
    source: input.applicationId ? { sourceName: "LOAN.APPLICATION", sourceRef: input.applicationId, sourceLink: null } : null,
    repaymentChannelCode: input.paymentChannelCode ?? input.repaymentChannelCode ?? null,
    campaignIds: [],
    limitUsageDate: null,
    contractEndDate: null,
    amortisationPeriod: product.amortisationPeriod ?? null,
    interestRateCapLevel: null,
    interestRateCapCode: null,
    interestRateCap: null,
    maxInvoiceMoney: null,
    minInvoiceMoney: null,
    paymentInstructions: Array.isArray(input.paymentInstructions) ? input.paymentInstructions : null,
  };
}

/** Offers past their validity range expire. @param {Ctx} ctx */
export function tuumTick(ctx) {
  const today = isoDate(ctx.clock.now());
  const offers = ctx.state.tuum.offers;
  for (const [id, seen] of offers.entries()) {
    if (seen.statusCode === "PREPARING" && seen.validityRange?.endDate && seen.validityRange.endDate < today) {
      const offer = offers.get(id); // journalled before it changes
      offer.statusCode = "EXPIRED";
      offer.statusCodeReason = "VALIDITY_ENDED";
      offer.statusDate = today;
      ctx.changed();
    }
  }
}

/** The stored offer without sandbox-only fields, for responses. @param {Record<string, any>} offer */
function offerData(offer) {
  const { paymentInstructions: _p, ...rest } = offer;
  return rest;
}

/** @param {Ctx} ctx @returns {Route[]} */
export function tuumRoutes(ctx) {
  const { state, clock, ids, seed } = ctx;
  return [
    {
      method: "POST",
      pattern: "/api/v3/persons/:personId/offers",
      api: "tuum",
      operationId: "createOffer",
      handler(req) {
        const channel = auth(ctx, req);
        const personId = req.params.personId ?? "";
        if (!own(seed.persons, personId)) throw new ApiError(404, `Person ${personId} not found`, { code: "PERSON_NOT_FOUND" });
        const b = obj(req.body);
        const product = b && typeof b.loanTypeCode === "string" ? own(seed.tuumProducts, b.loanTypeCode) : undefined;
        const currency = obj(b?.requestedMoney)?.currencyCode;
        const now = clock.now();
        check(
          engine.validateRequest("tuum.createOffer", req.body ?? null, {
            now: new Date(now).toISOString(),
            today: isoDate(now),
            tuumOffer: product ? { maxPeriod: product.maxPeriod, maxMoney: { amount: product.maxMoney, currencyCode: currency ?? "EUR" } } : undefined,
          }),
        );
        if (!b) throw new ApiError(400, "Validation failed", { issues: [{ path: "", code: "required", message: "a JSON object is required" }] });
        if (!product) {
          throw new ApiError(400, "Validation failed", {
            issues: [
              {
                path: "loanTypeCode",
                code: "unknown_product",
                message: `no loan product ${String(b.loanTypeCode)}; the sandbox has ${Object.keys(seed.tuumProducts).join(", ")}`,
              },
            ],
          });
        }
        const offer = buildOffer(ctx, { ...b, personId, paymentInstructions: undefined }, product, channel);
        state.tuum.offers.set(offer.offerId, offer);
        ctx.changed();
        return { status: 200, body: { errors: null, validationErrors: null, data: offerData(offer) } };
      },
    },
    {
      method: "POST",
      pattern: "/api/v2/offers/:offerId/accept",
      api: "tuum",
      operationId: "acceptOffer",
      handler(req) {
        const channel = auth(ctx, req);
        const offerId = req.params.offerId ?? "";
        const offer = state.tuum.offers.get(offerId);
        if (!offer) throw new ApiError(404, `Offer ${offerId} not found`, { code: "OFFER_NOT_FOUND" });
        if (offer.statusCode === "EXPIRED") throw new ApiError(409, `Offer ${offerId} has expired`, { code: "OFFER_EXPIRED" });
        if (offer.statusCode !== "PREPARING") {
          throw new ApiError(409, `Offer ${offerId} is ${offer.statusCode} and cannot be accepted`, { code: "OFFER_NOT_ACCEPTABLE" });
        }
        const body = obj(req.body) ?? {};
        const instructions = Array.isArray(body.paymentInstructions) ? body.paymentInstructions : offer.paymentInstructions;
        const payload = { offerId, ...body, ...(instructions ? { paymentInstructions: instructions } : {}) };
        const now = clock.now();
        check(
          engine.validateRequest("tuum.acceptOffer", payload, {
            now: new Date(now).toISOString(),
            today: isoDate(now),
            tuumOffer: offerData(offer),
          }),
        );
        if (!Array.isArray(instructions) || instructions.length === 0) {
          throw new ApiError(400, "Validation failed", {
            issues: [
              {
                path: "paymentInstructions",
                code: "required",
                message: "The loan offer can be accepted only if the payment instructions are provided",
              },
            ],
          });
        }
        const product = own(seed.tuumProducts, offer.loanTypeCode) ?? {};
        const stamp = new Date(now).toISOString().slice(0, 19);
        const history = (/** @type {string | null} */ oldValue, /** @type {string} */ newValue, /** @type {string} */ by, /** @type {string} */ ref) => ({
          actionHistoryId: null,
          employeeId: by === "SYSTEM" ? "4" : "1",
          sourceField: "STATUS_CODE",
          oldValue,
          newValue,
          actionTypeCode: oldValue === null ? "INS" : null,
          comment: by === "SYSTEM" ? null : "Created during offer change",
          reasonCode: null,
          insertedDTime: stamp,
          insertedBy: by,
          source: { sourceName: "LOAN.PAYMENT_INSTRUCTION", sourceRef: ref, sourceLink: null },
        });
        const paymentInstructions = instructions.map((/** @type {unknown} */ raw, /** @type {number} */ i) => {
          const p = obj(raw) ?? {};
          const id = i === 0 ? offer.offerId : `ID-${ids.digits(10)}`;
          return {
            paymentInstructionId: id,
            personId: p.personId ?? null,
            beneficiaryName: p.beneficiaryName ?? null,
            beneficiaryIban: p.beneficiaryIban ?? null,
            beneficiaryAccountNumber: p.beneficiaryAccountNumber ?? null,
            beneficiaryAccountNumberCountryCode: p.beneficiaryAccountNumberCountryCode ?? null,
            beneficiaryBankCode: p.beneficiaryBankCode ?? null,
            beneficiaryAccountId: p.beneficiaryAccountId ?? null,
            counterpartyBic: p.counterpartyBic ?? null,
            money: money(p.money, offer.offeredMoney.currencyCode) ?? offer.netMoney,
            details: p.details ?? null,
            referenceNumber: p.referenceNumber ?? null,
            processed: false,
            source: { sourceName: "LOAN.OFFER", sourceRef: offer.offerId, sourceLink: null },
            contractSource: { sourceName: "LOAN.CONTRACT_HEADER", sourceRef: null, sourceLink: null, contractNumber: null },
            contractVersionNumber: null,
            statusCode: "VALIDATED",
            errorCode: null,
            paymentChannelCode: p.paymentChannelCode ?? offer.repaymentChannelCode ?? null,
            onDemand: false,
            scheduleRegenerationRule: null,
            actionHistories: [
              history(null, "INSERTED", "John Officer", id),
              history("INSERTED", "VALIDATING", "John Officer", id),
              history("VALIDATING", "VALIDATED", "SYSTEM", id),
            ],
          };
        });
        const { apr, instalment } = price(offer, product);
        const contractId = `ID-${ids.digits(10)}`;
        const accepted = {
          ...offerData(offer),
          statusCode: "ACCEPTED",
          statusDate: isoDate(now),
          statusCodeReason: null,
          channelCode: channel,
          apr,
          annuityMoney:
            product.scheduleTypeCode === "ANNUITY" && instalment !== null
              ? { amount: instalment, currencyCode: offer.offeredMoney.currencyCode }
              : offer.annuityMoney,
          paymentInstructions,
          coBorrowers: [{ personId: offer.personId, borrowerTypeCode: "BORROWER" }],
          contractId,
          contractNumber: ids.digits(6),
          activeVersionId: `ID-${ids.digits(10)}`,
          collateralRequired: false,
          overdraft: false,
        };
        Object.assign(offer, accepted);
        state.tuum.contracts.set(contractId, { contractId, offerId: offer.offerId, personId: offer.personId, createdAt: new Date(now).toISOString() });
        ctx.changed();
        return { status: 200, body: { errors: null, validationErrors: null, data: accepted } };
      },
    },
  ];
}
