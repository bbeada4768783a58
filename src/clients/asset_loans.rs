//! The asset-secured loans API (seed `000_368c80efcc11e602.txt`): discover which
//! of a customer's assets can secure a loan (`/v1/asset-offers`) and execute a
//! loan (`/v1/asset-loans`), polled until its requirements are met. A bearer
//! token authenticates every call. GETs are retried; POSTs are not.

use std::cell::RefCell;

use rust_decimal::Decimal;

use super::error::ClientError;
use super::http::{encode, json_body, poll, request, Endpoint, PollOptions};
use super::shape::{opt, req, Kind, Shaped, Wire, I32, U32};
use super::transport::{HttpResponse, Method, Transport};
use super::wire::check_id;
use crate::json::Value;
use crate::validation::requests::{RequestContext, RequestKind};

const PROVIDER: &str = "asset-loans";

/// What an asset-loans client is built from: `{ baseUrl, token }`.
#[derive(Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssetLoansConfig {
    /// The API's base URL.
    pub base_url: String,
    /// The bearer token (kept in memory, never logged).
    pub token: String,
}

impl std::fmt::Debug for AssetLoansConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssetLoansConfig")
            .field("base_url", &self.base_url)
            .field("token", &"[redacted]")
            .finish()
    }
}

/// `POST /v1/asset-offers`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssetOfferRequest {
    /// The customer's identity number (format by country).
    pub identity_number: String,
    /// ISO 3166-1 alpha-2: `SE`, `NO`, `FI`.
    pub country: String,
}

/// What describes an asset (vehicles: make, model, model year).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetOfferAssetDetails {
    /// Make.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub make: Option<String>,
    /// Model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub model: Option<String>,
    /// Model year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub model_year: Option<i32>,
}

/// An asset that can secure a loan, and for how much.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetOfferAsset {
    /// Deterministic: the same vehicle always has the same id.
    pub asset_id: String,
    /// Such as `vehicle`.
    pub asset_type: String,
    /// The largest loan it secures (a JSON number on the wire, a decimal string here).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub max_loan_amount: Decimal,
    /// ISO 4217.
    pub currency: String,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub details: Option<AssetOfferAssetDetails>,
}

/// An asset offer (it expires).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetOfferResponse {
    /// Stable for the offer's lifetime.
    pub offer_id: String,
    /// RFC 3339.
    pub expires_at: String,
    /// The eligible assets.
    pub assets: Vec<AssetOfferAsset>,
}

/// The customer of a loan.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssetLoanCustomer {
    /// Identity number.
    pub identity_number: String,
    /// ISO 3166-1 alpha-2 (decides the registry).
    pub country: String,
    /// Email.
    pub email: String,
    /// E.164 phone.
    pub phone: String,
}

/// `POST /v1/asset-loans`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssetLoanRequest {
    /// The asset offer (a soft reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub offer_id: Option<String>,
    /// The asset securing the loan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub asset_id: Option<String>,
    /// The amount (decimal string; a JSON number on the wire); at most the asset's `maxLoanAmount`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub loan_amount: Decimal,
    /// Months.
    pub term_months: u32,
    /// ISO 4217.
    pub currency: String,
    /// The customer.
    pub customer: AssetLoanCustomer,
}

/// What a requirement's `details` may hold.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetRequirementDetails {
    /// Where the customer signs (pending contract).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub signing_url: Option<String>,
    /// When the signing request expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub expires_at: Option<String>,
    /// When the requirement was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub completed_at: Option<String>,
    /// The registry, such as `transportstyrelsen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub registry: Option<String>,
    /// The registration's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub reference: Option<String>,
    /// When the credit marking was registered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub registered_at: Option<String>,
}

/// A requirement of a loan.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetLoanRequirement {
    /// `CUSTOMER_CONTRACT` or `CREDIT_MARKING_REGISTRATION`.
    #[serde(rename = "type")]
    pub requirement_type: String,
    /// `PENDING`, `IN_PROGRESS`, `COMPLETED`, `FAILED`.
    pub status: String,
    /// `USER` or `SYSTEM`.
    pub responsible_party: String,
    /// Details by type and status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub details: Option<AssetRequirementDetails>,
}

/// An asset loan.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetLoanResponse {
    /// The loan id.
    pub loan_id: String,
    /// `IN_PROGRESS`, `COMPLETED` or `CANCELLED`.
    pub status: String,
    /// The asset securing it.
    pub asset_id: String,
    /// Its requirements.
    pub requirements: Vec<AssetLoanRequirement>,
}

/// Statuses a loan never leaves.
pub const FINAL_STATUSES: [&str; 2] = ["COMPLETED", "CANCELLED"];

/// An asset-loans client.
pub struct AssetLoansClient {
    endpoint: Endpoint,
    token: String,
    offers: RefCell<Vec<Value>>,
}

impl std::fmt::Debug for AssetLoansClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssetLoansClient")
            .field("endpoint", &self.endpoint)
            .finish()
    }
}

impl AssetLoansClient {
    /// A client; nothing is sent until the first call.
    ///
    /// # Errors
    /// A validation error on `baseUrl` or `token`.
    pub fn new(config: AssetLoansConfig) -> Result<AssetLoansClient, ClientError> {
        let endpoint =
            Endpoint::with_credentials(PROVIDER, &config.base_url, &[("token", &config.token)])?;
        Ok(AssetLoansClient {
            endpoint,
            token: config.token,
            offers: RefCell::new(Vec::new()),
        })
    }

    /// Replaces the retry policy (tests use short waits).
    pub fn set_retry(&mut self, retry: super::http::RetryPolicy) {
        self.endpoint.retry = retry;
    }

    async fn call<T: Transport>(
        &self,
        transport: &T,
        method: Method,
        url: String,
        body: Option<String>,
    ) -> Result<HttpResponse, ClientError> {
        let mut req = request(method, url, body);
        req.headers
            .push(("authorization", format!("Bearer {}", self.token)));
        let secrets = [self.token.as_str()];
        let response = self
            .endpoint
            .send(transport, req, method == Method::Get, &secrets)
            .await?;
        if (200..300).contains(&response.status) {
            Ok(response)
        } else {
            Err(self.endpoint.error(&response, &secrets))
        }
    }

    fn remember(&self, offer: &Shaped<AssetOfferResponse>) {
        let offer = offer.value();
        let mut offers = self.offers.borrow_mut();
        offers.retain(|o| o.get("offerId") != offer.get("offerId"));
        offers.push(offer.clone());
    }

    /// Which of a customer's assets can secure a loan, and for how much.
    ///
    /// # Errors
    /// A validation error (identity number, country); any client error.
    pub async fn create_asset_offer<T: Transport>(
        &self,
        transport: &T,
        request: &Shaped<AssetOfferRequest>,
    ) -> Result<Shaped<AssetOfferResponse>, ClientError> {
        self.endpoint.validate(
            RequestKind::AssetOffersCreate,
            request.value(),
            &RequestContext::default(),
        )?;
        let url = self.endpoint.url("/v1/asset-offers", &[]);
        let response = self
            .call(
                transport,
                Method::Post,
                url,
                Some(json_body(request.value())),
            )
            .await?;
        let offer: Shaped<AssetOfferResponse> = self.endpoint.parse(&response)?;
        self.remember(&offer);
        Ok(offer)
    }

    /// Offers issued before, optionally for one identity number.
    ///
    /// # Errors
    /// Any client error.
    pub async fn list_asset_offers<T: Transport>(
        &self,
        transport: &T,
        identity_number: Option<&str>,
    ) -> Result<Shaped<Vec<AssetOfferResponse>>, ClientError> {
        let query: Vec<(&str, &str)> = identity_number
            .map(|n| ("identityNumber", n))
            .into_iter()
            .collect();
        let url = self.endpoint.url("/v1/asset-offers", &query);
        let response = self.call(transport, Method::Get, url, None).await?;
        self.endpoint.parse(&response)
    }

    /// One offer by id.
    ///
    /// # Errors
    /// Not found; any client error.
    pub async fn get_asset_offer<T: Transport>(
        &self,
        transport: &T,
        offer_id: &str,
    ) -> Result<Shaped<AssetOfferResponse>, ClientError> {
        check_id(PROVIDER, "offerId", offer_id, false)?;
        let url = self
            .endpoint
            .url(&format!("/v1/asset-offers/{}", encode(offer_id)), &[]);
        let response = self.call(transport, Method::Get, url, None).await?;
        let offer: Shaped<AssetOfferResponse> = self.endpoint.parse(&response)?;
        self.remember(&offer);
        Ok(offer)
    }

    /// Executes a secured loan: starts contract signing and credit marking.
    /// When this client fetched the offer, the checks also see it (amount at most
    /// the asset's `maxLoanAmount`, currency, asset in the offer).
    ///
    /// # Errors
    /// A validation error listing every problem; conflict; any client error.
    pub async fn create_asset_loan<T: Transport>(
        &self,
        transport: &T,
        request: &Shaped<AssetLoanRequest>,
    ) -> Result<Shaped<AssetLoanResponse>, ClientError> {
        let offer_id = request.value().get("offerId").and_then(Value::as_str);
        let known = offer_id.and_then(|id| {
            let offers = self.offers.borrow();
            let offer = offers
                .iter()
                .find(|o| o.get("offerId").and_then(Value::as_str) == Some(id))?;
            // The validation module reads the offer in its own (wire) shape.
            crate::json::from_value(offer).ok()
        });
        let context = RequestContext {
            asset_offer: known,
            ..Default::default()
        };
        self.endpoint
            .validate(RequestKind::AssetLoansCreate, request.value(), &context)?;
        let url = self.endpoint.url("/v1/asset-loans", &[]);
        let response = self
            .call(
                transport,
                Method::Post,
                url,
                Some(json_body(request.value())),
            )
            .await?;
        self.endpoint.parse(&response)
    }

    /// A loan by id.
    ///
    /// # Errors
    /// Not found; any client error.
    pub async fn get_asset_loan<T: Transport>(
        &self,
        transport: &T,
        loan_id: &str,
    ) -> Result<Shaped<AssetLoanResponse>, ClientError> {
        check_id(PROVIDER, "loanId", loan_id, false)?;
        let url = self
            .endpoint
            .url(&format!("/v1/asset-loans/{}", encode(loan_id)), &[]);
        let response = self.call(transport, Method::Get, url, None).await?;
        self.endpoint.parse(&response)
    }

    /// Polls a loan until its status is one of `until` (default `COMPLETED`) or
    /// final (`COMPLETED`, `CANCELLED`).
    ///
    /// # Errors
    /// A timeout error (`wait_timeout`); any client error.
    pub async fn wait_for_loan<T: Transport>(
        &self,
        transport: &T,
        loan_id: &str,
        until: &[String],
        options: PollOptions,
    ) -> Result<Shaped<AssetLoanResponse>, ClientError> {
        check_id(PROVIDER, "loanId", loan_id, false)?;
        poll(
            transport,
            PROVIDER,
            options,
            || self.get_asset_loan(transport, loan_id),
            |loan| {
                let status = loan.value().get("status").and_then(Value::as_str);
                let status = status.unwrap_or_default();
                until.iter().any(|u| u == status) || FINAL_STATUSES.contains(&status)
            },
        )
        .await
    }
}

// The wire shapes of the responses (see `super::shape`), field by field in the
// order of the structs above, which is the order JavaScript sees.

const ASSET_DETAILS: Kind = Kind::Obj(&[
    opt("make", Kind::Str),
    opt("model", Kind::Str),
    opt("modelYear", I32),
]);

const OFFER_ASSET: Kind = Kind::Obj(&[
    req("assetId", Kind::Str),
    req("assetType", Kind::Str),
    req("maxLoanAmount", Kind::Money),
    req("currency", Kind::Str),
    opt("details", ASSET_DETAILS),
]);

const OFFER: Kind = Kind::Obj(&[
    req("offerId", Kind::Str),
    req("expiresAt", Kind::Str),
    req("assets", Kind::List(&OFFER_ASSET)),
]);

const REQUIREMENT_DETAILS: Kind = Kind::Obj(&[
    opt("signingUrl", Kind::Str),
    opt("expiresAt", Kind::Str),
    opt("completedAt", Kind::Str),
    opt("registry", Kind::Str),
    opt("reference", Kind::Str),
    opt("registeredAt", Kind::Str),
]);

const REQUIREMENT: Kind = Kind::Obj(&[
    req("type", Kind::Str),
    req("status", Kind::Str),
    req("responsibleParty", Kind::Str),
    opt("details", REQUIREMENT_DETAILS),
]);

const LOAN: Kind = Kind::Obj(&[
    req("loanId", Kind::Str),
    req("status", Kind::Str),
    req("assetId", Kind::Str),
    req("requirements", Kind::List(&REQUIREMENT)),
]);

impl Wire for AssetOfferResponse {
    const SHAPE: &'static Kind = &OFFER;
}
impl Wire for Vec<AssetOfferResponse> {
    const SHAPE: &'static Kind = &Kind::List(&OFFER);
}
impl Wire for AssetLoanResponse {
    const SHAPE: &'static Kind = &LOAN;
}

// The requests' shapes (unknown fields refused, the loan amount a JSON number
// on the wire).

/// `{ baseUrl, token }`.
pub const CONFIG: Kind = Kind::Strict(&[req("baseUrl", Kind::Str), req("token", Kind::Str)]);

const OFFER_REQUEST: Kind =
    Kind::Strict(&[req("identityNumber", Kind::Str), req("country", Kind::Str)]);

const CUSTOMER: Kind = Kind::Strict(&[
    req("identityNumber", Kind::Str),
    req("country", Kind::Str),
    req("email", Kind::Str),
    req("phone", Kind::Str),
]);

const LOAN_REQUEST: Kind = Kind::Strict(&[
    opt("offerId", Kind::Str),
    opt("assetId", Kind::Str),
    req("loanAmount", Kind::Number),
    req("termMonths", U32),
    req("currency", Kind::Str),
    req("customer", CUSTOMER),
]);

impl Wire for AssetOfferRequest {
    const SHAPE: &'static Kind = &OFFER_REQUEST;
}
impl Wire for AssetLoanRequest {
    const SHAPE: &'static Kind = &LOAN_REQUEST;
}
