//! The transport seam: the one place where a client touches the network.
//!
//! The clients build [`HttpRequest`]s and read [`HttpResponse`]s; a
//! [`Transport`] sends them. In the browser and in Node the transport is
//! gloo-net's `fetch` (`src/wasm/`); in host tests it is a fake that records
//! requests and replays scripted responses. A transport also sleeps (for
//! retry backoff and polling), so no client logic ever reads a clock.

use std::fmt;

/// The HTTP methods the lending APIs use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `PATCH`.
    Patch,
}

impl Method {
    /// The method's name, such as `"GET"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
        }
    }
}

/// A request ready to send. Credentials travel only in `headers`, never in `url`.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    /// The method.
    pub method: Method,
    /// The absolute URL, query string included.
    pub url: String,
    /// Header names (lower case) and values.
    pub headers: Vec<(&'static str, String)>,
    /// The JSON body, if any.
    pub body: Option<String>,
}

impl HttpRequest {
    /// The value of a header, by its lower-case name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Headers that carry secrets and are never printed.
const SECRET_HEADERS: [&str; 2] = ["authorization", "x-auth-token"];

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(n, v)| {
                if SECRET_HEADERS.contains(n) {
                    (*n, "[redacted]")
                } else {
                    (*n, v.as_str())
                }
            })
            .collect();
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body_len", &self.body.as_ref().map(String::len))
            .finish()
    }
}

/// A response as received, whatever its status (4xx and 5xx included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// The HTTP status.
    pub status: u16,
    /// The `x-request-id` header, when the server sent one.
    pub request_id: Option<String>,
    /// The body as text (empty for 204).
    pub body: String,
}

/// Why a request got no response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// The network failed (DNS, connection refused, CORS, reset...).
    Network(String),
    /// The call's deadline passed.
    Timeout,
    /// The caller's `AbortSignal` fired.
    Aborted,
}

/// Sends requests and sleeps. Implementations need not be `Send`: in wasm
/// everything runs on one thread.
#[allow(async_fn_in_trait)]
pub trait Transport {
    /// Sends one request and returns the response, whatever its status.
    ///
    /// # Errors
    /// A [`TransportError`] when no response arrived.
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError>;

    /// Waits `ms` milliseconds.
    ///
    /// # Errors
    /// [`TransportError::Aborted`] or [`TransportError::Timeout`] when the call
    /// was aborted or its deadline passed while waiting.
    async fn sleep(&self, ms: u32) -> Result<(), TransportError>;
}
