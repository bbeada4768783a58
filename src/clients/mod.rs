//! Typed clients for the three lending APIs lendkit talks to: [`nemuru`],
//! [`tuum`] and [`asset_loans`], each in its provider's exact wire shape.
//!
//! The logic (auth and its one refresh, retries with backoff on safe requests,
//! error mapping, polling) is pure and sends through the [`transport`] seam, so
//! it is tested natively with a fake transport; the wasm boundary plugs
//! gloo-net's `fetch` in. Every request is checked first with the validation
//! module's request validators and fails fast with their field errors.
//! Credentials live in the clients' memory only: never in a URL, a `Debug`
//! output or an error message.

pub mod asset_loans;
pub mod error;
pub mod http;
pub mod nemuru;
pub mod shape;
pub mod transport;
pub mod tuum;
pub mod webhook;
pub mod wire;

pub use error::{ClientError, ErrorKind};
pub use transport::{HttpRequest, HttpResponse, Method, Transport, TransportError};
