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

/// A call to one of the sandbox's control endpoints through the global `fetch`
/// (`window.fetch` in Chromium, Node's own in Node); returns the JSON body and
/// panics on a status other than 2xx.
async fn control(method: &str, path: &str, body: Option<&str>) -> JsValue {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
        init.set_headers(&json(r#"{"content-type":"application/json"}"#));
    }
    let global = js_sys::global();
    let fetch: js_sys::Function = Reflect::get(&global, &"fetch".into())
        .unwrap()
        .unchecked_into();
    let url = format!("{}{path}", sandbox());
    let p: Promise = fetch
        .call2(&global, &JsValue::from_str(&url), &init)
        .unwrap()
        .unchecked_into();
    let response = ok(p).await;
    let status = get(&response, "status").as_f64().unwrap_or(0.0);
    let read: js_sys::Function = get(&response, "json").unchecked_into();
    let body = ok(read.call0(&response).unwrap().unchecked_into()).await;
    assert!(
        (200.0..300.0).contains(&status),
        "{method} {path}: {status} {:?}",
        JSON::stringify(&body).ok()
    );
    body
}

/// Makes the next `count` requests of `method` under `path` (a prefix) answer
/// `status`, in the provider's own error shape (`POST /_sandbox/faults`).
async fn inject(status: u16, count: u32, method: &str, path: &str) {
    control("DELETE", "/_sandbox/faults", None).await;
    let fault =
        format!(r#"{{"status":{status},"count":{count},"method":"{method}","path":"{path}"}}"#);
    control("POST", "/_sandbox/faults", Some(&fault)).await;
}

/// How many faults are still pending.
async fn pending_faults() -> u32 {
    let faults: js_sys::Array =
        get(&control("GET", "/_sandbox/faults", None).await, "faults").unchecked_into();
    faults.length()
}

/// The last `n` statuses the sandbox answered to `method path`, oldest first
/// (from its request log; fewer when it saw fewer).
async fn last_statuses(method: &str, path: &str, n: usize) -> Vec<u16> {
    let log: js_sys::Array = control("GET", "/_sandbox/requests", None)
        .await
        .unchecked_into();
    let mut all: Vec<u16> = log
        .iter()
        .filter(|e| text(e, "method") == method && text(e, "path") == path)
        .map(|e| get(&e, "status").as_f64().unwrap_or(0.0) as u16)
        .collect();
    all.split_off(all.len().saturating_sub(n))
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
        control(
            "POST",
            &format!("/_sandbox/asset-loans/{loan_id}/{action}"),
            None,
        )
        .await;
    }
    let done = ok(c.wait_for_loan(loan_id, wait("COMPLETED", 20, 5000))).await;
    assert_eq!(text(&done, "status"), "COMPLETED");
    err(
        c.get_asset_loan("loan_missing".into(), none()),
        "LendkitNotFoundError",
    )
    .await;
}

// LendkitApiError, from a real sandbox: faults injected with POST /_sandbox/faults.
// The clients retry a safe request twice (src/clients/http.rs, RetryPolicy's
// default: 300 ms then 600 ms) after a 5xx, and never retry an unsafe one.

#[wasm_bindgen_test]
async fn api_error_retried_get_succeeds() {
    let url = sandbox();
    let c =
        AssetLoansClient::new(ts(&format!(r#"{{"baseUrl":"{url}","token":"sandbox"}}"#))).unwrap();
    let path = "/v1/asset-offers/off_k93mxp12";
    inject(503, 2, "GET", path).await;
    let offer = ok(c.get_asset_offer("off_k93mxp12".into(), none())).await;
    assert_eq!(text(&offer, "offerId"), "off_k93mxp12");
    assert_eq!(pending_faults().await, 0, "both faults were consumed");
    assert_eq!(
        last_statuses("GET", path, 3).await,
        [503, 503, 200],
        "two 503s, then the third attempt"
    );
}

#[wasm_bindgen_test]
async fn api_error_after_the_retries() {
    let c = nemuru(sandbox(), "12345");
    let (id, request) = loan_request();
    ok(c.create_loan(Ts::new_unchecked(request), none())).await;
    let path = format!("/v2/loans/{id}");
    // One more 503 than the first attempt and its two retries would need.
    inject(503, 4, "GET", &path).await;
    let e = err(c.get_loan(id.clone(), none()), "LendkitApiError").await;
    assert_eq!(get(&e, "status").as_f64(), Some(503.0));
    assert_eq!(
        text(&e, "code"),
        "Nemuru\\Module\\ApiGateway\\Domain\\Exception\\ServiceUnavailableException",
        "Nemuru's exception is the code"
    );
    assert_eq!(text(&e, "provider"), "nemuru");
    assert!(text(&e, "requestId").starts_with("req_"));
    assert!(
        text(&e, "message").starts_with("nemuru 503: "),
        "{}",
        text(&e, "message")
    );
    assert_eq!(
        last_statuses("GET", &path, 10).await,
        [503, 503, 503],
        "three attempts: the first and two retries"
    );
    assert_eq!(pending_faults().await, 1);
    control("DELETE", "/_sandbox/faults", None).await;
    let loan = ok(c.get_loan(id.clone(), none())).await;
    assert_eq!(text(&loan, "payload.id"), id);
}

#[wasm_bindgen_test]
async fn api_error_unsafe_post_is_not_retried() {
    let url = sandbox();
    let c = TuumClient::new(ts(&format!(
        r#"{{"baseUrl":"{url}","authToken":"sandbox","channelCode":"system"}}"#
    )))
    .unwrap();
    let offer = r#"{"requestedMoney":{"amount":"20000","currencyCode":"GBP"},"loanPeriod":12,"loanTypeCode":"BALLOON_LOAN","paymentDay":1,"tenantCode":"MB","countryCode":"GB","offeredMoney":{"amount":"20000","currencyCode":"GBP"}}"#;
    let path = "/api/v3/persons/ID-3392/offers";
    inject(503, 1, "POST", path).await;
    let e = err(
        c.create_offer("ID-3392".into(), ts(offer), none()),
        "LendkitApiError",
    )
    .await;
    assert_eq!(get(&e, "status").as_f64(), Some(503.0));
    assert_eq!(
        text(&e, "code"),
        "SERVICE_UNAVAILABLE",
        "Tuum's errors[0].code"
    );
    assert_eq!(text(&e, "provider"), "tuum");
    assert_eq!(pending_faults().await, 0, "the fault was consumed once");
    let created = ok(c.create_offer("ID-3392".into(), ts(offer), none())).await;
    assert_eq!(text(&created, "data.statusCode"), "PREPARING");
    assert_eq!(
        last_statuses("POST", path, 2).await,
        [503, 200],
        "one attempt (no retry), then the next call"
    );
}
