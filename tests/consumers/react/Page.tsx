// A product page in React: <lendkit-offer> as an intrinsic element (typed by
// lendkit/components/react's JSX declarations), with the figure also rendered on the
// server from `lowestInstalment`.
import { lowestInstalment, type PricingTable } from "lendkit";
// The JSX declarations of <lendkit-offer> and <lendkit-checkout> (types only, opt-in:
// a project without React needs no @types/react).
import type {} from "lendkit/components/react";

export function ProductPage({ pricing, amount }: { pricing: PricingTable; amount: string }) {
  const offer = lowestInstalment({ pricing, principal: amount });
  return (
    <main>
      <h1>Kitchen</h1>
      <lendkit-offer amount={amount} pricing={pricing} action-label="See financing options"></lendkit-offer>
      <p className="from">{offer ? `From ${offer.instalment} ${offer.currency}/month` : "Financing is not available for this amount."}</p>
    </main>
  );
}
