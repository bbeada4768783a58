// One helper the JS tests share: the LendkitError a call throws.
import assert from "node:assert/strict";
import { isLendkitError } from "lendkit";

/**
 * Calls `fn` and returns the LendkitError it throws; fails the test when it
 * returns, or throws anything that is not a LendkitError.
 *
 * @param {() => unknown} fn
 * @returns {import("lendkit").LendkitError}
 */
export function thrown(fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(isLendkitError(e), `not a LendkitError: ${e}`);
    return e;
  }
  assert.fail("expected a LendkitError");
}
