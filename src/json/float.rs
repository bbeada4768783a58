//! `f64` as Rust's `{}` writes it (shortest round-trip digits, no exponent,
//! `-0`, `NaN`, `inf`), without core's float formatting: its Grisu and Dragon
//! code with their tables, and the fixed-precision path that `Display` drags in
//! with them, are about 10 KB of wasm. This is the same digit generation as
//! core's Dragon shortest mode (Steele & White, with core's interval and
//! tie-breaking rules), on a small fixed-width big integer; the host tests
//! compare every string with `format!("{}")`.

use std::cmp::Ordering;

const LIMBS: usize = 40;

/// An unsigned integer of up to `32 * LIMBS` bits, least significant limb
/// first; only the first `n` limbs (enough for the number at hand) are used.
#[derive(Clone, Copy)]
struct Big {
    d: [u32; LIMBS],
    n: usize,
}

impl Big {
    fn new(v: u64, n: usize) -> Big {
        let mut d = [0; LIMBS];
        d[0] = v as u32;
        d[1] = (v >> 32) as u32;
        Big { d, n }
    }

    fn mul(&mut self, m: u32) {
        let mut carry = 0u64;
        for l in &mut self.d[..self.n] {
            let t = u64::from(*l) * u64::from(m) + carry;
            *l = t as u32;
            carry = t >> 32;
        }
    }

    fn shl(&mut self, mut n: u32) {
        while n > 0 {
            let s = n.min(31);
            self.mul(1 << s);
            n -= s;
        }
    }

    fn add(&self, o: &Big) -> Big {
        let mut out = *self;
        let mut carry = 0u64;
        for (l, r) in out.d[..self.n].iter_mut().zip(&o.d) {
            let t = u64::from(*l) + u64::from(*r) + carry;
            *l = t as u32;
            carry = t >> 32;
        }
        out
    }

    /// `self - o`, for `self >= o`.
    fn sub(&mut self, o: &Big) {
        let mut borrow = 0u64;
        for (l, r) in self.d[..self.n].iter_mut().zip(&o.d) {
            let t = u64::from(*l)
                .wrapping_sub(u64::from(*r))
                .wrapping_sub(borrow);
            *l = t as u32;
            borrow = t >> 63;
        }
    }

    fn cmp(&self, o: &Big) -> Ordering {
        self.d[..self.n]
            .iter()
            .rev()
            .cmp(o.d[..self.n].iter().rev())
    }
}

/// The shortest digits of a finite `v > 0` and the decimal exponent `k`
/// (`v ≈ 0.d1d2… × 10^k`), as core's `flt2dec::strategy::dragon::format_shortest`
/// gives them for the intervals of `flt2dec::decoder::decode`.
fn shortest(v: f64, buf: &mut [u8; 18]) -> (usize, i32) {
    let bits = v.to_bits();
    let frac = bits & ((1 << 52) - 1);
    let biased = (bits >> 52) as i32;
    // `v = mant * 2^exp`; its neighbours are `(mant -+ 2 * minus|plus) * 2^exp`.
    let (mant, plus, exp) = if biased == 0 {
        (frac << 1, 1, -1075)
    } else if frac == 0 {
        (1 << 54, 2, biased - 1077)
    } else {
        ((frac | 1 << 52) << 1, 1, biased - 1076)
    };
    // The interval's ends read back as `v` when the mantissa is even.
    let rounding = if frac & 1 == 0 {
        Ordering::Greater
    } else {
        Ordering::Equal
    };
    let below = |a: &Big, b: &Big| a.cmp(b) < rounding;
    // Every number below stays under `2^(|exp| + 64)`: limbs for 72 bits more.
    let width = (exp.unsigned_abs() as usize + 72) / 32 + 1;
    let (mut r, mut minus, mut plus) = (
        Big::new(mant, width),
        Big::new(1, width),
        Big::new(plus, width),
    );
    let mut s = Big::new(1, width);
    if exp < 0 {
        s.shl(exp.unsigned_abs());
    } else {
        for b in [&mut r, &mut minus, &mut plus] {
            b.shl(exp as u32);
        }
    }
    // The least `k` with the interval's high end at most `10^k` (`r / s = v / 10^k`).
    let mut k = 0;
    while below(&s, &r.add(&plus)) {
        s.mul(10);
        k += 1;
    }
    let times10 = |r: &mut Big, minus: &mut Big, plus: &mut Big| {
        for b in [r, minus, plus] {
            b.mul(10);
        }
    };
    loop {
        times10(&mut r, &mut minus, &mut plus);
        if below(&s, &r.add(&plus)) {
            break;
        }
        k -= 1;
    }
    // Now `r / s = v / 10^(k-1)`: one digit per step until the digits so far
    // (`down`) or they plus one in the last place (`up`) read back as `v`.
    let mut n = 0;
    let (down, up) = loop {
        let mut d = b'0';
        while r.cmp(&s) != Ordering::Less {
            r.sub(&s);
            d += 1;
        }
        buf[n] = d;
        n += 1;
        let down = below(&r, &minus);
        let up = below(&s, &r.add(&plus));
        if down || up {
            break (down, up);
        }
        times10(&mut r, &mut minus, &mut plus);
    };
    if up && (!down || r.add(&r).cmp(&s) != Ordering::Less) {
        match buf[..n].iter().rposition(|&c| c != b'9') {
            Some(i) => {
                buf[i] += 1;
                buf[i + 1..n].fill(b'0');
            }
            None => {
                buf[0] = b'1';
                buf[1..=n].fill(b'0');
                n += 1;
                k += 1;
            }
        }
    }
    (n, k)
}

/// Appends `v` exactly as `write!(out, "{v}")` does.
pub fn push_f64(out: &mut String, v: f64) {
    if v.is_nan() {
        out.push_str("NaN");
        return;
    }
    if v.is_sign_negative() {
        out.push('-');
    }
    if v.is_infinite() {
        out.push_str("inf");
    } else if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
        // A whole number below 2^53 is its own shortest form (written by
        // hand, as below: no core::fmt in the pricing module).
        crate::civil::push_padded(out, v.abs() as u64, 1);
    } else {
        let mut buf = [0; 18];
        let (n, k) = shortest(v.abs(), &mut buf);
        // ASCII digits, pushed byte by byte (no `str` slicing, whose panic
        // path brings core's Debug escaping and its Unicode tables).
        let push =
            |out: &mut String, digits: &[u8]| out.extend(digits.iter().map(|&b| char::from(b)));
        let digits = buf.get(..n).unwrap_or_default();
        let zeros = |out: &mut String, z: i32| out.extend((0..z).map(|_| '0'));
        if k <= 0 {
            out.push_str("0.");
            zeros(out, -k);
            push(out, digits);
        } else if (k as usize) < n {
            let (int, frac) = digits.split_at(k as usize);
            push(out, int);
            out.push('.');
            push(out, frac);
        } else {
            push(out, digits);
            zeros(out, k - n as i32);
        }
    }
}

/// `v` as `v.to_string()` writes it.
pub fn f64_string(v: f64) -> String {
    let mut out = String::new();
    push_f64(&mut out, v);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(v: f64) {
        assert_eq!(f64_string(v), format!("{v}"), "bits {:#018x}", v.to_bits());
    }

    #[test]
    fn agrees_with_display() {
        for v in [
            0.0,
            -0.0,
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            5e-324,
            1e-323,
            f64::from_bits(0x000f_ffff_ffff_ffff),
            0.1,
            0.2,
            0.3,
            0.1 + 0.2,
            1.5,
            186.97,
            0.091,
            5000.0,
            1e21,
            1e22,
            1e23,
            9_007_199_254_740_993.0,
            123_456_789.012_345_68,
            2f64.powi(-1074),
        ] {
            check(v);
            check(-v);
        }
    }

    // The oracle checks below are split into several tests so that the test
    // harness runs them on parallel threads (this module's checks are most of
    // `cargo test`'s run time in the unoptimised test profile).
    #[test]
    fn agrees_with_display_at_powers() {
        // Powers of two (each biased exponent) and their neighbours.
        for biased in 0..2047u64 {
            let p = biased << 52;
            for bits in [p, p + 1, p.saturating_sub(1)] {
                check(f64::from_bits(bits));
            }
        }
        for e in -325..=309 {
            for m in [1.0, 1.5, 2.0, 5.0, 9.999_999_999_999_999, 7.0 / 3.0] {
                check(m * 10f64.powi(e));
                check(format!("{m}e{e}").parse().unwrap());
            }
        }
    }

    #[test]
    fn agrees_with_display_on_small_numbers_and_cents() {
        for i in 0..20_000u32 {
            check(f64::from(i));
            check(f64::from(i) / 100.0);
            check(f64::from(i) / 1000.0);
            check(f64::from(i) * 0.01);
            check(f64::from(i) / 7.0);
        }
    }

    #[test]
    fn agrees_with_display_on_random_bits() {
        // Random bit patterns (xorshift), every one finite or not.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..60_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            check(f64::from_bits(x));
        }
        // Subnormals and values with few significant bits.
        for _ in 0..10_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            check(f64::from_bits(x >> 12));
            check(f64::from_bits(x & 0xfff0_0000_0000_0000 | (x & 0xff)));
        }
    }
}
