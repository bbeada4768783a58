//! The clients' logic against a fake transport: auth and its one refresh,
//! retries with backoff only on safe requests, error mapping per class, local
//! validation before sending, polling, decimals on the wire, and no credential
//! in any URL, `Debug` output or error message.
//!
//! Host only: the responses are read back into their typed structs (the
//! `Deref` of `Shaped`), whose serde derives exist on the host only; the wasm
//! build checks the same shapes against the sandbox (tests/wasm_*.rs).
#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::collections::VecDeque;

use lendkit::clients::asset_loans::{
    AssetLoanCustomer, AssetLoanRequest, AssetLoansClient, AssetLoansConfig, AssetOfferRequest,
};
use lendkit::clients::http::{PollOptions, RetryPolicy};
use lendkit::clients::nemuru::*;
use lendkit::clients::shape::Shaped;
use lendkit::clients::tuum::*;
use lendkit::clients::webhook::{parse_event, verify_authorization, NemuruLoanStep};
use lendkit::clients::{
    ClientError, ErrorKind, HttpRequest, HttpResponse, Method, Transport, TransportError,
};
use lendkit::validation::requests::TuumMoney;
use rust_decimal::Decimal;

type Reply = Result<HttpResponse, TransportError>;

/// Replays scripted replies and records what was sent and slept.
#[derive(Default)]
struct Fake {
    replies: RefCell<VecDeque<Reply>>,
    sent: RefCell<Vec<HttpRequest>>,
    slept: RefCell<Vec<u32>>,
}

impl Fake {
    fn new(replies: Vec<Reply>) -> Fake {
        Fake {
            replies: RefCell::new(replies.into()),
            ..Default::default()
        }
    }
    fn sent(&self) -> Vec<HttpRequest> {
        self.sent.borrow().clone()
    }
    fn paths(&self) -> Vec<String> {
        self.sent()
            .iter()
            .map(|r| format!("{} {}", r.method.as_str(), r.url.trim_start_matches(BASE)))
            .collect()
    }
}

impl Transport for Fake {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        self.sent.borrow_mut().push(request);
        self.replies
            .borrow_mut()
            .pop_front()
            .unwrap_or_else(|| Err(TransportError::Network("no scripted reply".into())))
    }
    async fn sleep(&self, ms: u32) -> Result<(), TransportError> {
        self.slept.borrow_mut().push(ms);
        Ok(())
    }
}

const BASE: &str = "https://api.example.test";
const ACCESS: &str = "access-1857fdb2-c746-44f9";
const ACCESS2: &str = "access-second-5e64-461e";
const REFRESH: &str = "refresh-f9131f93-5e64";
const PASSWORD: &str = "s3cret-password";
const AGENT: &str = "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7";
const LOAN: &str = "e7c52ad3-0473-4fbc-bc36-7eb755b1c18d";

fn ok(status: u16, body: &str) -> Reply {
    Ok(HttpResponse {
        status,
        request_id: Some(format!("req_{status}")),
        body: body.to_owned(),
    })
}

fn login_body(access: &str) -> String {
    format!(
        r#"{{"token_type":"Bearer","access_token":"{access}","refresh_token":"{REFRESH}","expires_in":2678400}}"#
    )
}

fn profile_body() -> String {
    format!(
        r#"{{"status":"ok","payload":{{"created_at":"2020-02-04T12:52:15+00:00","updated_at":"2020-02-04T12:52:15+00:00","id":"{AGENT}","name":"Agent 1","username":"acme@acme.com","allowed_asset_types":["home_improvement","auto","education"]}},"identifier":"urn:x"}}"#
    )
}

const CONDITIONS: &str = r#"{"currency":"EUR","due_date":1,"program":"free_program","merchant_discount_percentage":0,"annual_interest":0.091,"principal":5000,"setup_fee":0,"term":30,"number_of_payments":30,"tae":0.095,"total_interest_paid":609.15,"total_amount_paid":5609.15,"user_defined_quota":186.97}"#;

fn loan_body(status: &str) -> String {
    format!(
        r#"{{"status":"ok","payload":{{"created_at":"2020-03-23T12:33:55+00:00","updated_at":"2020-03-23T12:33:55+00:00","id":"{LOAN}","status":"{status}","loan_conditions":{CONDITIONS},"borrower":{{"email":"john.doe@gmail.com","first_name":"John","last_name":"Doe","phone_number":"+34601000001","expires_on":"2020-06-18T00:00:00+00:00"}},"asset":{{"description":"Reformas","value":10000}}}},"identifier":"urn:x"}}"#
    )
}

fn nemuru() -> NemuruClient {
    let mut c = NemuruClient::new(NemuruConfig {
        base_url: format!("{BASE}/"),
        username: "acme@acme.com".into(),
        password: PASSWORD.into(),
    })
    .expect("client");
    c.set_retry(RetryPolicy::default());
    c
}

fn create_loan_request() -> NemuruCreateLoanRequest {
    NemuruCreateLoanRequest {
        id: LOAN.into(),
        agent_id: None,
        currency: "EUR".into(),
        term: 30,
        principal: "5000".parse().unwrap(),
        annual_interest: Some("0.091".parse().unwrap()),
        program: "free_program".into(),
        setup_fee: None,
        insurance: None,
        borrower: NemuruBorrower {
            email: "john.doe@gmail.com".into(),
            first_name: "John".into(),
            last_name: "Doe".into(),
            phone_number: "+34601000001".into(),
            expires_on: None,
        },
        asset_type: "education".into(),
        asset: NemuruAsset {
            description: "Máster en Data Science".into(),
            value: "9000".parse().unwrap(),
        },
    }
}

fn block<F: std::future::Future>(f: F) -> F::Output {
    pollster::block_on(f)
}

/// Every text an error can show.
fn texts(e: &ClientError) -> String {
    format!(
        "{e} {e:?} {}",
        e.details
            .iter()
            .map(|d| d.message.clone())
            .collect::<Vec<_>>()
            .join(" ")
    )
}

#[test]
fn logs_in_once_and_sends_the_token_only_in_the_authorization_header() {
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(200, &profile_body()),
        ok(200, &profile_body()),
    ]);
    let c = nemuru();
    let p = block(c.get_agent_profile(&fake)).expect("profile");
    assert_eq!(p.payload.id, AGENT);
    block(c.get_agent_profile(&fake)).expect("profile again");
    assert_eq!(
        fake.paths(),
        [
            "POST /v2/login",
            "GET /v2/agent/profile",
            "GET /v2/agent/profile"
        ]
    );
    let sent = fake.sent();
    assert_eq!(sent[0].header("authorization"), None);
    assert!(sent[0].body.as_deref().unwrap().contains(PASSWORD));
    assert_eq!(
        sent[1].header("authorization"),
        Some(format!("Bearer {ACCESS}").as_str())
    );
    for r in &sent {
        assert!(
            !r.url.contains(ACCESS) && !r.url.contains(PASSWORD),
            "{}",
            r.url
        );
        let debug = format!("{r:?}");
        assert!(
            !debug.contains(ACCESS) && !debug.contains(PASSWORD),
            "{debug}"
        );
    }
    let debug = format!("{c:?}");
    assert!(
        !debug.contains(ACCESS) && !debug.contains(PASSWORD),
        "{debug}"
    );
}

#[test]
fn login_returns_the_lifetime_but_not_the_tokens() {
    let fake = Fake::new(vec![ok(200, &login_body(ACCESS))]);
    let r = block(nemuru().login(&fake)).expect("login");
    assert_eq!(r.token_type, "Bearer");
    assert_eq!(r.expires_in, Some(2_678_400));
    let shown = format!("{r:?}");
    assert!(!shown.contains(ACCESS) && !shown.contains(REFRESH));
}

#[test]
fn wrong_credentials_are_an_auth_error_without_the_password() {
    let fake = Fake::new(vec![ok(
        401,
        &format!(
            r#"{{"status":"ko","exception":"Nemuru\\Auth\\InvalidCredentials","error":"bad password {PASSWORD}"}}"#
        ),
    )]);
    let e = block(nemuru().login(&fake)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Auth);
    assert_eq!(e.status, Some(401));
    assert_eq!(e.code, "Nemuru\\Auth\\InvalidCredentials");
    assert_eq!(e.request_id.as_deref(), Some("req_401"));
    assert!(!texts(&e).contains(PASSWORD), "{}", texts(&e));
    assert!(texts(&e).contains("[redacted]"));
}

#[test]
fn a_401_refreshes_once_with_the_refresh_token_and_retries() {
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(
            401,
            r#"{"status":"ko","exception":"Expired","error":"expired"}"#,
        ),
        ok(200, &login_body(ACCESS2)),
        ok(200, &profile_body()),
    ]);
    let c = nemuru();
    block(c.get_agent_profile(&fake)).expect("profile after refresh");
    assert_eq!(
        fake.paths(),
        [
            "POST /v2/login",
            "GET /v2/agent/profile",
            "POST /v2/login/refresh",
            "GET /v2/agent/profile"
        ]
    );
    let sent = fake.sent();
    assert!(sent[2].body.as_deref().unwrap().contains(REFRESH));
    assert_eq!(
        sent[3].header("authorization"),
        Some(format!("Bearer {ACCESS2}").as_str())
    );
}

#[test]
fn a_second_401_is_an_auth_error_after_exactly_one_refresh() {
    let expired =
        format!(r#"{{"status":"ko","exception":"Expired","error":"token {ACCESS2} expired"}}"#);
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(401, &expired),
        ok(200, &login_body(ACCESS2)),
        ok(401, &expired),
    ]);
    let e = block(nemuru().get_agent_profile(&fake)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Auth);
    assert_eq!(fake.sent().len(), 4, "{:?}", fake.paths());
    assert!(!texts(&e).contains(ACCESS2), "{}", texts(&e));
}

#[test]
fn a_failed_refresh_falls_back_to_a_new_login() {
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(
            401,
            r#"{"status":"ko","exception":"Expired","error":"expired"}"#,
        ),
        ok(
            401,
            r#"{"status":"ko","exception":"InvalidRefresh","error":"no"}"#,
        ),
        ok(200, &login_body(ACCESS2)),
        ok(200, &profile_body()),
    ]);
    block(nemuru().get_agent_profile(&fake)).expect("profile");
    assert_eq!(
        fake.paths(),
        [
            "POST /v2/login",
            "GET /v2/agent/profile",
            "POST /v2/login/refresh",
            "POST /v2/login",
            "GET /v2/agent/profile"
        ]
    );
}

#[test]
fn gets_are_retried_on_5xx_and_network_errors_with_backoff() {
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(503, r#"{"status":"ko","exception":"Down","error":"down"}"#),
        Err(TransportError::Network("connection reset".into())),
        ok(200, &loan_body("status_initial")),
    ]);
    let loan = block(nemuru().get_loan(&fake, LOAN)).expect("loan after retries");
    assert_eq!(loan.payload.status, "status_initial");
    assert_eq!(*fake.slept.borrow(), vec![300, 600]);
}

#[test]
fn retries_stop_after_the_policy_and_map_the_last_5xx() {
    let down = r#"{"status":"ko","exception":"Nemuru\\Internal","error":"boom"}"#;
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(500, down),
        ok(502, down),
        ok(504, down),
    ]);
    let e = block(nemuru().get_loan(&fake, LOAN)).unwrap_err();
    assert_eq!((e.kind, e.status), (ErrorKind::Api, Some(504)));
    assert_eq!(e.code, "Nemuru\\Internal");
    assert_eq!(fake.sent().len(), 4);
}

#[test]
fn create_loan_is_retried_because_its_uuid_makes_it_idempotent() {
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(200, &profile_body()),
        ok(502, "bad gateway"),
        ok(201, "{}"),
    ]);
    let created =
        block(nemuru().create_loan(&fake, &Shaped::of(&create_loan_request()))).expect("created");
    assert_eq!(created.id, LOAN);
    let sent = fake.sent();
    assert_eq!(
        sent[2].body, sent[3].body,
        "the retry repeats the same request"
    );
    let body: serde_json::Value = serde_json::from_str(sent[3].body.as_deref().unwrap()).unwrap();
    assert_eq!(
        body["agent_id"], AGENT,
        "agent_id defaults to the profile's"
    );
    // Money is a JSON number on Nemuru's wire; whole amounts as integers, as
    // Nemuru writes them itself.
    assert_eq!(body["principal"], serde_json::json!(5000));
    assert!(body["principal"].is_number() && body["annual_interest"].is_number());
    let text = sent[3].body.as_deref().unwrap();
    assert!(text.starts_with(r#"{"id":""#), "{text}");
    assert!(text.contains(r#","agent_id":""#), "{text}");
    assert!(
        text.contains(r#""principal":5000,"annual_interest":0.091,"#),
        "{text}"
    );
    assert_eq!(body["annual_interest"].as_f64(), Some(0.091));
    assert_eq!(body["asset"]["value"].as_f64(), Some(9000.0));
}

#[test]
fn unsafe_posts_are_never_retried() {
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(503, r#"{"status":"ko","exception":"Down","error":"down"}"#),
    ]);
    let e = block(nemuru().loan_action(&fake, LOAN, NemuruLoanOp::CancelLoan)).unwrap_err();
    assert_eq!((e.kind, e.status), (ErrorKind::Api, Some(503)));
    assert_eq!(fake.sent().len(), 2);
    assert!(fake.slept.borrow().is_empty());

    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        Err(TransportError::Network("reset".into())),
    ]);
    let e = block(nemuru().loan_action(&fake, LOAN, NemuruLoanOp::ConfirmLoan)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Network);
    assert_eq!(fake.sent().len(), 2);
}

#[test]
fn invalid_requests_fail_locally_with_every_field_error_and_send_nothing() {
    let fake = Fake::new(vec![ok(200, &login_body(ACCESS)), ok(200, &profile_body())]);
    let mut r = create_loan_request();
    r.borrower.email = "not-an-email".into();
    r.borrower.phone_number = "12".into();
    r.principal = "9500".parse().unwrap();
    r.asset_type = "yacht".into();
    let e = block(nemuru().create_loan(&fake, &Shaped::of(&r))).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Validation);
    assert_eq!(e.code, "invalid_input");
    assert_eq!(e.status, None);
    let paths: Vec<&str> = e.details.iter().map(|d| d.path.as_str()).collect();
    for p in ["borrower.email", "borrower.phone_number", "asset_type"] {
        assert!(paths.contains(&p), "{p} missing from {paths:?}");
    }
    assert!(
        e.details
            .iter()
            .any(|d| d.path.starts_with("principal") || d.path.starts_with("asset")),
        "{paths:?}"
    );
    assert_eq!(
        fake.paths(),
        ["POST /v2/login", "GET /v2/agent/profile"],
        "no create request sent"
    );

    let fake = Fake::new(vec![]);
    let e = block(nemuru().get_loan(&fake, "not-a-uuid")).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Validation);
    assert_eq!(e.details[0].path, "loanId");
    assert!(fake.sent().is_empty());
}

#[test]
fn error_responses_map_to_their_classes() {
    let cases = [
        (
            400,
            r#"{"status":"ko","exception":"Schema","error":"bad","schema_errors":{"borrower.email":["is not an email"]}}"#,
            ErrorKind::Validation,
        ),
        (
            403,
            r#"{"status":"ko","exception":"Forbidden","error":"no"}"#,
            ErrorKind::Auth,
        ),
        (
            404,
            r#"{"status":"ko","exception":"Nemuru\\Module\\Financial\\Domain\\Loan\\Exception\\LoanNotFoundByIdException","error":"not found"}"#,
            ErrorKind::NotFound,
        ),
        (
            409,
            r#"{"status":"ko","exception":"Transition","error":"Cannot cancelLoan"}"#,
            ErrorKind::Conflict,
        ),
        (
            410,
            r#"{"status":"ko","exception":"Gone","error":"expired"}"#,
            ErrorKind::NotFound,
        ),
        (
            500,
            r#"{"status":"ko","exception":"Internal","error":"boom"}"#,
            ErrorKind::Api,
        ),
    ];
    for (status, body, kind) in cases {
        let fake = Fake::new(vec![ok(200, &login_body(ACCESS)), ok(status, body)]);
        let e = block(nemuru().loan_action(&fake, LOAN, NemuruLoanOp::CancelLoan)).unwrap_err();
        assert_eq!((e.kind, e.status), (kind, Some(status)), "{body}");
        assert_eq!(
            e.request_id.as_deref(),
            Some(format!("req_{status}").as_str())
        );
        assert_eq!(e.provider, "nemuru");
        if status == 400 {
            assert_eq!(e.details[0].path, "borrower.email");
            assert_eq!(e.details[0].message, "is not an email");
        }
        if status == 404 {
            assert!(e.code.ends_with("LoanNotFoundByIdException"));
        }
    }
    for (reply, kind) in [
        (Err(TransportError::Timeout), ErrorKind::Timeout),
        (Err(TransportError::Aborted), ErrorKind::Aborted),
    ] {
        let fake = Fake::new(vec![ok(200, &login_body(ACCESS)), reply]);
        let e = block(nemuru().get_loan(&fake, LOAN)).unwrap_err();
        assert_eq!(e.kind, kind);
        assert_eq!(fake.sent().len(), 2, "timeouts and aborts are not retried");
    }
}

#[test]
fn responses_keep_exact_decimals() {
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(
            200,
            &format!(
                r#"{{"status":"ok","data":[{{"created_at":"x","updated_at":"x","loan_conditions":{CONDITIONS}}}]}}"#
            ),
        ),
    ]);
    let q = NemuruLoanConditionsQuery {
        agent_id: Some(AGENT.into()),
        currency: "EUR".into(),
        term: 30,
        principal: "5000.00".parse().unwrap(),
    };
    let r = block(nemuru().get_loan_conditions(&fake, &Shaped::of(&q))).expect("conditions");
    let c = &r.data[0].loan_conditions;
    assert_eq!(c.total_interest_paid.to_string(), "609.15");
    assert_eq!(c.user_defined_quota.to_string(), "186.97");
    assert_eq!(c.annual_interest.to_string(), "0.091");
    assert_eq!(
        serde_json::to_value(c).unwrap()["total_amount_paid"],
        "5609.15",
        "decimal strings for JS"
    );
    assert_eq!(
        fake.paths()[1],
        format!("GET /v2/loan-conditions?agent_id={AGENT}&currency=EUR&term=30&principal=5000")
    );
}

#[test]
fn wait_for_loan_polls_until_the_step_or_times_out() {
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(200, &loan_body("status_initial")),
        ok(200, &loan_body("status_opened")),
        ok(200, &loan_body("status_contract_signed")),
    ]);
    let options = PollOptions {
        interval_ms: 1000,
        timeout_ms: 10_000,
    };
    let until = vec!["status_contract_signed".to_string()];
    let loan = block(nemuru().wait_for_loan(&fake, LOAN, &until, options)).expect("loan");
    assert_eq!(loan.payload.status, "status_contract_signed");
    assert_eq!(*fake.slept.borrow(), vec![1000, 1000]);

    let replies = std::iter::once(ok(200, &login_body(ACCESS)))
        .chain((0..10).map(|_| ok(200, &loan_body("status_opened"))))
        .collect();
    let fake = Fake::new(replies);
    let options = PollOptions {
        interval_ms: 1000,
        timeout_ms: 2500,
    };
    let e = block(nemuru().wait_for_loan(&fake, LOAN, &until, options)).unwrap_err();
    assert_eq!(
        (e.kind, e.code.as_str()),
        (ErrorKind::Timeout, "wait_timeout")
    );
    assert_eq!(fake.sent().len(), 4, "three reads, two waits");

    // A final step ends the wait even when it is not the awaited one.
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(200, &loan_body("status_denied")),
    ]);
    let loan =
        block(nemuru().wait_for_loan(&fake, LOAN, &until, PollOptions::default())).expect("loan");
    assert_eq!(loan.payload.status, "status_denied");
}

#[test]
fn webhooks_and_files_use_the_sandbox_paths() {
    let hook = r#"{"client":"callback","event":"loan_steps","target":"https://shop.example/hooks","authorization_header":"Basic bG9sOnNlY3VyZQ=="}"#;
    let request: NemuruWebhookRequest = serde_json::from_str(hook).unwrap();
    let created = r#"{"status":"ok","payload":[{"created_at":"x","updated_at":"x","id":"408f340c-0f40-4e79-92e9-6af717d4d936","client":"callback","event":"loan_steps","state":1}],"identifier":"urn"}"#;
    let fake = Fake::new(vec![
        ok(200, &login_body(ACCESS)),
        ok(201, created),
        ok(200, &created.replace("payload", "data")),
        ok(204, ""),
        ok(201, "{}"),
        ok(
            200,
            r#"{"status":"ok","data":[{"name":"1c5d","type":"document_id_front","data":"/document_id_front/1c5d.jpeg"}]}"#,
        ),
    ]);
    let c = nemuru();
    let w = block(c.create_webhook(&fake, &Shaped::of(&request))).expect("created");
    assert_eq!(w.state, 1);
    assert_eq!(block(c.list_webhooks(&fake)).expect("list").data.len(), 1);
    block(c.update_webhook(&fake, &w.id, &Shaped::of(&request))).expect("updated");
    let files = NemuruUploadFilesRequest {
        files: vec![NemuruFile {
            name: "dni.jpeg".into(),
            file_type: "document_id_front".into(),
            data: "aGVsbG8gd29ybGQh".into(),
        }],
    };
    block(c.upload_files(&fake, LOAN, &Shaped::of(&files))).expect("uploaded");
    assert_eq!(
        block(c.list_files(&fake, LOAN)).expect("files").data[0].file_type,
        "document_id_front"
    );
    assert_eq!(
        fake.paths(),
        [
            "POST /v2/login".to_string(),
            "POST /v2/webhooks".into(),
            "GET /v2/webhooks".into(),
            format!("PUT /v2/webhooks?id={}", w.id),
            format!("POST /v2/files?loanId={LOAN}"),
            format!("GET /v2/files?loanId={LOAN}"),
        ]
    );
}

#[test]
fn uploads_over_20_mb_are_refused_before_sending() {
    let fake = Fake::new(vec![]);
    let big = "A".repeat(MAX_UPLOAD_BYTES);
    let files = NemuruUploadFilesRequest {
        files: vec![NemuruFile {
            name: "big.pdf".into(),
            file_type: "document_id_front".into(),
            data: big,
        }],
    };
    let e = block(nemuru().upload_files(&fake, LOAN, &Shaped::of(&files))).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Validation);
    assert_eq!(e.details[0].code, "request_too_large");
    assert!(fake.sent().is_empty());
}

fn tuum() -> TuumClient {
    TuumClient::new(TuumConfig {
        base_url: BASE.into(),
        auth_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.tuum-token".into(),
        channel_code: "system".into(),
    })
    .unwrap()
}

fn money(amount: &str) -> TuumMoney {
    TuumMoney {
        amount: amount.parse().unwrap(),
        currency_code: "GBP".into(),
    }
}

#[test]
fn tuum_sends_its_headers_and_maps_its_envelope() {
    let offer = r#"{"errors":null,"validationErrors":null,"data":{"offerId":"ID-1664282485","personId":"ID-3392","interestRate":5,"requestedMoney":{"amount":20000.00,"currencyCode":"GBP"},"offeredMoney":{"amount":20000.00,"currencyCode":"GBP"},"loanPeriod":12,"statusCode":"PREPARING","monthlyRepaymentMoney":{"amount":117.16,"currencyCode":"GBP"},"maxPeriod":120,"maxMoney":{"amount":100000.00,"currencyCode":"GBP"},"campaignIds":[],"apr":null}}"#;
    let fake = Fake::new(vec![
        ok(200, offer),
        ok(
            409,
            r#"{"errors":[{"code":"OFFER_NOT_ACCEPTABLE","message":"Offer is ACCEPTED"}],"validationErrors":null,"data":null}"#,
        ),
        ok(
            400,
            r#"{"errors":null,"validationErrors":[{"path":"paymentInstructions[0].beneficiaryIban","code":"invalid_iban","message":"bad"}],"data":null}"#,
        ),
    ]);
    let c = tuum();
    let request = TuumCreateOfferRequest {
        requested_money: money("20000"),
        loan_period: 12,
        loan_type_code: "BALLOON_LOAN".into(),
        payment_day: Some(1),
        tenant_code: Some("MB".into()),
        payment_channel_code: Some("TRUSTLY".into()),
        monthly_repayment_money: Some(money("117.16")),
        country_code: Some("GB".into()),
        offered_money: Some(money("20000")),
    };
    let r = block(c.create_offer(&fake, "ID-3392", &Shaped::of(&request))).expect("offer");
    assert_eq!(
        r.data
            .monthly_repayment_money
            .as_ref()
            .unwrap()
            .amount
            .to_string(),
        "117.16"
    );
    assert_eq!(r.data.apr, None);
    let sent = fake.sent();
    assert_eq!(sent[0].url, format!("{BASE}/api/v3/persons/ID-3392/offers"));
    assert_eq!(sent[0].header("x-channel-code"), Some("system"));
    assert!(sent[0]
        .header("x-auth-token")
        .unwrap()
        .ends_with("tuum-token"));
    let body: serde_json::Value = serde_json::from_str(sent[0].body.as_deref().unwrap()).unwrap();
    assert_eq!(
        body["monthlyRepaymentMoney"]["amount"], "117.16",
        "Tuum requests carry decimal strings"
    );
    let accept = TuumAcceptOfferRequest {
        payment_instructions: vec![TuumPaymentInstruction {
            beneficiary_name: "Trevor Harry Tuum".into(),
            beneficiary_iban: "GB82WEST12345698765432".into(),
            money: Some(money("20000")),
            payment_channel_code: Some("TRUSTLY".into()),
            reference_number: None,
        }],
    };
    let e = block(c.accept_offer(&fake, "ID-1664282485", &Shaped::of(&accept))).unwrap_err();
    assert_eq!(
        (e.kind, e.code.as_str()),
        (ErrorKind::Conflict, "OFFER_NOT_ACCEPTABLE")
    );
    let e = block(c.accept_offer(&fake, "ID-1664282485", &Shaped::of(&accept))).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Validation);
    assert_eq!(e.details[0].path, "paymentInstructions[0].beneficiaryIban");
    assert!(!texts(&e).contains("tuum-token") && !format!("{c:?}").contains("tuum-token"));

    // Checked locally first: too much money against the offer this client created.
    let fake = Fake::new(vec![]);
    let mut greedy = accept.clone();
    greedy.payment_instructions[0].money = Some(money("25000"));
    greedy.payment_instructions[0].beneficiary_iban = "GB00XXXX".into();
    let e = block(c.accept_offer(&fake, "ID-1664282485", &Shaped::of(&greedy))).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Validation);
    assert!(
        e.details
            .iter()
            .any(|d| d.path == "paymentInstructions[0].beneficiaryIban"),
        "{:?}",
        e.details
    );
    assert!(fake.sent().is_empty());
}

#[test]
fn asset_loans_use_a_bearer_token_retry_gets_and_poll() {
    let offer = r#"{"offerId":"off_k93mxp12","expiresAt":"2026-04-22T10:23:44Z","assets":[{"assetId":"asset_vehicle_9f3kd82jpl","assetType":"vehicle","maxLoanAmount":129000,"currency":"SEK","details":{"make":"Volvo","model":"XC60","modelYear":2021}}]}"#;
    let loan = |status: &str| {
        format!(
            r#"{{"loanId":"loan_8xk2mp91za","status":"{status}","assetId":"asset_vehicle_9f3kd82jpl","requirements":[{{"type":"CUSTOMER_CONTRACT","status":"PENDING","responsibleParty":"USER","details":{{"signingUrl":"https://sign.example/x"}}}}]}}"#
        )
    };
    let fake = Fake::new(vec![
        ok(200, offer),
        ok(503, r#"{"error":"down"}"#),
        ok(200, &format!("[{offer}]")),
        ok(200, &loan("IN_PROGRESS")),
        ok(200, &loan("IN_PROGRESS")),
        ok(200, &loan("COMPLETED")),
        ok(404, r#"{"error":"Loan not found"}"#),
    ]);
    let mut c = AssetLoansClient::new(AssetLoansConfig {
        base_url: BASE.into(),
        token: "asset-bearer-token".into(),
    })
    .unwrap();
    c.set_retry(RetryPolicy {
        retries: 1,
        base_ms: 10,
        max_ms: 10,
    });
    let o = block(c.create_asset_offer(
        &fake,
        &Shaped::of(&AssetOfferRequest {
            identity_number: "196801012342".into(),
            country: "SE".into(),
        }),
    ))
    .expect("offer");
    assert_eq!(o.assets[0].max_loan_amount, Decimal::from(129_000));
    let list =
        block(c.list_asset_offers(&fake, Some("196801012342"))).expect("list after one retry");
    assert_eq!(list.len(), 1);
    let request = AssetLoanRequest {
        offer_id: Some("off_k93mxp12".into()),
        asset_id: Some("asset_vehicle_9f3kd82jpl".into()),
        loan_amount: "80000".parse().unwrap(),
        term_months: 60,
        currency: "SEK".into(),
        customer: AssetLoanCustomer {
            identity_number: "196801012342".into(),
            country: "SE".into(),
            email: "anna.larsson@email.se".into(),
            phone: "+46701234567".into(),
        },
    };
    let created = block(c.create_asset_loan(&fake, &Shaped::of(&request))).expect("loan");
    assert_eq!(
        created.requirements[0].requirement_type,
        "CUSTOMER_CONTRACT"
    );
    let done = block(c.wait_for_loan(
        &fake,
        "loan_8xk2mp91za",
        &[],
        PollOptions {
            interval_ms: 5,
            timeout_ms: 100,
        },
    ))
    .expect("done");
    assert_eq!(done.status, "COMPLETED");
    let e = block(c.get_asset_loan(&fake, "loan_missing")).unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ErrorKind::NotFound, "asset-loans 404: Loan not found")
    );
    let sent = fake.sent();
    assert!(sent
        .iter()
        .all(|r| r.header("authorization") == Some("Bearer asset-bearer-token")));
    assert_eq!(
        sent[2].url,
        format!("{BASE}/v1/asset-offers?identityNumber=196801012342")
    );
    let body: serde_json::Value = serde_json::from_str(sent[3].body.as_deref().unwrap()).unwrap();
    assert_eq!(body["loanAmount"].as_f64(), Some(80000.0));

    // Over the asset's maxLoanAmount of the offer this client fetched: refused locally.
    let fake = Fake::new(vec![]);
    let mut greedy = request.clone();
    greedy.loan_amount = "130000".parse().unwrap();
    let e = block(c.create_asset_loan(&fake, &Shaped::of(&greedy))).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Validation);
    assert!(
        e.details.iter().any(|d| d.path == "loanAmount"),
        "{:?}",
        e.details
    );
    assert!(fake.sent().is_empty());
}

#[test]
fn clients_refuse_bad_configuration() {
    let e = NemuruClient::new(NemuruConfig {
        base_url: "ftp://x".into(),
        username: "u".into(),
        password: "p".into(),
    })
    .unwrap_err();
    assert_eq!(
        (e.kind, e.details[0].path.as_str()),
        (ErrorKind::Validation, "baseUrl")
    );
    let e = TuumClient::new(TuumConfig {
        base_url: BASE.into(),
        auth_token: " ".into(),
        channel_code: "system".into(),
    })
    .unwrap_err();
    assert_eq!(e.details[0].path, "authToken");
}

#[test]
fn webhook_authorization_and_events() {
    assert!(verify_authorization(
        Some("Basic bG9sOnNlY3VyZQ=="),
        "Basic bG9sOnNlY3VyZQ=="
    ));
    assert!(!verify_authorization(
        Some("Basic bG9sOnNlY3VyZQ==x"),
        "Basic bG9sOnNlY3VyZQ=="
    ));
    assert!(!verify_authorization(
        Some("Basic AAAAAAAAAAAAAAAAAAAA"),
        "Basic bG9sOnNlY3VyZQ=="
    ));
    assert!(!verify_authorization(None, "Basic bG9sOnNlY3VyZQ=="));
    let e = parse_event(r#"{"id":"e7c52ad3-0473-4fbc-bc36-7eb755b1c18d","event":"loan_steps","step":"status_opened","triggered_at":"2020-06-18T00:00:00+00:00"}"#)
        .expect("event");
    assert_eq!(e.step, NemuruLoanStep::StatusOpened);
    let e =
        parse_event(r#"{"id":"x","event":"loan_steps","step":"status_flying","triggered_at":"t"}"#)
            .unwrap_err();
    assert_eq!(e.details[0].code, "unknown_step");
    assert_eq!(
        parse_event("{").unwrap_err().details[0].code,
        "invalid_json"
    );
    assert_eq!(
        parse_event(r#"{"event":"other"}"#).unwrap_err().details[0].code,
        "unknown_event"
    );
}

#[test]
fn methods_are_named() {
    assert_eq!(Method::Put.as_str(), "PUT");
}

#[test]
fn requests_are_read_through_their_tables_like_serde_did() {
    use lendkit::clients::shape::{shape, write_json, Wire};
    let read = |text: &str| {
        shape(
            &lendkit::json::parse(text).unwrap(),
            NemuruCreateLoanRequest::SHAPE,
        )
    };
    let base = serde_json::to_value(create_loan_request()).unwrap();
    // Unknown fields are refused (deny_unknown_fields), at the object's path.
    let mut extra = base.clone();
    extra["extra"] = serde_json::json!(1);
    let (path, message) = read(&extra.to_string()).unwrap_err();
    assert_eq!(path, "");
    assert!(
        message.starts_with("unknown field `extra`, expected one of `id`"),
        "{message}"
    );
    // A wrong type names its path; a missing field names its object.
    let mut bad = base.clone();
    bad["borrower"]["email"] = serde_json::json!(3);
    assert_eq!(read(&bad.to_string()).unwrap_err().0, "borrower.email");
    let mut missing = base.clone();
    missing.as_object_mut().unwrap().remove("asset");
    assert_eq!(
        read(&missing.to_string()).unwrap_err(),
        ("".into(), "missing field `asset`".into())
    );
    // Money: decimal strings (or JS numbers) in, the provider's JSON numbers out.
    for (given, wire) in [
        ("\"186.97\"", "186.97"),
        ("\"609.150\"", "609.15"),
        ("\"5609.15\"", "5609.15"),
        ("0.095", "0.095"),
        ("\"5000\"", "5000"),
        ("\"5e3\"", "5000"),
        ("0.099", "0.099"),
        ("\"166.67\"", "166.67"),
        ("\"123456789012.34\"", "123456789012.34"),
        ("\"0.0000001\"", "0.0000001"),
    ] {
        let mut v = base.clone();
        v["principal"] = serde_json::from_str(given).unwrap();
        let tree = read(&v.to_string()).unwrap();
        let mut out = String::new();
        write_json(tree.get("principal").unwrap(), &mut out);
        assert_eq!(out, wire, "{given}");
    }
    let mut v = base;
    v["principal"] = serde_json::json!("x");
    assert_eq!(read(&v.to_string()).unwrap_err().0, "principal");
}
