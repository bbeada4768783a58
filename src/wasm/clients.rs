//! The clients' boundary: `NemuruClient`, `TuumClient` and `AssetLoansClient`
//! as JavaScript classes whose methods return Promises, plus the webhook
//! helpers. Each call converts its arguments, runs the core client
//! (`crate::clients`) over a per-call fetch transport (its `timeoutMs` and
//! `signal`) and converts back; errors cross as `Error`s whose `name` is the
//! SDK class (`LendkitValidationError`, `LendkitApiError`, ...) with `code`,
//! `status`, `requestId`, `details` and `provider`. (The webhook helpers are in
//! the core module: `super::webhook`.)
//!
//! Exported structs cannot lend `self` to a future, so each client's state
//! lives in an `Rc` cloned into the call's future.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use js_sys::{Promise, Reflect};
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;

use super::client_error::client_error_to_js;
use super::fetch::FetchTransport;
use crate::clients::asset_loans::{
    AssetLoanRequest, AssetLoansClient as Assets, AssetLoansConfig, AssetOfferRequest,
};
use crate::clients::http::PollOptions;
use crate::clients::nemuru::{
    NemuruClient as Nemuru, NemuruConfig, NemuruCreateLoanRequest, NemuruLoanConditionsQuery,
    NemuruLoanOp, NemuruUploadFilesRequest, NemuruWebhookRequest,
};
use crate::clients::shape::{shape, write_json, Kind, Shaped, Wire, STRINGS};
use crate::clients::tuum::{
    TuumAcceptOfferRequest, TuumClient as Tuum, TuumConfig, TuumCreateOfferRequest,
};
use crate::clients::ClientError;
use crate::clients::{asset_loans, nemuru, tuum};
use crate::json::Value;
use crate::FieldError;

#[wasm_bindgen(typescript_custom_section)]
const CLIENT_OPTIONS_TS: &str = r#"
/** Options of every client call. */
export interface CallOptions {
    /** The call's deadline in milliseconds, retries and waits included (default 30000). */
    timeoutMs?: number;
    /** Aborts the call (a `LendkitAbortError`). */
    signal?: AbortSignal;
}
/** Options of `waitForLoan`. */
export interface WaitOptions extends CallOptions {
    /** The statuses (Nemuru steps, or asset-loan statuses) to wait for. */
    until?: string | string[];
    /** Between two reads, in milliseconds (default 2000). */
    intervalMs?: number;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `{ timeoutMs?, signal? }`.
    #[wasm_bindgen(typescript_type = "CallOptions")]
    pub type CallOptions;
    /// `{ until?, intervalMs?, timeoutMs?, signal? }`.
    #[wasm_bindgen(typescript_type = "WaitOptions")]
    pub type WaitOptions;
}

/// The default deadline of a call.
const DEFAULT_TIMEOUT_MS: u32 = 30_000;

/// Reads an argument through `JSON.stringify` into the value tree and checks
/// it against `T`'s request table (one walker for every type keeps the module
/// small): a value of the wrong shape is a validation error naming the field.
fn arg<T: Wire>(
    provider: &'static str,
    value: JsValue,
    prefix: &str,
) -> Result<Shaped<T>, ClientError> {
    tree(provider, value, prefix, T::SHAPE).map(Shaped::new)
}

fn tree(
    provider: &'static str,
    value: JsValue,
    prefix: &str,
    kind: &Kind,
) -> Result<Value, ClientError> {
    let text = if value.is_undefined() {
        "null".to_owned()
    } else {
        js_sys::JSON::stringify(&value)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| "null".to_owned())
    };
    crate::json::parse(&text)
        .map_err(|e| (String::new(), e.to_string()))
        .and_then(|tree| shape(&tree, kind))
        .map_err(|(path, message)| {
            let path = match path.as_str() {
                "" => prefix.trim_end_matches('.').to_owned(),
                p => format!("{prefix}{p}"),
            };
            ClientError::validation(
                provider,
                vec![FieldError::new(path, "invalid_field", message)],
            )
        })
}

/// The string members of a checked config.
fn config_of(
    provider: &'static str,
    value: JsValue,
    kind: &Kind,
) -> Result<impl Fn(&str) -> String, JsValue> {
    let tree = tree(provider, value, "config.", kind).map_err(|e| client_error_to_js(&e))?;
    Ok(move |key: &str| {
        tree.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    })
}

fn get(value: &JsValue, key: &str) -> JsValue {
    if value.is_object() {
        Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

fn millis(value: JsValue, name: &str, provider: &'static str) -> Result<Option<u32>, ClientError> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.as_f64() {
        Some(n) if n.is_finite() && n >= 0.0 && n <= f64::from(u32::MAX) => Ok(Some(n as u32)),
        _ => Err(ClientError::validation(
            provider,
            vec![FieldError::new(
                name,
                "invalid_field",
                "must be a number of milliseconds",
            )],
        )),
    }
}

/// The transport of a call from its options.
fn transport(
    options: &JsValue,
    provider: &'static str,
    default_timeout: u32,
) -> Result<FetchTransport, ClientError> {
    let timeout = millis(get(options, "timeoutMs"), "options.timeoutMs", provider)?
        .unwrap_or(default_timeout);
    let signal = get(options, "signal");
    let signal = if signal.is_undefined() || signal.is_null() {
        None
    } else {
        Some(signal.dyn_into::<web_sys::AbortSignal>().map_err(|_| {
            ClientError::validation(
                provider,
                vec![FieldError::new(
                    "options.signal",
                    "invalid_field",
                    "must be an AbortSignal",
                )],
            )
        })?)
    };
    Ok(FetchTransport::new(signal, Some(timeout)))
}

/// `{ until, intervalMs, timeoutMs }` of `waitForLoan`.
fn wait_options(
    options: &JsValue,
    provider: &'static str,
) -> Result<(Vec<String>, PollOptions), ClientError> {
    let mut poll = PollOptions::default();
    if let Some(ms) = millis(get(options, "intervalMs"), "options.intervalMs", provider)? {
        poll.interval_ms = ms;
    }
    if let Some(ms) = millis(get(options, "timeoutMs"), "options.timeoutMs", provider)? {
        poll.timeout_ms = ms;
    }
    let until = get(options, "until");
    let until = if let Some(s) = until.as_string() {
        vec![s]
    } else if until.is_undefined() || until.is_null() {
        Vec::new()
    } else {
        let list = tree(provider, until, "options.until", &STRINGS)?;
        match list {
            Value::Array(items) => items
                .into_iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
    };
    Ok((until, poll))
}

/// A call's future, type-erased: its result as a value tree (`None` for `()`).
type CallFuture = Pin<Box<dyn Future<Output = Result<Option<Value>, ClientError>>>>;

/// What a client call resolves to: a shaped response (see
/// `crate::clients::shape`), or nothing.
trait Answer {
    fn into_tree(self) -> Option<Value>;
}

impl Answer for () {
    fn into_tree(self) -> Option<Value> {
        None
    }
}

impl<T> Answer for Shaped<T> {
    fn into_tree(self) -> Option<Value> {
        Some(self.into_value())
    }
}

/// Runs a call as a Promise: its result serialised for JavaScript, or its error.
/// Only this thin shim is generic (it boxes the call); the Promise plumbing in
/// [`run_boxed`] exists once in the module instead of once per method.
fn run<R, F, Fut>(
    provider: &'static str,
    options: JsValue,
    default_timeout: u32,
    call: F,
) -> Promise
where
    R: Answer,
    F: FnOnce(FetchTransport) -> Fut + 'static,
    Fut: Future<Output = Result<R, ClientError>> + 'static,
{
    run_boxed(
        provider,
        options,
        default_timeout,
        Box::new(move |t| Box::pin(async move { Ok(call(t).await?.into_tree()) })),
    )
}

fn run_boxed(
    provider: &'static str,
    options: JsValue,
    default_timeout: u32,
    call: Box<dyn FnOnce(FetchTransport) -> CallFuture>,
) -> Promise {
    future_to_promise(async move {
        let t =
            transport(&options, provider, default_timeout).map_err(|e| client_error_to_js(&e))?;
        match call(t).await.map_err(|e| client_error_to_js(&e))? {
            None => Ok(JsValue::UNDEFINED),
            Some(tree) => {
                let mut text = String::new();
                write_json(&tree, &mut text);
                js_sys::JSON::parse(&text)
            }
        }
    })
}

fn rejected(error: ClientError) -> Promise {
    Promise::reject(&client_error_to_js(&error))
}

fn opts(options: Option<CallOptions>) -> JsValue {
    options.map_or(JsValue::UNDEFINED, Into::into)
}

/// Nemuru's point-of-sale financing API. Log in happens on the first call (or
/// with `login()`); the token stays inside this object.
#[wasm_bindgen(js_name = NemuruClient)]
pub struct NemuruClient {
    inner: Rc<Nemuru>,
}

const NEMURU: &str = "nemuru";

#[wasm_bindgen(js_class = NemuruClient)]
impl NemuruClient {
    /// A client from `{ baseUrl, username, password }`.
    #[wasm_bindgen(constructor)]
    pub fn new(config: Ts<NemuruConfig>) -> Result<NemuruClient, JsValue> {
        let c = config_of(NEMURU, config.into(), &nemuru::CONFIG)?;
        let config = NemuruConfig {
            base_url: c("baseUrl"),
            username: c("username"),
            password: c("password"),
        };
        let inner = Nemuru::new(config).map_err(|e| client_error_to_js(&e))?;
        Ok(NemuruClient {
            inner: Rc::new(inner),
        })
    }

    /// Logs in; resolves to the token's type and lifetime (never the token).
    #[wasm_bindgen(unchecked_return_type = "Promise<NemuruLoginResult>")]
    pub fn login(&self, options: Option<CallOptions>) -> Promise {
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.login(&t).await },
        )
    }

    /// The agent behind the credentials.
    #[wasm_bindgen(js_name = getAgentProfile, unchecked_return_type = "Promise<NemuruAgentProfileResponse>")]
    pub fn get_agent_profile(&self, options: Option<CallOptions>) -> Promise {
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.get_agent_profile(&t).await },
        )
    }

    /// The loan conditions of every program for an amount and term.
    #[wasm_bindgen(js_name = getLoanConditions, unchecked_return_type = "Promise<NemuruLoanConditionsResponse>")]
    pub fn get_loan_conditions(
        &self,
        query: Ts<NemuruLoanConditionsQuery>,
        options: Option<CallOptions>,
    ) -> Promise {
        let query: Shaped<NemuruLoanConditionsQuery> = match arg(NEMURU, query.into(), "") {
            Ok(q) => q,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.get_loan_conditions(&t, &query).await },
        )
    }

    /// Creates a loan (validated first; retried safely by its UUID).
    #[wasm_bindgen(js_name = createLoan, unchecked_return_type = "Promise<NemuruCreatedLoan>")]
    pub fn create_loan(
        &self,
        request: Ts<NemuruCreateLoanRequest>,
        options: Option<CallOptions>,
    ) -> Promise {
        let request: Shaped<NemuruCreateLoanRequest> = match arg(NEMURU, request.into(), "") {
            Ok(r) => r,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.create_loan(&t, &request).await },
        )
    }

    /// Performs a loan operation.
    #[wasm_bindgen(js_name = loanAction, unchecked_return_type = "Promise<void>")]
    pub fn loan_action(
        &self,
        id: String,
        op: Ts<NemuruLoanOp>,
        options: Option<CallOptions>,
    ) -> Promise {
        let op: JsValue = op.into();
        let name = op.as_string().unwrap_or_default();
        let Some(op) = NemuruLoanOp::ALL.into_iter().find(|o| o.name() == name) else {
            let mut message = match op.as_string() {
                Some(s) => format!("unknown variant `{s}`, expected one of "),
                None => "invalid type, expected one of ".to_owned(),
            };
            for (i, o) in NemuruLoanOp::ALL.iter().enumerate() {
                if i > 0 {
                    message.push_str(", ");
                }
                message.push('`');
                message.push_str(o.name());
                message.push('`');
            }
            return rejected(ClientError::validation(
                NEMURU,
                vec![FieldError::new("op", "invalid_field", message)],
            ));
        };
        self.action(id, op, options)
    }

    fn action(&self, id: String, op: NemuruLoanOp, options: Option<CallOptions>) -> Promise {
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.loan_action(&t, &id, op).await },
        )
    }

    /// `loanAction(id, "cancelLoan")`.
    #[wasm_bindgen(js_name = cancelLoan, unchecked_return_type = "Promise<void>")]
    pub fn cancel_loan(&self, id: String, options: Option<CallOptions>) -> Promise {
        self.action(id, NemuruLoanOp::CancelLoan, options)
    }

    /// `loanAction(id, "approveLoan")`.
    #[wasm_bindgen(js_name = approveLoan, unchecked_return_type = "Promise<void>")]
    pub fn approve_loan(&self, id: String, options: Option<CallOptions>) -> Promise {
        self.action(id, NemuruLoanOp::ApproveLoan, options)
    }

    /// `loanAction(id, "sendContract")`.
    #[wasm_bindgen(js_name = sendContract, unchecked_return_type = "Promise<void>")]
    pub fn send_contract(&self, id: String, options: Option<CallOptions>) -> Promise {
        self.action(id, NemuruLoanOp::SendContract, options)
    }

    /// `loanAction(id, "signContract")`.
    #[wasm_bindgen(js_name = signContract, unchecked_return_type = "Promise<void>")]
    pub fn sign_contract(&self, id: String, options: Option<CallOptions>) -> Promise {
        self.action(id, NemuruLoanOp::SignContract, options)
    }

    /// `loanAction(id, "confirmLoan")`.
    #[wasm_bindgen(js_name = confirmLoan, unchecked_return_type = "Promise<void>")]
    pub fn confirm_loan(&self, id: String, options: Option<CallOptions>) -> Promise {
        self.action(id, NemuruLoanOp::ConfirmLoan, options)
    }

    /// `loanAction(id, "payLoan")`.
    #[wasm_bindgen(js_name = payLoan, unchecked_return_type = "Promise<void>")]
    pub fn pay_loan(&self, id: String, options: Option<CallOptions>) -> Promise {
        self.action(id, NemuruLoanOp::PayLoan, options)
    }

    /// A loan by id.
    #[wasm_bindgen(js_name = getLoan, unchecked_return_type = "Promise<NemuruLoanResponse>")]
    pub fn get_loan(&self, id: String, options: Option<CallOptions>) -> Promise {
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.get_loan(&t, &id).await },
        )
    }

    /// Polls a loan until its step is one of `until` (or final).
    #[wasm_bindgen(js_name = waitForLoan, unchecked_return_type = "Promise<NemuruLoanResponse>")]
    pub fn wait_for_loan(&self, id: String, options: Option<WaitOptions>) -> Promise {
        let options: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
        let (until, poll) = match wait_options(&options, NEMURU) {
            Ok(w) => w,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(NEMURU, options, poll.timeout_ms, move |t| async move {
            c.wait_for_loan(&t, &id, &until, poll).await
        })
    }

    /// Subscribes to `loan_steps`; resolves to the subscription.
    #[wasm_bindgen(js_name = createWebhook, unchecked_return_type = "Promise<NemuruWebhook>")]
    pub fn create_webhook(
        &self,
        request: Ts<NemuruWebhookRequest>,
        options: Option<CallOptions>,
    ) -> Promise {
        let request: Shaped<NemuruWebhookRequest> = match arg(NEMURU, request.into(), "") {
            Ok(r) => r,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.create_webhook(&t, &request).await },
        )
    }

    /// The subscriptions of these credentials.
    #[wasm_bindgen(js_name = listWebhooks, unchecked_return_type = "Promise<NemuruWebhookList>")]
    pub fn list_webhooks(&self, options: Option<CallOptions>) -> Promise {
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.list_webhooks(&t).await },
        )
    }

    /// Updates a subscription.
    #[wasm_bindgen(js_name = updateWebhook, unchecked_return_type = "Promise<void>")]
    pub fn update_webhook(
        &self,
        id: String,
        request: Ts<NemuruWebhookRequest>,
        options: Option<CallOptions>,
    ) -> Promise {
        let request: Shaped<NemuruWebhookRequest> = match arg(NEMURU, request.into(), "") {
            Ok(r) => r,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.update_webhook(&t, &id, &request).await },
        )
    }

    /// Uploads base64 files for a loan (at most 20 MB per request).
    #[wasm_bindgen(js_name = uploadFiles, unchecked_return_type = "Promise<void>")]
    pub fn upload_files(
        &self,
        loan_id: String,
        request: Ts<NemuruUploadFilesRequest>,
        options: Option<CallOptions>,
    ) -> Promise {
        let request: Shaped<NemuruUploadFilesRequest> = match arg(NEMURU, request.into(), "") {
            Ok(r) => r,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.upload_files(&t, &loan_id, &request).await },
        )
    }

    /// The files of a loan.
    #[wasm_bindgen(js_name = listFiles, unchecked_return_type = "Promise<NemuruFileList>")]
    pub fn list_files(&self, loan_id: String, options: Option<CallOptions>) -> Promise {
        let c = self.inner.clone();
        run(
            NEMURU,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.list_files(&t, &loan_id).await },
        )
    }
}

/// Tuum's loan API (offers).
#[wasm_bindgen(js_name = TuumClient)]
pub struct TuumClient {
    inner: Rc<Tuum>,
}

const TUUM: &str = "tuum";

#[wasm_bindgen(js_class = TuumClient)]
impl TuumClient {
    /// A client from `{ baseUrl, authToken, channelCode }`.
    #[wasm_bindgen(constructor)]
    pub fn new(config: Ts<TuumConfig>) -> Result<TuumClient, JsValue> {
        let c = config_of(TUUM, config.into(), &tuum::CONFIG)?;
        let config = TuumConfig {
            base_url: c("baseUrl"),
            auth_token: c("authToken"),
            channel_code: c("channelCode"),
        };
        let inner = Tuum::new(config).map_err(|e| client_error_to_js(&e))?;
        Ok(TuumClient {
            inner: Rc::new(inner),
        })
    }

    /// Creates a loan offer for a person.
    #[wasm_bindgen(js_name = createOffer, unchecked_return_type = "Promise<TuumOfferResponse>")]
    pub fn create_offer(
        &self,
        person_id: String,
        request: Ts<TuumCreateOfferRequest>,
        options: Option<CallOptions>,
    ) -> Promise {
        let request: Shaped<TuumCreateOfferRequest> = match arg(TUUM, request.into(), "") {
            Ok(r) => r,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(
            TUUM,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.create_offer(&t, &person_id, &request).await },
        )
    }

    /// Accepts an offer with payment instructions (creates the loan contract).
    #[wasm_bindgen(js_name = acceptOffer, unchecked_return_type = "Promise<TuumOfferResponse>")]
    pub fn accept_offer(
        &self,
        offer_id: String,
        request: Ts<TuumAcceptOfferRequest>,
        options: Option<CallOptions>,
    ) -> Promise {
        let request: Shaped<TuumAcceptOfferRequest> = match arg(TUUM, request.into(), "") {
            Ok(r) => r,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(
            TUUM,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.accept_offer(&t, &offer_id, &request).await },
        )
    }
}

/// The asset-secured loans API.
#[wasm_bindgen(js_name = AssetLoansClient)]
pub struct AssetLoansClient {
    inner: Rc<Assets>,
}

const ASSETS: &str = "asset-loans";

#[wasm_bindgen(js_class = AssetLoansClient)]
impl AssetLoansClient {
    /// A client from `{ baseUrl, token }`.
    #[wasm_bindgen(constructor)]
    pub fn new(config: Ts<AssetLoansConfig>) -> Result<AssetLoansClient, JsValue> {
        let c = config_of(ASSETS, config.into(), &asset_loans::CONFIG)?;
        let config = AssetLoansConfig {
            base_url: c("baseUrl"),
            token: c("token"),
        };
        let inner = Assets::new(config).map_err(|e| client_error_to_js(&e))?;
        Ok(AssetLoansClient {
            inner: Rc::new(inner),
        })
    }

    /// Which assets can secure a loan, and for how much.
    #[wasm_bindgen(js_name = createAssetOffer, unchecked_return_type = "Promise<AssetOfferResponse>")]
    pub fn create_asset_offer(
        &self,
        request: Ts<AssetOfferRequest>,
        options: Option<CallOptions>,
    ) -> Promise {
        let request: Shaped<AssetOfferRequest> = match arg(ASSETS, request.into(), "") {
            Ok(r) => r,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(
            ASSETS,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.create_asset_offer(&t, &request).await },
        )
    }

    /// Offers issued before, optionally for one identity number.
    #[wasm_bindgen(js_name = listAssetOffers, unchecked_return_type = "Promise<AssetOfferResponse[]>")]
    pub fn list_asset_offers(
        &self,
        identity_number: Option<String>,
        options: Option<CallOptions>,
    ) -> Promise {
        let c = self.inner.clone();
        run(
            ASSETS,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.list_asset_offers(&t, identity_number.as_deref()).await },
        )
    }

    /// One offer.
    #[wasm_bindgen(js_name = getAssetOffer, unchecked_return_type = "Promise<AssetOfferResponse>")]
    pub fn get_asset_offer(&self, offer_id: String, options: Option<CallOptions>) -> Promise {
        let c = self.inner.clone();
        run(
            ASSETS,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.get_asset_offer(&t, &offer_id).await },
        )
    }

    /// Executes a secured loan (starts signing and credit marking).
    #[wasm_bindgen(js_name = createAssetLoan, unchecked_return_type = "Promise<AssetLoanResponse>")]
    pub fn create_asset_loan(
        &self,
        request: Ts<AssetLoanRequest>,
        options: Option<CallOptions>,
    ) -> Promise {
        let request: Shaped<AssetLoanRequest> = match arg(ASSETS, request.into(), "") {
            Ok(r) => r,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(
            ASSETS,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.create_asset_loan(&t, &request).await },
        )
    }

    /// A loan.
    #[wasm_bindgen(js_name = getAssetLoan, unchecked_return_type = "Promise<AssetLoanResponse>")]
    pub fn get_asset_loan(&self, loan_id: String, options: Option<CallOptions>) -> Promise {
        let c = self.inner.clone();
        run(
            ASSETS,
            opts(options),
            DEFAULT_TIMEOUT_MS,
            move |t| async move { c.get_asset_loan(&t, &loan_id).await },
        )
    }

    /// Polls a loan until its status is one of `until` (default `COMPLETED`) or final.
    #[wasm_bindgen(js_name = waitForLoan, unchecked_return_type = "Promise<AssetLoanResponse>")]
    pub fn wait_for_loan(&self, loan_id: String, options: Option<WaitOptions>) -> Promise {
        let options: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
        let (until, poll) = match wait_options(&options, ASSETS) {
            Ok(w) => w,
            Err(e) => return rejected(e),
        };
        let c = self.inner.clone();
        run(ASSETS, options, poll.timeout_ms, move |t| async move {
            c.wait_for_loan(&t, &loan_id, &until, poll).await
        })
    }
}
