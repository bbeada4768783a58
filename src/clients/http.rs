//! What every client shares: URLs, retries with backoff on safe requests, the
//! mapping of error responses into [`ClientError`], JSON bodies, local
//! validation with the validation module's request validators, and polling.

use super::error::{redact, summary, ClientError, ErrorKind};
use super::shape::{shape, write_json, Kind, Shaped, Wire};
use super::transport::{HttpRequest, HttpResponse, Method, Transport, TransportError};
use crate::validation::requests::{validate_request, RequestContext, RequestKind};
use crate::validation::value::Value;
use crate::FieldError;

/// How failed safe requests are retried: `retries` more attempts after the
/// first, waiting `base_ms`, `2 × base_ms`, ... (at most `max_ms`) between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts after the first (default 2).
    pub retries: u32,
    /// The first wait, in milliseconds (default 300).
    pub base_ms: u32,
    /// The longest wait (default 3000).
    pub max_ms: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            retries: 2,
            base_ms: 300,
            max_ms: 3000,
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `n` (0-based).
    ///
    /// # Examples
    /// ```
    /// use lendkit::clients::http::RetryPolicy;
    /// let p = RetryPolicy::default();
    /// assert_eq!((p.backoff(0), p.backoff(1), p.backoff(5)), (300, 600, 3000));
    /// ```
    pub fn backoff(&self, n: u32) -> u32 {
        self.base_ms
            .saturating_mul(1u32.checked_shl(n).unwrap_or(u32::MAX))
            .min(self.max_ms)
    }
}

/// What one client knows about its server: provider name, base URL, retry
/// policy and the secrets to scrub from messages.
#[derive(Clone)]
pub struct Endpoint {
    /// `"nemuru"`, `"tuum"` or `"asset-loans"`.
    pub provider: &'static str,
    /// The base URL without a trailing slash.
    pub base_url: String,
    /// Retries of safe requests.
    pub retry: RetryPolicy,
}

impl std::fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Endpoint")
            .field("provider", &self.provider)
            .field("base_url", &self.base_url)
            .finish()
    }
}

impl Endpoint {
    /// An endpoint; the base URL must be `http://` or `https://`.
    ///
    /// # Errors
    /// A validation error on `baseUrl` otherwise.
    pub fn new(provider: &'static str, base_url: &str) -> Result<Endpoint, ClientError> {
        let trimmed = base_url.trim().trim_end_matches('/');
        let ok = (trimmed.starts_with("https://") || trimmed.starts_with("http://"))
            && trimmed.len() > "https://".len()
            && !trimmed.contains(['?', '#', ' ']);
        if !ok {
            return Err(ClientError::validation(
                provider,
                vec![FieldError::new(
                    "baseUrl",
                    "invalid_url",
                    "must be an http(s) URL without query or fragment",
                )],
            ));
        }
        Ok(Endpoint {
            provider,
            base_url: trimmed.to_owned(),
            retry: RetryPolicy::default(),
        })
    }

    /// The endpoint of a client, whose credentials must not be blank: the base
    /// URL is checked first, then every blank credential is reported at once.
    ///
    /// # Errors
    /// A validation error on `baseUrl`, or `required` on each blank credential.
    pub fn with_credentials(
        provider: &'static str,
        base_url: &str,
        credentials: &[(&str, &str)],
    ) -> Result<Endpoint, ClientError> {
        let endpoint = Endpoint::new(provider, base_url)?;
        let missing: Vec<FieldError> = credentials
            .iter()
            .filter(|(_, value)| value.trim().is_empty())
            .map(|(name, _)| FieldError::new(*name, "required", "is required"))
            .collect();
        if missing.is_empty() {
            Ok(endpoint)
        } else {
            Err(ClientError::validation(provider, missing))
        }
    }

    /// `base_url + path + ?query` with the query values percent-encoded.
    pub fn url(&self, path: &str, query: &[(&str, &str)]) -> String {
        let mut url = format!("{}{}", self.base_url, path);
        for (i, (k, v)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&encode(k));
            url.push('=');
            url.push_str(&encode(v));
        }
        url
    }

    /// Sends a request; a safe one (`GET`, or an idempotent `POST`) is retried
    /// after a network error or a 5xx. Returns the last response whatever its
    /// status; the caller maps non-2xx with [`Endpoint::error`].
    ///
    /// # Errors
    /// Network, timeout and abort errors.
    pub async fn send<T: Transport>(
        &self,
        transport: &T,
        request: HttpRequest,
        safe: bool,
        secrets: &[&str],
    ) -> Result<HttpResponse, ClientError> {
        let mut attempt = 0;
        loop {
            let result = transport.send(request.clone()).await;
            let retry = safe
                && attempt < self.retry.retries
                && match &result {
                    Ok(r) => r.status >= 500,
                    Err(e) => matches!(e, TransportError::Network(_)),
                };
            if !retry {
                return result.map_err(|e| self.transport_error(e, secrets));
            }
            transport
                .sleep(self.retry.backoff(attempt))
                .await
                .map_err(|e| self.transport_error(e, secrets))?;
            attempt += 1;
        }
    }

    /// A transport failure as a client error.
    pub fn transport_error(&self, e: TransportError, secrets: &[&str]) -> ClientError {
        match e {
            TransportError::Network(m) => ClientError::new(
                ErrorKind::Network,
                self.provider,
                "network_error",
                format!("{}: network error: {}", self.provider, redact(&m, secrets)),
            ),
            TransportError::Timeout => ClientError::new(
                ErrorKind::Timeout,
                self.provider,
                "timeout",
                format!("{}: the request timed out", self.provider),
            ),
            TransportError::Aborted => ClientError::new(
                ErrorKind::Aborted,
                self.provider,
                "aborted",
                format!("{}: the request was aborted", self.provider),
            ),
        }
    }

    /// Maps an error response into a client error: its kind from the status,
    /// its code, message and field details from the provider's error body
    /// (Nemuru `{exception, error, schema_errors}`, Tuum `{errors,
    /// validationErrors}`, asset loans `{error, errors}`), its request id from
    /// `x-request-id`.
    pub fn error(&self, response: &HttpResponse, secrets: &[&str]) -> ClientError {
        let status = response.status;
        let kind = match status {
            400 | 422 => ErrorKind::Validation,
            401 | 403 => ErrorKind::Auth,
            404 | 410 => ErrorKind::NotFound,
            409 => ErrorKind::Conflict,
            _ => ErrorKind::Api,
        };
        let body: Value = crate::json::parse(&response.body).unwrap_or_default();
        let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
        let first_error = match body.get("errors") {
            Some(Value::Array(list)) => list.first().filter(|e| matches!(e, Value::Object(_))),
            _ => None,
        };
        let code = text(body.get("exception"))
            .or_else(|| text(body.get("code")))
            .or_else(|| first_error.and_then(|e| text(e.get("code"))))
            .unwrap_or_else(|| format!("http_{status}"));
        let message = text(body.get("error"))
            .or_else(|| text(body.get("message")))
            .or_else(|| first_error.and_then(|e| text(e.get("message"))))
            .unwrap_or_else(|| format!("HTTP {status}"));
        let mut details = Vec::new();
        if let Some(Value::Object(schema)) = body.get("schema_errors") {
            for (path, messages) in schema {
                match messages {
                    Value::Array(list) => {
                        for m in list {
                            details.push(detail(path, "schema_error", m));
                        }
                    }
                    m => details.push(detail(path, "schema_error", m)),
                }
            }
        }
        for key in ["validationErrors", "errors", "details"] {
            if let Some(Value::Array(list)) = body.get(key) {
                for item in list
                    .iter()
                    .filter(|i| i.get("path").or(i.get("field")).is_some())
                {
                    let path = text(item.get("path"))
                        .or_else(|| text(item.get("field")))
                        .unwrap_or_default();
                    let code = text(item.get("code")).unwrap_or_else(|| "invalid".into());
                    details.push(detail(
                        &path,
                        &code,
                        item.get("message").unwrap_or(&Value::Null),
                    ));
                }
            }
        }
        for d in &mut details {
            d.message = redact(&d.message, secrets);
        }
        let request_id = response
            .request_id
            .clone()
            .or_else(|| text(body.get("requestId")));
        let head = format!("{} {status}: {}", self.provider, redact(&message, secrets));
        ClientError {
            kind,
            code,
            message: if details.is_empty() {
                head
            } else {
                summary(&head, &details)
            },
            status: Some(status),
            request_id,
            details,
            provider: self.provider,
        }
    }

    /// Reads a 2xx response's JSON body into the value tree (the module's one
    /// JSON parser, [`crate::json::parse`]).
    ///
    /// # Errors
    /// An API error `invalid_response` when the body is not JSON.
    pub fn read(&self, response: &HttpResponse) -> Result<Value, ClientError> {
        crate::json::parse(&response.body)
            .map_err(|e| self.invalid(response, String::new(), e.to_string()))
    }

    /// Checks a response body against `kind` (see [`super::shape`]).
    ///
    /// # Errors
    /// An API error `invalid_response` naming the field at fault.
    pub fn shape_value(
        &self,
        response: &HttpResponse,
        tree: &Value,
        kind: &Kind,
    ) -> Result<Value, ClientError> {
        shape(tree, kind).map_err(|(path, message)| self.invalid(response, path, message))
    }

    /// Reads and checks a 2xx response's body as `R`'s wire shape.
    ///
    /// # Errors
    /// An API error `invalid_response` when the body is not of the expected shape.
    pub fn parse<R: Wire>(&self, response: &HttpResponse) -> Result<Shaped<R>, ClientError> {
        let tree = self.read(response)?;
        self.shape_value(response, &tree, R::SHAPE).map(Shaped::new)
    }

    fn invalid(&self, response: &HttpResponse, path: String, message: String) -> ClientError {
        let at = if path.is_empty() {
            String::new()
        } else {
            format!(" at {path}")
        };
        let mut err = ClientError::new(
            ErrorKind::Api,
            self.provider,
            "invalid_response",
            format!("{}: unexpected response body{at}: {message}", self.provider),
        );
        err.status = Some(response.status);
        err.request_id = response.request_id.clone();
        err
    }

    /// Checks a request (the exact tree that is sent) with the validation
    /// module's validator of `kind`.
    ///
    /// # Errors
    /// A validation error with every problem found.
    pub fn validate(
        &self,
        kind: RequestKind,
        body: &Value,
        context: &RequestContext,
    ) -> Result<(), ClientError> {
        let result = validate_request(kind, body, context);
        if result.valid {
            Ok(())
        } else {
            Err(ClientError::validation(
                self.provider,
                result.errors.into_iter().map(Into::into).collect(),
            ))
        }
    }
}

fn detail(path: &str, code: &str, message: &Value) -> FieldError {
    let message = match message {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => {
            let mut out = String::new();
            write_json(other, &mut out);
            out
        }
    };
    FieldError::new(path, code, message)
}

/// A request tree as its JSON body.
pub fn json_body(payload: &Value) -> String {
    let mut out = String::new();
    write_json(payload, &mut out);
    out
}

/// A JSON object of string members (small internal payloads).
pub fn object(members: &[(&str, &str)]) -> Value {
    Value::Object(
        members
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Value::String((*v).to_owned())))
            .collect(),
    )
}

/// A request with JSON headers.
pub fn request(method: Method, url: String, body: Option<String>) -> HttpRequest {
    let mut headers = vec![("accept", "application/json".to_owned())];
    if body.is_some() {
        headers.push(("content-type", "application/json".to_owned()));
    }
    HttpRequest {
        method,
        url,
        headers,
        body,
    }
}

/// Percent-encodes a path segment or query value (RFC 3986 unreserved kept).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// How [`poll`] waits: every `interval_ms`, for at most `timeout_ms` of waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollOptions {
    /// Between two reads (default 2000).
    pub interval_ms: u32,
    /// The most time spent waiting before a timeout error (default 120000).
    pub timeout_ms: u32,
}

impl Default for PollOptions {
    fn default() -> Self {
        PollOptions {
            interval_ms: 2000,
            timeout_ms: 120_000,
        }
    }
}

/// Reads a resource until `done` says so, sleeping `interval_ms` between reads;
/// fails with a timeout error once the waits add up past `timeout_ms`. (No clock
/// is read: the time is the sum of the waits; the wasm transport also enforces
/// the call's real deadline.)
///
/// # Errors
/// The read's own errors, or a timeout error.
pub async fn poll<T, R, F, Fut>(
    transport: &T,
    provider: &'static str,
    options: PollOptions,
    mut read: F,
    done: impl Fn(&R) -> bool,
) -> Result<R, ClientError>
where
    T: Transport,
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<R, ClientError>>,
{
    let interval = options.interval_ms.max(1);
    let mut waited: u32 = 0;
    loop {
        let value = read().await?;
        if done(&value) {
            return Ok(value);
        }
        if waited.saturating_add(interval) > options.timeout_ms {
            return Err(ClientError::new(
                ErrorKind::Timeout,
                provider,
                "wait_timeout",
                format!(
                    "{provider}: the loan did not reach the awaited status within {} ms",
                    options.timeout_ms
                ),
            ));
        }
        transport.sleep(interval).await.map_err(|e| match e {
            TransportError::Aborted => ClientError::new(
                ErrorKind::Aborted,
                provider,
                "aborted",
                format!("{provider}: the wait was aborted"),
            ),
            TransportError::Timeout => ClientError::new(
                ErrorKind::Timeout,
                provider,
                "timeout",
                format!("{provider}: the wait timed out"),
            ),
            TransportError::Network(m) => {
                ClientError::new(ErrorKind::Network, provider, "network_error", m)
            }
        })?;
        waited = waited.saturating_add(interval);
    }
}
