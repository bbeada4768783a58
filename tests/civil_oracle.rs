//! `lendkit::civil` against chrono as an oracle (host only): the same dates,
//! the same arithmetic, the same accepted and refused RFC 3339 strings.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Days, Months, NaiveDate};
use lendkit::civil::{days_in_month, is_leap_year, Date, DateTime, Instant};
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

/// Strings near the RFC 3339 shape, mutated byte by byte.
fn near_rfc3339() -> impl Strategy<Value = String> {
    let base = prop_oneof![
        Just("2026-04-22T10:23:44Z".to_string()),
        Just("2024-02-29t23:59:60.123456789123+23:59".to_string()),
        Just("0000-01-01 00:00:00−00:01".to_string()),
        Just("9999-12-31T23:59:59.5-05:30".to_string()),
        Just("2023-02-29T12:00:00z".to_string()),
    ];
    (
        base,
        proptest::collection::vec((0usize..40, proptest::char::any()), 0..3),
    )
        .prop_map(|(s, edits)| {
            let mut chars: Vec<char> = s.chars().collect();
            for (i, c) in edits {
                if i < chars.len() {
                    if c.is_ascii_digit() || ":-+.TtZz ".contains(c) {
                        chars[i] = c;
                    } else {
                        chars.remove(i);
                    }
                } else {
                    chars.push(c);
                }
            }
            chars.into_iter().collect()
        })
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

    #[test]
    fn rfc3339_agrees(s in near_rfc3339(), hours in -100_000i64..100_000) {
        let ours = DateTime::parse(&s);
        let theirs = chrono::DateTime::parse_from_rfc3339(&s).ok();
        prop_assert_eq!(ours.is_some(), theirs.is_some(), "{}", s);
        if let (Some(o), Some(t)) = (ours, theirs) {
            prop_assert_eq!(o.offset_seconds(), t.offset().local_minus_utc());
            prop_assert_eq!(o.local_date(), from_chrono(t.date_naive()));
            prop_assert_eq!(o.to_string(), format!("{t:?}"));
            let u = t.to_utc();
            prop_assert_eq!(o.instant().unix_seconds(), u.timestamp());
            prop_assert_eq!(o.instant().subsec_nanos(), u.timestamp_subsec_nanos());
            prop_assert_eq!(o.instant().to_string(), u.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
            let later = u.checked_add_signed(chrono::Duration::hours(hours));
            let ours_later = o.instant().add_seconds(hours * 3600);
            prop_assert_eq!(ours_later.map(|i| i.to_string()), later.map(|l| l.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)));
            prop_assert_eq!(Instant::parse(&s), Some(o.instant()));
        }
    }
}
