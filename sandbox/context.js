// @ts-check
// What every API module of the sandbox is given: the state, the seed, the
// clock and ids, and the hooks to mark a change and to send webhooks.

/**
 * @typedef {object} Credentials
 * @property {string[]} assetLoansTokens bearer tokens the asset-loans API accepts
 * @property {string[]} tuumTokens `x-auth-token` values Tuum accepts (and unexpired JWTs)
 * @property {number} nemuruAccessTtlSeconds lifetime of a Nemuru access token
 * @property {number} nemuruRefreshTtlSeconds lifetime of a Nemuru refresh token
 */

/**
 * @typedef {object} Timing
 * @property {number} signingHours how long a signing request stays open
 * @property {number} registrationSeconds from signing to the registry's credit marking
 * @property {number} nemuruExpiryDays a Nemuru invitation expires after this many days
 * @property {number} nemuruTrialDays status_active_trial lasts this many days
 */

/**
 * @typedef {object} Ctx
 * @property {import("./store.js").State} state
 * @property {import("./seed.js").Seed} seed
 * @property {import("./clock.js").Clock} clock
 * @property {import("./clock.js").Ids} ids
 * @property {Credentials} credentials
 * @property {Timing} timing
 * @property {() => void} changed (kept for the modules: every change is journalled by the store's tables)
 * @property {(id: string, loanId: string, data: string) => void} putFile stores an uploaded file's content as its own row
 * @property {() => string} publicUrl the sandbox's public URL, for the links it hands out
 * @property {(agentId: string, loanId: string, step: string) => void} emitLoanStep
 */

export {};
