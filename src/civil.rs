//! Civil dates and instants: the little calendar arithmetic lendkit needs,
//! without a date library in the wasm module.
//!
//! [`Date`] is a proleptic Gregorian calendar date (years
//! [`Date::MIN_YEAR`] to [`Date::MAX_YEAR`], the same range as chrono's
//! `NaiveDate`); [`Instant`] is a UTC time to the nanosecond; [`DateTime`] is an
//! instant as written with a fixed UTC offset (RFC 3339). Conversions between
//! dates and day numbers are Howard Hinnant's `days_from_civil` and
//! `civil_from_days` (<https://howardhinnant.github.io/date_algorithms.html>).
//!
//! Nothing here panics: every operation that can leave the range returns `None`,
//! and parsing is strict (`YYYY-MM-DD`; RFC 3339 §5.6 `date-time`). The core never
//! reads the clock: callers pass "today" and "now" in.

use std::fmt;

/// Days from 0000-03-01 to 1970-01-01 (Hinnant's shift).
const EPOCH_SHIFT: i64 = 719_468;
/// Days in a 400-year era.
const ERA_DAYS: i64 = 146_097;
const NANOS_PER_SEC: u32 = 1_000_000_000;

/// Whether `year` is a Gregorian leap year.
///
/// # Examples
/// ```
/// use lendkit::civil::is_leap_year;
/// assert!(is_leap_year(2024) && is_leap_year(2000));
/// assert!(!is_leap_year(1900) && !is_leap_year(2023));
/// ```
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The number of days in `month` (1 to 12) of `year`; 0 for a month out of range.
///
/// # Examples
/// ```
/// use lendkit::civil::days_in_month;
/// assert_eq!(days_in_month(2024, 2), 29);
/// assert_eq!(days_in_month(2023, 2), 28);
/// assert_eq!(days_in_month(2023, 13), 0);
/// ```
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a valid civil date (Hinnant's `days_from_civil`).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let mp = i64::from((month + 9) % 12); // March = 0
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * ERA_DAYS + doe - EPOCH_SHIFT
}

/// The civil date of a day number (Hinnant's `civil_from_days`); `days` must be
/// within the range of [`Date`] (so every intermediate fits).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + EPOCH_SHIFT;
    let era = z.div_euclid(ERA_DAYS);
    let doe = z - era * ERA_DAYS; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let d = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let m = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let y = yoe + era * 400 + i64::from(m <= 2);
    // m and d are small and non-negative, so the casts are exact.
    (y, m as u32, d as u32)
}

/// Appends `value` in decimal, zero-padded to at least `width` digits.
pub(crate) fn push_padded(out: &mut String, value: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut i = buf.len();
    let mut v = value;
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let start = i.min(buf.len().saturating_sub(width));
    for &b in &buf[start..] {
        out.push(char::from(b));
    }
}

/// Reads the ASCII digits `b[range]` as a number; `None` if any is not a digit.
fn digits(b: &[u8], from: usize, to: usize) -> Option<u32> {
    let mut v = 0u32;
    for &c in b.get(from..to)? {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

/// A calendar date (proleptic Gregorian), ordered chronologically.
///
/// # Examples
/// ```
/// use lendkit::civil::Date;
/// let d = Date::parse("2024-01-31").unwrap();
/// assert_eq!(d.add_months(1).unwrap().to_string(), "2024-02-29");
/// assert_eq!(d.add_days(1).unwrap(), Date::new(2024, 2, 1).unwrap());
/// assert_eq!(Date::parse("2024-03-01").unwrap().days_since(d), 30);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The earliest year a [`Date`] holds.
    pub const MIN_YEAR: i32 = -262_143;
    /// The latest year a [`Date`] holds.
    pub const MAX_YEAR: i32 = 262_142;

    /// The date `year-month-day`, if it exists and is in range.
    ///
    /// # Examples
    /// ```
    /// use lendkit::civil::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2023, 2, 29).is_none());
    /// assert!(Date::new(2023, 0, 1).is_none());
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year)
            || day == 0
            || day > days_in_month(year, month)
        {
            return None;
        }
        // month <= 12 and day <= 31 (days_in_month is 0 otherwise).
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day),
    /// refusing dates that do not exist.
    ///
    /// # Examples
    /// ```
    /// use lendkit::civil::Date;
    /// assert!(Date::parse("2024-02-29").is_some());
    /// assert!(Date::parse("2023-02-29").is_none());
    /// assert!(Date::parse("2024-2-1").is_none());
    /// assert!(Date::parse(" 2024-02-01").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 {
            return None;
        }
        Self::parse_prefix(b)
    }

    /// `YYYY-MM-DD` at the start of `b` (at least 10 bytes long).
    fn parse_prefix(b: &[u8]) -> Option<Date> {
        if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let year = i32::try_from(digits(b, 0, 4)?).ok()?;
        Date::new(year, digits(b, 5, 7)?, digits(b, 8, 10)?)
    }

    /// The date `days` days after 1970-01-01 (before it when negative).
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let min = days_from_civil(Self::MIN_YEAR, 1, 1);
        let max = days_from_civil(Self::MAX_YEAR, 12, 31);
        if !(min..=max).contains(&days) {
            return None;
        }
        let (y, m, d) = civil_from_days(days);
        Date::new(i32::try_from(y).ok()?, m, d)
    }

    /// Days from 1970-01-01 to this date (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(self.year, u32::from(self.month), u32::from(self.day))
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The day of the week, 0 for Monday to 6 for Sunday.
    ///
    /// # Examples
    /// ```
    /// use lendkit::civil::Date;
    /// assert_eq!(Date::new(2024, 4, 22).unwrap().weekday(), 0); // a Monday
    /// ```
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3); the remainder is in 0..7.
        (self.days_since_epoch() + 3).rem_euclid(7) as u32
    }

    /// This date with the day of the month set to `day`, if that date exists.
    pub fn with_day(self, day: u32) -> Option<Date> {
        Date::new(self.year, u32::from(self.month), day)
    }

    /// `days` days later (earlier when negative), if in range.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    /// `months` calendar months later (earlier when negative), the day clamped to
    /// the end of the month (2024-01-31 plus one month is 2024-02-29), if in range.
    pub fn add_months(self, months: i64) -> Option<Date> {
        let index = i64::from(self.year)
            .checked_mul(12)?
            .checked_add(i64::from(self.month) - 1)?
            .checked_add(months)?;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        // rem_euclid(12) is in 0..12.
        let month = index.rem_euclid(12) as u32 + 1;
        let day = u32::from(self.day).min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// Days from `earlier` to `self` (negative when `earlier` is later).
    pub fn days_since(self, earlier: Date) -> i64 {
        self.days_since_epoch() - earlier.days_since_epoch()
    }

    /// Appends the date as `YYYY-MM-DD` (years outside 0 to 9999 signed, as
    /// ISO 8601's expanded form: `+10000-01-01`, `-0001-12-31`).
    pub fn write_to(self, out: &mut String) {
        if !(0..=9999).contains(&self.year) {
            out.push(if self.year < 0 { '-' } else { '+' });
        }
        push_padded(out, u64::from(self.year.unsigned_abs()), 4);
        out.push('-');
        push_padded(out, u64::from(self.month), 2);
        out.push('-');
        push_padded(out, u64::from(self.day), 2);
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.write_to(&mut s);
        f.write_str(&s)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// A point in time, UTC, to the nanosecond (a leap second `:60` is kept as
/// second 59 with 1 000 000 000 or more nanoseconds, as chrono does).
///
/// # Examples
/// ```
/// use lendkit::civil::Instant;
/// let now = Instant::parse("2026-04-15T12:23:44+02:00").unwrap();
/// assert_eq!(now.to_string(), "2026-04-15T10:23:44Z");
/// assert_eq!(now.add_seconds(7 * 24 * 3600).unwrap().to_string(), "2026-04-22T10:23:44Z");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant {
    /// Seconds since 1970-01-01T00:00:00Z, not counting leap seconds.
    secs: i64,
    /// 0 to 1 999 999 999 (the upper half only in a leap second).
    nanos: u32,
}

impl Instant {
    /// Parses an RFC 3339 date-time and returns its instant (the offset
    /// applied).
    pub fn parse(text: &str) -> Option<Instant> {
        DateTime::parse(text).map(|t| t.instant)
    }

    /// The instant at midnight UTC starting `date`.
    pub fn from_date(date: Date) -> Instant {
        Instant {
            secs: date.days_since_epoch() * 86_400,
            nanos: 0,
        }
    }

    /// The instant `secs` seconds after 1970-01-01T00:00:00Z, if its date is in
    /// the range of [`Date`].
    pub fn from_unix_seconds(secs: i64) -> Option<Instant> {
        Date::from_days_since_epoch(secs.div_euclid(86_400))?;
        Some(Instant { secs, nanos: 0 })
    }

    /// Seconds since 1970-01-01T00:00:00Z (leap seconds not counted).
    pub fn unix_seconds(self) -> i64 {
        self.secs
    }

    /// The fraction of the second, in nanoseconds (1 000 000 000 or more in a
    /// leap second).
    pub fn subsec_nanos(self) -> u32 {
        self.nanos
    }

    /// The UTC calendar date.
    pub fn date(self) -> Date {
        // Every Instant is built from an in-range date, so this never falls back.
        Date::from_days_since_epoch(self.secs.div_euclid(86_400)).unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        })
    }

    /// `secs` seconds later (earlier when negative), if the date stays in range.
    /// Leaving a leap second drops it, as chrono does.
    pub fn add_seconds(self, secs: i64) -> Option<Instant> {
        let mut base = self.secs;
        let mut nanos = self.nanos;
        if nanos >= NANOS_PER_SEC && secs != 0 {
            nanos -= NANOS_PER_SEC;
            if secs < 0 {
                base += 1;
            }
        }
        let secs = base.checked_add(secs)?;
        Date::from_days_since_epoch(secs.div_euclid(86_400))?;
        Some(Instant { secs, nanos })
    }

    /// Appends the instant as RFC 3339 in UTC with a `Z` and only the fraction
    /// digits needed (none, 3, 6 or 9): `2026-04-22T10:23:44Z`.
    pub fn write_to(self, out: &mut String) {
        write_local(out, self.secs, self.nanos);
        out.push('Z');
    }
}

/// Writes `secs`/`nanos` (local seconds since the epoch) as
/// `YYYY-MM-DDTHH:MM:SS[.fff[fff[fff]]]`.
fn write_local(out: &mut String, secs: i64, nanos: u32) {
    let date = Instant { secs, nanos }.date();
    date.write_to(out);
    // rem_euclid(86_400) is in 0..86_400.
    let tod = secs.rem_euclid(86_400) as u64;
    let leap = nanos >= NANOS_PER_SEC;
    out.push('T');
    push_padded(out, tod / 3600, 2);
    out.push(':');
    push_padded(out, tod / 60 % 60, 2);
    out.push(':');
    push_padded(out, tod % 60 + u64::from(leap), 2);
    let frac = nanos % NANOS_PER_SEC;
    if frac != 0 {
        out.push('.');
        let (value, width) = if frac % 1_000_000 == 0 {
            (frac / 1_000_000, 3)
        } else if frac % 1000 == 0 {
            (frac / 1000, 6)
        } else {
            (frac, 9)
        };
        push_padded(out, u64::from(value), width);
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.write_to(&mut s);
        f.write_str(&s)
    }
}

impl fmt::Debug for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// An instant as written with a fixed UTC offset (an RFC 3339 `date-time`).
/// Equality and order are those of the instants; the offset gives the local date.
///
/// # Examples
/// ```
/// use lendkit::civil::DateTime;
/// let t = DateTime::parse("2026-04-15T00:30:00+02:00").unwrap();
/// assert_eq!(t.local_date().to_string(), "2026-04-15");
/// assert_eq!(t.instant().date().to_string(), "2026-04-14");
/// assert!(DateTime::parse("2026-04-15 00:30").is_none());
/// ```
#[derive(Clone, Copy)]
pub struct DateTime {
    instant: Instant,
    /// Seconds east of UTC, within ±23:59.
    offset: i32,
}

impl DateTime {
    /// Parses an RFC 3339 `date-time` (§5.6): `YYYY-MM-DD`, `T` (or `t` or a
    /// space), `HH:MM:SS`, an optional fraction (digits past the ninth ignored),
    /// then `Z`/`z` or `±HH:MM` (up to 23:59; U+2212 accepted as the minus
    /// sign). Second 60 is a leap second. The same strings chrono's
    /// `DateTime::parse_from_rfc3339` accepts.
    pub fn parse(text: &str) -> Option<DateTime> {
        let b = text.as_bytes();
        if b.len() < 19 {
            return None;
        }
        let date = Date::parse_prefix(b)?;
        if !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
            return None;
        }
        let (hour, minute) = (digits(b, 11, 13)?, digits(b, 14, 16)?);
        let mut second = digits(b, 17, 19)?;
        let mut nanos = 0u32;
        if second == 60 {
            second = 59;
            nanos = NANOS_PER_SEC;
        }
        if hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        let mut i = 19;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            let mut frac = 0u32;
            while let Some(c) = b.get(i).filter(|c| c.is_ascii_digit()) {
                if i - start < 9 {
                    frac = frac * 10 + u32::from(c - b'0');
                }
                i += 1;
            }
            if i == start {
                return None;
            }
            for _ in (i - start)..9 {
                frac *= 10;
            }
            nanos += frac;
        }
        let rest = &b[i..];
        let offset = match rest {
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                offset_of(*sign == b'-', [*h1, *h2, *m1, *m2])?
            }
            // U+2212 MINUS SIGN
            [0xE2, 0x88, 0x92, h1, h2, b':', m1, m2] => offset_of(true, [*h1, *h2, *m1, *m2])?,
            _ => return None,
        };
        let local =
            date.days_since_epoch() * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
        let utc = local - i64::from(offset);
        Date::from_days_since_epoch(utc.div_euclid(86_400))?;
        Some(DateTime {
            instant: Instant { secs: utc, nanos },
            offset,
        })
    }

    /// The instant.
    pub fn instant(self) -> Instant {
        self.instant
    }

    /// The offset from UTC, in seconds east.
    pub fn offset_seconds(self) -> i32 {
        self.offset
    }

    /// The date where the time was written (at its offset).
    pub fn local_date(self) -> Date {
        Instant {
            secs: self.instant.secs + i64::from(self.offset),
            nanos: 0,
        }
        .date()
    }

    /// Appends the time as RFC 3339 at its own offset (`+00:00` for UTC).
    pub fn write_to(self, out: &mut String) {
        write_local(
            out,
            self.instant.secs + i64::from(self.offset),
            self.instant.nanos,
        );
        out.push(if self.offset < 0 { '-' } else { '+' });
        let minutes = u64::from(self.offset.unsigned_abs() / 60);
        push_padded(out, minutes / 60, 2);
        out.push(':');
        push_padded(out, minutes % 60, 2);
    }
}

/// `±HH:MM` as seconds east of UTC; hours up to 23, minutes up to 59.
fn offset_of(negative: bool, d: [u8; 4]) -> Option<i32> {
    let hours = digits(&d, 0, 2)?;
    let minutes = digits(&d, 2, 4)?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    // At most 86 340, so the cast is exact.
    let secs = (hours * 3600 + minutes * 60) as i32;
    Some(if negative { -secs } else { secs })
}

impl PartialEq for DateTime {
    fn eq(&self, other: &Self) -> bool {
        self.instant == other.instant
    }
}

impl Eq for DateTime {}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.write_to(&mut s);
        f.write_str(&s)
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// The text was not a date (`YYYY-MM-DD`) or an RFC 3339 date-time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError;

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a YYYY-MM-DD date or RFC 3339 date-time")
    }
}

impl std::error::Error for ParseError {}

impl std::str::FromStr for Date {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        Date::parse(s).ok_or(ParseError)
    }
}

impl std::str::FromStr for Instant {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        Instant::parse(s).ok_or(ParseError)
    }
}

impl std::str::FromStr for DateTime {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        DateTime::parse(s).ok_or(ParseError)
    }
}

/// Serde: dates, instants and date-times cross as their text.
mod serde_impls {
    use super::{Date, DateTime, Instant};
    use serde::de::{self, Deserializer, Visitor};
    use serde::{Deserialize, Serialize, Serializer};
    use std::fmt;

    /// Visits a string with a parser; the message names what was expected.
    struct TextVisitor<T>(fn(&str) -> Option<T>, &'static str);

    impl<T> Visitor<'_> for TextVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.1)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            (self.0)(v).ok_or_else(|| E::custom(self.1))
        }
    }

    fn text<S: Serializer>(
        serializer: S,
        write: impl FnOnce(&mut String),
    ) -> Result<S::Ok, S::Error> {
        let mut s = String::new();
        write(&mut s);
        serializer.serialize_str(&s)
    }

    impl Serialize for Date {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            text(serializer, |s| self.write_to(s))
        }
    }

    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(TextVisitor(Date::parse, "a date written YYYY-MM-DD"))
        }
    }

    impl Serialize for Instant {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            text(serializer, |s| self.write_to(s))
        }
    }

    impl<'de> Deserialize<'de> for Instant {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(TextVisitor(Instant::parse, "an RFC 3339 date-time"))
        }
    }

    impl Serialize for DateTime {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            text(serializer, |s| self.write_to(s))
        }
    }

    impl<'de> Deserialize<'de> for DateTime {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(TextVisitor(DateTime::parse, "an RFC 3339 date-time"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn round_trips_day_numbers() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(d(1969, 12, 31).days_since_epoch(), -1);
        for n in [-1_000_000, -719_468, -1, 0, 59, 60, 10_957, 2_932_896] {
            assert_eq!(
                Date::from_days_since_epoch(n).unwrap().days_since_epoch(),
                n
            );
        }
    }

    #[test]
    fn range_ends_are_none_not_panics() {
        let max = d(Date::MAX_YEAR, 12, 31);
        let min = d(Date::MIN_YEAR, 1, 1);
        assert!(max.add_days(1).is_none() && min.add_days(-1).is_none());
        assert!(max.add_months(1).is_none() && min.add_months(-1).is_none());
        assert!(max.add_days(i64::MAX).is_none() && min.add_days(i64::MIN).is_none());
        assert!(max.add_months(i64::MAX).is_none() && min.add_months(i64::MIN).is_none());
        assert!(Date::new(i32::MAX, 1, 1).is_none() && Date::new(i32::MIN, 1, 1).is_none());
        let t = Instant::parse("9999-12-31T23:59:59Z").unwrap();
        assert!(t.add_seconds(i64::MAX).is_none() && t.add_seconds(i64::MIN).is_none());
        assert_eq!(max.to_string(), "+262142-12-31");
        assert_eq!(min.to_string(), "-262143-01-01");
    }

    #[test]
    fn months_clamp_to_the_month_end() {
        assert_eq!(d(2024, 1, 31).add_months(1), Some(d(2024, 2, 29)));
        assert_eq!(d(2023, 1, 31).add_months(1), Some(d(2023, 2, 28)));
        assert_eq!(d(2024, 3, 31).add_months(-1), Some(d(2024, 2, 29)));
        assert_eq!(d(2024, 12, 15).add_months(1), Some(d(2025, 1, 15)));
        assert_eq!(d(2024, 1, 15).add_months(-13), Some(d(2022, 12, 15)));
    }

    #[test]
    fn parses_strictly() {
        for bad in [
            "2024-2-01",
            "2024-02-1",
            "24-02-01",
            "2024/02/01",
            "2024-02-30",
            "2024-00-01",
            "+2024-02-01",
            "2024-02-01 ",
            "２０２４-02-01",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(Date::parse("0000-01-01"), Some(d(0, 1, 1)));
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
        ] {
            assert!(DateTime::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn formats_instants_like_the_seed() {
        let t = |s: &str| Instant::parse(s).unwrap().to_string();
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
        assert_eq!(t("0000-01-01T00:00:00+00:01"), "-0001-12-31T23:59:00Z");
        let z = DateTime::parse("2026-04-22T10:23:44−05:30").unwrap();
        assert_eq!(z.to_string(), "2026-04-22T10:23:44-05:30");
        assert_eq!(z.instant().to_string(), "2026-04-22T15:53:44Z");
    }

    #[test]
    fn weekdays() {
        assert_eq!(d(1970, 1, 1).weekday(), 3);
        assert_eq!(d(2024, 4, 21).weekday(), 6);
        assert_eq!(d(1969, 12, 29).weekday(), 0);
    }
}
