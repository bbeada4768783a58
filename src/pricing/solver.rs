//! The rate solver: a bracketed Newton iteration (falling back to bisection)
//! on the present value of a stream of flows, in `f64`. Only the rate is a
//! float; the result is rounded decimally by the caller.

use crate::Error;

/// One flow, at `whole + frac` unit periods from the first drawdown. Drawdowns
/// are positive, payments negative.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Flow {
    pub amount: f64,
    pub whole: u32,
    pub frac: f64,
}

/// How a fraction of a unit period is discounted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Discount {
    /// `(1 + i)^-(whole + frac)`: the EU/UK equation.
    Compound,
    /// `(1 + frac i)^-1 (1 + i)^-whole`: Regulation Z Appendix J.
    SimpleFraction,
}

const MAX_ITERATIONS: u32 = 200;

fn not_found(message: &str) -> Error {
    Error::Computation {
        code: "apr_not_found",
        message: message.into(),
    }
}

/// Present value at periodic rate `i` and its derivative. `flows` are sorted by
/// `whole`.
fn npv(flows: &[Flow], discount: Discount, i: f64) -> (f64, f64) {
    let one_i = 1.0 + i;
    let v = 1.0 / one_i;
    let ln1p = i.ln_1p();
    let mut vp = 1.0;
    let mut at = 0u32;
    let mut frac_key = f64::NAN;
    let mut frac_factor = 1.0;
    let (mut f, mut df) = (0.0, 0.0);
    for flow in flows {
        if flow.whole != at {
            let gap = flow.whole.saturating_sub(at);
            vp *= if gap == 1 {
                v
            } else {
                v.powi(i32::try_from(gap).unwrap_or(i32::MAX))
            };
            at = flow.whole;
        }
        let whole = f64::from(flow.whole);
        match discount {
            Discount::Compound => {
                if flow.frac != frac_key {
                    frac_key = flow.frac;
                    frac_factor = if flow.frac == 0.0 {
                        1.0
                    } else {
                        (-flow.frac * ln1p).exp()
                    };
                }
                let term = flow.amount * vp * frac_factor;
                f += term;
                df -= (whole + flow.frac) * term * v;
            }
            Discount::SimpleFraction => {
                let s = 1.0 / (1.0 + flow.frac * i);
                let term = flow.amount * vp * s;
                f += term;
                df += term * (-whole * v - flow.frac * s);
            }
        }
    }
    (f, df)
}

/// Solves `sum(flows discounted at i) = 0` for the periodic rate `i`.
///
/// `guess` starts the Newton iteration (the loan's own periodic rate is a good
/// one). The root is bracketed first, so the iteration always converges for a
/// drawdown followed by payments; a stream without a root gets
/// `apr_not_found`, and an iteration that fails to settle `apr_not_converged`.
pub(crate) fn solve(flows: &[Flow], discount: Discount, guess: f64) -> Result<f64, Error> {
    if flows
        .iter()
        .any(|f| !f.amount.is_finite() || !f.frac.is_finite())
    {
        return Err(not_found("a flow is not a finite amount"));
    }
    let sorted;
    let flows = if flows.windows(2).all(|w| w[0].whole <= w[1].whole) {
        flows
    } else {
        let mut s = flows.to_vec();
        s.sort_by_key(|f| f.whole);
        sorted = s;
        &sorted
    };
    let scale: f64 = flows.iter().map(|f| f.amount.abs()).sum();
    if scale == 0.0 || !scale.is_finite() {
        return Err(not_found("no flows"));
    }
    let tol_f = scale * 1e-15;
    let (f0, _) = npv(flows, discount, 0.0);
    if f0.abs() <= tol_f {
        return Ok(0.0);
    }
    // Bracket [a, b] with f(a) < 0 < f(b).
    let (mut a, mut b);
    if f0 < 0.0 {
        a = 0.0;
        let mut hi = if guess.is_finite() && guess > 1e-6 {
            guess * 1.5
        } else {
            0.01
        };
        loop {
            let (fh, _) = npv(flows, discount, hi);
            if fh.is_nan() {
                return Err(not_found("the present value is undefined"));
            }
            if fh > 0.0 {
                b = hi;
                break;
            }
            a = hi;
            hi *= 4.0;
            if hi > 1e9 {
                return Err(not_found("no rate makes the payments worth the drawdowns"));
            }
        }
    } else {
        b = 0.0;
        let mut lo = -0.5;
        let mut steps = 0;
        loop {
            let (fl, _) = npv(flows, discount, lo);
            if fl.is_nan() {
                return Err(not_found("the present value is undefined"));
            }
            if fl < 0.0 {
                a = lo;
                break;
            }
            b = lo;
            lo = (lo - 1.0) / 2.0;
            steps += 1;
            if steps > 60 {
                return Err(not_found("no rate makes the payments worth the drawdowns"));
            }
        }
    }
    let mut x = if guess.is_finite() && guess > a && guess < b {
        guess
    } else {
        0.5 * (a + b)
    };
    for _ in 0..MAX_ITERATIONS {
        let (fx, dfx) = npv(flows, discount, x);
        if fx.is_nan() {
            return Err(not_found("the present value is undefined"));
        }
        if fx.abs() <= tol_f {
            return Ok(x);
        }
        if fx < 0.0 {
            a = x;
        } else {
            b = x;
        }
        let newton = x - fx / dfx;
        let next = if dfx.is_finite() && dfx != 0.0 && newton > a && newton < b {
            newton
        } else {
            0.5 * (a + b)
        };
        // Far below the 6 decimals disclosed, and above floating-point noise.
        let tol_x = 1e-13 * x.abs().max(1e-6);
        if (next - x).abs() <= tol_x || (b - a) <= tol_x {
            return Ok(next);
        }
        x = next;
    }
    Err(Error::Computation {
        code: "apr_not_converged",
        message: format!("the rate did not settle in {MAX_ITERATIONS} iterations"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn annuity(principal: f64, payment: f64, n: u32) -> Vec<Flow> {
        let mut v = vec![Flow {
            amount: principal,
            whole: 0,
            frac: 0.0,
        }];
        v.extend((1..=n).map(|k| Flow {
            amount: -payment,
            whole: k,
            frac: 0.0,
        }));
        v
    }

    #[test]
    fn finds_the_rate_of_an_annuity() {
        // 1000 over 12 months at 1 % a month: payment 88.848788...
        let i = solve(
            &annuity(1000.0, 88.84878867834166, 12),
            Discount::Compound,
            0.02,
        )
        .unwrap();
        assert!((i - 0.01).abs() < 1e-12, "{i}");
    }

    #[test]
    fn zero_and_negative_rates() {
        assert_eq!(
            solve(&annuity(1200.0, 100.0, 12), Discount::Compound, 0.0).unwrap(),
            0.0
        );
        let i = solve(&annuity(1200.0, 95.0, 12), Discount::Compound, 0.0).unwrap();
        assert!(i < 0.0);
    }

    #[test]
    fn payday_rates() {
        // 100 lent, 130 repaid after 1 unit period: 30 %.
        let flows = [
            Flow {
                amount: 100.0,
                whole: 0,
                frac: 0.0,
            },
            Flow {
                amount: -130.0,
                whole: 1,
                frac: 0.0,
            },
        ];
        let i = solve(&flows, Discount::Compound, 0.0).unwrap();
        assert!((i - 0.3).abs() < 1e-12);
        // A huge rate still converges.
        let flows = [
            Flow {
                amount: 100.0,
                whole: 0,
                frac: 0.0,
            },
            Flow {
                amount: -1e6,
                whole: 1,
                frac: 0.0,
            },
        ];
        assert!((solve(&flows, Discount::Compound, 0.0).unwrap() - 9999.0).abs() < 1e-6);
    }

    #[test]
    fn no_root_is_an_error() {
        let flows = [Flow {
            amount: 100.0,
            whole: 0,
            frac: 0.0,
        }];
        assert_eq!(
            solve(&flows, Discount::Compound, 0.0).unwrap_err().code(),
            "apr_not_found"
        );
        let flows = [Flow {
            amount: f64::NAN,
            whole: 0,
            frac: 0.0,
        }];
        assert!(solve(&flows, Discount::Compound, 0.0).is_err());
    }
}
