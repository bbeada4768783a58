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

/// Rounds to `dp` decimals half away from zero and shows exactly `dp` decimals.
pub(crate) fn round_fixed(value: Decimal, dp: u32) -> Decimal {
    let mut r = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(dp);
    r
}

/// A decimal as `f64` (for the APR solver only).
pub(crate) fn to_f64(value: Decimal) -> f64 {
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
    fn powers() {
        assert_eq!(powu(Decimal::new(11, 1), 2).unwrap(), Decimal::new(121, 2));
        assert_eq!(powu(Decimal::TWO, 0).unwrap(), Decimal::ONE);
        assert!(powu(Decimal::from(10), 40).is_err());
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
