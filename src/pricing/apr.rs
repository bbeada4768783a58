//! The APR of an explicit stream of flows, under the EU/UK equation (Directive
//! 2008/48/EC Annex I, CONC App 1.2, Spain's TAE) or the US actuarial method
//! (Regulation Z Appendix J).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::dates::{
    days_between, months_back, months_forward, parse_date, year_back_from, year_ending_on,
    years_of_days,
};
use super::math::round_f64;
use super::solver::{solve, Discount, Flow};
use super::types::AprRegime;
use crate::civil::Date;
use crate::money::{DecimalText, Problems};
use crate::Error;

/// A unit period by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum NamedUnitPeriod {
    /// 365 a year.
    Day,
    /// 52 a year.
    Week,
    /// 26 a year.
    Fortnight,
    /// 13 a year.
    FourWeeks,
    /// 24 a year.
    HalfMonth,
    /// 12 a year.
    Month,
    /// 6 a year.
    TwoMonths,
    /// 4 a year.
    Quarter,
    /// 2 a year.
    HalfYear,
    /// 1 a year.
    Year,
}

/// The unit period of an `apr` request: a name, or `{ perYear: N }` for any
/// other (such as a single-payment loan whose unit period is its own term).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(untagged)]
pub enum UnitPeriod {
    /// A standard unit period.
    Named(NamedUnitPeriod),
    /// Any number of unit periods per year.
    PerYear {
        /// Unit periods in a year (may be fractional, e.g. 365/45).
        #[serde(rename = "perYear")]
        per_year: f64,
    },
}

impl Default for UnitPeriod {
    fn default() -> Self {
        UnitPeriod::Named(NamedUnitPeriod::Month)
    }
}

impl UnitPeriod {
    /// Unit periods in a year.
    pub fn per_year(self) -> f64 {
        match self {
            UnitPeriod::Named(n) => match n {
                NamedUnitPeriod::Day => 365.0,
                NamedUnitPeriod::Week => 52.0,
                NamedUnitPeriod::Fortnight => 26.0,
                NamedUnitPeriod::FourWeeks => 13.0,
                NamedUnitPeriod::HalfMonth => 24.0,
                NamedUnitPeriod::Month => 12.0,
                NamedUnitPeriod::TwoMonths => 6.0,
                NamedUnitPeriod::Quarter => 4.0,
                NamedUnitPeriod::HalfYear => 2.0,
                NamedUnitPeriod::Year => 1.0,
            },
            UnitPeriod::PerYear { per_year } => per_year,
        }
    }
}

/// One drawdown or payment: an amount and either a `date` or a time in unit
/// periods (`periods` whole ones from the first drawdown plus an odd `fraction`
/// of one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CashflowInput {
    /// The amount, a positive decimal string.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub amount: DecimalText,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub date: Option<String>,
    /// Whole unit periods from the first drawdown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub periods: Option<i64>,
    /// An odd fraction of a unit period, 0 <= fraction < 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub fraction: Option<f64>,
}

impl CashflowInput {
    /// A flow at a time in unit periods.
    pub fn at_periods(amount: &str, periods: i64) -> Self {
        CashflowInput {
            amount: amount.into(),
            date: None,
            periods: Some(periods),
            fraction: None,
        }
    }

    /// A flow on a date.
    pub fn on(amount: &str, date: &str) -> Self {
        CashflowInput {
            amount: amount.into(),
            date: Some(date.to_string()),
            periods: None,
            fraction: None,
        }
    }
}

/// How the EU/UK regime measures the time between two calendar dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum TimeBasis {
    /// Whole equal periods, then days: under the EU regime counted back from
    /// the payment date to the drawdown, the leftover days over the days (365
    /// or 366) of the year counted back from the last day of the period of
    /// days (Directive (EU) 2023/2225 Annex III, remark (c)); under the UK
    /// regime counted forward from the drawdown, each leftover day 1/365 of a
    /// year, or 1/366 in a leap year (CONC App 1). The equal period follows
    /// the unit period: years for `year`, weeks for `week`, `fortnight` and
    /// `fourWeeks`, months otherwise. The default.
    #[default]
    Months,
    /// Whole years counted back, the leftover days over the length of the year
    /// ending on the later date (Directive 98/7/EC Annex III, part A: "1 1/2
    /// years or 546 (= 365 + 181) days").
    Days,
}

/// What `apr` solves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AprRequest {
    /// `eu` by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub regime: Option<AprRegime>,
    /// `month` by default. For dated EU/UK flows it also names the equal
    /// period time is counted in: years for `year`, weeks for `week`,
    /// `fortnight` and `fourWeeks`, months otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub unit_period: Option<UnitPeriod>,
    /// For dated flows under the EU/UK regime: `months` (default) or `days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub time_basis: Option<TimeBasis>,
    /// What the lender pays out (the first one starts the clock).
    pub drawdowns: Vec<CashflowInput>,
    /// What the customer pays: repayments and charges.
    pub payments: Vec<CashflowInput>,
}

/// An APR as disclosed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AprResult {
    /// The APR as a fraction, 6 decimals.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub apr: Decimal,
    /// In percent, rounded half up as the regime discloses it (EU/UK 1
    /// decimal, US 2).
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub apr_percent: Decimal,
    /// The regime.
    pub regime: AprRegime,
}

/// Decimals of the disclosed percentage.
pub(crate) fn percent_scale(regime: AprRegime) -> u32 {
    match regime {
        AprRegime::Eu | AprRegime::Uk => 1,
        AprRegime::Us => 2,
    }
}

/// The APR from a periodic rate: effective `(1 + i)^per_year - 1` in the EU and
/// UK, nominal `per_year * i` in the US; rounded to 6 decimals and to the
/// disclosed percentage, each `MidpointAwayFromZero`.
pub(crate) fn annualise(i: f64, per_year: f64, regime: AprRegime) -> Result<AprResult, Error> {
    let x = match regime {
        AprRegime::Eu | AprRegime::Uk => (per_year * i.ln_1p()).exp_m1(),
        AprRegime::Us => per_year * i,
    };
    let out_of_range = || Error::Computation {
        code: "apr_out_of_range",
        message: "the APR is too large to express".into(),
    };
    if !x.is_finite() {
        return Err(out_of_range());
    }
    // The float's exact value rounded decimally: the fraction to 6 decimals,
    // the percentage (the fraction to 2 more decimals) to its disclosed ones.
    let ps = percent_scale(regime);
    let apr = round_f64(x, 6).ok_or_else(out_of_range)?;
    let percent = round_f64(x, ps + 2).ok_or_else(out_of_range)?;
    let apr_percent =
        Decimal::try_from_i128_with_scale(percent.mantissa(), ps).map_err(|_| out_of_range())?;
    Ok(AprResult {
        apr,
        apr_percent,
        regime,
    })
}

/// Where a flow sits in time.
enum When {
    Date(Date),
    Periods(u32, f64),
}

const MAX_FLOWS: usize = 10_000;
const MAX_PERIODS: i64 = 100_000;

/// Computes the APR of an explicit stream of drawdowns and payments.
///
/// EU/UK: times in years (a year of 365 or 366 days, 52 weeks or 12 equal
/// months). Calendar dates: in the EU as Directive (EU) 2023/2225 Annex III
/// remark (c) measures them ([`annex_iii_time`]: whole years, months or weeks,
/// following `unitPeriod`, counted back from the payment date; the leftover
/// days over the days of the year counted back from the last day of the
/// period of days), in the UK as CONC App 1 does ([`conc_time`]: counted
/// forward from the drawdown, leftover days 1/365 or 1/366 of a year);
/// `timeBasis: "days"` keeps Directive 98/7/EC's whole years and days
/// ([`eu_time`]). US: Appendix J's actuarial method, unit periods with the odd fraction
/// (odd days over 30 for month-based units) discounted by simple interest.
///
/// # Examples
/// ```
/// use lendkit::pricing::{apr, AprRequest, CashflowInput};
/// // 1000 lent, 12 monthly payments of 88.85: about 1 % a month.
/// let req = AprRequest {
///     regime: None,
///     unit_period: None,
///     time_basis: None,
///     drawdowns: vec![CashflowInput::at_periods("1000", 0)],
///     payments: (1..=12).map(|k| CashflowInput::at_periods("88.85", k)).collect(),
/// };
/// let r = apr(&req).unwrap();
/// assert_eq!(r.apr_percent.to_string(), "12.7");
/// ```
///
/// # Errors
/// `Error::Invalid` for bad amounts, dates, periods or fractions (all listed);
/// `Error::Computation` with `apr_not_found`, `apr_not_converged` or
/// `apr_out_of_range` when no APR can be given.
pub fn apr(request: &AprRequest) -> Result<AprResult, Error> {
    let regime = request.regime.unwrap_or_default();
    let unit = request.unit_period.unwrap_or_default();
    let mut p = Problems::new();
    let per_year = unit.per_year();
    if !(per_year.is_finite() && per_year > 0.0 && per_year <= 366.0) {
        p.push(
            "unitPeriod.perYear",
            "out_of_range",
            "must be more than 0 and at most 366",
        );
    }
    if request.drawdowns.is_empty() {
        p.push("drawdowns", "required", "at least one drawdown");
    }
    if request.payments.is_empty() {
        p.push("payments", "required", "at least one payment");
    }
    if request.drawdowns.len() + request.payments.len() > MAX_FLOWS {
        p.push("payments", "too_many", format!("at most {MAX_FLOWS} flows"));
    }
    let mut parsed: Vec<(f64, When)> = Vec::new();
    let mut dated = None::<bool>;
    let groups = [
        ("drawdowns", &request.drawdowns, 1.0),
        ("payments", &request.payments, -1.0),
    ];
    for (name, flows, sign) in groups {
        for (k, flow) in flows.iter().enumerate() {
            let path = format!("{name}[{k}]");
            let amount = p.amount(&format!("{path}.amount"), &flow.amount, sign < 0.0, None);
            let when = match (&flow.date, flow.periods) {
                (Some(_), Some(_)) => {
                    p.push(
                        &path,
                        "conflicting_fields",
                        "give date or periods, not both",
                    );
                    None
                }
                (None, None) => {
                    p.push(&path, "required", "give date or periods");
                    None
                }
                (Some(text), None) => {
                    if flow.fraction.is_some() {
                        p.push(
                            format!("{path}.fraction"),
                            "conflicting_fields",
                            "a fraction goes with periods, not a date",
                        );
                    }
                    match parse_date(text) {
                        Some(d) => Some(When::Date(d)),
                        None => {
                            p.push(
                                format!("{path}.date"),
                                "invalid_date",
                                "expected YYYY-MM-DD",
                            );
                            None
                        }
                    }
                }
                (None, Some(periods)) => {
                    let frac = flow.fraction.unwrap_or(0.0);
                    if !(0..=MAX_PERIODS).contains(&periods) {
                        p.push(
                            format!("{path}.periods"),
                            "out_of_range",
                            format!("must be 0 to {MAX_PERIODS}"),
                        );
                        None
                    } else if !(frac.is_finite() && (0.0..1.0).contains(&frac)) {
                        p.push(
                            format!("{path}.fraction"),
                            "out_of_range",
                            "must be at least 0 and less than 1",
                        );
                        None
                    } else {
                        Some(When::Periods(u32::try_from(periods).unwrap_or(0), frac))
                    }
                }
            };
            if let Some(w) = &when {
                let is_date = matches!(w, When::Date(_));
                match dated {
                    None => dated = Some(is_date),
                    Some(d) if d != is_date => {
                        p.push(
                            &path,
                            "mixed_time_bases",
                            "give every flow a date, or every flow periods",
                        );
                    }
                    _ => {}
                }
            }
            if let (Some(a), Some(w)) = (amount, when) {
                parsed.push((sign * super::math::to_f64(a), w));
            }
        }
    }
    // The first drawdown starts the clock; nothing may come before it.
    let origin_date = request
        .drawdowns
        .iter()
        .filter_map(|f| f.date.as_deref().and_then(parse_date))
        .min();
    if let Some(origin) = origin_date {
        for (name, flows) in [
            ("drawdowns", &request.drawdowns),
            ("payments", &request.payments),
        ] {
            for (k, flow) in flows.iter().enumerate() {
                if let Some(d) = flow.date.as_deref().and_then(parse_date) {
                    if d < origin {
                        p.push(
                            format!("{name}[{k}].date"),
                            "dates_out_of_order",
                            "before the first drawdown",
                        );
                    }
                }
            }
        }
    }
    p.finish()?;

    let discount = match regime {
        AprRegime::Us => Discount::SimpleFraction,
        _ => Discount::Compound,
    };
    // The unit in which the solver works, and how many of them make a year.
    let mut solve_per_year = per_year;
    let flows: Vec<Flow> = match origin_date {
        None => parsed
            .iter()
            .map(|(amount, w)| match w {
                When::Periods(whole, frac) => Flow {
                    amount: *amount,
                    whole: *whole,
                    frac: *frac,
                },
                When::Date(_) => Flow {
                    amount: *amount,
                    whole: 0,
                    frac: 0.0,
                },
            })
            .collect(),
        Some(origin) => {
            let basis = request.time_basis.unwrap_or_default();
            let eu_unit = match basis {
                TimeBasis::Days => EuUnit::Years,
                TimeBasis::Months => EuUnit::of(unit),
            };
            if regime != AprRegime::Us {
                solve_per_year = eu_unit.per_year();
            }
            parsed
                .iter()
                .map(|(amount, w)| {
                    let date = match w {
                        When::Date(d) => *d,
                        When::Periods(..) => origin,
                    };
                    let (whole, frac) = match (regime, basis) {
                        (AprRegime::Us, _) => us_time(origin, date, unit),
                        // Directive 98/7/EC's whole years and days, as before.
                        (_, TimeBasis::Days) => eu_time(origin, date, EuUnit::Years),
                        (AprRegime::Eu, TimeBasis::Months) => annex_iii_time(origin, date, eu_unit),
                        (AprRegime::Uk, TimeBasis::Months) => conc_time(origin, date, eu_unit),
                    };
                    Flow {
                        amount: *amount,
                        whole,
                        frac,
                    }
                })
                .collect()
        }
    };
    let guess = rough_guess(&flows);
    let i = solve(&flows, discount, guess)?;
    annualise(i, solve_per_year, regime)
}

/// A starting rate per unit period from the totals and the mean time.
fn rough_guess(flows: &[Flow]) -> f64 {
    let (mut paid, mut lent, mut t) = (0.0, 0.0, 0.0);
    for f in flows {
        if f.amount < 0.0 {
            paid -= f.amount;
            t -= f.amount * (f64::from(f.whole) + f.frac);
        } else {
            lent += f.amount;
        }
    }
    if paid <= 0.0 || lent <= 0.0 || t <= 0.0 {
        return 0.01;
    }
    let mean_t = t / paid;
    let g = (paid / lent).powf(1.0 / mean_t.max(1e-9)) - 1.0;
    if g.is_finite() {
        g
    } else {
        0.01
    }
}

/// The unit in which EU/UK calendar time is counted.
///
/// Used with [`eu_time`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EuUnit {
    /// Whole years, leftover days over the year.
    Years,
    /// Whole months, leftover days converted to months.
    Months,
    /// Whole weeks, leftover days converted to weeks.
    Weeks,
}

impl EuUnit {
    /// The equal period of a unit period: years for `year`, weeks for `week`,
    /// `fortnight` and `fourWeeks`, months for every other (a year has 12
    /// equal months, 52 weeks or 365/366 days: Annex III remark (c)(i)).
    pub fn of(unit: UnitPeriod) -> EuUnit {
        match unit {
            UnitPeriod::Named(NamedUnitPeriod::Year) => EuUnit::Years,
            UnitPeriod::Named(
                NamedUnitPeriod::Week | NamedUnitPeriod::Fortnight | NamedUnitPeriod::FourWeeks,
            ) => EuUnit::Weeks,
            _ => EuUnit::Months,
        }
    }

    /// Units in a year.
    pub fn per_year(self) -> f64 {
        match self {
            EuUnit::Years => 1.0,
            EuUnit::Months => 12.0,
            EuUnit::Weeks => 52.0,
        }
    }
}

/// `date` less `n` whole `unit`s (`None` out of the calendar).
fn back_by(date: Date, unit: EuUnit, n: u32) -> Option<Date> {
    match unit {
        EuUnit::Years => date.add_months(-i64::from(n) * 12),
        EuUnit::Months => date.add_months(-i64::from(n)),
        EuUnit::Weeks => date.add_days(-i64::from(n) * 7),
    }
}

/// Whole `unit`s counted back from `date` towards `origin`, and the date they
/// reach (`origin <= date`).
fn periods_back(origin: Date, date: Date, unit: EuUnit) -> (u32, Date) {
    let n = match unit {
        EuUnit::Weeks => u32::try_from(days_between(origin, date).max(0) / 7).unwrap_or(0),
        EuUnit::Months => months_back(origin, date).0,
        EuUnit::Years => months_back(origin, date).0 / 12,
    };
    match back_by(date, unit, n) {
        Some(back) if back >= origin => (n, back),
        _ => (0, date),
    }
}

/// EU time of `date` from `origin` in `unit`s, as Directive (EU) 2023/2225
/// Annex III remark (c) measures it: whole equal periods counted back from
/// `date` to `origin`, then the days left (the first day excluded, the last
/// included), in years of the days (365 or 366) of the complete year counted
/// back from the last day of that period of days, i.e. from the date reached
/// after counting the whole periods back; converted to `unit`s.
///
/// # Examples
/// ```
/// use lendkit::pricing::apr::{annex_iii_time, EuUnit};
/// use lendkit::pricing::dates::parse_date;
/// // The Commission's example: 12 January to 15 March 2012 is 2/12 + 3/365.
/// let (m, f) = annex_iii_time(parse_date("2012-01-12").unwrap(), parse_date("2012-03-15").unwrap(), EuUnit::Months);
/// assert_eq!(m, 2);
/// assert!((f - 3.0 * 12.0 / 365.0).abs() < 1e-12);
/// ```
pub fn annex_iii_time(origin: Date, date: Date, unit: EuUnit) -> (u32, f64) {
    let (whole, back) = periods_back(origin, date, unit);
    let days = days_between(origin, back).max(0) as f64;
    (whole, days * unit.per_year() / year_back_from(back) as f64)
}

/// UK time of `date` from `origin` in `unit`s, as CONC App 1 measures it from
/// the relevant date: whole equal periods counted forward from `origin` (each
/// month on `origin`'s day of the month, or the month's last day), then the
/// days left up to `date`, each one 1/365 of a year, or 1/366 when it falls in
/// a leap year; converted to `unit`s.
///
/// # Examples
/// ```
/// use lendkit::pricing::apr::{conc_time, EuUnit};
/// use lendkit::pricing::dates::parse_date;
/// // curo's UK CONC App case: 15/12/2023 -> 29/02/2024 is 2/12 + 14/366.
/// let (m, f) = conc_time(parse_date("2023-12-15").unwrap(), parse_date("2024-02-29").unwrap(), EuUnit::Months);
/// assert_eq!(m, 2);
/// assert!((f - 14.0 * 12.0 / 366.0).abs() < 1e-12);
/// ```
pub fn conc_time(origin: Date, date: Date, unit: EuUnit) -> (u32, f64) {
    let (whole, end) = match unit {
        EuUnit::Weeks => {
            let w = days_between(origin, date).max(0) / 7;
            let end = origin.add_days(w * 7).unwrap_or(origin);
            (u32::try_from(w).unwrap_or(0), end)
        }
        EuUnit::Months => months_forward(origin, date),
        EuUnit::Years => {
            let years = months_forward(origin, date).0 / 12;
            let end = origin.add_months(i64::from(years) * 12).unwrap_or(origin);
            (years, end)
        }
    };
    (whole, years_of_days(end, date) * unit.per_year())
}

/// The time measurement lendkit used before Directive (EU) 2023/2225: whole
/// `unit`s counted back from `date`, and the leftover days over the length of
/// the year ending on `date` (365 or 366), converted to the same unit. Kept
/// for `timeBasis: "days"` (Directive 98/7/EC's whole years and days, which
/// it still measures) and as the oracle the tests compare
/// [`annex_iii_time`] with: the two differ only when a 29 February lies
/// between the year ending on the period of days and `date`.
pub fn eu_time(origin: Date, date: Date, unit: EuUnit) -> (u32, f64) {
    let year = year_ending_on(date) as f64;
    match unit {
        EuUnit::Weeks => {
            let days = days_between(origin, date).max(0);
            let weeks = u32::try_from(days / 7).unwrap_or(u32::MAX);
            (weeks, (days % 7) as f64 * 52.0 / year)
        }
        EuUnit::Months => {
            let (months, days) = months_back(origin, date);
            (months, days as f64 * 12.0 / year)
        }
        EuUnit::Years => {
            let (months, _) = months_back(origin, date);
            let years = months / 12;
            let back = date.add_months(-i64::from(years) * 12).unwrap_or(date);
            (years, days_between(origin, back).max(0) as f64 / year)
        }
    }
}

/// Appendix J time of `date` from `origin` in unit periods: whole periods and
/// the fraction (odd days over 30 for month-based units, over 15 for half
/// months, and over the unit's days otherwise).
pub fn us_time(origin: Date, date: Date, unit: UnitPeriod) -> (u32, f64) {
    let month_based = |m: u32| {
        let (months, days) = months_back(origin, date);
        let frac = (f64::from(months % m) * 30.0 + days as f64) / (30.0 * f64::from(m));
        (months / m, frac)
    };
    let day_based = |len: f64| {
        let days = days_between(origin, date).max(0) as f64;
        let whole = (days / len).floor();
        (whole as u32, days / len - whole)
    };
    match unit {
        UnitPeriod::Named(n) => match n {
            NamedUnitPeriod::Day => day_based(1.0),
            NamedUnitPeriod::Week => day_based(7.0),
            NamedUnitPeriod::Fortnight => day_based(14.0),
            NamedUnitPeriod::FourWeeks => day_based(28.0),
            NamedUnitPeriod::HalfMonth => {
                let (months, days) = months_back(origin, date);
                let halves = u32::try_from(days / 15).unwrap_or(0);
                (months * 2 + halves, (days % 15) as f64 / 15.0)
            }
            NamedUnitPeriod::Month => month_based(1),
            NamedUnitPeriod::TwoMonths => month_based(2),
            NamedUnitPeriod::Quarter => month_based(3),
            NamedUnitPeriod::HalfYear => month_based(6),
            NamedUnitPeriod::Year => month_based(12),
        },
        UnitPeriod::PerYear { per_year } => day_based(365.0 / per_year),
    }
}

crate::json::read::from_tree_enum!(NamedUnitPeriod, {
    Day: "day", Week: "week", Fortnight: "fortnight", FourWeeks: "fourWeeks",
    HalfMonth: "halfMonth", Month: "month", TwoMonths: "twoMonths", Quarter: "quarter",
    HalfYear: "halfYear", Year: "year",
});
crate::json::read::from_tree_enum!(TimeBasis, { Months: "months", Days: "days" });

impl crate::json::FromTree for UnitPeriod {
    /// As serde's untagged derive reads it: a variant name (or a map of one
    /// variant name to `null`), else `{ perYear: N }` (other members ignored)
    /// (not `[N]`), else serde's "did not match" message.
    fn read(v: &crate::json::Value) -> Result<Self, crate::json::DeError> {
        use crate::json::Value;
        let named = |s: &str| NamedUnitPeriod::read(&Value::String(s.into())).ok();
        let number = |v: &Value| match v {
            Value::Number(n) => Some(crate::json::read::any_number(*n)),
            _ => None,
        };
        let found = match v {
            Value::String(s) => named(s).map(UnitPeriod::Named),
            Value::Object(m) => match m.as_slice() {
                [(k, Value::Null)] if named(k).is_some() => named(k).map(UnitPeriod::Named),
                _ => {
                    let mut per = m.iter().filter(|(k, _)| k == "perYear");
                    match (per.next(), per.next()) {
                        (Some((_, n)), None) => number(n),
                        _ => None,
                    }
                    .map(|per_year| UnitPeriod::PerYear { per_year })
                }
            },
            _ => None,
        };
        found.ok_or_else(|| {
            serde::de::Error::custom("data did not match any variant of untagged enum UnitPeriod")
        })
    }
}

crate::json::read::from_tree_struct!(CashflowInput, deny = true, {
    amount: "amount" req, date: "date" opt, periods: "periods" opt, fraction: "fraction" opt,
});

crate::json::read::from_tree_struct!(AprRequest, deny = true, {
    regime: "regime" opt,
    unit_period: "unitPeriod" opt,
    time_basis: "timeBasis" opt,
    drawdowns: "drawdowns" req,
    payments: "payments" req,
});
