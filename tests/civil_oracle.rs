//! `lendkit::civil` against chrono as an oracle (host only): the same dates,
//! the same arithmetic. (RFC 3339 date-times are chrono's own, `lendkit::rfc3339`;
//! tests/rfc3339_contract.rs holds them to the grammar.)
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Days, Months, NaiveDate};
use lendkit::civil::{days_in_month, is_leap_year, Date};
use proptest::prelude::*;

fn to_chrono(d: Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), d.month(), d.day()).unwrap()
}

fn from_chrono(d: NaiveDate) -> Date {
    Date::new(d.year(), d.month(), d.day()).unwrap()
}

fn any_date() -> impl Strategy<Value = Date> {
    prop_oneof![
        (-3_000_000i64..3_000_000).prop_map(|n| Date::from_days_since_epoch(n).unwrap()),
        (Date::MIN_YEAR..=Date::MAX_YEAR, 1u32..=12, 1u32..=31)
            .prop_filter_map("no such day", |(y, m, d)| Date::new(y, m, d)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn dates_agree(d in any_date(), days in -400_000i64..400_000, months in -5000i64..5000) {
        let c = to_chrono(d);
        prop_assert_eq!(d.days_since_epoch(), c.signed_duration_since(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days());
        prop_assert_eq!(d.to_string(), c.to_string());
        prop_assert_eq!(d.weekday(), c.weekday().num_days_from_monday());
        prop_assert_eq!(is_leap_year(d.year()), c.leap_year());
        prop_assert_eq!(Date::parse(&c.to_string()).is_some(), (0..=9999).contains(&d.year()));
        let cd = if days >= 0 { c.checked_add_days(Days::new(days as u64)) } else { c.checked_sub_days(Days::new(days.unsigned_abs())) };
        prop_assert_eq!(d.add_days(days), cd.map(from_chrono));
        let cm = if months >= 0 { c.checked_add_months(Months::new(months as u32)) } else { c.checked_sub_months(Months::new(months.unsigned_abs() as u32)) };
        prop_assert_eq!(d.add_months(months), cm.map(from_chrono));
        let dim = (1..=31).rev().find(|&x| NaiveDate::from_ymd_opt(d.year(), d.month(), x).is_some()).unwrap();
        prop_assert_eq!(days_in_month(d.year(), d.month()), dim);
    }

    #[test]
    fn days_between_agree(a in any_date(), b in any_date()) {
        prop_assert_eq!(b.days_since(a), to_chrono(b).signed_duration_since(to_chrono(a)).num_days());
        prop_assert_eq!(a.cmp(&b), to_chrono(a).cmp(&to_chrono(b)));
    }

    #[test]
    fn date_text_agrees(y in 0u32..10000, m in 0u32..14, d in 0u32..33) {
        let s = format!("{y:04}-{m:02}-{d:02}");
        prop_assert_eq!(Date::parse(&s).map(to_chrono), s.parse::<NaiveDate>().ok());
    }
}
