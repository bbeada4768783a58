//! Asset offers: from a customer's vehicles and a lender policy, the seed's
//! `POST /v1/asset-offers` response — the maximum loan amount per eligible asset,
//! a deterministic `assetId` and an `expiresAt` from an injected "now" — plus,
//! as a lendkit extension, why each ineligible asset is not offered.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rust_decimal::{Decimal, RoundingStrategy};

use super::{base36, decimal_number, fnv1a};
use crate::validation::{identity, Locale, Problem, ValidationIssue};
use crate::{Error, FieldError};

/// A loan-to-value band: assets of `asset_type` at most `max_age_years` old may
/// secure `loan_to_value` of their valuation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct LtvBand {
    /// The asset type, such as `"vehicle"`.
    pub asset_type: String,
    /// The oldest asset of the band, in years (model year to now).
    pub max_age_years: u32,
    /// The loan-to-value ratio, a decimal string such as `"0.6"`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub loan_to_value: Decimal,
}

/// A lender's asset policy.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetPolicy {
    /// The currency of offers per customer country, such as `{ "SE": "SEK" }`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, string>"))]
    pub currency_by_country: BTreeMap<String, String>,
    /// Loan-to-value bands.
    pub ltv: Vec<LtvBand>,
    /// The smallest loan worth offering (decimal string).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub min_loan_amount: Decimal,
    /// The largest loan per asset (decimal string).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub max_loan_amount: Decimal,
    /// Offers are rounded down to a multiple of this (decimal string, e.g. `"1000"`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub rounding_step: Decimal,
    /// How long an offer is valid, in hours.
    pub offer_validity_hours: u32,
    /// The minimum age of the customer, from the identity number.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub minimum_age: Option<u32>,
}

/// One of the customer's assets as the registries describe it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CustomerAsset {
    /// `"vehicle"` for the seed's API.
    pub asset_type: String,
    /// Make, such as `"Volvo"`.
    pub make: String,
    /// Model, such as `"XC60"`.
    pub model: String,
    /// Model year.
    pub model_year: i32,
    /// Valuation in the country's currency (decimal string).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub valuation: Decimal,
    /// Registration number (plate); identifies the vehicle for its `assetId`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub registration_number: Option<String>,
    /// VIN; identifies the vehicle for its `assetId` when given.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub vin: Option<String>,
}

/// The customer asking for offers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetCustomer {
    /// Identity number, in the country's format.
    pub identity_number: String,
    /// ISO 3166-1 alpha-2 country.
    pub country: String,
    /// The customer's assets.
    pub assets: Vec<CustomerAsset>,
}

/// `details` of an offered asset, as in the seed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetDetails {
    /// Make.
    pub make: String,
    /// Model.
    pub model: String,
    /// Model year.
    pub model_year: i32,
}

/// An eligible asset of an offer, as in the seed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OfferedAsset {
    /// Deterministic id: the same vehicle always gets the same id.
    pub asset_id: String,
    /// Asset type.
    pub asset_type: String,
    /// The most that may be lent against the asset (a JSON number, as in the seed).
    #[serde(with = "decimal_number")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number"))]
    pub max_loan_amount: Decimal,
    /// ISO 4217 currency.
    pub currency: String,
    /// Make, model, model year.
    pub details: AssetDetails,
}

/// An asset that is not offered, and why (lendkit extension of the response).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct IneligibleAsset {
    /// Deterministic id, as an eligible asset would have.
    pub asset_id: String,
    /// Asset type.
    pub asset_type: String,
    /// Make, model, model year.
    pub details: AssetDetails,
    /// Why (`asset_type_not_allowed`, `asset_too_old`, `below_minimum_loan`, ...).
    pub reasons: Vec<ValidationIssue>,
}

/// The `POST /v1/asset-offers` response.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssetOffer {
    /// The offer id.
    pub offer_id: String,
    /// When the offer expires (RFC 3339, UTC).
    #[serde(with = "crate::rfc3339::serde_utc")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub expires_at: DateTime<Utc>,
    /// The eligible assets.
    pub assets: Vec<OfferedAsset>,
    /// The assets that are not eligible, with reasons (absent when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ineligible_assets: Vec<IneligibleAsset>,
}

impl AssetOffer {
    /// `expiresAt` written as in the seed: `2026-04-22T10:23:44Z`.
    pub fn expires_at_text(&self) -> String {
        crate::rfc3339::write_utc(&self.expires_at)
    }
}

/// The deterministic id of an asset: `asset_{type}_{10 base-36 chars}` of a hash
/// of what identifies it — the VIN, else the registration number (upper case,
/// letters and digits only), else make, model, model year and owner.
///
/// # Examples
/// ```
/// use lendkit::eligibility::asset_offers::asset_id;
/// let a = asset_id("SE", "vehicle", Some("ABC 123"), None, ("Volvo", "XC60", 2021), "196801012345");
/// let b = asset_id("SE", "vehicle", Some("abc123"), None, ("Volvo", "XC60", 2021), "other owner");
/// assert_eq!(a, b);
/// assert!(a.starts_with("asset_vehicle_") && a.len() == "asset_vehicle_".len() + 10);
/// ```
pub fn asset_id(
    country: &str,
    asset_type: &str,
    registration_number: Option<&str>,
    vin: Option<&str>,
    (make, model, model_year): (&str, &str, i32),
    owner: &str,
) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    let type_slug: String = asset_type
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .map(|c| c.to_ascii_lowercase())
        .take(32)
        .collect();
    let hash = match (
        vin.map(clean).filter(|v| !v.is_empty()),
        registration_number.map(clean),
    ) {
        (Some(v), _) => fnv1a(&["vin", &v]),
        (None, Some(r)) if !r.is_empty() => fnv1a(&["reg", country, &r]),
        _ => fnv1a(&["desc", country, make, model, &model_year.to_string(), owner]),
    };
    format!("asset_{type_slug}_{}", base36(hash, 10))
}

/// Builds the offer for a customer under a policy at `now`.
///
/// # Errors
/// `Error::Invalid` when the customer cannot get an offer at all: an invalid or
/// unsupported identity number (`identityNumber`), a country without a currency
/// in the policy (`country`), a customer under the policy's minimum age
/// (`identityNumber`, `underage`), or a policy with a non-positive rounding step.
///
/// # Examples
/// ```
/// use lendkit::eligibility::{asset_offer, AssetCustomer, AssetPolicy, CustomerAsset, LtvBand};
/// use rust_decimal::Decimal;
/// let policy = AssetPolicy {
///     currency_by_country: [("SE".to_string(), "SEK".to_string())].into(),
///     ltv: vec![LtvBand { asset_type: "vehicle".into(), max_age_years: 8, loan_to_value: Decimal::new(6, 1) }],
///     min_loan_amount: Decimal::from(20_000),
///     max_loan_amount: Decimal::from(500_000),
///     rounding_step: Decimal::from(1_000),
///     offer_validity_hours: 168,
///     minimum_age: Some(18),
/// };
/// let customer = AssetCustomer {
///     identity_number: "19811228-9874".into(),
///     country: "SE".into(),
///     assets: vec![CustomerAsset {
///         asset_type: "vehicle".into(), make: "Volvo".into(), model: "XC60".into(), model_year: 2021,
///         valuation: Decimal::from(215_500), registration_number: Some("ABC123".into()), vin: None,
///     }],
/// };
/// let now = lendkit::rfc3339::parse_utc("2026-04-15T10:23:44Z").unwrap();
/// let offer = asset_offer(&policy, &customer, now).unwrap();
/// assert_eq!(offer.assets[0].max_loan_amount, Decimal::from(129_000));
/// assert_eq!(offer.expires_at_text(), "2026-04-22T10:23:44Z");
/// ```
pub fn asset_offer(
    policy: &AssetPolicy,
    customer: &AssetCustomer,
    now: DateTime<Utc>,
) -> Result<AssetOffer, Error> {
    let locale = Locale::En;
    let mut errors: Vec<FieldError> = Vec::new();
    // chrono's dates and `Date` share a range, so this error is never seen.
    let today = crate::rfc3339::utc_date(&now).ok_or_else(|| {
        Error::invalid(
            "now",
            "invalid_date_time",
            "the date of now is out of the calendar's range",
        )
    })?;
    let currency = policy
        .currency_by_country
        .get(customer.country.trim())
        .cloned();
    if currency.is_none() {
        errors.push(
            ValidationIssue::new(
                "country",
                &Problem::NotOneOf {
                    allowed: policy
                        .currency_by_country
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", "),
                },
                locale,
            )
            .into(),
        );
    }
    if policy.rounding_step <= Decimal::ZERO {
        errors.push(ValidationIssue::new("roundingStep", &Problem::NotPositive, locale).into());
    }
    let options = identity::ParseOptions {
        today: Some(today),
        allow_synthetic: false,
    };
    let owner = match identity::parse_with(&customer.country, &customer.identity_number, options) {
        Ok(number) => {
            if let (Some(min), Some(age)) = (policy.minimum_age, number.age_on(today)) {
                if age < min as i32 {
                    errors.push(
                        ValidationIssue::new(
                            "identityNumber",
                            &Problem::Underage { min_age: min },
                            locale,
                        )
                        .into(),
                    );
                }
            }
            number.normalized().to_owned()
        }
        Err(p) => {
            errors.push(ValidationIssue::new("identityNumber", &p, locale).into());
            String::new()
        }
    };
    let Some(currency) = currency.filter(|_| errors.is_empty()) else {
        return Err(Error::Invalid(errors));
    };

    let mut assets = Vec::new();
    let mut ineligible_assets = Vec::new();
    for (i, a) in customer.assets.iter().enumerate() {
        let asset_id = asset_id(
            &customer.country,
            &a.asset_type,
            a.registration_number.as_deref(),
            a.vin.as_deref(),
            (&a.make, &a.model, a.model_year),
            &owner,
        );
        let details = AssetDetails {
            make: a.make.clone(),
            model: a.model.clone(),
            model_year: a.model_year,
        };
        let path = |field: &str| format!("assets[{i}].{field}");
        let mut reasons = Vec::new();
        let age = today.year() - a.model_year;
        if a.model_year < 1886 || age < -1 {
            reasons.push(ValidationIssue::new(
                path("modelYear"),
                &Problem::InvalidDate,
                locale,
            ));
        }
        if a.valuation <= Decimal::ZERO {
            reasons.push(ValidationIssue::new(
                path("valuation"),
                &Problem::NotPositive,
                locale,
            ));
        }
        let bands: Vec<&LtvBand> = policy
            .ltv
            .iter()
            .filter(|b| b.asset_type == a.asset_type)
            .collect();
        // The youngest band the asset's age fits (the first listed of equals).
        let band = bands
            .iter()
            .filter(|b| i64::from(age.max(0)) <= i64::from(b.max_age_years))
            .min_by_key(|b| b.max_age_years);
        match (bands.is_empty(), band) {
            (true, _) => reasons.push(ValidationIssue::new(
                path("assetType"),
                &Problem::AssetTypeNotAllowed {
                    allowed: {
                        let mut t: Vec<&str> =
                            policy.ltv.iter().map(|b| b.asset_type.as_str()).collect();
                        t.dedup();
                        t.join(", ")
                    },
                },
                locale,
            )),
            (false, None) => reasons.push(ValidationIssue::new(
                path("modelYear"),
                &Problem::AssetTooOld {
                    max_age_years: bands.last().map_or(0, |b| b.max_age_years),
                },
                locale,
            )),
            _ => {}
        }
        let max_loan = band.map(|b| {
            let raw = (a.valuation * b.loan_to_value).min(policy.max_loan_amount);
            let steps =
                (raw / policy.rounding_step).round_dp_with_strategy(0, RoundingStrategy::ToZero);
            steps * policy.rounding_step
        });
        if let Some(m) = max_loan {
            if reasons.is_empty() && m < policy.min_loan_amount {
                reasons.push(ValidationIssue::new(
                    path("valuation"),
                    &Problem::BelowMinimumLoan {
                        min: policy.min_loan_amount.normalize().to_string(),
                    },
                    locale,
                ));
            }
        }
        match max_loan {
            Some(max_loan_amount) if reasons.is_empty() => assets.push(OfferedAsset {
                asset_id,
                asset_type: a.asset_type.clone(),
                max_loan_amount: max_loan_amount.normalize(),
                currency: currency.clone(),
                details,
            }),
            _ => ineligible_assets.push(IneligibleAsset {
                asset_id,
                asset_type: a.asset_type.clone(),
                details,
                reasons,
            }),
        }
    }
    let now_text = crate::rfc3339::write_utc(&now);
    let offer_id = format!(
        "off_{}",
        base36(fnv1a(&["offer", &customer.country, &owner, &now_text]), 8)
    );
    // Past the last representable date is an error, not a panic.
    let expires_at =
        crate::rfc3339::add_seconds(&now, i64::from(policy.offer_validity_hours) * 3600)
            .ok_or_else(|| {
                Error::invalid(
                    "offerValidityHours",
                    "too_large",
                    "the offer would expire after the last representable date",
                )
            })?;
    Ok(AssetOffer {
        offer_id,
        expires_at,
        assets,
        ineligible_assets,
    })
}

crate::json::read::from_tree_struct!(LtvBand, deny = false, {
    asset_type: "assetType" req,
    max_age_years: "maxAgeYears" req,
    loan_to_value: "loanToValue" req,
});

crate::json::read::from_tree_struct!(AssetPolicy, deny = false, {
    currency_by_country: "currencyByCountry" req,
    ltv: "ltv" req,
    min_loan_amount: "minLoanAmount" req,
    max_loan_amount: "maxLoanAmount" req,
    rounding_step: "roundingStep" req,
    offer_validity_hours: "offerValidityHours" req,
    minimum_age: "minimumAge" opt,
});

crate::json::read::from_tree_struct!(CustomerAsset, deny = false, {
    asset_type: "assetType" req,
    make: "make" req,
    model: "model" req,
    model_year: "modelYear" req,
    valuation: "valuation" req,
    registration_number: "registrationNumber" opt,
    vin: "vin" opt,
});

crate::json::read::from_tree_struct!(AssetCustomer, deny = false, {
    identity_number: "identityNumber" req,
    country: "country" req,
    assets: "assets" req,
});

crate::json::read::from_tree_struct!(AssetDetails, deny = false, {
    make: "make" req,
    model: "model" req,
    model_year: "modelYear" req,
});

crate::json::read::from_tree_struct!(OfferedAsset, deny = false, {
    asset_id: "assetId" req,
    asset_type: "assetType" req,
    max_loan_amount: "maxLoanAmount" req,
    currency: "currency" req,
    details: "details" req,
});

crate::json::read::from_tree_struct!(IneligibleAsset, deny = false, {
    asset_id: "assetId" req,
    asset_type: "assetType" req,
    details: "details" req,
    reasons: "reasons" req,
});

crate::json::read::from_tree_struct!(AssetOffer, deny = false, {
    offer_id: "offerId" req,
    expires_at: "expiresAt" req,
    assets: "assets" req,
    ineligible_assets: "ineligibleAssets" opt,
});
