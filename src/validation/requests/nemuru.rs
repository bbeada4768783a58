//! Nemuru's point-of-sale API (seed `002_7210fe3996c704fb.txt`): login, create
//! loan, loan actions, webhooks, file upload, and the body of a 400 response.
//!
//! - Login: `username` and `password`, required strings.
//! - Create loan: `id` and `agent_id` UUIDs; `currency` ISO 4217; `term` whole
//!   months; `principal` > 0 and at most `asset.value` ("the loan principal amount
//!   must be equal or lower than the asset value"); `annual_interest` a fraction;
//!   `program` one of `free_program`, `zero_program`; optional `setup_fee`
//!   `{ amount, type }` and `insurance` `{ description, is_financed }`; `borrower`
//!   with email, first and last name and phone number; `asset_type` among the
//!   agent's `allowed_asset_types`; `asset` with `description` and `value`.
//! - Loan actions: `id` UUID, `op` one of the six operations (the seed documents
//!   no further per-operation fields, so none are required).
//! - Webhook (create and update): `client` `callback` or `email`, `event`
//!   `loan_steps`, `target` an https URL (callback) or an email address; optional
//!   `id` (update), `state` 1 or 2, `authorization_header` / `content_type`, and
//!   the OAuth 2.0 group `url`, `client_id`, `client_secret`, `username`,
//!   `password` given all together.
//! - Upload files: `files` a non-empty array of `{ name, type, data }` with `data`
//!   base64, and the whole request at most 20 MB.

use std::collections::BTreeMap;

use super::{check_amount, show, Obj, RequestContext};
use crate::validation::{currency, email, formats, phone, Issues, Problem, ValidationResult};

/// Loan programs.
pub const PROGRAMS: &[&str] = &["free_program", "zero_program"];
/// Loan actions.
pub const OPS: &[&str] = &[
    "cancelLoan",
    "approveLoan",
    "sendContract",
    "signContract",
    "confirmLoan",
    "payLoan",
];
/// The request size limit of file uploads: 20 megabytes (decimal, the stricter reading).
pub const MAX_UPLOAD_BYTES: usize = 20_000_000;
/// The longest loan term accepted, in months.
pub const MAX_TERM: i64 = 600;
/// The OAuth 2.0 fields of a webhook, which go together.
const OAUTH_FIELDS: &str = "url, client_id, client_secret, username, password";

pub(super) fn login(root: &Obj<'_>, issues: &mut Issues) {
    root.str("username", true, issues);
    root.str("password", true, issues);
}

pub(super) fn create_loan(root: &Obj<'_>, context: &RequestContext, issues: &mut Issues) {
    root.checked("id", true, issues, formats::uuid);
    let agent_id = root.checked("agent_id", true, issues, formats::uuid);
    let currency = root.checked("currency", true, issues, currency::parse);
    root.integer("term", true, 1, MAX_TERM, issues);
    let principal = root
        .decimal_number("principal", true, issues)
        .filter(|p| check_amount(*p, currency, false, "principal", issues));
    if let Some(rate) = root.decimal_number("annual_interest", false, issues) {
        if rate.is_sign_negative() && !rate.is_zero() {
            issues.push("annual_interest", Problem::Negative);
        } else if rate >= rust_decimal::Decimal::ONE {
            issues.push("annual_interest", Problem::LooksLikePercentage);
        }
    }
    root.one_of("program", true, PROGRAMS, issues);
    if let Some(fee) = root.object("setup_fee", false, issues) {
        if let Some(a) = fee.decimal_number("amount", true, issues) {
            check_amount(a, currency, true, &fee.path("amount"), issues);
        }
        fee.str("type", true, issues);
    }
    if let Some(insurance) = root.object("insurance", false, issues) {
        insurance.str("description", true, issues);
        insurance.boolean("is_financed", true, issues);
    }
    if let Some(borrower) = root.object("borrower", true, issues) {
        borrower.checked("email", true, issues, email::parse);
        borrower.text("first_name", true, 100, issues);
        borrower.text("last_name", true, 100, issues);
        borrower.checked("phone_number", true, issues, |s| {
            if !s.trim_start().starts_with('+') {
                return Err(Problem::MissingCountryCode);
            }
            phone::parse(s, None)
        });
    }
    let asset_type = root.str("asset_type", true, issues);
    let asset_value = root.object("asset", true, issues).and_then(|asset| {
        asset.str("description", true, issues);
        asset
            .decimal_number("value", true, issues)
            .filter(|v| check_amount(*v, None, false, &asset.path("value"), issues))
    });
    if let (Some(p), Some(v)) = (principal, asset_value) {
        if p > v {
            issues.push(
                "principal",
                Problem::PrincipalExceedsAssetValue { value: show(v) },
            );
        }
    }
    if let Some(agent) = &context.agent {
        if let (Some(t), Some(allowed)) = (asset_type, &agent.allowed_asset_types) {
            if !allowed.iter().any(|a| a == t) {
                issues.push(
                    "asset_type",
                    Problem::AssetTypeNotAllowed {
                        allowed: allowed.join(", "),
                    },
                );
            }
        }
        if let (Some(given), Some(expected)) = (agent_id, &agent.id) {
            if !given.eq_ignore_ascii_case(expected) {
                issues.push("agent_id", Problem::AgentMismatch);
            }
        }
    }
}

pub(super) fn loan_action(root: &Obj<'_>, issues: &mut Issues) {
    root.checked("id", true, issues, formats::uuid);
    root.one_of("op", true, OPS, issues);
}

pub(super) fn webhook(root: &Obj<'_>, issues: &mut Issues) {
    root.checked("id", false, issues, formats::uuid);
    let client = root.one_of("client", true, &["callback", "email"], issues);
    root.one_of("event", true, &["loan_steps"], issues);
    match client {
        Some("email") => {
            root.checked("target", true, issues, email::parse);
        }
        Some(_) => {
            root.checked("target", true, issues, formats::url);
        }
        None => {
            root.str("target", true, issues);
        }
    }
    if root.has("state") {
        root.integer("state", false, 1, 2, issues);
    }
    root.text("authorization_header", false, 4096, issues);
    root.str("content_type", false, issues);
    let oauth: Vec<&str> = OAUTH_FIELDS.split(", ").collect();
    let given = oauth.iter().filter(|k| root.has(k)).count();
    if given > 0 {
        if given < oauth.len() {
            for k in &oauth {
                if !root.has(k) {
                    issues.push(
                        &root.path(k),
                        Problem::IncompleteGroup {
                            fields: OAUTH_FIELDS,
                        },
                    );
                }
            }
        }
        root.checked("url", false, issues, formats::url);
        for k in ["client_id", "client_secret", "username", "password"] {
            root.str(k, false, issues);
        }
    }
}

pub(super) fn upload_files(root: &Obj<'_>, context: &RequestContext, issues: &mut Issues) {
    root.checked("loanId", false, issues, formats::uuid);
    let Some(files) = root.array("files", true, issues) else {
        return;
    };
    if files.is_empty() {
        issues.push("files", Problem::EmptyList);
    }
    for item in files {
        let Some(file) = item.into_obj(issues) else {
            continue;
        };
        if let Some(name) = file.text("name", true, 255, issues) {
            if name.contains(['/', '\\']) || name.chars().any(char::is_control) {
                issues.push(&file.path("name"), Problem::InvalidFormat);
            }
        }
        if let Some(t) = file.str("type", true, issues) {
            match &context.file_types {
                Some(allowed) if !allowed.iter().any(|a| a == t) => issues.push(
                    &file.path("type"),
                    Problem::NotOneOf {
                        allowed: allowed.join(", "),
                    },
                ),
                None if !is_snake_case(t) => {
                    issues.push(&file.path("type"), Problem::InvalidFormat)
                }
                _ => {}
            }
        }
        file.checked("data", true, issues, formats::base64_len);
    }
    if !issues.has_at("files") {
        let size = root_json_len(root);
        if size > MAX_UPLOAD_BYTES {
            issues.push(
                "",
                Problem::RequestTooLarge {
                    max: MAX_UPLOAD_BYTES,
                },
            );
        }
    }
}

fn root_json_len(root: &Obj<'_>) -> usize {
    root.value().json_len()
}

fn is_snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && s.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
}

/// The body of Nemuru's 400 Bad Request: `status: "ko"`, `exception`, `error`,
/// and `schema_errors` (field path → messages).
///
/// The seed documents the four members and that `schema_errors` is "an object
/// indicating invalid fields in the request", without an example of its inside;
/// lendkit keys it by the field's path and lists the messages of that field.
/// `exception` is lendkit's own machine-readable path, in Nemuru's style.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruErrorBody {
    /// Always `"ko"`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "\"ko\""))]
    pub status: String,
    /// The machine-readable exception path.
    pub exception: String,
    /// A human-readable message.
    pub error: String,
    /// Invalid fields: path → messages.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, string[]>"))]
    pub schema_errors: BTreeMap<String, Vec<String>>,
}

/// The `exception` of a schema violation.
pub const SCHEMA_EXCEPTION: &str =
    "Lendkit\\Validation\\Domain\\Exception\\SchemaValidationException";

/// Turns a validation result into Nemuru's 400 body (the root's own problems
/// are keyed `""`).
///
/// # Examples
/// ```
/// use lendkit::validation::requests::{nemuru::to_bad_request, validate_request, RequestContext, RequestKind};
/// use lendkit::validation::value::Value;
/// let r = validate_request(RequestKind::NemuruLogin, &Value::Object(vec![]), &RequestContext::default());
/// let body = to_bad_request(&r);
/// assert_eq!(body.status, "ko");
/// assert_eq!(body.schema_errors["username"], vec!["is required".to_string()]);
/// ```
pub fn to_bad_request(result: &ValidationResult) -> NemuruErrorBody {
    let mut schema_errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in &result.errors {
        schema_errors
            .entry(e.path.clone())
            .or_default()
            .push(e.message.clone());
    }
    let n = result.errors.len();
    NemuruErrorBody {
        status: "ko".to_owned(),
        exception: SCHEMA_EXCEPTION.to_owned(),
        error: format!(
            "The request does not comply with the schema: {n} invalid field{}",
            if n == 1 { "" } else { "s" }
        ),
        schema_errors,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{validate_request, NemuruAgent, RequestContext, RequestKind};
    use crate::validation::value::Value;

    fn check(kind: RequestKind, json: &str, context: &RequestContext) -> Vec<(String, String)> {
        validate_request(kind, &Value::from_json(json), context)
            .errors
            .into_iter()
            .map(|e| (e.path, e.code))
            .collect()
    }

    pub(crate) const SEED_LOAN: &str = r#"{
      "id": "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d",
      "agent_id": "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7",
      "currency": "EUR", "term": 30, "principal": 5000, "annual_interest": 0.091,
      "program": "free_program",
      "setup_fee": {"amount": 125, "type": "type_upfront"},
      "insurance": {"description": "seguro_vida", "is_financed": false},
      "borrower": {"email": "john.doe@gmail.com", "first_name": "John", "last_name": "Doe",
                   "phone_number": "+34601000001"},
      "asset_type": "education",
      "asset": {"description": "Máster en Data Science", "value": 9000}
    }"#;

    #[test]
    fn seed_create_loan_is_valid() {
        assert_eq!(
            check(
                RequestKind::NemuruCreateLoan,
                SEED_LOAN,
                &RequestContext::default()
            ),
            vec![]
        );
    }

    #[test]
    fn agent_rules() {
        let context = RequestContext {
            agent: Some(NemuruAgent {
                id: Some("23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7".into()),
                allowed_asset_types: Some(vec!["home_improvement".into(), "auto".into()]),
            }),
            ..RequestContext::default()
        };
        assert_eq!(
            check(RequestKind::NemuruCreateLoan, SEED_LOAN, &context),
            vec![("asset_type".into(), "asset_type_not_allowed".into())]
        );
    }

    #[test]
    fn seed_samples_of_the_other_requests() {
        let ctx = RequestContext::default();
        assert!(check(
            RequestKind::NemuruLogin,
            r#"{"username":"username@email.com","password":"12345"}"#,
            &ctx
        )
        .is_empty());
        assert!(check(
            RequestKind::NemuruLoanAction,
            r#"{"id":"e7c52ad3-0473-4fbc-bc36-7eb755b1c18d","op":"cancelLoan"}"#,
            &ctx
        )
        .is_empty());
        assert!(check(
            RequestKind::NemuruWebhook,
            r#"{"client":"callback","event":"loan_steps","target":"https://www.your-web-url.com/endpoint"}"#,
            &ctx
        )
        .is_empty());
        assert!(check(
            RequestKind::NemuruUploadFiles,
            r#"{"files":[{"name":"dni-front-borrower.jpeg","type":"document_id_front","data":"aGVsbG8gd29ybGQh"}]}"#,
            &ctx
        )
        .is_empty());
    }
}
