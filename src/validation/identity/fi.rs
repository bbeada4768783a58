//! Finland: henkilötunnus (personal identity code).
//!
//! Source: Digi- ja väestötietovirasto (DVV), "Henkilötunnus" and the 2023 reform
//! (valtioneuvoston asetus 128/2010 as amended in 2022): `DDMMYYCZZZQ`. The
//! century sign `C` is `+` (1800s); `-`, `Y`, `X`, `W`, `V`, `U` (1900s); `A`,
//! `B`, `C`, `D`, `E`, `F` (2000s) — the letters were added on 1 January 2023.
//! `ZZZ` is 002-899 (900-999 are temporary numbers, 000-001 are not used). `Q` is
//! the 9-digit number `DDMMYYZZZ` mod 31 mapped onto
//! `0123456789ABCDEFHJKLMNPRSTUVWXY`.

use super::{all_digits, date, digits_at, IdCountry, IdentityKind, IdentityNumber};
use crate::validation::Problem;

const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

pub(super) fn parse(bytes: &[u8]) -> Result<IdentityNumber, Problem> {
    if bytes.len() != 11 {
        return Err(Problem::InvalidFormat);
    }
    let mut s = [0u8; 11];
    for (o, b) in s.iter_mut().zip(bytes) {
        *o = b.to_ascii_uppercase();
    }
    if !all_digits(&s[..6]) || !all_digits(&s[7..10]) {
        return Err(Problem::InvalidFormat);
    }
    let century = match s[6] {
        b'+' => 1800,
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
        b'A' | b'B' | b'C' | b'D' | b'E' | b'F' => 2000,
        _ => return Err(Problem::InvalidFormat),
    };
    let day = digits_at(&s, 0, 2).ok_or(Problem::InvalidFormat)?;
    let month = digits_at(&s, 2, 2).ok_or(Problem::InvalidFormat)?;
    let yy = digits_at(&s, 4, 2).ok_or(Problem::InvalidFormat)?;
    let individual = digits_at(&s, 7, 3).ok_or(Problem::InvalidFormat)?;
    let birth = date(century + yy as i32, month, day)?;
    let n = digits_at(&s, 0, 6).ok_or(Problem::InvalidFormat)? * 1000 + individual;
    let expected = CHECK.get((n % 31) as usize).copied();
    if expected != Some(s[10]) {
        return Err(Problem::InvalidChecksum);
    }
    match individual {
        0..=1 => return Err(Problem::InvalidIndividualNumber),
        900..=999 => return Err(Problem::TemporaryIdentityNumber),
        _ => {}
    }
    Ok(IdentityNumber::new(
        IdCountry::Fi,
        IdentityKind::Henkilotunnus,
        Some(birth),
        &s,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    #[test]
    fn dvv_example_and_every_century_sign() {
        // DVV's example 131052-308T (13 Oct 1952).
        let n = parse("FI", "131052-308T").unwrap();
        assert_eq!(n.birth_date.unwrap().to_string(), "1952-10-13");
        // The same digits under every 1900s sign of the 2023 reform.
        for sign in ["Y", "X", "W", "V", "U"] {
            let s = format!("131052{sign}308T");
            assert_eq!(parse("FI", &s).unwrap().normalized(), s);
        }
        // Lower case is accepted and normalised.
        assert_eq!(
            parse("FI", "131052-308t").unwrap().normalized(),
            "131052-308T"
        );
        // 2000s signs.
        for sign in ["A", "B", "C", "D", "E", "F"] {
            let s = format!("010594{sign}2588");
            let n = parse("FI", &s).unwrap();
            assert_eq!(n.birth_date.unwrap().to_string(), "2094-05-01", "{s}");
        }
        assert_eq!(
            parse("FI", "131052+308T")
                .unwrap()
                .birth_date
                .unwrap()
                .to_string(),
            "1852-10-13"
        );
    }

    #[test]
    fn wrong_check_sign_temporary_and_unused() {
        assert_eq!(
            parse("FI", "131052-308U").unwrap_err().code(),
            "invalid_checksum"
        );
        assert_eq!(
            parse("FI", "131052G308T").unwrap_err().code(),
            "invalid_format"
        );
    }
}
