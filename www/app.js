// @ts-check
// The demo checkout's script. It loads lendkit from the served package, the
// same way a merchant page loads it from its bundle.
import { buildInfo, version } from "/pkg/browser.js";

const status = /** @type {HTMLElement} */ (document.getElementById("status"));
try {
  const info = buildInfo();
  /** @type {HTMLElement} */ (document.getElementById("version")).textContent = version();
  /** @type {HTMLElement} */ (document.getElementById("build-profile")).textContent = info.profile;
  /** @type {HTMLElement} */ (document.getElementById("build-commit")).textContent = info.commit;
  /** @type {HTMLElement} */ (document.getElementById("build")).hidden = false;
  status.textContent = `lendkit ${info.version} is ready.`;
} catch (e) {
  status.textContent = `lendkit failed to load: ${e instanceof Error ? e.message : String(e)}`;
  status.classList.add("error");
}
