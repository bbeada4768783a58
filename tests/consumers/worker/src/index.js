import { simulate } from "lendkit";

export default {
  async fetch() {
    const q = simulate({ principal: "5000", currency: "EUR", termMonths: 30, annualRate: "0.091", profile: "nemuru", includeSchedule: false });
    return new Response(q.instalment, { headers: { "content-type": "text/plain" } });
  },
};
