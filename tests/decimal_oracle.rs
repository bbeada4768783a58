//! `lendkit::money::parse_decimal` builds its `Decimal` from the digits itself
//! (src/money/decimal.rs) instead of calling rust_decimal's `FromStr`, which
//! would bring rust_decimal's general parser into the pricing module. Checked
//! here against that oracle: for every text the strict grammar accepts, the
//! same decimal (mantissa, scale and sign bit, compared through `serialize`);
//! and the same refusals as before.
#![cfg(not(target_arch = "wasm32"))]

use std::str::FromStr;

use lendkit::money::{parse_decimal, DecimalSyntaxError};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn same_as_rust_decimal(text: &str) {
    let hand = parse_decimal(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
    let oracle = Decimal::from_str(text).unwrap();
    assert_eq!(hand.serialize(), oracle.serialize(), "{text}");
    assert_eq!(hand.to_string(), oracle.to_string(), "{text}");
}

#[test]
fn edges_equal_rust_decimal() {
    for text in [
        "0",
        "-0",
        "0.0",
        "-0.000",
        "00",
        "-00.50",
        "1",
        "-1",
        "186.97",
        "0.091",
        "5000.00",
        "1000000000000",
        "0000000000000000000000000000000000000001.5",
        // 28 significant digits, the largest mantissa and scale 28.
        "9999999999999999999999999999",
        "-9999999999999999999999999999",
        "0.9999999999999999999999999999",
        "0.0000000000000000000000000001",
        "-0.0000000000000000000000000000",
        "79228162514264337593543950335",
        "1.234567890123456789012345678",
        "4294967296",
        "18446744073709551616",
        "18446744073709551615.5",
    ] {
        if parse_decimal(text).is_ok() {
            same_as_rust_decimal(text);
        }
    }
    // Beyond 28 significant digits: refused before any parsing, as before.
    assert_eq!(
        parse_decimal("79228162514264337593543950335"),
        Err(DecimalSyntaxError::TooManyDigits)
    );
    assert_eq!(
        parse_decimal("0.00000000000000000000000000001"),
        Err(DecimalSyntaxError::TooManyDigits)
    );
    for bad in [
        "", "-", ".5", "5.", "1e3", "+1", " 1", "1,000", "1.2.3", "--1", "0x10",
    ] {
        assert_eq!(
            parse_decimal(bad),
            Err(DecimalSyntaxError::Malformed),
            "{bad}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn every_accepted_text_equals_rust_decimal(
        text in "-?0{0,12}[0-9]{1,28}(\\.[0-9]{1,28})?",
    ) {
        if parse_decimal(&text).is_ok() {
            same_as_rust_decimal(&text);
        } else {
            prop_assert_eq!(parse_decimal(&text), Err(DecimalSyntaxError::TooManyDigits));
        }
    }
}
