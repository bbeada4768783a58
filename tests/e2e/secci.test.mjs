// The SECCI document (`secci(quote, options).html`) printed to A4 by Debian's
// headless Chromium (playwright-core's page.pdf), per locale:
// - the key items of Article 10(3)(a)-(g) (Annex I, Part I) are on page 1: a
//   document cut right after them prints on exactly one page (cutting what
//   follows cannot move what precedes);
// - the first part ("Key information") takes at most two pages, and the second
//   part starts on a new page (pages(whole) = pages(part 1) + pages(part 2));
// - no text is clipped (every cell's content fits its box at the A4 width);
// - axe-core finds no violation, and in forced-colours mode every border stays
//   visible, nothing opts out of forced colours, and axe is still clean.
// And <lendkit-secci> on the demo's strict-CSP page: the sheet, its download
// link (the document) and its print action, with no console error.
// Pages are counted in the PDF's page tree (/Type /Page objects, checked
// against the root's /Count).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import { secci, simulate } from "lendkit";
import { EUR, OPTIONS, SEK } from "../js/secci-fixtures.mjs";
import { axeViolations, recordProblems, resultPath, startDemo } from "./setup.mjs";

/** A4 less the document's @page margins (12 mm sides and top, 14 mm bottom), in CSS px (96 per inch). */
const MM = 96 / 25.4;
const PRINT_WIDTH = Math.floor((210 - 24) * MM);

/** A heavy sheet: intermediary, goods, advance payment, compensation, sureties, ancillary services, validity and long unbroken strings. */
const HEAVY = {
  ...OPTIONS,
  creditor: {
    ...OPTIONS.creditor,
    contact: { ...OPTIONS.creditor.contact, email: "precontractinformationandcomplaintsdepartmentofthecreditor@averylongcreditordomainnamefortesting.example" },
  },
  intermediary: {
    name: "Example Bikes Ltd (credit intermediary, fictitious)",
    address: "2 Example Road, 00100 Helsinki, Finland",
    contact: { phone: "+358 9 000 0000", email: "finance@bikes.example.com", web: "https://bikes.example.com/financing/terms-and-conditions/pre-contract-information" },
  },
  goods: "Example e-bike, model 2026, with battery and charger",
  cashPrice: "5000",
  advancePayment: "0",
  earlyRepayment: "1 % of the amount repaid early where more than one year remains, otherwise 0.5 % (the creditor's Article 29 terms).",
  sureties: "None",
  ancillaryServices: ["Payment protection insurance (optional elsewhere, compulsory for this offer)"],
  validFrom: "2026-12-02",
  validUntil: "2026-12-16",
};

const CASES = [
  { name: "es-ES", loan: EUR, options: { ...OPTIONS, market: "ES" } },
  { name: "sv-SE", loan: SEK, options: { ...OPTIONS, market: "SE" } },
  { name: "fi-FI", loan: EUR, options: { ...OPTIONS, market: "FI" } },
  { name: "en-IE", loan: EUR, options: { ...OPTIONS, market: "IE" } },
  { name: "fi-FI-heavy-60", loan: { ...EUR, termMonths: 60 }, options: { ...HEAVY, market: "FI" } },
  { name: "es-ES-heavy-merchant-wording", loan: EUR, options: { ...HEAVY, market: "ES", messages: { totalAmountOfCredit: "Importe total del crédito (texto del comerciante)" } } },
  // Annex I section 4 (distance marketing) at the end of part 2: its rows are the creditor's own labels and texts (fictitious).
  {
    name: "en-IE-heavy-distance-marketing",
    loan: { ...EUR, termMonths: 60 },
    options: {
      ...HEAVY,
      market: "IE",
      distanceMarketing: {
        creditor: [
          { label: "Registration (fictitious)", value: "Example register of credit institutions, no. 000000; a long entry to check that the row wraps rather than clips when the sheet is printed on A4" },
          { label: "Supervisory authority (fictitious)", value: "Example Financial Supervisory Authority, 1 Example Square, Dublin" },
        ],
        agreement: [{ label: "Law and language (fictitious)", value: "Irish law; the courts of Ireland; English" }],
      },
    },
  },
];

// The last test shows <lendkit-secci> on the demo's page, against its sandbox.
const demo = await startDemo({ sandbox: true, browser: "chromium" });
const { url, browser } = demo;
after(() => demo.close());

/** The number of pages of a PDF: its /Type /Page objects, which must agree with the page tree's /Count. */
function pageCount(pdf) {
  const text = pdf.toString("latin1");
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g), ...text.matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1]));
  assert.ok(pages > 0, "no page object found in the PDF");
  if (counts.length) assert.equal(Math.max(...counts), pages, "the page tree's /Count");
  return pages;
}

/** Prints the page's current document to A4 and counts the pages. */
async function printPages(page, file) {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true, ...(file ? { path: resultPath("secci", file) } : {}) });
  return pageCount(pdf);
}

for (const c of CASES) {
  test(`print to A4 (${c.name}): key items on page 1, first part at most two pages, part 2 on a new page, nothing clipped`, async () => {
    const sheet = secci(simulate(c.loan), c.options);
    const page = await browser.newPage();
    try {
      await page.setContent(sheet.html, { waitUntil: "load" });
      const whole = await printPages(page, `secci-${c.name}.pdf`);
      if ("distanceMarketing" in c.options) {
        const last = await page.$$eval(".part-2 section[data-section]", (s) => s.map((e) => e.getAttribute("data-section")).at(-1));
        assert.equal(last, "distanceMarketing", "section 4 closes part 2");
      }

      // Only Part I (Article 10(3)(a)-(g)): the title and the Key information part up to Part I's last row.
      await page.setContent(sheet.html);
      await page.evaluate(() => {
        document.querySelector(".part-2")?.remove();
        document.querySelector('[data-section="keyInformationPartII"]')?.remove();
      });
      const keys = await page.$$eval('[data-section="keyInformationPartI"] tr', (rows) => rows.map((r) => r.getAttribute("data-key")));
      assert.deepEqual(keys.slice(0, 1), ["creditor"]);
      assert.equal(keys.at(-1), "latePayment");
      assert.equal(await printPages(page), 1, "Part I (items (a)-(g)) fits on page 1");

      // The first part alone, and the second part alone.
      await page.setContent(sheet.html);
      await page.evaluate(() => document.querySelector(".part-2")?.remove());
      const first = await printPages(page);
      assert.ok(first <= 2, `the first part takes ${first} pages`);
      await page.setContent(sheet.html);
      await page.evaluate(() => document.querySelector(".part-1")?.remove());
      const second = await printPages(page);
      assert.equal(whole, first + second, "the second part starts on a new page");
      // The first part and only the second part's heading: the heading is alone on a new page.
      await page.setContent(sheet.html);
      await page.evaluate(() => {
        for (const el of [...(document.querySelector(".part-2")?.children ?? [])]) if (el.tagName !== "H2") el.remove();
      });
      assert.equal(await printPages(page), first + 1, "the second part's heading starts a new page");

      // Nothing clipped at the printed width (print media, A4 content width).
      await page.setContent(sheet.html);
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
      const clipped = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll(".secci, .secci *")) {
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== "inline") out.push(`${el.tagName}.${el.className}: ${el.textContent?.slice(0, 60)}`);
        }
        if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push("the page scrolls sideways");
        return out;
      });
      assert.deepEqual(clipped, []);
    } finally {
      await page.close();
    }
  });
}

for (const c of CASES.slice(0, 4).concat(CASES.slice(5))) {
  test(`axe-core finds no violation (${c.name}), also in forced-colours mode, where every border stays visible`, async () => {
    const sheet = secci(simulate(c.loan), c.options);
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    try {
      await page.setContent(sheet.html);
      assert.deepEqual(await axeViolations(page), []);
      await page.emulateMedia({ forcedColors: "active" });
      await page.setContent(sheet.html);
      const problems = await page.evaluate(() => {
        const out = [];
        const bg = getComputedStyle(document.body).backgroundColor;
        for (const el of document.querySelectorAll(".secci, .secci *")) {
          const s = getComputedStyle(el);
          if (s.forcedColorAdjust === "none") out.push(`${el.tagName} opts out of forced colours`);
          if (s.color === bg) out.push(`${el.tagName}: text colour equals the background`);
          if (el.tagName === "TH" || el.tagName === "TD") {
            if (s.borderTopStyle !== "solid" || parseFloat(s.borderTopWidth) <= 0 || s.borderTopColor === bg || s.borderTopColor === "rgba(0, 0, 0, 0)") {
              out.push(`${el.tagName}: border not visible (${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor})`);
            }
          }
        }
        return [...new Set(out)];
      });
      assert.deepEqual(problems, []);
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: resultPath("screenshots", `secci-${c.name}-forced-colours.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
}

test("<lendkit-secci> under the demo's strict CSP: the sheet, its print action and its download (the document), no console error", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = recordProblems(page);
  try {
    await page.goto(url);
    await page.locator("html[data-ready=true]").waitFor({ timeout: 15_000 });
    const sheet = secci(simulate(EUR), { ...OPTIONS, market: "FI" });
    const seen = await page.evaluate(async (s) => {
      await import("/pkg/components/index.js");
      const el = document.createElement("lendkit-secci");
      document.body.append(el);
      /** @type {any} */ (el).secci = s;
      const root = /** @type {ShadowRoot} */ (el.shadowRoot);
      const a = /** @type {HTMLAnchorElement} */ (root.querySelector("a[part=download]"));
      let printed = 0;
      el.addEventListener("lendkit-secci-print", () => printed++);
      // The frame's print dialog is the browser's; headless Chromium returns at once.
      /** @type {any} */ (el).print();
      return {
        rows: root.querySelectorAll("tr[data-key]").length,
        total: root.querySelector('tr[data-key="totalAmountPayable"] .figure')?.textContent,
        print: root.querySelector("button[part=print]")?.textContent,
        downloadName: a.download,
        downloadIsBlob: a.href.startsWith("blob:"),
        printed,
        frames: root.querySelectorAll("iframe").length,
      };
    }, sheet);
    assert.ok(seen.rows > 20, `${seen.rows} rows`);
    assert.equal(seen.total, "5\u00a0609,15\u00a0€");
    assert.equal(seen.print, "Tulosta");
    assert.equal(seen.downloadName, "secci-fi-fi-FI.html");
    assert.equal(seen.downloadIsBlob, true);
    // The download is the self-contained document itself.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("lendkit-secci a[part=download]").click()]);
    assert.equal(download.suggestedFilename(), "secci-fi-fi-FI.html");
    assert.equal(readFileSync(await download.path(), "utf8"), sheet.html);
    assert.equal(seen.printed, 1);
    assert.equal(seen.frames, 0, "the print frame is removed");
    await page.locator("lendkit-secci").screenshot({ path: resultPath("screenshots", "secci-element.png") });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
