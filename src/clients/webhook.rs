//! Nemuru webhooks received by a merchant's server: check the callback's
//! `Authorization` header against the one given when the webhook was created
//! (in constant time), and parse a `loan_steps` event into a typed event.

use super::error::ClientError;
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

/// Parses a callback body into a `loan_steps` event.
///
/// # Errors
/// A validation error (`invalid_json`, `unknown_event`, `unknown_step`...).
pub fn parse_event(body: &str) -> Result<NemuruLoanStepEvent, ClientError> {
    let value: serde_json::Value = serde_json::from_str(body).map_err(|e| {
        ClientError::validation(
            "nemuru",
            vec![FieldError::new("", "invalid_json", e.to_string())],
        )
    })?;
    let event = value
        .get("event")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    if event != "loan_steps" {
        return Err(ClientError::validation(
            "nemuru",
            vec![FieldError::new(
                "event",
                "unknown_event",
                "only loan_steps events are known",
            )],
        ));
    }
    if let Some(step) = value.get("step").and_then(|v| v.as_str()) {
        if !LOAN_STEPS.contains(&step) {
            return Err(ClientError::validation(
                "nemuru",
                vec![FieldError::new(
                    "step",
                    "unknown_step",
                    format!("unknown loan step {step:?}"),
                )],
            ));
        }
    }
    super::wire::from_json(body).map_err(|(path, message)| {
        ClientError::validation(
            "nemuru",
            vec![FieldError::new(path, "invalid_event", message)],
        )
    })
}
