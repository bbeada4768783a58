// The clients' JavaScript arguments (src/wasm/clients.rs: `JSON.stringify`, the
// value tree, and each request's table in src/clients/*.rs, read by
// `crate::clients::shape`): a wrong shape is a LendkitValidationError whose
// detail names the field's full path, before anything is sent. Whatever reads
// the arguments (serde-wasm-bindgen was tried: README, "Size and speed") must
// keep these paths. (Included
// by tests/wasm_browser.rs and tests/wasm_node.rs; no sandbox: the clients point
// at a closed port, so an argument that passes ends in a LendkitNetworkError.)

use js_sys::{Promise, Reflect, JSON};
use lendkit::wasm::clients::{AssetLoansClient, NemuruClient, TuumClient};
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

const CLOSED: &str = "http://127.0.0.1:9";

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON")
}

fn ts<T: tsify::Tsify>(value: JsValue) -> Ts<T> {
    Ts::new_unchecked(value)
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |v, k| {
        Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn text(v: &JsValue, path: &str) -> String {
    get(v, path).as_string().unwrap_or_default()
}

/// The error `p` rejects with, checked to be an `Error` named `name`.
async fn rejected(p: Promise, name: &str) -> JsValue {
    match JsFuture::from(p).await {
        Ok(v) => panic!("expected {name}, got {:?}", JSON::stringify(&v).ok()),
        Err(e) => {
            assert!(e.is_instance_of::<js_sys::Error>(), "a real Error");
            assert_eq!(text(&e, "name"), name, "{}", text(&e, "message"));
            e
        }
    }
}

/// A validation error's one detail: `(path, code, message)`.
async fn invalid(p: Promise) -> (String, String, String) {
    let e = rejected(p, "LendkitValidationError").await;
    let details: js_sys::Array = get(&e, "details").unchecked_into();
    assert_eq!(details.length(), 1, "{:?}", JSON::stringify(&details).ok());
    let d = details.get(0);
    (text(&d, "path"), text(&d, "code"), text(&d, "message"))
}

fn nemuru() -> NemuruClient {
    NemuruClient::new(ts(json(&format!(
        r#"{{"baseUrl":"{CLOSED}","username":"u@example.com","password":"p"}}"#
    ))))
    .expect("client")
}

const LOAN: &str = r#"{"id":"e7c52ad3-0473-4fbc-bc36-7eb755b1c18d","currency":"EUR","term":30,"principal":"5000","program":"free_program","borrower":{"email":"john.doe@gmail.com","first_name":"John","last_name":"Doe","phone_number":"+34601000001"},"asset_type":"home_improvement","asset":{"description":"Reformas","value":"10000"}}"#;

fn set(target: &JsValue, path: &str, value: JsValue) {
    let (parent, key) = match path.rsplit_once('.') {
        Some((p, k)) => (get(target, p), k),
        None => (target.clone(), path),
    };
    Reflect::set(&parent, &JsValue::from_str(key), &value).expect("set");
}

fn loan_with(path: &str, value: JsValue) -> Ts<lendkit::clients::nemuru::NemuruCreateLoanRequest> {
    let loan = json(LOAN);
    set(&loan, path, value);
    ts(loan)
}

#[wasm_bindgen_test]
async fn a_nested_wrong_type_names_its_path() {
    let (path, code, message) =
        invalid(nemuru().create_loan(loan_with("borrower.email", 3.into()), None)).await;
    assert_eq!(path, "borrower.email");
    assert_eq!(code, "invalid_field");
    assert!(message.starts_with("invalid type: "), "{message}");
    let (path, _, _) =
        invalid(nemuru().create_loan(loan_with("asset.value", "ten".into()), None)).await;
    assert_eq!(path, "asset.value");
    let (path, _, _) =
        invalid(nemuru().create_loan(loan_with("term", "thirty".into()), None)).await;
    assert_eq!(path, "term");
    let (path, _, _) = invalid(nemuru().create_loan(loan_with("term", 2.5.into()), None)).await;
    assert_eq!(path, "term");
}

#[wasm_bindgen_test]
async fn paths_go_through_lists() {
    let c = TuumClient::new(ts(json(&format!(
        r#"{{"baseUrl":"{CLOSED}","authToken":"t","channelCode":"system"}}"#
    ))))
    .expect("client");
    let accept = json(
        r#"{"paymentInstructions":[{"beneficiaryName":"A","beneficiaryIban":"GB82WEST12345698765432"},{"beneficiaryName":"B","beneficiaryIban":"GB82WEST12345698765432","money":{"amount":"x","currencyCode":"GBP"}}]}"#,
    );
    let (path, code, _) = invalid(c.accept_offer("ID-1".into(), ts(accept), None)).await;
    assert_eq!(path, "paymentInstructions[1].money.amount");
    assert_eq!(code, "invalid_field");
    let files = json(r#"{"files":[{"name":"a.pdf","type":"payslip","data":7}]}"#);
    let (path, _, _) = invalid(nemuru().upload_files(
        "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d".into(),
        ts(files),
        None,
    ))
    .await;
    assert_eq!(path, "files[0].data");
}

#[wasm_bindgen_test]
async fn unknown_fields_are_refused_where_the_type_says_so() {
    // The request itself and the asset loan's customer refuse unknown members
    // (deny_unknown_fields), at the path of the object that holds them.
    let (path, _, message) =
        invalid(nemuru().create_loan(loan_with("extra", 1.into()), None)).await;
    assert_eq!(path, "");
    assert!(message.starts_with("unknown field `extra`"), "{message}");
    let c = AssetLoansClient::new(ts(json(&format!(
        r#"{{"baseUrl":"{CLOSED}","token":"t"}}"#
    ))))
    .expect("client");
    let request = json(
        r#"{"loanAmount":"10000","termMonths":60,"currency":"SEK","customer":{"identityNumber":"196801012342","country":"SE","email":"anna@example.se","phone":"+46701234567","nickname":"A"}}"#,
    );
    let (path, _, message) = invalid(c.create_asset_loan(ts(request), None)).await;
    assert_eq!(path, "customer");
    assert!(message.starts_with("unknown field `nickname`"), "{message}");
    // The borrower drops them (as the tables did): the call goes on to the
    // network (a closed port here).
    rejected(
        nemuru().create_loan(loan_with("borrower.nickname", "J".into()), None),
        "LendkitNetworkError",
    )
    .await;
}

#[wasm_bindgen_test]
async fn undefined_and_null_leave_an_optional_field_out() {
    for value in [JsValue::UNDEFINED, JsValue::NULL] {
        rejected(
            nemuru().create_loan(loan_with("agent_id", value.clone()), None),
            "LendkitNetworkError",
        )
        .await;
    }
    // A required one may be neither.
    let loan = json(LOAN);
    Reflect::delete_property(loan.unchecked_ref::<js_sys::Object>(), &"currency".into()).unwrap();
    let (path, _, message) = invalid(nemuru().create_loan(ts(loan), None)).await;
    assert_eq!(path, "");
    assert_eq!(message, "missing field `currency`");
    let (path, _, _) =
        invalid(nemuru().create_loan(loan_with("currency", JsValue::NULL), None)).await;
    assert_eq!(path, "currency");
}

#[wasm_bindgen_test]
async fn a_wrong_argument_is_refused_as_a_whole() {
    for value in [
        JsValue::UNDEFINED,
        JsValue::NULL,
        "x".into(),
        5.into(),
        json(r#"["a","b"]"#),
    ] {
        let (path, code, message) = invalid(nemuru().create_loan(ts(value), None)).await;
        assert_eq!(path, "");
        assert_eq!(code, "invalid_field");
        assert!(message.starts_with("invalid type: "), "{message}");
    }
    let (path, _, _) = invalid(nemuru().create_loan(loan_with("borrower", "x".into()), None)).await;
    assert_eq!(path, "borrower");
}

#[wasm_bindgen_test]
fn configs_name_the_field_under_config() {
    let error = |r: Result<NemuruClient, JsValue>| match r {
        Ok(_) => panic!("expected an error"),
        Err(e) => {
            assert_eq!(text(&e, "name"), "LendkitValidationError");
            text(&e, "details.0.path")
        }
    };
    assert_eq!(
        error(NemuruClient::new(ts(json(
            r#"{"baseUrl":1,"username":"u","password":"p"}"#
        )))),
        "config.baseUrl"
    );
    assert_eq!(
        error(NemuruClient::new(ts(json(
            r#"{"baseUrl":"http://x.example","username":"u","password":"p","pin":1}"#
        )))),
        "config"
    );
    assert_eq!(error(NemuruClient::new(ts(JsValue::UNDEFINED))), "config");
}

#[wasm_bindgen_test]
async fn wait_options_until_is_read_as_a_list_of_strings() {
    let options = json(r#"{"until":["status_active",1]}"#);
    let (path, _, _) = invalid(nemuru().wait_for_loan(
        "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d".into(),
        Some(options.unchecked_into()),
    ))
    .await;
    assert_eq!(path, "options.until[1]");
}
