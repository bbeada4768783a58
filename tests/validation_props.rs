//! Property tests: no validator panics on any string — empty, huge, any Unicode —
//! and what a validator accepts it accepts again in its normalised form.
#![cfg(not(target_arch = "wasm32"))]

use lendkit::validation::identity::{self, ParseOptions};
use lendkit::validation::requests::{validate_request, RequestContext, RequestKind};
use lendkit::validation::value::Value;
use lendkit::validation::{country, currency, email, formats, iban, phone};
use proptest::prelude::*;

/// Strings biased towards the shapes validators look at, plus anything at all.
fn inputs() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9+ -]{0,20}",
        "[0-9A-Za-z+ .@:/-]{0,40}",
        "\\PC{0,300}",
        "[0-9]{6}[-+AYXWVUBCDEF][0-9]{3}[0-9A-Y]",
        "[XYZ0-9][0-9]{7}[A-Z]",
        "[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}",
        "\\+[0-9]{1,20}",
        "[a-z.]{0,10}@[a-zé.-]{0,20}",
        "https?://[a-z0-9.:\\[\\]@%-]{0,30}/?[ -~]{0,20}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn identity_numbers_never_panic_and_normalise_stably(s in inputs(), c in prop_oneof![Just("SE"), Just("NO"), Just("FI"), Just("DK"), Just("ES"), Just("se"), Just("XX"), Just("")]) {
        let today = lendkit::civil::Date::new(2026, 4, 22);
        for options in [ParseOptions::default(), ParseOptions { today, allow_synthetic: true }] {
            if let Ok(n) = identity::parse_with(c, &s, options) {
                let again = identity::parse_with(c, n.normalized(), options).expect("normalised form is valid");
                prop_assert_eq!(again.normalized(), n.normalized());
                prop_assert_eq!(again.birth_date, n.birth_date);
            }
        }
    }

    #[test]
    fn field_validators_never_panic(s in inputs()) {
        if let Ok(p) = phone::parse(&s, None) {
            prop_assert_eq!(phone::parse(&p.e164, None).map(|q| q.e164), Ok(p.e164.clone()));
        }
        let _ = phone::parse(&s, Some("SE"));
        let _ = phone::parse(&s, Some(&s));
        if let Ok(e) = email::parse(&s) {
            prop_assert_eq!(email::parse(&e), Ok(e.clone()));
        }
        if let Ok(i) = iban::parse(&s) {
            prop_assert_eq!(iban::parse(&i.print_form()).map(|j| j.as_str().to_owned()), Ok(i.as_str().to_owned()));
        }
        let _ = country::parse(&s);
        let _ = currency::parse(&s);
        let _ = formats::uuid(&s);
        let _ = formats::url(&s);
        let _ = formats::base64_len(&s);
        let _ = formats::date(&s);
        let _ = formats::date_time(&s);
        let _ = formats::decimal(&s);
    }

    #[test]
    fn numbers_never_panic(n in any::<f64>()) {
        if let Some(d) = formats::number_to_decimal(n) {
            prop_assert!(n.is_finite());
            prop_assert!((d.to_string().parse::<f64>().unwrap() - n).abs() <= n.abs() * 1e-12);
        }
    }

    #[test]
    fn requests_never_panic_on_any_shape(v in json_value(), kind in 0usize..9) {
        let kind = RequestKind::ALL[kind];
        let r = validate_request(kind, &v, &RequestContext::default());
        prop_assert_eq!(r.valid, r.errors.is_empty());
        // Every field the payload might have, filled with arbitrary strings.
        if let Value::Object(members) = &v {
            let _ = validate_request(kind, &Value::Object(members.clone()), &RequestContext::default());
        }
    }
}

/// Arbitrary JSON-like trees, with keys taken from the APIs' own field names so
/// that the validators go deep.
fn json_value() -> impl Strategy<Value = Value> {
    let keys = prop_oneof![
        Just("id"),
        Just("agent_id"),
        Just("currency"),
        Just("term"),
        Just("principal"),
        Just("program"),
        Just("borrower"),
        Just("email"),
        Just("phone_number"),
        Just("asset"),
        Just("value"),
        Just("files"),
        Just("data"),
        Just("name"),
        Just("type"),
        Just("requestedMoney"),
        Just("amount"),
        Just("currencyCode"),
        Just("offeredMoney"),
        Just("paymentInstructions"),
        Just("beneficiaryIban"),
        Just("customer"),
        Just("identityNumber"),
        Just("country"),
        Just("loanAmount"),
        Just("offerId"),
        Just("assetId"),
        Just("client"),
        Just("target"),
        Just("op"),
        Just("username"),
        Just("password"),
        Just("url"),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        inputs().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((keys.clone().prop_map(str::to_owned), inner), 0..8)
                .prop_map(Value::Object),
        ]
    })
}

#[test]
fn huge_inputs_are_refused_quickly() {
    let huge = "9".repeat(1 << 20);
    let emoji = "🦀".repeat(1 << 18);
    for s in [&huge, &emoji] {
        for c in ["SE", "NO", "FI", "DK", "ES"] {
            assert_eq!(identity::parse(c, s).unwrap_err().code(), "too_long");
        }
        assert!(phone::parse(s, None).is_err());
        assert!(email::parse(s).is_err());
        assert!(iban::parse(s).is_err());
        assert!(formats::url(s).is_err());
        assert!(formats::decimal(s).is_err());
        assert!(formats::date_time(s).is_err());
    }
    // A 21 MB upload is refused as a whole, not field by field.
    let payload = Value::Object(vec![(
        "files".into(),
        Value::Array(vec![Value::Object(vec![
            ("name".into(), Value::String("a.pdf".into())),
            ("type".into(), Value::String("document_id_front".into())),
            ("data".into(), Value::String("A".repeat(21_000_000))),
        ])]),
    )]);
    let r = validate_request(
        RequestKind::NemuruUploadFiles,
        &payload,
        &RequestContext::default(),
    );
    assert_eq!(r.codes(), vec![("", "request_too_large")]);
}
