//! Every request of the seeds (`../shared/seeds`), as published, through
//! `validate_request`, with the cross-field rules fed by a context, the messages
//! in three languages, Nemuru's 400 body, and the asset-offer eligibility
//! reproducing the seed's response.

use lendkit::eligibility::{asset_offer, AssetCustomer, AssetPolicy, CustomerAsset};
use lendkit::rfc3339;
use lendkit::validation::requests::nemuru::to_bad_request;
use lendkit::validation::requests::{
    validate_request, NemuruAgent, RequestContext, RequestKind, TuumOffer,
};
use lendkit::validation::value::{from_value, Value};
use lendkit::validation::Locale;
use rust_decimal::Decimal;

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("test JSON")
}

fn codes(kind: RequestKind, payload: &str, context: &RequestContext) -> Vec<(String, String)> {
    validate_request(kind, &json(payload), context)
        .errors
        .into_iter()
        .map(|e| (e.path, e.code))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// The seed's asset-offer response (000_368c80efcc11e602.txt).
const SEED_OFFER: &str = r#"{
  "offerId": "off_k93mxp12", "expiresAt": "2026-04-22T10:23:44Z",
  "assets": [
    {"assetId": "asset_vehicle_9f3kd82jpl", "assetType": "vehicle", "maxLoanAmount": 129000, "currency": "SEK",
     "details": {"make": "Volvo", "model": "XC60", "modelYear": 2021}},
    {"assetId": "asset_vehicle_4m2np91xqk", "assetType": "vehicle", "maxLoanAmount": 45000, "currency": "SEK",
     "details": {"make": "BMW", "model": "320i", "modelYear": 2019}}
  ]
}"#;

/// The seed's asset-loan request, with a personnummer whose check digit is right
/// (the seed's 196801012345 fails Skatteverket's Luhn check: its digit is 2).
const SEED_LOAN: &str = r#"{
  "offerId": "off_k93mxp12", "assetId": "asset_vehicle_9f3kd82jpl", "loanAmount": 80000, "termMonths": 60,
  "currency": "SEK",
  "customer": {"identityNumber": "196801012342", "country": "SE", "email": "anna.larsson@email.se",
               "phone": "+46701234567"}
}"#;

fn asset_context(now: &str) -> RequestContext {
    RequestContext {
        now: Some(rfc3339::parse(now).unwrap()),
        asset_offer: Some(from_value(&json(SEED_OFFER)).unwrap()),
        minimum_age: Some(18),
        ..RequestContext::default()
    }
}

#[test]
fn asset_loan_of_the_seed_is_valid_before_expiry() {
    assert_eq!(
        codes(
            RequestKind::AssetLoansCreate,
            SEED_LOAN,
            &asset_context("2026-04-16T08:00:00Z")
        ),
        vec![]
    );
}

#[test]
fn asset_loan_rules_from_the_offer() {
    let loan = SEED_LOAN
        .replace("80000", "130000")
        .replace("\"SEK\"", "\"NOK\"");
    assert_eq!(
        codes(
            RequestKind::AssetLoansCreate,
            &loan,
            &asset_context("2026-04-22T10:23:44Z")
        ),
        pairs(&[
            ("offerId", "offer_expired"),
            ("currency", "currency_mismatch"),
            ("loanAmount", "amount_exceeds_max_loan_amount"),
        ])
    );
    let other_asset = SEED_LOAN.replace("asset_vehicle_9f3kd82jpl", "asset_vehicle_unknown");
    assert_eq!(
        codes(
            RequestKind::AssetLoansCreate,
            &other_asset,
            &asset_context("2026-04-16T08:00:00Z")
        ),
        pairs(&[("assetId", "asset_not_in_offer")])
    );
    // The second asset allows 45000.
    let second = SEED_LOAN.replace("asset_vehicle_9f3kd82jpl", "asset_vehicle_4m2np91xqk");
    assert_eq!(
        codes(
            RequestKind::AssetLoansCreate,
            &second,
            &asset_context("2026-04-16T08:00:00Z")
        ),
        pairs(&[("loanAmount", "amount_exceeds_max_loan_amount")])
    );
}

#[test]
fn asset_loan_every_problem_at_once_with_paths() {
    let payload = r#"{"loanAmount": -5, "termMonths": 6.5, "currency": "sek",
      "customer": {"identityNumber": "196801012345", "country": "SE", "email": "anna@", "phone": "0701234567"}}"#;
    assert_eq!(
        codes(
            RequestKind::AssetLoansCreate,
            payload,
            &RequestContext::default()
        ),
        pairs(&[
            ("offerId", "offer_or_asset_required"),
            ("currency", "unknown_currency"),
            ("loanAmount", "not_positive"),
            ("termMonths", "not_integer"),
            ("customer.identityNumber", "invalid_checksum"),
            ("customer.email", "invalid_email"),
            ("customer.phone", "missing_country_code"),
        ])
    );
}

#[test]
fn underage_customer() {
    // 2010-01-01, serial 123: Luhn of 100101123 is 6 (16 years old on 2026-04-16).
    let loan = SEED_LOAN.replace("196801012342", "201001011236");
    assert_eq!(
        codes(
            RequestKind::AssetLoansCreate,
            &loan,
            &asset_context("2026-04-16T08:00:00Z")
        ),
        pairs(&[("customer.identityNumber", "underage")])
    );
}

#[test]
fn tuum_create_offer_against_product_limits() {
    let seed = r#"{"requestedMoney": {"amount": "20000", "currencyCode": "GBP"}, "loanPeriod": 12,
      "loanTypeCode": "BALLOON_LOAN", "paymentDay": 1, "tenantCode": "MB", "paymentChannelCode": "TRUSTLY",
      "monthlyRepaymentMoney": {"amount": "117.16", "currencyCode": "GBP"}, "countryCode": "GB",
      "offeredMoney": {"amount": "20000", "currencyCode": "GBP"}}"#;
    // The limits of the seed's response: maxPeriod 120, maxMoney 100000.00 GBP.
    let context = RequestContext {
        tuum_offer: Some(
            from_value(&json(
                r#"{"maxPeriod": 120, "maxMoney": {"amount": 100000.00, "currencyCode": "GBP"}}"#,
            ))
            .unwrap(),
        ),
        ..RequestContext::default()
    };
    assert_eq!(codes(RequestKind::TuumCreateOffer, seed, &context), vec![]);
    let too_much = seed
        .replace("\"loanPeriod\": 12", "\"loanPeriod\": 121")
        .replace(
            "\"offeredMoney\": {\"amount\": \"20000\"",
            "\"offeredMoney\": {\"amount\": \"100000.01\"",
        );
    assert_eq!(
        codes(RequestKind::TuumCreateOffer, &too_much, &context),
        pairs(&[
            ("loanPeriod", "exceeds_max_period"),
            ("offeredMoney.amount", "exceeds_max_money")
        ])
    );
}

#[test]
fn tuum_accept_offer_with_payment_instructions() {
    // The seed's accepted offer, as the context (its data block, trimmed).
    let offer: TuumOffer = from_value(&json(
        r#"{"offerId": "ID-1664282481", "statusCode": "PREPARING", "offeredMoney": {"amount": 10000.00, "currencyCode": "GBP"},
            "validityRange": {"endDate": "2023-07-24", "startDate": "2023-06-29"}}"#,
    ))
    .unwrap();
    let context = RequestContext {
        today: lendkit::civil::Date::new(2023, 7, 3),
        tuum_offer: Some(offer.clone()),
        ..RequestContext::default()
    };
    let payload = r#"{"offerId": "ID-1664282481", "paymentInstructions": [{"beneficiaryName": "Trevor Harry Tuum",
      "beneficiaryIban": "GB72XXXX04030000000986", "money": {"amount": 10000.00, "currencyCode": "GBP"},
      "paymentChannelCode": "TRUSTLY"}]}"#;
    assert_eq!(
        codes(RequestKind::TuumAcceptOffer, payload, &context),
        vec![]
    );
    let bad = payload
        .replace("GB72XXXX04030000000986", "GB72XXXX04030000000987")
        .replace("\"currencyCode\": \"GBP\"", "\"currencyCode\": \"EUR\"");
    let late = RequestContext {
        today: lendkit::civil::Date::new(2023, 7, 25),
        tuum_offer: Some(TuumOffer {
            status_code: Some("ACCEPTED".into()),
            ..offer
        }),
        ..RequestContext::default()
    };
    assert_eq!(
        codes(RequestKind::TuumAcceptOffer, &bad, &late),
        pairs(&[
            ("paymentInstructions[0].beneficiaryIban", "invalid_checksum"),
            (
                "paymentInstructions[0].money.currencyCode",
                "currency_mismatch"
            ),
            ("offerId", "offer_not_acceptable"),
            ("offerId", "offer_expired"),
        ])
    );
    assert_eq!(
        codes(
            RequestKind::TuumAcceptOffer,
            r#"{"offerId": "ID-1", "paymentInstructions": []}"#,
            &RequestContext::default()
        ),
        pairs(&[("paymentInstructions", "empty_list")])
    );
}

const NEMURU_LOAN: &str = r#"{"id": "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d", "agent_id": "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7",
  "currency": "EUR", "term": 30, "principal": 5000, "annual_interest": 0.091, "program": "free_program",
  "setup_fee": {"amount": 125, "type": "type_upfront"}, "insurance": {"description": "seguro_vida", "is_financed": false},
  "borrower": {"email": "john.doe@gmail.com", "first_name": "John", "last_name": "Doe", "phone_number": "+34601000001"},
  "asset_type": "education", "asset": {"description": "Máster en Data Science", "value": 9000}}"#;

#[test]
fn nemuru_create_loan_rules() {
    assert_eq!(
        codes(
            RequestKind::NemuruCreateLoan,
            NEMURU_LOAN,
            &RequestContext::default()
        ),
        vec![]
    );
    let bad = NEMURU_LOAN
        .replace("\"principal\": 5000", "\"principal\": 9000.001")
        .replace("0.091", "9.1")
        .replace("free_program", "gold_program")
        .replace("+34601000001", "601000001")
        .replace("e7c52ad3-0473-4fbc", "e7c52ad3-0473-0fbc")
        .replace("\"value\": 9000", "\"value\": 8000");
    let context = RequestContext {
        agent: Some(NemuruAgent {
            id: Some("23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7".into()),
            allowed_asset_types: Some(vec!["education".into()]),
        }),
        locale: Some(Locale::Es),
        ..RequestContext::default()
    };
    let result = validate_request(RequestKind::NemuruCreateLoan, &json(&bad), &context);
    assert_eq!(
        result.codes(),
        vec![
            ("id", "invalid_uuid"),
            ("principal", "too_many_decimals"),
            ("annual_interest", "looks_like_percentage"),
            ("program", "not_one_of"),
            ("borrower.phone_number", "missing_country_code"),
        ]
    );
    let body = to_bad_request(&result);
    assert_eq!(body.status, "ko");
    assert_eq!(
        body.schema_errors["program"],
        vec!["debe ser uno de: free_program, zero_program".to_string()]
    );
    assert_eq!(
        serde_json::to_value(&body).unwrap()["schema_errors"]["borrower.phone_number"][0],
        "debe empezar por + y el prefijo internacional (E.164)"
    );
    // Principal above the asset's value.
    let over = NEMURU_LOAN.replace("\"value\": 9000", "\"value\": 4999.99");
    assert_eq!(
        codes(
            RequestKind::NemuruCreateLoan,
            &over,
            &RequestContext::default()
        ),
        pairs(&[("principal", "principal_exceeds_asset_value")])
    );
}

#[test]
fn nemuru_messages_in_swedish_and_english() {
    let sv = RequestContext {
        locale: Some(Locale::Sv),
        ..RequestContext::default()
    };
    let r = validate_request(RequestKind::NemuruLogin, &json("{}"), &sv);
    assert_eq!(r.errors[0].message, "är obligatoriskt");
    let r = validate_request(
        RequestKind::NemuruLogin,
        &json(r#"{"username": 1, "password": ""}"#),
        &RequestContext::default(),
    );
    assert_eq!(r.errors[0].message, "must be a string");
    assert_eq!(r.errors[1].message, "must not be empty");
}

#[test]
fn nemuru_loan_actions_webhooks_and_files() {
    let ctx = RequestContext::default();
    for op in [
        "cancelLoan",
        "approveLoan",
        "sendContract",
        "signContract",
        "confirmLoan",
        "payLoan",
    ] {
        let p = format!(r#"{{"id": "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d", "op": "{op}"}}"#);
        assert_eq!(
            codes(RequestKind::NemuruLoanAction, &p, &ctx),
            vec![],
            "{op}"
        );
    }
    assert_eq!(
        codes(
            RequestKind::NemuruLoanAction,
            r#"{"id": "x", "op": "deleteLoan"}"#,
            &ctx
        ),
        pairs(&[("id", "invalid_uuid"), ("op", "not_one_of")])
    );
    assert_eq!(
        codes(
            RequestKind::NemuruWebhook,
            r#"{"client": "email", "event": "loan_steps", "target": "ops@merchant.es"}"#,
            &ctx
        ),
        vec![]
    );
    assert_eq!(
        codes(
            RequestKind::NemuruWebhook,
            r#"{"client": "callback", "event": "loan_created", "target": "http://merchant.es/hook", "client_id": "x"}"#,
            &ctx
        ),
        pairs(&[
            ("event", "not_one_of"),
            ("target", "insecure_url"),
            ("url", "incomplete_group"),
            ("client_secret", "incomplete_group"),
            ("username", "incomplete_group"),
            ("password", "incomplete_group"),
        ])
    );
    assert_eq!(
        codes(
            RequestKind::NemuruUploadFiles,
            r#"{"files": [{"name": "a/b.pdf", "type": "Document ID", "data": "aGVsbG8gd29ybGQh="}, 7]}"#,
            &ctx
        ),
        pairs(&[
            ("files[0].name", "invalid_format"),
            ("files[0].type", "invalid_format"),
            ("files[0].data", "invalid_base64"),
            ("files[1]", "invalid_type"),
        ])
    );
}

#[test]
fn payload_of_the_wrong_shape() {
    let ctx = RequestContext::default();
    assert_eq!(
        codes(RequestKind::NemuruLogin, "[]", &ctx),
        pairs(&[("", "invalid_type")])
    );
    assert_eq!(
        codes(RequestKind::NemuruLogin, "null", &ctx),
        pairs(&[("", "required")])
    );
}

/// A policy that reproduces the seed's offer: 60 % loan-to-value for vehicles up
/// to 8 years old, rounded down to 1000 SEK, valid 7 days.
fn seed_policy() -> AssetPolicy {
    from_value(&json(
        r#"{"currencyByCountry": {"SE": "SEK", "NO": "NOK", "FI": "EUR"},
            "ltv": [{"assetType": "vehicle", "maxAgeYears": 3, "loanToValue": "0.6"},
                    {"assetType": "vehicle", "maxAgeYears": 8, "loanToValue": "0.5"}],
            "minLoanAmount": "20000", "maxLoanAmount": "500000", "roundingStep": "1000",
            "offerValidityHours": 168, "minimumAge": 18}"#,
    ))
    .unwrap()
}

fn seed_customer() -> AssetCustomer {
    AssetCustomer {
        identity_number: "196801012342".into(),
        country: "SE".into(),
        assets: vec![
            CustomerAsset {
                asset_type: "vehicle".into(),
                make: "Volvo".into(),
                model: "XC60".into(),
                model_year: 2021,
                valuation: Decimal::from(258_900),
                registration_number: Some("ABC 123".into()),
                vin: None,
            },
            CustomerAsset {
                asset_type: "vehicle".into(),
                make: "BMW".into(),
                model: "320i".into(),
                model_year: 2019,
                valuation: Decimal::from(90_500),
                registration_number: Some("XYZ 789".into()),
                vin: None,
            },
            CustomerAsset {
                asset_type: "vehicle".into(),
                make: "Saab".into(),
                model: "900".into(),
                model_year: 1994,
                valuation: Decimal::from(30_000),
                registration_number: Some("OLD 001".into()),
                vin: None,
            },
        ],
    }
}

#[test]
fn asset_offer_reproduces_the_seed_amounts_with_stable_ids() {
    let now = rfc3339::parse_utc("2026-04-15T10:23:44Z").unwrap();
    let offer = asset_offer(&seed_policy(), &seed_customer(), now).unwrap();
    // 2021 is 5 years old in 2026: 50 % of 258 900 = 129 450 -> 129 000; the BMW 45 250 -> 45 000.
    let amounts: Vec<_> = offer
        .assets
        .iter()
        .map(|a| a.max_loan_amount.to_string())
        .collect();
    assert_eq!(amounts, vec!["129000", "45000"]);
    assert_eq!(offer.expires_at_text(), "2026-04-22T10:23:44Z");
    assert!(offer.offer_id.starts_with("off_") && offer.offer_id.len() == 12);
    assert_eq!(offer.ineligible_assets.len(), 1);
    assert_eq!(offer.ineligible_assets[0].reasons[0].code, "asset_too_old");
    // Same vehicle, same id: a day later, a new offer, the same asset ids.
    let later = asset_offer(
        &seed_policy(),
        &seed_customer(),
        rfc3339::parse_utc("2026-04-16T09:00:00Z").unwrap(),
    )
    .unwrap();
    assert_eq!(later.assets[0].asset_id, offer.assets[0].asset_id);
    assert_ne!(later.offer_id, offer.offer_id);
    // The wire shape of the seed: numbers for amounts, camelCase names.
    let wire = serde_json::to_value(&offer).unwrap();
    assert_eq!(
        wire["assets"][0]["maxLoanAmount"],
        serde_json::json!(129000.0)
    );
    assert_eq!(wire["assets"][0]["details"]["modelYear"], 2021);
    assert_eq!(wire["expiresAt"], "2026-04-22T10:23:44Z");
    // The offer feeds the loan validator as its context.
    let loan = SEED_LOAN
        .replace("off_k93mxp12", &offer.offer_id)
        .replace("asset_vehicle_9f3kd82jpl", &offer.assets[0].asset_id);
    let context = RequestContext {
        now: rfc3339::parse("2026-04-16T08:00:00Z"),
        asset_offer: Some(offer),
        ..RequestContext::default()
    };
    assert_eq!(
        codes(RequestKind::AssetLoansCreate, &loan, &context),
        vec![]
    );
}

#[test]
fn asset_offer_refuses_an_underage_or_invalid_customer() {
    let now = rfc3339::parse_utc("2026-04-15T10:23:44Z").unwrap();
    let mut c = seed_customer();
    c.identity_number = "201001011236".into();
    let e = asset_offer(&seed_policy(), &c, now).unwrap_err();
    assert_eq!(e.field_errors()[0].code, "underage");
    c.identity_number = "196801012345".into();
    c.country = "DE".into();
    let e = asset_offer(&seed_policy(), &c, now).unwrap_err();
    let got: Vec<_> = e
        .field_errors()
        .iter()
        .map(|f| (f.path.as_str(), f.code.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("country", "not_one_of"),
            ("identityNumber", "unsupported_country")
        ]
    );
}
