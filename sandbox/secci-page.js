// @ts-check
// The pre-contract information sheet on the sandbox's asset-loan signing page:
// before the customer signs, the page shows the SECCI (Directive (EU)
// 2023/2225, Annex I) of the loan being signed, built by lendkit's own
// `secci` from lendkit's `simulate` of that loan (amount, term, currency).
//
// The asset loans API carries no interest rate, fee or lender identity, so the
// sandbox states its own, fictitious, below (ASSET_LOAN_TERMS) and says so on
// the page. lendkit is imported on first use (the built package, pkg/node.js).

/** The sandbox lender's fictitious terms for every asset loan (not from any real lender). */
export const ASSET_LOAN_TERMS = {
  annualRate: "0.069",
  creditor: {
    name: "lendkit sandbox lender (fictitious)",
    address: "Sandbox Street 1, 00000 Nowhere",
    contact: { phone: "+00 000 000 000", email: "sandbox@lendkit.invalid" },
  },
  latePayment: { rate: "0.12", terms: "sandbox terms (fictitious)" },
  typeOfCredit: "Fixed-rate instalment loan secured by a credit marking on a vehicle (sandbox)",
  drawdown: "Paid out in full when the credit marking is registered (sandbox).",
  redress: "None: this is a sandbox; no real agreement is concluded.",
};

/** @param {unknown} s */
const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** lendkit, once `loadSecci` has imported it; `null` when it could not be (the reason in `unavailable`). @type {typeof import("lendkit") | null | undefined} */
let lendkit;
let unavailable = "";

/**
 * Imports lendkit (the built package) once, before the sandbox serves: the
 * signing page's handler runs inside a synchronous unit of work (store.js), so
 * it cannot await the import itself. A package that does not load (pkg/ not
 * built) leaves the page without a sheet, saying why.
 */
export async function loadSecci() {
  if (lendkit !== undefined) return;
  try {
    lendkit = await import("lendkit");
  } catch (e) {
    lendkit = null;
    unavailable = e instanceof Error ? e.message : String(e);
  }
}

/**
 * `page` (the signing page's HTML) with the SECCI of `loan` before its closing
 * body tag, or a note saying why there is none (e.g. Norway: not a CCD2 market).
 * @param {Record<string, any>} loan @param {string} page
 */
export function withSecci(loan, page) {
  if (!lendkit) {
    const why = lendkit === null ? `lendkit did not load (${unavailable})` : "lendkit is not loaded yet";
    return page.replace("</body>", `<section class="secci-on-signing" data-unavailable="not_loaded"><p class="note">No pre-contract information sheet: ${esc(why)}</p></section></body>`);
  }
  const { secci, simulate, isLendkitError } = lendkit;
  let section;
  try {
    const quote = simulate({
      principal: String(loan.loanAmount),
      currency: String(loan.currency),
      termMonths: Number(loan.termMonths),
      annualRate: ASSET_LOAN_TERMS.annualRate,
    });
    const { annualRate: _rate, ...options } = ASSET_LOAN_TERMS;
    const sheet = secci(quote, {
      ...options,
      market: String(loan.country),
      sureties: `A credit marking on the vehicle ${loan.assetId ?? ""} (sandbox)`,
    });
    const css = /<style>([\s\S]*?)<\/style>/.exec(sheet.html)?.[1] ?? "";
    const body = /<main>([\s\S]*?)<\/main>/.exec(sheet.html)?.[1] ?? "";
    section = `<section class="secci-on-signing" aria-label="${esc(sheet.title)}" data-market="${esc(sheet.market)}" data-locale="${esc(sheet.locale)}">
<style>${css.replace(/@page[^}]*\}/g, "").replace(/html, body \{[^}]*\}/, "")}</style>${body}
<p class="note">Sandbox: the asset loans API has no rate or lender; this sheet prices the loan at the sandbox's fictitious ${esc(ASSET_LOAN_TERMS.annualRate)} borrowing rate.</p></section>`;
  } catch (e) {
    if (!isLendkitError(e)) throw e;
    section = `<section class="secci-on-signing" data-unavailable="${esc(e.code)}"><p class="note">No pre-contract information sheet: ${esc(e.details[0]?.message ?? e.message)}</p></section>`;
  }
  return page.replace("</body>", `${section}</body>`);
}
