//! A loan request checked and resolved into the figures the engine needs.

use crate::civil::Date;
use rust_decimal::Decimal;

use super::dates::{add_months, days_between, months_back, parse_date};
use super::math::{add, div, effective_to_periodic, mul, sub};
use super::types::{
    AprRegime, FeeTiming, LoanRequest, PaymentFrequency, Profile, RateBasis, Repayment,
};
use crate::money::{Currency, Problems};
use crate::Error;
use rust_decimal::prelude::ToPrimitive;

/// At most this many instalments (100 years of monthly ones).
pub const MAX_PAYMENTS: u32 = 1200;
/// At most this many months of term.
pub const MAX_TERM_MONTHS: i64 = 1200;
/// The largest annual rate accepted: 10 (1000 %).
pub const MAX_ANNUAL_RATE: Decimal = Decimal::TEN;
/// At most this many payment-free months.
pub const MAX_PAYMENT_FREE_MONTHS: i64 = 24;
/// At most this many fees.
pub const MAX_FEES: usize = 50;

/// How the balloon is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Balloon {
    /// No balloon.
    None,
    /// A given final amount.
    Amount(Decimal),
    /// Instalments of a loan of this many periods.
    Amortisation(u32),
}

/// A validated loan.
#[derive(Debug, Clone)]
pub(crate) struct Loan {
    pub principal: Decimal,
    pub currency: Currency,
    pub n: u32,
    pub frequency: PaymentFrequency,
    pub term_months: Option<u32>,
    pub annual_rate: Decimal,
    pub rate_basis: RateBasis,
    /// The periodic rate.
    pub rate: Decimal,
    pub repayment: Repayment,
    pub balloon: Balloon,
    pub fee_upfront: Decimal,
    pub fee_financed: Decimal,
    pub fee_first: Decimal,
    pub fee_each: Decimal,
    pub fee_last: Decimal,
    /// The first period: whole periods and an odd fraction of one.
    pub first_whole: u32,
    pub first_frac: Decimal,
    pub start_date: Option<Date>,
    pub first_payment_date: Option<Date>,
    pub regime: AprRegime,
    pub profile: Profile,
    pub include_schedule: bool,
}

/// `before`, `n`, `after` as one string, without `core::fmt`.
fn number_text(before: &str, n: u64, after: &str) -> String {
    let mut out = String::from(before);
    crate::money::text::push_u64(&mut out, n);
    out.push_str(after);
    out
}

/// Checks a count field: present, at least 1 and at most `max`.
fn count(p: &mut Problems, path: &str, value: i64, max: i64) -> Option<u32> {
    if value < 1 {
        p.push(path, "not_positive", "must be at least 1");
        None
    } else if value > max {
        p.push(
            path,
            "too_large",
            number_text("must be at most ", max as u64, ""),
        );
        None
    } else {
        u32::try_from(value).ok()
    }
}

/// Payments in `months` months at `frequency`, when whole.
fn periods_in_months(months: u32, frequency: PaymentFrequency) -> Option<u32> {
    let num = months.checked_mul(frequency.per_year())?;
    (num % 12 == 0).then_some(num / 12)
}

impl Loan {
    /// The fees due with payment `k` (1-based): each instalment's, plus the
    /// first's and the last's on those payments.
    ///
    /// # Errors
    /// `overflow` (not reached: each fee is at most 10^12): checked
    /// arithmetic, as everywhere in pricing, so that no input can panic.
    pub(crate) fn fees_at(&self, k: u32) -> Result<Decimal, Error> {
        let mut fees = self.fee_each;
        if k == 1 {
            fees = add(fees, self.fee_first)?;
        }
        if k == self.n {
            fees = add(fees, self.fee_last)?;
        }
        Ok(fees)
    }

    /// Validates a request, collecting every problem with its path.
    pub(crate) fn from_request(req: &LoanRequest) -> Result<Loan, Error> {
        let mut p = Problems::new();
        let currency = Currency::from_code(&req.currency);
        if currency.is_none() {
            p.push(
                "currency",
                "unknown_currency",
                crate::error::quoted(&req.currency) + " is not an ISO 4217 currency code",
            );
        }
        let minor = currency.map(|c| c.minor_units());
        let principal = p.amount("principal", &req.principal, false, minor);
        let frequency = req.payment_frequency.unwrap_or_default();

        let mut term_months = None;
        let n = match (req.term_months, req.number_of_payments) {
            (Some(_), Some(_)) => {
                p.push(
                    "numberOfPayments",
                    "conflicting_fields",
                    "give termMonths or numberOfPayments, not both",
                );
                None
            }
            (None, None) => {
                p.push(
                    "termMonths",
                    "required",
                    "give termMonths or numberOfPayments",
                );
                None
            }
            (Some(months), None) => {
                count(&mut p, "termMonths", months, MAX_TERM_MONTHS).and_then(|m| {
                    term_months = Some(m);
                    let n = periods_in_months(m, frequency);
                    if n.is_none() {
                        p.push(
                            "termMonths",
                            "not_whole_periods",
                            "not a whole number of payment periods; give numberOfPayments",
                        );
                    }
                    n
                })
            }
            (None, Some(k)) => count(&mut p, "numberOfPayments", k, i64::from(MAX_PAYMENTS)),
        };
        let n = match n {
            Some(n) if n > MAX_PAYMENTS => {
                p.push(
                    "termMonths",
                    "too_large",
                    number_text("at most ", MAX_PAYMENTS.into(), " payments"),
                );
                None
            }
            other => other,
        };
        if term_months.is_none() {
            if let (Some(n), Some(m)) = (n, frequency.months()) {
                term_months = Some(n * m);
            }
        }

        let annual_rate = p.decimal("annualRate", &req.annual_rate).and_then(|r| {
            if r.is_sign_negative() && !r.is_zero() {
                p.push("annualRate", "negative", "must not be negative");
                None
            } else if r > MAX_ANNUAL_RATE {
                p.push("annualRate", "too_large", "must be at most 10 (1000 %)");
                None
            } else {
                Some(r.normalize())
            }
        });
        let rate_basis = req.rate_basis.unwrap_or_default();
        let repayment = req.repayment.unwrap_or_default();

        // Fees.
        if req.fees.len() > MAX_FEES {
            p.push(
                "fees",
                "too_many",
                number_text("at most ", MAX_FEES as u64, " fees"),
            );
        }
        let mut sums = [Decimal::ZERO; 5];
        for (k, fee) in req.fees.iter().take(MAX_FEES).enumerate() {
            if fee.kind.len() > 100 {
                p.push(
                    number_text("fees[", k as u64, "].type"),
                    "too_long",
                    "at most 100 characters",
                );
            }
            if let Some(a) = p.amount(
                &number_text("fees[", k as u64, "].amount"),
                &fee.amount,
                true,
                minor,
            ) {
                let slot = match fee.timing {
                    FeeTiming::Upfront => 0,
                    FeeTiming::Financed => 1,
                    FeeTiming::FirstInstalment => 2,
                    FeeTiming::EachInstalment => 3,
                    FeeTiming::LastInstalment => 4,
                };
                sums[slot] = add(sums[slot], a)?;
            }
        }
        let [fee_upfront, fee_financed, fee_first, fee_each, fee_last] = sums;
        if let Some(pr) = principal {
            if fee_upfront >= pr {
                p.push(
                    "fees",
                    "fees_exceed_principal",
                    "upfront fees must be less than the principal",
                );
            }
        }

        // Balloon.
        let mut balloon = Balloon::None;
        match (repayment, &req.balloon_amount, req.amortisation_months) {
            (Repayment::Balloon, Some(_), Some(_)) => p.push(
                "amortisationMonths",
                "conflicting_fields",
                "give balloonAmount or amortisationMonths, not both",
            ),
            (Repayment::Balloon, None, None) => p.push(
                "balloonAmount",
                "required",
                "a balloon loan needs balloonAmount or amortisationMonths",
            ),
            (Repayment::Balloon, Some(text), None) => {
                if let Some(b) = p.amount("balloonAmount", text, true, minor) {
                    if let Some(pr) = principal {
                        if b >= add(pr, fee_financed)? {
                            p.push(
                                "balloonAmount",
                                "balloon_too_large",
                                "must be less than the amount financed",
                            );
                        }
                    }
                    balloon = Balloon::Amount(b);
                }
            }
            (Repayment::Balloon, None, Some(months)) => {
                if let Some(m) = count(&mut p, "amortisationMonths", months, MAX_TERM_MONTHS) {
                    match periods_in_months(m, frequency) {
                        None => p.push(
                            "amortisationMonths",
                            "not_whole_periods",
                            "not a whole number of payment periods",
                        ),
                        Some(periods) if n.is_some_and(|n| periods < n) => p.push(
                            "amortisationMonths",
                            "amortisation_too_short",
                            "must be at least the term",
                        ),
                        Some(periods) => balloon = Balloon::Amortisation(periods),
                    }
                }
            }
            (_, Some(_), _) => p.push(
                "balloonAmount",
                "not_applicable",
                "only a balloon loan has a balloon amount",
            ),
            (_, _, Some(_)) => p.push(
                "amortisationMonths",
                "not_applicable",
                "only a balloon loan has an amortisation period",
            ),
            _ => {}
        }

        let payment_free = match req.payment_free_months {
            None => 0,
            Some(m) if m < 0 => {
                p.push("paymentFreeMonths", "negative", "must not be negative");
                0
            }
            Some(m) if m > MAX_PAYMENT_FREE_MONTHS => {
                p.push(
                    "paymentFreeMonths",
                    "too_large",
                    number_text("at most ", MAX_PAYMENT_FREE_MONTHS as u64, ""),
                );
                0
            }
            Some(m) => u32::try_from(m).unwrap_or(0),
        };

        // Dates.
        let start_date = req.start_date.as_deref().and_then(|s| {
            let d = parse_date(s);
            if d.is_none() {
                p.push("startDate", "invalid_date", "expected a date YYYY-MM-DD");
            }
            d
        });
        let explicit_first = req.first_payment_date.as_deref().and_then(|s| {
            let d = parse_date(s);
            if d.is_none() {
                p.push(
                    "firstPaymentDate",
                    "invalid_date",
                    "expected a date YYYY-MM-DD",
                );
            }
            d
        });
        let payment_day = req.payment_day.and_then(|d| {
            if !(1..=28).contains(&d) {
                p.push(
                    "paymentDay",
                    "invalid_payment_day",
                    "must be 1 to 28, so that every month has it",
                );
                None
            } else if frequency.months().is_none() {
                p.push(
                    "paymentDay",
                    "not_applicable",
                    "a day of the month needs a month-based frequency; give firstPaymentDate",
                );
                None
            } else {
                u32::try_from(d).ok()
            }
        });
        if req.payment_day.is_some() && req.first_payment_date.is_some() {
            p.push(
                "firstPaymentDate",
                "conflicting_fields",
                "give paymentDay or firstPaymentDate, not both",
            );
        }
        if req.start_date.is_none()
            && (req.payment_day.is_some() || req.first_payment_date.is_some())
        {
            p.push(
                "startDate",
                "required",
                "payment dates need the drawdown date",
            );
        }
        if explicit_first.is_some() && payment_free > 0 {
            p.push(
                "paymentFreeMonths",
                "conflicting_fields",
                "with firstPaymentDate, the first date already says when payments start",
            );
        }
        let first_payment_date = start_date.and_then(|start| {
            let first = match explicit_first {
                Some(d) => Some(d),
                None => first_due_date(start, frequency, payment_day, payment_free),
            };
            match first {
                Some(d) if d <= start => {
                    p.push(
                        "firstPaymentDate",
                        "dates_out_of_order",
                        "must be after startDate",
                    );
                    None
                }
                Some(d) if days_between(start, d) > 3 * 366 => {
                    p.push(
                        "firstPaymentDate",
                        "too_late",
                        "must be within three years of startDate",
                    );
                    None
                }
                Some(d) => Some(d),
                None => {
                    p.push("startDate", "invalid_date", "no payment date can follow it");
                    None
                }
            }
        });
        // The last payment date must exist in the calendar we accept.
        if let (Some(first), Some(n)) = (first_payment_date, n) {
            if payment_date(first, frequency, n - 1).is_none_or(|d| d.year() > 2300) {
                p.push(
                    "startDate",
                    "too_late",
                    "the schedule would run past the year 2300",
                );
            }
        }

        p.finish()?;
        let (Some(principal), Some(currency), Some(n), Some(annual_rate)) =
            (principal, currency, n, annual_rate)
        else {
            return Err(Error::invalid("", "invalid_input", "incomplete request"));
        };

        let per_year = frequency.per_year();
        let rate = match rate_basis {
            RateBasis::Nominal => div(annual_rate, Decimal::from(per_year))?,
            RateBasis::Effective => effective_to_periodic(annual_rate, per_year)?,
        };
        let regime = req.apr_regime.unwrap_or_default();
        let (first_whole, first_frac) = match (start_date, first_payment_date) {
            (Some(start), Some(first)) => first_period_from_dates(start, first, frequency, regime)?,
            _ => {
                // 1 period, plus the payment-free months in periods.
                let extra = Decimal::from(payment_free * per_year) / Decimal::from(12u32);
                let whole = extra.trunc();
                (1 + whole.to_u32().unwrap_or(0), extra - whole)
            }
        };
        Ok(Loan {
            principal,
            currency,
            n,
            frequency,
            term_months,
            annual_rate,
            rate_basis,
            rate,
            repayment,
            balloon,
            fee_upfront,
            fee_financed,
            fee_first,
            fee_each,
            fee_last,
            first_whole,
            first_frac,
            start_date,
            first_payment_date,
            regime,
            profile: req.profile.unwrap_or_default(),
            include_schedule: req.include_schedule.unwrap_or(true),
        })
    }
}

/// The `k`-th payment date after `first` (k = 0 is `first`).
pub(crate) fn payment_date(first: Date, frequency: PaymentFrequency, k: u32) -> Option<Date> {
    match (frequency.months(), frequency.days()) {
        (Some(m), _) => add_months(first, k.checked_mul(m)?),
        (None, Some(d)) => first.add_days(i64::from(k) * i64::from(d)),
        (None, None) => None,
    }
}

/// The first due date: one period after `start` (moved forward to the next
/// `payment_day` when one is given), plus the payment-free months.
fn first_due_date(
    start: Date,
    frequency: PaymentFrequency,
    payment_day: Option<u32>,
    payment_free: u32,
) -> Option<Date> {
    let one_period = payment_date(start, frequency, 1)?;
    let first = match payment_day {
        None => one_period,
        Some(day) => {
            if one_period.day() <= day {
                one_period.with_day(day)?
            } else {
                add_months(one_period.with_day(1)?, 1)?.with_day(day)?
            }
        }
    };
    add_months(first, payment_free)
}

/// The first period from dates: whole periods counted back from the first
/// payment date, and the odd fraction of one, per the regime's day count (EU
/// and UK: odd days x periods-per-year / 365; US: odd days over 30 per month).
/// Checked arithmetic (the operators would bring their panicking copies into
/// the pricing module); `overflow` is not reached, the dates being at most
/// three years apart.
fn first_period_from_dates(
    start: Date,
    first: Date,
    frequency: PaymentFrequency,
    regime: AprRegime,
) -> Result<(u32, Decimal), Error> {
    let (mut whole, mut frac) = match (frequency.months(), frequency.days()) {
        (Some(m), _) => {
            let (months, days) = months_back(start, first);
            let rem = Decimal::from(months % m);
            let days = Decimal::from(days);
            let md = Decimal::from(m);
            let frac = match regime {
                AprRegime::Us => div(add(rem, div(days, Decimal::from(30))?)?, md)?,
                _ => div(
                    add(rem, div(mul(days, Decimal::from(12))?, Decimal::from(365))?)?,
                    md,
                )?,
            };
            (months / m, frac)
        }
        (_, Some(len)) => {
            let days = days_between(start, first).max(0);
            let len = i64::from(len);
            (
                u32::try_from(days / len).unwrap_or(0),
                div(Decimal::from(days % len), Decimal::from(len))?,
            )
        }
        _ => (1, Decimal::ZERO),
    };
    if frac >= Decimal::ONE {
        whole += 1;
        frac = sub(frac, Decimal::ONE)?;
    }
    Ok((whole, frac))
}
