// CommonJS: `require("lendkit")`.
const { simulate } = require("lendkit");

const q = simulate({ principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru", includeSchedule: false });
if (q.instalment !== "186.97") throw new Error(`instalment ${q.instalment}, expected 186.97`);
console.log(`instalment ${q.instalment}`);
