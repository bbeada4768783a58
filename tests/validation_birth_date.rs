//! Issue 13: no identity number is born after "today", in any country.
//!
//! The numbers are built with each country's published check rule (the same
//! sources as tests/validation_identity.rs: Skatteverket's Luhn check digit,
//! Skatteetaten's two mod-11 control digits and century ranges (individual
//! numbers 500-999 with years 00-39 are 2000-2039), DVV's mod-31 check
//! character and century sign A, CPR-kontoret's date part) for a birth on
//! 20 August 2039. The Danish one is the issue's own example.

use lendkit::civil::Date;
use lendkit::validation::identity::{parse_with, ParseOptions};
use lendkit::validation::{validate_identity_number, IdentityOptions};

const BORN_2039: [(&str, &str); 4] = [
    ("DK", "200839-8963"),  // issue 13: valid with birthDate 2039-08-20 before
    ("NO", "20083950049"),  // 200839, individual number 500, control digits 4 and 9
    ("FI", "200839A123C"),  // 200839, sign A (2000s), 123, 200839123 mod 31 = C
    ("SE", "203908201233"), // 20390820, serial 123, Luhn check digit 3
];

#[test]
fn a_birth_date_after_today_is_refused_in_every_country() {
    let today = Date::new(2026, 12, 2);
    for (country, number) in BORN_2039 {
        // Without "today" the core cannot know (it never reads the clock).
        let n = parse_with(country, number, ParseOptions::default())
            .unwrap_or_else(|p| panic!("{country} {number}: {p:?}"));
        assert_eq!(n.birth_date.unwrap().to_string(), "2039-08-20", "{country}");
        let options = ParseOptions {
            today,
            allow_synthetic: false,
        };
        assert_eq!(
            parse_with(country, number, options).unwrap_err().code(),
            "birth_date_in_future",
            "{country} {number}"
        );
        let check = validate_identity_number(
            country,
            number,
            &IdentityOptions {
                today,
                ..Default::default()
            },
        );
        assert!(!check.valid, "{country}");
        assert_eq!(check.errors[0].code, "birth_date_in_future", "{country}");
    }
}

#[test]
fn born_today_is_not_in_the_future() {
    let options = ParseOptions {
        today: Date::new(2039, 8, 20),
        allow_synthetic: false,
    };
    for (country, number) in BORN_2039 {
        assert!(parse_with(country, number, options).is_ok(), "{country}");
    }
    let day_before = ParseOptions {
        today: Date::new(2039, 8, 19),
        allow_synthetic: false,
    };
    for (country, number) in BORN_2039 {
        assert_eq!(
            parse_with(country, number, day_before).unwrap_err().code(),
            "birth_date_in_future",
            "{country}"
        );
    }
}
