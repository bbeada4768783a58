//! The wasm-bindgen boundary: every `#[wasm_bindgen]` item of lendkit lives
//! under this module. It converts JavaScript values, calls the core and
//! converts back; it holds no business rule.
//!
//! Errors cross as real JavaScript `Error` objects whose `name` is
//! `"LendkitError"`, with a stable `code` and `details` (the field errors,
//! `{ path, code, message }[]`).

use wasm_bindgen::prelude::*;

use crate::json::{self, Value};

// The pricing module alone (what a product page loads) has its own small
// allocator (./alloc.rs); every other build keeps the standard one.
#[cfg(not(any(feature = "core-exports", feature = "client-exports")))]
mod alloc;
#[cfg(not(any(feature = "core-exports", feature = "client-exports")))]
#[global_allocator]
static ALLOCATOR: alloc::ClassAlloc = alloc::ClassAlloc::new();

#[cfg(any(feature = "core-exports", feature = "client-exports"))]
pub mod client_error;
#[cfg(feature = "client-exports")]
pub mod clients;
#[cfg(feature = "client-exports")]
mod fetch;
#[cfg(any(feature = "pricing-exports", feature = "core-exports"))]
pub mod pricing;
#[cfg(feature = "core-exports")]
mod validation;
#[cfg(feature = "core-exports")]
pub mod webhook;

/// Turns a core error into a JavaScript `Error` with `name`, `code` and `details`.
pub fn to_js_error(error: &crate::Error) -> JsValue {
    let js = js_sys::Error::new(&error.message());
    js.set_name("LendkitError");
    let details = to_js(error.field_errors()).unwrap_or(JsValue::UNDEFINED);
    // Setting properties on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &JsValue::from_str(error.code()));
    let _ = js_sys::Reflect::set(&js, &"details".into(), &details);
    js.into()
}

/// A JavaScript value as a [`Value`] tree, through `JSON.stringify` and
/// [`crate::json::parse`] (`undefined` is `Null`). One string crosses the
/// boundary instead of one call per property, and one parser serves every input.
pub fn tree(js: &JsValue) -> Result<Value, JsValue> {
    if js.is_undefined() {
        return Ok(Value::Null);
    }
    let invalid = |m: String| to_js_error(&crate::Error::invalid("", "invalid_type", m));
    let text = js_sys::JSON::stringify(js)
        .map_err(|_| invalid("not JSON-like data (a BigInt or a cycle)".into()))?;
    let text = text
        .as_string()
        .ok_or_else(|| invalid("not JSON-like data".into()))?;
    json::parse(&text).map_err(|e| invalid(e.text()))
}

/// A typed input read from a [`Value`] tree. A value of the wrong shape becomes a
/// `LendkitError` with code `invalid_input` whose single detail names the
/// field's path under `prefix` (`"pricing."`, or `""`) and the code
/// `invalid_field`.
pub fn from_tree<T: serde::de::DeserializeOwned>(v: &Value, prefix: &str) -> Result<T, JsValue> {
    json::from_value(v).map_err(|e| de_error(e, prefix))
}

/// A reading error as the `LendkitError` [`from_tree`] describes.
fn de_error(e: json::DeError, prefix: &str) -> JsValue {
    let path = e.path();
    let path = match (prefix, path.as_str()) {
        (p, "") => p.trim_end_matches('.').to_string(),
        (p, rest) => [p, rest].concat(),
    };
    to_js_error(&crate::Error::invalid(path, "invalid_field", e.message))
}

/// [`from_js`] for a type with a hand reader ([`json::FromTree`]): the same
/// errors, without serde's derived code.
pub fn read_js<T: json::FromTree>(value: &JsValue) -> Result<T, JsValue> {
    T::read(&tree(value)?).map_err(|e| de_error(e, ""))
}

/// Deserialises a JavaScript value into a core type (see [`tree`] and
/// [`from_tree`]); `prefix` names the argument in paths (`"pricing."`).
pub fn from_js<T: serde::de::DeserializeOwned>(
    value: &JsValue,
    prefix: &str,
) -> Result<T, JsValue> {
    from_tree(&tree(value)?, prefix)
}

/// Serialises a core value for JavaScript through one serializer: JSON text
/// ([`crate::json::to_string`], no serde_json in the core module) read by
/// `JSON.parse`, so plain objects, never `Map`s.
pub fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = json::to_string(value).map_err(|e| {
        to_js_error(&crate::Error::Computation {
            code: "serialization_failed",
            message: e.0,
        })
    })?;
    json_text_to_js(&text)
}

/// JSON text written in Rust, as a JavaScript value (`JSON.parse`).
pub fn json_text_to_js(text: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(text)
}

/// The library's version, as in `Cargo.toml` (in the pricing module, which every
/// page loads first).
#[cfg(feature = "pricing-exports")]
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

#[cfg(feature = "pricing-exports")]
#[wasm_bindgen(typescript_custom_section)]
const BUILD_INFO_TS: &str = r#"
/** What a build of lendkit is. */
export interface BuildInfo {
    /** The crate version. */
    version: string;
    /** The git commit of the build, or "unknown". */
    commit: string;
    /** "release" or "debug". */
    profile: "release" | "debug";
}
"#;

#[cfg(feature = "pricing-exports")]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "BuildInfo")]
    pub type JsBuildInfo;
}

/// Describes this build: version, commit and profile.
#[cfg(feature = "pricing-exports")]
#[wasm_bindgen(js_name = buildInfo)]
pub fn build_info() -> Result<JsBuildInfo, JsValue> {
    Ok(to_js(&crate::build_info())?.unchecked_into())
}
