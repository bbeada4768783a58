//! Nemuru webhooks received by a merchant's server: check the callback's
//! `Authorization` header against the one given when the webhook was created
//! (in constant time), and parse a `loan_steps` event into a typed event.

use super::error::ClientError;
use crate::validation::value::Value;
use crate::FieldError;

/// Every loan step a `loan_steps` event can carry, in the order of the seed.
pub const LOAN_STEPS: [&str; 19] = [
    "status_initial",
    "status_opened",
    "status_kyc_set",
    "status_income_set",
    "status_professional_details_set",
    "status_risk_set",
    "status_analysing",
    "status_lender_has_been_selected",
    "status_contract_sent",
    "status_contract_signed",
    "status_docs_approved",
    "status_active_trial",
    "status_active",
    "status_desisted",
    "status_denied",
    "status_expired",
    "status_cancelled",
    "status_cancelled_test",
    "status_ended",
];

/// A loan step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum NemuruLoanStep {
    StatusInitial,
    StatusOpened,
    StatusKycSet,
    StatusIncomeSet,
    StatusProfessionalDetailsSet,
    StatusRiskSet,
    StatusAnalysing,
    StatusLenderHasBeenSelected,
    StatusContractSent,
    StatusContractSigned,
    StatusDocsApproved,
    StatusActiveTrial,
    StatusActive,
    StatusDesisted,
    StatusDenied,
    StatusExpired,
    StatusCancelled,
    StatusCancelledTest,
    StatusEnded,
}

impl NemuruLoanStep {
    /// Every step, in the order of [`LOAN_STEPS`].
    pub const ALL: [NemuruLoanStep; 19] = [
        NemuruLoanStep::StatusInitial,
        NemuruLoanStep::StatusOpened,
        NemuruLoanStep::StatusKycSet,
        NemuruLoanStep::StatusIncomeSet,
        NemuruLoanStep::StatusProfessionalDetailsSet,
        NemuruLoanStep::StatusRiskSet,
        NemuruLoanStep::StatusAnalysing,
        NemuruLoanStep::StatusLenderHasBeenSelected,
        NemuruLoanStep::StatusContractSent,
        NemuruLoanStep::StatusContractSigned,
        NemuruLoanStep::StatusDocsApproved,
        NemuruLoanStep::StatusActiveTrial,
        NemuruLoanStep::StatusActive,
        NemuruLoanStep::StatusDesisted,
        NemuruLoanStep::StatusDenied,
        NemuruLoanStep::StatusExpired,
        NemuruLoanStep::StatusCancelled,
        NemuruLoanStep::StatusCancelledTest,
        NemuruLoanStep::StatusEnded,
    ];

    /// The step's wire name, such as `"status_opened"`.
    ///
    /// # Examples
    /// ```
    /// use lendkit::clients::webhook::NemuruLoanStep;
    /// assert_eq!(NemuruLoanStep::StatusOpened.as_str(), "status_opened");
    /// assert_eq!(NemuruLoanStep::parse("status_ended"), Some(NemuruLoanStep::StatusEnded));
    /// ```
    pub fn as_str(self) -> &'static str {
        LOAN_STEPS[self as usize]
    }

    /// The step of a wire name, if it is one.
    pub fn parse(name: &str) -> Option<NemuruLoanStep> {
        let i = LOAN_STEPS.iter().position(|s| *s == name)?;
        Some(NemuruLoanStep::ALL[i])
    }
}

/// A `loan_steps` callback.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruLoanStepEvent {
    /// The loan id.
    pub id: String,
    /// Always `"loan_steps"`.
    pub event: String,
    /// The loan's new step.
    pub step: NemuruLoanStep,
    /// When it happened (RFC 3339).
    pub triggered_at: String,
}

/// Whether the `Authorization` header a callback carried equals the expected
/// one, compared in time independent of where they differ.
///
/// # Examples
/// ```
/// use lendkit::clients::webhook::verify_authorization;
/// assert!(verify_authorization(Some("Basic bG9sOnNlY3VyZQ=="), "Basic bG9sOnNlY3VyZQ=="));
/// assert!(!verify_authorization(Some("Basic bG9sOnNlY3VyZQ="), "Basic bG9sOnNlY3VyZQ=="));
/// assert!(!verify_authorization(None, "Basic x"));
/// assert!(!verify_authorization(Some(""), ""));
/// ```
pub fn verify_authorization(received: Option<&str>, expected: &str) -> bool {
    let Some(received) = received else {
        return false;
    };
    if expected.is_empty() {
        return false;
    }
    let (a, b) = (received.trim().as_bytes(), expected.as_bytes());
    // Walk the expected value's length whatever the received one's, so the time
    // depends only on the secret's length, never on the first differing byte.
    let mut diff = (a.len() ^ b.len()) as u64;
    for (i, &eb) in b.iter().enumerate() {
        let ab = a.get(i).copied().unwrap_or(0);
        diff |= u64::from(ab ^ eb);
    }
    std::hint::black_box(diff) == 0
}

/// Parses a callback body into a `loan_steps` event. It reads the body through
/// the validation module's small value tree (no typed deserializer), so that the
/// core wasm module, where the webhook helpers live, stays small.
///
/// # Errors
/// A validation error (`invalid_json`, `unknown_event`, `unknown_step`,
/// `invalid_event` for a missing or non-string field).
pub fn parse_event(body: &str) -> Result<NemuruLoanStepEvent, ClientError> {
    let invalid = |path: &str, code: &str, message: String| {
        ClientError::validation("nemuru", vec![FieldError::new(path, code, message)])
    };
    // crate::json's parser, not serde_json's: the core module holds no other
    // serde_json parser (~13 KB of wasm).
    let value: Value =
        crate::json::parse(body).map_err(|e| invalid("", "invalid_json", e.to_string()))?;
    if value.get("event").and_then(Value::as_str) != Some("loan_steps") {
        return Err(invalid(
            "event",
            "unknown_event",
            "only loan_steps events are known".into(),
        ));
    }
    let field = |key: &str| -> Result<String, ClientError> {
        match value.get(key) {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(other) => Err(invalid(
                key,
                "invalid_event",
                format!("expected a string, found {}", other.type_name()),
            )),
            None => Err(invalid(
                key,
                "invalid_event",
                format!("missing field `{key}`"),
            )),
        }
    };
    let step_text = field("step")?;
    let step = NemuruLoanStep::parse(&step_text).ok_or_else(|| {
        invalid(
            "step",
            "unknown_step",
            format!("unknown loan step {step_text:?}"),
        )
    })?;
    Ok(NemuruLoanStepEvent {
        id: field("id")?,
        event: "loan_steps".to_owned(),
        step,
        triggered_at: field("triggered_at")?,
    })
}
