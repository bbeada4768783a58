//! Spain: DNI and NIE.
//!
//! Source: Ministerio del Interior, "Cálculo del dígito de control del NIF/NIE"
//! (Real Decreto 1553/2005, DNI; Orden INT/2058/2008, NIE): a DNI is 8 digits and
//! a control letter, `TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]`; a NIE starts with X, Y
//! or Z, read as 0, 1 or 2 in front of its 7 digits for the same letter. Neither
//! carries a birth date.

use super::{all_digits, digits_at, IdCountry, IdentityKind, IdentityNumber};
use crate::validation::Problem;

const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// The control letter of a DNI number (0..=99_999_999).
pub fn control_letter(n: u32) -> char {
    char::from(LETTERS[(n % 23) as usize])
}

pub(super) fn parse(bytes: &[u8]) -> Result<IdentityNumber, Problem> {
    // Separators people type ("12345678-Z", "X-1234567-L", "12.345.678 Z") go.
    let mut s = [0u8; 9];
    let mut n = 0usize;
    for &b in bytes {
        match b {
            b'-' | b' ' | b'.' => continue,
            _ => {
                let slot = s.get_mut(n).ok_or(Problem::InvalidFormat)?;
                *slot = b.to_ascii_uppercase();
                n += 1;
            }
        }
    }
    if n != 9 {
        return Err(Problem::InvalidFormat);
    }
    let (kind, number) = match s[0] {
        b'X' | b'Y' | b'Z' if all_digits(&s[1..8]) => {
            let prefix = u32::from(s[0] - b'X');
            let digits = digits_at(&s, 1, 7).ok_or(Problem::InvalidFormat)?;
            (IdentityKind::Nie, prefix * 10_000_000 + digits)
        }
        _ if all_digits(&s[..8]) => (
            IdentityKind::Dni,
            digits_at(&s, 0, 8).ok_or(Problem::InvalidFormat)?,
        ),
        _ => return Err(Problem::InvalidFormat),
    };
    if !s[8].is_ascii_uppercase() {
        return Err(Problem::InvalidFormat);
    }
    if LETTERS[(number % 23) as usize] != s[8] {
        return Err(Problem::InvalidChecksum);
    }
    Ok(IdentityNumber::new(IdCountry::Es, kind, None, &s))
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    #[test]
    fn interior_ministry_examples() {
        // The ministry's worked example: 12345678 mod 23 = 14 -> Z.
        assert_eq!(control_letter(12_345_678), 'Z');
        let n = parse("ES", "12345678-z").unwrap();
        assert_eq!(n.normalized(), "12345678Z");
        assert_eq!(n.kind, IdentityKind::Dni);
        // NIE X1234567L: 01234567 mod 23 = 19 -> L.
        let n = parse("ES", "X-1234567-L").unwrap();
        assert_eq!(n.normalized(), "X1234567L");
        assert_eq!(n.kind, IdentityKind::Nie);
        assert_eq!(parse("ES", "Y1234567X").unwrap().kind, IdentityKind::Nie);
        assert_eq!(parse("ES", "Z1234567R").unwrap().kind, IdentityKind::Nie);
    }

    #[test]
    fn wrong_letters_and_shapes() {
        assert_eq!(
            parse("ES", "12345678A").unwrap_err().code(),
            "invalid_checksum"
        );
        assert_eq!(
            parse("ES", "1234567Z").unwrap_err().code(),
            "invalid_format"
        );
        assert_eq!(
            parse("ES", "W1234567L").unwrap_err().code(),
            "invalid_format"
        );
        assert_eq!(
            parse("ES", "123456789").unwrap_err().code(),
            "invalid_format"
        );
    }
}
