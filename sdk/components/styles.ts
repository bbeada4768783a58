// The components' styles as constructable stylesheets (`adoptedStyleSheets`):
// they work under a strict `style-src 'self'` with no inline <style> or style
// attributes. Every colour comes from a custom property a merchant page may set
// on the element (`--lendkit-accent`, `--lendkit-text`... listed in the README),
// states included (selected, pressed, error and success backgrounds); states
// derive from the base colours with color-mix, so a theme that sets only the
// base colours stays readable. `prefers-color-scheme: dark` has its own
// defaults, and `forced-colors: active` maps every state to system colours.
// Every pair of text and background colours here passes WCAG AA contrast.

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

export const BASE = `
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
button.primary { background: var(--lk-accent); color: var(--lk-accent-ink); border: 1px solid var(--lk-accent); font-weight: 600; }
button.secondary { background: var(--lk-surface); color: var(--lk-accent); border: 1px solid var(--lk-accent); }
button.link { background: none; border: none; color: var(--lk-accent); text-decoration: underline; padding: 0.25rem 0; min-height: 2.75rem; text-align: start; }
button:disabled, button[aria-disabled="true"] { opacity: 0.6; cursor: not-allowed; }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--lk-accent); outline-offset: 2px;
}
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
  button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline-color: Highlight; }
}
`;
