//! The validation and eligibility boundary: converts JavaScript values, calls
//! [`crate::validation`] / [`crate::eligibility`] and converts back. No rule lives
//! here.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::{to_js, to_js_error};
use crate::eligibility::{
    self, AssetCustomer, AssetOffer, AssetPolicy, ProgramPolicy, ProgramQuery, ProgramsResult,
};
use crate::json::Value;
use crate::validation::requests::nemuru::{self, NemuruErrorBody};
use crate::validation::requests::{self, RequestContext, RequestKind};
use crate::validation::{
    self, country, currency, email, formats, iban, identity, phone, FieldCheck, IdentityCheck,
    IdentityOptions, Locale, Problem, ValidationResult,
};

/// Options of the single-field validators.
#[derive(Debug, Clone, Default, serde::Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FieldOptions {
    /// The language of the messages (default `en`).
    #[serde(default)]
    #[tsify(optional)]
    pub locale: Option<Locale>,
}

/// Options of `validatePhone`.
#[derive(Debug, Clone, Default, serde::Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PhoneOptions {
    /// The language of the messages (default `en`).
    #[serde(default)]
    #[tsify(optional)]
    pub locale: Option<Locale>,
    /// ISO 3166-1 alpha-2 country for numbers written without `+` (its trunk
    /// prefix is dropped: `070-123 45 67` with `SE` is `+46701234567`).
    #[serde(default)]
    #[tsify(optional)]
    pub default_country: Option<String>,
}

crate::json::read::from_tree_struct!(FieldOptions, deny = true, {
    locale: "locale" opt,
});

crate::json::read::from_tree_struct!(PhoneOptions, deny = true, {
    locale: "locale" opt,
    default_country: "defaultCountry" opt,
});

/// The request kind named by a JavaScript string.
fn request_kind(kind: &JsValue) -> Result<RequestKind, JsValue> {
    kind.as_string()
        .as_deref()
        .and_then(RequestKind::from_name)
        .ok_or_else(|| {
            to_js_error(&crate::Error::invalid(
                "kind",
                "not_one_of",
                format!(
                    "must be one of: {}",
                    RequestKind::ALL.map(RequestKind::name).join(", ")
                ),
            ))
        })
}

/// A JavaScript value as a [`Value`] tree (undefined is `Null`).
fn tree(js: JsValue) -> Result<Value, JsValue> {
    super::tree(&js)
}

/// A typed input read through the [`Value`] tree: a field of the wrong shape is a
/// `LendkitError` whose detail names its path (code `invalid_field`).
fn input<T: crate::json::FromTree>(js: JsValue) -> Result<T, JsValue> {
    super::read_js(&js)
}

fn options<T: crate::json::FromTree + Default + tsify::Tsify>(
    o: Option<Ts<T>>,
) -> Result<T, JsValue> {
    match o {
        Some(ts) => {
            let js: JsValue = ts.into();
            if js.is_undefined() || js.is_null() {
                Ok(T::default())
            } else {
                input(js)
            }
        }
        None => Ok(T::default()),
    }
}

fn out<T: serde::Serialize + tsify::Tsify>(value: &T) -> Result<Ts<T>, JsValue> {
    Ok(Ts::new_unchecked(to_js(value)?))
}

fn field(
    result: Result<String, Problem>,
    o: Option<Ts<FieldOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    let locale = options(o)?.locale.unwrap_or_default();
    out(&FieldCheck::from_result(result, locale))
}

/// Checks a national identity number of `SE`, `NO`, `FI`, `DK` or `ES`:
/// `{ valid, normalized?, birthDate?, kind?, age?, errors }`.
#[wasm_bindgen(js_name = validateIdentityNumber)]
pub fn validate_identity_number(
    country: &str,
    value: &str,
    options: Option<Ts<IdentityOptions>>,
) -> Result<Ts<IdentityCheck>, JsValue> {
    let o = self::options(options)?;
    out(&validation::validate_identity_number(country, value, &o))
}

/// Whether an identity number is valid, as a boolean: the fast path for bulk
/// checks. With `options`, the same answer as `validateIdentityNumber`'s
/// `valid` (a birth date after `today` is `birth_date_in_future`).
#[wasm_bindgen(js_name = isValidIdentityNumber)]
pub fn is_valid_identity_number(
    country: &str,
    value: &str,
    options: Option<Ts<IdentityOptions>>,
) -> Result<bool, JsValue> {
    let o = self::options(options)?;
    let check = bulk_check(&o);
    let valid = check(identity::IdCountry::from_code(country), value);
    Ok(valid)
}

/// Internal (the SDK's `isValidIdentityNumber` without options): the boolean
/// fast path with "today" as plain `YYYY-MM-DD` text (the SDK's local date), so
/// no options object crosses the boundary per number. Text that is not a date
/// is no "today".
#[wasm_bindgen(js_name = _isValidIdentityNumberOn)]
pub fn is_valid_identity_number_on(country: &str, value: &str, today: &str) -> bool {
    let options = identity::ParseOptions {
        today: crate::civil::Date::parse(today),
        allow_synthetic: false,
    };
    identity::parse_with(country, value, options).is_ok()
}

/// One number's check under `o`, for the bulk entries: the parser alone
/// (`today` refusing future birth dates and fixing Swedish centuries, synthetic
/// numbers when allowed), or the whole `validateIdentityNumber` when a minimum
/// age is asked for.
fn bulk_check(o: &IdentityOptions) -> impl Fn(Option<identity::IdCountry>, &str) -> bool + '_ {
    let parse = identity::ParseOptions {
        today: o.today,
        allow_synthetic: o.allow_synthetic.unwrap_or(false),
    };
    move |country, value| match country {
        None => false,
        Some(c) if o.minimum_age.is_some() => {
            validation::validate_identity_number(c.code(), value, o).valid
        }
        Some(c) => identity::parse_country(c, value, parse).is_ok(),
    }
}

/// Checks many identity numbers of one country: one byte per number, 1 when
/// valid (as `isValidIdentityNumber` with the same `options`).
#[wasm_bindgen(js_name = validateIdentityNumbers)]
pub fn validate_identity_numbers(
    country: &str,
    values: Vec<String>,
    options: Option<Ts<IdentityOptions>>,
) -> Result<Vec<u8>, JsValue> {
    let o = self::options(options)?;
    let check = bulk_check(&o);
    let country = identity::IdCountry::from_code(country);
    Ok(values.iter().map(|v| u8::from(check(country, v))).collect())
}

/// Checks many identity numbers of one country given as one string, one number
/// per line (`\n`): one byte per line, 1 when valid. The fastest way to check in
/// bulk (one string crosses the boundary instead of one per number).
#[wasm_bindgen(js_name = validateIdentityNumberLines)]
pub fn validate_identity_number_lines(
    country: &str,
    lines: &str,
    options: Option<Ts<IdentityOptions>>,
) -> Result<Vec<u8>, JsValue> {
    let o = self::options(options)?;
    let check = bulk_check(&o);
    let country = identity::IdCountry::from_code(country);
    Ok(lines
        .split('\n')
        .map(|v| u8::from(check(country, v)))
        .collect())
}

/// Checks a phone number and writes it in E.164: `{ valid, normalized?, errors }`.
#[wasm_bindgen(js_name = validatePhone)]
pub fn validate_phone(
    value: &str,
    options: Option<Ts<PhoneOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    let o = self::options(options)?;
    let result = phone::parse(value, o.default_country.as_deref()).map(|p| p.e164);
    out(&FieldCheck::from_result(
        result,
        o.locale.unwrap_or_default(),
    ))
}

/// Checks an email address: `{ valid, normalized?, errors }`.
#[wasm_bindgen(js_name = validateEmail)]
pub fn validate_email(
    value: &str,
    options: Option<Ts<FieldOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    field(email::parse(value), options)
}

/// Checks an IBAN (length per country, BBAN structure, mod 97): `{ valid, normalized?, errors }`.
#[wasm_bindgen(js_name = validateIban)]
pub fn validate_iban(
    value: &str,
    options: Option<Ts<FieldOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    field(iban::parse(value).map(|i| i.as_str().to_owned()), options)
}

/// Checks an ISO 3166-1 alpha-2 country code.
#[wasm_bindgen(js_name = validateCountryCode)]
pub fn validate_country_code(
    value: &str,
    options: Option<Ts<FieldOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    field(country::parse(value).map(str::to_owned), options)
}

/// Checks an ISO 4217 currency code.
#[wasm_bindgen(js_name = validateCurrencyCode)]
pub fn validate_currency_code(
    value: &str,
    options: Option<Ts<FieldOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    field(currency::parse(value).map(|c| c.code().to_owned()), options)
}

/// Checks an RFC 9562 UUID (normalised to lower case).
#[wasm_bindgen(js_name = validateUuid)]
pub fn validate_uuid(
    value: &str,
    options: Option<Ts<FieldOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    field(formats::uuid(value), options)
}

/// Checks a URL a server may call (https, or http for localhost only).
#[wasm_bindgen(js_name = validateUrl)]
pub fn validate_url(
    value: &str,
    options: Option<Ts<FieldOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    field(formats::url(value), options)
}

/// Checks RFC 4648 base64.
#[wasm_bindgen(js_name = validateBase64)]
pub fn validate_base64(
    value: &str,
    options: Option<Ts<FieldOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    field(
        formats::base64_len(value).map(|_| value.to_owned()),
        options,
    )
}

/// Checks a `YYYY-MM-DD` date.
#[wasm_bindgen(js_name = validateDate)]
pub fn validate_date(
    value: &str,
    options: Option<Ts<FieldOptions>>,
) -> Result<Ts<FieldCheck>, JsValue> {
    field(formats::date(value).map(|d| d.to_string()), options)
}

/// Checks a request of one of the APIs: `{ valid, errors: [{ path, code, message }] }`.
/// The payload is any JSON-like value; a missing or wrong-typed field is reported
/// with its path.
#[wasm_bindgen(js_name = validateRequest)]
pub fn validate_request(
    kind: Ts<RequestKind>,
    #[wasm_bindgen(unchecked_param_type = "unknown")] payload: JsValue,
    context: Option<Ts<RequestContext>>,
) -> Result<Ts<ValidationResult>, JsValue> {
    let kind_js: JsValue = kind.into();
    let kind = request_kind(&kind_js)?;
    let context: RequestContext = options(context)?;
    let payload = tree(payload)?;
    out(&requests::validate_request(kind, &payload, &context))
}

/// [`validate_request`] with the payload as JSON text (for example a request body
/// about to be sent): parsing the text in wasm is faster than reading a large
/// JavaScript object property by property.
#[wasm_bindgen(js_name = validateRequestJson)]
pub fn validate_request_json(
    kind: Ts<RequestKind>,
    json: &str,
    context: Option<Ts<RequestContext>>,
) -> Result<Ts<ValidationResult>, JsValue> {
    let kind_js: JsValue = kind.into();
    let kind = request_kind(&kind_js)?;
    let context: RequestContext = options(context)?;
    let payload = crate::json::parse(json)
        .map_err(|e| to_js_error(&crate::Error::invalid("", "invalid_json", e.to_string())))?;
    out(&requests::validate_request(kind, &payload, &context))
}

/// Turns a validation result into Nemuru's 400 body
/// (`{ status: "ko", exception, error, schema_errors }`).
#[wasm_bindgen(js_name = toNemuruBadRequest)]
pub fn to_nemuru_bad_request(result: Ts<ValidationResult>) -> Result<Ts<NemuruErrorBody>, JsValue> {
    let result: ValidationResult = input(result.into())?;
    out(&nemuru::to_bad_request(&result))
}

/// The asset offer for a customer under a lender policy at `now` (RFC 3339):
/// the seed's `POST /v1/asset-offers` response, with `ineligibleAssets` and their
/// reasons.
#[wasm_bindgen(js_name = assetOffer)]
pub fn asset_offer(
    policy: Ts<AssetPolicy>,
    customer: Ts<AssetCustomer>,
    now: &str,
) -> Result<Ts<AssetOffer>, JsValue> {
    let policy: AssetPolicy = input(policy.into())?;
    let customer: AssetCustomer = input(customer.into())?;
    let now = formats::date_time(now).map_err(|p| {
        to_js_error(&crate::Error::invalid(
            "now",
            p.code(),
            p.message(Locale::En),
        ))
    })?;
    let offer =
        eligibility::asset_offer(&policy, &customer, now.to_utc()).map_err(|e| to_js_error(&e))?;
    out(&offer)
}

/// Which of an agent's programs and terms are open for a query.
#[wasm_bindgen(js_name = eligiblePrograms)]
pub fn eligible_programs(
    #[wasm_bindgen(unchecked_param_type = "ProgramPolicy[]")] programs: JsValue,
    query: Ts<ProgramQuery>,
) -> Result<Ts<ProgramsResult>, JsValue> {
    let programs: Vec<ProgramPolicy> = input(programs)?;
    let query: ProgramQuery = input(query.into())?;
    let result = eligibility::eligible_programs(&programs, &query).map_err(|e| to_js_error(&e))?;
    out(&result)
}
