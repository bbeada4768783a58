//! Tuum's loan API: create a loan offer for a person (`POST
//! /api/v3/persons/{personId}/offers`, seed `001_06b075654e9514e0.txt`) and accept
//! it (`POST /api/v2/offers/{offerId}/accept`, seed `003_88e172179a14c76c.txt`),
//! with the `x-auth-token` and `x-channel-code` headers. Money is `{ amount,
//! currencyCode }`: decimal strings in requests and in JavaScript, JSON numbers
//! in Tuum's responses. Neither call is safe to repeat, so neither is retried.

use std::cell::RefCell;

use rust_decimal::Decimal;

use super::error::ClientError;
use super::http::{encode, json_body, request, Endpoint};
use super::shape::{nullable, opt, req, Kind, Shaped, Wire, STRINGS, U32};
use super::transport::{Method, Transport};
use super::wire::check_id;
use crate::validation::requests::{
    RequestContext, RequestKind, TuumMoney, TuumOffer, TuumValidityRange,
};
use crate::validation::value::Value;

const PROVIDER: &str = "tuum";

/// What a Tuum client is built from: `{ baseUrl, authToken, channelCode }`.
#[derive(Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TuumConfig {
    /// The API's base URL, such as `https://loan-api.sandbox.tuumplatform.com`.
    pub base_url: String,
    /// The `x-auth-token` (kept in memory, never logged).
    pub auth_token: String,
    /// The `x-channel-code`, such as `system`.
    pub channel_code: String,
}

impl std::fmt::Debug for TuumConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TuumConfig")
            .field("base_url", &self.base_url)
            .field("auth_token", &"[redacted]")
            .field("channel_code", &self.channel_code)
            .finish()
    }
}

/// Create loan offer for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TuumCreateOfferRequest {
    /// The money the borrower asks for.
    pub requested_money: TuumMoney,
    /// Months.
    pub loan_period: u32,
    /// The product, such as `BALLOON_LOAN`.
    pub loan_type_code: String,
    /// Payment day of the month (1-31).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_day: Option<u32>,
    /// The product's tenant, such as `MB`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub tenant_code: Option<String>,
    /// Such as `TRUSTLY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_channel_code: Option<String>,
    /// The monthly repayment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub monthly_repayment_money: Option<TuumMoney>,
    /// ISO 3166-1 alpha-2; must match the product's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub country_code: Option<String>,
    /// The money offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub offered_money: Option<TuumMoney>,
}

/// A payment instruction sent when accepting an offer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TuumPaymentInstruction {
    /// The beneficiary's name.
    pub beneficiary_name: String,
    /// The beneficiary's IBAN.
    pub beneficiary_iban: String,
    /// The amount (at most the offered money).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub money: Option<TuumMoney>,
    /// Such as `TRUSTLY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_channel_code: Option<String>,
    /// A payment reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub reference_number: Option<String>,
}

/// Accept loan offer: the payment instructions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TuumAcceptOfferRequest {
    /// At least one payment instruction.
    pub payment_instructions: Vec<TuumPaymentInstruction>,
}

/// A payment instruction as an accepted offer shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TuumPaymentInstructionData {
    /// The instruction id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_instruction_id: Option<String>,
    /// Person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub person_id: Option<String>,
    /// Beneficiary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub beneficiary_name: Option<String>,
    /// Beneficiary IBAN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub beneficiary_iban: Option<String>,
    /// Amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub money: Option<TuumMoney>,
    /// Reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub reference_number: Option<String>,
    /// Whether processed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub processed: Option<bool>,
    /// Such as `VALIDATED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status_code: Option<String>,
    /// Such as `TRUSTLY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_channel_code: Option<String>,
}

/// A borrower of an offer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TuumCoBorrower {
    /// The person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub person_id: Option<String>,
    /// Such as `BORROWER`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub borrower_type_code: Option<String>,
}

/// A loan offer as Tuum returns it (`data` of the envelope); `null`s are absent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TuumOfferData {
    /// The offer id.
    pub offer_id: String,
    /// The loan application, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub application_id: Option<String>,
    /// The borrower.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub person_id: Option<String>,
    /// A co-borrower.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub co_person_id: Option<String>,
    /// The interest rate, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub interest_rate: Option<Decimal>,
    /// Loan to value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub loan_to_value: Option<Decimal>,
    /// The requested money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub requested_money: Option<TuumMoney>,
    /// The offered money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub offered_money: Option<TuumMoney>,
    /// Gross money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub gross_money: Option<TuumMoney>,
    /// Net money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub net_money: Option<TuumMoney>,
    /// Months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub loan_period: Option<u32>,
    /// `PREPARING`, `ACCEPTED`, `EXPIRED`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status_code: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub offer_date: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status_date: Option<String>,
    /// A comment on the status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status_comment: Option<String>,
    /// The product, such as `BALLOON_LOAN`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub loan_type_code: Option<String>,
    /// Invoice day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub invoice_day: Option<u32>,
    /// Invoice due day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub invoice_due_day: Option<u32>,
    /// Payment day of the month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_day: Option<u32>,
    /// Servicing account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub servicing_account_id: Option<String>,
    /// APR, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub apr: Option<Decimal>,
    /// `BALLOON`, `ANNUITY`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub schedule_type_code: Option<String>,
    /// Purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub purpose: Option<String>,
    /// Such as `UNSECURED_LOAN`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub loan_group_code: Option<String>,
    /// The monthly repayment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub monthly_repayment_money: Option<TuumMoney>,
    /// Monthly repayment rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub monthly_repayment_rate: Option<Decimal>,
    /// Tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub tenant_code: Option<String>,
    /// Such as `NEW_OFFER`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status_code_reason: Option<String>,
    /// The product's longest period, months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_period: Option<u32>,
    /// The product's largest amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_money: Option<TuumMoney>,
    /// Application score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub application_score: Option<Decimal>,
    /// ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub country_code: Option<String>,
    /// Channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub channel_code: Option<String>,
    /// Number of payments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub number_of_payments: Option<u32>,
    /// Annuity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub annuity_money: Option<TuumMoney>,
    /// When the offer can be accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub validity_range: Option<TuumValidityRange>,
    /// Fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub fee_money: Option<TuumMoney>,
    /// Floating rate margin, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub interest_margin_rate: Option<Decimal>,
    /// Floating base rate, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub interest_base_rate: Option<Decimal>,
    /// `FIX` or `FLOATING`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub interest_type_code: Option<String>,
    /// Such as `EURIBOR-6M`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub rate_base_code: Option<String>,
    /// Payment-free months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_free_months: Option<u32>,
    /// Such as `TRUSTLY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub repayment_channel_code: Option<String>,
    /// Campaigns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub campaign_ids: Option<Vec<String>>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub contract_end_date: Option<String>,
    /// The loan contract, once accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub contract_id: Option<String>,
    /// The contract number, once accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub contract_number: Option<String>,
    /// The contract version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub active_version_id: Option<String>,
    /// Amortisation period, months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub amortisation_period: Option<u32>,
    /// Whether collateral is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub collateral_required: Option<bool>,
    /// Whether an overdraft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub overdraft: Option<bool>,
    /// Payment instructions (accepted offers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_instructions: Option<Vec<TuumPaymentInstructionData>>,
    /// Borrowers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub co_borrowers: Option<Vec<TuumCoBorrower>>,
}

/// An entry of Tuum's `errors` or `validationErrors`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct TuumIssue {
    /// The code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub code: Option<String>,
    /// The message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub message: Option<String>,
    /// The field (validation errors).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub path: Option<String>,
}

/// Tuum's envelope: `{ errors, validationErrors, data }`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TuumOfferResponse {
    /// Errors (`null` on success).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub errors: Option<Vec<TuumIssue>>,
    /// Validation errors (`null` on success).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub validation_errors: Option<Vec<TuumIssue>>,
    /// The offer.
    pub data: TuumOfferData,
}

/// A Tuum client.
pub struct TuumClient {
    endpoint: Endpoint,
    auth_token: String,
    channel_code: String,
    offers: RefCell<Vec<TuumOffer>>,
}

impl std::fmt::Debug for TuumClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TuumClient")
            .field("endpoint", &self.endpoint)
            .finish()
    }
}

impl TuumClient {
    /// A client; nothing is sent until the first call.
    ///
    /// # Errors
    /// A validation error on `baseUrl`, `authToken` or `channelCode`.
    pub fn new(config: TuumConfig) -> Result<TuumClient, ClientError> {
        let endpoint = Endpoint::with_credentials(
            PROVIDER,
            &config.base_url,
            &[
                ("authToken", &config.auth_token),
                ("channelCode", &config.channel_code),
            ],
        )?;
        Ok(TuumClient {
            endpoint,
            auth_token: config.auth_token,
            channel_code: config.channel_code,
            offers: RefCell::new(Vec::new()),
        })
    }

    async fn post<T: Transport>(
        &self,
        transport: &T,
        path: String,
        body: String,
    ) -> Result<Shaped<TuumOfferResponse>, ClientError> {
        let mut req = request(Method::Post, self.endpoint.url(&path, &[]), Some(body));
        req.headers.push(("x-auth-token", self.auth_token.clone()));
        req.headers
            .push(("x-channel-code", self.channel_code.clone()));
        let secrets = [self.auth_token.as_str()];
        let response = self.endpoint.send(transport, req, false, &secrets).await?;
        if !(200..300).contains(&response.status) {
            return Err(self.endpoint.error(&response, &secrets));
        }
        // A 2xx whose envelope still carries errors is an error.
        let envelope = self.endpoint.read(&response)?;
        let has = |k: &str| matches!(envelope.get(k), Some(Value::Array(a)) if !a.is_empty());
        if has("errors") || has("validationErrors") {
            let mut as_error = response.clone();
            as_error.status = if has("validationErrors") { 400 } else { 500 };
            let mut e = self.endpoint.error(&as_error, &secrets);
            e.status = Some(response.status);
            return Err(e);
        }
        let parsed = self
            .endpoint
            .shape_value(&response, &envelope, TuumOfferResponse::SHAPE)?;
        // What accepting it will be checked against (the validation module's view).
        let data = parsed.get("data").unwrap_or(&Value::Null);
        let text = |k: &str| data.get(k).and_then(Value::as_str).map(str::to_owned);
        let money = |k: &str| {
            let m = data.get(k)?;
            Some(TuumMoney {
                amount: m.get("amount")?.as_str()?.parse().ok()?,
                currency_code: m.get("currencyCode")?.as_str()?.to_owned(),
            })
        };
        let offer = TuumOffer {
            offer_id: text("offerId"),
            max_period: data
                .get("maxPeriod")
                .and_then(Value::as_f64)
                .map(|n| n as u32),
            max_money: money("maxMoney"),
            offered_money: money("offeredMoney"),
            status_code: text("statusCode"),
            validity_range: None,
        };
        let mut offers = self.offers.borrow_mut();
        offers.retain(|o| o.offer_id != offer.offer_id);
        offers.push(offer);
        Ok(Shaped::new(parsed))
    }

    /// Creates a loan offer for a person, validated first.
    ///
    /// # Errors
    /// A validation error listing every problem; not found for an unknown person; any client error.
    pub async fn create_offer<T: Transport>(
        &self,
        transport: &T,
        person_id: &str,
        request: &Shaped<TuumCreateOfferRequest>,
    ) -> Result<Shaped<TuumOfferResponse>, ClientError> {
        check_id(PROVIDER, "personId", person_id, false)?;
        self.endpoint.validate(
            RequestKind::TuumCreateOffer,
            request.value(),
            &RequestContext::default(),
        )?;
        let body = json_body(request.value());
        self.post(
            transport,
            format!("/api/v3/persons/{}/offers", encode(person_id)),
            body,
        )
        .await
    }

    /// Accepts an offer with its payment instructions, which creates the loan
    /// contract. When this client created or accepted the offer, the checks also
    /// see the offer (currency, offered money, status).
    ///
    /// # Errors
    /// A validation error listing every problem; conflict when the offer is no
    /// longer acceptable; not found; any client error.
    pub async fn accept_offer<T: Transport>(
        &self,
        transport: &T,
        offer_id: &str,
        request: &Shaped<TuumAcceptOfferRequest>,
    ) -> Result<Shaped<TuumOfferResponse>, ClientError> {
        check_id(PROVIDER, "offerId", offer_id, false)?;
        let known = self
            .offers
            .borrow()
            .iter()
            .find(|o| o.offer_id.as_deref() == Some(offer_id))
            .cloned();
        let context = RequestContext {
            tuum_offer: known,
            ..Default::default()
        };
        // What is checked: the offer id with the instructions.
        let instructions = request.value().get("paymentInstructions");
        let payload = Value::Object(vec![
            ("offerId".to_owned(), Value::String(offer_id.to_owned())),
            (
                "paymentInstructions".to_owned(),
                instructions.cloned().unwrap_or(Value::Null),
            ),
        ]);
        self.endpoint
            .validate(RequestKind::TuumAcceptOffer, &payload, &context)?;
        let body = json_body(request.value());
        self.post(
            transport,
            format!("/api/v2/offers/{}/accept", encode(offer_id)),
            body,
        )
        .await
    }
}

// The wire shape of the offer response (see `super::shape`), field by field in
// the order of the structs above, which is the order JavaScript sees.

const MONEY: Kind = Kind::Obj(&[req("amount", Kind::Money), req("currencyCode", Kind::Str)]);

const VALIDITY_RANGE: Kind = Kind::Obj(&[
    nullable("startDate", Kind::Date),
    nullable("endDate", Kind::Date),
]);

const PAYMENT_INSTRUCTION: Kind = Kind::Obj(&[
    opt("paymentInstructionId", Kind::Str),
    opt("personId", Kind::Str),
    opt("beneficiaryName", Kind::Str),
    opt("beneficiaryIban", Kind::Str),
    opt("money", MONEY),
    opt("referenceNumber", Kind::Str),
    opt("processed", Kind::Bool),
    opt("statusCode", Kind::Str),
    opt("paymentChannelCode", Kind::Str),
]);

const CO_BORROWER: Kind = Kind::Obj(&[
    opt("personId", Kind::Str),
    opt("borrowerTypeCode", Kind::Str),
]);

const OFFER_DATA: Kind = Kind::Obj(&[
    req("offerId", Kind::Str),
    opt("applicationId", Kind::Str),
    opt("personId", Kind::Str),
    opt("coPersonId", Kind::Str),
    opt("interestRate", Kind::Money),
    opt("loanToValue", Kind::Money),
    opt("requestedMoney", MONEY),
    opt("offeredMoney", MONEY),
    opt("grossMoney", MONEY),
    opt("netMoney", MONEY),
    opt("loanPeriod", U32),
    opt("statusCode", Kind::Str),
    opt("offerDate", Kind::Str),
    opt("statusDate", Kind::Str),
    opt("statusComment", Kind::Str),
    opt("loanTypeCode", Kind::Str),
    opt("invoiceDay", U32),
    opt("invoiceDueDay", U32),
    opt("paymentDay", U32),
    opt("servicingAccountId", Kind::Str),
    opt("apr", Kind::Money),
    opt("scheduleTypeCode", Kind::Str),
    opt("purpose", Kind::Str),
    opt("loanGroupCode", Kind::Str),
    opt("monthlyRepaymentMoney", MONEY),
    opt("monthlyRepaymentRate", Kind::Money),
    opt("tenantCode", Kind::Str),
    opt("statusCodeReason", Kind::Str),
    opt("maxPeriod", U32),
    opt("maxMoney", MONEY),
    opt("applicationScore", Kind::Money),
    opt("countryCode", Kind::Str),
    opt("channelCode", Kind::Str),
    opt("numberOfPayments", U32),
    opt("annuityMoney", MONEY),
    opt("validityRange", VALIDITY_RANGE),
    opt("feeMoney", MONEY),
    opt("interestMarginRate", Kind::Money),
    opt("interestBaseRate", Kind::Money),
    opt("interestTypeCode", Kind::Str),
    opt("rateBaseCode", Kind::Str),
    opt("paymentFreeMonths", U32),
    opt("repaymentChannelCode", Kind::Str),
    opt("campaignIds", STRINGS),
    opt("contractEndDate", Kind::Str),
    opt("contractId", Kind::Str),
    opt("contractNumber", Kind::Str),
    opt("activeVersionId", Kind::Str),
    opt("amortisationPeriod", U32),
    opt("collateralRequired", Kind::Bool),
    opt("overdraft", Kind::Bool),
    opt("paymentInstructions", Kind::List(&PAYMENT_INSTRUCTION)),
    opt("coBorrowers", Kind::List(&CO_BORROWER)),
]);

const ISSUE: Kind = Kind::Obj(&[
    opt("code", Kind::Str),
    opt("message", Kind::Str),
    opt("path", Kind::Str),
]);

const OFFER_RESPONSE: Kind = Kind::Obj(&[
    opt("errors", Kind::List(&ISSUE)),
    opt("validationErrors", Kind::List(&ISSUE)),
    req("data", OFFER_DATA),
]);

impl Wire for TuumOfferResponse {
    const SHAPE: &'static Kind = &OFFER_RESPONSE;
}

// The requests' shapes (unknown fields refused, money as decimal strings).

/// `{ baseUrl, authToken, channelCode }`.
pub const CONFIG: Kind = Kind::Strict(&[
    req("baseUrl", Kind::Str),
    req("authToken", Kind::Str),
    req("channelCode", Kind::Str),
]);

const CREATE_OFFER: Kind = Kind::Strict(&[
    req("requestedMoney", MONEY),
    req("loanPeriod", U32),
    req("loanTypeCode", Kind::Str),
    opt("paymentDay", U32),
    opt("tenantCode", Kind::Str),
    opt("paymentChannelCode", Kind::Str),
    opt("monthlyRepaymentMoney", MONEY),
    opt("countryCode", Kind::Str),
    opt("offeredMoney", MONEY),
]);

const INSTRUCTION_REQUEST: Kind = Kind::Strict(&[
    req("beneficiaryName", Kind::Str),
    req("beneficiaryIban", Kind::Str),
    opt("money", MONEY),
    opt("paymentChannelCode", Kind::Str),
    opt("referenceNumber", Kind::Str),
]);

const ACCEPT_OFFER: Kind =
    Kind::Strict(&[req("paymentInstructions", Kind::List(&INSTRUCTION_REQUEST))]);

impl Wire for TuumCreateOfferRequest {
    const SHAPE: &'static Kind = &CREATE_OFFER;
}
impl Wire for TuumAcceptOfferRequest {
    const SHAPE: &'static Kind = &ACCEPT_OFFER;
}
