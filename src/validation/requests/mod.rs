//! Request validators for every request in the lending APIs lendkit talks to, one
//! file per API: [`asset_loans`] (`/v1/asset-offers`, `/v1/asset-loans`),
//! [`tuum`] (create and accept a loan offer) and [`nemuru`] (login, create loan,
//! loan actions, webhooks, file upload, and the 400 error body).
//!
//! Each takes the payload as an untyped [`Value`] so that every missing or
//! wrong-typed field is reported with its path in the API's own field names, and
//! a [`RequestContext`] with what the cross-field rules need (the offer, the agent
//! profile, "now").

use crate::civil::Date;
use chrono::{DateTime, FixedOffset};
use rust_decimal::Decimal;

use super::value::Value;
use super::{formats, Issues, Locale, Problem, ValidationResult};
use crate::eligibility::AssetOffer;
use crate::money::Currency;

pub mod asset_loans;
pub mod nemuru;
pub mod tuum;

/// The requests that can be validated, named `api.operation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum RequestKind {
    /// `POST /v1/asset-offers`.
    #[serde(rename = "assetOffers.create")]
    AssetOffersCreate,
    /// `POST /v1/asset-loans`.
    #[serde(rename = "assetLoans.create")]
    AssetLoansCreate,
    /// Tuum `POST /api/v3/persons/{personId}/offers`.
    #[serde(rename = "tuum.createOffer")]
    TuumCreateOffer,
    /// Tuum `POST /api/v2/offers/{offerId}/accept`.
    #[serde(rename = "tuum.acceptOffer")]
    TuumAcceptOffer,
    /// Nemuru login.
    #[serde(rename = "nemuru.login")]
    NemuruLogin,
    /// Nemuru create loan.
    #[serde(rename = "nemuru.createLoan")]
    NemuruCreateLoan,
    /// Nemuru loan actions (`op`).
    #[serde(rename = "nemuru.loanAction")]
    NemuruLoanAction,
    /// Nemuru create or update webhook.
    #[serde(rename = "nemuru.webhook")]
    NemuruWebhook,
    /// Nemuru upload files.
    #[serde(rename = "nemuru.uploadFiles")]
    NemuruUploadFiles,
}

impl RequestKind {
    /// Every kind, in the order of the contract.
    pub const ALL: [RequestKind; 9] = [
        RequestKind::AssetOffersCreate,
        RequestKind::AssetLoansCreate,
        RequestKind::TuumCreateOffer,
        RequestKind::TuumAcceptOffer,
        RequestKind::NemuruLogin,
        RequestKind::NemuruCreateLoan,
        RequestKind::NemuruLoanAction,
        RequestKind::NemuruWebhook,
        RequestKind::NemuruUploadFiles,
    ];

    /// The name, such as `"nemuru.createLoan"`.
    pub fn name(self) -> &'static str {
        match self {
            RequestKind::AssetOffersCreate => "assetOffers.create",
            RequestKind::AssetLoansCreate => "assetLoans.create",
            RequestKind::TuumCreateOffer => "tuum.createOffer",
            RequestKind::TuumAcceptOffer => "tuum.acceptOffer",
            RequestKind::NemuruLogin => "nemuru.login",
            RequestKind::NemuruCreateLoan => "nemuru.createLoan",
            RequestKind::NemuruLoanAction => "nemuru.loanAction",
            RequestKind::NemuruWebhook => "nemuru.webhook",
            RequestKind::NemuruUploadFiles => "nemuru.uploadFiles",
        }
    }

    /// Looks a kind up by name.
    pub fn from_name(name: &str) -> Option<RequestKind> {
        RequestKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// Money as Tuum writes it: `{ amount, currencyCode }` (requests use decimal
/// strings, responses JSON numbers; both are read).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TuumMoney {
    /// The amount.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | number"))]
    pub amount: Decimal,
    /// ISO 4217 code.
    pub currency_code: String,
}

/// Tuum's `validityRange`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TuumValidityRange {
    /// First day (`YYYY-MM-DD`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub start_date: Option<Date>,
    /// Last day (`YYYY-MM-DD`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub end_date: Option<Date>,
}

/// What the Tuum rules read from an offer (the `data` of Tuum's offer
/// response can be passed as it is; other fields are ignored).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TuumOffer {
    /// The offer id.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub offer_id: Option<String>,
    /// The product's longest loan period, in months.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_period: Option<u32>,
    /// The product's largest amount.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_money: Option<TuumMoney>,
    /// The amount offered.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub offered_money: Option<TuumMoney>,
    /// The offer's status (`PREPARING`, `ACCEPTED`, ...).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status_code: Option<String>,
    /// When the offer can be accepted.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub validity_range: Option<TuumValidityRange>,
}

/// What the Nemuru rules read from the agent profile (the `payload` of Nemuru's
/// "Get agent profile" can be passed as it is).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NemuruAgent {
    /// The agent id.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub id: Option<String>,
    /// The asset types the agent may finance.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub allowed_asset_types: Option<Vec<String>>,
}

/// What cross-field rules need besides the payload. Every field is optional: a
/// rule whose input is missing is not checked.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RequestContext {
    /// The language of the messages (default `en`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<Locale>,
    /// "Now" (RFC 3339): offer expiry.
    #[serde(default, with = "crate::rfc3339::serde_offset_opt")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub now: Option<DateTime<FixedOffset>>,
    /// "Today" (`YYYY-MM-DD`): ages, Swedish centuries, Tuum validity. Defaults to
    /// the date of `now`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub today: Option<Date>,
    /// The minimum age of a customer, checked on `today` (for example 18).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub minimum_age: Option<u32>,
    /// The asset offer a loan refers to (`POST /v1/asset-offers` response).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub asset_offer: Option<AssetOffer>,
    /// The Tuum offer (or product limits) a request refers to.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub tuum_offer: Option<TuumOffer>,
    /// The logged-in Nemuru agent.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent: Option<NemuruAgent>,
    /// The file types Nemuru accepts for uploads (any snake_case type when absent).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub file_types: Option<Vec<String>>,
}

impl RequestContext {
    /// `today`, or the date of `now`.
    pub fn today(&self) -> Option<Date> {
        self.today
            .or_else(|| self.now.and_then(|n| crate::rfc3339::local_date(&n)))
    }
}

/// Validates a request of a kind.
///
/// # Examples
/// ```
/// use lendkit::validation::requests::{validate_request, RequestContext, RequestKind};
/// use lendkit::validation::value::Value;
/// let payload = Value::Object(vec![("username".into(), Value::String("u@x.com".into()))]);
/// let r = validate_request(RequestKind::NemuruLogin, &payload, &RequestContext::default());
/// assert!(!r.valid);
/// assert_eq!(r.codes(), vec![("password", "required")]);
/// ```
pub fn validate_request(
    kind: RequestKind,
    payload: &Value,
    context: &RequestContext,
) -> ValidationResult {
    let mut issues = Issues::new(context.locale.unwrap_or_default());
    if let Some(root) = Obj::root(payload, &mut issues) {
        match kind {
            RequestKind::AssetOffersCreate => {
                asset_loans::offer_request(&root, context, &mut issues)
            }
            RequestKind::AssetLoansCreate => asset_loans::loan_request(&root, context, &mut issues),
            RequestKind::TuumCreateOffer => tuum::create_offer(&root, context, &mut issues),
            RequestKind::TuumAcceptOffer => tuum::accept_offer(&root, context, &mut issues),
            RequestKind::NemuruLogin => nemuru::login(&root, &mut issues),
            RequestKind::NemuruCreateLoan => nemuru::create_loan(&root, context, &mut issues),
            RequestKind::NemuruLoanAction => nemuru::loan_action(&root, &mut issues),
            RequestKind::NemuruWebhook => nemuru::webhook(&root, &mut issues),
            RequestKind::NemuruUploadFiles => nemuru::upload_files(&root, context, &mut issues),
        }
    }
    issues.finish()
}

/// The longest ordinary text field, in characters.
pub const MAX_TEXT: usize = 1000;

/// An object of the payload with its path, and typed accessors that record a
/// problem (with the member's path) when a member is missing or of the wrong type.
#[derive(Debug, Clone)]
pub(crate) struct Obj<'v> {
    value: &'v Value,
    path: String,
}

/// An element of an array with its path.
#[derive(Debug, Clone)]
pub(crate) struct Item<'v> {
    /// The element.
    pub value: &'v Value,
    /// Its path, such as `files[0]`.
    pub path: String,
}

impl<'v> Item<'v> {
    /// This element as an object, or an `invalid_type` / `required` problem.
    pub fn into_obj(self, issues: &mut Issues) -> Option<Obj<'v>> {
        match self.value {
            Value::Object(_) => Some(Obj {
                value: self.value,
                path: self.path,
            }),
            Value::Null => {
                issues.push(&self.path, Problem::Required);
                None
            }
            _ => {
                issues.push(&self.path, Problem::InvalidType { expected: "object" });
                None
            }
        }
    }
}

impl<'v> Obj<'v> {
    /// The payload itself, which must be an object.
    pub fn root(value: &'v Value, issues: &mut Issues) -> Option<Obj<'v>> {
        match value {
            Value::Object(_) => Some(Obj {
                value,
                path: String::new(),
            }),
            Value::Null => {
                issues.push("", Problem::Required);
                None
            }
            _ => {
                issues.push("", Problem::InvalidType { expected: "object" });
                None
            }
        }
    }

    /// The path of a member.
    pub fn path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The object's value.
    pub fn value(&self) -> &'v Value {
        self.value
    }

    /// A member that is present and not null.
    pub fn get(&self, key: &str) -> Option<&'v Value> {
        self.value.get(key).filter(|v| !v.is_null())
    }

    /// Whether a member is present and not null.
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    fn member(&self, key: &str, required: bool, issues: &mut Issues) -> Option<&'v Value> {
        let v = self.get(key);
        if v.is_none() && required {
            issues.push(&self.path(key), Problem::Required);
        }
        v
    }

    /// A string member, not blank, at most `max` characters.
    pub fn text(
        &self,
        key: &str,
        required: bool,
        max: usize,
        issues: &mut Issues,
    ) -> Option<&'v str> {
        let v = self.member(key, required, issues)?;
        let Some(s) = v.as_str() else {
            issues.push(&self.path(key), Problem::InvalidType { expected: "string" });
            return None;
        };
        if s.trim().is_empty() {
            issues.push(&self.path(key), Problem::Empty);
            return None;
        }
        if s.len() > max && s.chars().count() > max {
            issues.push(&self.path(key), Problem::TooLong { max });
            return None;
        }
        Some(s)
    }

    /// A string member of ordinary length.
    pub fn str(&self, key: &str, required: bool, issues: &mut Issues) -> Option<&'v str> {
        self.text(key, required, MAX_TEXT, issues)
    }

    /// A string member checked by a validator; the validator's problem is
    /// recorded at the member's path.
    pub fn checked<T>(
        &self,
        key: &str,
        required: bool,
        issues: &mut Issues,
        check: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Option<T> {
        let s = self.text(key, required, usize::MAX, issues)?;
        match check(s) {
            Ok(t) => Some(t),
            Err(p) => {
                issues.push(&self.path(key), p);
                None
            }
        }
    }

    /// A string member that must be one of `allowed`.
    pub fn one_of(
        &self,
        key: &str,
        required: bool,
        allowed: &[&str],
        issues: &mut Issues,
    ) -> Option<&'v str> {
        let s = self.text(key, required, MAX_TEXT, issues)?;
        if allowed.contains(&s) {
            Some(s)
        } else {
            issues.push(
                &self.path(key),
                Problem::NotOneOf {
                    allowed: allowed.join(", "),
                },
            );
            None
        }
    }

    /// A finite number member.
    pub fn number(&self, key: &str, required: bool, issues: &mut Issues) -> Option<f64> {
        let v = self.member(key, required, issues)?;
        match v.as_f64() {
            Some(n) if n.is_finite() => Some(n),
            _ => {
                issues.push(&self.path(key), Problem::InvalidType { expected: "number" });
                None
            }
        }
    }

    /// A number member as an exact decimal.
    pub fn decimal_number(
        &self,
        key: &str,
        required: bool,
        issues: &mut Issues,
    ) -> Option<Decimal> {
        let n = self.number(key, required, issues)?;
        match formats::number_to_decimal(n) {
            Some(d) => Some(d),
            None => {
                issues.push(
                    &self.path(key),
                    Problem::TooLarge {
                        max: "1e28".to_owned(),
                    },
                );
                None
            }
        }
    }

    /// A whole-number member within `min..=max`.
    pub fn integer(
        &self,
        key: &str,
        required: bool,
        min: i64,
        max: i64,
        issues: &mut Issues,
    ) -> Option<i64> {
        let n = self.number(key, required, issues)?;
        if n.fract() != 0.0 {
            issues.push(&self.path(key), Problem::NotInteger);
            return None;
        }
        if n < min as f64 {
            issues.push(
                &self.path(key),
                Problem::TooSmall {
                    min: min.to_string(),
                },
            );
            return None;
        }
        if n > max as f64 {
            issues.push(
                &self.path(key),
                Problem::TooLarge {
                    max: max.to_string(),
                },
            );
            return None;
        }
        Some(n as i64)
    }

    /// A boolean member.
    pub fn boolean(&self, key: &str, required: bool, issues: &mut Issues) -> Option<bool> {
        let v = self.member(key, required, issues)?;
        match v {
            Value::Bool(b) => Some(*b),
            _ => {
                issues.push(
                    &self.path(key),
                    Problem::InvalidType {
                        expected: "boolean",
                    },
                );
                None
            }
        }
    }

    /// An object member.
    pub fn object(&self, key: &str, required: bool, issues: &mut Issues) -> Option<Obj<'v>> {
        let v = self.member(key, required, issues)?;
        match v {
            Value::Object(_) => Some(Obj {
                value: v,
                path: self.path(key),
            }),
            _ => {
                issues.push(&self.path(key), Problem::InvalidType { expected: "object" });
                None
            }
        }
    }

    /// An array member, each element with its path.
    pub fn array(&self, key: &str, required: bool, issues: &mut Issues) -> Option<Vec<Item<'v>>> {
        let v = self.member(key, required, issues)?;
        match v {
            Value::Array(items) => {
                let base = self.path(key);
                Some(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, value)| Item {
                            value,
                            path: format!("{base}[{i}]"),
                        })
                        .collect(),
                )
            }
            _ => {
                issues.push(&self.path(key), Problem::InvalidType { expected: "array" });
                None
            }
        }
    }
}

/// Checks an amount against a currency's minor unit and sign; records problems at `path`.
pub(crate) fn check_amount(
    amount: Decimal,
    currency: Option<Currency>,
    allow_zero: bool,
    path: &str,
    issues: &mut Issues,
) -> bool {
    if amount.is_sign_negative() && !amount.is_zero() {
        issues.push(
            path,
            if allow_zero {
                Problem::Negative
            } else {
                Problem::NotPositive
            },
        );
        return false;
    }
    if amount.is_zero() && !allow_zero {
        issues.push(path, Problem::NotPositive);
        return false;
    }
    if let Some(c) = currency {
        if amount.normalize().scale() > c.minor_units() {
            issues.push(
                path,
                Problem::TooManyDecimals {
                    max: c.minor_units(),
                },
            );
            return false;
        }
    }
    true
}

/// Formats an amount for a message (no trailing zeros beyond the minor unit).
pub(crate) fn show(amount: Decimal) -> String {
    amount.normalize().to_string()
}

crate::json::read::from_tree_struct!(TuumMoney, deny = false, {
    amount: "amount" req,
    currency_code: "currencyCode" req,
});

crate::json::read::from_tree_struct!(TuumValidityRange, deny = false, {
    start_date: "startDate" opt,
    end_date: "endDate" opt,
});

crate::json::read::from_tree_struct!(TuumOffer, deny = false, {
    offer_id: "offerId" opt,
    max_period: "maxPeriod" opt,
    max_money: "maxMoney" opt,
    offered_money: "offeredMoney" opt,
    status_code: "statusCode" opt,
    validity_range: "validityRange" opt,
});

crate::json::read::from_tree_struct!(NemuruAgent, deny = false, {
    id: "id" opt,
    allowed_asset_types: "allowed_asset_types" opt,
});

crate::json::read::from_tree_struct!(RequestContext, deny = false, {
    locale: "locale" opt,
    now: "now" opt,
    today: "today" opt,
    minimum_age: "minimumAge" opt,
    asset_offer: "assetOffer" opt,
    tuum_offer: "tuumOffer" opt,
    agent: "agent" opt,
    file_types: "fileTypes" opt,
});
