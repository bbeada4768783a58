// The interface words of <lendkit-checkout> in market mode
// (sdk/components/checkout-text.ts), as built in pkg/: every language table has
// every key of the English one and no other, the same `{name}` placeholders in
// each string, no string left in English (an explicit allow-list of symbols and
// words spelled the same in both languages), and a note saying whose words they
// are. For fi, nb and da (languages lendkit's validators have no messages in):
// `fieldMessages` has a message for every code the checkout's fields produce on
// a corpus of bad input run through the validators the checkout calls, none of
// them the validators' English one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { validateEmail, validateIdentityNumber, validatePhone, validateRequest } from "lendkit";
import { checkoutText } from "../../pkg/components/checkout-text.js";

const LANGUAGES = ["es", "sv", "fi", "nb", "no", "da"];
const EN = checkoutText("en").text;

/** A table's strings by key path (`title`, `steps.status_initial`, `programs.zero_program`). @param {Record<string, unknown>} t */
function flat(t) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === "string") out[k] = v;
    else if (v && typeof v === "object") for (const [c, w] of Object.entries(v)) out[`${k}.${c}`] = /** @type {string} */ (w);
  }
  return out;
}
/** @param {string} s */
const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Strings a language may leave as the English ones, each with its reason:
 * symbols, and words that are spelled the same in that language.
 * @type {Record<string, Record<string, string>>}
 */
const SAME_AS_ENGLISH = {
  "*": { colNumber: "the symbol #" },
  es: { "programs.free_program": "«Flexible» is the Spanish word" },
  nb: { status: "«Status: {status}»: «status» is the Norwegian word" },
  no: { status: "«Status: {status}»: «status» is the Norwegian word" },
  da: { status: "«Status: {status}»: «status» is the Danish word" },
};

test("English is lendkit's own, with no note; any other language without a table gets English, marked untranslated", () => {
  const en = checkoutText("en");
  assert.equal(en.lang, "en");
  assert.equal(en.translated, true);
  const de = checkoutText("de");
  assert.equal(de.lang, "en");
  assert.equal(de.translated, false);
  assert.match(de.note ?? "", /interfaceText/);
  assert.equal(de.text, en.text);
});

for (const language of LANGUAGES) {
  test(`${language}: every key of English, the same placeholders, no English left, its language and a note`, () => {
    const entry = checkoutText(language);
    assert.equal(entry.translated, true);
    assert.equal(entry.lang, language === "no" ? "nb" : language);
    assert.match(entry.note ?? "", /not reviewed by a native speaker/);
    assert.match(entry.note ?? "", /interfaceText/);
    const en = flat(EN);
    const mine = flat(entry.text);
    const mineKeys = Object.keys(mine).filter((k) => !k.startsWith("fieldMessages."));
    assert.deepEqual(mineKeys.sort(), Object.keys(en).sort(), "the same keys as English");
    const allowed = { ...SAME_AS_ENGLISH["*"], ...SAME_AS_ENGLISH[language] };
    /** @type {string[]} */
    const english = [];
    for (const [key, value] of Object.entries(en)) {
      const text = mine[key] ?? "";
      assert.ok(text.trim().length > 0, `${language}.${key} is empty`);
      assert.deepEqual(placeholders(text), placeholders(value), `${language}.${key}: the placeholders of "${value}"`);
      if (text === value && !(key in allowed)) english.push(`${key}: "${text}"`);
    }
    assert.deepEqual(english, [], `${language}: strings left in English`);
    for (const key of Object.keys(allowed)) assert.equal(mine[key], en[key], `${language}.${key} is allowed only because it equals the English one`);
    for (const [key, text] of Object.entries(mine).filter(([k]) => k.startsWith("fieldMessages."))) {
      assert.deepEqual(placeholders(text), [], `${language}.${key}: a field message has no placeholder`);
    }
  });
}

/**
 * Every issue the checkout's fields can show, from the validators it calls
 * (checkout.ts #validate) on bad input: `validateRequest("nemuru.createLoan")`
 * for the names and the empty fields, `validateEmail`, `validatePhone` with the
 * customer's country, `validateIdentityNumber("ES")` for the DNI/NIE.
 */
function fieldIssues() {
  /** @type {{ code: string, message: string, field: string }[]} */
  const issues = [];
  const add = (/** @type {string} */ field, /** @type {{ errors: { code: string, message: string, path: string }[] }} */ r) =>
    issues.push(...r.errors.map((e) => ({ code: e.code, message: e.message, field })));
  const wire = (/** @type {Record<string, string>} */ borrower) => ({
    id: "00000000-0000-4000-8000-000000000000",
    currency: "EUR",
    term: 12,
    principal: 1000,
    program: "zero_program",
    agent_id: "",
    borrower,
    asset_type: "home_improvement",
    asset: { description: "Purchase", value: 1000 },
  });
  const long = "x".repeat(101);
  for (const borrower of [
    { first_name: "", last_name: "", email: "", phone_number: "" },
    { first_name: " ", last_name: " ", email: " ", phone_number: " " },
    { first_name: long, last_name: long, email: "ana@", phone_number: "612345678" },
    {},
  ]) {
    const r = validateRequest("nemuru.createLoan", wire(borrower));
    r.errors = r.errors.filter((/** @type {{ path: string }} */ e) => e.path.startsWith("borrower."));
    add("request", r);
  }
  for (const email of ["ana@", "ana", "@example.com", "ana@example", `${"a".repeat(300)}@example.com`, " ", "ana @example.com"]) add("email", validateEmail(email));
  for (const phone of ["12", "612 34 56 78 99 99 99", "+999 1234567", "abc", "+", "+34 6", "+1234567890123456", "612345678"]) {
    for (const country of ["ES", "FI", "ZZ"]) add("phone_number", validatePhone(phone, { defaultCountry: country }));
  }
  add("phone_number", validatePhone("612345678"));
  for (const doc of ["12345678A", "1234", "X1234567A", "ABCDEFGHI", "Z".repeat(40), " ", "00000000-T"]) add("document", validateIdentityNumber("ES", doc));
  return issues;
}

test("fi, nb, da: a field message for every code the checkout's fields produce, none of them the validators' English", () => {
  const issues = fieldIssues();
  const codes = [...new Set(issues.map((i) => i.code))].sort();
  // The corpus reaches the codes the form can show (a guard on the corpus itself).
  for (const c of ["required", "empty", "too_long", "invalid_email", "invalid_format", "invalid_checksum", "phone_too_short", "phone_too_long", "unknown_calling_code"]) {
    assert.ok(codes.includes(c), `the corpus produces ${c}: ${codes}`);
  }
  for (const language of ["fi", "nb", "da"]) {
    const table = checkoutText(language).text.fieldMessages ?? {};
    assert.ok(table["*"], `${language}: a message for a code with none`);
    const missing = codes.filter((c) => !(c in table));
    assert.deepEqual(missing, [], `${language}: codes without a message`);
    for (const i of issues) assert.notEqual(table[i.code], i.message, `${language}.${i.code} is the validators' English`);
  }
  for (const language of ["en", "es", "sv"]) {
    assert.equal(checkoutText(language).text.fieldMessages, undefined, `${language}: the validators' own messages`);
  }
});
