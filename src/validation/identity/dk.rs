//! Denmark: CPR number (personnummer).
//!
//! Source: CPR-kontoret (Indenrigs- og Sundhedsministeriet), "Personnummeret i
//! CPR-systemet" (2008): `DDMMYY-SSSS`. The century follows from the 7th digit
//! and the year: 0-3 → 1900s; 4 and 9 → 2000s for YY 00-36, else 1900s; 5-8 →
//! 2000s for YY 00-57, else 1800s. The modulus-11 control (weights 4 3 2 7 6 5 4
//! 3 2 1) is not checked: CPR-kontoret has issued numbers without it since
//! 1 October 2007 ("personnumre uden kontrolciffer"), so a valid number only needs
//! an existing birth date.

use super::{all_digits, date, digits_at, IdCountry, IdentityKind, IdentityNumber};
use crate::validation::Problem;

const MOD11_WEIGHTS: [u32; 10] = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/// Whether a 10-digit CPR number passes the historical modulus-11 control (all
/// numbers issued before October 2007 do).
pub fn passes_mod11(digits: &[u8; 10]) -> bool {
    let sum: u32 = digits
        .iter()
        .zip(MOD11_WEIGHTS)
        .map(|(&d, w)| u32::from(d.wrapping_sub(b'0')) * w)
        .sum();
    sum % 11 == 0
}

pub(super) fn parse(bytes: &[u8]) -> Result<IdentityNumber, Problem> {
    let mut d = [0u8; 10];
    match bytes.len() {
        10 if all_digits(bytes) => d.copy_from_slice(bytes),
        11 if matches!(bytes.get(6), Some(b'-') | Some(b' '))
            && all_digits(bytes.get(..6).unwrap_or(&[]))
            && all_digits(bytes.get(7..).unwrap_or(&[])) =>
        {
            d[..6].copy_from_slice(&bytes[..6]);
            d[6..].copy_from_slice(&bytes[7..]);
        }
        _ => return Err(Problem::InvalidFormat),
    }
    let day = digits_at(&d, 0, 2).ok_or(Problem::InvalidFormat)?;
    let month = digits_at(&d, 2, 2).ok_or(Problem::InvalidFormat)?;
    let yy = digits_at(&d, 4, 2).ok_or(Problem::InvalidFormat)?;
    let seventh = digits_at(&d, 6, 1).ok_or(Problem::InvalidFormat)?;
    let century = match (seventh, yy) {
        (0..=3, _) => 1900,
        (4 | 9, 0..=36) => 2000,
        (4 | 9, _) => 1900,
        (_, 0..=57) => 2000,
        _ => 1800,
    };
    let birth = date(century + yy as i32, month, day)?;
    let mut canonical = [0u8; 11];
    canonical[..6].copy_from_slice(&d[..6]);
    canonical[6] = b'-';
    canonical[7..].copy_from_slice(&d[6..]);
    Ok(IdentityNumber::new(
        IdCountry::Dk,
        IdentityKind::Cpr,
        Some(birth),
        &canonical,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    #[test]
    fn century_from_the_seventh_digit() {
        let born = |s: &str| parse("DK", s).unwrap().birth_date.unwrap().to_string();
        assert_eq!(born("070761-4285"), "1961-07-07");
        assert_eq!(born("0707614285"), "1961-07-07");
        assert_eq!(born("010136-4000"), "2036-01-01");
        assert_eq!(born("010137-4000"), "1937-01-01");
        assert_eq!(born("010157-5000"), "2057-01-01");
        assert_eq!(born("010158-5000"), "1858-01-01");
        assert_eq!(born("010158-9000"), "1958-01-01");
        assert_eq!(
            parse("DK", "0707614285").unwrap().normalized(),
            "070761-4285"
        );
    }

    #[test]
    fn mod11_is_reported_but_not_required() {
        // 070761-4285 is CPR-kontoret's example and passes modulus 11.
        assert!(passes_mod11(b"0707614285"));
        assert!(!passes_mod11(b"0707614286"));
        assert!(parse("DK", "070761-4286").is_ok());
        assert_eq!(
            parse("DK", "310261-4285").unwrap_err().code(),
            "invalid_date"
        );
    }
}
