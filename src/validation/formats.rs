//! Small formats: UUIDs, URLs, base64, dates, date-times and decimal amounts.

use crate::civil::Date;
use chrono::{DateTime, FixedOffset};
use rust_decimal::Decimal;

use super::Problem;

/// Checks a UUID in its RFC 9562 §4 string form (`8-4-4-4-12` hex digits, any
/// case) with the RFC 9562 variant (`10xx`) and a version 1-8, or the Nil / Max
/// UUID. Returns it in lower case.
///
/// Source: RFC 9562 (2024), which obsoletes RFC 4122.
///
/// # Errors
/// `empty` or `invalid_uuid`.
///
/// # Examples
/// ```
/// use lendkit::validation::formats::uuid;
/// assert_eq!(uuid("E7C52AD3-0473-4FBC-BC36-7EB755B1C18D").unwrap(), "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d");
/// assert!(uuid("e7c52ad3-0473-0fbc-bc36-7eb755b1c18d").is_err()); // version 0
/// assert!(uuid("e7c52ad304734fbcbc367eb755b1c18d").is_err());
/// ```
pub fn uuid(value: &str) -> Result<String, Problem> {
    if value.is_empty() {
        return Err(Problem::Empty);
    }
    let b = value.as_bytes();
    if b.len() != 36 {
        return Err(Problem::InvalidUuid);
    }
    for (i, c) in b.iter().enumerate() {
        let ok = match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        };
        if !ok {
            return Err(Problem::InvalidUuid);
        }
    }
    let lower = value.to_ascii_lowercase();
    if lower == "00000000-0000-0000-0000-000000000000"
        || lower == "ffffffff-ffff-ffff-ffff-ffffffffffff"
    {
        return Ok(lower);
    }
    let version = b.get(14).copied().unwrap_or(b'0');
    let variant = b.get(19).map(u8::to_ascii_lowercase).unwrap_or(b'0');
    if !(b'1'..=b'8').contains(&version) || !matches!(variant, b'8' | b'9' | b'a' | b'b') {
        return Err(Problem::InvalidUuid);
    }
    Ok(lower)
}

/// The longest URL accepted, in bytes.
pub const MAX_URL_LEN: usize = 2048;

/// Checks an absolute URL for a server to call: `https`, or `http` only for a
/// loopback host (`localhost`, `127.0.0.0/8`, `[::1]`). The host must be a
/// domain name with a dot, an IPv4 address or a bracketed IPv6 address; no user
/// information; printable ASCII only (RFC 3986 §2 and §3, with `%` escapes).
///
/// Source: RFC 3986 (URI generic syntax), RFC 1123 §2.1 (host names).
///
/// # Errors
/// `empty`, `too_long`, `invalid_url`, `insecure_url`.
///
/// # Examples
/// ```
/// use lendkit::validation::formats::url;
/// assert!(url("https://www.your_web_url.com/endpoint").is_err()); // `_` in a host name
/// assert!(url("https://www.example.com/endpoint?a=1#x").is_ok());
/// assert!(url("http://localhost:8080/hook").is_ok());
/// assert_eq!(url("http://example.com/hook").unwrap_err().code(), "insecure_url");
/// ```
pub fn url(value: &str) -> Result<String, Problem> {
    if value.is_empty() {
        return Err(Problem::Empty);
    }
    if value.len() > MAX_URL_LEN {
        return Err(Problem::TooLong { max: MAX_URL_LEN });
    }
    let b = value.as_bytes();
    if !b.iter().all(|c| c.is_ascii_graphic()) {
        return Err(Problem::InvalidUrl);
    }
    let (secure, rest) = if b.len() >= 8 && b[..8].eq_ignore_ascii_case(b"https://") {
        (true, &value[8..])
    } else if b.len() >= 7 && b[..7].eq_ignore_ascii_case(b"http://") {
        (false, &value[7..])
    } else {
        return Err(Problem::InvalidUrl);
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.contains('@') {
        return Err(Problem::InvalidUrl);
    }
    let (host, port) = if let Some(after) = authority.strip_prefix('[') {
        let close = after.find(']').ok_or(Problem::InvalidUrl)?;
        let (v6, after) = after.split_at(close);
        if v6.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(Problem::InvalidUrl);
        }
        let after = &after[1..];
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p),
            None if after.is_empty() => None,
            None => return Err(Problem::InvalidUrl),
        };
        (&authority[..close + 2], port)
    } else {
        match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    if let Some(p) = port {
        let ok = !p.is_empty()
            && p.len() <= 5
            && p.bytes().all(|c| c.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (1..=65535).contains(&n));
        if !ok {
            return Err(Problem::InvalidUrl);
        }
    }
    let host_lower = host.to_ascii_lowercase();
    let loopback = host_lower == "localhost"
        || host_lower == "[::1]"
        || host_lower
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback());
    let valid_host = host.starts_with('[')
        || host_lower.parse::<std::net::Ipv4Addr>().is_ok()
        || host_lower == "localhost"
        || is_host_name(&host_lower);
    if !valid_host {
        return Err(Problem::InvalidUrl);
    }
    if !is_uri_tail(tail) {
        return Err(Problem::InvalidUrl);
    }
    if !secure && !loopback {
        return Err(Problem::InsecureUrl);
    }
    Ok(value.to_owned())
}

fn is_host_name(host: &str) -> bool {
    if host.len() > 253 || !host.contains('.') {
        return false;
    }
    let mut last = "";
    for label in host.split('.') {
        if label.is_empty()
            || label.len() > 63
            || label.starts_with('-')
            || label.ends_with('-')
            || !label
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-')
        {
            return false;
        }
        last = label;
    }
    // An all-numeric last label would be a malformed IPv4 address.
    !last.bytes().all(|c| c.is_ascii_digit())
}

/// Path, query and fragment: RFC 3986 characters and well-formed `%` escapes.
fn is_uri_tail(tail: &str) -> bool {
    let b = tail.as_bytes();
    let mut i = 0usize;
    let mut fragments = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'%' => {
                let ok = b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
                if !ok {
                    return false;
                }
                i += 2;
            }
            b'#' => {
                fragments += 1;
                if fragments > 1 {
                    return false;
                }
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => {}
            b'-' | b'.' | b'_' | b'~' | b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+'
            | b',' | b';' | b'=' | b':' | b'@' | b'/' | b'?' => {}
            _ => return false,
        }
        i += 1;
    }
    true
}

/// Checks RFC 4648 §4 base64 (standard alphabet, padded, no line breaks) and
/// returns the decoded length in bytes.
///
/// Source: RFC 4648 (2006), "The Base16, Base32, and Base64 Data Encodings".
///
/// # Errors
/// `empty` or `invalid_base64`.
///
/// # Examples
/// ```
/// use lendkit::validation::formats::base64_len;
/// assert_eq!(base64_len("aGVsbG8gd29ybGQh").unwrap(), 12); // "hello world!"
/// assert_eq!(base64_len("aGk=").unwrap(), 2);
/// assert!(base64_len("aGk").is_err());
/// assert!(base64_len("a=Gk").is_err());
/// ```
pub fn base64_len(value: &str) -> Result<usize, Problem> {
    let b = value.as_bytes();
    if b.is_empty() {
        return Err(Problem::Empty);
    }
    if b.len() % 4 != 0 {
        return Err(Problem::InvalidBase64);
    }
    let padding = b.iter().rev().take_while(|&&c| c == b'=').count();
    if padding > 2 {
        return Err(Problem::InvalidBase64);
    }
    let body = b.get(..b.len() - padding).unwrap_or(&[]);
    if !body
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || c == b'+' || c == b'/')
    {
        return Err(Problem::InvalidBase64);
    }
    Ok(b.len() / 4 * 3 - padding)
}

/// Checks a calendar date written `YYYY-MM-DD` (RFC 3339 `full-date`).
///
/// # Errors
/// `empty` or `invalid_date`.
///
/// # Examples
/// ```
/// use lendkit::validation::formats::date;
/// assert_eq!(date("2023-07-03").unwrap().to_string(), "2023-07-03");
/// assert!(date("2023-02-29").is_err());
/// assert!(date("2023-7-3").is_err());
/// ```
pub fn date(value: &str) -> Result<Date, Problem> {
    if value.is_empty() {
        return Err(Problem::Empty);
    }
    let b = value.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return Err(Problem::InvalidDate);
    }
    Date::parse(value).ok_or(Problem::InvalidDate)
}

/// Checks an RFC 3339 date-time (`2026-04-22T10:23:44Z`, with an offset or `Z`).
///
/// Source: RFC 3339 §5.6.
///
/// # Errors
/// `empty` or `invalid_date_time`.
///
/// # Examples
/// ```
/// use lendkit::validation::formats::date_time;
/// assert!(date_time("2026-04-22T10:23:44Z").is_ok());
/// assert!(date_time("2020-02-04T12:52:15+00:00").is_ok());
/// assert!(date_time("2026-04-22 10:23").is_err());
/// ```
pub fn date_time(value: &str) -> Result<DateTime<FixedOffset>, Problem> {
    if value.is_empty() {
        return Err(Problem::Empty);
    }
    if value.len() > 64 {
        return Err(Problem::InvalidDateTime);
    }
    crate::rfc3339::parse(value).ok_or(Problem::InvalidDateTime)
}

/// Checks a decimal amount written as a string, `-?digits(.digits)?` (no
/// exponent, no thousands separators, no `+`), as Tuum's money amounts are.
///
/// # Errors
/// `empty` or `invalid_decimal`.
///
/// # Examples
/// ```
/// use lendkit::validation::formats::decimal;
/// assert_eq!(decimal("117.16").unwrap().to_string(), "117.16");
/// assert!(decimal("1e3").is_err());
/// assert!(decimal("1,5").is_err());
/// assert!(decimal(".5").is_err());
/// ```
pub fn decimal(value: &str) -> Result<Decimal, Problem> {
    if value.is_empty() {
        return Err(Problem::Empty);
    }
    let b = value.as_bytes();
    let digits = b.strip_prefix(b"-").unwrap_or(b);
    let (int, frac) = match digits.iter().position(|&c| c == b'.') {
        Some(p) => (&digits[..p], Some(&digits[p + 1..])),
        None => (digits, None),
    };
    let ok = !int.is_empty()
        && int.iter().all(u8::is_ascii_digit)
        && frac.is_none_or(|f| !f.is_empty() && f.iter().all(u8::is_ascii_digit))
        && b.len() <= 40;
    if !ok {
        return Err(Problem::InvalidDecimal);
    }
    Decimal::from_str_exact(value).map_err(|_| Problem::InvalidDecimal)
}

/// A JSON number as an exact decimal (its shortest round-trip text), or `None`
/// for NaN, infinities and magnitudes past 28 digits.
///
/// # Examples
/// ```
/// use lendkit::validation::formats::number_to_decimal;
/// assert_eq!(number_to_decimal(0.091).unwrap().to_string(), "0.091");
/// assert_eq!(number_to_decimal(5000.0).unwrap().to_string(), "5000");
/// assert!(number_to_decimal(f64::NAN).is_none());
/// ```
pub fn number_to_decimal(n: f64) -> Option<Decimal> {
    if !n.is_finite() || n.abs() >= 1e28 {
        return None;
    }
    Decimal::from_str_exact(&crate::json::float::f64_string(n))
        .ok()
        .map(|d| d.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in [
            "https://example.com",
            "https://example.com:8443/a/b?c=d&e=%20#frag",
            "https://[2001:db8::1]/x",
            "http://127.0.0.1:3000/",
            "http://[::1]/",
            "https://93.184.216.34/",
        ] {
            assert!(url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "ftp://example.com",
            "https://",
            "https://user:pw@example.com",
            "https://exa mple.com",
            "https://example",
            "https://example.com:0",
            "https://example.com:99999",
            "https://example.com/%zz",
            "https://-x.com",
            "https://example.com/a#b#c",
            "https://[::1",
            "https://exämple.com",
        ] {
            assert!(url(bad).is_err(), "{bad}");
        }
        assert_eq!(url("http://10.0.0.1/").unwrap_err().code(), "insecure_url");
    }

    #[test]
    fn decimals_and_numbers() {
        assert_eq!(decimal("-20000.00").unwrap().to_string(), "-20000.00");
        assert!(decimal("99999999999999999999999999999999").is_err());
        assert!(number_to_decimal(1e300).is_none());
        assert_eq!(number_to_decimal(186.97).unwrap().to_string(), "186.97");
    }

    #[test]
    fn uuids() {
        assert!(uuid("00000000-0000-0000-0000-000000000000").is_ok());
        assert!(uuid("23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7").is_ok());
        assert!(uuid("23f4dd4f-79aa-4ed2-cd7d-5c657eb4c7f7").is_err()); // variant 110x
        assert!(uuid("23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7fg").is_err());
        assert!(uuid("{23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f}").is_err());
    }
}
