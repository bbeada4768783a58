//! Strict decimal strings at the boundary, with path-aware errors.
//!
//! Money and rates cross the JavaScript boundary as decimal strings
//! (`"186.97"`, `"0.091"`). A JS number for money is rejected with its own code
//! (`expected_decimal_string`) instead of being silently accepted as a float,
//! and every problem of a request is collected at once in a [`Problems`] list.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::{Error, FieldError};

/// The largest amount lendkit accepts for any money field: 10^12 units.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

/// The most digits accepted in a decimal string (Decimal holds 28 safely).
const MAX_DIGITS: usize = 28;

/// A money or rate field as the caller wrote it: a decimal string, or (an
/// error reported later with its path) a JSON number.
///
/// Deserialising never fails on a number, so that every problem of a request
/// can be reported together, each with its path.
///
/// # Examples
/// ```
/// use lendkit::money::DecimalText;
/// let t: DecimalText = serde_json::from_str("\"186.97\"").unwrap();
/// assert_eq!(t, DecimalText::Text("186.97".into()));
/// let n: DecimalText = serde_json::from_str("186.97").unwrap();
/// assert!(matches!(n, DecimalText::Number(_)));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum DecimalText {
    /// A string, to be parsed strictly.
    Text(String),
    /// A JSON or JS number (always an error for money and rates).
    Number(f64),
}

impl DecimalText {
    /// A decimal string field from a [`Decimal`].
    pub fn from_decimal(value: Decimal) -> Self {
        DecimalText::Text(super::text::decimal_string(&value))
    }
}

impl From<&str> for DecimalText {
    fn from(s: &str) -> Self {
        DecimalText::Text(s.to_string())
    }
}

impl Serialize for DecimalText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            DecimalText::Text(s) => serializer.serialize_str(s),
            DecimalText::Number(n) => serializer.serialize_f64(*n),
        }
    }
}

impl<'de> Deserialize<'de> for DecimalText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = DecimalText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal string such as \"186.97\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DecimalText, E> {
                Ok(DecimalText::Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<DecimalText, E> {
                Ok(DecimalText::Text(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<DecimalText, E> {
                Ok(DecimalText::Number(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DecimalText, E> {
                Ok(DecimalText::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DecimalText, E> {
                Ok(DecimalText::Number(v as f64))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// Why a string is not a decimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalSyntaxError {
    /// Not of the form `-?digits(.digits)?`.
    Malformed,
    /// More digits than a decimal can hold exactly.
    TooManyDigits,
}

/// Parses a decimal string strictly: an optional `-`, digits, and optionally a
/// `.` followed by digits. No exponent, no `+`, no spaces, no thousands
/// separators, no leading `.`; at most 28 digits.
///
/// # Examples
/// ```
/// use lendkit::money::parse_decimal;
/// assert_eq!(parse_decimal("186.97").unwrap().to_string(), "186.97");
/// assert_eq!(parse_decimal("-0.5").unwrap().to_string(), "-0.5");
/// assert!(parse_decimal("1e3").is_err());
/// assert!(parse_decimal(" 1").is_err());
/// assert!(parse_decimal("1,000").is_err());
/// assert!(parse_decimal(".5").is_err());
/// ```
///
/// # Errors
/// [`DecimalSyntaxError::Malformed`] or [`DecimalSyntaxError::TooManyDigits`].
pub fn parse_decimal(text: &str) -> Result<Decimal, DecimalSyntaxError> {
    let bytes = text.as_bytes();
    let body = match bytes.first() {
        Some(b'-') => &bytes[1..],
        _ => bytes,
    };
    let mut int_digits = 0usize;
    let mut frac_digits = 0usize;
    let mut seen_dot = false;
    for &b in body {
        match b {
            b'0'..=b'9' if seen_dot => frac_digits += 1,
            b'0'..=b'9' => int_digits += 1,
            b'.' if !seen_dot => seen_dot = true,
            _ => return Err(DecimalSyntaxError::Malformed),
        }
    }
    if int_digits == 0 || (seen_dot && frac_digits == 0) {
        return Err(DecimalSyntaxError::Malformed);
    }
    // Leading zeros of the integer part do not count towards precision.
    let leading_zeros = body
        .iter()
        .take(int_digits)
        .take_while(|&&b| b == b'0')
        .count()
        .min(int_digits.saturating_sub(1));
    if int_digits - leading_zeros + frac_digits > MAX_DIGITS {
        return Err(DecimalSyntaxError::TooManyDigits);
    }
    // The digits as one integer and their scale: what rust_decimal's `FromStr`
    // gives for this validated text (a zero without a sign, as there; checked
    // against it in tests/decimal_oracle.rs), without its general parser
    // (exponents, underscores, rounding of long inputs), which would cost the
    // pricing module about 6 KB of wasm. At most 28 significant digits, so the
    // integer is below 10^28 < 2^96 and the scale at most 28.
    let mut mantissa: u128 = 0;
    for &b in body {
        if b != b'.' {
            mantissa = mantissa * 10 + u128::from(b - b'0');
        }
    }
    let negative = body.len() < bytes.len();
    Ok(Decimal::from_parts(
        mantissa as u32,
        (mantissa >> 32) as u32,
        (mantissa >> 64) as u32,
        negative,
        frac_digits as u32,
    ))
}

/// Every problem found in one input, collected before any computation.
///
/// # Examples
/// ```
/// use lendkit::money::Problems;
/// let mut p = Problems::new();
/// p.push("principal", "not_positive", "must be greater than zero");
/// assert!(p.finish().is_err());
/// assert!(Problems::new().finish().is_ok());
/// ```
#[derive(Debug, Default)]
pub struct Problems(Vec<FieldError>);

impl Problems {
    /// An empty list.
    pub fn new() -> Self {
        Problems(Vec::new())
    }

    /// Records one problem.
    pub fn push(
        &mut self,
        path: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.0.push(FieldError::new(path, code, message));
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(())` when nothing was recorded, else [`Error::Invalid`] with every problem.
    ///
    /// # Errors
    /// [`Error::Invalid`] listing every recorded problem.
    pub fn finish(self) -> Result<(), Error> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(self.0))
        }
    }

    /// Parses a decimal field, recording `expected_decimal_string` (a number was
    /// given), `invalid_decimal` or `too_many_digits`. `None` when it failed.
    pub fn decimal(&mut self, path: &str, value: &DecimalText) -> Option<Decimal> {
        match value {
            DecimalText::Number(_) => {
                self.push(
                    path,
                    "expected_decimal_string",
                    "give money and rates as decimal strings such as \"186.97\", not numbers",
                );
                None
            }
            DecimalText::Text(text) => match parse_decimal(text) {
                Ok(d) => Some(d),
                Err(DecimalSyntaxError::Malformed) => {
                    self.push(
                        path,
                        "invalid_decimal",
                        crate::error::quoted(text) + " is not a decimal string such as \"186.97\"",
                    );
                    None
                }
                Err(DecimalSyntaxError::TooManyDigits) => {
                    self.push(path, "too_many_digits", "at most 28 significant digits");
                    None
                }
            },
        }
    }

    /// Parses a money amount: positive (or zero when `allow_zero`), at most
    /// [`MAX_AMOUNT`], with at most `max_scale` decimals (the currency's minor
    /// units, when known). Codes: those of [`Problems::decimal`], plus
    /// `not_positive`, `negative`, `too_large`, `too_precise`.
    pub fn amount(
        &mut self,
        path: &str,
        value: &DecimalText,
        allow_zero: bool,
        max_scale: Option<u32>,
    ) -> Option<Decimal> {
        let d = self.decimal(path, value)?;
        if d.is_sign_negative() && !d.is_zero() {
            let code = if allow_zero {
                "negative"
            } else {
                "not_positive"
            };
            self.push(path, code, "must not be negative");
            return None;
        }
        if d.is_zero() && !allow_zero {
            self.push(path, "not_positive", "must be greater than zero");
            return None;
        }
        if d > MAX_AMOUNT {
            self.push(path, "too_large", "must be at most 1000000000000");
            return None;
        }
        if let Some(scale) = max_scale {
            if d.normalize().scale() > scale {
                self.push(path, "too_precise", {
                    let mut m = String::from("the currency has ");
                    super::text::push_u64(&mut m, scale.into());
                    m.push_str(" decimal places");
                    m
                });
                return None;
            }
        }
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_amount_is_ten_to_the_twelve() {
        assert_eq!(MAX_AMOUNT, Decimal::from(1_000_000_000_000u64));
    }

    #[test]
    fn strict_syntax() {
        for ok in ["0", "0.0", "5000", "186.97", "-1.5", "0001.10"] {
            assert!(parse_decimal(ok).is_ok(), "{ok}");
        }
        for bad in [
            "", "-", ".", "1.", ".1", "+1", "1e5", "1E5", " 1", "1 ", "1,5", "1.2.3", "NaN",
            "Infinity", "0x10", "١", "--1",
        ] {
            assert_eq!(
                parse_decimal(bad),
                Err(DecimalSyntaxError::Malformed),
                "{bad:?}"
            );
        }
        assert_eq!(
            parse_decimal("12345678901234567890123456789"),
            Err(DecimalSyntaxError::TooManyDigits)
        );
        assert!(parse_decimal("000000000000000000000000000001.5").is_ok());
    }

    #[test]
    fn amounts_collect_codes() {
        let mut p = Problems::new();
        assert!(p.amount("a", &"0".into(), false, None).is_none());
        assert!(p.amount("b", &"-1".into(), false, None).is_none());
        assert!(p
            .amount("c", &"1000000000000.01".into(), false, None)
            .is_none());
        assert!(p.amount("d", &"1.001".into(), false, Some(2)).is_none());
        assert!(p
            .amount("e", &DecimalText::Number(5.0), false, None)
            .is_none());
        assert_eq!(
            p.amount("f", &"1.10".into(), false, Some(1)),
            Some(Decimal::new(110, 2))
        );
        let codes: Vec<_> = match p.finish() {
            Err(Error::Invalid(e)) => e.into_iter().map(|e| (e.path, e.code)).collect(),
            _ => panic!("expected errors"),
        };
        assert_eq!(
            codes,
            [
                ("a".into(), "not_positive".into()),
                ("b".into(), "not_positive".into()),
                ("c".into(), "too_large".into()),
                ("d".into(), "too_precise".into()),
                ("e".into(), "expected_decimal_string".into()),
            ]
        );
    }
}
