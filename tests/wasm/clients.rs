// The wasm clients against a running sandbox, in headless Chromium and in Node
// (included by tests/wasm_browser.rs and tests/wasm_node.rs). The sandbox's URL
// is baked in at compile time: `LENDKIT_SANDBOX_URL=http://127.0.0.1:PORT`
// (scripts/test.mjs starts one and sets it). Without it these tests fail, saying
// so: a test that passes without exercising anything would hide a broken wiring.

use js_sys::{Promise, Reflect, JSON};
use lendkit::wasm::clients::{AssetLoansClient, NemuruClient, TuumClient};
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

fn sandbox() -> &'static str {
    match option_env!("LENDKIT_SANDBOX_URL") {
        Some(url) if !url.is_empty() => url,
        _ => panic!(
            "LENDKIT_SANDBOX_URL was not set when the tests were compiled: \
             start a sandbox (node bin/lendkit.mjs sandbox --deterministic) and set it, \
             or run npm test, which does both"
        ),
    }
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON")
}

fn ts<T: tsify::Tsify>(text: &str) -> Ts<T> {
    Ts::new_unchecked(json(text))
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |v, k| {
        Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn text(v: &JsValue, path: &str) -> String {
    get(v, path).as_string().unwrap_or_default()
}

async fn ok(p: Promise) -> JsValue {
    match JsFuture::from(p).await {
        Ok(v) => v,
        Err(e) => panic!("call failed: {} {}", text(&e, "name"), text(&e, "message")),
    }
}

async fn err(p: Promise, name: &str) -> JsValue {
    match JsFuture::from(p).await {
        Ok(v) => panic!("expected {name}, got {:?}", JSON::stringify(&v).ok()),
        Err(e) => {
            assert!(e.is_instance_of::<js_sys::Error>(), "a real Error");
            assert_eq!(text(&e, "name"), name, "{}", text(&e, "message"));
            e
        }
    }
}

fn nemuru(url: &str, password: &str) -> NemuruClient {
    NemuruClient::new(ts(&format!(
        r#"{{"baseUrl":"{url}","username":"username@email.com","password":"{password}"}}"#
    )))
    .expect("client")
}

const LOAN: &str = r#"{"currency":"EUR","term":30,"principal":"5000","program":"free_program","borrower":{"email":"john.doe@gmail.com","first_name":"John","last_name":"Doe","phone_number":"+34601000001"},"asset_type":"home_improvement","asset":{"description":"Reformas","value":"10000"}}"#;

fn loan_request() -> (String, JsValue) {
    let id = js_sys::Math::random().to_bits() & 0xffff_ffff_ffff;
    let id = format!("e7c52ad3-0473-4fbc-bc36-{id:012x}");
    let request = json(LOAN);
    Reflect::set(&request, &"id".into(), &JsValue::from_str(&id)).unwrap();
    (id, request)
}

fn none() -> Option<lendkit::wasm::clients::CallOptions> {
    None
}

fn wait(until: &str, interval: u32, timeout: u32) -> Option<lendkit::wasm::clients::WaitOptions> {
    Some(
        json(&format!(
            r#"{{"until":"{until}","intervalMs":{interval},"timeoutMs":{timeout}}}"#
        ))
        .unchecked_into(),
    )
}

#[wasm_bindgen_test]
async fn nemuru_every_endpoint() {
    let url = sandbox();
    let c = nemuru(url, "12345");
    assert_eq!(text(&ok(c.login(none())).await, "token_type"), "Bearer");
    assert_eq!(
        text(&ok(c.get_agent_profile(none())).await, "payload.id"),
        "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7"
    );
    let conditions = ok(c.get_loan_conditions(
        ts(r#"{"currency":"EUR","term":30,"principal":"5000"}"#),
        none(),
    ))
    .await;
    let list: js_sys::Array = get(&conditions, "data").unchecked_into();
    let quotas: Vec<String> = list
        .iter()
        .map(|e| text(&e, "loan_conditions.user_defined_quota"))
        .collect();
    assert!(quotas.contains(&"186.97".to_owned()), "{quotas:?}");

    let (id, request) = loan_request();
    assert_eq!(
        text(
            &ok(c.create_loan(Ts::new_unchecked(request), none())).await,
            "id"
        ),
        id
    );
    assert_eq!(
        text(&ok(c.get_loan(id.clone(), none())).await, "payload.status"),
        "status_initial"
    );
    ok(c.approve_loan(id.clone(), none())).await;
    ok(c.loan_action(
        id.clone(),
        Ts::new_unchecked(JsValue::from_str("sendContract")),
        none(),
    ))
    .await;
    ok(c.sign_contract(id.clone(), none())).await;
    let signed = ok(c.wait_for_loan(id.clone(), wait("status_contract_signed", 10, 5000))).await;
    assert_eq!(text(&signed, "payload.status"), "status_contract_signed");
    ok(c.confirm_loan(id.clone(), none())).await;
    ok(c.pay_loan(id.clone(), none())).await;
    let e = err(c.cancel_loan(id.clone(), none()), "LendkitConflictError").await;
    assert_eq!(get(&e, "status").as_f64(), Some(409.0));
    assert!(
        text(&e, "requestId").starts_with("req_"),
        "the request id is readable (CORS exposes it)"
    );

    let hook =
        r#"{"client":"callback","event":"loan_steps","target":"https://shop.example/hooks"}"#;
    let created = ok(c.create_webhook(ts(hook), none())).await;
    let hook_id = text(&created, "id");
    ok(c.update_webhook(hook_id.clone(), ts(hook), none())).await;
    let hooks: js_sys::Array = get(&ok(c.list_webhooks(none())).await, "data").unchecked_into();
    assert!(hooks.iter().any(|w| text(&w, "id") == hook_id));
    let files =
        r#"{"files":[{"name":"dni.jpeg","type":"document_id_front","data":"aGVsbG8gd29ybGQh"}]}"#;
    ok(c.upload_files(id.clone(), ts(files), none())).await;
    let listed: js_sys::Array = get(&ok(c.list_files(id, none())).await, "data").unchecked_into();
    assert_eq!(listed.length(), 1);
}

#[wasm_bindgen_test]
async fn nemuru_error_classes() {
    let url = sandbox();
    let e = err(
        nemuru(url, "wrong").get_agent_profile(none()),
        "LendkitAuthError",
    )
    .await;
    assert!(!text(&e, "message").contains("wrong"));
    let c = nemuru(url, "12345");
    err(
        c.get_loan("c7d07661-8644-425e-91e0-afdcaef6f8d9".into(), none()),
        "LendkitNotFoundError",
    )
    .await;
    let (_, request) = loan_request();
    Reflect::set(&get(&request, "borrower"), &"email".into(), &"nope".into()).unwrap();
    let e = err(
        c.create_loan(Ts::new_unchecked(request), none()),
        "LendkitValidationError",
    )
    .await;
    assert_eq!(text(&e, "details.0.path"), "borrower.email");
    let (id, request) = loan_request();
    ok(c.create_loan(Ts::new_unchecked(request), none())).await;
    err(
        c.wait_for_loan(id.clone(), wait("status_active", 20, 100)),
        "LendkitTimeoutError",
    )
    .await;
    let controller = web_sys::AbortController::new().unwrap();
    controller.abort();
    let options = js_sys::Object::new();
    Reflect::set(&options, &"signal".into(), &controller.signal()).unwrap();
    err(
        c.get_loan(id, Some(options.unchecked_into())),
        "LendkitAbortError",
    )
    .await;
    let closed = NemuruClient::new(ts(
        r#"{"baseUrl":"http://127.0.0.1:9","username":"u@x.com","password":"p"}"#,
    ))
    .unwrap();
    err(closed.login(none()), "LendkitNetworkError").await;
}

#[wasm_bindgen_test]
async fn tuum_offers() {
    let url = sandbox();
    let c = TuumClient::new(ts(&format!(
        r#"{{"baseUrl":"{url}","authToken":"sandbox","channelCode":"system"}}"#
    )))
    .unwrap();
    let offer = r#"{"requestedMoney":{"amount":"20000","currencyCode":"GBP"},"loanPeriod":12,"loanTypeCode":"BALLOON_LOAN","paymentDay":1,"tenantCode":"MB","countryCode":"GB","offeredMoney":{"amount":"20000","currencyCode":"GBP"}}"#;
    let created = ok(c.create_offer("ID-3392".into(), ts(offer), none())).await;
    assert_eq!(text(&created, "data.statusCode"), "PREPARING");
    let accept = r#"{"paymentInstructions":[{"beneficiaryName":"Trevor Harry Tuum","beneficiaryIban":"GB82WEST12345698765432","money":{"amount":"20000","currencyCode":"GBP"}}]}"#;
    let accepted = ok(c.accept_offer(text(&created, "data.offerId"), ts(accept), none())).await;
    assert_eq!(text(&accepted, "data.statusCode"), "ACCEPTED");
    err(
        c.accept_offer("ID-missing".into(), ts(accept), none()),
        "LendkitNotFoundError",
    )
    .await;
}

#[wasm_bindgen_test]
async fn asset_loans_until_completed() {
    let url = sandbox();
    let c =
        AssetLoansClient::new(ts(&format!(r#"{{"baseUrl":"{url}","token":"sandbox"}}"#))).unwrap();
    let offer = ok(c.create_asset_offer(
        ts(r#"{"identityNumber":"196801012342","country":"SE"}"#),
        none(),
    ))
    .await;
    let offer_id = text(&offer, "offerId");
    assert_eq!(
        text(
            &ok(c.get_asset_offer(offer_id.clone(), none())).await,
            "offerId"
        ),
        offer_id
    );
    let offers: js_sys::Array = ok(c.list_asset_offers(Some("196801012342".into()), none()))
        .await
        .unchecked_into();
    assert!(offers.length() > 0);
    let asset = text(&offer, "assets.0.assetId");
    let request = format!(
        r#"{{"offerId":"{offer_id}","assetId":"{asset}","loanAmount":"10000","termMonths":60,"currency":"SEK","customer":{{"identityNumber":"196801012342","country":"SE","email":"anna@example.se","phone":"+46701234567"}}}}"#
    );
    let loan = ok(c.create_asset_loan(ts(&request), none())).await;
    let loan_id = text(&loan, "loanId");
    assert_eq!(
        text(
            &ok(c.get_asset_loan(loan_id.clone(), none())).await,
            "status"
        ),
        "IN_PROGRESS"
    );
    for action in ["sign", "register"] {
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        let global = js_sys::global();
        let fetch: js_sys::Function = Reflect::get(&global, &"fetch".into())
            .unwrap()
            .unchecked_into();
        let p: Promise = fetch
            .call2(
                &global,
                &JsValue::from_str(&format!("{url}/_sandbox/asset-loans/{loan_id}/{action}")),
                &init,
            )
            .unwrap()
            .unchecked_into();
        ok(p).await;
    }
    let done = ok(c.wait_for_loan(loan_id, wait("COMPLETED", 20, 5000))).await;
    assert_eq!(text(&done, "status"), "COMPLETED");
    err(
        c.get_asset_loan("loan_missing".into(), none()),
        "LendkitNotFoundError",
    )
    .await;
}
