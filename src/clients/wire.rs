//! Helpers for the providers' wire formats. (Money on the wire, JSON numbers
//! for Nemuru and asset loans, decimal strings for Tuum and JavaScript, is
//! the request and response tables' business: see [`super::shape`].)

use super::error::ClientError;
use crate::validation::{Locale, Problem, ValidationIssue};
use crate::FieldError;

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
