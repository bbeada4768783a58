// @ts-check
// The asset-secured loans API: asset offers (which of a customer's vehicles
// can secure a loan, and for how much: lendkit's `assetOffer`), and asset
// loans whose requirements progress from the customer's contract (signed or
// declined on the sandbox's own signing page) to the credit marking with the
// country's registry. Errors are `{ error }`, as the document's 404.
import * as engine from "./engine.js";
import { ApiError, bearer, obj, own } from "./http.js";
import { isoSeconds } from "./clock.js";

/** @typedef {import("./http.js").Route} Route */
/** @typedef {import("./http.js").Req} Req */
/** @typedef {import("./context.js").Ctx} Ctx */

/** @param {Ctx} ctx @param {Req} req */
function auth(ctx, req) {
  const token = bearer(req);
  if (!token || !ctx.credentials.assetLoansTokens.includes(token)) {
    throw new ApiError(401, "Unauthorized", { headers: { "www-authenticate": 'Bearer realm="lendkit-sandbox"' } });
  }
}

/** @param {engine.Verdict} verdict */
function check(verdict) {
  if (!verdict.valid) throw new ApiError(400, "Validation failed", { issues: verdict.errors });
}

/**
 * The customer of the seed with this identity number, compared in lendkit's
 * canonical form.
 * @param {Ctx} ctx @param {string} country @param {string} identityNumber
 */
export function findCustomer(ctx, country, identityNumber) {
  const wanted = engine.normalizeIdentity(country, identityNumber);
  if (wanted === undefined) return undefined;
  return ctx.seed.customers.find((c) => c.country === country && engine.normalizeIdentity(c.country, c.identityNumber) === wanted);
}

/**
 * Issues an offer with lendkit's eligibility rules; seed vehicles with a
 * documented `assetId` keep that id in every offer.
 * @param {Ctx} ctx @param {string} country @param {string} identityNumber @param {string} [offerId]
 */
export function issueOffer(ctx, country, identityNumber, offerId) {
  const customer = findCustomer(ctx, country, identityNumber);
  const vehicles = customer?.assets ?? [];
  const now = isoSeconds(ctx.clock.now());
  let offer;
  try {
    offer = engine.assetOffer(
      ctx.seed.assetPolicy,
      {
        identityNumber,
        country,
        assets: vehicles.map(({ assetId: _alias, ...v }) => v),
      },
      now,
    );
  } catch (e) {
    if (e instanceof engine.EngineInputError) {
      throw new ApiError(400, "Validation failed", { issues: e.issues.length ? e.issues : [{ path: "", code: e.code, message: e.message }] });
    }
    throw e;
  }
  /** @param {{ assetId: string, details: { make: string, model: string, modelYear: number } }} a */
  const alias = (a) => {
    const v = vehicles.find((x) => x.make === a.details.make && x.model === a.details.model && x.modelYear === a.details.modelYear);
    if (v?.assetId) a.assetId = v.assetId;
  };
  offer.assets.forEach(alias);
  for (const a of /** @type {any[]} */ (offer.ineligibleAssets ?? [])) alias(a);
  if (offerId) offer.offerId = offerId;
  const normalized = engine.normalizeIdentity(country, identityNumber) ?? identityNumber;
  ctx.state.asset.offers.set(offer.offerId, { offer, identityNumber: normalized, country, createdMs: ctx.clock.now() });
  ctx.changed();
  return offer;
}

/** @param {Record<string, any>} loan */
function loanView(loan) {
  return { loanId: loan.loanId, status: loan.status, assetId: loan.assetId, requirements: loan.requirements };
}

/** @param {Record<string, any>} loan @param {string} type */
const requirement = (loan, type) => loan.requirements.find((/** @type {any} */ r) => r.type === type);

/**
 * The customer signs the contract: the credit marking goes to the registry.
 * @param {Ctx} ctx @param {Record<string, any>} loan
 */
export function signLoan(ctx, loan) {
  const contract = requirement(loan, "CUSTOMER_CONTRACT");
  if (loan.status !== "IN_PROGRESS" || contract.status !== "PENDING") {
    throw new ApiError(409, `The contract cannot be signed: the loan is ${loan.status}, the contract ${contract.status}`);
  }
  const now = ctx.clock.now();
  contract.status = "COMPLETED";
  contract.details = { completedAt: isoSeconds(now) };
  const registration = requirement(loan, "CREDIT_MARKING_REGISTRATION");
  registration.status = "IN_PROGRESS";
  loan.signedMs = now;
  ctx.changed();
  if (ctx.timing.registrationSeconds <= 0) registerLoan(ctx, loan);
}

/** The customer declines: the loan is cancelled. @param {Ctx} ctx @param {Record<string, any>} loan */
export function declineLoan(ctx, loan) {
  const contract = requirement(loan, "CUSTOMER_CONTRACT");
  if (loan.status !== "IN_PROGRESS" || contract.status !== "PENDING") {
    throw new ApiError(409, `The contract cannot be declined: the loan is ${loan.status}, the contract ${contract.status}`);
  }
  contract.status = "FAILED";
  contract.details = { declinedAt: isoSeconds(ctx.clock.now()), reason: "DECLINED_BY_CUSTOMER" };
  loan.status = "CANCELLED";
  ctx.changed();
}

/** The registry registers the credit marking: the loan is complete. @param {Ctx} ctx @param {Record<string, any>} loan */
export function registerLoan(ctx, loan) {
  const registration = requirement(loan, "CREDIT_MARKING_REGISTRATION");
  if (loan.status !== "IN_PROGRESS" || registration.status !== "IN_PROGRESS") {
    throw new ApiError(409, `The credit marking cannot be registered: the loan is ${loan.status}, the registration ${registration.status}`);
  }
  const now = ctx.clock.now();
  const registry = own(ctx.seed.registries, loan.country) ?? { name: "registry", referencePrefix: "REG" };
  registration.status = "COMPLETED";
  registration.details = {
    registry: registry.name,
    reference: `${registry.referencePrefix}-${new Date(now).getUTCFullYear()}-${ctx.ids.digits(5)}`,
    registeredAt: isoSeconds(now),
  };
  loan.status = "COMPLETED";
  ctx.changed();
}

/**
 * Time-driven steps: an unsigned contract expires (the loan is cancelled); a
 * signed one is registered once the registry's delay has passed.
 * @param {Ctx} ctx
 */
export function assetTick(ctx) {
  const now = ctx.clock.now();
  const loans = ctx.state.asset.loans;
  for (const [id, seen] of loans.entries()) {
    if (seen.status !== "IN_PROGRESS") continue;
    const pending = requirement(seen, "CUSTOMER_CONTRACT").status;
    const due =
      (pending === "PENDING" && now >= seen.signingExpiresMs) ||
      (pending === "COMPLETED" && now >= seen.signedMs + ctx.timing.registrationSeconds * 1000);
    if (!due) continue;
    const loan = loans.get(id); // journalled before it changes
    const contract = requirement(loan, "CUSTOMER_CONTRACT");
    if (contract.status === "PENDING" && now >= loan.signingExpiresMs) {
      contract.status = "FAILED";
      contract.details = { expiredAt: isoSeconds(loan.signingExpiresMs), reason: "SIGNING_EXPIRED" };
      loan.status = "CANCELLED";
      ctx.changed();
    } else if (contract.status === "COMPLETED" && now >= loan.signedMs + ctx.timing.registrationSeconds * 1000) {
      registerLoan(ctx, loan);
    }
  }
}

/** @param {Ctx} ctx @param {string} loanId */
export function assetLoanOf(ctx, loanId) {
  const loan = ctx.state.asset.loans.get(loanId);
  if (!loan) throw new ApiError(404, "Loan not found");
  return loan;
}

/** @param {Ctx} ctx @returns {Route[]} */
export function assetRoutes(ctx) {
  const { state, clock, ids } = ctx;
  /** @param {Record<string, any>} stored */
  const offerView = (stored) => stored.offer;

  return [
    {
      method: "POST",
      pattern: "/v1/asset-offers",
      api: "asset",
      operationId: "createAssetOffer",
      handler(req) {
        auth(ctx, req);
        check(engine.validateRequest("assetOffers.create", req.body ?? null, { now: isoSeconds(clock.now()) }));
        const b = obj(req.body) ?? {};
        return { status: 200, body: issueOffer(ctx, String(b.country ?? ""), String(b.identityNumber ?? "")) };
      },
    },
    {
      method: "GET",
      pattern: "/v1/asset-offers",
      api: "asset",
      operationId: "listAssetOffers",
      handler(req) {
        auth(ctx, req);
        const id = req.query.get("identityNumber");
        const offers = state.asset.offers
          .values()
          .filter((o) => id === null || engine.normalizeIdentity(o.country, id) === o.identityNumber)
          .sort((a, b) => a.createdMs - b.createdMs)
          .map(offerView);
        return { status: 200, body: offers };
      },
    },
    {
      method: "GET",
      pattern: "/v1/asset-offers/:offerId",
      api: "asset",
      operationId: "getAssetOffer",
      handler(req) {
        auth(ctx, req);
        const stored = state.asset.offers.get(req.params.offerId);
        if (!stored) throw new ApiError(404, "Offer not found");
        return { status: 200, body: offerView(stored) };
      },
    },
    {
      method: "POST",
      pattern: "/v1/asset-loans",
      api: "asset",
      operationId: "createAssetLoan",
      handler(req) {
        auth(ctx, req);
        const b = obj(req.body);
        const customer = obj(b?.customer) ?? {};
        /** @type {Record<string, any> | undefined} */
        let stored;
        if (typeof b?.offerId === "string" && b.offerId !== "") {
          stored = state.asset.offers.get(b.offerId);
          if (!stored) throw new ApiError(404, "Offer not found");
        } else if (typeof b?.assetId === "string") {
          // A soft reference: the latest offer of this customer with the asset.
          stored = state.asset.offers
            .values()
            .filter((o) => o.offer.assets.some((/** @type {any} */ a) => a.assetId === b.assetId))
            .filter((o) => typeof customer.country !== "string" || o.country === customer.country)
            .sort((x, y) => y.createdMs - x.createdMs)[0];
        }
        const now = clock.now();
        check(
          engine.validateRequest("assetLoans.create", req.body ?? null, {
            now: isoSeconds(now),
            assetOffer: stored?.offer,
          }),
        );
        if (!b) throw new ApiError(400, "Validation failed", { issues: [{ path: "", code: "required", message: "a JSON object is required" }] });
        if (stored && Date.parse(stored.offer.expiresAt) <= now) {
          throw new ApiError(410, "Offer expired", { extra: { offerId: stored.offer.offerId, expiresAt: stored.offer.expiresAt } });
        }
        if (!stored) throw new ApiError(404, "Offer not found");
        const country = stored.country;
        const registry = own(ctx.seed.registries, country) ?? { name: "registry", referencePrefix: "REG" };
        const loanId = `loan_${ids.base36(10)}`;
        const contractId = `ctr_${ids.base36(8)}`;
        const signingExpiresMs = now + ctx.timing.signingHours * 3_600_000;
        const loan = {
          loanId,
          status: "IN_PROGRESS",
          assetId: b.assetId,
          offerId: stored.offer.offerId,
          country,
          loanAmount: b.loanAmount,
          termMonths: b.termMonths,
          currency: b.currency,
          customer,
          contractId,
          createdMs: now,
          signingExpiresMs,
          signedMs: 0,
          requirements: [
            {
              type: "CUSTOMER_CONTRACT",
              status: "PENDING",
              responsibleParty: "USER",
              details: { signingUrl: `${ctx.publicUrl()}/sign/${contractId}`, expiresAt: isoSeconds(signingExpiresMs) },
            },
            {
              type: "CREDIT_MARKING_REGISTRATION",
              status: "PENDING",
              responsibleParty: "SYSTEM",
              details: { registry: registry.name },
            },
          ],
        };
        state.asset.loans.set(loanId, loan);
        state.asset.contracts.set(contractId, loanId);
        ctx.changed();
        return { status: 200, body: loanView(loan) };
      },
    },
    {
      method: "GET",
      pattern: "/v1/asset-loans/:loanId",
      api: "asset",
      operationId: "getAssetLoan",
      handler(req) {
        auth(ctx, req);
        return { status: 200, body: loanView(assetLoanOf(ctx, req.params.loanId ?? "")) };
      },
    },
  ];
}
