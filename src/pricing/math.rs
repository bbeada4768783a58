//! Checked decimal arithmetic for the engine: every overflow becomes
//! `Error::Computation { code: "overflow" }`, never a panic.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::Error;

/// The error for an intermediate result beyond what a decimal holds.
pub(crate) fn overflow() -> Error {
    Error::Computation {
        code: "overflow",
        message: "an intermediate amount is too large for this loan".into(),
    }
}

pub(crate) fn mul(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_mul(b).ok_or_else(overflow)
}

pub(crate) fn div(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_div(b).ok_or_else(overflow)
}

pub(crate) fn add(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_add(b).ok_or_else(overflow)
}

pub(crate) fn sub(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_sub(b).ok_or_else(overflow)
}

/// `base^e` by squaring, checked.
pub(crate) fn powu(base: Decimal, mut e: u32) -> Result<Decimal, Error> {
    let mut result = Decimal::ONE;
    let mut b = base;
    while e > 0 {
        if e & 1 == 1 {
            result = mul(result, b)?;
        }
        e >>= 1;
        if e > 0 {
            b = mul(b, b)?;
        }
    }
    Ok(result)
}

/// `10^k` for `k <= 38` (a table: `checked_pow` loops, and its overflow check
/// is a 128-bit multiplication libcall in wasm).
pub(crate) fn pow10(k: u32) -> Option<u128> {
    const TABLE: [u128; 39] = {
        let mut t = [1u128; 39];
        let mut i = 1;
        while i < 39 {
            t[i] = t[i - 1] * 10;
            i += 1;
        }
        t
    };
    TABLE.get(k as usize).copied()
}

/// `a x b` as a 256-bit product `(high, low)`.
fn mul_wide(a: u128, b: u128) -> (u128, u128) {
    const LO: u128 = u64::MAX as u128;
    let (a1, a0) = (a >> 64, a & LO);
    let (b1, b0) = (b >> 64, b & LO);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    // The middle column: at most three 64-bit halves, so no overflow in u128.
    let mid = (p00 >> 64) + (p01 & LO) + (p10 & LO);
    let low = (p00 & LO) | (mid << 64);
    let high = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    (high, low)
}

/// Fractional bits of the fixed-point numbers [`pow_fraction`] multiplies.
const FRAC_BITS: u32 = 126;

/// `(a x b) >> 126`, truncated: the product of two fixed-point numbers.
fn mul_fixed(a: u128, b: u128) -> u128 {
    let (high, low) = mul_wide(a, b);
    (high << (128 - FRAC_BITS)) | (low >> FRAC_BITS)
}

/// `a / b` for `a <= b < 2^96` in 126-bit fixed point, `floor(a 2^126 / b)`:
/// long division of the 222-bit `a 2^126` in 32-bit limbs (the remainder stays
/// below `b`, so each step fits a u128), each remainder by multiplication (a
/// u128 division is a libcall in wasm).
fn fixed_ratio(a: u128, b: u128) -> u128 {
    let (hi, lo) = (a >> 2, a << 126);
    let limbs = [
        (hi >> 96) as u32,
        (hi >> 64) as u32,
        (hi >> 32) as u32,
        hi as u32,
        (lo >> 96) as u32,
        (lo >> 64) as u32,
        (lo >> 32) as u32,
        lo as u32,
    ];
    let (mut q, mut rem) = (0u128, 0u128);
    for limb in limbs {
        let cur = (rem << 32) | u128::from(limb);
        let digit = cur / b;
        q = (q << 32) | digit;
        rem = cur - digit * b;
    }
    q
}

/// `v^e` for `0 <= v <= 1`, to 28 decimals (truncated), by squaring in
/// 126-bit binary fixed point: about 10^-36 from the exact power of the
/// decimal `v`, where squaring in 28-digit decimals rounds at every step (and
/// costs a 192-bit rescale per multiplication). `None` outside `[0, 1]`.
pub(crate) fn pow_fraction(v: Decimal, e: u32) -> Option<Decimal> {
    if v.is_sign_negative() || v > Decimal::ONE {
        return None;
    }
    let m = u128::try_from(v.mantissa()).ok()?;
    let q = fixed_ratio(m, pow10(v.scale())?);
    to_decimal_28(pow_fixed(q, e))
}

/// The exact value of a finite `x`, times `10^dp`, rounded half away from
/// zero to an integer, as a decimal with `dp` decimals: `x = m 2^e` exactly,
/// so `m 10^dp` is an exact 128-bit integer and the power of two a shift. This
/// rounds the float's exact binary value decimally (as converting it to a
/// decimal first would, without that conversion's 28-digit limit). `None` when
/// the result does not fit a decimal.
pub(crate) fn round_f64(x: f64, dp: u32) -> Option<Decimal> {
    if !x.is_finite() || dp > 18 {
        return None;
    }
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    // x = m 2^e with an integer m < 2^53.
    let (m, e) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent - 1075)
    };
    let p = u128::from(m) * pow10(dp)?;
    let units = if e >= 0 {
        let shift = e.unsigned_abs();
        if shift >= 128 || p.leading_zeros() <= shift {
            return None;
        }
        p << shift
    } else {
        let shift = e.unsigned_abs();
        if shift >= 128 {
            0
        } else {
            let q = p >> shift;
            let rem = p - (q << shift);
            q + u128::from(rem >= 1u128 << (shift - 1))
        }
    };
    let signed = i128::try_from(units).ok()?;
    let mut d =
        Decimal::try_from_i128_with_scale(if negative { -signed } else { signed }, dp).ok()?;
    if d.is_zero() {
        d.set_sign_positive(true);
    }
    Some(d)
}

/// `(a^-e, a^-(e+1))` for a decimal `a >= 1`, to 28 decimals (truncated), in
/// the same 126-bit fixed point as [`pow_fraction`], starting from
/// `1/a = 10^s / m` by long division: no decimal division at all. `None` for
/// `a < 1`.
pub(crate) fn reciprocal_powers(a: Decimal, e: u32) -> Option<(Decimal, Decimal)> {
    if a < Decimal::ONE {
        return None;
    }
    let v = fixed_ratio(pow10(a.scale())?, u128::try_from(a.mantissa()).ok()?);
    let power = pow_fixed(v, e);
    Some((to_decimal_28(power)?, to_decimal_28(mul_fixed(power, v))?))
}

/// `base^e` in 126-bit fixed point, by squaring.
fn pow_fixed(base: u128, mut e: u32) -> u128 {
    let mut result = 1u128 << FRAC_BITS;
    let mut b = base;
    while e > 0 {
        if e & 1 == 1 {
            result = mul_fixed(result, b);
        }
        e >>= 1;
        if e > 0 {
            b = mul_fixed(b, b);
        }
    }
    result
}

/// A fixed-point number in `[0, 1]` as a decimal of 28 decimals (truncated).
fn to_decimal_28(q: u128) -> Option<Decimal> {
    let scaled = mul_fixed(q, pow10(28)?);
    Decimal::try_from_i128_with_scale(i128::try_from(scaled).ok()?, 28).ok()
}

/// Rounds to `dp` decimals half away from zero and shows exactly `dp` decimals.
pub(crate) fn round_fixed(value: Decimal, dp: u32) -> Decimal {
    // Most amounts already have their `dp` decimals (a rounding pass costs a
    // 96-bit division even when there is nothing to round).
    if value.scale() == dp {
        return value;
    }
    let mut r = if value.scale() < dp {
        value
    } else {
        value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
    };
    r.rescale(dp);
    r
}

/// A decimal as `f64` (for the APR solver only).
pub(crate) fn to_f64(value: Decimal) -> f64 {
    // A mantissa below 2^53 and a power of ten up to 10^22 are both exact
    // doubles, so their quotient is the correctly rounded value, without
    // rust_decimal's general conversion.
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = value.mantissa();
    if m.unsigned_abs() < 1 << 53 {
        if let Some(p) = EXACT.get(value.scale() as usize) {
            return m as f64 / p;
        }
    }
    value.to_f64().unwrap_or(f64::NAN)
}

/// The periodic rate equivalent to an effective annual rate:
/// `(1 + annual)^(1/per_year) - 1`, to about 27 digits (a float start, then
/// Newton steps in decimal arithmetic).
pub(crate) fn effective_to_periodic(annual: Decimal, per_year: u32) -> Result<Decimal, Error> {
    if per_year == 1 || annual.is_zero() {
        return Ok(annual);
    }
    let target = add(Decimal::ONE, annual)?;
    let p = Decimal::from(per_year);
    let guess = (to_f64(annual).ln_1p() / f64::from(per_year)).exp_m1();
    let mut x = Decimal::from_f64_retain(guess)
        .ok_or_else(overflow)?
        .round_dp(20);
    for _ in 0..4 {
        let base = add(Decimal::ONE, x)?;
        let pow_m1 = powu(base, per_year - 1)?;
        let g = sub(mul(pow_m1, base)?, target)?;
        let dg = mul(p, pow_m1)?;
        let step = div(g, dg)?;
        x = sub(x, step)?;
        if step.abs() < Decimal::new(1, 26) {
            break;
        }
    }
    Ok(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten() {
        for k in 0..=38 {
            assert_eq!(pow10(k), 10u128.checked_pow(k), "{k}");
        }
        assert_eq!(pow10(39), None);
    }

    #[test]
    fn powers() {
        assert_eq!(powu(Decimal::new(11, 1), 2).unwrap(), Decimal::new(121, 2));
        assert_eq!(powu(Decimal::TWO, 0).unwrap(), Decimal::ONE);
        assert!(powu(Decimal::from(10), 40).is_err());
    }

    #[test]
    fn fixed_point_powers_match_decimal_powers() {
        // Against 28-digit decimal squaring (which rounds at each step): equal
        // to within its own error.
        for (v, e) in [
            ("0.99245732009", 360u32),
            ("0.9924573200992555831265508685", 359),
            ("0.5", 3),
            ("1", 1000),
            ("0", 5),
            ("0.1", 28),
            ("0.999999999999999999", 100_000),
            ("0.0000000000000000000000000001", 1),
        ] {
            let v: Decimal = v.parse().unwrap();
            let fixed = pow_fraction(v, e).unwrap();
            let decimal = powu(v, e).unwrap();
            assert!(
                (fixed - decimal).abs() < Decimal::new(1, 24),
                "{v}^{e}: {fixed} vs {decimal}"
            );
        }
        // Exact where the power terminates within 28 decimals.
        assert_eq!(
            pow_fraction("0.5".parse().unwrap(), 3).unwrap(),
            Decimal::new(125, 3)
        );
        assert_eq!(pow_fraction(Decimal::ONE, 7).unwrap(), Decimal::ONE);
        assert_eq!(pow_fraction(Decimal::ZERO, 0).unwrap(), Decimal::ONE);
        // 0.9^64 = 0.0011790184577738583171520872861412518665678211592...
        // (Python's decimal module at 60 digits).
        let p = pow_fraction("0.9".parse().unwrap(), 64).unwrap();
        assert_eq!(p.to_string(), "0.0011790184577738583171520872");
        assert!(pow_fraction(Decimal::TWO, 2).is_none());
        assert!(pow_fraction(Decimal::NEGATIVE_ONE, 2).is_none());
    }

    #[test]
    fn floats_round_like_their_exact_decimal_value() {
        // Against converting the float to a decimal first, on a spread of APRs.
        let mut x = 1.234_567_890_123e-9_f64;
        while x < 1e7 {
            for v in [x, -x, x * 1.000_000_1] {
                for dp in [1u32, 2, 6] {
                    let expected = round_fixed(Decimal::from_f64_retain(v).unwrap(), dp);
                    assert_eq!(round_f64(v, dp), Some(expected), "{v} {dp}");
                }
            }
            x *= 1.37;
        }
        // Ties and exact values: 0.0625 is exact in binary.
        assert_eq!(round_f64(0.0625, 3).unwrap().to_string(), "0.063");
        assert_eq!(round_f64(-0.0625, 3).unwrap().to_string(), "-0.063");
        assert_eq!(round_f64(0.0, 6).unwrap().to_string(), "0.000000");
        assert_eq!(round_f64(-1e-30, 6).unwrap().to_string(), "0.000000");
        assert_eq!(round_f64(9.5, 0).unwrap().to_string(), "10");
        // 0.095 is 0.09499999999999999722... in binary: 1 decimal of percent.
        assert_eq!(round_f64(0.094_893 * 100.0, 1).unwrap().to_string(), "9.5");
        assert!(round_f64(f64::NAN, 2).is_none());
        assert!(round_f64(1e300, 2).is_none());
    }

    #[test]
    fn reciprocal_powers_match_decimal_division() {
        for (a, e) in [
            ("1.0075833333333333333333333333", 29u32),
            ("1.5", 3),
            ("1", 12),
            ("2", 0),
            ("1.001", 359),
        ] {
            let a: Decimal = a.parse().unwrap();
            let v = Decimal::ONE / a;
            let (p, p1) = reciprocal_powers(a, e).unwrap();
            assert!(
                (p - powu(v, e).unwrap()).abs() < Decimal::new(1, 24),
                "{a}^-{e}"
            );
            assert!(
                (p1 - powu(v, e + 1).unwrap()).abs() < Decimal::new(1, 24),
                "{a}^-{e}+1"
            );
        }
        assert_eq!(
            reciprocal_powers(Decimal::TWO, 3).unwrap().0,
            Decimal::new(125, 3)
        );
        assert!(reciprocal_powers(Decimal::new(5, 1), 3).is_none());
    }

    #[test]
    fn fast_f64_conversion_is_correctly_rounded() {
        for text in [
            "0",
            "1",
            "-1",
            "0.1",
            "186.97",
            "5609.15",
            "0.0075833333333333333333333333",
            "9007199254740991",
            "9007199254740993",
            "123456789.123456789",
            "-0.000001",
            "0.0000000000000000000001",
            "79228162514264337593543950335",
        ] {
            let d: Decimal = text.parse().unwrap();
            let expected: f64 = text.parse().unwrap();
            assert_eq!(to_f64(d), expected, "{text}");
        }
    }

    #[test]
    fn effective_rate_round_trips() {
        let r = effective_to_periodic(Decimal::new(5, 2), 12).unwrap();
        let back = powu(Decimal::ONE + r, 12).unwrap() - Decimal::ONE;
        assert!(
            (back - Decimal::new(5, 2)).abs() < Decimal::new(1, 24),
            "{back}"
        );
        // (1.05)^(1/12) - 1 = 0.00407412378364830... (Python decimal, 40 digits)
        assert_eq!(r.round_dp(12).to_string(), "0.004074123784");
    }

    #[test]
    fn fixed_rounding_is_half_away_from_zero() {
        assert_eq!(round_fixed(Decimal::new(5, 3), 2).to_string(), "0.01");
        assert_eq!(round_fixed(Decimal::from(5000), 2).to_string(), "5000.00");
        assert_eq!(round_fixed(Decimal::new(-5, 3), 2).to_string(), "-0.01");
    }
}
