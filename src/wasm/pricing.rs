//! The pricing boundary: `apr`, `maxPrincipal`, `lowestInstalment` and
//! `disclosure`, and the text entries behind the SDK's `simulate`,
//! `simulateMany`, `loanConditions` and `loanConditionsGrid`
//! (`sdk/pricing.ts`). Each converts its arguments (with the path of any field
//! of the wrong shape), calls `crate::pricing` and converts back; no business
//! rule lives here.
//!
//! The text entries take the JSON text of each argument (the SDK calls
//! `JSON.stringify` itself, so no callback into JavaScript is needed) and return
//! the compact wire text of [`crate::pricing::quote_wire`] and
//! [`crate::pricing::conditions_wire`], which the SDK turns into the very
//! objects the JSON would have given, several times faster than `JSON.parse`.
//! They are internal (their names start with `_`): the wire may change.
//!
//! The product page's calls (`_simulateText` and `lowestInstalment`) are in the
//! pricing module (`pricing-exports`); `apr`, `maxPrincipal`, `disclosure` and
//! the text entries of `simulateMany`, `loanConditions` and
//! `loanConditionsGrid`, which a product page does not call, are in the core
//! module (`core-exports`), which a form or a checkout loads: 22 KB of code out
//! of the pricing module for the first three, about 4 KB brotli for the others.
#![cfg_attr(
    not(all(feature = "pricing-exports", feature = "core-exports")),
    allow(dead_code, unused_imports)
)]

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::{de_error, to_js, to_js_error, tree};
use crate::json::{self, FromTree};
use crate::pricing::{
    self, AprRequest, AprResult, LoanConditionsGridQuery, LoanConditionsQuery, LoanRequest,
    LowestInstalment, LowestInstalmentRequest, MaxPrincipal, MaxPrincipalRequest, PricingTable,
    Quote,
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

/// What the SDK passes instead of JSON text when `JSON.stringify` threw (a
/// BigInt, a cycle, a throwing `toJSON`) or gave no text (a function, a
/// symbol): JSON text never starts with `!`.
const THREW: &str = "!threw";
const NO_TEXT: &str = "!none";

/// An argument read from its JSON text with the errors [`arg`] gives for the
/// JavaScript value: [`tree`]'s for what `JSON.stringify` cannot write or the
/// parser refuses (path `""`, code `invalid_type`), then the reader's
/// ([`de_error`]: `invalid_field` at the field's path under `prefix`).
fn arg_text<T: FromTree>(text: &str, prefix: &str) -> Result<T, JsValue> {
    T::read(&parse_arg(text)?).map_err(|e| de_error(e, prefix))
}

/// [`arg_text`]'s value tree.
#[inline(never)]
fn parse_arg(text: &str) -> Result<json::Value, JsValue> {
    let invalid = |m: String| to_js_error(&crate::Error::invalid("", "invalid_type", m));
    match text {
        THREW => Err(invalid("not JSON-like data (a BigInt or a cycle)".into())),
        NO_TEXT => Err(invalid("not JSON-like data".into())),
        text => json::parse(text).map_err(|e| invalid(e.text())),
    }
}

/// Internal (the SDK's `simulate`): the JSON text of a `LoanRequest` in, the
/// quote's wire line out ([`crate::pricing::quote_wire`]). Throws the
/// `LendkitError` `simulate` throws.
#[cfg(feature = "pricing-exports")]
#[wasm_bindgen(js_name = _simulateText)]
pub fn simulate_text(request_json: &str) -> Result<String, JsValue> {
    // The lean path first (no value tree); what it leaves, every error among
    // it, takes the tree path, so the result is the same either way.
    let request: LoanRequest = match json::from_text(request_json) {
        Some(request) => request,
        None => arg_text(request_json, "")?,
    };
    let quote = core(pricing::simulate(&request))?;
    let mut out = Vec::new();
    pricing::quote_wire(&quote, &mut out);
    Ok(pricing::wire_string(out))
}

/// Internal (the SDK's `simulateMany`): the JSON texts of many `LoanRequest`s,
/// one a line, in; one line each out, in the same order: the quote's wire
/// line, or `!` for a request `simulate` refuses (the SDK then asks
/// [`simulate_text`] for that one request's error, so that it is the very
/// `LendkitError` `simulate` throws). Never throws.
#[cfg(feature = "core-exports")]
#[wasm_bindgen(js_name = _simulateManyText)]
pub fn simulate_many_text(requests_json: &str) -> String {
    let mut out = Vec::with_capacity(requests_json.len() * 2);
    for (i, text) in requests_json.split('\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        let quote = json::from_text::<LoanRequest>(text)
            .or_else(|| LoanRequest::read(&json::parse(text).ok()?).ok())
            .and_then(|request| pricing::simulate(&request).ok());
        match quote {
            Some(quote) => pricing::quote_wire(&quote, &mut out),
            None => out.push(b'!'),
        }
    }
    pricing::wire_string(out)
}

/// Internal (the SDK's `loanConditions` and `loanConditionsGrid`): the JSON
/// texts of the table and the query in, the list's wire text out
/// ([`crate::pricing::conditions_wire`]): for the query's one term
/// ([`crate::pricing::loan_conditions`]), or with `grid` for every program x
/// term of the table ([`crate::pricing::loan_conditions_grid`]).
#[cfg(feature = "core-exports")]
#[wasm_bindgen(js_name = _loanConditionsText)]
pub fn loan_conditions_text(
    pricing_json: &str,
    query_json: &str,
    grid: bool,
) -> Result<String, JsValue> {
    let table: PricingTable = arg_text(pricing_json, "pricing.")?;
    let list = if grid {
        let query: LoanConditionsGridQuery = arg_text(query_json, "query.")?;
        core(pricing::loan_conditions_grid(&table, &query))?
    } else {
        let query: LoanConditionsQuery = arg_text(query_json, "query.")?;
        core(pricing::loan_conditions(&table, &query))?
    };
    let mut out = Vec::new();
    pricing::conditions_wire(&list, &mut out);
    Ok(pricing::wire_string(out))
}

/// The APR of an explicit stream of drawdowns and payments (EU, UK or US).
#[cfg(feature = "core-exports")]
#[wasm_bindgen(js_name = apr)]
pub fn apr(request: Ts<AprRequest>) -> Result<Ts<AprResult>, JsValue> {
    let request: AprRequest = arg(request.into(), "")?;
    let result = core(pricing::apr(&request))?;
    Ok(Ts::new_unchecked(to_js(&result)?))
}

/// The largest loan whose instalment fits a budget.
#[cfg(feature = "core-exports")]
#[wasm_bindgen(js_name = maxPrincipal)]
pub fn max_principal(request: Ts<MaxPrincipalRequest>) -> Result<Ts<MaxPrincipal>, JsValue> {
    let request: MaxPrincipalRequest = arg(request.into(), "")?;
    let result = core(pricing::max_principal(&request))?;
    Ok(Ts::new_unchecked(to_js(&result)?))
}

/// The lowest instalment across a pricing table's programs and terms, or
/// `undefined` when no program finances the principal.
#[cfg(feature = "pricing-exports")]
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
#[cfg(feature = "core-exports")]
#[wasm_bindgen(js_name = disclosure)]
pub fn disclosure(quote: Ts<Quote>, locale: String) -> Result<String, JsValue> {
    let quote: Quote = arg(quote.into(), "quote.")?;
    core(pricing::disclosure(&quote, &locale))
}
