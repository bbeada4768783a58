//! The wasm-bindgen boundary: every `#[wasm_bindgen]` item of lendkit lives
//! under this module. It converts JavaScript values, calls the core and
//! converts back; it holds no business rule.
//!
//! Errors cross as real JavaScript `Error` objects whose `name` is
//! `"LendkitError"`, with a stable `code` and `details` (the field errors,
//! `{ path, code, message }[]`).

use wasm_bindgen::prelude::*;

#[cfg(any(feature = "core-exports", feature = "client-exports"))]
pub mod client_error;
#[cfg(feature = "client-exports")]
pub mod clients;
#[cfg(feature = "client-exports")]
mod fetch;
#[cfg(feature = "core-exports")]
mod pricing;
#[cfg(feature = "core-exports")]
mod validation;
#[cfg(feature = "core-exports")]
pub mod webhook;

/// Turns a core error into a JavaScript `Error` with `name`, `code` and `details`.
pub fn to_js_error(error: &crate::Error) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    js.set_name("LendkitError");
    let details = serde_wasm_bindgen::to_value(error.field_errors()).unwrap_or(JsValue::UNDEFINED);
    // Setting properties on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &JsValue::from_str(error.code()));
    let _ = js_sys::Reflect::set(&js, &"details".into(), &details);
    js.into()
}

/// Deserialises a JavaScript value into a core type. A value of the wrong shape
/// becomes a `LendkitError` with code `invalid_input` whose single detail names
/// the field's path (`fees[1].amount`) and the code `invalid_field`.
pub fn from_js<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, JsValue> {
    let deserializer = serde_wasm_bindgen::Deserializer::from(value);
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let message = e.into_inner().to_string();
        to_js_error(&crate::Error::invalid(path, "invalid_field", message))
    })
}

/// Serialises a core value for JavaScript: plain objects, never `Map`s.
pub fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            to_js_error(&crate::Error::Computation {
                code: "serialization_failed",
                message: e.to_string(),
            })
        })
}

/// The library's version, as in `Cargo.toml`.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

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

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "BuildInfo")]
    pub type JsBuildInfo;
}

/// Describes this build: version, commit and profile.
#[wasm_bindgen(js_name = buildInfo)]
pub fn build_info() -> Result<JsBuildInfo, JsValue> {
    Ok(to_js(&crate::build_info())?.unchecked_into())
}
