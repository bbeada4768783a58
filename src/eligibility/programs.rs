//! Programs: which of an agent's programs (Nemuru's `free_program`,
//! `zero_program`, ...) and terms are open for a principal, an asset type and a
//! customer's age (read from the identity number).

use crate::civil::Date;
use rust_decimal::Decimal;

use crate::validation::{identity, Locale, Problem, ValidationIssue};
use crate::Error;

/// What a program offers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ProgramPolicy {
    /// The program reference, such as `"free_program"`.
    pub program: String,
    /// ISO 4217 currency of the limits.
    pub currency: String,
    /// Smallest principal (decimal string).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub min_principal: Decimal,
    /// Largest principal (decimal string).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub max_principal: Decimal,
    /// The terms offered, in months.
    pub terms: Vec<u32>,
    /// Asset types the program finances (all when absent).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub allowed_asset_types: Option<Vec<String>>,
    /// Minimum age of the borrower.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub minimum_age: Option<u32>,
    /// Maximum age of the borrower at the start of the loan.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub maximum_age: Option<u32>,
}

/// What the customer asks for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ProgramQuery {
    /// The principal (decimal string).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: Decimal,
    /// ISO 4217 currency of the principal.
    pub currency: String,
    /// A wanted term, in months (all terms listed when absent).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub term: Option<u32>,
    /// The asset type to finance.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub asset_type: Option<String>,
    /// The customer's identity number (for age rules), with `country` and `today`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub identity_number: Option<String>,
    /// ISO 3166-1 alpha-2 country of the identity number.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub country: Option<String>,
    /// "Today" (`YYYY-MM-DD`) for the age.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub today: Option<Date>,
    /// Language of the reasons (default `en`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<Locale>,
}

/// One program's verdict.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ProgramEligibility {
    /// The program reference.
    pub program: String,
    /// Whether the query fits the program.
    pub eligible: bool,
    /// The terms open for this principal (the wanted one only, when given).
    pub terms: Vec<u32>,
    /// Why not, when not eligible.
    pub reasons: Vec<ValidationIssue>,
}

/// Every program's verdict, and the customer's age when it was read.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ProgramsResult {
    /// The customer's age on `today`, from the identity number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub age: Option<i32>,
    /// One entry per program, in the policy's order.
    pub programs: Vec<ProgramEligibility>,
}

/// Which programs and terms are open for a query.
///
/// # Errors
/// `Error::Invalid` when the identity number is given but invalid
/// (`identityNumber`) or given without `country`.
///
/// # Examples
/// ```
/// use lendkit::eligibility::{eligible_programs, ProgramPolicy, ProgramQuery};
/// use rust_decimal::Decimal;
/// let programs = vec![ProgramPolicy {
///     program: "zero_program".into(), currency: "EUR".into(),
///     min_principal: Decimal::from(300), max_principal: Decimal::from(6000),
///     terms: vec![12, 24, 30], allowed_asset_types: None, minimum_age: Some(18), maximum_age: None,
/// }];
/// let query = ProgramQuery {
///     principal: Decimal::from(5000), currency: "EUR".into(), term: Some(30), asset_type: None,
///     identity_number: None, country: None, today: None, locale: None,
/// };
/// let r = eligible_programs(&programs, &query).unwrap();
/// assert!(r.programs[0].eligible);
/// assert_eq!(r.programs[0].terms, vec![30]);
/// ```
pub fn eligible_programs(
    programs: &[ProgramPolicy],
    query: &ProgramQuery,
) -> Result<ProgramsResult, Error> {
    let locale = query.locale.unwrap_or_default();
    let age = match (&query.identity_number, &query.country) {
        (Some(number), Some(country)) => {
            let options = identity::ParseOptions {
                today: query.today,
                allow_synthetic: false,
            };
            let parsed = identity::parse_with(country, number, options).map_err(|p| {
                Error::Invalid(vec![
                    ValidationIssue::new("identityNumber", &p, locale).into()
                ])
            })?;
            query.today.and_then(|t| parsed.age_on(t))
        }
        (Some(_), None) => {
            return Err(Error::Invalid(vec![ValidationIssue::new(
                "country",
                &Problem::Required,
                locale,
            )
            .into()]))
        }
        _ => None,
    };
    let verdicts = programs
        .iter()
        .map(|p| {
            let mut reasons = Vec::new();
            if p.currency != query.currency {
                reasons.push(ValidationIssue::new(
                    "currency",
                    &Problem::CurrencyMismatch {
                        expected: p.currency.clone(),
                    },
                    locale,
                ));
            }
            if query.principal < p.min_principal {
                reasons.push(ValidationIssue::new(
                    "principal",
                    &Problem::TooSmall {
                        min: p.min_principal.normalize().to_string(),
                    },
                    locale,
                ));
            }
            if query.principal > p.max_principal {
                reasons.push(ValidationIssue::new(
                    "principal",
                    &Problem::TooLarge {
                        max: p.max_principal.normalize().to_string(),
                    },
                    locale,
                ));
            }
            let terms: Vec<u32> = match query.term {
                Some(t) if p.terms.contains(&t) => vec![t],
                Some(_) => {
                    reasons.push(ValidationIssue::new("term", &Problem::NotOffered, locale));
                    Vec::new()
                }
                None => p.terms.clone(),
            };
            if let (Some(allowed), Some(t)) = (&p.allowed_asset_types, &query.asset_type) {
                if !allowed.contains(t) {
                    reasons.push(ValidationIssue::new(
                        "assetType",
                        &Problem::AssetTypeNotAllowed {
                            allowed: allowed.join(", "),
                        },
                        locale,
                    ));
                }
            }
            if let (Some(min), Some(a)) = (p.minimum_age, age) {
                if a < min as i32 {
                    reasons.push(ValidationIssue::new(
                        "identityNumber",
                        &Problem::Underage { min_age: min },
                        locale,
                    ));
                }
            }
            if let (Some(max), Some(a)) = (p.maximum_age, age) {
                if a > max as i32 {
                    reasons.push(ValidationIssue::new(
                        "identityNumber",
                        &Problem::TooLarge {
                            max: max.to_string(),
                        },
                        locale,
                    ));
                }
            }
            ProgramEligibility {
                program: p.program.clone(),
                eligible: reasons.is_empty(),
                terms: if reasons.is_empty() {
                    terms
                } else {
                    Vec::new()
                },
                reasons,
            }
        })
        .collect();
    Ok(ProgramsResult {
        age,
        programs: verdicts,
    })
}

crate::json::read::from_tree_struct!(ProgramPolicy, deny = false, {
    program: "program" req,
    currency: "currency" req,
    min_principal: "minPrincipal" req,
    max_principal: "maxPrincipal" req,
    terms: "terms" req,
    allowed_asset_types: "allowedAssetTypes" opt,
    minimum_age: "minimumAge" opt,
    maximum_age: "maximumAge" opt,
});

crate::json::read::from_tree_struct!(ProgramQuery, deny = false, {
    principal: "principal" req,
    currency: "currency" req,
    term: "term" opt,
    asset_type: "assetType" opt,
    identity_number: "identityNumber" opt,
    country: "country" opt,
    today: "today" opt,
    locale: "locale" opt,
});
