// The components' theme and their sheet cache: constructable stylesheets
// (`adoptedStyleSheets`), which work under a strict `style-src 'self'` with no inline <style> or style
// attributes. Every colour comes from a custom property a merchant page may set
// on the element (`--lendkit-accent`, `--lendkit-text`... listed in the README),
// states included (selected, pressed, error and success backgrounds); states
// derive from the base colours with color-mix, so a theme that sets only the
// base colours stays readable. `prefers-color-scheme: dark` has its own
// defaults, and `forced-colors: active` maps every state to system colours.
// Every pair of text and background colours here passes WCAG AA contrast.
//
// This module holds what every element uses (the custom properties, the
// buttons, focus, the screen-reader class): all <lendkit-offer> loads.
// ./styles.ts adds the forms' rules (inputs, labels, field messages, primary
// and secondary buttons) for <lendkit-checkout> and <lendkit-secci>.

let cache: Map<string, CSSStyleSheet> | undefined;

/** One shared sheet per name, built on first use (never at import, so Node can import the module). */
export function sheet(name: string, css: string): CSSStyleSheet {
  cache ??= new Map();
  let s = cache.get(name);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css);
    cache.set(name, s);
  }
  return s;
}

/** The custom properties, the buttons' and focus rules: every element's. */
export const THEME = `
:host {
  --lk-accent: var(--lendkit-accent, #0b5cad);
  --lk-accent-ink: var(--lendkit-accent-ink, #ffffff);
  --lk-text: var(--lendkit-text, #1b1b1f);
  --lk-muted: var(--lendkit-muted, #55565e);
  --lk-line: var(--lendkit-line, #d5d7de);
  --lk-field-line: var(--lendkit-field-line, #767884);
  --lk-surface: var(--lendkit-surface, #ffffff);
  --lk-soft: var(--lendkit-soft, #f3f5f9);
  --lk-error: var(--lendkit-error, #b00020);
  --lk-ok: var(--lendkit-ok, #146c2e);
  --lk-chart-interest: var(--lendkit-chart-interest, #e08a00);
  --lk-radius: var(--lendkit-radius, 0.6rem);
  /* States: derived from the colours above unless set themselves. */
  --lk-selected: var(--lendkit-selected, color-mix(in srgb, var(--lk-accent) 8%, var(--lk-surface)));
  --lk-pressed: var(--lendkit-pressed, var(--lk-accent));
  --lk-pressed-ink: var(--lendkit-pressed-ink, var(--lk-accent-ink));
  --lk-error-soft: var(--lendkit-error-soft, color-mix(in srgb, var(--lk-error) 10%, var(--lk-surface)));
  --lk-ok-soft: var(--lendkit-ok-soft, color-mix(in srgb, var(--lk-ok) 14%, var(--lk-surface)));
  color-scheme: light;
  color: var(--lk-text);
  font: inherit;
  line-height: 1.45;
  overflow-wrap: break-word;
}
@media (prefers-color-scheme: dark) {
  :host {
    --lk-accent: var(--lendkit-accent, #8ab4f8);
    --lk-accent-ink: var(--lendkit-accent-ink, #10131a);
    --lk-text: var(--lendkit-text, #e8e9ee);
    --lk-muted: var(--lendkit-muted, #b4b7c2);
    --lk-line: var(--lendkit-line, #464955);
    --lk-field-line: var(--lendkit-field-line, #8d909c);
    --lk-surface: var(--lendkit-surface, #1b1c22);
    --lk-soft: var(--lendkit-soft, #262832);
    --lk-error: var(--lendkit-error, #ff8a9a);
    --lk-ok: var(--lendkit-ok, #7ed99a);
    --lk-chart-interest: var(--lendkit-chart-interest, #f5b041);
    --lk-selected: var(--lendkit-selected, color-mix(in srgb, var(--lk-accent) 16%, var(--lk-surface)));
    color-scheme: dark;
    /* The dark text needs the dark surface under it, whatever the page paints. */
    background: var(--lk-surface);
  }
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.num { font-variant-numeric: tabular-nums; }
button { font: inherit; cursor: pointer; border-radius: var(--lk-radius); min-height: 2.75rem; min-width: 2.75rem; padding: 0.55rem 1.1rem; max-width: 100%; }
button.link { background: none; border: none; color: var(--lk-accent); text-decoration: underline; padding: 0.25rem 0; min-height: 2.75rem; text-align: start; }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--lk-accent); outline-offset: 2px;
}
@media (forced-colors: active) {
  button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline-color: Highlight; }
}
`;
