// Type-checked (tsc --noEmit, strict) the way a merchant's checkout uses the
// clients: if a generated type drifts from this usage, the build fails.
import {
  AssetLoansClient,
  NemuruClient,
  TuumClient,
  isLendkitConflictError,
  isLendkitValidationError,
  verifyWebhook,
  type AssetLoanResponse,
  type FieldProblem,
  type NemuruLoanConditions,
  type NemuruLoanStepEvent,
  type TuumOfferResponse,
} from "lendkit";

export async function financeWithNemuru(signal: AbortSignal): Promise<string> {
  const nemuru = new NemuruClient({ baseUrl: "https://api.nemuru.example", username: "shop@example.com", password: "secret" });
  const { data } = await nemuru.getLoanConditions({ currency: "EUR", term: 30, principal: "5000" }, { signal });
  const offer: NemuruLoanConditions | undefined = data.find((d) => d.loan_conditions.program === "free_program")?.loan_conditions;
  const instalment: string = offer?.user_defined_quota ?? "0";
  try {
    const { id } = await nemuru.createLoan(
      {
        currency: "EUR",
        term: 30,
        principal: "5000",
        program: "free_program",
        borrower: { email: "john.doe@gmail.com", first_name: "John", last_name: "Doe", phone_number: "+34601000001" },
        asset_type: "home_improvement",
        asset: { description: "Kitchen", value: "9000" },
      },
      { timeoutMs: 10_000, signal },
    );
    await nemuru.uploadFiles(id, [{ name: "dni.jpeg", type: "document_id_front", data: new Uint8Array([1, 2, 3]) }]);
    const loan = await nemuru.waitForLoan(id, { until: ["status_contract_signed"], intervalMs: 2000, timeoutMs: 600_000, signal });
    return `${loan.payload.status} ${instalment}`;
  } catch (e) {
    if (isLendkitValidationError(e)) {
      const problems: FieldProblem[] = e.details;
      return problems.map((p) => `${p.path}: ${p.message}`).join("\n");
    }
    if (isLendkitConflictError(e)) return `conflict ${e.status ?? 0} ${e.requestId ?? ""}`;
    throw e;
  }
}

export async function tuumOffer(): Promise<string | undefined> {
  const tuum = new TuumClient({ baseUrl: "https://loan-api.sandbox.tuumplatform.com", authToken: "jwt", channelCode: "system" });
  const money = (amount: string) => ({ amount, currencyCode: "GBP" });
  const offer: TuumOfferResponse = await tuum.createOffer("ID-3392", { requestedMoney: money("20000"), loanPeriod: 12, loanTypeCode: "BALLOON_LOAN" });
  const accepted = await tuum.acceptOffer(offer.data.offerId, {
    paymentInstructions: [{ beneficiaryName: "Trevor Harry Tuum", beneficiaryIban: "GB82WEST12345698765432", money: money("20000") }],
  });
  return accepted.data.contractId;
}

export async function assetLoan(): Promise<AssetLoanResponse> {
  const assets = new AssetLoansClient({ baseUrl: "https://assets.example", token: "bearer" });
  const offer = await assets.createAssetOffer({ identityNumber: "196801012342", country: "SE" });
  const asset = offer.assets[0];
  if (!asset) throw new Error("no eligible asset");
  const loan = await assets.createAssetLoan({
    offerId: offer.offerId,
    assetId: asset.assetId,
    loanAmount: "80000",
    termMonths: 60,
    currency: asset.currency,
    customer: { identityNumber: "196801012342", country: "SE", email: "anna@example.se", phone: "+46701234567" },
  });
  const signingUrl: string | undefined = loan.requirements.find((r) => r.type === "CUSTOMER_CONTRACT")?.details?.signingUrl;
  void signingUrl;
  return assets.waitForLoan(loan.loanId, { until: "COMPLETED", intervalMs: 5000, timeoutMs: 3_600_000 });
}

export function onWebhook(headers: Record<string, string | string[] | undefined>, body: string): NemuruLoanStepEvent {
  return verifyWebhook({ headers, body }, "Basic bG9sOnNlY3VyZQ==");
}
