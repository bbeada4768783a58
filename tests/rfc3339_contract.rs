//! `lendkit::rfc3339` (chrono's `parse_from_rfc3339`) held to the grammar the
//! public contract states (RFC 3339 §5.6 `date-time`, as `src/rfc3339.rs`
//! documents it), written out here independently of chrono: the same strings
//! accepted and refused, the same instants and offsets. Host only. A chrono
//! upgrade that loosened or tightened its parser fails here.
#![cfg(not(target_arch = "wasm32"))]

use lendkit::civil::Date;
use lendkit::rfc3339;
use proptest::prelude::*;

/// The digits `s[from..to]` as a number, if all are ASCII digits.
fn num(b: &[u8], from: usize, to: usize) -> Option<u32> {
    let d = b.get(from..to)?;
    d.iter()
        .all(u8::is_ascii_digit)
        .then(|| d.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0')))
}

/// What the contract says `s` is: (seconds since the epoch in UTC, the
/// fraction in nanoseconds, 1e9 or more in a leap second; seconds east of UTC).
/// `YYYY-MM-DD` (a date that exists), `T`/`t`/space, `HH:MM:SS` (hour to 23,
/// minute to 59, second to 60), an optional `.` and one or more digits (past
/// the ninth ignored), then `Z`/`z` or a sign (`+`, `-`, U+2212) and `HH:MM`
/// (to 23:59); nothing else.
fn contract(s: &str) -> Option<(i64, u32, i32)> {
    let b = s.as_bytes();
    let date = Date::parse(s.get(0..10)?)?;
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) || b.get(13) != Some(&b':') {
        return None;
    }
    if b.get(16) != Some(&b':') {
        return None;
    }
    let (hour, minute, second) = (num(b, 11, 13)?, num(b, 14, 16)?, num(b, 17, 19)?);
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut i = 19;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return None;
        }
        let digits = &s[start..i.min(start + 9)];
        nanos = digits.parse::<u32>().ok()? * 10u32.pow(9 - digits.len() as u32);
    }
    let rest = &s[i..];
    let offset = if rest == "Z" || rest == "z" {
        0
    } else {
        let (negative, hm) = if let Some(r) = rest.strip_prefix('+') {
            (false, r)
        } else if let Some(r) = rest
            .strip_prefix('-')
            .or_else(|| rest.strip_prefix('\u{2212}'))
        {
            (true, r)
        } else {
            return None;
        };
        let h = hm.as_bytes();
        if h.len() != 5 || h[2] != b':' {
            return None;
        }
        let (oh, om) = (num(h, 0, 2)?, num(h, 3, 5)?);
        if oh > 23 || om > 59 {
            return None;
        }
        let secs = (oh * 3600 + om * 60) as i32;
        if negative {
            -secs
        } else {
            secs
        }
    };
    let leap = second == 60;
    let local =
        date.days_since_epoch() * 86_400 + i64::from(hour * 3600 + minute * 60 + second.min(59));
    Some((
        local - i64::from(offset),
        nanos + if leap { 1_000_000_000 } else { 0 },
        offset,
    ))
}

/// Strings near the RFC 3339 shape, mutated character by character.
fn near_rfc3339() -> impl Strategy<Value = String> {
    let base = prop_oneof![
        Just("2026-04-22T10:23:44Z".to_string()),
        Just("2024-02-29t23:59:60.123456789123+23:59".to_string()),
        Just("0000-01-01 00:00:00−00:01".to_string()),
        Just("9999-12-31T23:59:59.5-05:30".to_string()),
        Just("2023-02-29T12:00:00z".to_string()),
        Just("2026-04-22T10:23:44.000012-00:00".to_string()),
    ];
    (
        base,
        proptest::collection::vec((0usize..42, proptest::char::any(), any::<bool>()), 0..3),
    )
        .prop_map(|(s, edits)| {
            let mut chars: Vec<char> = s.chars().collect();
            for (i, c, insert) in edits {
                let c = if insert && !c.is_ascii() { ' ' } else { c };
                if i >= chars.len() {
                    chars.push(c);
                } else if insert {
                    chars.insert(i, c);
                } else if c.is_ascii_digit() || ":-+.TtZz −UC".contains(c) {
                    chars[i] = c;
                } else {
                    chars.remove(i);
                }
            }
            chars.into_iter().collect()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6000))]

    #[test]
    fn accepts_what_the_contract_says(s in near_rfc3339()) {
        let got = rfc3339::parse(&s)
            .map(|t| (t.timestamp(), t.timestamp_subsec_nanos(), t.offset().local_minus_utc()));
        prop_assert_eq!(got, contract(&s), "{}", s);
    }

    #[test]
    fn writes_and_adds_like_the_seed(s in near_rfc3339(), hours in -100_000i64..100_000) {
        if let Some(t) = rfc3339::parse_utc(&s) {
            let text = rfc3339::write_utc(&t);
            // `...:SS`, then 0, 3, 6 or 9 fraction digits, then `Z`.
            let seconds = text.rsplit(':').next().unwrap_or_default();
            prop_assert!([3, 7, 10, 13].contains(&seconds.len()) && text.ends_with('Z'), "{}", text);
            // Years 0 to 9999 read back (RFC 3339 has four-digit years only).
            if !text.starts_with(['+', '-']) {
                prop_assert_eq!(rfc3339::parse_utc(&text), Some(t));
            }
            let later = rfc3339::add_seconds(&t, hours * 3600).unwrap();
            if hours == 0 {
                prop_assert_eq!(later, t);
                return Ok(());
            }
            let leap = t.timestamp_subsec_nanos() >= 1_000_000_000;
            // Leaving a leap second drops it (as chrono does): 23:59:60 + 1 h is 00:59:59.
            let base = t.timestamp() + i64::from(leap && hours < 0);
            prop_assert_eq!(later.timestamp(), base + hours * 3600);
            prop_assert_eq!(later.timestamp_subsec_nanos(), t.timestamp_subsec_nanos() % 1_000_000_000);
            prop_assert_eq!(rfc3339::utc_date(&t), Date::from_days_since_epoch(t.timestamp().div_euclid(86_400)));
        }
    }
}

#[test]
fn refuses_the_near_misses() {
    for bad in [
        "2026-04-22 10:23",
        "2026-04-22T10:23:44",
        "2026-04-22T10:23:44 Z",
        "2026-04-22T10:23:44 +02:00",
        "2026-04-22T10:23:44UTC",
        "2026-04-22T10:23:44+02:00:00",
        "2026-04-22T10:23:44,5Z",
        "2026-04-22T10:23:44.Z",
        "2026-04-22T10:23Z",
        "20260422T102344Z",
        "2026-04-22T10:23:44+24:00",
        "2026-04-22T10:23:44+02:60",
        "+02026-04-22T10:23:44Z",
    ] {
        assert!(rfc3339::parse(bad).is_none(), "{bad}");
        assert!(contract(bad).is_none(), "{bad}");
    }
}
