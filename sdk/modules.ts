// The package's three wasm modules and when each is instantiated:
//
// - pricing (pkg/wasm/lendkit_pricing_bg.wasm): `lowestInstalment`, `simulate`:
//   what a product page needs; `lendkit/pricing` and `<lendkit-offer>` load
//   only this one.
// - core (pkg/wasm/lendkit_bg.wasm): validation, eligibility, webhook checks,
//   and the pricing calls a product page does not make (`apr`, `maxPrincipal`,
//   `simulateMany`, `loanConditions`, `loanConditionsGrid`); the main entry
//   `lendkit` waits for it (so its functions stay synchronous),
//   `lendkit/components` loads it when the page has a `<lendkit-checkout>`.
// - clients (pkg/wasm/lendkit_clients_bg.wasm): on the first client call
//   (./clients-loader.ts).
//
// Each runtime's loader (./load-browser.ts, ./load-node.ts, ./load-worker.ts)
// says how bytes become an instance; `once` makes every load happen at most
// once, shared by all entries, and forgets a failed one so the next call retries.

/** A load that runs at most once (until it fails). */
export function once(load: () => Promise<void>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () => {
    loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
    return loading;
  };
}
