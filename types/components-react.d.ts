// `lendkit/components/react`: <lendkit-offer> and <lendkit-checkout> as React
// JSX intrinsic elements (React 18.3 and 19, `jsx: "react-jsx"`), their
// attributes as strings and their properties (React 19 sets properties on
// custom elements). Opt in with `import type {} from "lendkit/components/react";`
// or `"types": ["lendkit/components/react"]` in tsconfig.json. Copied to
// pkg/components/react.d.ts by scripts/build.mjs.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { LendkitCheckoutElement, LendkitOfferElement } from "./index.js";
import type { NemuruClient, PricingTable } from "../index.js";

type CustomElementProps<T, Props> = DetailedHTMLProps<HTMLAttributes<T>, T> & Props;

/** <lendkit-offer>'s attributes and properties. */
export interface LendkitOfferProps {
  amount?: string;
  "action-label"?: string;
  pricing?: PricingTable;
}

/** <lendkit-checkout>'s attributes and properties. */
export interface LendkitCheckoutProps {
  amount?: string;
  term?: string | number;
  locale?: "es" | "en" | "sv";
  "asset-value"?: string;
  pricing?: PricingTable;
  client?: NemuruClient;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "lendkit-offer": CustomElementProps<LendkitOfferElement, LendkitOfferProps>;
      "lendkit-checkout": CustomElementProps<LendkitCheckoutElement, LendkitCheckoutProps>;
    }
  }
}
