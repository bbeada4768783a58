//! Civil dates: the little calendar arithmetic the pricing engine needs, without
//! a date library in the pricing module (the product page's; chrono would cost it
//! about 11.9 KB gzip, README). `tests/civil_oracle.rs` checks it against chrono.
//! RFC 3339 date-times, off the product-page path, are chrono's
//! ([`crate::rfc3339`]).
//!
//! [`Date`] is a proleptic Gregorian calendar date (years
//! [`Date::MIN_YEAR`] to [`Date::MAX_YEAR`], the same range as chrono's
//! `NaiveDate`). Conversions between dates and day numbers are Howard Hinnant's
//! `days_from_civil` and `civil_from_days`
//! (<https://howardhinnant.github.io/date_algorithms.html>).
//!
//! Nothing here panics: every operation that can leave the range returns `None`,
//! and parsing is strict (`YYYY-MM-DD`). The core never reads the clock: callers
//! pass "today" in.

use std::fmt;

/// Days from 0000-03-01 to 1970-01-01 (Hinnant's shift).
const EPOCH_SHIFT: i64 = 719_468;
/// Days in a 400-year era.
const ERA_DAYS: i64 = 146_097;

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

/// The text was not a date (`YYYY-MM-DD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError;

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a YYYY-MM-DD date")
    }
}

impl std::error::Error for ParseError {}

impl std::str::FromStr for Date {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        Date::parse(s).ok_or(ParseError)
    }
}

/// Serde: dates cross as their text.
mod serde_impls {
    use super::Date;
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
    }

    #[test]
    fn weekdays() {
        assert_eq!(d(1970, 1, 1).weekday(), 3);
        assert_eq!(d(2024, 4, 21).weekday(), 6);
        assert_eq!(d(1969, 12, 29).weekday(), 0);
    }
}
