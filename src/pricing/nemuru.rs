//! Nemuru's "get loan conditions", computed locally from an agent's pricing
//! table, in Nemuru's own `loan_conditions` shape and field names.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::schedule::simulate;
use super::types::{FeeInput, FeeTiming, LoanRequest, Profile};
use crate::money::{Currency, DecimalText, Problems};
use crate::Error;

/// Nemuru's wire form of an amount or rate: a JSON number printed in its
/// shortest form (`5000`, `0.095`, `186.97`), as Nemuru writes it. The decimal
/// is exact inside; only this edge turns it into the `f64` whose shortest
/// printing is the decimal's own digits (STYLE.md: provider wire models keep
/// the API's JSON shape).
pub(crate) mod wire_number {
    use rust_decimal::prelude::ToPrimitive;
    use rust_decimal::Decimal;
    use serde::de::{self, Deserializer, Visitor};
    use serde::Serializer;

    /// The `f64` nearest to `value`. Exact rounding (Clinger's fast path) for
    /// every amount with at most 15 significant digits and 22 decimals, which
    /// covers every amount lendkit accepts (at most 10^12 with minor units).
    pub fn to_f64(value: Decimal) -> f64 {
        const POW10: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        let v = value.normalize();
        let m = v.mantissa();
        let scale = v.scale() as usize;
        if m.unsigned_abs() < (1u128 << 53) && scale < POW10.len() {
            m as f64 / POW10[scale]
        } else {
            v.to_f64().unwrap_or(0.0)
        }
    }

    /// Whole values as JSON integers (`5000`, not `5000.0`), others as the
    /// shortest `f64` (`186.97`).
    pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        let v = to_f64(*value);
        if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
            if v >= 0.0 {
                s.serialize_u64(v as u64)
            } else {
                s.serialize_i64(v as i64)
            }
        } else {
            s.serialize_f64(v)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                // `{v}` is the shortest text that reads back as `v`: Nemuru's digits.
                if !v.is_finite() {
                    return Err(E::custom("not a finite number"));
                }
                crate::json::float::f64_string(v)
                    .parse::<Decimal>()
                    .map(|d| d.normalize())
                    .map_err(|_| E::custom("a number out of the decimal range"))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
        }
        d.deserialize_any(V)
    }
}

/// One program of an agent's pricing table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PricingProgram {
    /// Nemuru's program reference, e.g. `"free_program"` or `"zero_program"`.
    pub program: String,
    /// The customer's annual nominal rate as a fraction (`"0.091"`, `"0"`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub annual_interest: DecimalText,
    /// What the merchant pays, as a fraction of the principal (`"0.099"`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub merchant_discount_percentage: DecimalText,
    /// The customer's setup fee, paid at drawdown (an amount; `"0"` if absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub setup_fee: Option<DecimalText>,
    /// The smallest principal the program finances.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub min_principal: DecimalText,
    /// The largest principal the program finances.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub max_principal: DecimalText,
    /// The terms offered, in months (or give `minTerm` and `maxTerm`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub terms: Option<Vec<i64>>,
    /// The shortest term offered, in months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub min_term: Option<i64>,
    /// The longest term offered, in months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_term: Option<i64>,
    /// Nemuru's `due_date` (the day of the month instalments fall due); 1 if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub due_date: Option<i64>,
}

/// An agent's pricing table: its programs, in the order Nemuru lists them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PricingTable {
    /// ISO 4217 code of every program.
    pub currency: String,
    /// The programs.
    pub programs: Vec<PricingProgram>,
}

/// The query of "get loan conditions".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LoanConditionsQuery {
    /// ISO 4217 code.
    pub currency: String,
    /// The term in months.
    pub term: i64,
    /// The principal, a decimal string.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: DecimalText,
}

/// The query of [`loan_conditions_grid`]: one principal, every term (or the
/// terms listed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LoanConditionsGridQuery {
    /// ISO 4217 code.
    pub currency: String,
    /// The principal, a decimal string.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: DecimalText,
    /// The terms in months; absent, every term some program offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub terms: Option<Vec<i64>>,
}

/// One entry of Nemuru's `loan_conditions`, in Nemuru's wire shape: its field
/// names, and amounts and rates as JSON numbers exactly as Nemuru writes them
/// (`"principal": 5000`, `"tae": 0.095`, `"user_defined_quota": 186.97`), so the
/// seed's response example comes out identically. They are exact decimals
/// inside, rounded (half away from zero, to the currency's minor units; rates
/// as documented per field) before this edge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LoanConditions {
    /// ISO 4217 code.
    pub currency: String,
    /// Day of the month instalments fall due.
    pub due_date: u32,
    /// The program reference.
    pub program: String,
    /// What the merchant pays, as a fraction.
    #[serde(with = "wire_number")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number"))]
    pub merchant_discount_percentage: Decimal,
    /// The customer's annual nominal rate, as a fraction.
    #[serde(with = "wire_number")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number"))]
    pub annual_interest: Decimal,
    /// The principal.
    #[serde(with = "wire_number")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number"))]
    pub principal: Decimal,
    /// The setup fee.
    #[serde(with = "wire_number")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number"))]
    pub setup_fee: Decimal,
    /// The term in months.
    pub term: u32,
    /// Monthly instalments.
    pub number_of_payments: u32,
    /// The TAE (EU APR) as a fraction, to 3 decimals (one decimal in percent).
    #[serde(with = "wire_number")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number"))]
    pub tae: Decimal,
    /// Interest over the loan, from the unrounded instalment.
    #[serde(with = "wire_number")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number"))]
    pub total_interest_paid: Decimal,
    /// Principal, interest and setup fee.
    #[serde(with = "wire_number")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number"))]
    pub total_amount_paid: Decimal,
    /// The monthly instalment, rounded to the cent.
    #[serde(with = "wire_number")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number"))]
    pub user_defined_quota: Decimal,
}

/// A checked program.
pub(crate) struct Program {
    pub name: String,
    pub annual_interest: Decimal,
    pub merchant_discount: Decimal,
    pub setup_fee: Decimal,
    pub min_principal: Decimal,
    pub max_principal: Decimal,
    pub terms: Vec<u32>,
    pub due_date: u32,
}

const MAX_TERM: i64 = 1200;

/// Checks a pricing table, collecting every problem under `prefix`.
pub(crate) fn check_table(
    p: &mut Problems,
    prefix: &str,
    table: &PricingTable,
) -> (Option<Currency>, Vec<Program>) {
    let currency = Currency::from_code(&table.currency);
    if currency.is_none() {
        p.push(
            [prefix, "currency"].concat(),
            "unknown_currency",
            "not an ISO 4217 currency code",
        );
    }
    let minor = currency.map(|c| c.minor_units());
    let mut programs = Vec::new();
    for (k, prog) in table.programs.iter().enumerate() {
        let at = |f: &str| {
            let mut path = String::from(prefix);
            path.push_str("programs[");
            crate::money::text::push_u64(&mut path, k as u64);
            path.push_str("].");
            path.push_str(f);
            path
        };
        let rate = p.decimal(&at("annualInterest"), &prog.annual_interest);
        let rate = rate.filter(|r| {
            let ok = !r.is_sign_negative() || r.is_zero();
            if !ok {
                p.push(at("annualInterest"), "negative", "must not be negative");
            } else if *r > super::loan::MAX_ANNUAL_RATE {
                p.push(
                    at("annualInterest"),
                    "too_large",
                    "must be at most 10 (1000 %)",
                );
                return false;
            }
            ok
        });
        let discount = p.decimal(
            &at("merchantDiscountPercentage"),
            &prog.merchant_discount_percentage,
        );
        let setup = match &prog.setup_fee {
            Some(f) => p.amount(&at("setupFee"), f, true, minor),
            None => Some(Decimal::ZERO),
        };
        let min = p.amount(&at("minPrincipal"), &prog.min_principal, false, minor);
        let max = p.amount(&at("maxPrincipal"), &prog.max_principal, false, minor);
        if let (Some(lo), Some(hi)) = (min, max) {
            if lo > hi {
                p.push(
                    at("maxPrincipal"),
                    "out_of_order",
                    "must be at least minPrincipal",
                );
            }
        }
        let mut terms = Vec::new();
        match (&prog.terms, prog.min_term, prog.max_term) {
            (Some(list), None, None) => {
                if list.is_empty() {
                    p.push(at("terms"), "required", "at least one term");
                }
                for (j, &t) in list.iter().enumerate() {
                    if (1..=MAX_TERM).contains(&t) {
                        terms.push(u32::try_from(t).unwrap_or(1));
                    } else {
                        p.push(
                            at("terms") + &crate::json::value::index(j),
                            "out_of_range",
                            "1 to 1200 months",
                        );
                    }
                }
            }
            (None, Some(lo), Some(hi)) => {
                if !(1..=MAX_TERM).contains(&lo) {
                    p.push(at("minTerm"), "out_of_range", "1 to 1200 months");
                } else if !(lo..=MAX_TERM).contains(&hi) {
                    p.push(at("maxTerm"), "out_of_range", "minTerm to 1200 months");
                } else {
                    terms.extend(u32::try_from(lo).unwrap_or(1)..=u32::try_from(hi).unwrap_or(1));
                }
            }
            _ => p.push(
                at("terms"),
                "required",
                "give terms, or minTerm and maxTerm",
            ),
        }
        let due_date = match prog.due_date {
            None => 1,
            Some(d) if (1..=28).contains(&d) => u32::try_from(d).unwrap_or(1),
            Some(_) => {
                p.push(at("dueDate"), "invalid_payment_day", "must be 1 to 28");
                1
            }
        };
        if let (
            Some(annual_interest),
            Some(merchant_discount),
            Some(setup_fee),
            Some(lo),
            Some(hi),
        ) = (rate, discount, setup, min, max)
        {
            programs.push(Program {
                name: prog.program.clone(),
                annual_interest,
                merchant_discount,
                setup_fee,
                min_principal: lo,
                max_principal: hi,
                terms,
                due_date,
            });
        }
    }
    (currency, programs)
}

/// Prices one program at one term with Nemuru's conventions.
pub(crate) fn conditions_for(
    currency: Currency,
    program: &Program,
    term: u32,
    principal: Decimal,
) -> Result<LoanConditions, Error> {
    let mut req = LoanRequest::monthly(
        &crate::money::text::decimal_string(&principal),
        currency.code(),
        i64::from(term),
        &crate::money::text::decimal_string(&program.annual_interest),
    );
    req.profile = Some(Profile::Nemuru);
    req.include_schedule = Some(false);
    if !program.setup_fee.is_zero() {
        req.fees.push(FeeInput {
            kind: "setup".into(),
            amount: DecimalText::from_decimal(program.setup_fee),
            timing: FeeTiming::Upfront,
        });
    }
    let quote = simulate(&req)?;
    Ok(LoanConditions {
        currency: currency.code().to_string(),
        due_date: program.due_date,
        program: program.name.clone(),
        merchant_discount_percentage: program.merchant_discount,
        annual_interest: program.annual_interest,
        principal,
        setup_fee: program.setup_fee,
        term,
        number_of_payments: quote.number_of_payments,
        tae: super::math::div(quote.apr_percent, Decimal::ONE_HUNDRED)?,
        total_interest_paid: quote.total_interest,
        total_amount_paid: quote.total_amount_payable,
        user_defined_quota: quote.instalment,
    })
}

/// Nemuru's "get loan conditions": one entry per program of `pricing` that
/// offers the query's currency, term and principal, in the table's order.
///
/// Each entry follows Nemuru's conventions: the instalment
/// (`user_defined_quota`) is rounded to the cent, the totals come from the
/// unrounded instalment, and `tae` is the EU APR in percent to one decimal,
/// as a fraction.
///
/// # Examples
/// ```
/// use lendkit::pricing::{loan_conditions, LoanConditionsQuery, PricingProgram, PricingTable};
/// let table = PricingTable {
///     currency: "EUR".into(),
///     programs: vec![PricingProgram {
///         program: "free_program".into(),
///         annual_interest: "0.091".into(),
///         merchant_discount_percentage: "0".into(),
///         setup_fee: None,
///         min_principal: "100".into(),
///         max_principal: "10000".into(),
///         terms: None,
///         min_term: Some(3),
///         max_term: Some(36),
///         due_date: None,
///     }],
/// };
/// let query = LoanConditionsQuery { currency: "EUR".into(), term: 30, principal: "5000".into() };
/// let out = loan_conditions(&table, &query).unwrap();
/// assert_eq!(out[0].user_defined_quota.to_string(), "186.97");
/// assert_eq!(out[0].tae.to_string(), "0.095");
/// ```
///
/// # Errors
/// `Error::Invalid` for a bad table (paths `pricing.programs[0].annualInterest`
/// ...) or query (`query.principal` ...).
pub fn loan_conditions(
    pricing: &PricingTable,
    query: &LoanConditionsQuery,
) -> Result<Vec<LoanConditions>, Error> {
    let mut p = Problems::new();
    if !(1..=MAX_TERM).contains(&query.term) {
        p.push("query.term", "out_of_range", "1 to 1200 months");
    }
    let term = u32::try_from(query.term).unwrap_or(1);
    conditions_grid(
        p,
        pricing,
        &query.currency,
        &query.principal,
        Some(std::slice::from_ref(&term)),
    )
}

/// Every program x term of a pricing table for one principal: what a
/// checkout's comparison grid shows, in one call. The entries are ordered by
/// term (ascending), then by the table's order, so they equal the
/// concatenation of [`loan_conditions`] for each term. `terms` narrows the
/// grid (absent: every term some program offers).
///
/// # Examples
/// ```
/// use lendkit::pricing::{loan_conditions_grid, LoanConditionsGridQuery, PricingProgram, PricingTable};
/// let table = PricingTable {
///     currency: "EUR".into(),
///     programs: vec![PricingProgram {
///         program: "free_program".into(),
///         annual_interest: "0.091".into(),
///         merchant_discount_percentage: "0".into(),
///         setup_fee: None,
///         min_principal: "100".into(),
///         max_principal: "10000".into(),
///         terms: Some(vec![12, 30]),
///         min_term: None,
///         max_term: None,
///         due_date: None,
///     }],
/// };
/// let query = LoanConditionsGridQuery { currency: "EUR".into(), principal: "5000".into(), terms: None };
/// let out = loan_conditions_grid(&table, &query).unwrap();
/// assert_eq!(out.len(), 2);
/// assert_eq!(out[1].user_defined_quota.to_string(), "186.97");
/// ```
///
/// # Errors
/// As [`loan_conditions`]; a bad term is reported at `query.terms[i]`.
pub fn loan_conditions_grid(
    pricing: &PricingTable,
    query: &LoanConditionsGridQuery,
) -> Result<Vec<LoanConditions>, Error> {
    let mut p = Problems::new();
    let mut terms = Vec::new();
    if let Some(asked) = &query.terms {
        for (i, &t) in asked.iter().enumerate() {
            if (1..=MAX_TERM).contains(&t) {
                terms.push(u32::try_from(t).unwrap_or(1));
            } else {
                p.push(
                    String::from("query.terms") + &crate::json::value::index(i),
                    "out_of_range",
                    "1 to 1200 months",
                );
            }
        }
        terms = sorted_terms(terms);
    }
    conditions_grid(
        p,
        pricing,
        &query.currency,
        &query.principal,
        query.terms.as_ref().map(|_| terms.as_slice()),
    )
}

/// `terms` sorted, without repeats: by insertion (a few dozen terms; the
/// slice sort's code costs the core wasm module 2 KB gzip).
fn sorted_terms(terms: impl IntoIterator<Item = u32>) -> Vec<u32> {
    let mut sorted: Vec<u32> = Vec::new();
    for t in terms {
        if let Err(i) = sorted.binary_search(&t) {
            sorted.insert(i, t);
        }
    }
    sorted
}

/// The shared body of [`loan_conditions`] and [`loan_conditions_grid`]: checks
/// the table and the query (adding to `p`), then prices every program at
/// every term of `terms` (absent: every term of the table), term by term.
fn conditions_grid(
    mut p: Problems,
    pricing: &PricingTable,
    query_currency: &str,
    principal: &DecimalText,
    terms: Option<&[u32]>,
) -> Result<Vec<LoanConditions>, Error> {
    let (currency, programs) = check_table(&mut p, "pricing.", pricing);
    let query_currency = Currency::from_code(query_currency);
    if query_currency.is_none() {
        p.push(
            "query.currency",
            "unknown_currency",
            "not an ISO 4217 currency code",
        );
    }
    let principal = p.amount(
        "query.principal",
        principal,
        false,
        query_currency.map(|c| c.minor_units()),
    );
    p.finish()?;
    let (Some(currency), Some(principal)) = (currency, principal) else {
        return Ok(Vec::new());
    };
    if query_currency != Some(currency) {
        return Ok(Vec::new());
    }
    let all_terms;
    let terms = match terms {
        Some(t) => t,
        None => {
            all_terms = sorted_terms(programs.iter().flat_map(|p| p.terms.iter().copied()));
            &all_terms
        }
    };
    let mut out = Vec::new();
    for &term in terms {
        for prog in &programs {
            if prog.terms.contains(&term)
                && principal >= prog.min_principal
                && principal <= prog.max_principal
            {
                out.push(conditions_for(currency, prog, term, principal)?);
            }
        }
    }
    Ok(out)
}

crate::json::read::from_tree_struct!(PricingProgram, deny = true, {
    program: "program" req,
    annual_interest: "annualInterest" req,
    merchant_discount_percentage: "merchantDiscountPercentage" req,
    setup_fee: "setupFee" opt,
    min_principal: "minPrincipal" req,
    max_principal: "maxPrincipal" req,
    terms: "terms" opt,
    min_term: "minTerm" opt,
    max_term: "maxTerm" opt,
    due_date: "dueDate" opt,
});

crate::json::read::from_tree_struct!(PricingTable, deny = true, {
    currency: "currency" req, programs: "programs" req,
});

crate::json::read::from_tree_struct!(LoanConditionsQuery, deny = true, {
    currency: "currency" req, term: "term" req, principal: "principal" req,
});

crate::json::read::from_tree_struct!(LoanConditionsGridQuery, deny = true, {
    currency: "currency" req, principal: "principal" req, terms: "terms" opt,
});
