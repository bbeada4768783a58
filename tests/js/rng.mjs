// A small seeded PRNG (mulberry32) for the JS tests' generated cases, so every
// run checks the same ones and a failure replays.

/** A generator of floats in [0, 1) from a 32-bit seed. @param {number} seed */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
