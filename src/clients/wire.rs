//! Helpers for the providers' wire formats: Nemuru and asset loans write money as
//! JSON numbers; lendkit holds `Decimal` and writes decimal strings to
//! JavaScript. Reading accepts both numbers and strings (rust_decimal's own
//! `Deserialize`, which reads a JSON number through its shortest text form, so
//! `609.15` is exactly `609.15`); writing to the wire uses [`number`].

use rust_decimal::Decimal;
use serde::Serializer;

use super::error::ClientError;
use crate::validation::value::{from_value, Value};
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
/// shape. The clients' arguments go through this one function: the module's one
/// JSON parser ([`crate::json::parse`]) builds the small value tree, and the
/// tree's own deserializer tracks the path (no per-type path-tracking
/// wrappers). Responses are checked by [`super::shape`] instead.
///
/// # Errors
/// `(path, message)` of the first problem.
///
/// # Examples
/// ```
/// use lendkit::clients::wire::from_json;
/// #[derive(serde::Deserialize, Debug)]
/// struct P { items: Vec<Q> }
/// #[derive(serde::Deserialize, Debug)]
/// struct Q { n: u32 }
/// let (path, _) = from_json::<P>(r#"{"items":[{"n":1},{"n":"x"}]}"#).unwrap_err();
/// assert_eq!(path, "items[1].n");
/// assert_eq!(from_json::<P>(r#"{"items":[]}"#).unwrap().items.len(), 0);
/// ```
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, (String, String)> {
    let tree: Value = crate::json::parse(text).map_err(|e| (String::new(), e.to_string()))?;
    from_value(&tree).map_err(|e| (e.path(), e.message))
}
