//! Norway: fødselsnummer and D-number.
//!
//! Source: Skatteetaten, "Fødselsnummer" and "D-nummer" (Folkeregisteret), and the
//! check-digit rules of the Norwegian population register: 11 digits
//! `DDMMYYIIIK1K2`. K1 = 11 - (Σ d·[3,7,6,1,8,9,4,5,2] mod 11), K2 = 11 - (Σ
//! d·[5,4,3,2,7,6,5,4,3,2] mod 11) over the first 10 digits; 11 becomes 0 and 10
//! means the number is never issued. The individual number `III` gives the century:
//! 000-499 1900-1999; 500-749 with YY 54-99 1854-1899; 500-999 with YY 00-39
//! 2000-2039; 900-999 with YY 40-99 1940-1999. A D-number adds 40 to the day.
//! Synthetic test numbers add 40 (NAV, "H-nummer" style) or 80 (Skatteetaten's
//! Tenor test register) to the month; they are accepted only on request.
//!
//! K1 follows Skatteetaten's "Nytt fødselsnummer fra 2032"
//! (skatteetaten.github.io/folkeregisteret-api-dokumentasjon/nytt-fodselsnummer-fra-2032):
//! the weighted sum including K1 may leave a remainder of 0, 1, 2 or 3 mod 11, so
//! up to four K1 values are valid; K2 is unchanged (remainder 0, computed over the
//! first ten digits with the K1 written). Numbers issued before 2032 all have
//! remainder 0, and validators (NAV's among them) already accept the new ones.

use super::{all_digits, date, digits_at, IdCountry, IdentityKind, IdentityNumber};
use crate::validation::Problem;

const K1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// The mod-11 check digit over `digits` with `weights`, or `None` when it would
/// be 10 (such numbers are never issued).
pub(crate) fn mod11(digits: &[u8], weights: &[u32]) -> Option<u8> {
    let sum: u32 = digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d.wrapping_sub(b'0')) * w)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k as u8),
    }
}

/// Whether K1 (the 10th digit) leaves a remainder of 0-3 (the 2032 rule).
fn k1_accepted(d: &[u8; 11]) -> bool {
    let sum: u32 = d
        .iter()
        .take(10)
        .zip(K1.iter().chain(std::iter::once(&1)))
        .map(|(&c, &w)| u32::from(c.wrapping_sub(b'0')) * w)
        .sum();
    sum % 11 <= 3
}

pub(super) fn parse(bytes: &[u8], allow_synthetic: bool) -> Result<IdentityNumber, Problem> {
    // "DDMMYY IIIKK" with one space after the date is accepted too.
    let mut d = [0u8; 11];
    match bytes.len() {
        11 if all_digits(bytes) => d.copy_from_slice(bytes),
        12 if bytes.get(6) == Some(&b' ')
            && all_digits(bytes.get(..6).unwrap_or(&[]))
            && all_digits(bytes.get(7..).unwrap_or(&[])) =>
        {
            d[..6].copy_from_slice(&bytes[..6]);
            d[6..].copy_from_slice(&bytes[7..]);
        }
        _ => return Err(Problem::InvalidFormat),
    }
    let day_field = digits_at(&d, 0, 2).ok_or(Problem::InvalidFormat)?;
    let month_field = digits_at(&d, 2, 2).ok_or(Problem::InvalidFormat)?;
    let yy = digits_at(&d, 4, 2).ok_or(Problem::InvalidFormat)?;
    let individual = digits_at(&d, 6, 3).ok_or(Problem::InvalidFormat)?;

    let (mut kind, day) = if day_field > 40 {
        (IdentityKind::DNumber, day_field - 40)
    } else {
        (IdentityKind::Fodselsnummer, day_field)
    };
    let month = match month_field {
        41..=52 | 81..=92 if allow_synthetic => {
            kind = IdentityKind::SyntheticTestNumber;
            month_field % 40
        }
        m => m,
    };
    let century = match (individual, yy) {
        (0..=499, _) => 1900,
        (500..=749, 54..=99) => 1800,
        (500..=999, 0..=39) => 2000,
        (900..=999, 40..=99) => 1900,
        _ => return Err(Problem::InvalidIndividualNumber),
    };
    let birth = date(century + yy as i32, month, day)?;

    if !k1_accepted(&d) {
        return Err(Problem::InvalidChecksum);
    }
    let k2 = mod11(&d[..10], &K2).ok_or(Problem::InvalidChecksum)?;
    if d[10].wrapping_sub(b'0') != k2 {
        return Err(Problem::InvalidChecksum);
    }
    Ok(IdentityNumber::new(IdCountry::No, kind, Some(birth), &d))
}

#[cfg(test)]
mod tests {
    use super::super::{parse, parse_with, ParseOptions};
    use super::*;

    #[test]
    fn fodselsnummer_and_its_century() {
        let n = parse("NO", "01010750160").unwrap();
        assert_eq!(n.kind, IdentityKind::Fodselsnummer);
        assert_eq!(n.birth_date.unwrap().to_string(), "2007-01-01");
        assert_eq!(
            parse("NO", "010107 50160").unwrap().normalized(),
            "01010750160"
        );
    }

    #[test]
    fn each_check_digit_is_checked() {
        assert_eq!(
            parse("NO", "01010750170").unwrap_err().code(),
            "invalid_checksum"
        );
        assert_eq!(
            parse("NO", "01010750161").unwrap_err().code(),
            "invalid_checksum"
        );
    }

    #[test]
    fn d_number_adds_forty_to_the_day() {
        // 41010750160 would be a D-number for 1 Jan 2007; compute its check digits.
        let mut d = *b"41010750100";
        d[9] = b'0' + mod11(&d[..9], &K1).unwrap();
        d[10] = b'0' + mod11(&d[..10], &K2).unwrap();
        let s = std::str::from_utf8(&d).unwrap();
        let n = parse("NO", s).unwrap();
        assert_eq!(n.kind, IdentityKind::DNumber);
        assert_eq!(n.birth_date.unwrap().to_string(), "2007-01-01");
    }

    #[test]
    fn synthetic_numbers_only_on_request() {
        let mut d = *b"01810750100";
        d[9] = b'0' + mod11(&d[..9], &K1).unwrap();
        d[10] = b'0' + mod11(&d[..10], &K2).unwrap();
        let s = std::str::from_utf8(&d).unwrap();
        assert_eq!(parse("NO", s).unwrap_err().code(), "invalid_date");
        let options = ParseOptions {
            allow_synthetic: true,
            ..ParseOptions::default()
        };
        let n = parse_with("NO", s, options).unwrap();
        assert_eq!(n.kind, IdentityKind::SyntheticTestNumber);
        assert_eq!(n.birth_date.unwrap().to_string(), "2007-01-01");
    }

    #[test]
    fn individual_numbers_outside_the_ranges() {
        // Individual 800 with YY 50 belongs to no century.
        assert_eq!(
            parse("NO", "01015080000").unwrap_err().code(),
            "invalid_individual_number"
        );
    }
}
