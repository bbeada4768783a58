// The components' styles as constructable stylesheets (`adoptedStyleSheets`):
// they work under a strict `style-src 'self'` with no inline <style> or style
// attributes. Colours come from custom properties a merchant page may set on
// the element (`--lendkit-accent`, `--lendkit-text`...). Every pair of text and
// background colours here passes WCAG AA contrast.

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
  --lk-surface: var(--lendkit-surface, #ffffff);
  --lk-soft: var(--lendkit-soft, #f3f5f9);
  --lk-error: var(--lendkit-error, #b00020);
  --lk-ok: var(--lendkit-ok, #146c2e);
  --lk-radius: var(--lendkit-radius, 0.6rem);
  color: var(--lk-text);
  font: inherit;
  line-height: 1.45;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.num { font-variant-numeric: tabular-nums; }
button { font: inherit; cursor: pointer; border-radius: var(--lk-radius); min-height: 2.75rem; padding: 0.55rem 1.1rem; }
button.primary { background: var(--lk-accent); color: var(--lk-accent-ink); border: 1px solid var(--lk-accent); font-weight: 600; }
button.secondary { background: var(--lk-surface); color: var(--lk-accent); border: 1px solid var(--lk-accent); }
button.link { background: none; border: none; color: var(--lk-accent); text-decoration: underline; padding: 0.25rem 0; min-height: 2.75rem; }
button:disabled { opacity: 0.6; cursor: not-allowed; }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--lk-accent); outline-offset: 2px;
}
input, select { font: inherit; color: var(--lk-text); background: var(--lk-surface); border: 1px solid #767884; border-radius: 0.45rem; padding: 0.55rem 0.7rem; min-height: 2.75rem; width: 100%; }
input[aria-invalid="true"] { border-color: var(--lk-error); }
label { font-weight: 600; display: block; margin-bottom: 0.3rem; }
.field { margin-bottom: 0.9rem; }
.hint { color: var(--lk-muted); font-size: 0.875rem; margin: 0.25rem 0 0; }
.error { color: var(--lk-error); font-size: 0.875rem; margin: 0.3rem 0 0; }
.error:empty { display: none; }
a { color: var(--lk-accent); }
`;
