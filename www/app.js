// @ts-check
// The demo merchant checkout: a product page with instalment messaging
// (<lendkit-offer>), the financing dialog (<lendkit-checkout> over the Nemuru
// sandbox) and the asset-secured flow (AssetLoansClient). It loads lendkit from
// the served package, the way a merchant page loads it from its bundle; every
// figure and every validation message comes from lendkit.
import {
  AssetLoansClient,
  NemuruClient,
  buildInfo,
  isLendkitClientError,
  isLendkitError,
  simulate,
  validateEmail,
  validateIdentityNumber,
  validatePhone,
  validateRequest,
  version,
} from "/pkg/lendkit-browser.js";
import "/pkg/lendkit-components.js";

/** @typedef {import("/pkg/browser.js").PricingTable} PricingTable */
/** @typedef {import("/pkg/browser.js").AssetOfferResponse} AssetOfferResponse */
/** @typedef {import("/pkg/browser.js").AssetLoanResponse} AssetLoanResponse */

/** @template {HTMLElement} T @param {string} id @returns {T} */
const $ = (id) => /** @type {T} */ (document.getElementById(id));

/**
 * The merchant's financing table: the Nemuru agent's two programs (its
 * `zero_program`, 0 % for the customer with a 9.9 % merchant discount, and its
 * `free_program` at 9.1 %), offered here over 6 to 30 months.
 * @type {PricingTable}
 */
const PRICING = {
  currency: "EUR",
  programs: [
    { program: "zero_program", annualInterest: "0", merchantDiscountPercentage: "0.099", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
    { program: "free_program", annualInterest: "0.091", merchantDiscountPercentage: "0", minPrincipal: "300", maxPrincipal: "30000", terms: [6, 12, 18, 24, 30] },
  ],
};
/** The asset-secured loan's published rate (nominal, fixed) and terms: the lender's, set by the merchant's contract. */
const ASSET_RATE = "0.0595";
const ASSET_TERMS = [12, 24, 36, 48, 60, 72];

/** The sandbox's URL: /config.json when the demo server serves one, else this host on 8081. */
async function sandboxUrl() {
  try {
    const r = await fetch("/config.json");
    if (r.ok) {
      const c = await r.json();
      if (typeof c.sandboxUrl === "string" && c.sandboxUrl) return c.sandboxUrl.replace(/\/$/, "");
    }
  } catch {
    // no config: the default below
  }
  return `${location.protocol}//${location.hostname}:8081`;
}

/** The customer's "today" (lendkit never reads the clock). */
const today = () => new Date().toISOString().slice(0, 10);

function showBuild() {
  const status = $("status");
  try {
    const info = buildInfo();
    $("version").textContent = version();
    $("build-profile").textContent = info.profile;
    $("build-commit").textContent = info.commit;
    $("build").hidden = false;
    status.textContent = `lendkit ${info.version} is ready.`;
  } catch (e) {
    status.textContent = `lendkit failed to load: ${e instanceof Error ? e.message : String(e)}`;
    status.classList.add("error");
  }
}

// ---- product page and financing dialog ---------------------------------------

const offer = /** @type {import("/pkg/components/index.js").LendkitOfferElement} */ ($("offer"));
const checkout = /** @type {import("/pkg/components/index.js").LendkitCheckoutElement} */ ($("checkout"));
const dialog = /** @type {HTMLDialogElement} */ ($("financing"));
const configure = /** @type {HTMLFormElement} */ ($("configure"));

/** The configured price as a decimal string: cents added as integers, so no float rounding. */
function price() {
  const data = new FormData(configure);
  const cents = [data.get("size"), data.get("installation")]
    .filter((v) => typeof v === "string" && v !== "")
    .reduce((sum, v) => sum + Math.round(Number(v) * 100), 0);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

function onPriceChange() {
  const amount = price();
  $("price").textContent = shownPrice(amount);
  offer.amount = amount;
  checkout.amount = amount;
  checkout.setAttribute("asset-value", amount);
}

function openFinancing() {
  // The plan, or this basket's application once one was sent.
  checkout.showPlan();
  dialog.showModal();
}

/** This tab's basket id: the key the checkout keeps the basket's one application under. */
function basketId() {
  let id = sessionStorage.getItem("nordhem-basket");
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem("nordhem-basket", id);
  }
  return id;
}

/** @param {string} base */
function setUpFinancing(base) {
  offer.pricing = PRICING;
  checkout.pricing = PRICING;
  checkout.assetType = "home_improvement";
  checkout.assetDescription = "Oslo modular kitchen";
  checkout.pollInterval = 1000;
  checkout.country = "ES";
  checkout.setAttribute("basket", basketId());
  // Sandbox credentials: a real merchant keeps lender credentials on its server.
  const nemuru = new NemuruClient({ baseUrl: base, username: "username@email.com", password: "12345" });
  checkout.client = nemuru;
  // The creditor's part of the SECCI shown before "Send application" in a market
  // (a real merchant gets these from its lender): fictitious, as the sandbox is.
  checkout.secciOptions = {
    creditor: {
      name: "lendkit sandbox lender (fictitious)",
      address: "Sandbox Street 1, 00000 Nowhere",
      contact: { phone: "+00 000 000 000", email: "sandbox@lendkit.invalid" },
    },
    intermediary: { name: "Nordhem (demo shop)", address: "Demo Street 1, 00000 Nowhere", contact: { phone: "+00 000 000 001", email: "shop@lendkit.invalid" } },
    latePayment: { rate: "0.12", terms: "sandbox terms (fictitious)" },
    typeOfCredit: "Instalment loan for a purchase (sandbox)",
    drawdown: "Paid to the shop when the agreement is signed (sandbox).",
    redress: "None: this is a demo; no real agreement is concluded.",
    // Annex I section 4 (a web checkout is distance marketing): the rows and their labels are the creditor's.
    distanceMarketing: {
      creditor: [{ label: "Registration (fictitious)", value: "Sandbox register of lenders, no. 0000 (fictitious)" }],
      agreement: [{ label: "Law applicable to the credit agreement (fictitious)", value: "None: a demo; no agreement is concluded (sandbox)." }],
    },
  };
  configure.addEventListener("change", onPriceChange);
  $("open-financing").addEventListener("click", openFinancing);
  offer.addEventListener("lendkit-offer-open", openFinancing);
  $("close-financing").addEventListener("click", () => dialog.close());
  $("add-to-cart").addEventListener("click", () => {
    $("cart-status").textContent = `Added to your basket: Oslo modular kitchen, ${priceFormat ? shownPrice(price()) : `${price()} EUR`}.`;
  });
  setUpNemuruSandbox(base, nemuru);
}

/**
 * The sandbox panel: plays the borrower's and the lender's part so the loan
 * reaches its end (the lender's actions through the client, time and the last
 * steps through the sandbox's control endpoints).
 * @param {string} base @param {NemuruClient} nemuru
 */
function setUpNemuruSandbox(base, nemuru) {
  const panel = $("nemuru-sandbox");
  const note = $("nemuru-sandbox-status");
  const next = /** @type {HTMLButtonElement} */ ($("nemuru-next"));
  let status = "";
  let busy = false;
  const FINAL = ["status_ended", "status_cancelled", "status_cancelled_test", "status_denied", "status_expired", "status_desisted"];
  // aria-disabled, not disabled: the button keeps the focus while the step
  // runs and after the last one (a disabled button drops it to <body>).
  const setIdle = () => next.setAttribute("aria-disabled", String(busy || FINAL.includes(status)));
  checkout.addEventListener("lendkit-loan-created", () => {
    panel.hidden = false;
  });
  checkout.addEventListener("lendkit-loan-step", (/** @type {Event} */ e) => {
    status = /** @type {CustomEvent<{ status: string }>} */ (e).detail.status;
    panel.hidden = false;
    setIdle();
  });
  /** @param {string} path @param {unknown} body */
  const control = async (path, body) => {
    const r = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
  };
  next.addEventListener("click", async () => {
    const id = checkout.loanId;
    if (busy || FINAL.includes(status) || !id) return;
    busy = true;
    setIdle();
    try {
      /** @type {[string, () => Promise<unknown>]} */
      const [what, run] =
        status === "status_lender_has_been_selected" ? ["The lender sent the contract.", () => nemuru.sendContract(id)]
        : status === "status_contract_sent" ? ["The borrower signed the contract.", () => nemuru.signContract(id)]
        : status === "status_contract_signed" ? ["The lender approved the documents.", () => nemuru.confirmLoan(id)]
        : status === "status_docs_approved" ? ["The lender paid the loan out.", () => nemuru.payLoan(id)]
        : status === "status_active_trial" ? ["14 days passed: the withdrawal period is over.", () => control("/_sandbox/advance", { days: 14 })]
        : status === "status_active" ? ["The borrower repaid the loan.", () => control(`/_sandbox/nemuru/loans/${id}/step`, { step: "status_ended" })]
        : ["The borrower completed onboarding and a lender approved.", () => nemuru.approveLoan(id)];
      await run();
      await checkout.refresh();
      note.textContent = what;
    } catch (e) {
      note.textContent = `Sandbox: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      busy = false;
      setIdle();
    }
  });
}

// ---- asset-secured flow ------------------------------------------------------

/** @param {string} base */
function setUpAssetFlow(base) {
  const assets = new AssetLoansClient({ baseUrl: base, token: "sandbox" });
  /** @type {AssetOfferResponse | undefined} */
  let offerResponse;
  /** @type {AssetOfferResponse["assets"][number] | undefined} */
  let vehicle;
  let frame = 0;
  const identity = /** @type {HTMLInputElement} */ ($("asset-identity"));
  const country = /** @type {HTMLSelectElement} */ ($("asset-country"));
  const amount = /** @type {HTMLInputElement} */ ($("asset-amount"));
  const term = /** @type {HTMLSelectElement} */ ($("asset-term"));
  const email = /** @type {HTMLInputElement} */ ($("asset-email"));
  const phone = /** @type {HTMLInputElement} */ ($("asset-phone"));
  term.replaceChildren(...ASSET_TERMS.map((t) => new Option(`${t} months`, String(t), false, t === 60)));
  // The flow's words are English (the page's `lang`): its figures are formatted in that
  // locale by Intl, from lendkit's decimal strings (never through a float).
  const locale = document.documentElement.lang || undefined;
  // One formatter per currency: the live price writes three figures each frame.
  /** @type {Map<string, Intl.NumberFormat>} */
  const currencyFormats = new Map();
  /** @param {string} currency */
  const currencyFormat = (currency) => {
    let f = currencyFormats.get(currency);
    if (!f) currencyFormats.set(currency, (f = new Intl.NumberFormat(locale, { style: "currency", currency })));
    return f;
  };
  /** @param {string} value a decimal string @param {string} currency */
  const money = (value, currency) => currencyFormat(currency).format(/** @type {any} */ (value));
  /** @param {string} value a decimal string @param {string} currency an amount without its currency, to the currency's minor unit */
  const plain = (value, currency) => {
    const digits = currencyFormat(currency).resolvedOptions().maximumFractionDigits;
    return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(/** @type {any} */ (value));
  };
  /** @param {string} value a percentage as a decimal string ("6.13") */
  const percent = (value) => {
    const decimals = value.split(".")[1]?.length ?? 0;
    return new Intl.NumberFormat(locale, { style: "unit", unit: "percent", minimumFractionDigits: decimals }).format(/** @type {any} */ (value));
  };
  /** `rate` (a decimal string: "0.0595") as a percentage's decimal string ("5.95"), by moving the point. @param {string} rate */
  const percentOf = (rate) => {
    const [int = "0", frac = ""] = rate.split(".");
    const f = frac.padEnd(2, "0");
    const whole = `${int}${f.slice(0, 2)}`.replace(/^0+(?=\d)/, "");
    return f.length > 2 ? `${whole}.${f.slice(2)}` : whole;
  };

  /**
   * A field's messages, led by the field's name (a message read on its own
   * still says which field it is about).
   * @param {HTMLInputElement | HTMLSelectElement} input @param {string[]} messages
   */
  const fieldError = (input, messages) => {
    input.setAttribute("aria-invalid", messages.length ? "true" : "false");
    const name = input.dataset["name"] ?? input.labels?.[0]?.textContent ?? input.name;
    $(`${input.id}-error`).textContent = messages.length ? `${name}: ${messages.join("; ")}` : "";
  };
  /** The phone as E.164, national numbers read in the customer's country (the rule of every flow). */
  const phoneCheck = () => validatePhone(phone.value.trim(), { defaultCountry: country.value });
  const checkIdentity = () => {
    const v = identity.value.trim();
    const r = validateIdentityNumber(country.value, v, { today: today(), minimumAge: 18 });
    fieldError(identity, v ? r.errors.map((e) => e.message) : []);
    return r;
  };
  identity.addEventListener("input", () => identity.getAttribute("aria-invalid") === "true" && checkIdentity());
  identity.addEventListener("blur", () => identity.value && checkIdentity());
  country.addEventListener("change", () => identity.value && checkIdentity());

  $("asset-find").addEventListener("submit", async (e) => {
    e.preventDefault();
    const id = checkIdentity();
    if (!identity.value.trim()) fieldError(identity, ["enter your identity number"]);
    if (!id.valid) return identity.focus();
    const button = /** @type {HTMLButtonElement} */ ($("asset-find-button"));
    button.disabled = true;
    $("asset-find-error").textContent = "";
    try {
      const o = await assets.createAssetOffer({ identityNumber: id.normalized ?? identity.value.trim(), country: country.value });
      offerResponse = o;
      renderVehicles(o);
      $("asset-plan").hidden = false;
      /** @type {HTMLInputElement | null} */ ($("asset-vehicles").querySelector("input"))?.focus();
    } catch (err) {
      if (!isLendkitClientError(err)) throw err;
      $("asset-find-error").textContent = err.message;
    } finally {
      button.disabled = false;
    }
  });

  /** @param {AssetOfferResponse} o */
  function renderVehicles(o) {
    const expiry = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" }).format(new Date(o.expiresAt));
    $("asset-offer-expiry").textContent = `Offer ${o.offerId}, valid until ${expiry}.`;
    const list = $("asset-vehicles");
    list.replaceChildren(
      ...o.assets.map((a, i) => {
        const label = document.createElement("label");
        label.className = "vehicle";
        const input = document.createElement("input");
        input.type = "radio";
        input.name = "vehicle";
        input.value = a.assetId;
        input.checked = i === 0;
        const name = document.createElement("span");
        name.className = "vehicle-name";
        name.textContent = [a.details?.make, a.details?.model, a.details?.modelYear].filter(Boolean).join(" ") || a.assetId;
        const max = document.createElement("span");
        max.className = "vehicle-max num";
        max.textContent = `up to ${money(a.maxLoanAmount, a.currency)}`;
        label.append(input, name, max);
        return label;
      }),
    );
    if (o.assets.length === 0) list.textContent = "No vehicle qualifies.";
    selectVehicle(o.assets[0]);
  }

  /** @param {AssetOfferResponse["assets"][number] | undefined} a */
  function selectVehicle(a) {
    vehicle = a;
    if (!a) return;
    $("asset-amount-label").textContent = `Amount (${a.currency}, up to ${plain(a.maxLoanAmount, a.currency)})`;
    amount.value = a.maxLoanAmount;
    schedulePrice();
  }
  $("asset-vehicles").addEventListener("change", (e) => {
    const id = /** @type {HTMLInputElement} */ (e.target).value;
    selectVehicle(offerResponse?.assets.find((a) => a.assetId === id));
  });
  amount.addEventListener("input", schedulePrice);
  term.addEventListener("change", schedulePrice);

  /**
   * The offer as validateRequest's context takes it: the API's wire shape, with
   * maxLoanAmount a JSON number (the client hands it over as a decimal string).
   * @returns {import("/pkg/browser.js").RequestContext | undefined}
   */
  const offerContext = () =>
    offerResponse && {
      assetOffer: {
        offerId: offerResponse.offerId,
        expiresAt: offerResponse.expiresAt,
        assets: offerResponse.assets.map((a) => ({ ...a, maxLoanAmount: Number(a.maxLoanAmount), details: /** @type {any} */ (a.details ?? {}) })),
      },
    };

  /** validateRequest checks the API's wire shape, where loanAmount is a JSON number; the client takes a decimal string. */
  const wire = (/** @type {ReturnType<typeof request>} */ r) => ({ ...r, loanAmount: r.loanAmount === "" ? "" : Number(r.loanAmount) });

  function schedulePrice() {
    if (!frame) frame = requestAnimationFrame(priceAsset);
  }
  /** The loan request as the API takes it. */
  const request = () => ({
    offerId: offerResponse?.offerId ?? "",
    assetId: vehicle?.assetId ?? "",
    loanAmount: amount.value.trim(),
    termMonths: Number(term.value),
    currency: vehicle?.currency ?? "",
    customer: {
      identityNumber: checkIdentity().normalized ?? identity.value.trim(),
      country: country.value,
      email: email.value.trim(),
      phone: phoneCheck().normalized ?? phone.value.trim(),
    },
  });
  function priceAsset() {
    frame = 0;
    if (!vehicle) return;
    // The offer's limits: validateRequest checks the amount against the vehicle's maximum.
    const check = validateRequest("assetLoans.create", wire(request()), offerContext());
    const amountIssues = check.errors.filter((i) => i.path === "loanAmount").map((i) => i.message);
    let quote;
    try {
      quote = amountIssues.length ? undefined : simulate({ principal: amount.value.trim(), currency: vehicle.currency, termMonths: Number(term.value), annualRate: ASSET_RATE, includeSchedule: false });
    } catch (e) {
      if (!isLendkitError(e)) throw e;
      amountIssues.push(...(e.details ?? []).map((d) => d.message));
    }
    fieldError(amount, amountIssues);
    $("asset-instalment").textContent = quote ? money(quote.instalment, quote.currency) : "–";
    $("asset-apr").textContent = quote ? `${percent(quote.aprPercent)} (borrowing rate ${percent(percentOf(ASSET_RATE))})` : "–";
    $("asset-interest").textContent = quote ? money(quote.totalInterest, quote.currency) : "–";
    $("asset-total").textContent = quote ? money(quote.totalAmountPayable, quote.currency) : "–";
  }

  // A tap on "Apply for the loan" first moves the focus out of the field being
  // left; a message shown then would move the button before the tap's click
  // lands (the checkout's rule, issue 16). So a field left by a tap shows its
  // message after that click (or after a second, if no click comes).
  let pointerAt = -Infinity;
  /** @type {(() => void)[]} what waits for the tap's click, in order */
  let afterTap = [];
  const flush = () => {
    const run = afterTap;
    afterTap = [];
    for (const f of run) f();
  };
  $("asset-plan").addEventListener("pointerdown", () => (pointerAt = performance.now()), true);
  $("asset-plan").addEventListener("click", () => window.setTimeout(flush, 0));
  /** @param {() => void} run */
  const onLeave = (run) => {
    if (performance.now() - pointerAt < 1000) {
      afterTap.push(run);
      window.setTimeout(flush, 1000);
    } else run();
  };
  email.addEventListener("blur", () => email.value && onLeave(() => fieldError(email, validateEmail(email.value.trim()).errors.map((i) => i.message))));
  phone.addEventListener("blur", () => phone.value && onLeave(() => fieldError(phone, phoneCheck().errors.map((i) => i.message))));

  $("asset-plan").addEventListener("submit", async (e) => {
    e.preventDefault();
    afterTap = []; // the submit checks every field itself
    const body = request();
    const check = validateRequest("assetLoans.create", wire(body), offerContext());
    const on = (/** @type {string} */ p) => check.errors.filter((i) => i.path === p).map((i) => i.message);
    fieldError(amount, on("loanAmount"));
    fieldError(email, on("customer.email"));
    fieldError(phone, on("customer.phone"));
    const known = new Set(["loanAmount", "customer.email", "customer.phone"]);
    $("asset-plan-error").textContent = check.errors.filter((i) => !known.has(i.path)).map((i) => `${i.path}: ${i.message}`).join(" ");
    renderSummary([amount, email, phone].filter((f) => f.getAttribute("aria-invalid") === "true"));
    if (!check.valid) {
      // The summary takes focus when it lists fields (a screen reader reads it: how many, which);
      // otherwise the request-level message above does, through its role="alert".
      const summary = $("asset-plan-summary");
      if (!summary.hidden) summary.focus();
      return;
    }
    const button = /** @type {HTMLButtonElement} */ ($("asset-execute"));
    if (button.disabled) return;
    button.disabled = true;
    /** @type {AssetLoanResponse | undefined} */
    let loan;
    try {
      loan = await assets.createAssetLoan(body);
      $("asset-loan").hidden = false;
      renderLoan(loan);
      $("asset-loan-title").focus();
      follow(loan.loanId);
    } catch (err) {
      if (!isLendkitClientError(err)) throw err;
      $("asset-plan-error").textContent = err.message;
    } finally {
      // Once a loan exists, "Apply" stays off (renderLoan turns it back on only if the loan fails).
      if (!loan) button.disabled = false;
    }
  });

  /**
   * The error summary on submit (the checkout's pattern): how many fields need
   * attention, each a link to its field with the field's own message; hidden
   * when none does. Each field's message stays beside it as well.
   * @param {HTMLInputElement[]} invalid
   */
  function renderSummary(invalid) {
    const box = $("asset-plan-summary");
    box.hidden = invalid.length === 0;
    const list = $("asset-plan-summary-list");
    list.replaceChildren(
      ...invalid.map((f) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = `#${f.id}`;
        a.textContent = $(`${f.id}-error`).textContent ?? "";
        a.addEventListener("click", (e) => {
          e.preventDefault();
          f.focus();
        });
        li.append(a);
        return li;
      }),
    );
    $("asset-plan-summary-title").textContent = invalid.length === 1 ? "1 field needs your attention" : `${invalid.length} fields need your attention`;
  }
  // A corrected field leaves the summary at once (its own message is cleared by its check).
  for (const f of [amount, email, phone]) {
    f.addEventListener("blur", () =>
      onLeave(() => {
        if ($("asset-plan-summary").hidden) return;
        renderSummary([amount, email, phone].filter((x) => x.getAttribute("aria-invalid") === "true"));
      }),
    );
  }

  const REQUIREMENT = /** @type {Record<string, string>} */ ({ CUSTOMER_CONTRACT: "Loan agreement signed by you", CREDIT_MARKING_REGISTRATION: "Credit marking registered with the vehicle registry" });
  /** @param {AssetLoanResponse} loan */
  function renderLoan(loan) {
    // Written only when it changes: the status line is a live region, and a poll that finds nothing new says nothing.
    if ($("asset-status").textContent !== loan.status) $("asset-status").textContent = loan.status;
    // A loan in progress or completed is this offer's application: no second one.
    const apply = /** @type {HTMLButtonElement} */ ($("asset-execute"));
    apply.disabled = loan.status === "IN_PROGRESS" || loan.status === "COMPLETED";
    $("asset-apply-note").textContent = apply.disabled ? `You have applied: loan ${loan.loanId} is ${loan.status === "COMPLETED" ? "completed" : "in progress"}.` : "";
    $("asset-loan").dataset["loanId"] = loan.loanId;
    $("asset-requirements").replaceChildren(
      ...loan.requirements.map((r) => {
        const li = document.createElement("li");
        li.dataset["type"] = r.type;
        li.dataset["status"] = r.status;
        li.className = `req ${r.status.toLowerCase()}`;
        const name = document.createElement("span");
        name.textContent = REQUIREMENT[r.type] ?? r.type;
        const state = document.createElement("strong");
        state.textContent = r.status;
        li.append(name, " ", state);
        return li;
      }),
    );
    const signing = loan.requirements.find((r) => r.type === "CUSTOMER_CONTRACT");
    const link = /** @type {HTMLAnchorElement} */ ($("asset-signing"));
    link.hidden = !(signing?.details?.signingUrl && signing.status === "PENDING");
    if (signing?.details?.signingUrl) link.href = signing.details.signingUrl;
  }
  /** Polls the loan with the client until it is final. @param {string} loanId */
  function follow(loanId) {
    const tick = async () => {
      try {
        const loan = await assets.getAssetLoan(loanId);
        renderLoan(loan);
        if (loan.status !== "IN_PROGRESS") return;
      } catch (e) {
        if (!isLendkitClientError(e)) throw e;
      }
      setTimeout(tick, 1000);
    };
    setTimeout(tick, 1000);
  }
  /** @param {string} path @param {unknown} body */
  const control = (path, body) => fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  $("asset-sign").addEventListener("click", () => control(`/_sandbox/asset-loans/${$("asset-loan").dataset["loanId"]}/sign`, {}));
  $("asset-register").addEventListener("click", () => control("/_sandbox/advance", { seconds: 61 }));
}

// ---- market and language ------------------------------------------------------

/**
 * The shop's own prices in the selected market's locale and currency, by
 * Intl.NumberFormat (given the decimal string itself, so no float on the way);
 * without a market, as written ("5000.00" and "EUR" beside it).
 * @type {Intl.NumberFormat | undefined}
 */
let priceFormat;
/** @param {string} amount a decimal string */
function shownPrice(amount) {
  return priceFormat ? priceFormat.format(/** @type {any} */ (amount)) : amount;
}

/** Each market's currency (the demo keeps its prices' numbers; a real shop prices per market). */
const MARKET_CURRENCY = /** @type {Record<string, string>} */ ({ ES: "EUR", SE: "SEK", FI: "EUR", NO: "NOK", DK: "DKK", GB: "GBP", IE: "EUR" });

/**
 * Shows the components in a market and language (`?market=SE&locale=sv-SE`, or
 * the switch): the legal advertisement of that market, from lendkit's
 * catalogs; with no market, the components' plain messaging.
 * @param {string} value `"SE|sv-SE"` or `""`
 */
function setMarket(value) {
  const [market = "", locale = ""] = value.split("|");
  for (const el of [offer, checkout]) {
    if (market) {
      el.setAttribute("market", market);
      el.setAttribute("locale", locale);
    } else {
      el.removeAttribute("market");
      el.removeAttribute("locale");
    }
  }
  // The offer's button label is the shop's own English text: shown without a market only.
  if (market) offer.removeAttribute("action-label");
  else offer.setAttribute("action-label", "See financing options");
  const currency = MARKET_CURRENCY[market] ?? "EUR";
  offer.pricing = { ...PRICING, currency };
  checkout.pricing = { ...PRICING, currency };
  for (const c of document.querySelectorAll(".currency")) c.textContent = currency;
  priceFormat = market ? new Intl.NumberFormat(locale || undefined, { style: "currency", currency }) : undefined;
  // Intl's text carries the currency: the separate code is for the unformatted price only.
  for (const c of document.querySelectorAll(".price .currency")) /** @type {HTMLElement} */ (c).hidden = priceFormat !== undefined;
  for (const el of document.querySelectorAll("[data-price]")) {
    const value = /** @type {HTMLElement} */ (el).dataset["price"] ?? "";
    el.textContent = priceFormat ? shownPrice(value) : `${value} ${currency}`;
  }
  $("price").textContent = shownPrice(price());
}

const marketSwitch = /** @type {HTMLSelectElement} */ ($("market"));
{
  const params = new URLSearchParams(location.search);
  const wanted = params.get("market") ? `${params.get("market")}|${params.get("locale") ?? ""}` : "";
  if ([...marketSwitch.options].some((o) => o.value === wanted)) marketSwitch.value = wanted;
}
marketSwitch.addEventListener("change", () => setMarket(marketSwitch.value));

showBuild();
// Priced before the sandbox's URL is known: messaging needs no network.
offer.pricing = PRICING;
checkout.pricing = PRICING;
setMarket(marketSwitch.value);
onPriceChange();
const base = await sandboxUrl();
setUpFinancing(base);
setMarket(marketSwitch.value); // setUpFinancing gave the components the EUR table again
setUpAssetFlow(base);
document.documentElement.dataset["ready"] = "true";
