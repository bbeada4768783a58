// The schedule as an SVG chart: per instalment a stacked bar of principal and
// interest, and the outstanding balance as a line on its own scale. No
// charting dependency; colours come from classes in the adopted stylesheet
// (no style attributes, so it renders under `style-src 'self'`). The amounts
// are lendkit's decimal strings; they become numbers here only for geometry.
import type { ScheduleRow } from "../pricing-api.js";

const NS = "http://www.w3.org/2000/svg";

export const CHART_CSS = `
.chart { width: 100%; height: auto; display: block; }
.chart .principal { fill: var(--lk-accent); }
.chart .interest { fill: var(--lk-chart-interest); }
.chart .balance { fill: none; stroke: var(--lk-text); stroke-width: 2; }
.chart .axis { stroke: var(--lk-line); stroke-width: 1; }
.chart text { fill: var(--lk-muted); font-size: 11px; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; margin: 0.4rem 0 0; padding: 0; list-style: none; font-size: 0.875rem; }
.legend li::before { content: ""; display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.35rem; vertical-align: -0.1rem; border-radius: 2px; }
.legend .principal::before { background: var(--lk-accent); }
.legend .interest::before { background: var(--lk-chart-interest); }
.legend .balance::before { height: 2px; vertical-align: 0.2rem; background: var(--lk-text); }
/* Forced colours drop backgrounds: the legend's keys and the chart keep system
   colours of their own (principal solid, interest outlined, balance a line). */
@media (forced-colors: active) {
  .chart, .legend li::before { forced-color-adjust: none; }
  .chart .principal { fill: CanvasText; }
  .chart .interest { fill: Canvas; stroke: CanvasText; stroke-width: 1; }
  .chart .balance { stroke: Highlight; stroke-width: 3; }
  .chart .axis { stroke: CanvasText; }
  .chart text { fill: CanvasText; }
  .legend .principal::before { background: CanvasText; }
  .legend .interest::before { background: Canvas; border: 1px solid CanvasText; }
  .legend .balance::before { background: Highlight; }
}
`;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.appendChild(node);
  return node;
}

/** Builds the chart of `rows` (instalments only; an upfront-fee row 0 is left out). */
export function scheduleChart(
  rows: readonly ScheduleRow[],
  currency: string,
  principal: string,
  /** Market mode: the chart's accessible name in the locale's words, and its axis numbers by the locale's Intl. */
  local?: { title: string; integer: (value: number) => string },
): SVGSVGElement {
  const list = rows.filter((r) => r.number > 0);
  const W = 640;
  const H = 260;
  const left = 52;
  const right = 56;
  const top = 14;
  const bottom = 28;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const maxPay = Math.max(...list.map((r) => Number(r.principal) + Number(r.interest)), 0.01);
  const maxBal = Math.max(Number(principal), ...list.map((r) => Number(r.balance)), 0.01);
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", focusable: "false" });
  const last = list[list.length - 1];
  el("title", {}, svg).textContent =
    local?.title ??
    `Repayment schedule: ${list.length} instalments; each bar is one instalment split into principal and interest, ` +
    `the line is the balance owed, from ${principal} ${currency} down to ${last?.balance ?? "0"} ${currency}.`;
  el("line", { x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH, class: "axis" }, svg);
  el("line", { x1: left, y1: top, x2: left, y2: top + plotH, class: "axis" }, svg);
  const n = (value: number) => (local ? local.integer(value) : String(value));
  const label = (x: number, y: number, text: string, anchor = "end") => {
    const t = el("text", { x, y, "text-anchor": anchor }, svg);
    t.textContent = text;
  };
  label(left - 6, top + 4, n(Math.round(maxPay)));
  label(left - 6, top + plotH, n(0));
  label(left + plotW + 6, top + 4, n(Math.round(maxBal)), "start");
  label(left + plotW + 6, top + plotH, n(0), "start");
  label(left, H - 8, n(1), "start");
  label(left + plotW, H - 8, n(last?.number ?? list.length));
  const step = plotW / Math.max(list.length, 1);
  const barW = Math.max(step * 0.7, 1);
  const bars = el("g", { "aria-hidden": "true" }, svg);
  const points: string[] = [`${left},${top + plotH - (Number(principal) / maxBal) * plotH}`];
  list.forEach((r, i) => {
    const x = left + i * step + (step - barW) / 2;
    const hp = (Number(r.principal) / maxPay) * plotH;
    const hi = (Number(r.interest) / maxPay) * plotH;
    el("rect", { x: x.toFixed(2), y: (top + plotH - hp).toFixed(2), width: barW.toFixed(2), height: hp.toFixed(2), class: "principal" }, bars);
    if (hi > 0) el("rect", { x: x.toFixed(2), y: (top + plotH - hp - hi).toFixed(2), width: barW.toFixed(2), height: hi.toFixed(2), class: "interest" }, bars);
    points.push(`${(left + (i + 1) * step).toFixed(2)},${(top + plotH - (Number(r.balance) / maxBal) * plotH).toFixed(2)}`);
  });
  el("polyline", { points: points.join(" "), class: "balance" }, bars);
  return svg;
}
