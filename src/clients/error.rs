//! The clients' error: one type with a [`ErrorKind`] that the SDK turns into
//! its class hierarchy (`LendkitValidationError`, `LendkitApiError`,
//! `LendkitAuthError`, `LendkitNotFoundError`, `LendkitConflictError`,
//! `LendkitNetworkError`, `LendkitTimeoutError`, `LendkitAbortError`).
//!
//! No message ever holds a credential: messages taken from a server's body pass
//! through [`redact`] with the client's secrets.

use std::fmt;

use crate::FieldError;

/// What went wrong, for the caller to act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The request is invalid: caught locally before sending, or a 400/422.
    Validation,
    /// Any other error response (403, 410, 5xx...).
    Api,
    /// 401: the credentials are wrong or expired (after one refresh).
    Auth,
    /// 404.
    NotFound,
    /// 409: the resource's state forbids the operation.
    Conflict,
    /// No response: the network failed.
    Network,
    /// The call's deadline passed.
    Timeout,
    /// The caller aborted the call.
    Aborted,
}

impl ErrorKind {
    /// The JavaScript class name of the kind.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Validation => "LendkitValidationError",
            ErrorKind::Api => "LendkitApiError",
            ErrorKind::Auth => "LendkitAuthError",
            ErrorKind::NotFound => "LendkitNotFoundError",
            ErrorKind::Conflict => "LendkitConflictError",
            ErrorKind::Network => "LendkitNetworkError",
            ErrorKind::Timeout => "LendkitTimeoutError",
            ErrorKind::Aborted => "LendkitAbortError",
        }
    }
}

/// An error of a client call.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientError {
    /// The kind.
    pub kind: ErrorKind,
    /// A stable code: the provider's exception or error code when it sent one
    /// (Nemuru's `exception`), else lendkit's own (`invalid_input`,
    /// `http_500`, `network_error`, `timeout`, `aborted`...).
    pub code: String,
    /// A message for developers (never a credential).
    pub message: String,
    /// The HTTP status, when a response arrived.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The server's request id (`x-request-id`), when it sent one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Field problems: local validation, Nemuru `schema_errors`, Tuum
    /// `validationErrors`.
    pub details: Vec<FieldError>,
    /// `"nemuru"`, `"tuum"` or `"asset-loans"`.
    pub provider: &'static str,
}

impl ClientError {
    /// An error without a response.
    pub fn new(
        kind: ErrorKind,
        provider: &'static str,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        ClientError {
            kind,
            code: code.into(),
            message: message.into(),
            status: None,
            request_id: None,
            details: Vec::new(),
            provider,
        }
    }

    /// A local validation error with every problem found.
    pub fn validation(provider: &'static str, details: Vec<FieldError>) -> Self {
        let mut e = ClientError::new(
            ErrorKind::Validation,
            provider,
            "invalid_input",
            summary("invalid request", &details),
        );
        e.details = details;
        e
    }

    /// Whether the request may be retried when it is safe to repeat.
    pub fn is_transient(&self) -> bool {
        self.kind == ErrorKind::Network || self.status.is_some_and(|s| s >= 500)
    }
}

/// `"invalid request: path (code): message; ..."`.
pub(crate) fn summary(head: &str, details: &[FieldError]) -> String {
    let mut s = head.to_owned();
    for (i, d) in details.iter().enumerate() {
        s.push_str(if i == 0 { ": " } else { "; " });
        if !d.path.is_empty() {
            s.push_str(&d.path);
            s.push(' ');
        }
        s.push('(');
        s.push_str(&d.code);
        s.push_str("): ");
        s.push_str(&d.message);
    }
    s
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for ClientError {}

/// Replaces every occurrence of each secret (of 4 characters or more) in
/// `text` with `[redacted]`.
///
/// # Examples
/// ```
/// use lendkit::clients::error::redact;
/// assert_eq!(redact("bad token abcd1234", &["abcd1234"]), "bad token [redacted]");
/// ```
pub fn redact(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_owned();
    for s in secrets {
        if s.len() >= 4 && out.contains(s) {
            out = out.replace(s, "[redacted]");
        }
    }
    out
}
