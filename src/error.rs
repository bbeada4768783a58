//! The core's error type: a stable code, the path of the field at fault and a
//! message, with every problem of an input collected at once.

use std::fmt;

/// One problem with one field of an input.
///
/// `path` uses the field names of the request as the caller wrote them
/// (`principal`, `fees[1].amount`, `borrower.phone_number`); `code` is a stable
/// snake_case identifier that callers may match on; `message` is English prose
/// for developers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    /// Where the problem is, in the request's own field names.
    pub path: String,
    /// A stable snake_case code, such as `invalid_decimal`.
    pub code: String,
    /// A short English explanation.
    pub message: String,
}

impl FieldError {
    /// Builds a field error.
    ///
    /// # Examples
    /// ```
    /// let e = lendkit::FieldError::new("principal", "not_positive", "must be greater than zero");
    /// assert_eq!(e.code, "not_positive");
    /// ```
    pub fn new(
        path: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        FieldError {
            path: path.into(),
            code: code.into(),
            message: message.into(),
        }
    }
}

/// The error every fallible core function returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is invalid; every problem found is listed.
    Invalid(Vec<FieldError>),
    /// The input was valid but the computation could not finish (for example an
    /// APR equation without a root); `code` is stable.
    Computation {
        /// A stable snake_case code, such as `apr_not_found`.
        code: &'static str,
        /// A short English explanation.
        message: String,
    },
}

impl Error {
    /// An invalid-input error with a single problem.
    pub fn invalid(
        path: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Error::Invalid(vec![FieldError::new(path, code, message)])
    }

    /// The stable code of the error: `invalid_input` for invalid input (the
    /// field errors carry their own codes), or the computation's code.
    pub fn code(&self) -> &str {
        match self {
            Error::Invalid(_) => "invalid_input",
            Error::Computation { code, .. } => code,
        }
    }

    /// Whether the input was rejected.
    pub fn is_invalid(&self) -> bool {
        matches!(self, Error::Invalid(_))
    }

    /// The field errors (empty for a computation error).
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            Error::Invalid(errors) => errors,
            Error::Computation { .. } => &[],
        }
    }
}

impl Error {
    /// The error as one line of text (what `Display` writes), built without
    /// `core::fmt` for the pricing module.
    pub fn message(&self) -> String {
        match self {
            Error::Invalid(errors) => {
                let mut out = String::from("invalid input");
                for (i, e) in errors.iter().enumerate() {
                    out.push_str(if i == 0 { ": " } else { "; " });
                    out.push_str(&e.path);
                    out.push_str(" (");
                    out.push_str(&e.code);
                    out.push_str("): ");
                    out.push_str(&e.message);
                }
                out
            }
            Error::Computation { code, message } => [*code, ": ", message.as_str()].concat(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

/// `text` in double quotes, escaped exactly as Rust's `{:?}` escapes a string
/// for every ASCII and Latin-1 character (`\"`, `\\`, `\n`, `\r`, `\t`, `\0`;
/// the other controls, the no-break space and the soft hyphen as `\u{..}`),
/// for messages that quote what the caller sent. Characters beyond Latin-1 are
/// written as they are, where `{:?}` escapes the few it deems unprintable or
/// combining: its Unicode tables, with the `str` slicing panics that use them,
/// would cost the pricing module about 5 KB of wasm.
///
/// # Examples
/// ```
/// assert_eq!(lendkit::error::quoted("a\"b\n"), r#""a\"b\n""#);
/// assert_eq!(lendkit::error::quoted("1,5 €"), "\"1,5 €\"");
/// ```
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            '\u{1}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{a0}' | '\u{ad}' => {
                out.push_str("\\u{");
                let v = u32::from(c);
                for shift in [4, 0] {
                    let d = (v >> shift) & 0xf;
                    if shift == 0 || d != 0 {
                        out.push(char::from_digit(d, 16).unwrap_or('0'));
                    }
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_lists_every_problem() {
        let e = Error::Invalid(vec![
            FieldError::new("principal", "not_positive", "must be greater than zero"),
            FieldError::new("currency", "unknown_currency", "not an ISO 4217 code"),
        ]);
        assert_eq!(
            e.to_string(),
            "invalid input: principal (not_positive): must be greater than zero; \
             currency (unknown_currency): not an ISO 4217 code"
        );
        assert_eq!(e.code(), "invalid_input");
        assert_eq!(e.field_errors().len(), 2);
    }

    #[test]
    fn quoted_equals_debug_for_ascii_and_printable_text() {
        for c in (0u32..0x100).filter_map(char::from_u32) {
            let text = format!("a{c}b{c}");
            assert_eq!(quoted(&text), format!("{text:?}"), "U+{:04X}", u32::from(c));
        }
        for text in [
            "",
            "186,97",
            "1 000 €",
            "ñandú",
            "中文",
            "🙂",
            "1e3",
            "\"'\\",
        ] {
            assert_eq!(quoted(text), format!("{text:?}"));
        }
    }

    #[test]
    fn computation_error_has_its_code() {
        let e = Error::Computation {
            code: "apr_not_found",
            message: "no root".into(),
        };
        assert_eq!(e.code(), "apr_not_found");
        assert!(!e.is_invalid());
        assert!(e.field_errors().is_empty());
    }
}
