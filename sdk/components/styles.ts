// The styles of the elements with forms (<lendkit-checkout>, <lendkit-secci>):
// the theme every element has (./theme.ts: custom properties, buttons, focus;
// all <lendkit-offer> needs) and the forms' rules (inputs, labels, field
// messages, primary and secondary buttons), as one sheet. The offer loads
// ./theme.ts alone, so a product page does not ship the checkout's rules. The
// rules are those of the one sheet before the split, in the same order but for
// the forms' rules, which now follow `button.link` and the focus rule: no
// element matches both (the offer's and checkout's buttons are either
// `link` or `primary`/`secondary`), so nothing cascades differently.
import { THEME, sheet } from "./theme.js";

export { sheet };

/** The forms' rules, after the theme's. */
export const FORMS = `
button.primary { background: var(--lk-accent); color: var(--lk-accent-ink); border: 1px solid var(--lk-accent); font-weight: 600; }
button.secondary { background: var(--lk-surface); color: var(--lk-accent); border: 1px solid var(--lk-accent); }
button:disabled, button[aria-disabled="true"] { opacity: 0.6; cursor: not-allowed; }
input, select { font: inherit; color: var(--lk-text); background: var(--lk-surface); border: 1px solid var(--lk-field-line); border-radius: 0.45rem; padding: 0.55rem 0.7rem; min-height: 2.75rem; width: 100%; max-width: 100%; }
/* A second pixel of error colour inside the border: a wider border would make the field taller. */
input[aria-invalid="true"] { border-color: var(--lk-error); box-shadow: inset 0 0 0 1px var(--lk-error); }
label { font-weight: 600; display: block; margin-bottom: 0.3rem; }
.field { margin-bottom: 0.9rem; min-width: 0; }
.hint { color: var(--lk-muted); font-size: 0.875rem; margin: 0.25rem 0 0; }
.error { color: var(--lk-error); font-size: 0.875rem; margin: 0.3rem 0 0; }
.error:empty { display: none; }
a { color: var(--lk-accent); }
@media (forced-colors: active) {
  button.primary, button.secondary { border: 1px solid ButtonText; }
  button:disabled, button[aria-disabled="true"] { color: GrayText; border-color: GrayText; opacity: 1; }
  input[aria-invalid="true"] { border-style: dashed; }
}
`;

/** The theme and the forms' rules: the sheet of the elements with forms. */
export const BASE = THEME + FORMS;
