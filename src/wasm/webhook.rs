//! Nemuru webhooks for merchants' servers, in the core module: they are a few
//! kilobytes, need no network, and stay synchronous in the SDK
//! (`verifyWebhook`), so a Node server never loads the clients module for them.

use js_sys::{Object, Reflect};
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::client_error::client_error_to_js;
use crate::clients::webhook;

/// Whether a Nemuru callback's `Authorization` header equals the one given when
/// the webhook was created (constant-time comparison).
#[wasm_bindgen(js_name = verifyWebhookAuthorization)]
pub fn verify_webhook_authorization(received: Option<String>, expected: String) -> bool {
    webhook::verify_authorization(received.as_deref(), &expected)
}

/// Parses a Nemuru `loan_steps` callback body. Throws a `LendkitValidationError`
/// for anything else.
#[wasm_bindgen(js_name = parseWebhookEvent)]
pub fn parse_webhook_event(body: String) -> Result<Ts<webhook::NemuruLoanStepEvent>, JsValue> {
    let event = webhook::parse_event(&body).map_err(|e| client_error_to_js(&e))?;
    let js: JsValue = Object::new().into();
    for (key, value) in [
        ("id", event.id.as_str()),
        ("event", event.event.as_str()),
        ("step", event.step.as_str()),
        ("triggered_at", event.triggered_at.as_str()),
    ] {
        let _ = Reflect::set(&js, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    Ok(Ts::new_unchecked(js))
}
