// <lendkit-offer> in React TSX is typed, not `any`.
import type {} from "lendkit/components/react";
import { pricing } from "../react/pricing.js";

export const ok = <lendkit-offer amount="5000.00" pricing={pricing} action-label="See financing options" />;
// @ts-expect-error amount is a decimal string
export const wrong = <lendkit-offer amount={5000} />;
