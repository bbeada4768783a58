//! Email addresses.
//!
//! Source: RFC 5322 §3.4.1 (`addr-spec` as `dot-atom "@" domain`), RFC 5321
//! §4.5.3.1 (local part at most 64 octets, domain at most 255, a path at most 256
//! octets so an address at most 254), RFC 1035 §2.3.4 / RFC 1123 §2.1 (labels of
//! letters, digits and hyphens, at most 63 octets) and RFC 6531 (UTF-8 letters in
//! either part). Quoted local parts, comments and address literals (`[1.2.3.4]`)
//! are refused: they are legal but no consumer lender accepts them.

use super::Problem;

/// The longest address accepted, in bytes (RFC 5321).
pub const MAX_LEN: usize = 254;

/// Checks an address and returns it with the domain in lower case.
///
/// # Errors
/// `empty`, `too_long`, `invalid_email`.
///
/// # Examples
/// ```
/// use lendkit::validation::email::parse;
/// assert_eq!(parse("John.Doe@Gmail.com").unwrap(), "John.Doe@gmail.com");
/// assert_eq!(parse("anna.larsson@email.se").unwrap(), "anna.larsson@email.se");
/// assert!(parse("john..doe@gmail.com").is_err());
/// assert!(parse("john@localhost").is_err());
/// ```
pub fn parse(value: &str) -> Result<String, Problem> {
    let s = value.trim();
    if s.is_empty() {
        return Err(Problem::Empty);
    }
    if s.len() > MAX_LEN {
        return Err(Problem::TooLong { max: MAX_LEN });
    }
    let (local, domain) = s.rsplit_once('@').ok_or(Problem::InvalidEmail)?;
    if local.is_empty() || local.len() > 64 || !is_dot_atom(local) {
        return Err(Problem::InvalidEmail);
    }
    if !is_domain(domain) {
        return Err(Problem::InvalidEmail);
    }
    let mut out = String::with_capacity(s.len());
    out.push_str(local);
    out.push('@');
    out.push_str(&domain.to_lowercase());
    Ok(out)
}

fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || "!#$%&'*+-/=?^_`{|}~".contains(c)
        || (!c.is_ascii() && c.is_alphanumeric())
}

fn is_dot_atom(s: &str) -> bool {
    s.split('.')
        .all(|atom| !atom.is_empty() && atom.chars().all(is_atext))
}

fn is_domain(domain: &str) -> bool {
    if domain.is_empty() || domain.len() > 253 {
        return false;
    }
    let mut labels = 0usize;
    let mut last = "";
    for label in domain.split('.') {
        if label.is_empty()
            || label.len() > 63
            || label.starts_with('-')
            || label.ends_with('-')
            || !label.chars().all(|c| {
                c.is_ascii_alphanumeric() || c == '-' || (!c.is_ascii() && c.is_alphanumeric())
            })
        {
            return false;
        }
        labels += 1;
        last = label;
    }
    // A public address needs a registered domain under a top-level domain: letters
    // (or an IDN in its xn-- form), at least two of them.
    let tld_ok = last.starts_with("xn--")
        || (last.chars().count() >= 2 && last.chars().all(char::is_alphabetic));
    labels >= 2 && tld_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts() {
        for s in [
            "john.doe@gmail.com",
            "user+tag@sub.example.co.uk",
            "o'brien@example.ie",
            "jörgen@exempel.se",
            "a@b.xn--p1ai",
            "x@bücher.de",
        ] {
            assert!(parse(s).is_ok(), "{s}");
        }
    }

    #[test]
    fn refuses() {
        for s in [
            "plainaddress",
            "@example.com",
            "john@",
            "john@@example.com",
            ".john@example.com",
            "john.@example.com",
            "john@-example.com",
            "john@example-.com",
            "john@example",
            "john@example.c",
            "john@example.123",
            "john doe@example.com",
            "\"john\"@example.com",
            "john@[127.0.0.1]",
            "john@exa_mple.com",
        ] {
            assert!(parse(s).is_err(), "{s}");
        }
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert!(parse(&long_local).is_err());
        let long = format!("a@{}.com", "b".repeat(260));
        assert_eq!(parse(&long).unwrap_err().code(), "too_long");
    }
}
