//! The pricing boundary: `simulate`, `apr`, `loanConditions`, `maxPrincipal`,
//! `lowestInstalment` and `disclosure`. Each converts its arguments (with the
//! path of any field of the wrong shape), calls `crate::pricing` and converts
//! back; no business rule lives here.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::{de_error, json_text_to_js, to_js, to_js_error, tree};
use crate::json::FromTree;
use crate::pricing::{
    self, AprRequest, AprResult, LoanConditionsQuery, LoanRequest, LowestInstalment,
    LowestInstalmentRequest, MaxPrincipal, MaxPrincipalRequest, PricingTable, Quote,
};

/// Reads an argument with its hand reader ([`FromTree`], the same errors as
/// serde's derive); a field of the wrong shape becomes a `LendkitError`
/// (`invalid_input`) whose detail has the field's path, under `prefix`
/// (`"pricing."`) for functions with several arguments.
fn arg<T: FromTree>(value: JsValue, prefix: &str) -> Result<T, JsValue> {
    T::read(&tree(&value)?).map_err(|e| de_error(e, prefix))
}

fn core<T>(result: Result<T, crate::Error>) -> Result<T, JsValue> {
    result.map_err(|e| to_js_error(&e))
}

#[wasm_bindgen]
extern "C" {
    /// An array of Nemuru `loan_conditions` entries.
    #[wasm_bindgen(typescript_type = "LoanConditions[]")]
    pub type JsLoanConditionsList;
}

/// Prices a loan: instalment, totals, APR and (unless `includeSchedule` is
/// false) the schedule. Throws a `LendkitError` listing every bad field.
#[wasm_bindgen(js_name = simulate)]
pub fn simulate(request: Ts<LoanRequest>) -> Result<Ts<Quote>, JsValue> {
    let request: LoanRequest = arg(request.into(), "")?;
    let quote = core(pricing::simulate(&request))?;
    // The quote's JSON written by hand (the same text as serde's), then JSON.parse.
    Ok(Ts::new_unchecked(json_text_to_js(&pricing::quote_json(
        &quote,
    ))?))
}

/// The APR of an explicit stream of drawdowns and payments (EU, UK or US).
#[wasm_bindgen(js_name = apr)]
pub fn apr(request: Ts<AprRequest>) -> Result<Ts<AprResult>, JsValue> {
    let request: AprRequest = arg(request.into(), "")?;
    let result = core(pricing::apr(&request))?;
    Ok(Ts::new_unchecked(to_js(&result)?))
}

/// Nemuru's "get loan conditions", computed locally: one entry per program of
/// the pricing table available for the query, in Nemuru's field names.
#[wasm_bindgen(js_name = loanConditions)]
pub fn loan_conditions(
    pricing: Ts<PricingTable>,
    query: Ts<LoanConditionsQuery>,
) -> Result<JsLoanConditionsList, JsValue> {
    let table: PricingTable = arg(pricing.into(), "pricing.")?;
    let query: LoanConditionsQuery = arg(query.into(), "query.")?;
    let list = core(pricing::loan_conditions(&table, &query))?;
    Ok(to_js(&list)?.unchecked_into())
}

/// The largest loan whose instalment fits a budget.
#[wasm_bindgen(js_name = maxPrincipal)]
pub fn max_principal(request: Ts<MaxPrincipalRequest>) -> Result<Ts<MaxPrincipal>, JsValue> {
    let request: MaxPrincipalRequest = arg(request.into(), "")?;
    let result = core(pricing::max_principal(&request))?;
    Ok(Ts::new_unchecked(to_js(&result)?))
}

/// The lowest instalment across a pricing table's programs and terms, or
/// `undefined` when no program finances the principal.
#[wasm_bindgen(js_name = lowestInstalment)]
pub fn lowest_instalment(
    request: Ts<LowestInstalmentRequest>,
) -> Result<Option<Ts<LowestInstalment>>, JsValue> {
    let request: LowestInstalmentRequest = arg(request.into(), "")?;
    match core(pricing::lowest_instalment(&request))? {
        Some(best) => Ok(Some(Ts::new_unchecked(to_js(&best)?))),
        None => Ok(None),
    }
}

/// The representative example text for a quote, in `es`, `en` or `sv`.
#[wasm_bindgen(js_name = disclosure)]
pub fn disclosure(quote: Ts<Quote>, locale: String) -> Result<String, JsValue> {
    let quote: Quote = arg(quote.into(), "quote.")?;
    core(pricing::disclosure(&quote, &locale))
}
