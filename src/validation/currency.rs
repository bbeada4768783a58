//! ISO 4217 currency codes, through [`crate::money::Currency`] (ISO 4217 list one,
//! as published by its maintenance agency, SIX).

use super::Problem;
use crate::money::Currency;

/// Checks a currency code (three upper-case letters of a current currency).
///
/// # Errors
/// `empty` or `unknown_currency`.
///
/// # Examples
/// ```
/// use lendkit::validation::currency::parse;
/// assert_eq!(parse("SEK").unwrap().minor_units(), 2);
/// assert_eq!(parse("sek").unwrap_err().code(), "unknown_currency");
/// ```
pub fn parse(value: &str) -> Result<Currency, Problem> {
    if value.is_empty() {
        return Err(Problem::Empty);
    }
    Currency::from_code(value).ok_or(Problem::UnknownCurrency)
}
