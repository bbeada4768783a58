//! The clients' errors as JavaScript `Error`s, shared by both wasm modules: the
//! clients module (every client call) and the core module (webhook checks).
//! Built by hand with `Reflect` (no serde), since it sits in both modules.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::clients::ClientError;

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object or Error cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

/// A client error as a JavaScript `Error` named after its SDK class
/// (`LendkitValidationError`, `LendkitApiError`, ...), with `code`, `status`,
/// `requestId`, `details` (`{ path, code, message }[]`) and `provider`.
pub fn client_error_to_js(error: &ClientError) -> JsValue {
    let js: JsValue = js_sys::Error::new(&error.message).into();
    set(&js, "name", &JsValue::from_str(error.kind.class_name()));
    set(&js, "code", &JsValue::from_str(&error.code));
    set(
        &js,
        "status",
        &error.status.map_or(JsValue::UNDEFINED, JsValue::from),
    );
    set(
        &js,
        "requestId",
        &error
            .request_id
            .as_deref()
            .map_or(JsValue::UNDEFINED, JsValue::from_str),
    );
    let details = Array::new();
    for d in &error.details {
        let o: JsValue = Object::new().into();
        set(&o, "path", &JsValue::from_str(&d.path));
        set(&o, "code", &JsValue::from_str(&d.code));
        set(&o, "message", &JsValue::from_str(&d.message));
        details.push(&o);
    }
    set(&js, "details", &details);
    set(&js, "provider", &JsValue::from_str(error.provider));
    js
}
