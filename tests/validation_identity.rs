//! Identity numbers against published examples and test numbers.
//!
//! Sources:
//! - Sweden: Skatteverket's test personnummer (open data "Testpersonnummer",
//!   serials 980-999, e.g. 198507099805), the "Tolvan Tolvansson" test number
//!   19121212-1212 used in Skatteverket's and BankID's test environments, and
//!   SKV 704's rules for `+` and samordningsnummer.
//! - Norway: the Norwegian synthetic test numbers used by NAV's fnrvalidator
//!   documentation (13097248022, D-number 53097248016), and Skatteetaten's Tenor
//!   synthetic numbers (month + 80).
//! - Finland: DVV's examples 131052-308T and 010101-123N; the century signs of
//!   the 2023 reform.
//! - Denmark: CPR-kontoret's example 070761-4285.
//! - Spain: the Ministerio del Interior's worked example 12345678Z; NIE X1234567L.

use lendkit::civil::Date;
use lendkit::validation::identity::{parse, parse_with, IdentityKind, ParseOptions};
use lendkit::validation::{validate_identity_number, IdentityOptions, Locale};

fn today(y: i32, m: u32, d: u32) -> ParseOptions {
    ParseOptions {
        today: Date::new(y, m, d),
        allow_synthetic: false,
    }
}

#[test]
fn sweden_published_test_numbers() {
    for (input, normalized, born) in [
        ("198507099805", "198507099805", "1985-07-09"),
        ("198507099813", "198507099813", "1985-07-09"),
        ("850709-9805", "198507099805", "1985-07-09"),
        ("19121212-1212", "191212121212", "1912-12-12"),
        ("121212+1212", "191212121212", "1912-12-12"),
        ("8112289874", "198112289874", "1981-12-28"),
    ] {
        let n = parse_with("SE", input, today(2026, 4, 22))
            .unwrap_or_else(|p| panic!("{input}: {p:?}"));
        assert_eq!(n.normalized(), normalized, "{input}");
        assert_eq!(n.birth_date.unwrap().to_string(), born, "{input}");
        assert_eq!(n.kind, IdentityKind::Personnummer);
    }
    // One digit off, anywhere, breaks the Luhn check or the date.
    for bad in [
        "198507099806",
        "198507099815",
        "198507199805",
        "19121212-1213",
    ] {
        assert!(parse("SE", bad).is_err(), "{bad}");
    }
}

#[test]
fn norway_synthetic_test_numbers() {
    let n = parse("NO", "13097248022").unwrap();
    assert_eq!(n.kind, IdentityKind::Fodselsnummer);
    assert_eq!(n.birth_date.unwrap().to_string(), "1972-09-13");
    let d = parse("NO", "53097248016").unwrap();
    assert_eq!(d.kind, IdentityKind::DNumber);
    assert_eq!(d.birth_date.unwrap().to_string(), "1972-09-13");
    assert_eq!(
        parse("NO", "13097248023").unwrap_err().code(),
        "invalid_checksum"
    );
    assert_eq!(
        parse("NO", "13137248022").unwrap_err().code(),
        "invalid_date"
    );
}

#[test]
fn finland_dvv_examples_and_century_signs() {
    assert_eq!(
        parse("FI", "131052-308T")
            .unwrap()
            .birth_date
            .unwrap()
            .to_string(),
        "1952-10-13"
    );
    assert_eq!(
        parse("FI", "010101-123N")
            .unwrap()
            .birth_date
            .unwrap()
            .to_string(),
        "1901-01-01"
    );
    for sign in ['-', 'Y', 'X', 'W', 'V', 'U'] {
        assert!(parse("FI", &format!("010101{sign}123N")).is_ok(), "{sign}");
    }
    for sign in ['A', 'B', 'C', 'D', 'E', 'F'] {
        let n = parse("FI", &format!("010101{sign}123N")).unwrap();
        assert_eq!(n.birth_date.unwrap().to_string(), "2001-01-01", "{sign}");
    }
    assert_eq!(
        parse("FI", "010101G123N").unwrap_err().code(),
        "invalid_format"
    );
    // 900-999 are temporary numbers; 000-001 are never issued. 010101900 mod 31 = 23 -> R.
    assert_eq!(
        parse("FI", "010101-900R").unwrap_err().code(),
        "temporary_identity_number"
    );
}

#[test]
fn denmark_cpr_kontoret_example() {
    let n = parse("DK", "070761-4285").unwrap();
    assert_eq!(n.normalized(), "070761-4285");
    assert_eq!(n.birth_date.unwrap().to_string(), "1961-07-07");
    assert_eq!(n.kind, IdentityKind::Cpr);
}

#[test]
fn spain_interior_ministry_examples() {
    assert_eq!(parse("ES", "12345678Z").unwrap().kind, IdentityKind::Dni);
    assert_eq!(parse("ES", "x1234567l").unwrap().normalized(), "X1234567L");
    assert_eq!(parse("ES", "12345678Z").unwrap().birth_date, None);
}

#[test]
fn age_check_on_a_given_date() {
    let opts = |y, m, d| IdentityOptions {
        locale: Some(Locale::Sv),
        today: Date::new(y, m, d),
        minimum_age: Some(18),
        allow_synthetic: None,
    };
    // Born 2007-01-01: 17 the day before the 18th birthday, 18 on it.
    let r = validate_identity_number("NO", "01010750160", &opts(2024, 12, 31));
    assert!(!r.valid);
    assert_eq!(r.errors[0].code, "underage");
    assert_eq!(r.errors[0].message, "måste vara minst 18 år");
    assert_eq!(r.age, Some(17));
    let r = validate_identity_number("NO", "01010750160", &opts(2025, 1, 1));
    assert!(r.valid, "{:?}", r.errors);
    assert_eq!(r.age, Some(18));
}

#[test]
fn an_age_check_needs_today() {
    let options = IdentityOptions {
        minimum_age: Some(18),
        ..IdentityOptions::default()
    };
    let r = validate_identity_number("FI", "131052-308T", &options);
    assert!(!r.valid);
    assert_eq!(
        (r.errors[0].path.as_str(), r.errors[0].code.as_str()),
        ("today", "required")
    );
}
