//! Money: ISO 4217 currencies with their minor units, and decimal parsing of
//! amounts given as strings at the boundary.

pub mod currency;
pub mod decimal;
pub mod text;

pub use currency::Currency;
pub use decimal::{parse_decimal, DecimalSyntaxError, DecimalText, Problems, MAX_AMOUNT};
