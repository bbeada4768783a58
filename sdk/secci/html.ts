// The SECCI as HTML: one renderer for the printable document (`Secci.html`,
// inline CSS, no script) and for <lendkit-secci> (the same markup in shadow DOM
// with the same CSS as a constructable stylesheet, so it works under a strict
// `style-src 'self'`).
//
// Print: A4, the first part ("Key information") on its own page(s) and the
// second part starting on a new page (Article 10(3)-(5)); rows never split
// across pages; long words wrap instead of being clipped. Every string that is
// the directive's English wording standing in for an unsourced one carries
// lang="en". All the information is equally prominent (Article 10(2)): one
// size and weight for every value. Colours are plain text on the page's background with visible
// borders, and nothing opts out of forced colours.
import type { Secci, SecciField, SecciScheduleRow } from "./index.js";

/** The sheet's CSS (screen and print). */
export const SECCI_CSS = `
.secci { color: #111; background: #fff; font: 10pt/1.35 "Liberation Sans", Arial, "DejaVu Sans", sans-serif;
  max-width: 52rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
.secci h1 { font-size: 14pt; margin: 0 0 0.5rem; }
.secci h2 { font-size: 12pt; margin: 0.25rem 0 0.4rem; padding-bottom: 0.15rem; border-bottom: 2px solid currentColor; }
.secci h3 { font-size: 10.5pt; margin: 0.6rem 0 0.25rem; }
.secci h3, .secci h4 { break-after: avoid; page-break-after: avoid; }
.secci table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.secci th, .secci td { border: 1px solid #555; padding: 0.2rem 0.35rem; vertical-align: top; text-align: left; }
.secci tbody th { width: 42%; font-weight: 600; }
.secci .help, .secci .detail { display: block; font-weight: 400; }
.secci .figure { font-variant-numeric: tabular-nums; }
.secci tr { break-inside: avoid; page-break-inside: avoid; }
.secci .schedule { font-size: 9pt; }
.secci .schedule th, .secci .schedule td { text-align: right; font-variant-numeric: tabular-nums; }
.secci .schedule thead th { font-weight: 600; }
.secci .part + .part { margin-top: 1.5rem; }
@media print {
  .secci { max-width: none; padding: 0; margin: 0; }
  .secci .part-1 { break-after: page; page-break-after: always; }
  .secci .part + .part { margin-top: 0; }
  .secci thead { display: table-header-group; }
}
@media (forced-colors: active) {
  .secci th, .secci td { border-color: CanvasText; }
  .secci h2 { border-bottom-color: CanvasText; }
}
`;

/** The page setup of the printed document (only in the standalone HTML: a shadow root has no @page). */
export const SECCI_PAGE_CSS = `@page { size: A4; margin: 12mm 12mm 14mm; }
html, body { margin: 0; background: #fff; }`;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** A string, in a span marked English when it is the English stand-in. */
const say = (s: string, english: boolean | undefined) => (english ? `<span lang="en">${esc(s)}</span>` : esc(s));

const FIGURES = new Set(["totalAmountOfCredit", "duration", "borrowingRate", "apr", "totalAmountPayable", "cashPrice", "advancePayment", "instalment", "numberOfPayments", "totalCostOfCredit", "otherCharges"]);

function row(f: SecciField, idBase: string): string {
  const fb = new Set(f.fallback ?? []);
  if (f.key === "repaymentSchedule") return "";
  const help = f.help !== undefined ? `<span class="help">${say(f.help, fb.has("help"))}</span>` : "";
  const value = f.text !== "" ? `<span class="${FIGURES.has(f.key) ? "figure" : "value"}">${say(f.text, fb.has("text"))}</span>` : "";
  const detail = f.detail !== undefined ? `<span class="detail">${say(f.detail, fb.has("detail"))}</span>` : "";
  return `<tr data-key="${esc(f.key)}" id="${idBase}-${esc(f.key.replace(/\W/g, "-"))}"><th scope="row">${say(f.label, fb.has("label"))}${help}</th><td>${value}${detail}</td></tr>`;
}

function schedule(f: SecciField): string {
  const cols = f.columns ?? [];
  const head = cols.map((c) => `<th scope="col">${say(c.label, c.fallback)}</th>`).join("");
  const cell = (r: SecciScheduleRow, k: keyof SecciScheduleRow) => {
    const v = r[k];
    if (v === undefined) return "";
    if (typeof v === "number" || typeof v === "string") return esc(String(v));
    return esc(v.text);
  };
  const body = (f.rows ?? [])
    .map((r) => `<tr>${cols.map((c, i) => (i === 0 ? `<th scope="row">${cell(r, c.key)}</th>` : `<td>${cell(r, c.key)}</td>`)).join("")}</tr>`)
    .join("");
  const fb = new Set(f.fallback ?? []);
  return `<h4 class="schedule-title" id="secci-schedule">${say(f.label, fb.has("label"))}</h4>
<table class="schedule" aria-labelledby="secci-schedule"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The sheet's markup (no <style>, no script): what the document's <body> and the element's shadow root hold. */
export function renderSecciBody(s: Omit<Secci, "html">): string {
  const parts = s.parts
    .map((p) => {
      const sections = p.sections
        .map((sec) => {
          const id = `secci-${p.part}-${sec.key}`;
          const sched = sec.fields.filter((f) => f.key === "repaymentSchedule").map(schedule).join("");
          const head = `<section class="section" data-section="${esc(sec.key)}" aria-labelledby="${id}"><h3 id="${id}">${say(sec.title, sec.titleFallback)}</h3>`;
          if (sec.groups !== undefined) {
            // Sub-headings (Annex I section 4's (a) and (b)): each its own titled table.
            const byKey = new Map(sec.fields.map((f) => [f.key, f]));
            const groups = sec.groups
              .map((g) => {
                const gid = `${id}-${esc(g.key.replace(/\W/g, "-"))}`;
                const rows = g.fields.map((k) => byKey.get(k)).filter((f) => f !== undefined).map((f) => row(f, gid)).join("");
                return `<h4 id="${gid}" data-group="${esc(g.key)}">${say(g.title, g.titleFallback)}</h4>\n<table aria-labelledby="${gid}"><tbody>${rows}</tbody></table>`;
              })
              .join("\n");
            return `${head}\n${groups}${sched}</section>`;
          }
          const rows = sec.fields.map((f) => row(f, id)).join("");
          return `${head}
<table><tbody>${rows}</tbody></table>${sched}</section>`;
        })
        .join("\n");
      return `<section class="part part-${p.part}" data-part="${p.part}" aria-labelledby="secci-part-${p.part}"><h2 id="secci-part-${p.part}">${say(p.title, p.titleFallback)}</h2>
${sections}</section>`;
    })
    .join("\n");
  return `<article class="secci" lang="${esc(s.locale)}"><h1>${say(s.title, s.titleFallback)}</h1>
${parts}</article>`;
}

/** The standalone document: printable, self-contained (inline CSS), no script (its own CSP forbids any). */
export function renderSecciDocument(s: Omit<Secci, "html">): string {
  return `<!doctype html>
<html lang="${esc(s.locale)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.title)}</title>
<style>${SECCI_PAGE_CSS}${SECCI_CSS}</style>
</head><body><main>
${renderSecciBody(s)}
</main></body></html>
`;
}
