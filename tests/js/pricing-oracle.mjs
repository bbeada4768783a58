// The pricing oracle, fixtures/pricing-oracle.jsonl, as the JS tests read it:
// written by the Rust test `pricing::json::tests::the_js_oracle_fixture_is_current`
// from the JSON the boundary used to hand to JSON.parse (serde's text of the
// quote, and serde's text of Nemuru's loan_conditions); that test fails when
// the file is not what the engine gives now.
import { readFileSync } from "node:fs";

const oracle = readFileSync(new URL("./fixtures/pricing-oracle.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.parse(line));
/** The cases of `simulate`. */
export const quoteCases = oracle.filter((c) => c.simulate);
/** The cases of `loanConditions`. */
export const conditionCases = oracle.filter((c) => c.loanConditions);
