// wasm-bindgen tests of the pricing boundary (src/wasm/pricing.rs), shared by
// the Node and the headless-Chromium test binaries.

use js_sys::{Array, Object, Reflect, JSON};
use tsify::Ts;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

use lendkit::pricing::LoanRequest;
use lendkit::wasm::pricing::{apr, loan_conditions_text, simulate_many_text, simulate_text};

fn js(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(value: &JsValue, key: &str) -> Option<String> {
    get(value, key).as_string()
}

/// The `details` of a thrown LendkitError, as `(path, code)` pairs.
fn details(error: &JsValue) -> Vec<(String, String)> {
    assert_eq!(text(error, "name").as_deref(), Some("LendkitError"));
    Array::from(&get(error, "details"))
        .iter()
        .map(|d| (text(&d, "path").unwrap(), text(&d, "code").unwrap()))
        .collect()
}

/// A LendkitError as comparable text: name, message, code and details.
fn error_text(error: &JsValue) -> String {
    format!(
        "{:?} {:?} {:?} {}",
        text(error, "name"),
        text(error, "message"),
        text(error, "code"),
        JSON::stringify(&get(error, "details"))
            .unwrap()
            .as_string()
            .unwrap()
    )
}

#[wasm_bindgen_test]
fn simulate_gives_the_seed_figures_as_decimal_strings() {
    let line = simulate_text(
        r#"{"principal":"5000","currency":"EUR","termMonths":30,"annualRate":"0.091",
            "profile":"nemuru","includeSchedule":false}"#,
    )
    .unwrap();
    let f: Vec<&str> = line.split(',').collect();
    assert_eq!(f.len(), lendkit::pricing::QUOTE_FIELDS, "{line}");
    // instalment, totalInterest, totalAmountPayable, aprPercent; no schedule.
    assert_eq!(
        (f[10], f[13], f[16], f[18]),
        ("186.97", "609.15", "5609.15", "9.5")
    );
    assert_eq!(f[23], "");
}

#[wasm_bindgen_test]
fn a_js_number_for_money_is_rejected_with_its_path() {
    let error = simulate_text(
        r#"{"principal":5000,"currency":"EUR","termMonths":30,"annualRate":"0.091"}"#,
    )
    .unwrap_err();
    assert_eq!(text(&error, "code").as_deref(), Some("invalid_input"));
    assert!(details(&error).contains(&("principal".into(), "expected_decimal_string".into())));
}

#[wasm_bindgen_test]
fn a_wrong_typed_field_names_its_path() {
    let error = simulate_text(
        r#"{"principal":"100","currency":"EUR","termMonths":12,"annualRate":"0.1",
            "fees":[{"type":"setup","amount":"10","timing":"upfront"},{"type":"x","amount":"1","timing":7}]}"#,
    )
    .unwrap_err();
    assert_eq!(
        details(&error),
        vec![("fees[1].timing".to_string(), "invalid_field".to_string())]
    );
    // undefined (no argument at all: the SDK passes "null") is an error, not a panic.
    assert!(simulate_text("null").is_err());
    assert!(simulate_text("").is_err());
}

/// The errors of the text entry are those of reading the JavaScript value
/// itself (`read_js`, through `JSON.stringify` in Rust), as `simulate` threw
/// them before it took text.
#[wasm_bindgen_test]
fn text_errors_are_the_value_errors() {
    for request in [
        r#"null"#,
        r#"7"#,
        r#""text""#,
        r#"[]"#,
        r#"{}"#,
        r#"{"principal":"5000","currency":"EUR","termMonths":30,"annualRate":"0.091","extra":1}"#,
        r#"{"principal":"5000","currency":"EUR","termMonths":"30","annualRate":"0.091"}"#,
        r#"{"principal":"5000","currency":"EUR","termMonths":30.5,"annualRate":"0.091"}"#,
        r#"{"principal":"5000","currency":"EUR","termMonths":30,"annualRate":"0.091","fees":[{"type":"a","amount":"1","timing":"soon"}]}"#,
        r#"{"principal":"5000","currency":"EUR","termMonths":30,"annualRate":"0.091","profile":"other"}"#,
        r#"{"principal":"5000","currency":"EUR","termMonths":30,"annualRate":"0.091","startDate":20240101}"#,
    ] {
        let old = lendkit::wasm::read_js::<LoanRequest>(&js(request)).unwrap_err();
        let new = simulate_text(request).unwrap_err();
        assert_eq!(error_text(&new), error_text(&old), "{request}");
    }
    // What JSON.stringify cannot write: a BigInt (it throws) and a function
    // (no text). The SDK passes its markers; the errors are tree()'s.
    let big = Object::new();
    Reflect::set(
        &big,
        &"principal".into(),
        &js_sys::BigInt::from(5u32).into(),
    )
    .unwrap();
    let old = lendkit::wasm::read_js::<LoanRequest>(&big.into()).unwrap_err();
    assert_eq!(
        error_text(&simulate_text("!threw").unwrap_err()),
        error_text(&old)
    );
    let function: JsValue = js_sys::Function::new_no_args("return 1").into();
    let old = lendkit::wasm::read_js::<LoanRequest>(&function).unwrap_err();
    assert_eq!(
        error_text(&simulate_text("!none").unwrap_err()),
        error_text(&old)
    );
}

#[wasm_bindgen_test]
fn many_loans_cross_once_and_refusals_stay_in_place() {
    let good = r#"{"principal":"5000","currency":"EUR","termMonths":30,"annualRate":"0.091","includeSchedule":false}"#;
    let bad = r#"{"principal":"-1","currency":"EUX","termMonths":30,"annualRate":"0.091"}"#;
    let typed = r#"{"principal":"5000","currency":"EUR","termMonths":"30","annualRate":"0.091"}"#;
    let requests = [good, bad, "!threw", typed, "null", good];
    let out = simulate_many_text(&requests.join("\n"));
    let records: Vec<&str> = out.split('\n').collect();
    assert_eq!(records.len(), requests.len(), "{out}");
    for (record, request) in records.iter().zip(requests) {
        match simulate_text(request) {
            Ok(line) => assert_eq!(*record, line),
            // The SDK asks simulate for the error of a refused request.
            Err(_) => assert_eq!(*record, "!"),
        }
    }
    assert_eq!(records[0], records[5]);
}

const SEED_TABLE: &str = r#"{"currency":"EUR","programs":[
    {"program":"zero_program","annualInterest":"0","merchantDiscountPercentage":"0.099",
     "minPrincipal":"100","maxPrincipal":"15000","minTerm":3,"maxTerm":36},
    {"program":"free_program","annualInterest":"0.091","merchantDiscountPercentage":"0",
     "minPrincipal":"100","maxPrincipal":"15000","minTerm":3,"maxTerm":36}]}"#;

#[wasm_bindgen_test]
fn loan_conditions_are_nemurus_wire_shape() {
    let got = loan_conditions_text(
        SEED_TABLE,
        r#"{"currency":"EUR","term":30,"principal":"5000"}"#,
        false,
    )
    .unwrap();
    assert_eq!(
        got,
        concat!(
            "EUR,1,0,0.099,0,5000,0,30,30,0,0,5000,166.67,",
            "EUR,1,1,0,0.091,5000,0,30,30,0.095,609.15,5609.15,186.97\n",
            "12:zero_program12:free_program"
        )
    );
    let grid = loan_conditions_text(
        SEED_TABLE,
        r#"{"currency":"EUR","principal":"5000","terms":[30]}"#,
        true,
    )
    .unwrap();
    assert_eq!(grid, got);
}

#[wasm_bindgen_test]
fn loan_conditions_paths_name_the_argument() {
    let pricing = r#"{"currency":"EUR","programs":[{"program":"p"}]}"#;
    let query = r#"{"currency":"EUR","term":"30","principal":"5000"}"#;
    let Err(error) = loan_conditions_text(pricing, query, false) else {
        panic!("a bad table and query must be rejected");
    };
    let paths: Vec<String> = details(&error).into_iter().map(|(p, _)| p).collect();
    assert!(paths[0].starts_with("pricing.programs[0]"), "{paths:?}");
    let Err(error) = loan_conditions_text(SEED_TABLE, query, false) else {
        panic!("a bad query must be rejected");
    };
    assert_eq!(
        details(&error),
        vec![("query.term".into(), "invalid_field".into())]
    );
    let Err(error) = loan_conditions_text(
        SEED_TABLE,
        r#"{"currency":"EUR","principal":"5000","terms":[0,12]}"#,
        true,
    ) else {
        panic!("a bad term must be rejected");
    };
    assert_eq!(
        details(&error),
        vec![("query.terms[0]".into(), "out_of_range".into())]
    );
}

#[wasm_bindgen_test]
fn apr_of_an_explicit_stream() {
    let request = js(
        r#"{"regime":"eu","unitPeriod":"month","drawdowns":[{"amount":"1000","periods":0}],
            "payments":[{"amount":"1100","periods":12}]}"#,
    );
    let result: JsValue = apr(Ts::new_unchecked(request)).unwrap().into();
    assert_eq!(text(&result, "aprPercent").as_deref(), Some("10.0"));
}
