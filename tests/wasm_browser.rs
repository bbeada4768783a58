//! wasm-bindgen tests run in headless Chromium and headless Firefox ESR
//! (`wasm-pack test --headless --chrome -- --test wasm_browser`, and `--firefox`
//! with geckodriver on PATH).
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "wasm/boundary.rs"]
mod boundary;

#[path = "wasm/clients.rs"]
mod clients;

#[path = "wasm/client_args.rs"]
mod client_args;

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn runs_in_a_browser_window() {
    let global = js_sys::global();
    let window =
        js_sys::Reflect::get(&global, &"window".into()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED);
    assert!(window.is_object(), "expected a browser window");
}

#[path = "wasm/pricing.rs"]
mod pricing;
