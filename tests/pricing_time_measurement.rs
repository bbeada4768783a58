//! How the EU and UK regimes measure the time of dated flows (issue 13):
//! Directive (EU) 2023/2225 Annex III remark (c) in the EU, CONC App 1 in the
//! UK. Fixtures cite their source beside them; the properties hold the new EU
//! rule to the nominal rate of annual-pay loans and to the old rule wherever no
//! 29 February is involved.
#![cfg(not(target_arch = "wasm32"))]

use lendkit::civil::{is_leap_year, Date};
use lendkit::pricing::apr::{annex_iii_time, conc_time, eu_time, EuUnit};
use lendkit::pricing::dates::{format_date, parse_date};
use lendkit::pricing::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Date {
    parse_date(s).unwrap()
}

/// Time in years of a `(whole, fraction)` pair in `unit`s.
fn years((whole, frac): (u32, f64), unit: EuUnit) -> f64 {
    (f64::from(whole) + frac) / unit.per_year()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

// ---------------------------------------------------------------------------
// EU: Directive (EU) 2023/2225 Annex III, remark (c): "(ii) equal periods and
// then days shall be counted backwards to the date of the initial drawdown;
// (iii) the length of the period of days shall be obtained excluding the first
// day and including the last day and shall be expressed in years by dividing
// this period by the number of days (365 or 366) of the complete year counted
// backwards from the last day to the same day of the previous year."
// ---------------------------------------------------------------------------

#[test]
fn annex_iii_the_commissions_2012_example() {
    // The Commission's example (../shared/DISCLOSURE-NOTES.md, Annex III; also
    // curo, test/daycount/eu_2008_48_ec_test.dart, '12/01/2012 <-- 15/03/2012',
    // "based on examples extracted from" the Commission's guidelines):
    // drawdown 12 January 2012, payment 15 March 2012 = 2/12 + 3/365, because
    // the days run from 12 to 15 January 2012 and the year counted back from
    // 15 January 2012 has 365 days.
    let t = annex_iii_time(d("2012-01-12"), d("2012-03-15"), EuUnit::Months);
    assert_eq!(t.0, 2);
    assert!(close(years(t, EuUnit::Months), 2.0 / 12.0 + 3.0 / 365.0));
    // The old rule divided by the year ending on the payment date (366).
    let old = eu_time(d("2012-01-12"), d("2012-03-15"), EuUnit::Months);
    assert!(close(years(old, EuUnit::Months), 2.0 / 12.0 + 3.0 / 366.0));
}

#[test]
fn annex_iii_curo_month_cases() {
    // curo (an independent implementation), test/daycount/eu_2008_48_ec_test.dart,
    // group 'EU200848EC.computeFactor [timePeriod = month]': (drawdown, date,
    // expected years), each test named "<drawdown> <-- <date>".
    let cases = [
        ("2019-01-12", "2020-01-12", 1.0), // '12/01/2019 <-- 12/01/2020'
        ("2012-01-12", "2012-02-15", 1.0 / 12.0 + 3.0 / 365.0), // '12/01/2012 <-- 15/02/2012'
        ("2012-01-12", "2012-04-15", 3.0 / 12.0 + 3.0 / 365.0), // '12/01/2012 <-- 15/04/2012'
        ("2013-01-12", "2013-02-15", 1.0 / 12.0 + 3.0 / 366.0), // '12/01/2013 <-- 15/02/2013'
        ("2013-01-12", "2013-03-15", 2.0 / 12.0 + 3.0 / 366.0), // '12/01/2013 <-- 15/03/2013'
        ("2013-01-12", "2013-04-15", 3.0 / 12.0 + 3.0 / 366.0), // '12/01/2013 <-- 15/04/2013'
        ("2013-02-25", "2013-03-28", 1.0 / 12.0 + 3.0 / 366.0), // '25/02/2013 <-- 28/03/2013'
        ("2013-02-26", "2013-03-29", 1.0 / 12.0 + 2.0 / 366.0), // '26/02/2013 <-- 29/03/2013'
        ("2012-02-26", "2012-03-29", 1.0 / 12.0 + 3.0 / 366.0), // '26/02/2012 <-- 29/03/2012'
        ("2012-02-26", "2012-02-26", 0.0), // '26/02/2012 <-- 26/02/2012'
        ("2024-02-28", "2024-03-31", 1.0 / 12.0 + 1.0 / 366.0), // '28/02/2024 <-- 31/03/2024'
        ("2024-02-29", "2024-03-31", 1.0 / 12.0), // '29/02/2024 <-- 31/03/2024'
        ("2019-01-31", "2019-03-01", 1.0 / 12.0 + 1.0 / 365.0), // '31/01/2019 <-- 01/03/2019 (1 month + fractional days)'
        ("2020-12-31", "2021-03-01", 2.0 / 12.0 + 1.0 / 366.0), // '31/12/2020 <-- 01/03/2021 (2 months + fractional days leap year)'
        ("2019-01-01", "2020-06-15", 17.0 / 12.0 + 14.0 / 365.0), // 'complex: 01/01/2019 <-- 15/06/2020'
        ("2020-03-01", "2021-08-15", 17.0 / 12.0 + 14.0 / 366.0), // 'complex: 01/03/2020 <-- 15/08/2021'
    ];
    for (from, to, want) in cases {
        let got = years(
            annex_iii_time(d(from), d(to), EuUnit::Months),
            EuUnit::Months,
        );
        assert!(close(got, want), "{from} -> {to}: {got} vs {want}");
    }
}

#[test]
fn annex_iii_curo_year_cases() {
    // curo, test/daycount/eu_2008_48_ec_test.dart, group
    // 'EU200848EC.computeFactor [timePeriod = year]'. The second case is the
    // issue's "1 year + 34 days, not 13 months + 3 days".
    let cases = [
        ("2012-01-12", "2012-02-15", 34.0 / 365.0), // '12/01/2012 <-- 15/02/2012'
        ("2012-01-12", "2013-02-15", 1.0 + 34.0 / 365.0), // '12/01/2012 <-- 15/02/2013'
        ("2012-01-12", "2014-02-15", 2.0 + 34.0 / 365.0), // '12/01/2012 <-- 15/02/2014'
        ("2020-01-01", "2021-03-15", 1.0 + 74.0 / 366.0), // '01/01/2020 <-- 15/03/2021'
        ("2020-01-01", "2020-01-01", 0.0),          // '01/01/2020 <-- 01/01/2020'
        ("2024-02-27", "2025-02-28", 1.0 + 1.0 / 365.0), // '27/02/2024 <-- 28/02/2025'
        ("2024-02-29", "2025-03-31", 1.0 + 31.0 / 366.0), // '29/02/2024 <-- 31/03/2025'
        ("2024-02-28", "2025-02-27", 365.0 / 366.0), // '28/02/2024 <-- 27/02/2025'
        ("2024-02-28", "2025-02-28", 1.0),          // '28/02/2024 <-- 28/02/2025'
        ("2023-02-28", "2024-02-28", 1.0),          // '28/02/2023 <-- 28/02/2024'
        ("2023-02-28", "2024-02-29", 1.0),          // '28/02/2023 <-- 29/02/2024'
    ];
    for (from, to, want) in cases {
        let got = years(annex_iii_time(d(from), d(to), EuUnit::Years), EuUnit::Years);
        assert!(close(got, want), "{from} -> {to}: {got} vs {want}");
    }
    // The same dates in months: 13 months + 3 days (curo, same file, month
    // group's pattern '12/01/2012 <-- 15/02/2012' a year later).
    let t = annex_iii_time(d("2012-01-12"), d("2013-02-15"), EuUnit::Months);
    assert!(close(years(t, EuUnit::Months), 13.0 / 12.0 + 3.0 / 365.0));
}

#[test]
fn annex_iii_curo_week_cases() {
    // curo, test/daycount/eu_2008_48_ec_test.dart, group
    // 'EU200848EC.computeFactor [timePeriod = week]'.
    let cases = [
        ("2012-01-12", "2012-01-26", 2.0 / 52.0), // '12/01/2012 <-- 26/01/2012'
        ("2012-01-12", "2013-01-10", 1.0),        // '12/01/2012 <-- 10/01/2013'
        ("2012-01-12", "2012-01-30", 2.0 / 52.0 + 4.0 / 365.0), // '12/01/2012 <-- 30/01/2012'
        ("2012-01-12", "2013-01-12", 1.0 + 2.0 / 365.0), // '12/01/2012 <-- 12/01/2013'
        ("2012-01-12", "2012-01-12", 0.0),        // '12/01/2012 <-- 12/01/2012'
    ];
    for (from, to, want) in cases {
        let got = years(annex_iii_time(d(from), d(to), EuUnit::Weeks), EuUnit::Weeks);
        assert!(close(got, want), "{from} -> {to}: {got} vs {want}");
    }
}

#[test]
fn annex_iii_where_curo_reads_month_ends_differently() {
    // curo's "special case handling of day counts ... involving month end
    // dates" (same file: '31/12/2024 <-- 28/02/2025' = 2/12,
    // '31/01/2024 <-- 29/02/2024' = 1/12, year '29/02/2024 <-- 28/02/2025' = 1)
    // treats month end to month end as whole periods. Annex III counts the
    // periods back from the payment date, and one month back from 28 February
    // 2025 is 28 January: lendkit keeps whole periods as its months_back always
    // counted them (the period count is not what 2023/2225 changed), so these
    // stay periods and days, as under the old rule.
    let t = annex_iii_time(d("2024-12-31"), d("2025-02-28"), EuUnit::Months);
    assert_eq!(t.0, 1);
    // 1 month back is 28 January 2025; the year back from it holds 29 February 2024.
    assert!(close(years(t, EuUnit::Months), 1.0 / 12.0 + 28.0 / 366.0));
    let t = annex_iii_time(d("2024-02-29"), d("2025-02-28"), EuUnit::Years);
    assert_eq!(t.0, 0);
    assert!(close(years(t, EuUnit::Years), 365.0 / 366.0));
}

fn apr_of(
    regime: AprRegime,
    unit: Option<NamedUnitPeriod>,
    drawdown: (&str, &str),
    payment: (&str, &str),
) -> AprResult {
    apr(&AprRequest {
        regime: Some(regime),
        unit_period: unit.map(UnitPeriod::Named),
        time_basis: None,
        drawdowns: vec![CashflowInput::on(drawdown.0, drawdown.1)],
        payments: vec![CashflowInput::on(payment.0, payment.1)],
    })
    .unwrap()
}

#[test]
fn apr_uses_annex_iii_for_eu_dated_flows() {
    // 1000 lent on 2012-01-12, 1020 repaid on 2012-03-15 (the Commission's
    // dates): t = 2/12 + 3/365, APR = 1.02^(1/t) - 1 = 0.1198914187... (Python
    // 3: 1.02 ** (1 / (2/12 + 3/365)) - 1); the old rule's t = 2/12 + 3/366
    // gave 0.1199077040...
    let r = apr_of(
        AprRegime::Eu,
        None,
        ("1000", "2012-01-12"),
        ("1020", "2012-03-15"),
    );
    assert_eq!(r.apr.to_string(), "0.119891");
    assert_eq!(r.apr_percent.to_string(), "12.0");
}

#[test]
fn apr_honours_the_unit_period_for_dated_flows() {
    // 1000 lent on 2012-01-12, 1100 repaid on 2013-02-15. With `unitPeriod:
    // "year"` the time is 1 year + 34/365 (curo '12/01/2012 <-- 15/02/2013',
    // year group): 1.1^(1/(1 + 34/365)) - 1 = 0.0911023444... (Python 3).
    let r = apr_of(
        AprRegime::Eu,
        Some(NamedUnitPeriod::Year),
        ("1000", "2012-01-12"),
        ("1100", "2013-02-15"),
    );
    assert_eq!(r.apr.to_string(), "0.091102");
    // With months (the default): 13/12 + 3/365, 0.0912416382... (Python 3).
    let r = apr_of(
        AprRegime::Eu,
        None,
        ("1000", "2012-01-12"),
        ("1100", "2013-02-15"),
    );
    assert_eq!(r.apr.to_string(), "0.091242");
}

#[test]
fn days_basis_still_measures_whole_years_and_days() {
    // Directive 98/7/EC Annex III, first example (as in pricing_fixtures.rs):
    // 1000 on 1 January 1994, 1200 on 1 July 1995 = 546/365 years -> 12.96 %.
    for regime in [AprRegime::Eu, AprRegime::Uk] {
        let r = apr(&AprRequest {
            regime: Some(regime),
            unit_period: None,
            time_basis: Some(TimeBasis::Days),
            drawdowns: vec![CashflowInput::on("1000", "1994-01-01")],
            payments: vec![CashflowInput::on("1200", "1995-07-01")],
        })
        .unwrap();
        assert_eq!(r.apr.to_string(), "0.129620");
    }
}

// ---------------------------------------------------------------------------
// UK: CONC App 1 measures time from the relevant date forward: whole calendar
// months (or weeks) from the drawdown, then the days left, a day being 1/365
// of a year, or 1/366 in a leap year (CONC App 1.1.10 R, as summarised in
// curo's lib/src/daycounts/uk_conc_app.dart; the handbook page itself could
// not be retrieved here beyond CONC App 1.1.1 R's "period beginning with the
// relevant date").
// ---------------------------------------------------------------------------

#[test]
fn conc_app_curo_cases() {
    // curo, test/daycounts/uk_conc_app_test.dart, groups 'UKConcApp -
    // non-secured (App 1.2), monthly' and '... weekly' (test names as given).
    let months = [
        ("2025-01-31", "2025-02-28", 1.0 / 12.0), // '31/01/2025 -> 28/02/2025 (whole month, non-leap)'
        ("2025-01-12", "2025-02-15", 1.0 / 12.0 + 3.0 / 365.0), // '12/01/2025 -> 15/02/2025 (1 whole month + 3 residual days)'
        ("2020-01-31", "2020-02-29", 1.0 / 12.0), // '31/01/2020 -> 29/02/2020 (leap year whole month)'
        ("2023-12-15", "2024-02-29", 2.0 / 12.0 + 14.0 / 366.0), // '15/12/2023 --> 29/02/2024 (cross-year, leap)'
        ("2020-01-01", "2020-01-01", 0.0),                       // 'same day returns zero'
    ];
    for (from, to, want) in months {
        let got = years(conc_time(d(from), d(to), EuUnit::Months), EuUnit::Months);
        assert!(close(got, want), "{from} -> {to}: {got} vs {want}");
    }
    let weeks = [
        ("2020-01-01", "2020-01-22", 3.0 / 52.0), // '01/01/2020 -> 22/01/2020 (exactly 3 weeks)'
        ("2020-01-01", "2020-01-29", 4.0 / 52.0), // '01/01/2020 -> 29/01/2020 (exactly 4 weeks)'
        ("2020-01-01", "2020-01-23", 3.0 / 52.0 + 1.0 / 366.0), // '01/01/2020 -> 23/01/2020 (3 weeks + 1 day residual)'
        ("2025-01-31", "2025-02-28", 4.0 / 52.0), // '31/01/2025 --> 28/02/2025 (whole weeks)'
        ("2023-01-01", "2024-01-14", 54.0 / 52.0), // '01/01/2023 --> 14/01/2024 (whole weeks, cross-year)'
        ("2024-01-12", "2024-01-30", 2.0 / 52.0 + 4.0 / 366.0), // '12/01/2024 --> 30/01/2024 (non-whole)'
    ];
    for (from, to, want) in weeks {
        let got = years(conc_time(d(from), d(to), EuUnit::Weeks), EuUnit::Weeks);
        assert!(close(got, want), "{from} -> {to}: {got} vs {want}");
    }
}

#[test]
fn conc_app_days_across_new_year_each_count_in_their_own_year() {
    // curo's '20/11/2023 --> 15/01/2024 (remaining days cross-year, leap)'
    // expects 1/12 + 11/365 + 14/366, and '02/12/2023 --> 05/01/2024' 4/52 +
    // 1/365 + 4/366: 25 and 5 leftover days. Counted by hand (first day
    // excluded, last included) they are 26 and 6: 21-31 December 2023 (11 days
    // of a 365-day year) and 1-15 January 2024 (15 of a 366-day year); 31
    // December 2023 and 1-5 January 2024. lendkit counts every day.
    let t = conc_time(d("2023-11-20"), d("2024-01-15"), EuUnit::Months);
    assert_eq!(t.0, 1);
    assert!(close(
        years(t, EuUnit::Months),
        1.0 / 12.0 + 11.0 / 365.0 + 15.0 / 366.0
    ));
    let t = conc_time(d("2023-12-02"), d("2024-01-05"), EuUnit::Weeks);
    assert_eq!(t.0, 4);
    assert!(close(
        years(t, EuUnit::Weeks),
        4.0 / 52.0 + 1.0 / 365.0 + 5.0 / 366.0
    ));
}

#[test]
fn apr_uses_conc_app_for_uk_dated_flows() {
    // 1000 lent on 2023-11-20, 1010 repaid on 2024-01-15: UK t = 1/12 + 11/365
    // + 15/366, APR = 1.01^(1/t) - 1 = 0.0665430753... -> 6.7 % (Python 3);
    // the EU's Annex III t = 1/12 + 25/365 gives 0.0677327952... -> 6.8 %.
    let uk = apr_of(
        AprRegime::Uk,
        None,
        ("1000", "2023-11-20"),
        ("1010", "2024-01-15"),
    );
    assert_eq!(uk.apr.to_string(), "0.066543");
    assert_eq!(uk.apr_percent.to_string(), "6.7");
    let eu = apr_of(
        AprRegime::Eu,
        None,
        ("1000", "2023-11-20"),
        ("1010", "2024-01-15"),
    );
    assert_eq!(eu.apr.to_string(), "0.067733");
    assert_eq!(eu.apr_percent.to_string(), "6.8");
}

// ---------------------------------------------------------------------------
// simulate: the equal period follows the payment frequency.
// ---------------------------------------------------------------------------

/// The quote's APR recomputed with `apr()` from its dated schedule.
fn apr_of_schedule(q: &Quote, regime: AprRegime, unit: Option<NamedUnitPeriod>) -> AprResult {
    let rows = q.schedule.as_ref().unwrap();
    apr(&AprRequest {
        regime: Some(regime),
        unit_period: unit.map(UnitPeriod::Named),
        time_basis: None,
        drawdowns: vec![CashflowInput::on(
            &q.amount_received.to_string(),
            q.start_date.as_deref().unwrap(),
        )],
        payments: rows
            .iter()
            .filter(|r| r.number > 0)
            .map(|r| CashflowInput::on(&r.payment.to_string(), r.date.as_deref().unwrap()))
            .collect(),
    })
    .unwrap()
}

#[test]
fn simulate_counts_years_for_annual_payments() {
    // 10000 at 6 %, three annual payments, the first 13 months and 3 days after
    // the drawdown (2012-01-12 -> 2013-02-15): the APR times them in whole
    // years and days, as apr() does with unitPeriod "year", not in months.
    let mut req = LoanRequest::monthly("10000", "EUR", 1, "0.06");
    req.term_months = None;
    req.number_of_payments = Some(3);
    req.payment_frequency = Some(PaymentFrequency::Annual);
    req.start_date = Some("2012-01-12".into());
    req.first_payment_date = Some("2013-02-15".into());
    // Standard profile: the schedule's payments are the flows, to the cent.
    req.profile = Some(Profile::Standard);
    for regime in [AprRegime::Eu, AprRegime::Uk] {
        req.apr_regime = Some(regime);
        let q = simulate(&req).unwrap();
        let years = apr_of_schedule(&q, regime, Some(NamedUnitPeriod::Year));
        let months = apr_of_schedule(&q, regime, Some(NamedUnitPeriod::Month));
        assert_eq!(q.apr, years.apr, "{regime:?}");
        assert_ne!(q.apr, months.apr, "{regime:?}");
    }
}

#[test]
fn simulate_counts_months_for_monthly_payments() {
    // A monthly loan whose odd days straddle 29 February 2012: the quote's APR
    // is apr()'s Annex III figure on its own schedule.
    let mut req = LoanRequest::monthly("5000", "EUR", 12, "0.09");
    req.start_date = Some("2012-01-12".into());
    req.first_payment_date = Some("2012-03-15".into());
    req.profile = Some(Profile::Standard);
    for regime in [AprRegime::Eu, AprRegime::Uk] {
        req.apr_regime = Some(regime);
        let q = simulate(&req).unwrap();
        assert_eq!(q.apr, apr_of_schedule(&q, regime, None).apr, "{regime:?}");
    }
}

// ---------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------

/// A date from 1990 to 2100 (never 29 February, which has no anniversary in
/// common years: see `annex_iii_where_curo_reads_month_ends_differently`).
fn date() -> impl Strategy<Value = Date> {
    (1990i32..=2100, 1u32..=12, 1u32..=31).prop_map(|(y, m, day)| {
        let last = lendkit::civil::days_in_month(y, m);
        let day = day.min(last);
        let day = if m == 2 && day == 29 { 28 } else { day };
        Date::new(y, m, day).unwrap()
    })
}

/// Whether a 29 February lies in `[from, to]`.
fn has_leap_day(from: Date, to: Date) -> bool {
    (from.year()..=to.year()).any(|y| {
        is_leap_year(y) && {
            let leap = Date::new(y, 2, 29).unwrap();
            from <= leap && leap <= to
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A fee-free annual-pay loan paid on the drawdown's anniversaries: the EU
    /// (and UK) APR is the nominal rate, which for one payment a year is the
    /// effective rate, whether the years between payments have 365 or 366
    /// days.
    #[test]
    fn fee_free_annual_pay_apr_is_the_rate_whatever_the_leap_years(
        start in date(),
        n in 1u32..=30,
        rate_bp in 0u32..=3000,
        uk in any::<bool>(),
    ) {
        let mut req = LoanRequest::monthly("25000", "EUR", 1, &Decimal::new(i64::from(rate_bp), 4).to_string());
        req.term_months = None;
        req.number_of_payments = Some(i64::from(n));
        req.payment_frequency = Some(PaymentFrequency::Annual);
        req.start_date = Some(format_date(start));
        req.profile = Some(Profile::Exact);
        req.apr_regime = Some(if uk { AprRegime::Uk } else { AprRegime::Eu });
        let q = simulate(&req).unwrap();
        let r = f64::from(rate_bp) / 10_000.0;
        let got: f64 = q.apr.to_string().parse().unwrap();
        prop_assert!((got - r).abs() <= 0.000_000_5 + 1e-12, "{} vs {} from {:?}", got, r, start);
    }

    /// The Annex III rule and the old one (leftover days over the year ending
    /// on the payment date) agree exactly whenever no 29 February lies
    /// between the year before the drawdown and the payment date; in every
    /// case they count the same whole periods.
    #[test]
    fn old_and_new_rule_agree_without_a_29_february(
        origin in date(),
        span in 0i64..=4000,
        unit in prop_oneof![Just(EuUnit::Months), Just(EuUnit::Weeks), Just(EuUnit::Years)],
    ) {
        let date = origin.add_days(span).unwrap();
        let new = annex_iii_time(origin, date, unit);
        let old = eu_time(origin, date, unit);
        prop_assert_eq!(new.0, old.0);
        let year_before = origin.add_months(-12).unwrap();
        if !has_leap_day(year_before, date) {
            prop_assert_eq!(new.1.to_bits(), old.1.to_bits(), "{:?} -> {:?}", origin, date);
        }
    }

    /// UK time: whole periods counted forward never pass the payment date, and
    /// the leftover days are fewer than one period's.
    #[test]
    fn conc_time_counts_whole_periods_forward(
        origin in date(),
        span in 0i64..=4000,
        unit in prop_oneof![Just(EuUnit::Months), Just(EuUnit::Weeks), Just(EuUnit::Years)],
    ) {
        let date = origin.add_days(span).unwrap();
        let (whole, frac) = conc_time(origin, date, unit);
        prop_assert!((0.0..1.0 + 1e-12).contains(&frac), "{} {:?} -> {:?}", frac, origin, date);
        let t = (f64::from(whole) + frac) / unit.per_year();
        // Within a day's worth of the days over 365.25.
        prop_assert!((t - span as f64 / 365.25).abs() < 0.03 + span as f64 * 1e-3, "{}", t);
    }
}
