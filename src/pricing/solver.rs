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

/// A run of `count` equal flows at consecutive unit periods `whole`,
/// `whole + 1`, ... with the same odd fraction: a level instalment stream is
/// one run, so the present value costs a few operations per run instead of one
/// per payment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Run {
    pub amount: f64,
    pub whole: u32,
    pub frac: f64,
    pub count: u32,
}

/// Appends `f` to `runs`, extending the last run when `f` continues it.
#[inline(always)]
pub(crate) fn push_flow(runs: &mut Vec<Run>, f: Flow) {
    if let Some(last) = runs.last_mut() {
        if last.amount == f.amount
            && last.frac == f.frac
            && u64::from(last.whole) + u64::from(last.count) == u64::from(f.whole)
        {
            last.count += 1;
            return;
        }
    }
    runs.push(Run {
        amount: f.amount,
        whole: f.whole,
        frac: f.frac,
        count: 1,
    });
}

/// `flows` (sorted by `whole`) as runs.
fn runs_of(flows: &[Flow]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::with_capacity(4);
    for &f in flows {
        push_flow(&mut runs, f);
    }
    runs
}

/// `G = sum_{j<c} v^j` and `H = sum_{j<c} j v^j` at `v = 1/(1 + i)`, `x =
/// ln(1 + i)`. In closed form (`G = (1 - v^c)/(i v)`, `H = (1 - v^c (1 + c i))
/// / (i^2 v)`, with `expm1` so that `G` keeps full precision) unless `c x` is
/// so small that `H`'s closed form would cancel, where the sums are added up.
fn geometric(c: u32, i: f64, v: f64, x: f64) -> (f64, f64) {
    let cf = f64::from(c);
    if c == 1 {
        return (1.0, 0.0);
    }
    if (cf * x).abs() < 1e-3 {
        let (mut g, mut h, mut vp) = (0.0, 0.0, 1.0);
        for j in 0..c {
            g += vp;
            h += f64::from(j) * vp;
            vp *= v;
        }
        return (g, h);
    }
    let one_minus_vc = -(-cf * x).exp_m1();
    let vc = 1.0 - one_minus_vc;
    let g = one_minus_vc / (i * v);
    let h = (one_minus_vc - cf * i * vc) / (i * i * v);
    (g, h)
}

/// Present value at periodic rate `i` and its derivative, run by run.
fn npv(runs: &[Run], discount: Discount, i: f64) -> (f64, f64) {
    let v = 1.0 / (1.0 + i);
    let x = i.ln_1p();
    let (mut f, mut df) = (0.0, 0.0);
    for run in runs {
        let w = f64::from(run.whole);
        let vw = v.powi(i32::try_from(run.whole).unwrap_or(i32::MAX));
        let (g, h) = geometric(run.count, i, v, x);
        match discount {
            Discount::Compound => {
                // sum_j A v^(w + j + frac); d/di of each term is -(w + j + frac) v term.
                let frac_factor = if run.frac == 0.0 {
                    1.0
                } else {
                    (-run.frac * x).exp()
                };
                let base = run.amount * vw * frac_factor;
                f += base * g;
                df -= v * base * ((w + run.frac) * g + h);
            }
            Discount::SimpleFraction => {
                // sum_j A (1 + frac i)^-1 v^(w + j).
                let s = 1.0 / (1.0 + run.frac * i);
                let base = run.amount * s * vw;
                f += base * g;
                df -= base * (run.frac * s * g + v * (w * g + h));
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
    let sorted;
    let flows = if flows.windows(2).all(|w| w[0].whole <= w[1].whole) {
        flows
    } else {
        sorted = sorted_by_time(flows);
        &sorted
    };
    solve_runs(&runs_of(flows), discount, guess)
}

/// `flows` in time order, equal times in their given order: a bottom-up merge
/// sort (the standard library's sorts cost the core wasm module about 1.5 KB
/// gzip each, for the rare stream given out of order).
fn sorted_by_time(flows: &[Flow]) -> Vec<Flow> {
    let n = flows.len();
    let mut v = flows.to_vec();
    let mut buf = flows.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut a, mut b) = (start, mid);
            for slot in &mut buf[start..end] {
                let take_left = b >= end || (a < mid && v[a].whole <= v[b].whole);
                if take_left {
                    *slot = v[a];
                    a += 1;
                } else {
                    *slot = v[b];
                    b += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut v, &mut buf);
        width *= 2;
    }
    v
}

/// [`solve`] for flows already gathered into runs (in time order).
pub(crate) fn solve_runs(flows: &[Run], discount: Discount, guess: f64) -> Result<f64, Error> {
    if flows
        .iter()
        .any(|f| !f.amount.is_finite() || !f.frac.is_finite())
    {
        return Err(not_found("a flow is not a finite amount"));
    }
    let scale: f64 = flows
        .iter()
        .map(|f| f.amount.abs() * f64::from(f.count))
        .sum();
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
        message: {
            let mut m = String::from("the rate did not settle in ");
            crate::money::text::push_u64(&mut m, MAX_ITERATIONS.into());
            m.push_str(" iterations");
            m
        },
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

    /// The present value flow by flow, as the definition reads.
    fn npv_by_flow(flows: &[Flow], discount: Discount, i: f64) -> (f64, f64) {
        let (mut f, mut df) = (0.0, 0.0);
        for flow in flows {
            let t = f64::from(flow.whole) + flow.frac;
            match discount {
                Discount::Compound => {
                    let term = flow.amount * (1.0 + i).powf(-t);
                    f += term;
                    df -= t * term / (1.0 + i);
                }
                Discount::SimpleFraction => {
                    let w = f64::from(flow.whole);
                    let term = flow.amount * (1.0 + i).powf(-w) / (1.0 + flow.frac * i);
                    f += term;
                    df += term * (-w / (1.0 + i) - flow.frac / (1.0 + flow.frac * i));
                }
            }
        }
        (f, df)
    }

    #[test]
    fn runs_give_the_present_value_of_their_flows() {
        // A drawdown, a first payment with a fee, a level run with an odd
        // fraction, a different last payment.
        let mut flows = vec![Flow {
            amount: 5000.0,
            whole: 0,
            frac: 0.0,
        }];
        flows.push(Flow {
            amount: -196.97,
            whole: 1,
            frac: 0.25,
        });
        flows.extend((2..360).map(|k| Flow {
            amount: -186.97,
            whole: k,
            frac: 0.25,
        }));
        flows.push(Flow {
            amount: -186.9,
            whole: 360,
            frac: 0.25,
        });
        let runs = runs_of(&flows);
        assert_eq!(runs.len(), 4);
        for discount in [Discount::Compound, Discount::SimpleFraction] {
            for i in [
                0.0, 1e-12, -1e-9, 1e-7, 1e-5, 0.000_3, 0.007_583, 0.05, 0.3, 2.5, 40.0, -0.3,
            ] {
                let (f, df) = npv(&runs, discount, i);
                let (ef, edf) = npv_by_flow(&flows, discount, i);
                let scale = 5000.0 + 360.0 * 200.0;
                assert!(
                    (f - ef).abs() <= 1e-9 * scale + 1e-11 * ef.abs(),
                    "{discount:?} {i}: {f} vs {ef}"
                );
                assert!(
                    (df - edf).abs() <= 1e-6 * edf.abs().max(1.0),
                    "{discount:?} {i}: {df} vs {edf}"
                );
            }
        }
    }

    #[test]
    fn out_of_order_flows_are_sorted_stably() {
        let at = |amount: f64, whole: u32| Flow {
            amount,
            whole,
            frac: 0.0,
        };
        for n in [0usize, 1, 2, 3, 7, 64, 1000] {
            // A scrambled stream with many equal times.
            let flows: Vec<Flow> = (0..n)
                .map(|k| at(k as f64, ((k * 7919) % 13) as u32))
                .collect();
            let mut expected = flows.clone();
            expected.sort_by_key(|f| f.whole);
            assert_eq!(sorted_by_time(&flows), expected, "{n}");
        }
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
