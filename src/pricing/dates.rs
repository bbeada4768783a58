//! Calendar dates and the ways the regimes count time between them.

use crate::civil::Date;

/// Parses a `YYYY-MM-DD` date strictly (exactly that shape, years 1900 to 2200).
///
/// # Examples
/// ```
/// use lendkit::pricing::dates::parse_date;
/// assert!(parse_date("2024-02-29").is_some());
/// assert!(parse_date("2023-02-29").is_none());
/// assert!(parse_date("2024-2-1").is_none());
/// ```
pub fn parse_date(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let mut v = 0u32;
        for &c in b.get(r)? {
            if !c.is_ascii_digit() {
                return None;
            }
            v = v * 10 + u32::from(c - b'0');
        }
        Some(v)
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if !(1900..=2200).contains(&y) {
        return None;
    }
    Date::new(i32::try_from(y).ok()?, m, d)
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    // Years are 1900 to 2300 here: always four digits, no sign.
    let mut out = String::with_capacity(10);
    date.write_to(&mut out);
    out
}

/// `date` plus `months` calendar months (clamped to the month's end).
pub fn add_months(date: Date, months: u32) -> Option<Date> {
    date.add_months(i64::from(months))
}

/// Days from `earlier` to `later` (negative when out of order).
pub fn days_between(earlier: Date, later: Date) -> i64 {
    later.days_since(earlier)
}

/// Whole months counted back from `later` towards `earlier`, and the days left
/// over: the Commission's and Appendix J's way of measuring a period
/// (`later >= earlier`).
///
/// # Examples
/// ```
/// use lendkit::pricing::dates::{months_back, parse_date};
/// let (m, d) = months_back(parse_date("2024-01-15").unwrap(), parse_date("2024-03-01").unwrap());
/// assert_eq!((m, d), (1, 17)); // Feb 1 back to Jan 15
/// ```
pub fn months_back(earlier: Date, later: Date) -> (u32, i64) {
    let span = (later.year() - earlier.year()) * 12 + later.month() as i32 - earlier.month() as i32;
    let mut m = u32::try_from(span.max(0)).unwrap_or(0);
    loop {
        match later.add_months(-i64::from(m)) {
            Some(back) if back >= earlier => return (m, days_between(earlier, back)),
            _ if m == 0 => return (0, days_between(earlier, later).max(0)),
            _ => m -= 1,
        }
    }
}

/// The length in days (365 or 366) of the year ending on `date`.
pub fn year_ending_on(date: Date) -> i64 {
    date.add_months(-12)
        .map(|back| days_between(back, date))
        .unwrap_or(365)
}

/// The length in days (365 or 366) of the complete year counted back from
/// `date` to the same day of the previous year (29 February counts back to
/// 28 February). With `date` the last day of the period of days, this is the
/// divisor of Directive (EU) 2023/2225 Annex III, remark (c)(iii).
///
/// # Examples
/// ```
/// use lendkit::pricing::dates::{parse_date, year_back_from};
/// // The Commission's example: the days run from 12 to 15 January 2012, and the
/// // year counted back from 15 January 2012 has 365 days.
/// assert_eq!(year_back_from(parse_date("2012-01-15").unwrap()), 365);
/// assert_eq!(year_back_from(parse_date("2012-03-15").unwrap()), 366);
/// ```
pub fn year_back_from(date: Date) -> i64 {
    year_ending_on(date)
}

/// Whole months counted forward from `earlier` (each one on `earlier`'s day of
/// the month, or the month's last day when it has none) that do not pass
/// `later`, and the date they reach (`later >= earlier`).
///
/// # Examples
/// ```
/// use lendkit::pricing::dates::{months_forward, parse_date};
/// let (m, end) = months_forward(parse_date("2025-01-31").unwrap(), parse_date("2025-03-30").unwrap());
/// assert_eq!((m, end), (1, parse_date("2025-02-28").unwrap()));
/// ```
pub fn months_forward(earlier: Date, later: Date) -> (u32, Date) {
    let span = (later.year() - earlier.year()) * 12 + later.month() as i32 - earlier.month() as i32;
    let mut m = u32::try_from(span.max(0)).unwrap_or(0);
    loop {
        match earlier.add_months(i64::from(m)) {
            Some(end) if end <= later => return (m, end),
            _ if m == 0 => return (0, earlier),
            _ => m -= 1,
        }
    }
}

/// The days after `from` up to and including `to`, each counted as 1/366 of a
/// year when it falls in a leap year and 1/365 otherwise (0 when `to <= from`).
///
/// # Examples
/// ```
/// use lendkit::pricing::dates::{parse_date, years_of_days};
/// // 2023-12-20 to 2024-01-15: 11 days of 2023 and 15 days of 2024.
/// let t = years_of_days(parse_date("2023-12-20").unwrap(), parse_date("2024-01-15").unwrap());
/// assert!((t - (11.0 / 365.0 + 15.0 / 366.0)).abs() < 1e-15);
/// ```
pub fn years_of_days(from: Date, to: Date) -> f64 {
    let mut t = 0.0;
    let mut at = from;
    while at < to {
        // The days after `at` up to the end of the calendar year of the first
        // of them (or up to `to`) all lie in one year.
        let Some(first) = at.add_days(1) else { break };
        let year_end = Date::new(first.year(), 12, 31).unwrap_or(to);
        let end = if year_end < to { year_end } else { to };
        let len = if crate::civil::is_leap_year(first.year()) {
            366.0
        } else {
            365.0
        };
        t += days_between(at, end) as f64 / len;
        at = end;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    #[test]
    fn strict_dates() {
        for bad in [
            "",
            "2024-13-01",
            "2024-00-10",
            "2024/01/01",
            "24-01-01",
            "2024-01-1 ",
            "1899-12-31",
            "+2024-01-01",
        ] {
            assert!(parse_date(bad).is_none(), "{bad}");
        }
        assert_eq!(format_date(d("2024-02-29")), "2024-02-29");
    }

    #[test]
    fn counting_back() {
        assert_eq!(months_back(d("2024-01-31"), d("2024-03-31")), (2, 0));
        assert_eq!(months_back(d("2024-01-10"), d("2024-02-09")), (0, 30));
        assert_eq!(months_back(d("2024-01-10"), d("2025-01-10")), (12, 0));
        assert_eq!(months_back(d("2024-01-10"), d("2024-01-10")), (0, 0));
        assert_eq!(year_ending_on(d("2024-03-01")), 366);
        assert_eq!(year_ending_on(d("2025-03-01")), 365);
        assert_eq!(year_ending_on(d("2024-02-28")), 365);
    }
}
