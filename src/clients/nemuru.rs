//! Nemuru's point-of-sale financing API (seed `002_7210fe3996c704fb.txt`):
//! login, agent profile, loan conditions, create loan, loan actions, get loan,
//! webhooks and files, in Nemuru's own snake_case wire shape.
//!
//! Auth: `login` trades the username and password for a bearer token kept in
//! this client's memory only (never returned, logged or put in a URL); a 401
//! triggers one refresh (the refresh token, else a new login) and one retry.
//! `createLoan` is idempotent by its client-chosen UUID, so like every GET it is
//! retried after a network error or a 5xx.

use std::cell::RefCell;

use rust_decimal::Decimal;

use super::error::{ClientError, ErrorKind};
use super::http::{json_body, object, poll, request, Endpoint, PollOptions};
use super::shape::{opt, req, Field, Kind, Shaped, Wire, STRINGS, U32, U64, U8};
use super::transport::{HttpResponse, Method, Transport};
use super::wire::check_id;
use crate::json::Value;
use crate::validation::requests::{NemuruAgent, RequestContext, RequestKind};
use crate::FieldError;

const PROVIDER: &str = "nemuru";

/// Where each Nemuru operation lives. The seed documents no paths; these are the
/// sandbox's (`/openapi.json`, whose operationIds are the method names), kept
/// in this one table. `{id}` is replaced by the percent-encoded id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NemuruPaths {
    /// `login` (POST).
    pub login: &'static str,
    /// Token refresh with the refresh token (POST), when the server has one.
    pub refresh: Option<&'static str>,
    /// `getAgentProfile` (GET).
    pub agent_profile: &'static str,
    /// `getLoanConditions` (GET, query `agent_id`, `currency`, `term`, `principal`).
    pub loan_conditions: &'static str,
    /// `createLoan` (POST).
    pub create_loan: &'static str,
    /// `loanAction` (POST `{ id, op }`).
    pub loan_action: &'static str,
    /// `getLoan` (GET).
    pub loan: &'static str,
    /// `createWebhook` (POST) and `listWebhooks` (GET).
    pub webhooks: &'static str,
    /// `updateWebhook`.
    pub webhook: &'static str,
    /// The method of `updateWebhook`.
    pub update_webhook_method: Method,
    /// `uploadFiles` (POST) and `listFiles` (GET).
    pub files: &'static str,
}

/// The Nemuru paths (see [`NemuruPaths`]).
pub const NEMURU_PATHS: NemuruPaths = NemuruPaths {
    login: "/v2/login",
    refresh: Some("/v2/login/refresh"),
    agent_profile: "/v2/agent/profile",
    loan_conditions: "/v2/loan-conditions",
    create_loan: "/v2/loans",
    loan_action: "/v2/loans/actions",
    loan: "/v2/loans/{id}",
    webhooks: "/v2/webhooks",
    webhook: "/v2/webhooks?id={id}",
    update_webhook_method: Method::Put,
    files: "/v2/files?loanId={id}",
};

fn fill(template: &str, id: &str) -> String {
    template.replace("{id}", &super::http::encode(id))
}

/// What a Nemuru client is built from: `{ baseUrl, username, password }`.
#[derive(Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NemuruConfig {
    /// The API's base URL, such as `https://api.nemuru.example` (no trailing path).
    pub base_url: String,
    /// The agent's username.
    pub username: String,
    /// The agent's password (kept in memory, never logged).
    pub password: String,
}

impl std::fmt::Debug for NemuruConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NemuruConfig")
            .field("base_url", &self.base_url)
            .field("username", &self.username)
            .field("password", &"[redacted]")
            .finish()
    }
}

/// What `login` tells the caller: the token's type and lifetime, not the token.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruLoginResult {
    /// `"Bearer"`.
    pub token_type: String,
    /// Seconds until the access token expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub expires_in: Option<u64>,
}

/// The agent behind the credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruAgentProfile {
    /// Creation instant.
    pub created_at: String,
    /// Last update instant.
    pub updated_at: String,
    /// The agent id, used to create loans.
    pub id: String,
    /// The agent's name.
    pub name: String,
    /// The agent's username.
    pub username: String,
    /// Asset types this agent may finance (`home_improvement`, `auto`...).
    pub allowed_asset_types: Vec<String>,
}

/// `GET` agent profile: `{ status, payload, identifier }`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruAgentProfileResponse {
    /// `"ok"`.
    pub status: String,
    /// The agent.
    pub payload: NemuruAgentProfile,
    /// The resource URN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub identifier: Option<String>,
}

/// The loan-conditions query; `agent_id` defaults to the logged-in agent's.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct NemuruLoanConditionsQuery {
    /// The agent id (default: the logged-in agent's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent_id: Option<String>,
    /// ISO 4217 currency.
    pub currency: String,
    /// Term in months.
    pub term: u32,
    /// Principal (decimal string).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: Decimal,
}

/// The conditions of a loan under one program, as Nemuru writes them (numbers
/// on the wire, decimal strings in JavaScript).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruLoanConditions {
    /// ISO 4217 currency.
    pub currency: String,
    /// Day of the month the instalment is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub due_date: Option<u32>,
    /// `free_program` or `zero_program`.
    pub program: String,
    /// The merchant's discount (a fraction).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub merchant_discount_percentage: Decimal,
    /// The annual interest rate (a fraction).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub annual_interest: Decimal,
    /// The principal.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: Decimal,
    /// The setup fee.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub setup_fee: Decimal,
    /// Term in months.
    pub term: u32,
    /// Number of instalments.
    pub number_of_payments: u32,
    /// TAE (APR), a fraction.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub tae: Decimal,
    /// Total interest.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub total_interest_paid: Decimal,
    /// Total paid.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub total_amount_paid: Decimal,
    /// The instalment.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub user_defined_quota: Decimal,
}

/// One program's conditions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruLoanConditionsEntry {
    /// Creation instant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub created_at: Option<String>,
    /// Update instant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub updated_at: Option<String>,
    /// The conditions.
    pub loan_conditions: NemuruLoanConditions,
}

/// `GET` loan conditions: `{ status, data }`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruLoanConditionsResponse {
    /// `"ok"`.
    pub status: String,
    /// One entry per available program.
    pub data: Vec<NemuruLoanConditionsEntry>,
}

/// The borrower's setup fee.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruSetupFee {
    /// The fee (decimal string).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub amount: Decimal,
    /// Such as `type_upfront`.
    #[serde(rename = "type")]
    pub fee_type: String,
}

/// Insurance associated with the loan.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruInsurance {
    /// Such as `seguro_vida`.
    pub description: String,
    /// Whether the premium is financed.
    pub is_financed: bool,
}

/// The borrower.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruBorrower {
    /// Email.
    pub email: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Phone, E.164.
    pub phone_number: String,
    /// When the invitation expires (responses only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub expires_on: Option<String>,
}

/// The financed asset.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruAsset {
    /// What it is.
    pub description: String,
    /// Its value (decimal string); the principal may not exceed it.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub value: Decimal,
}

/// Create loan. `agent_id` defaults to the logged-in agent's; `id` is the
/// client-chosen UUID (the SDK fills one with `crypto.randomUUID()`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct NemuruCreateLoanRequest {
    /// The loan id (UUID), chosen by the client: retries reuse it.
    pub id: String,
    /// The agent id (default: the logged-in agent's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent_id: Option<String>,
    /// ISO 4217 currency.
    pub currency: String,
    /// Term in months.
    pub term: u32,
    /// Principal (decimal string; a JSON number on the wire).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: Decimal,
    /// Annual interest (a fraction), only when agreed with Nemuru.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub annual_interest: Option<Decimal>,
    /// `free_program` or `zero_program`.
    pub program: String,
    /// The borrower's setup fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub setup_fee: Option<NemuruSetupFee>,
    /// Insurance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub insurance: Option<NemuruInsurance>,
    /// The borrower.
    pub borrower: NemuruBorrower,
    /// The asset type (one of the agent's `allowed_asset_types`).
    pub asset_type: String,
    /// The asset.
    pub asset: NemuruAsset,
}

/// What `createLoan` resolves to (Nemuru answers 201 with an empty body): the id.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruCreatedLoan {
    /// The loan id.
    pub id: String,
}

/// The loan operations of "Loan actions".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum NemuruLoanOp {
    /// `cancelLoan`.
    CancelLoan,
    /// `approveLoan`.
    ApproveLoan,
    /// `sendContract`.
    SendContract,
    /// `signContract`.
    SignContract,
    /// `confirmLoan`.
    ConfirmLoan,
    /// `payLoan`.
    PayLoan,
}

impl NemuruLoanOp {
    /// Every operation, in the order of the docs.
    pub const ALL: [NemuruLoanOp; 6] = [
        NemuruLoanOp::CancelLoan,
        NemuruLoanOp::ApproveLoan,
        NemuruLoanOp::SendContract,
        NemuruLoanOp::SignContract,
        NemuruLoanOp::ConfirmLoan,
        NemuruLoanOp::PayLoan,
    ];

    /// Its wire name, such as `"cancelLoan"`.
    pub fn name(self) -> &'static str {
        match self {
            NemuruLoanOp::CancelLoan => "cancelLoan",
            NemuruLoanOp::ApproveLoan => "approveLoan",
            NemuruLoanOp::SendContract => "sendContract",
            NemuruLoanOp::SignContract => "signContract",
            NemuruLoanOp::ConfirmLoan => "confirmLoan",
            NemuruLoanOp::PayLoan => "payLoan",
        }
    }
}

/// A loan as `getLoan` returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruLoan {
    /// Creation instant.
    pub created_at: String,
    /// Update instant.
    pub updated_at: String,
    /// The loan id.
    pub id: String,
    /// The loan's step, such as `status_initial` (see [`NemuruLoanStep`]).
    pub status: String,
    /// Its conditions.
    pub loan_conditions: NemuruLoanConditions,
    /// The borrower.
    pub borrower: NemuruBorrower,
    /// The asset.
    pub asset: NemuruAsset,
}

/// `getLoan`: `{ status, payload, identifier }`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruLoanResponse {
    /// `"ok"`.
    pub status: String,
    /// The loan.
    pub payload: NemuruLoan,
    /// The resource URN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub identifier: Option<String>,
}

/// Create or update a webhook.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct NemuruWebhookRequest {
    /// `callback` or `email`.
    pub client: String,
    /// `loan_steps`.
    pub event: String,
    /// The callback URL or the email address.
    pub target: String,
    /// 1 enabled, 2 disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub state: Option<u8>,
    /// The full `Authorization` header the callbacks will carry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub authorization_header: Option<String>,
    /// The callbacks' content type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub content_type: Option<String>,
    /// OAuth 2.0 token URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub url: Option<String>,
    /// OAuth 2.0 client id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub client_id: Option<String>,
    /// OAuth 2.0 client secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub client_secret: Option<String>,
    /// OAuth 2.0 username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub username: Option<String>,
    /// OAuth 2.0 password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub password: Option<String>,
}

/// A webhook subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruWebhook {
    /// Creation instant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub created_at: Option<String>,
    /// Update instant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub updated_at: Option<String>,
    /// The webhook id.
    pub id: String,
    /// `callback` or `email`.
    pub client: String,
    /// `loan_steps`.
    pub event: String,
    /// 1 enabled, 2 disabled.
    pub state: u8,
    /// Where notifications go (when the server shows it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub target: Option<String>,
}

/// `listWebhooks`: `{ status, data }` (the seed also shows `payload`; both are read).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruWebhookList {
    /// `"ok"`.
    pub status: String,
    /// The subscriptions.
    #[serde(alias = "payload")]
    pub data: Vec<NemuruWebhook>,
}

/// One file to upload: `data` is base64.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruFile {
    /// File name (in a listing: the stored file's id).
    pub name: String,
    /// Such as `document_id_front`.
    #[serde(rename = "type")]
    pub file_type: String,
    /// Base64 content (in a listing: the stored file's path).
    pub data: String,
}

/// Upload files: `{ files }` (at most 20 MB of JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct NemuruUploadFilesRequest {
    /// The files.
    pub files: Vec<NemuruFile>,
}

/// The largest upload request Nemuru accepts, in bytes.
pub const MAX_UPLOAD_BYTES: usize = 20 * 1024 * 1024;

/// `listFiles`: `{ status, data }`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruFileList {
    /// `"ok"`.
    pub status: String,
    /// The files.
    #[serde(alias = "payload")]
    pub data: Vec<NemuruFile>,
}

/// Loan steps after which a loan never changes step again (besides `status_active`
/// turning into `status_ended`).
pub const FINAL_STEPS: [&str; 6] = [
    "status_desisted",
    "status_denied",
    "status_expired",
    "status_cancelled",
    "status_cancelled_test",
    "status_ended",
];

#[derive(Clone)]
struct Session {
    access_token: String,
    refresh_token: Option<String>,
}

/// A Nemuru client. It holds the credentials and the session in memory; the
/// transport is passed to each call (the wasm boundary builds one per call
/// with that call's timeout and `AbortSignal`).
pub struct NemuruClient {
    endpoint: Endpoint,
    username: String,
    password: String,
    session: RefCell<Option<Session>>,
    agent: RefCell<Option<NemuruAgent>>,
}

impl std::fmt::Debug for NemuruClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NemuruClient")
            .field("endpoint", &self.endpoint)
            .field("logged_in", &self.session.borrow().is_some())
            .finish()
    }
}

impl NemuruClient {
    /// A client; nothing is sent until the first call.
    ///
    /// # Errors
    /// A validation error on `baseUrl`, `username` or `password`.
    pub fn new(config: NemuruConfig) -> Result<NemuruClient, ClientError> {
        let endpoint = Endpoint::with_credentials(
            PROVIDER,
            &config.base_url,
            &[
                ("username", &config.username),
                ("password", &config.password),
            ],
        )?;
        Ok(NemuruClient {
            endpoint,
            username: config.username,
            password: config.password,
            session: RefCell::new(None),
            agent: RefCell::new(None),
        })
    }

    /// Replaces the retry policy (tests use short waits).
    pub fn set_retry(&mut self, retry: super::http::RetryPolicy) {
        self.endpoint.retry = retry;
    }

    /// Every secret this client knows, to scrub from messages.
    fn secrets(&self) -> Vec<String> {
        let mut s = vec![self.password.clone()];
        if let Some(session) = self.session.borrow().as_ref() {
            s.push(session.access_token.clone());
            s.extend(session.refresh_token.clone());
        }
        s
    }

    async fn raw<T: Transport>(
        &self,
        transport: &T,
        method: Method,
        url: String,
        body: Option<String>,
        safe: bool,
    ) -> Result<HttpResponse, ClientError> {
        let secrets = self.secrets();
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        let response = self
            .endpoint
            .send(transport, request(method, url, body), safe, &secrets)
            .await?;
        if (200..300).contains(&response.status) {
            Ok(response)
        } else {
            Err(self.endpoint.error(&response, &secrets))
        }
    }

    /// Logs in with the configured credentials and keeps the tokens in memory.
    ///
    /// # Errors
    /// An auth error for wrong credentials; network, timeout, abort errors.
    pub async fn login<T: Transport>(
        &self,
        transport: &T,
    ) -> Result<Shaped<NemuruLoginResult>, ClientError> {
        let payload = object(&[("username", &self.username), ("password", &self.password)]);
        self.endpoint.validate(
            RequestKind::NemuruLogin,
            &payload,
            &RequestContext::default(),
        )?;
        let url = self.endpoint.url(NEMURU_PATHS.login, &[]);
        let body = json_body(&payload);
        let response = self
            .raw(transport, Method::Post, url, Some(body), false)
            .await
            .map_err(|mut e| {
                // A failed login is an authentication problem whatever the status.
                if matches!(e.status, Some(400) | Some(401) | Some(403)) {
                    e.kind = ErrorKind::Auth;
                }
                e
            })?;
        let login = self.login_response(&response).map_err(|mut e| {
            e.message = "nemuru: unexpected login response".into();
            e
        })?;
        *self.session.borrow_mut() = Some(Session {
            access_token: text(&login, "access_token").unwrap_or_default(),
            refresh_token: text(&login, "refresh_token"),
        });
        // What the caller sees: the token's type and lifetime, never the token.
        let mut result = vec![(
            "token_type".to_owned(),
            Value::String(text(&login, "token_type").unwrap_or_else(|| "Bearer".into())),
        )];
        if let Some(n @ Value::Number(_)) = login.get("expires_in") {
            result.push(("expires_in".to_owned(), n.clone()));
        }
        Ok(Shaped::new(Value::Object(result)))
    }

    /// A login or refresh response, checked (the tokens stay in this client).
    fn login_response(&self, response: &HttpResponse) -> Result<Value, ClientError> {
        let tree = self.endpoint.read(response)?;
        self.endpoint.shape_value(response, &tree, &LOGIN_RESPONSE)
    }

    /// Whether the client holds a token.
    pub fn is_logged_in(&self) -> bool {
        self.session.borrow().is_some()
    }

    /// Forgets the tokens.
    pub fn logout(&self) {
        *self.session.borrow_mut() = None;
    }

    /// One refresh: the refresh token when the server has a refresh operation,
    /// else (or when that fails) a new login.
    async fn refresh<T: Transport>(&self, transport: &T) -> Result<(), ClientError> {
        let refresh_token = self
            .session
            .borrow()
            .as_ref()
            .and_then(|s| s.refresh_token.clone());
        if let (Some(path), Some(token)) = (NEMURU_PATHS.refresh, refresh_token) {
            let body = json_body(&object(&[("refresh_token", &token)]));
            let url = self.endpoint.url(path, &[]);
            if let Ok(response) = self
                .raw(transport, Method::Post, url, Some(body), false)
                .await
            {
                if let Ok(login) = self.login_response(&response) {
                    *self.session.borrow_mut() = Some(Session {
                        access_token: text(&login, "access_token").unwrap_or_default(),
                        refresh_token: text(&login, "refresh_token").or(Some(token)),
                    });
                    return Ok(());
                }
            }
        }
        self.logout();
        self.login(transport).await.map(|_| ())
    }

    /// An authenticated call: logs in first when needed, refreshes once on 401.
    async fn call<T: Transport>(
        &self,
        transport: &T,
        method: Method,
        url: String,
        body: Option<String>,
        safe: bool,
    ) -> Result<HttpResponse, ClientError> {
        if !self.is_logged_in() {
            self.login(transport).await?;
        }
        let mut refreshed = false;
        loop {
            let token = self
                .session
                .borrow()
                .as_ref()
                .map(|s| s.access_token.clone())
                .unwrap_or_default();
            let mut req = request(method, url.clone(), body.clone());
            req.headers
                .push(("authorization", format!("Bearer {token}")));
            let secrets = self.secrets();
            let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
            let response = self.endpoint.send(transport, req, safe, &secrets).await?;
            if response.status == 401 && !refreshed {
                refreshed = true;
                self.refresh(transport).await?;
                continue;
            }
            if (200..300).contains(&response.status) {
                return Ok(response);
            }
            return Err(self.endpoint.error(&response, &secrets));
        }
    }

    /// The agent behind the credentials (cached for `createLoan`'s defaults and checks).
    ///
    /// # Errors
    /// Any client error.
    pub async fn get_agent_profile<T: Transport>(
        &self,
        transport: &T,
    ) -> Result<Shaped<NemuruAgentProfileResponse>, ClientError> {
        let url = self.endpoint.url(NEMURU_PATHS.agent_profile, &[]);
        let response = self.call(transport, Method::Get, url, None, true).await?;
        let profile: Shaped<NemuruAgentProfileResponse> = self.endpoint.parse(&response)?;
        let payload = profile.value().get("payload");
        let types = match payload.and_then(|p| p.get("allowed_asset_types")) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        };
        *self.agent.borrow_mut() = Some(NemuruAgent {
            id: payload.and_then(|p| text(p, "id")),
            allowed_asset_types: Some(types),
        });
        Ok(profile)
    }

    async fn agent_id<T: Transport>(
        &self,
        transport: &T,
        given: Option<&String>,
    ) -> Result<String, ClientError> {
        if let Some(id) = given {
            return Ok(id.clone());
        }
        let cached = self.agent.borrow().as_ref().and_then(|a| a.id.clone());
        match cached {
            Some(id) => Ok(id),
            None => {
                let profile = self.get_agent_profile(transport).await?;
                Ok(profile
                    .value()
                    .get("payload")
                    .and_then(|p| text(p, "id"))
                    .unwrap_or_default())
            }
        }
    }

    /// Simulates the loan conditions of every program available for the query.
    ///
    /// # Errors
    /// A validation error for a bad query; any client error.
    pub async fn get_loan_conditions<T: Transport>(
        &self,
        transport: &T,
        query: &Shaped<NemuruLoanConditionsQuery>,
    ) -> Result<Shaped<NemuruLoanConditionsResponse>, ClientError> {
        let query = query.value();
        let given = text(query, "agent_id");
        let currency = text(query, "currency").unwrap_or_default();
        let term = query.get("term").and_then(Value::as_f64).unwrap_or(0.0);
        let principal: Decimal = query
            .get("principal")
            .and_then(Value::as_str)
            .and_then(|p| p.parse().ok())
            .unwrap_or_default();
        let mut problems = Vec::new();
        if let Some(id) = &given {
            if let Err(e) = check_id(PROVIDER, "agent_id", id, true) {
                problems.extend(e.details);
            }
        }
        if let Err(p) = crate::validation::currency::parse(&currency) {
            let issue = crate::validation::ValidationIssue::new("currency", &p, Default::default());
            problems.push(issue.into());
        }
        if term == 0.0 {
            problems.push(FieldError::new("term", "too_small", "must be at least 1"));
        }
        if principal <= Decimal::ZERO {
            problems.push(FieldError::new(
                "principal",
                "not_positive",
                "must be greater than zero",
            ));
        }
        if !problems.is_empty() {
            return Err(ClientError::validation(PROVIDER, problems));
        }
        let agent_id = self.agent_id(transport, given.as_ref()).await?;
        let term = (term as u32).to_string();
        let principal = principal.normalize().to_string();
        let url = self.endpoint.url(
            NEMURU_PATHS.loan_conditions,
            &[
                ("agent_id", &agent_id),
                ("currency", &currency),
                ("term", &term),
                ("principal", &principal),
            ],
        );
        let response = self.call(transport, Method::Get, url, None, true).await?;
        self.endpoint.parse(&response)
    }

    /// Creates a loan (an invitation sent to the borrower). Validated first
    /// against the validation module's rules, with the cached agent profile
    /// (allowed asset types); idempotent by `id`, so retried on 5xx.
    ///
    /// # Errors
    /// A validation error listing every problem; any client error.
    pub async fn create_loan<T: Transport>(
        &self,
        transport: &T,
        request: &Shaped<NemuruCreateLoanRequest>,
    ) -> Result<Shaped<NemuruCreatedLoan>, ClientError> {
        let given = text(request.value(), "agent_id");
        let agent_id = self.agent_id(transport, given.as_ref()).await?;
        // The wire body: the checked request (money as JSON numbers) with the
        // agent id in its place, right after `id`.
        let mut members = match request.value() {
            Value::Object(m) => m.clone(),
            _ => Vec::new(),
        };
        members.retain(|(k, _)| k != "agent_id");
        let at = members.len().min(1);
        members.insert(at, ("agent_id".to_owned(), Value::String(agent_id)));
        let id = members
            .iter()
            .find(|(k, _)| k == "id")
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::Null);
        let body = Value::Object(members);
        let agent = self.agent.borrow().clone();
        let context = RequestContext {
            agent,
            ..Default::default()
        };
        self.endpoint
            .validate(RequestKind::NemuruCreateLoan, &body, &context)?;
        let url = self.endpoint.url(NEMURU_PATHS.create_loan, &[]);
        self.call(transport, Method::Post, url, Some(json_body(&body)), true)
            .await?;
        Ok(Shaped::new(Value::Object(vec![("id".to_owned(), id)])))
    }

    /// Performs a loan operation (`cancelLoan`, `approveLoan`, ...).
    ///
    /// # Errors
    /// A validation error for a bad id; a conflict when the loan's state forbids it.
    pub async fn loan_action<T: Transport>(
        &self,
        transport: &T,
        id: &str,
        op: NemuruLoanOp,
    ) -> Result<(), ClientError> {
        let body = object(&[("id", id), ("op", op.name())]);
        self.endpoint.validate(
            RequestKind::NemuruLoanAction,
            &body,
            &RequestContext::default(),
        )?;
        let url = self.endpoint.url(NEMURU_PATHS.loan_action, &[]);
        self.call(transport, Method::Post, url, Some(json_body(&body)), false)
            .await?;
        Ok(())
    }

    /// A loan by id.
    ///
    /// # Errors
    /// A not-found error for an unknown id; any client error.
    pub async fn get_loan<T: Transport>(
        &self,
        transport: &T,
        id: &str,
    ) -> Result<Shaped<NemuruLoanResponse>, ClientError> {
        check_id(PROVIDER, "loanId", id, true)?;
        let url = self.endpoint.url(&fill(NEMURU_PATHS.loan, id), &[]);
        let response = self.call(transport, Method::Get, url, None, true).await?;
        self.endpoint.parse(&response)
    }

    /// Polls a loan until its `status` is one of `until` (or any final step when
    /// `until` is empty, or a final step it can no longer leave).
    ///
    /// # Errors
    /// A timeout error (`wait_timeout`) when it takes longer; any client error.
    pub async fn wait_for_loan<T: Transport>(
        &self,
        transport: &T,
        id: &str,
        until: &[String],
        options: PollOptions,
    ) -> Result<Shaped<NemuruLoanResponse>, ClientError> {
        check_id(PROVIDER, "loanId", id, true)?;
        poll(
            transport,
            PROVIDER,
            options,
            || self.get_loan(transport, id),
            |loan| {
                let s = loan.value().get("payload").and_then(|p| p.get("status"));
                let s = s.and_then(Value::as_str).unwrap_or_default();
                until.iter().any(|u| u == s) || FINAL_STEPS.contains(&s)
            },
        )
        .await
    }

    /// Subscribes to an event; resolves to the created subscription.
    ///
    /// # Errors
    /// A validation error listing every problem; any client error.
    pub async fn create_webhook<T: Transport>(
        &self,
        transport: &T,
        request: &Shaped<NemuruWebhookRequest>,
    ) -> Result<Shaped<NemuruWebhook>, ClientError> {
        self.endpoint.validate(
            RequestKind::NemuruWebhook,
            request.value(),
            &RequestContext::default(),
        )?;
        let url = self.endpoint.url(NEMURU_PATHS.webhooks, &[]);
        let body = json_body(request.value());
        let response = self
            .call(transport, Method::Post, url, Some(body), false)
            .await?;
        let created: Shaped<NemuruWebhookList> = self.endpoint.parse(&response)?;
        let first = match created.into_value() {
            Value::Object(members) => members.into_iter().find(|(k, _)| k == "data"),
            _ => None,
        };
        let first = match first {
            Some((_, Value::Array(items))) => items.into_iter().next(),
            _ => None,
        };
        first.map(Shaped::new).ok_or_else(|| {
            ClientError::new(
                ErrorKind::Api,
                PROVIDER,
                "invalid_response",
                "nemuru: the created webhook is missing from the response",
            )
        })
    }

    /// The subscriptions of these credentials.
    ///
    /// # Errors
    /// Any client error.
    pub async fn list_webhooks<T: Transport>(
        &self,
        transport: &T,
    ) -> Result<Shaped<NemuruWebhookList>, ClientError> {
        let url = self.endpoint.url(NEMURU_PATHS.webhooks, &[]);
        let response = self.call(transport, Method::Get, url, None, true).await?;
        self.endpoint.parse(&response)
    }

    /// Updates a subscription.
    ///
    /// # Errors
    /// A validation error listing every problem; not found; any client error.
    pub async fn update_webhook<T: Transport>(
        &self,
        transport: &T,
        id: &str,
        request: &Shaped<NemuruWebhookRequest>,
    ) -> Result<(), ClientError> {
        check_id(PROVIDER, "id", id, false)?;
        self.endpoint.validate(
            RequestKind::NemuruWebhook,
            request.value(),
            &RequestContext::default(),
        )?;
        let url = self.endpoint.url(&fill(NEMURU_PATHS.webhook, id), &[]);
        let body = json_body(request.value());
        self.call(
            transport,
            NEMURU_PATHS.update_webhook_method,
            url,
            Some(body),
            false,
        )
        .await?;
        Ok(())
    }

    /// Uploads files (base64) for a loan; refuses a request over 20 MB before sending.
    ///
    /// # Errors
    /// A validation error (`request_too_large`, bad base64...); any client error.
    pub async fn upload_files<T: Transport>(
        &self,
        transport: &T,
        loan_id: &str,
        request: &Shaped<NemuruUploadFilesRequest>,
    ) -> Result<(), ClientError> {
        check_id(PROVIDER, "loanId", loan_id, true)?;
        let body = json_body(request.value());
        if body.len() > MAX_UPLOAD_BYTES {
            return Err(ClientError::validation(
                PROVIDER,
                vec![FieldError::new(
                    "files",
                    "request_too_large",
                    format!("the request is {} bytes; Nemuru accepts at most 20 MB ({MAX_UPLOAD_BYTES} bytes)", body.len()),
                )],
            ));
        }
        self.endpoint.validate(
            RequestKind::NemuruUploadFiles,
            request.value(),
            &RequestContext::default(),
        )?;
        let url = self.endpoint.url(&fill(NEMURU_PATHS.files, loan_id), &[]);
        self.call(transport, Method::Post, url, Some(body), false)
            .await?;
        Ok(())
    }

    /// The files of a loan.
    ///
    /// # Errors
    /// Not found; any client error.
    pub async fn list_files<T: Transport>(
        &self,
        transport: &T,
        loan_id: &str,
    ) -> Result<Shaped<NemuruFileList>, ClientError> {
        check_id(PROVIDER, "loanId", loan_id, true)?;
        let url = self.endpoint.url(&fill(NEMURU_PATHS.files, loan_id), &[]);
        let response = self.call(transport, Method::Get, url, None, true).await?;
        self.endpoint.parse(&response)
    }
}

fn text(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::to_owned)
}

// The wire shapes of Nemuru's responses (see `super::shape`), field by field in
// the order of the structs above, which is the order JavaScript sees.

/// Login and refresh (internal: the tokens never leave the client).
const LOGIN_RESPONSE: Kind = Kind::Obj(&[
    opt("token_type", Kind::Str),
    req("access_token", Kind::Str),
    opt("refresh_token", Kind::Str),
    opt("expires_in", U64),
]);

const AGENT_PROFILE: Kind = Kind::Obj(&[
    req("created_at", Kind::Str),
    req("updated_at", Kind::Str),
    req("id", Kind::Str),
    req("name", Kind::Str),
    req("username", Kind::Str),
    req("allowed_asset_types", STRINGS),
]);

const AGENT_PROFILE_RESPONSE: Kind = Kind::Obj(&[
    req("status", Kind::Str),
    req("payload", AGENT_PROFILE),
    opt("identifier", Kind::Str),
]);

const LOAN_CONDITIONS: Kind = Kind::Obj(&[
    req("currency", Kind::Str),
    opt("due_date", U32),
    req("program", Kind::Str),
    req("merchant_discount_percentage", Kind::Money),
    req("annual_interest", Kind::Money),
    req("principal", Kind::Money),
    req("setup_fee", Kind::Money),
    req("term", U32),
    req("number_of_payments", U32),
    req("tae", Kind::Money),
    req("total_interest_paid", Kind::Money),
    req("total_amount_paid", Kind::Money),
    req("user_defined_quota", Kind::Money),
]);

const LOAN_CONDITIONS_ENTRY: Kind = Kind::Obj(&[
    opt("created_at", Kind::Str),
    opt("updated_at", Kind::Str),
    req("loan_conditions", LOAN_CONDITIONS),
]);

const LOAN_CONDITIONS_RESPONSE: Kind = Kind::Obj(&[
    req("status", Kind::Str),
    req("data", Kind::List(&LOAN_CONDITIONS_ENTRY)),
]);

const BORROWER: Kind = Kind::Obj(&[
    req("email", Kind::Str),
    req("first_name", Kind::Str),
    req("last_name", Kind::Str),
    req("phone_number", Kind::Str),
    opt("expires_on", Kind::Str),
]);

const ASSET: Kind = Kind::Obj(&[req("description", Kind::Str), req("value", Kind::Money)]);

const LOAN: Kind = Kind::Obj(&[
    req("created_at", Kind::Str),
    req("updated_at", Kind::Str),
    req("id", Kind::Str),
    req("status", Kind::Str),
    req("loan_conditions", LOAN_CONDITIONS),
    req("borrower", BORROWER),
    req("asset", ASSET),
]);

const LOAN_RESPONSE: Kind = Kind::Obj(&[
    req("status", Kind::Str),
    req("payload", LOAN),
    opt("identifier", Kind::Str),
]);

const WEBHOOK: Kind = Kind::Obj(&[
    opt("created_at", Kind::Str),
    opt("updated_at", Kind::Str),
    req("id", Kind::Str),
    req("client", Kind::Str),
    req("event", Kind::Str),
    req("state", U8),
    opt("target", Kind::Str),
]);

const WEBHOOK_LIST: Kind = Kind::Obj(&[
    req("status", Kind::Str),
    Field {
        alias: "payload",
        ..req("data", Kind::List(&WEBHOOK))
    },
]);

const FILE: Kind = Kind::Obj(&[
    req("name", Kind::Str),
    req("type", Kind::Str),
    req("data", Kind::Str),
]);

const FILE_LIST: Kind = Kind::Obj(&[
    req("status", Kind::Str),
    Field {
        alias: "payload",
        ..req("data", Kind::List(&FILE))
    },
]);

impl Wire for NemuruAgentProfileResponse {
    const SHAPE: &'static Kind = &AGENT_PROFILE_RESPONSE;
}
impl Wire for NemuruLoanConditionsResponse {
    const SHAPE: &'static Kind = &LOAN_CONDITIONS_RESPONSE;
}
impl Wire for NemuruLoanResponse {
    const SHAPE: &'static Kind = &LOAN_RESPONSE;
}
impl Wire for NemuruWebhookList {
    const SHAPE: &'static Kind = &WEBHOOK_LIST;
}
impl Wire for NemuruFileList {
    const SHAPE: &'static Kind = &FILE_LIST;
}

// The requests' shapes: what JavaScript may pass (unknown fields refused where
// the struct says `deny_unknown_fields`), and what goes on the wire, in struct
// order, money as JSON numbers.

/// `{ baseUrl, username, password }`.
pub const CONFIG: Kind = Kind::Strict(&[
    req("baseUrl", Kind::Str),
    req("username", Kind::Str),
    req("password", Kind::Str),
]);

const LOAN_CONDITIONS_QUERY: Kind = Kind::Strict(&[
    opt("agent_id", Kind::Str),
    req("currency", Kind::Str),
    req("term", U32),
    req("principal", Kind::Money),
]);

const SETUP_FEE_REQUEST: Kind = Kind::Obj(&[req("amount", Kind::Number), req("type", Kind::Str)]);

const INSURANCE_REQUEST: Kind = Kind::Obj(&[
    req("description", Kind::Str),
    req("is_financed", Kind::Bool),
]);

const ASSET_REQUEST: Kind = Kind::Obj(&[req("description", Kind::Str), req("value", Kind::Number)]);

const CREATE_LOAN: Kind = Kind::Strict(&[
    req("id", Kind::Str),
    opt("agent_id", Kind::Str),
    req("currency", Kind::Str),
    req("term", U32),
    req("principal", Kind::Number),
    opt("annual_interest", Kind::Number),
    req("program", Kind::Str),
    opt("setup_fee", SETUP_FEE_REQUEST),
    opt("insurance", INSURANCE_REQUEST),
    req("borrower", BORROWER),
    req("asset_type", Kind::Str),
    req("asset", ASSET_REQUEST),
]);

const WEBHOOK_REQUEST: Kind = Kind::Strict(&[
    req("client", Kind::Str),
    req("event", Kind::Str),
    req("target", Kind::Str),
    opt("state", U8),
    opt("authorization_header", Kind::Str),
    opt("content_type", Kind::Str),
    opt("url", Kind::Str),
    opt("client_id", Kind::Str),
    opt("client_secret", Kind::Str),
    opt("username", Kind::Str),
    opt("password", Kind::Str),
]);

const UPLOAD_FILES: Kind = Kind::Strict(&[req("files", Kind::List(&FILE))]);

impl Wire for NemuruLoanConditionsQuery {
    const SHAPE: &'static Kind = &LOAN_CONDITIONS_QUERY;
}
impl Wire for NemuruCreateLoanRequest {
    const SHAPE: &'static Kind = &CREATE_LOAN;
}
impl Wire for NemuruWebhookRequest {
    const SHAPE: &'static Kind = &WEBHOOK_REQUEST;
}
impl Wire for NemuruUploadFilesRequest {
    const SHAPE: &'static Kind = &UPLOAD_FILES;
}
