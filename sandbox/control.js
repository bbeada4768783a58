// @ts-check
// What is not one of the lenders' APIs: the signing page a customer opens from
// an asset loan's `signingUrl` (sign or decline), and the control endpoints
// under /_sandbox/ that tests and demos use to move time, drive steps and
// inject faults (./faults.js).
import { ApiError, obj } from "./http.js";
import { assetLoanOf, declineLoan, registerLoan, signLoan } from "./asset-loans.js";
import { ALL_STEPS, setStep } from "./nemuru.js";
import { isoSeconds, LATEST_INSTANT, MAX_ADVANCE_MS } from "./clock.js";
import { parseFault } from "./faults.js";
import { withSecci } from "./secci-page.js";

/** @typedef {import("./http.js").Route} Route */
/** @typedef {import("./context.js").Ctx} Ctx */

/** @param {unknown} s */
const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** @param {string} title @param {string} body */
function page(title, body) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1b1b1f}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{color:#555}form{display:inline}
button{font:inherit;padding:.5rem 1.25rem;margin:1rem .5rem 0 0;border-radius:.4rem;border:1px solid #888;cursor:pointer}
button[value=sign]{background:#14532d;color:#fff;border-color:#14532d}.note{color:#555;font-size:.9rem}</style>
</head><body>${body}<p class="note">lendkit sandbox: no real contract is signed.</p></body></html>`;
}

/**
 * @param {Ctx} ctx
 * @param {{ tick: () => void, info: () => Record<string, unknown>, requests: () => unknown[], faults: import("./faults.js").Faults }} hooks
 * @returns {Route[]}
 */
export function controlRoutes(ctx, hooks) {
  /** @param {string} contractId */
  const loanByContract = (contractId) => {
    const loanId = ctx.state.asset.contracts.get(contractId);
    const loan = ctx.state.asset.loans.get(loanId);
    if (!loan) throw new ApiError(404, "Contract not found");
    return loan;
  };
  /** @param {Record<string, any>} loan */
  const signingPage = (loan, notice = "") => {
    const contract = loan.requirements.find((/** @type {any} */ r) => r.type === "CUSTOMER_CONTRACT");
    const open = loan.status === "IN_PROGRESS" && contract.status === "PENDING";
    const rows = [
      ["Loan", loan.loanId],
      ["Amount", `${loan.loanAmount} ${loan.currency}`],
      ["Term", `${loan.termMonths} months`],
      ["Security", loan.assetId],
      ["Customer", loan.customer?.identityNumber ?? ""],
      ["Contract", contract.status],
      ["Loan status", loan.status],
    ]
      .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
      .join("");
    const form = open
      ? `<p>By signing you authorise a credit marking on the vehicle; you keep the vehicle.</p>
<form method="post" action="/sign/${esc(loan.contractId)}"><button name="action" value="sign">Sign</button><button name="action" value="decline">Decline</button></form>
<p class="note">Open until ${esc(contract.details?.expiresAt ?? "")}</p>`
      : "";
    return page("Sign your loan agreement", `<h1>Loan agreement</h1>${notice ? `<p role="status">${esc(notice)}</p>` : ""}<dl>${rows}</dl>${form}`);
  };

  return [
    {
      method: "GET",
      pattern: "/sign/:contractId",
      api: "sandbox",
      handler(req) {
        const loan = loanByContract(req.params.contractId ?? "");
        return { status: 200, html: withSecci(loan, signingPage(loan)) };
      },
    },
    {
      method: "POST",
      pattern: "/sign/:contractId",
      api: "sandbox",
      body: "form",
      handler(req) {
        const loan = loanByContract(req.params.contractId ?? "");
        const action = obj(req.body)?.action;
        try {
          if (action === "sign") signLoan(ctx, loan);
          else if (action === "decline") declineLoan(ctx, loan);
          else return { status: 400, html: signingPage(loan, "Choose sign or decline.") };
        } catch (e) {
          if (e instanceof ApiError) return { status: e.status, html: signingPage(loan, e.message) };
          throw e;
        }
        return { status: 200, html: signingPage(loan, action === "sign" ? "Signed. Thank you." : "Declined.") };
      },
    },
    {
      method: "GET",
      pattern: "/_sandbox",
      api: "sandbox",
      operationId: "sandboxInfo",
      handler() {
        return { status: 200, body: hooks.info() };
      },
    },
    {
      method: "POST",
      pattern: "/_sandbox/advance",
      api: "sandbox",
      operationId: "sandboxAdvance",
      handler(req) {
        const b = obj(req.body) ?? {};
        /** @param {string} path @param {string} message */
        const bad = (path, message) => new ApiError(400, message, { issues: [{ path, code: "out_of_range", message }] });
        let ms = 0;
        const units = /** @type {const} */ ([
          ["ms", 1],
          ["seconds", 1000],
          ["minutes", 60_000],
          ["hours", 3_600_000],
          ["days", 86_400_000],
        ]);
        for (const [k, f] of units) {
          if (b[k] === undefined) continue;
          if (typeof b[k] !== "number" || !Number.isFinite(b[k]) || b[k] < 0) {
            throw new ApiError(400, `${k} must be a non-negative number`, { issues: [{ path: k, code: "invalid_type", message: `${k} must be a non-negative number` }] });
          }
          if (b[k] * f > MAX_ADVANCE_MS) throw bad(k, `${k} must be at most ${MAX_ADVANCE_MS / f} (the clock moves at most 3650 days per call)`);
          ms += b[k] * f;
        }
        if (typeof b.to === "string") {
          const to = Date.parse(b.to);
          if (Number.isNaN(to)) throw bad("to", "to must be an RFC 3339 instant");
          if (to > LATEST_INSTANT) throw bad("to", "to must be at most 9999-12-31T23:59:59.999Z");
          if (to < ctx.clock.now()) throw new ApiError(409, "the clock only moves forward");
          ms += to - ctx.clock.now();
        } else if (b.to !== undefined) {
          throw bad("to", "to must be an RFC 3339 instant");
        }
        if (ctx.clock.now() + ms > LATEST_INSTANT) throw new ApiError(409, "the clock cannot pass 9999-12-31T23:59:59.999Z");
        ctx.clock.advance(Math.round(ms));
        hooks.tick();
        ctx.changed();
        return { status: 200, body: { now: isoSeconds(ctx.clock.now()), advancedMs: Math.round(ms) } };
      },
    },
    ...["sign", "decline", "register"].map(
      (action) =>
        /** @type {Route} */ ({
          method: "POST",
          pattern: `/_sandbox/asset-loans/:loanId/${action}`,
          api: "sandbox",
          operationId: `sandbox${action[0]?.toUpperCase()}${action.slice(1)}AssetLoan`,
          handler(req) {
            const loan = assetLoanOf(ctx, req.params.loanId ?? "");
            if (action === "sign") signLoan(ctx, loan);
            else if (action === "decline") declineLoan(ctx, loan);
            else registerLoan(ctx, loan);
            return { status: 200, body: { loanId: loan.loanId, status: loan.status, assetId: loan.assetId, requirements: loan.requirements } };
          },
        }),
    ),
    {
      method: "POST",
      pattern: "/_sandbox/nemuru/loans/:loanId/step",
      api: "sandbox",
      operationId: "sandboxSetLoanStep",
      handler(req) {
        const loan = ctx.state.nemuru.loans.get(req.params.loanId);
        if (!loan) throw new ApiError(404, "Loan not found");
        const step = obj(req.body)?.step;
        if (typeof step !== "string" || !ALL_STEPS.includes(step)) {
          throw new ApiError(400, `step must be one of ${ALL_STEPS.join(", ")}`, {
            issues: [{ path: "step", code: "not_one_of", message: `step must be one of ${ALL_STEPS.join(", ")}` }],
          });
        }
        setStep(ctx, loan, step);
        return { status: 200, body: { id: loan.id, status: loan.status } };
      },
    },
    {
      method: "POST",
      pattern: "/_sandbox/faults",
      api: "sandbox",
      operationId: "sandboxInjectFault",
      handler(req) {
        const b = obj(req.body);
        if (!b) throw new ApiError(400, "the body must be a JSON object { status, count?, method?, path?, message? }");
        const fault = hooks.faults.add(parseFault(b));
        return { status: 201, body: { fault, faults: hooks.faults.list() } };
      },
    },
    {
      method: "GET",
      pattern: "/_sandbox/faults",
      api: "sandbox",
      operationId: "sandboxFaults",
      handler() {
        return { status: 200, body: { faults: hooks.faults.list() } };
      },
    },
    {
      method: "DELETE",
      pattern: "/_sandbox/faults",
      api: "sandbox",
      operationId: "sandboxClearFaults",
      handler() {
        return { status: 200, body: { cleared: hooks.faults.clear(), faults: [] } };
      },
    },
    {
      method: "GET",
      pattern: "/_sandbox/requests",
      api: "sandbox",
      operationId: "sandboxRequests",
      handler() {
        return { status: 200, body: hooks.requests() };
      },
    },
    {
      method: "GET",
      pattern: "/_sandbox/deliveries",
      api: "sandbox",
      operationId: "sandboxDeliveries",
      handler() {
        return { status: 200, body: ctx.state.deliveries.values() };
      },
    },
  ];
}
