// Validation benchmark: lendkit's wasm validators against the npm oracles the
// tests compare with (personnummer, @navikt/fnrvalidator, finnish-ssn,
// better-dni, ibantools), on the same inputs, in one Node process. Prints
// checks per second and ratios; never fails on a number (benchmarks are not tests).
//
//   npm run bench            (builds pkg/ first)
//   node bench/validation.mjs   (with pkg/ already built)
import {
  isValidIdentityNumber,
  validateIdentityNumber,
  validateIdentityNumbers,
  validateIdentityNumberLines,
  validateIban,
  validateRequest,
  validateRequestJson,
} from "lendkit";
import Personnummer from "personnummer";
import navikt from "@navikt/fnrvalidator";
import finnishSsn from "finnish-ssn";
import betterDni from "better-dni";
import { isValidIBAN } from "ibantools";

/** Mean nanoseconds per call of `fn`, after a warm-up, over about `ms` ms. */
function time(fn, ms = 400) {
  for (let i = 0; i < 2000; i++) fn(i);
  let n = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 1000; i++) fn(n + i);
    n += 1000;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / n;
}

const perSecond = (ns) => `${(1e9 / ns / 1e6).toFixed(2)} M/s`;
const row = (name, oursNs, peerName, peerNs) =>
  console.log(
    `${name.padEnd(34)} lendkit ${perSecond(oursNs).padStart(10)} (${oursNs.toFixed(0).padStart(5)} ns)   ` +
      `${peerName.padEnd(22)} ${perSecond(peerNs).padStart(10)} (${peerNs.toFixed(0).padStart(5)} ns)   ` +
      `ratio ${(peerNs / oursNs).toFixed(2)}x`,
  );

// The same numbers for both sides: valid ones and one-digit corruptions.
function seLuhn(nine) {
  let s = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    s += p > 9 ? p - 9 : p;
  }
  return (10 - (s % 10)) % 10;
}
const pad = (n, w) => String(n).padStart(w, "0");
const se = [];
const no = [];
const fi = [];
const es = [];
for (let i = 0; i < 1000; i++) {
  const y = 1940 + (i % 80);
  const m = 1 + (i % 12);
  const d = 1 + (i % 28);
  const nine = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + pad((i * 7) % 1000, 3);
  const ten = nine + seLuhn(nine);
  se.push(`${Math.floor(y / 100)}${ten.slice(0, 6)}-${ten.slice(6)}`);
  const ind = (i * 13) % 500;
  const base = pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + pad(ind, 3);
  const k1 = (11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, j) => a + w * Number(base[j]), 0) % 11)) % 11;
  const k2 = (11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, j) => a + w * Number((base + k1)[j]), 0) % 11)) % 11;
  no.push(base + (k1 % 10) + (k2 % 10));
  const fiInd = 2 + (i % 897);
  fi.push(`${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}-${pad(fiInd, 3)}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + pad(fiInd, 3)) % 31]}`);
  const n = (i * 104729) % 100000000;
  es.push(pad(n, 8) + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]);
}
for (const list of [se, no, fi, es]) {
  for (let i = 0; i < list.length; i += 3) list[i] = list[i].slice(0, -2) + String((Number(list[i].at(-2)) + 1) % 10) + list[i].at(-1);
}

console.log("Identity numbers, one call per number:");
row("SE personnummer (boolean)", time((i) => isValidIdentityNumber("SE", se[i % 1000])), "personnummer", time((i) => Personnummer.valid(se[i % 1000])));
row("NO fødselsnummer (boolean)", time((i) => isValidIdentityNumber("NO", no[i % 1000])), "@navikt/fnrvalidator", time((i) => navikt.fnr(no[i % 1000]).status === "valid"));
row("FI henkilötunnus (boolean)", time((i) => isValidIdentityNumber("FI", fi[i % 1000])), "finnish-ssn", time((i) => finnishSsn.FinnishSSN.validate(fi[i % 1000])));
row("ES DNI (boolean)", time((i) => isValidIdentityNumber("ES", es[i % 1000])), "better-dni", time((i) => betterDni.isValid(es[i % 1000])));
row(
  "SE full result object",
  time((i) => validateIdentityNumber("SE", se[i % 1000])),
  "personnummer.parse",
  time((i) => {
    try {
      return Personnummer.parse(se[i % 1000]).getAge();
    } catch {
      return null;
    }
  }),
);

console.log("\nIdentity numbers in batches of 1000 (validateIdentityNumbers):");
const batchNs = (list, country) => time(() => validateIdentityNumbers(country, list), 600) / list.length;
row("SE batch", batchNs(se, "SE"), "personnummer", time((i) => Personnummer.valid(se[i % 1000])));
row("NO batch", batchNs(no, "NO"), "@navikt/fnrvalidator", time((i) => navikt.fnr(no[i % 1000]).status === "valid"));
console.log("\nIdentity numbers as one text of 1000 lines (validateIdentityNumberLines):");
const lines = (list, country) => {
  const text = list.join("\n");
  return time(() => validateIdentityNumberLines(country, text), 600) / list.length;
};
row("SE lines", lines(se, "SE"), "personnummer", time((i) => Personnummer.valid(se[i % 1000])));
row("NO lines", lines(no, "NO"), "@navikt/fnrvalidator", time((i) => navikt.fnr(no[i % 1000]).status === "valid"));
row("FI lines", lines(fi, "FI"), "finnish-ssn", time((i) => finnishSsn.FinnishSSN.validate(fi[i % 1000])));
row("ES lines", lines(es, "ES"), "better-dni", time((i) => betterDni.isValid(es[i % 1000])));

console.log("\nIBAN:");
const ibans = ["GB82WEST12345698765432", "DE89370400440532013000", "SE4550000000058398257466", "NO9386011117947", "ES9121000418450200051332", "FR1420041010050500013M02606"];
row("IBAN (full result)", time((i) => validateIban(ibans[i % ibans.length]).valid), "ibantools", time((i) => isValidIBAN(ibans[i % ibans.length])));

console.log("\nA full nemuru.createLoan validation (the seed's request, with the agent profile):");
const loan = {
  id: "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d",
  agent_id: "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7",
  currency: "EUR",
  term: 30,
  principal: 5000,
  annual_interest: 0.091,
  program: "free_program",
  setup_fee: { amount: 125, type: "type_upfront" },
  insurance: { description: "seguro_vida", is_financed: false },
  borrower: { email: "john.doe@gmail.com", first_name: "John", last_name: "Doe", phone_number: "+34601000001" },
  asset_type: "education",
  asset: { description: "Máster en Data Science", value: 9000 },
};
const context = { agent: { id: "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7", allowed_asset_types: ["education", "auto"] } };
const bad = { ...loan, principal: 9500.001, borrower: { ...loan.borrower, phone_number: "601000001", email: "x@" } };
const validNs = time(() => validateRequest("nemuru.createLoan", loan, context), 600);
const invalidNs = time(() => validateRequest("nemuru.createLoan", bad, context), 600);
// The same checks by hand with the oracles' pieces, for scale: a hand-written JS
// validator of the same fields (UUIDs, enum, email, E.164 shape, principal <= value).
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const handJs = (p) => {
  const e = [];
  if (!uuidRe.test(p.id)) e.push("id");
  if (!uuidRe.test(p.agent_id)) e.push("agent_id");
  if (!["free_program", "zero_program"].includes(p.program)) e.push("program");
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(p.borrower?.email ?? "")) e.push("borrower.email");
  if (!/^\+[1-9]\d{6,14}$/.test(p.borrower?.phone_number ?? "")) e.push("borrower.phone_number");
  if (!(p.principal > 0) || p.principal > p.asset?.value) e.push("principal");
  if (!Number.isInteger(p.term)) e.push("term");
  return e;
};
const loanText = JSON.stringify(loan);
const jsonNs = time(() => validateRequestJson("nemuru.createLoan", loanText, context), 600);
const stringifyNs = time(() => validateRequestJson("nemuru.createLoan", JSON.stringify(loan), context), 600);
row("createLoan valid (object)", validNs, "hand-written JS", time(() => handJs(loan), 600));
row("createLoan with 4 problems (object)", invalidNs, "hand-written JS", time(() => handJs(bad), 600));
row("createLoan valid (JSON text)", jsonNs, "hand-written JS", time(() => handJs(loan), 600));
console.log(
  `\nfull nemuru.createLoan validation: ${(validNs / 1000).toFixed(2)} µs from an object, ` +
    `${(invalidNs / 1000).toFixed(2)} µs with 4 problems, ${(jsonNs / 1000).toFixed(2)} µs from JSON text ` +
    `(${(stringifyNs / 1000).toFixed(2)} µs including JSON.stringify). The hand-written JS checks 7 fields with ` +
    `regular expressions and no messages; lendkit checks every field of the seed with localised messages.`,
);
