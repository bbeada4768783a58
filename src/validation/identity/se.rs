//! Sweden: personnummer and samordningsnummer.
//!
//! Source: Skatteverket, "Personnummer" (SKV 704, edition 8) and "Samordningsnummer"
//! (SKV 707): `YYMMDD-NNNC`, the separator becomes `+` the year the holder turns
//! 100; the 12-digit form `YYYYMMDDNNNC` carries the century. `C` is the Luhn
//! (modulus 10, weights 2-1) check digit of the 9 digits `YYMMDDNNN`. A
//! samordningsnummer adds 60 to the day of birth. The birth number (the three
//! digits after the date) 000 is never assigned.

use crate::civil::Date;

use super::{all_digits, date, digits_at, IdCountry, IdentityKind, IdentityNumber};
use crate::validation::Problem;

/// The Luhn check digit of digits (the value to append).
pub(crate) fn luhn_check_digit(digits: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &d) in digits.iter().enumerate() {
        let v = u32::from(d.wrapping_sub(b'0'));
        let p = if i % 2 == 0 { v * 2 } else { v };
        sum += p / 10 + p % 10;
    }
    ((10 - sum % 10) % 10) as u8
}

pub(super) fn parse(bytes: &[u8], today: Option<Date>) -> Result<IdentityNumber, Problem> {
    // Split into the century (if given), the 10 significant digits and the separator.
    let (century, ten, separator): (Option<u32>, [u8; 10], u8) = match bytes.len() {
        10 | 12 if all_digits(bytes) => {
            let off = bytes.len() - 10;
            let century = if off == 2 {
                digits_at(bytes, 0, 2)
            } else {
                None
            };
            (century, copy10(bytes, off, None), b'-')
        }
        11 | 13 => {
            let off = bytes.len() - 11;
            let sep = bytes.get(off + 6).copied().unwrap_or(0);
            if sep != b'-' && sep != b'+' {
                return Err(Problem::InvalidFormat);
            }
            if off == 2 && sep == b'+' {
                // The 12-digit form already carries the century.
                return Err(Problem::InvalidFormat);
            }
            let head = bytes.get(..off + 6).unwrap_or(&[]);
            let tail = bytes.get(off + 7..).unwrap_or(&[]);
            if !all_digits(head) || !all_digits(tail) {
                return Err(Problem::InvalidFormat);
            }
            let century = if off == 2 {
                digits_at(bytes, 0, 2)
            } else {
                None
            };
            (century, copy10(bytes, off, Some(off + 6)), sep)
        }
        _ => return Err(Problem::InvalidFormat),
    };
    let yy = digits_at(&ten, 0, 2).ok_or(Problem::InvalidFormat)?;
    let month = digits_at(&ten, 2, 2).ok_or(Problem::InvalidFormat)?;
    let day_field = digits_at(&ten, 4, 2).ok_or(Problem::InvalidFormat)?;
    let (kind, day) = if day_field > 60 {
        (IdentityKind::Samordningsnummer, day_field - 60)
    } else {
        (IdentityKind::Personnummer, day_field)
    };
    if let Some(c) = century {
        if !(18..=20).contains(&c) {
            return Err(Problem::InvalidDate);
        }
    }
    let year: Option<i32> = match (century, today) {
        (Some(c), _) => Some((c * 100 + yy) as i32),
        (None, Some(t)) => {
            // The latest year ending in `yy` that is not after this year; `+` means
            // a century earlier.
            let this_year = t.year();
            let back = (this_year - yy as i32).rem_euclid(100);
            let y = this_year - back;
            Some(if separator == b'+' { y - 100 } else { y })
        }
        (None, None) => None,
    };
    let birth_date = match year {
        Some(y) => Some(date(y, month, day)?),
        None => {
            // Century unknown: a leap year of some century ending in yy (00 may be
            // 2000) accepts 29 February.
            let probe_year = if yy % 4 == 0 { 2000 } else { 2001 };
            date(probe_year, month, day)?;
            None
        }
    };
    if ten.get(6..9) == Some(b"000") {
        return Err(Problem::InvalidIndividualNumber);
    }
    let check = luhn_check_digit(ten.get(..9).unwrap_or(&[]));
    if ten.get(9).map(|b| b.wrapping_sub(b'0')) != Some(check) {
        return Err(Problem::InvalidChecksum);
    }
    let mut canonical = [0u8; 12];
    let len = match year {
        Some(y) => {
            let c = (y / 100) as u8;
            canonical[0] = b'0' + c / 10;
            canonical[1] = b'0' + c % 10;
            canonical[2..12].copy_from_slice(&ten);
            12
        }
        None => {
            canonical[..6].copy_from_slice(&ten[..6]);
            canonical[6] = separator;
            canonical[7..11].copy_from_slice(&ten[6..]);
            11
        }
    };
    Ok(IdentityNumber::new(
        IdCountry::Se,
        kind,
        birth_date,
        canonical.get(..len).unwrap_or(&[]),
    ))
}

/// Copies the 10 significant digits starting at `off`, skipping the separator.
fn copy10(bytes: &[u8], off: usize, skip: Option<usize>) -> [u8; 10] {
    let mut out = [b'0'; 10];
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate().skip(off) {
        if Some(i) == skip {
            continue;
        }
        if let Some(slot) = out.get_mut(n) {
            *slot = b;
        }
        n += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{parse_with, ParseOptions};
    use super::*;

    fn opts(y: i32, m: u32, d: u32) -> ParseOptions {
        ParseOptions {
            today: Date::new(y, m, d),
            ..ParseOptions::default()
        }
    }

    #[test]
    fn luhn_of_the_classic_example() {
        assert_eq!(luhn_check_digit(b"811228987"), 4);
    }

    #[test]
    fn every_written_form_of_one_number() {
        for form in ["8112289874", "811228-9874", "198112289874", "19811228-9874"] {
            let n = parse_with("SE", form, opts(2026, 1, 1)).unwrap();
            assert_eq!(n.normalized(), "198112289874", "{form}");
            assert_eq!(n.birth_date.unwrap().to_string(), "1981-12-28");
        }
        // Without today the 10-digit form keeps its century open.
        let n = parse_with("SE", "8112289874", ParseOptions::default()).unwrap();
        assert_eq!(n.normalized(), "811228-9874");
        assert_eq!(n.birth_date, None);
    }

    #[test]
    fn plus_means_a_hundred_years_or_more() {
        // 1912-12-12 with serial 123: Luhn of 121212123 is 8.
        let n = parse_with("SE", "121212+1238", opts(2026, 6, 1)).unwrap();
        assert_eq!(n.normalized(), "191212121238");
        let n = parse_with("SE", "121212-1238", opts(2026, 6, 1)).unwrap();
        assert_eq!(n.normalized(), "201212121238");
        assert_eq!(
            parse_with("SE", "20121212+1238", opts(2026, 6, 1))
                .unwrap_err()
                .code(),
            "invalid_format"
        );
    }

    #[test]
    fn samordningsnummer_adds_sixty_to_the_day() {
        // 1981-12-28 as a coordination number: day 88, Luhn of 811288987 is 1.
        let n = parse_with("SE", "811288-9871", opts(2026, 1, 1)).unwrap();
        assert_eq!(n.kind, IdentityKind::Samordningsnummer);
        assert_eq!(n.birth_date.unwrap().to_string(), "1981-12-28");
    }

    #[test]
    fn dates_must_exist() {
        // 29 Feb 1900 does not exist; 29 Feb 2000 does.
        assert_eq!(
            parse_with("SE", "190002290008", ParseOptions::default())
                .unwrap_err()
                .code(),
            "invalid_date"
        );
        assert_eq!(
            parse_with("SE", "811328-9874", ParseOptions::default())
                .unwrap_err()
                .code(),
            "invalid_date"
        );
    }
}
