//! Working back from a budget: the largest loan for a monthly instalment, and
//! the lowest instalment a pricing table offers ("from 166.67 EUR/month").

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::loan::Loan;
use super::math::{add, div, mul, pow_fraction, powu, sub};
use super::nemuru::{check_table, conditions_for, PricingTable};
use super::schedule::price;
use super::types::{LoanRequest, PaymentFrequency, Profile, RateBasis};
use crate::money::{Currency, DecimalText, Problems};
use crate::Error;

/// What `maxPrincipal` solves: the largest fee-free annuity whose instalment
/// fits `instalment`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MaxPrincipalRequest {
    /// The budget per instalment, a decimal string.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub instalment: DecimalText,
    /// ISO 4217 code.
    pub currency: String,
    /// The term in months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub term_months: Option<i64>,
    /// The number of instalments (instead of `termMonths`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub number_of_payments: Option<i64>,
    /// `monthly` by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_frequency: Option<PaymentFrequency>,
    /// The annual rate as a fraction.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub annual_rate: DecimalText,
    /// `nominal` by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub rate_basis: Option<RateBasis>,
    /// `standard` by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub profile: Option<Profile>,
}

/// The largest principal for a budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MaxPrincipal {
    /// ISO 4217 code.
    pub currency: String,
    /// The largest principal, in minor units, whose instalment fits the budget.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: Decimal,
    /// The instalment of that principal (at most the budget).
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub instalment: Decimal,
    /// Instalments.
    pub number_of_payments: u32,
    /// The APR in percent as disclosed (EU).
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub apr_percent: Decimal,
}

/// The largest loan whose instalment fits a budget, for a term and rate.
///
/// The principal is `budget x (1 - v^n) / r` rounded down to the minor unit,
/// then checked against the profile's own rounded instalment.
///
/// # Examples
/// ```
/// use lendkit::pricing::{max_principal, MaxPrincipalRequest};
/// let req = MaxPrincipalRequest {
///     instalment: "186.97".into(),
///     currency: "EUR".into(),
///     term_months: Some(30),
///     number_of_payments: None,
///     payment_frequency: None,
///     annual_rate: "0.091".into(),
///     rate_basis: None,
///     profile: None,
/// };
/// let m = max_principal(&req).unwrap();
/// assert_eq!(m.principal.to_string(), "4999.95");
/// assert_eq!(m.instalment.to_string(), "186.97");
/// ```
///
/// # Errors
/// `Error::Invalid` for bad fields (paths as in the request).
pub fn max_principal(request: &MaxPrincipalRequest) -> Result<MaxPrincipal, Error> {
    let mut p = Problems::new();
    let minor = Currency::from_code(&request.currency).map(|c| c.minor_units());
    let budget = p.amount("instalment", &request.instalment, false, minor);
    let mut req = LoanRequest::monthly("1", &request.currency, 1, "0");
    req.term_months = request.term_months;
    req.number_of_payments = request.number_of_payments;
    req.payment_frequency = request.payment_frequency;
    req.annual_rate = request.annual_rate.clone();
    req.rate_basis = request.rate_basis;
    req.profile = request.profile;
    req.include_schedule = Some(false);
    let loan = match Loan::from_request(&req) {
        Ok(loan) => Some(loan),
        Err(Error::Invalid(errors)) => {
            for e in errors {
                p.push(e.path, e.code, e.message);
            }
            None
        }
        Err(e) => return Err(e),
    };
    p.finish()?;
    let (Some(budget), Some(mut loan)) = (budget, loan) else {
        return Err(Error::invalid("", "invalid_input", "incomplete request"));
    };
    let dp = loan.currency.minor_units();
    let r = loan.rate;
    let n = loan.n;
    let factor = if r.is_zero() {
        Decimal::from(n)
    } else {
        let v = div(Decimal::ONE, add(Decimal::ONE, r)?)?;
        let v_n = match pow_fraction(v, n) {
            Some(p) => p,
            None => powu(v, n)?,
        };
        div(sub(Decimal::ONE, v_n)?, r)?
    };
    let step = Decimal::new(1, dp);
    let mut principal = mul(budget, factor)?
        .round_dp_with_strategy(dp, RoundingStrategy::ToZero)
        .min(super::super::money::MAX_AMOUNT);
    for _ in 0..5 {
        if principal <= Decimal::ZERO {
            return Err(Error::invalid(
                "instalment",
                "too_small",
                "no loan of at least one minor unit fits this instalment",
            ));
        }
        loan.principal = principal;
        let quote = price(&loan)?;
        if quote.instalment <= budget {
            return Ok(MaxPrincipal {
                currency: quote.currency,
                principal: quote.principal,
                instalment: quote.instalment,
                number_of_payments: n,
                apr_percent: quote.apr_percent,
            });
        }
        principal -= step;
    }
    Err(Error::Computation {
        code: "max_principal_not_found",
        message: "no principal fits the budget".into(),
    })
}

/// What `lowestInstalment` looks through.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LowestInstalmentRequest {
    /// The agent's pricing table.
    pub pricing: PricingTable,
    /// The principal, a decimal string.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: DecimalText,
}

/// The lowest instalment on offer, for "from ... a month" messaging.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct LowestInstalment {
    /// ISO 4217 code.
    pub currency: String,
    /// The program that offers it.
    pub program: String,
    /// Its term in months.
    pub term_months: u32,
    /// The instalment.
    #[serde(
        serialize_with = "crate::money::text::serialize_str",
        deserialize_with = "rust_decimal::serde::str::deserialize"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub instalment: Decimal,
    /// The annual rate of the program.
    #[serde(
        serialize_with = "crate::money::text::serialize_str",
        deserialize_with = "rust_decimal::serde::str::deserialize"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub annual_rate: Decimal,
    /// Its TAE/APR in percent, one decimal.
    #[serde(
        serialize_with = "crate::money::text::serialize_str",
        deserialize_with = "rust_decimal::serde::str::deserialize"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub apr_percent: Decimal,
    /// What the customer pays in all.
    #[serde(
        serialize_with = "crate::money::text::serialize_str",
        deserialize_with = "rust_decimal::serde::str::deserialize"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub total_amount_payable: Decimal,
}

/// The lowest instalment across every program and term of a pricing table
/// that finances `principal`; `None` when none does. Ties go to the lower APR,
/// then the shorter term, then the table's order.
///
/// # Errors
/// `Error::Invalid` for a bad table (paths `pricing.programs[0]...`) or
/// principal.
pub fn lowest_instalment(
    request: &LowestInstalmentRequest,
) -> Result<Option<LowestInstalment>, Error> {
    let mut p = Problems::new();
    let (currency, programs) = check_table(&mut p, "pricing.", &request.pricing);
    let principal = p.amount(
        "principal",
        &request.principal,
        false,
        currency.map(|c| c.minor_units()),
    );
    p.finish()?;
    let (Some(currency), Some(principal)) = (currency, principal) else {
        return Ok(None);
    };
    let mut best: Option<LowestInstalment> = None;
    for prog in &programs {
        if principal < prog.min_principal || principal > prog.max_principal {
            continue;
        }
        for &term in &prog.terms {
            let c = conditions_for(currency, prog, term, principal)?;
            let candidate = LowestInstalment {
                currency: c.currency,
                program: c.program,
                term_months: term,
                instalment: c.user_defined_quota,
                annual_rate: c.annual_interest,
                apr_percent: super::math::round_fixed(
                    super::math::mul(c.tae, Decimal::ONE_HUNDRED)?,
                    1,
                ),
                total_amount_payable: c.total_amount_paid,
            };
            let better = match &best {
                None => true,
                Some(b) => {
                    (
                        candidate.instalment,
                        candidate.apr_percent,
                        candidate.term_months,
                    ) < (b.instalment, b.apr_percent, b.term_months)
                }
            };
            if better {
                best = Some(candidate);
            }
        }
    }
    Ok(best)
}

crate::json::read::from_tree_struct!(MaxPrincipalRequest, deny = true, {
    instalment: "instalment" req,
    currency: "currency" req,
    term_months: "termMonths" opt,
    number_of_payments: "numberOfPayments" opt,
    payment_frequency: "paymentFrequency" opt,
    annual_rate: "annualRate" req,
    rate_basis: "rateBasis" opt,
    profile: "profile" opt,
});

crate::json::read::from_tree_struct!(LowestInstalmentRequest, deny = true, {
    pricing: "pricing" req, principal: "principal" req,
});
