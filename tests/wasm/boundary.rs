// Boundary tests shared by the Node and the headless-Chromium wasm test
// binaries (tests/wasm_node.rs, tests/wasm_browser.rs).

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(lendkit::wasm::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn build_info_is_a_plain_object() {
    let info: JsValue = lendkit::wasm::build_info().expect("build info").into();
    assert!(info.is_object());
    assert_eq!(
        get(&info, "version").as_string().as_deref(),
        Some(env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(get(&info, "profile").as_string().as_deref(), Some("debug"));
    assert!(get(&info, "commit")
        .as_string()
        .is_some_and(|c| !c.is_empty()));
}

#[wasm_bindgen_test]
fn core_errors_cross_as_js_errors_with_code_and_details() {
    let error = lendkit::Error::Invalid(vec![
        lendkit::FieldError::new("principal", "not_positive", "must be greater than zero"),
        lendkit::FieldError::new("currency", "unknown_currency", "not an ISO 4217 code"),
    ]);
    let js = lendkit::wasm::to_js_error(&error);
    let as_error: &js_sys::Error = js.dyn_ref().expect("a real Error object");
    assert_eq!(as_error.name(), "LendkitError");
    assert_eq!(
        get(&js, "code").as_string().as_deref(),
        Some("invalid_input")
    );
    let details: js_sys::Array = get(&js, "details").dyn_into().expect("details is an array");
    assert_eq!(details.length(), 2);
    let first = details.get(0);
    assert_eq!(
        get(&first, "path").as_string().as_deref(),
        Some("principal")
    );
    assert_eq!(
        get(&first, "code").as_string().as_deref(),
        Some("not_positive")
    );
}
