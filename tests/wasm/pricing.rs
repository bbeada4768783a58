// wasm-bindgen tests of the pricing boundary (src/wasm/pricing.rs), shared by
// the Node and the headless-Chromium test binaries.

use js_sys::{Array, Reflect, JSON};
use tsify::Ts;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

use lendkit::wasm::pricing::{apr, loan_conditions, simulate};

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

#[wasm_bindgen_test]
fn simulate_gives_the_seed_figures_as_decimal_strings() {
    let request = js(
        r#"{"principal":"5000","currency":"EUR","termMonths":30,"annualRate":"0.091",
            "profile":"nemuru","includeSchedule":false}"#,
    );
    let quote: JsValue = simulate(Ts::new_unchecked(request)).unwrap().into();
    assert_eq!(text(&quote, "instalment").as_deref(), Some("186.97"));
    assert_eq!(text(&quote, "totalInterest").as_deref(), Some("609.15"));
    assert_eq!(
        text(&quote, "totalAmountPayable").as_deref(),
        Some("5609.15")
    );
    assert_eq!(text(&quote, "aprPercent").as_deref(), Some("9.5"));
}

#[wasm_bindgen_test]
fn a_js_number_for_money_is_rejected_with_its_path() {
    let request = js(r#"{"principal":5000,"currency":"EUR","termMonths":30,"annualRate":"0.091"}"#);
    let error = simulate(Ts::new_unchecked(request)).unwrap_err();
    assert_eq!(text(&error, "code").as_deref(), Some("invalid_input"));
    assert!(details(&error).contains(&("principal".into(), "expected_decimal_string".into())));
}

#[wasm_bindgen_test]
fn a_wrong_typed_field_names_its_path() {
    let request = js(
        r#"{"principal":"100","currency":"EUR","termMonths":12,"annualRate":"0.1",
            "fees":[{"type":"setup","amount":"10","timing":"upfront"},{"type":"x","amount":"1","timing":7}]}"#,
    );
    let error = simulate(Ts::new_unchecked(request)).unwrap_err();
    assert_eq!(
        details(&error),
        vec![("fees[1].timing".to_string(), "invalid_field".to_string())]
    );
    // undefined (no argument at all) is an error, not a panic.
    assert!(simulate(Ts::new_unchecked(JsValue::UNDEFINED)).is_err());
}

#[wasm_bindgen_test]
fn loan_conditions_are_nemurus_wire_shape() {
    let pricing = js(r#"{"currency":"EUR","programs":[
            {"program":"zero_program","annualInterest":"0","merchantDiscountPercentage":"0.099",
             "minPrincipal":"100","maxPrincipal":"15000","minTerm":3,"maxTerm":36},
            {"program":"free_program","annualInterest":"0.091","merchantDiscountPercentage":"0",
             "minPrincipal":"100","maxPrincipal":"15000","minTerm":3,"maxTerm":36}]}"#);
    let query = js(r#"{"currency":"EUR","term":30,"principal":"5000"}"#);
    let list: JsValue = loan_conditions(Ts::new_unchecked(pricing), Ts::new_unchecked(query))
        .unwrap()
        .into();
    let got = JSON::stringify(&list).unwrap().as_string().unwrap();
    assert_eq!(
        got,
        concat!(
            r#"[{"currency":"EUR","due_date":1,"program":"zero_program","merchant_discount_percentage":0.099,"#,
            r#""annual_interest":0,"principal":5000,"setup_fee":0,"term":30,"number_of_payments":30,"#,
            r#""tae":0,"total_interest_paid":0,"total_amount_paid":5000,"user_defined_quota":166.67},"#,
            r#"{"currency":"EUR","due_date":1,"program":"free_program","merchant_discount_percentage":0,"#,
            r#""annual_interest":0.091,"principal":5000,"setup_fee":0,"term":30,"number_of_payments":30,"#,
            r#""tae":0.095,"total_interest_paid":609.15,"total_amount_paid":5609.15,"user_defined_quota":186.97}]"#
        )
    );
}

#[wasm_bindgen_test]
fn loan_conditions_paths_name_the_argument() {
    let pricing = js(r#"{"currency":"EUR","programs":[{"program":"p"}]}"#);
    let query = js(r#"{"currency":"EUR","term":"30","principal":"5000"}"#);
    let Err(error) = loan_conditions(Ts::new_unchecked(pricing), Ts::new_unchecked(query)) else {
        panic!("a bad table and query must be rejected");
    };
    let paths: Vec<String> = details(&error).into_iter().map(|(p, _)| p).collect();
    assert!(paths[0].starts_with("pricing.programs[0]"), "{paths:?}");
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
