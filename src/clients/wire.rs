//! Helpers for the providers' wire formats: Nemuru and asset loans write money as
//! JSON numbers; lendkit holds `Decimal` and writes decimal strings to
//! JavaScript. Reading accepts both numbers and strings (rust_decimal's own
//! `Deserialize`, which reads a JSON number through its shortest text form, so
//! `609.15` is exactly `609.15`); writing to the wire uses [`number`].

use rust_decimal::Decimal;
use serde::Serializer;

use super::error::ClientError;
use crate::validation::{Locale, Problem, ValidationIssue};
use crate::FieldError;

/// Writes a decimal as a JSON number (the nearest `f64`, whose shortest form is
/// the decimal itself for every amount of money below 2^53 minor units).
///
/// # Errors
/// The serializer's own.
pub fn number<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    let f: f64 = value.normalize().to_string().parse().unwrap_or(f64::NAN);
    serializer.serialize_f64(f)
}

/// [`number`] for an optional decimal (skipped when `None` by the field's attributes).
///
/// # Errors
/// The serializer's own.
pub fn opt_number<S: Serializer>(
    value: &Option<Decimal>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => number(v, serializer),
        None => serializer.serialize_none(),
    }
}

/// Checks an id that goes into a URL path: not blank, and a UUID when `uuid`.
///
/// # Errors
/// A validation error naming `path`.
pub fn check_id(
    provider: &'static str,
    path: &str,
    id: &str,
    uuid: bool,
) -> Result<(), ClientError> {
    let problem = if id.trim().is_empty() {
        Some(Problem::Required)
    } else if uuid {
        crate::validation::formats::uuid(id).err()
    } else {
        None
    };
    match problem {
        None => Ok(()),
        Some(p) => {
            let issue = ValidationIssue::new(path, &p, Locale::default());
            Err(ClientError::validation(
                provider,
                vec![FieldError::from(issue)],
            ))
        }
    }
}

/// Reads JSON text into `T`, naming the path of the first field of the wrong
/// shape. Every JSON read of the clients goes through this one function (and
/// so one instantiation per type: the wasm module stays small).
///
/// # Errors
/// `(path, message)` of the first problem.
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, (String, String)> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        (path, e.into_inner().to_string())
    })?;
    de.end().map_err(|e| (String::new(), e.to_string()))?;
    Ok(value)
}
