// The asset-loan signing page shows the pre-contract information sheet (SECCI,
// Directive (EU) 2023/2225 Annex I) of the loan being signed: its figures are
// lendkit's `simulate` of that loan (amount, term, currency) at the sandbox's
// stated fictitious rate (sandbox/secci-page.js), formatted in the market's
// locale. A Norwegian loan (not a CCD2 market) says why it has none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ASSET_AUTH, client, start } from "./helpers.mjs";
import { ASSET_LOAN_TERMS } from "../../sandbox/secci-page.js";

const sandbox = await start();
const request = client(sandbox);
const H = { headers: ASSET_AUTH };

test("the signing page of a Swedish asset loan shows its SECCI, every key figure the loan's own", async () => {
  const { simulate } = await import("lendkit");
  const body = {
    offerId: "off_k93mxp12",
    assetId: "asset_vehicle_9f3kd82jpl",
    loanAmount: 80000,
    termMonths: 60,
    currency: "SEK",
    customer: { identityNumber: "196801012342", country: "SE", email: "anna.larsson@email.se", phone: "+46701234567" },
  };
  const loan = await request("POST", "/v1/asset-loans", { json: body, ...H });
  assert.equal(loan.status, 200, loan.text);
  const html = await (await fetch(loan.body.requirements[0].details.signingUrl)).text();
  assert.match(html, /value="sign"/);
  assert.match(html, /class="secci-on-signing"[^>]*data-market="SE" data-locale="sv-SE"/);
  assert.ok(html.indexOf('class="secci-on-signing"') > html.indexOf('value="sign"'), "the sheet follows the loan's summary");
  const quote = simulate({ principal: "80000", currency: "SEK", termMonths: 60, annualRate: ASSET_LOAN_TERMS.annualRate });
  const kr = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK" });
  for (const [key, value] of [["totalAmountOfCredit", quote.principal], ["totalAmountPayable", quote.totalAmountPayable], ["instalment", quote.instalment]]) {
    const row = new RegExp(`<tr data-key="${key}"[^]*?</tr>`).exec(html)?.[0] ?? "";
    assert.ok(row.includes(kr.format(value)), `${key}: ${kr.format(value)} not in ${row}`);
  }
  assert.match(html, /<tr data-key="duration"[^]*?60 månader/);
  assert.match(html, /A credit marking on the vehicle asset_vehicle_9f3kd82jpl/);
  assert.doesNotMatch(html, /<script/i);
});

test("a Norwegian asset loan's signing page says why there is no SECCI", async () => {
  const offer = (await request("POST", "/v1/asset-offers", { json: { identityNumber: "15038512363", country: "NO" }, ...H })).body;
  const loan = await request("POST", "/v1/asset-loans", {
    json: {
      offerId: offer.offerId,
      assetId: offer.assets[0].assetId,
      loanAmount: 100000,
      termMonths: 48,
      currency: "NOK",
      customer: { identityNumber: "15038512363", country: "NO", email: "ola@example.no", phone: "+4791234567" },
    },
    ...H,
  });
  assert.equal(loan.status, 200, loan.text);
  const html = await (await fetch(loan.body.requirements[0].details.signingUrl)).text();
  assert.match(html, /data-unavailable="unsupported_market"/);
  assert.match(html, /finansavtaleloven/);
  assert.match(html, /value="sign"/);
});
