//! RFC 3339 date-times through chrono, off the product-page path: "now" in the
//! validation context, the asset offers' `expiresAt` and their readers
//! (validation, eligibility and the core and clients modules) are
//! `chrono::DateTime<FixedOffset>` (as written, with its offset) and
//! `chrono::DateTime<Utc>` (an instant, to the nanosecond). The pricing module
//! does not use them and stays without chrono: its dates are
//! [`crate::civil::Date`].
//!
//! Parsing is chrono's `DateTime::parse_from_rfc3339`: RFC 3339 §5.6
//! `date-time` (`YYYY-MM-DD`, `T`, `t` or a space, `HH:MM:SS`, an optional
//! fraction with digits past the ninth ignored, then `Z`/`z` or `±HH:MM` up to
//! 23:59, U+2212 accepted as the minus sign; second 60 is a leap second, kept as
//! second 59 with a fraction of 1 000 000 000 ns or more). Nothing here panics:
//! arithmetic past the last representable date is `None`. The core never reads
//! the clock: callers pass "now" in.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, SecondsFormat, TimeDelta, Utc};

use crate::civil::Date;

/// Parses an RFC 3339 `date-time` (§5.6), keeping its offset.
///
/// # Examples
/// ```
/// use lendkit::rfc3339;
/// let t = rfc3339::parse("2026-04-15T00:30:00+02:00").unwrap();
/// assert_eq!(rfc3339::local_date(&t).unwrap().to_string(), "2026-04-15");
/// assert_eq!(rfc3339::write_utc(&t.to_utc()), "2026-04-14T22:30:00Z");
/// assert!(rfc3339::parse("2026-04-15 00:30").is_none());
/// assert!(rfc3339::parse("2026-04-15T00:30:00").is_none());
/// ```
pub fn parse(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text).ok()
}

/// Parses an RFC 3339 `date-time` and returns its instant (the offset applied).
///
/// # Examples
/// ```
/// use lendkit::rfc3339;
/// let now = rfc3339::parse_utc("2026-04-15T12:23:44+02:00").unwrap();
/// assert_eq!(rfc3339::write_utc(&now), "2026-04-15T10:23:44Z");
/// let later = rfc3339::add_seconds(&now, 7 * 24 * 3600).unwrap();
/// assert_eq!(rfc3339::write_utc(&later), "2026-04-22T10:23:44Z");
/// ```
pub fn parse_utc(text: &str) -> Option<DateTime<Utc>> {
    parse(text).map(|t| t.to_utc())
}

/// The instant as RFC 3339 in UTC with a `Z` and only the fraction digits
/// needed (none, 3, 6 or 9): `2026-04-22T10:23:44Z` (a leap second as `:60`).
pub fn write_utc(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// The date-time as RFC 3339 at its own offset (`+00:00` for UTC), the fraction
/// as in [`write_utc`].
pub fn write(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

/// `secs` seconds later (earlier when negative), if the date stays in range.
/// Leaving a leap second drops it (chrono's `checked_add_signed`).
pub fn add_seconds(t: &DateTime<Utc>, secs: i64) -> Option<DateTime<Utc>> {
    t.checked_add_signed(TimeDelta::try_seconds(secs)?)
}

/// A chrono date as a [`Date`] (the same proleptic Gregorian calendar and
/// range, so this is `None` only for a date [`Date`] cannot hold).
pub fn civil_date(d: NaiveDate) -> Option<Date> {
    Date::new(d.year(), d.month(), d.day())
}

/// The date where the time was written (at its offset).
pub fn local_date(t: &DateTime<FixedOffset>) -> Option<Date> {
    civil_date(t.date_naive())
}

/// The UTC calendar date of an instant.
pub fn utc_date(t: &DateTime<Utc>) -> Option<Date> {
    civil_date(t.date_naive())
}

/// Serde: date-times cross as their RFC 3339 text, read with [`parse`]; a
/// string that is not one fails with "an RFC 3339 date-time" (the message of
/// the hand readers in `crate::json::read`). For `#[serde(with = ...)]`.
pub mod serde_utc {
    use super::{parse_utc, write_utc, DateTime, Utc};
    use serde::{Deserializer, Serializer};

    /// Writes the instant as [`write_utc`] does.
    ///
    /// # Errors
    /// The serializer's.
    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&write_utc(t))
    }

    /// Reads an RFC 3339 date-time as its instant.
    ///
    /// # Errors
    /// Not a string, or not an RFC 3339 date-time.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        d.deserialize_str(super::TextVisitor(parse_utc))
    }
}

/// As [`serde_utc`], for an optional date-time kept with its offset (absent or
/// `null` is `None`).
pub mod serde_offset_opt {
    use super::{parse, write, DateTime, FixedOffset};
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the date-time as [`write`] does, or `null`.
    ///
    /// # Errors
    /// The serializer's.
    pub fn serialize<S: Serializer>(
        t: &Option<DateTime<FixedOffset>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_some(&write(t)),
            None => s.serialize_none(),
        }
    }

    /// One date-time, read as [`parse`] reads it.
    struct Text(DateTime<FixedOffset>);

    impl<'de> Deserialize<'de> for Text {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(super::TextVisitor(parse)).map(Text)
        }
    }

    /// Reads `null` as `None`, else an RFC 3339 date-time.
    ///
    /// # Errors
    /// Not a string or `null`, or not an RFC 3339 date-time.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        Ok(Option::<Text>::deserialize(d)?.map(|t| t.0))
    }
}

/// Visits a string with a parser; the message names what was expected.
struct TextVisitor<T>(fn(&str) -> Option<T>);

/// What a date-time field expects, in serde's messages and the hand readers'.
pub(crate) const EXPECTED: &str = "an RFC 3339 date-time";

impl<T> serde::de::Visitor<'_> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(EXPECTED)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        (self.0)(v).ok_or_else(|| E::custom(EXPECTED))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strictly() {
        for bad in [
            "2026-04-22T10:23:44",
            "2026-04-22T10:23Z",
            "2026-04-22T24:00:00Z",
            "2026-04-22T10:23:44.Z",
            "2026-04-22T10:23:44+24:00",
            "2026-04-22T10:23:44+02",
            "2026-04-22T10:23:44+0200",
            "2026-04-22T10:23:44Zx",
            "2026-04-22X10:23:44Z",
            "2026-04-22 10:23",
            "2026-04-22T10:23:44 Z",
            "2026-04-22T10:23:44UTC",
            " 2026-04-22T10:23:44Z",
            "2026-04-22T10:23:44Z ",
            "+2026-04-22T10:23:44Z",
            "2026-4-22T10:23:44Z",
            "2026-04-22T10:23:61Z",
            "2023-02-29T12:00:00Z",
            "",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn formats_instants_like_the_seed() {
        let t = |s: &str| write_utc(&parse_utc(s).unwrap());
        assert_eq!(t("2026-04-22T10:23:44Z"), "2026-04-22T10:23:44Z");
        assert_eq!(t("2026-04-22T10:23:44.5Z"), "2026-04-22T10:23:44.500Z");
        assert_eq!(
            t("2026-04-22T10:23:44.000012Z"),
            "2026-04-22T10:23:44.000012Z"
        );
        assert_eq!(
            t("2026-04-22T10:23:44.1234567891z"),
            "2026-04-22T10:23:44.123456789Z"
        );
        assert_eq!(t("2016-12-31T23:59:60Z"), "2016-12-31T23:59:60Z");
        assert_eq!(t("2026-04-22 10:23:44+02:00"), "2026-04-22T08:23:44Z");
        assert_eq!(t("0000-01-01T00:00:00+00:01"), "-0001-12-31T23:59:00Z");
        let z = parse("2026-04-22T10:23:44−05:30").unwrap();
        assert_eq!(write(&z), "2026-04-22T10:23:44-05:30");
        assert_eq!(write_utc(&z.to_utc()), "2026-04-22T15:53:44Z");
        assert_eq!(
            write(&parse("2026-04-22T10:23:44.25z").unwrap()),
            "2026-04-22T10:23:44.250+00:00"
        );
    }

    #[test]
    fn dates_and_arithmetic() {
        let t = parse("2026-04-15T00:30:00+02:00").unwrap();
        assert_eq!(local_date(&t), Date::new(2026, 4, 15));
        assert_eq!(utc_date(&t.to_utc()), Date::new(2026, 4, 14));
        let leap = parse_utc("2016-12-31T23:59:60.5Z").unwrap();
        assert_eq!(
            add_seconds(&leap, 1).map(|t| write_utc(&t)).as_deref(),
            Some("2017-01-01T00:00:00.500Z")
        );
        assert_eq!(
            add_seconds(&leap, -1).map(|t| write_utc(&t)).as_deref(),
            Some("2016-12-31T23:59:59.500Z")
        );
        let end = parse_utc("9999-12-31T23:59:59Z").unwrap();
        assert!(add_seconds(&end, i64::MAX).is_none() && add_seconds(&end, i64::MIN).is_none());
        assert!(add_seconds(&end, 86_400 * 365 * 250_000).is_some());
        assert!(add_seconds(&end, 86_400 * 365 * 260_000).is_none());
    }
}
