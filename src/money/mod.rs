//! Money: ISO 4217 currencies with their minor units, and decimal parsing of
//! amounts given as strings at the boundary.

pub mod currency;

pub use currency::Currency;
