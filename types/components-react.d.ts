// `lendkit/components/react`: <lendkit-offer>, <lendkit-checkout> and <lendkit-secci> as React
// JSX intrinsic elements (React 18.3 and 19, `jsx: "react-jsx"`), their
// attributes as strings and their properties (React 19 sets properties on
// custom elements). Opt in with `import type {} from "lendkit/components/react";`
// or `"types": ["lendkit/components/react"]` in tsconfig.json. Copied to
// pkg/components/react.d.ts by scripts/build.mjs.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { LendkitCheckoutElement, LendkitOfferElement, LendkitSecciElement } from "./index.js";
import type { Messages, NemuruClient, PricingTable, Secci } from "../index.js";

type CustomElementProps<T, Props> = DetailedHTMLProps<HTMLAttributes<T>, T> & Props;

/** <lendkit-offer>'s attributes and properties. */
export interface LendkitOfferProps {
  amount?: string;
  "action-label"?: string;
  /** ISO 3166 alpha-2: shows the market's legal advertisement (`advertisement()`). */
  market?: string;
  /** BCP 47; default the market's language. */
  locale?: string;
  "cash-price"?: string;
  pricing?: PricingTable;
  messages?: Messages;
}

/** <lendkit-checkout>'s attributes and properties. */
export interface LendkitCheckoutProps {
  amount?: string;
  term?: string | number;
  /** "es" | "en" | "sv" for the form; with `market`, a BCP 47 locale of the advertisement. */
  locale?: string;
  market?: string;
  basket?: string;
  "asset-value"?: string;
  pricing?: PricingTable;
  client?: NemuruClient;
  messages?: Messages;
}

/** <lendkit-secci>'s properties. */
export interface LendkitSecciProps {
  secci?: Secci;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "lendkit-offer": CustomElementProps<LendkitOfferElement, LendkitOfferProps>;
      "lendkit-checkout": CustomElementProps<LendkitCheckoutElement, LendkitCheckoutProps>;
      "lendkit-secci": CustomElementProps<LendkitSecciElement, LendkitSecciProps>;
    }
  }
}
