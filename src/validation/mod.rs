//! Validation: every field a lending request carries, and every request of the
//! APIs lendkit talks to, checked in the browser with the verdict the lender's
//! server would give.
//!
//! - Field validators: [`identity`] (SE, NO, FI, DK, ES), [`phone`] (E.164),
//!   [`email`], [`iban`], [`country`] (ISO 3166-1 alpha-2), [`currency`] (ISO
//!   4217), [`formats`] (UUID, URL, base64, dates, decimals).
//! - Request validators: [`requests`], one file per API, over an untyped
//!   [`value::Value`] tree so that every problem is reported with its path.
//!
//! Results carry every problem at once as [`ValidationIssue`]s with a stable
//! snake_case code and a message in English, Spanish or Swedish ([`Locale`]).
//! Nothing here panics on any input, reads a clock or does I/O.

use crate::civil::Date;

pub mod country;
pub mod currency;
pub mod email;
pub mod formats;
pub mod iban;
pub mod identity;
pub mod phone;
pub mod problem;
pub mod requests;
pub mod value;

pub use problem::{Locale, Problem};

/// One problem with one field: `{ path, code, message }`.
///
/// `path` is in the request's own field names (`borrower.phone_number`,
/// `files[0].data`); it is `""` for a field validator's own value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ValidationIssue {
    /// Where the problem is.
    pub path: String,
    /// A stable snake_case code.
    pub code: String,
    /// A message in the requested locale.
    pub message: String,
}

impl ValidationIssue {
    /// Builds an issue from a problem, with its message in `locale`.
    pub fn new(path: impl Into<String>, problem: &Problem, locale: Locale) -> Self {
        ValidationIssue {
            path: path.into(),
            code: problem.code().to_owned(),
            message: problem.message(locale).into_owned(),
        }
    }
}

impl From<ValidationIssue> for crate::FieldError {
    fn from(issue: ValidationIssue) -> Self {
        crate::FieldError::new(issue.path, issue.code, issue.message)
    }
}

/// The verdict on one field value: `{ valid, normalized?, errors }`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FieldCheck {
    /// Whether the value is valid.
    pub valid: bool,
    /// The canonical form, when valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub normalized: Option<String>,
    /// Every problem found (empty when valid).
    pub errors: Vec<ValidationIssue>,
}

impl FieldCheck {
    /// A field check from a validator's result.
    pub fn from_result(result: Result<String, Problem>, locale: Locale) -> FieldCheck {
        match result {
            Ok(normalized) => FieldCheck {
                valid: true,
                normalized: Some(normalized),
                errors: Vec::new(),
            },
            Err(problem) => FieldCheck {
                valid: false,
                normalized: None,
                errors: vec![ValidationIssue::new("", &problem, locale)],
            },
        }
    }
}

/// The verdict on a whole request: `{ valid, errors }`.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ValidationResult {
    /// Whether the request is valid.
    pub valid: bool,
    /// Every problem found, in the order of the request's fields.
    pub errors: Vec<ValidationIssue>,
}

impl ValidationResult {
    /// Turns an invalid result into the core's error type (an `Ok(())` when valid).
    ///
    /// # Errors
    /// `Error::Invalid` with every issue when the result is not valid.
    pub fn into_result(self) -> Result<(), crate::Error> {
        if self.valid {
            Ok(())
        } else {
            Err(crate::Error::Invalid(
                self.errors.into_iter().map(Into::into).collect(),
            ))
        }
    }

    /// The codes of the errors, for tests and logs.
    pub fn codes(&self) -> Vec<(&str, &str)> {
        self.errors
            .iter()
            .map(|e| (e.path.as_str(), e.code.as_str()))
            .collect()
    }
}

/// Collects the problems of a request, each with its path, in one locale.
#[derive(Debug, Clone, Default)]
pub struct Issues {
    locale: Locale,
    list: Vec<ValidationIssue>,
}

impl Issues {
    /// An empty collection whose messages will be in `locale`.
    pub fn new(locale: Locale) -> Issues {
        Issues {
            locale,
            list: Vec::new(),
        }
    }

    /// Records a problem at `path`.
    pub fn push(&mut self, path: &str, problem: Problem) {
        self.list
            .push(ValidationIssue::new(path, &problem, self.locale));
    }

    /// Whether a problem was recorded at `path` or below it.
    pub fn has_at(&self, path: &str) -> bool {
        self.list.iter().any(|e| {
            e.path == path
                || (e.path.starts_with(path)
                    && matches!(e.path.as_bytes().get(path.len()), Some(b'.') | Some(b'[')))
        })
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The locale of the messages.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The verdict.
    pub fn finish(self) -> ValidationResult {
        ValidationResult {
            valid: self.list.is_empty(),
            errors: self.list,
        }
    }
}

/// The verdict on an identity number: `{ valid, normalized?, birthDate?, kind?, errors }`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct IdentityCheck {
    /// Whether the number is valid (and, when a minimum age was asked, old enough).
    pub valid: bool,
    /// The canonical form, when the number is valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub normalized: Option<String>,
    /// The birth date the number encodes (`YYYY-MM-DD`), when it encodes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub birth_date: Option<Date>,
    /// The kind of number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub kind: Option<identity::IdentityKind>,
    /// The age in whole years on `today`, when both are known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub age: Option<i32>,
    /// Every problem found.
    pub errors: Vec<ValidationIssue>,
}

/// Options of [`validate_identity_number`].
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IdentityOptions {
    /// The language of the messages (default `en`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<Locale>,
    /// "Today" (`YYYY-MM-DD`): resolves the century of 10-digit Swedish numbers,
    /// refuses future birth dates and is the date of the age check.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub today: Option<Date>,
    /// The minimum age in years on `today` (for example 18); needs `today` (without
    /// it the result is invalid with `today: required`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub minimum_age: Option<u32>,
    /// Accept Norwegian synthetic test numbers (month + 40 or + 80).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub allow_synthetic: Option<bool>,
}

/// Checks an identity number of a country (`SE`, `NO`, `FI`, `DK`, `ES`).
///
/// With `minimum_age` and `today`, a number whose holder is younger fails with
/// `underage` (a Spanish number carries no birth date and cannot fail it).
///
/// # Examples
/// ```
/// use lendkit::validation::{validate_identity_number, IdentityOptions};
/// let today = lendkit::civil::Date::new(2024, 4, 22);
/// let options = IdentityOptions { today, minimum_age: Some(18), ..Default::default() };
/// let r = validate_identity_number("FI", "131052-308T", &options);
/// assert!(r.valid);
/// assert_eq!(r.age, Some(71));
/// let r = validate_identity_number("NO", "01010750160", &options);
/// assert!(!r.valid);
/// assert_eq!(r.errors[0].code, "underage");
/// ```
pub fn validate_identity_number(
    country: &str,
    value: &str,
    options: &IdentityOptions,
) -> IdentityCheck {
    let locale = options.locale.unwrap_or_default();
    let parse_options = identity::ParseOptions {
        today: options.today,
        allow_synthetic: options.allow_synthetic.unwrap_or(false),
    };
    match identity::parse_with(country, value, parse_options) {
        Ok(number) => {
            let age = options.today.and_then(|t| number.age_on(t));
            let mut errors = Vec::new();
            if options.minimum_age.is_some() && options.today.is_none() {
                // An age check needs the date it is made on; the core has no clock.
                errors.push(ValidationIssue::new("today", &Problem::Required, locale));
            }
            if let (Some(min), Some(age)) = (options.minimum_age, age) {
                if age < min as i32 {
                    errors.push(ValidationIssue::new(
                        "",
                        &Problem::Underage { min_age: min },
                        locale,
                    ));
                }
            }
            IdentityCheck {
                valid: errors.is_empty(),
                normalized: Some(number.normalized().to_owned()),
                birth_date: number.birth_date,
                kind: Some(number.kind),
                age,
                errors,
            }
        }
        Err(problem) => IdentityCheck {
            valid: false,
            normalized: None,
            birth_date: None,
            kind: None,
            age: None,
            errors: vec![ValidationIssue::new("", &problem, locale)],
        },
    }
}

crate::json::read::from_tree_struct!(ValidationIssue, deny = false, {
    path: "path" req,
    code: "code" req,
    message: "message" req,
});

crate::json::read::from_tree_struct!(ValidationResult, deny = false, {
    valid: "valid" req,
    errors: "errors" req,
});

crate::json::read::from_tree_struct!(IdentityOptions, deny = true, {
    locale: "locale" opt,
    today: "today" opt,
    minimum_age: "minimumAge" opt,
    allow_synthetic: "allowSynthetic" opt,
});
