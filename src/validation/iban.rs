//! IBAN (International Bank Account Number).
//!
//! Source: ISO 13616-1:2020 and the SWIFT IBAN Registry (the registration
//! authority's per-country length and BBAN structure, release 99 of 2025), with
//! the check digits of ISO/IEC 7064 MOD 97-10 as the ECBS "IBAN: standard
//! implementation guidelines" (TR 201) describe: move the first four characters
//! to the end, read letters as 10-35, and the number mod 97 must be 1. Check digits
//! 00, 01 and 99 are never produced by the algorithm and are refused.

use super::Problem;

/// The longest input looked at, in bytes (an IBAN has at most 34 characters;
/// the print form adds spaces).
pub const MAX_LEN: usize = 64;

/// `(country, IBAN length, BBAN structure)` in the registry's notation: `n`
/// digits, `a` upper-case letters, `c` upper-case letters or digits.
const REGISTRY: &[(&str, u8, &str)] = &[
    ("AD", 24, "4!n4!n12!c"),
    ("AE", 23, "3!n16!n"),
    ("AL", 28, "8!n16!c"),
    ("AT", 20, "5!n11!n"),
    ("AZ", 28, "4!a20!c"),
    ("BA", 20, "3!n3!n8!n2!n"),
    ("BE", 16, "3!n7!n2!n"),
    ("BG", 22, "4!a4!n2!n8!c"),
    ("BH", 22, "4!a14!c"),
    ("BI", 27, "5!n5!n11!n2!n"),
    ("BR", 29, "8!n5!n10!n1!a1!c"),
    ("BY", 28, "4!c4!n16!c"),
    ("CH", 21, "5!n12!c"),
    ("CR", 22, "4!n14!n"),
    ("CY", 28, "3!n5!n16!c"),
    ("CZ", 24, "4!n6!n10!n"),
    ("DE", 22, "8!n10!n"),
    ("DJ", 27, "5!n5!n11!n2!n"),
    ("DK", 18, "4!n9!n1!n"),
    ("DO", 28, "4!c20!n"),
    ("EE", 20, "2!n2!n11!n1!n"),
    ("EG", 29, "4!n4!n17!n"),
    ("ES", 24, "4!n4!n1!n1!n10!n"),
    ("FI", 18, "3!n11!n"),
    ("FK", 18, "2!a12!n"),
    ("FO", 18, "4!n9!n1!n"),
    ("FR", 27, "5!n5!n11!c2!n"),
    ("GB", 22, "4!a6!n8!n"),
    ("GE", 22, "2!a16!n"),
    ("GI", 23, "4!a15!c"),
    ("GL", 18, "4!n9!n1!n"),
    ("GR", 27, "3!n4!n16!c"),
    ("GT", 28, "4!c20!c"),
    ("HN", 28, "4!a20!n"),
    ("HR", 21, "7!n10!n"),
    ("HU", 28, "3!n4!n1!n15!n1!n"),
    ("IE", 22, "4!a6!n8!n"),
    ("IL", 23, "3!n3!n13!n"),
    ("IQ", 23, "4!a3!n12!n"),
    ("IS", 26, "4!n2!n6!n10!n"),
    ("IT", 27, "1!a5!n5!n12!c"),
    ("JO", 30, "4!a4!n18!c"),
    ("KW", 30, "4!a22!c"),
    ("KZ", 20, "3!n13!c"),
    ("LB", 28, "4!n20!c"),
    ("LC", 32, "4!a24!c"),
    ("LI", 21, "5!n12!c"),
    ("LT", 20, "5!n11!n"),
    ("LU", 20, "3!n13!c"),
    ("LV", 21, "4!a13!c"),
    ("LY", 25, "3!n3!n15!n"),
    ("MC", 27, "5!n5!n11!c2!n"),
    ("MD", 24, "2!c18!c"),
    ("ME", 22, "3!n13!n2!n"),
    ("MK", 19, "3!n10!c2!n"),
    ("MN", 20, "4!n12!n"),
    ("MR", 27, "5!n5!n11!n2!n"),
    ("MT", 31, "4!a5!n18!c"),
    ("MU", 30, "4!a2!n2!n12!n3!n3!a"),
    ("NI", 28, "4!a20!n"),
    ("NL", 18, "4!a10!n"),
    ("NO", 15, "4!n6!n1!n"),
    ("OM", 23, "3!n16!c"),
    ("PK", 24, "4!a16!c"),
    ("PL", 28, "8!n16!n"),
    ("PS", 29, "4!a21!c"),
    ("PT", 25, "4!n4!n11!n2!n"),
    ("QA", 29, "4!a21!c"),
    ("RO", 24, "4!a16!c"),
    ("RS", 22, "3!n13!n2!n"),
    ("RU", 33, "9!n5!n15!c"),
    ("SA", 24, "2!n18!c"),
    ("SC", 31, "4!a2!n2!n16!n3!a"),
    ("SD", 18, "2!n12!n"),
    ("SE", 24, "3!n16!n1!n"),
    ("SI", 19, "5!n8!n2!n"),
    ("SK", 24, "4!n6!n10!n"),
    ("SM", 27, "1!a5!n5!n12!c"),
    ("SO", 23, "4!n3!n12!n"),
    ("ST", 25, "4!n4!n11!n2!n"),
    ("SV", 28, "4!a20!n"),
    ("TL", 23, "3!n14!n2!n"),
    ("TN", 24, "2!n3!n13!n2!n"),
    ("TR", 26, "5!n1!n16!c"),
    ("UA", 29, "6!n19!c"),
    ("VA", 22, "3!n15!n"),
    ("VG", 24, "4!a16!n"),
    ("XK", 20, "4!n10!n2!n"),
    ("YE", 30, "4!a4!n18!c"),
];

/// A valid IBAN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Iban {
    electronic: String,
}

impl Iban {
    /// The electronic form: upper case, no spaces (`GB82WEST12345698765432`).
    pub fn as_str(&self) -> &str {
        &self.electronic
    }

    /// The country code.
    pub fn country(&self) -> &str {
        self.electronic.get(..2).unwrap_or("")
    }

    /// The print form: groups of four separated by spaces.
    pub fn print_form(&self) -> String {
        let mut out = String::with_capacity(self.electronic.len() + 9);
        for (i, c) in self.electronic.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        out
    }
}

/// Checks an IBAN, in electronic or print form (spaces allowed, any case).
///
/// # Errors
/// `empty`, `too_long`, `invalid_format`, `unknown_iban_country`,
/// `invalid_length`, `invalid_bban`, `invalid_checksum`.
///
/// # Examples
/// ```
/// use lendkit::validation::iban::parse;
/// // The registry's example for the United Kingdom.
/// let iban = parse("GB82 WEST 1234 5698 7654 32").unwrap();
/// assert_eq!(iban.as_str(), "GB82WEST12345698765432");
/// assert_eq!(parse("GB82WEST12345698765433").unwrap_err().code(), "invalid_checksum");
/// ```
pub fn parse(value: &str) -> Result<Iban, Problem> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Problem::Empty);
    }
    if trimmed.len() > MAX_LEN {
        return Err(Problem::TooLong { max: MAX_LEN });
    }
    let mut buf = [0u8; 34];
    let mut n = 0usize;
    for &b in trimmed.as_bytes() {
        if b == b' ' {
            continue;
        }
        if !b.is_ascii_alphanumeric() {
            return Err(Problem::InvalidFormat);
        }
        let slot = buf
            .get_mut(n)
            .ok_or(Problem::InvalidLength { expected: 34 })?;
        *slot = b.to_ascii_uppercase();
        n += 1;
    }
    let s = buf.get(..n).unwrap_or(&[]);
    if n < 4
        || !s[..2].iter().all(u8::is_ascii_uppercase)
        || !s[2..4].iter().all(u8::is_ascii_digit)
    {
        return Err(Problem::InvalidFormat);
    }
    let &(_, length, bban) = REGISTRY
        .binary_search_by(|(c, _, _)| c.as_bytes().cmp(&s[..2]))
        .ok()
        .and_then(|i| REGISTRY.get(i))
        .ok_or(Problem::UnknownIbanCountry)?;
    if n != usize::from(length) {
        return Err(Problem::InvalidLength {
            expected: usize::from(length),
        });
    }
    if !matches_structure(&s[4..], bban) {
        return Err(Problem::InvalidBban);
    }
    if matches!(&s[2..4], b"00" | b"01" | b"99") || mod97(s) != 1 {
        return Err(Problem::InvalidChecksum);
    }
    Ok(Iban {
        electronic: String::from_utf8_lossy(s).into_owned(),
    })
}

/// ISO 7064 MOD 97-10 of an IBAN rearranged (first four characters last), read
/// piecewise so that no big integer is needed.
fn mod97(s: &[u8]) -> u32 {
    let rearranged = s.iter().skip(4).chain(s.iter().take(4));
    let mut r = 0u32;
    for &b in rearranged {
        r = match b {
            b'0'..=b'9' => (r * 10 + u32::from(b - b'0')) % 97,
            b'A'..=b'Z' => (r * 100 + u32::from(b - b'A') + 10) % 97,
            _ => return 0,
        };
    }
    r
}

/// Whether a BBAN follows a registry structure such as `4!a6!n8!n`.
fn matches_structure(bban: &[u8], structure: &str) -> bool {
    let mut pos = 0usize;
    let mut count = 0usize;
    for c in structure.bytes() {
        match c {
            b'0'..=b'9' => count = count * 10 + usize::from(c - b'0'),
            b'!' => {}
            b'n' | b'a' | b'c' => {
                let Some(part) = bban.get(pos..pos + count) else {
                    return false;
                };
                let ok = part.iter().all(|b| match c {
                    b'n' => b.is_ascii_digit(),
                    b'a' => b.is_ascii_uppercase(),
                    _ => b.is_ascii_uppercase() || b.is_ascii_digit(),
                });
                if !ok {
                    return false;
                }
                pos += count;
                count = 0;
            }
            _ => return false,
        }
    }
    pos == bban.len()
}

/// The countries of the registry, sorted.
pub fn countries() -> impl Iterator<Item = (&'static str, usize)> {
    REGISTRY.iter().map(|&(c, l, _)| (c, usize::from(l)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_consistent() {
        assert!(REGISTRY.windows(2).all(|w| w[0].0 < w[1].0));
        for &(c, len, bban) in REGISTRY {
            // The structure's parts add up to the length less the 4 leading chars.
            let mut total = 0usize;
            let mut count = 0usize;
            for b in bban.bytes() {
                match b {
                    b'0'..=b'9' => count = count * 10 + usize::from(b - b'0'),
                    b'n' | b'a' | b'c' => {
                        total += count;
                        count = 0;
                    }
                    _ => {}
                }
            }
            assert_eq!(total + 4, usize::from(len), "{c}");
        }
    }

    #[test]
    fn print_form_and_country() {
        let iban = parse("se4550000000058398257466").unwrap();
        assert_eq!(iban.country(), "SE");
        assert_eq!(iban.print_form(), "SE45 5000 0000 0583 9825 7466");
    }

    #[test]
    fn problems() {
        assert_eq!(parse("").unwrap_err().code(), "empty");
        assert_eq!(parse("GB82-WEST").unwrap_err().code(), "invalid_format");
        assert_eq!(
            parse("US12345678901234").unwrap_err().code(),
            "unknown_iban_country"
        );
        assert_eq!(
            parse("GB82WEST1234569876543").unwrap_err().code(),
            "invalid_length"
        );
        assert_eq!(
            parse("GB82WES112345698765432").unwrap_err().code(),
            "invalid_bban"
        );
        assert_eq!(
            parse(&"GB".repeat(20)).unwrap_err().code(),
            "invalid_length"
        );
    }
}
