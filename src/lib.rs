//! lendkit: price, validate and originate consumer loans at a merchant's checkout.
//!
//! The crate is a pure core (no wasm-bindgen, no I/O, no clock) that builds and
//! tests on the host, plus one boundary module, [`wasm`], compiled only for
//! `wasm32`, that converts JavaScript values, calls the core and converts back.
//!
//! Money is [`rust_decimal::Decimal`] inside and a decimal string at the JS
//! boundary; every rounding names its strategy and scale.

pub mod civil;
pub mod clients;
pub mod eligibility;
pub mod error;
pub mod json;
pub mod money;
pub mod pricing;
pub mod rfc3339;
pub mod validation;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{Error, FieldError};

/// The crate version, as in `Cargo.toml`.
///
/// # Examples
/// ```
/// assert_eq!(lendkit::VERSION, env!("CARGO_PKG_VERSION"));
/// ```
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What a build is: version, the commit it came from (when the build script
/// passed one in `LENDKIT_COMMIT`) and its profile.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BuildInfo {
    /// The crate version.
    pub version: &'static str,
    /// The git commit, or `"unknown"` outside a git build.
    pub commit: &'static str,
    /// `"release"` or `"debug"`.
    pub profile: &'static str,
}

/// Describes this build.
///
/// # Examples
/// ```
/// let info = lendkit::build_info();
/// assert_eq!(info.version, lendkit::VERSION);
/// assert!(!info.commit.is_empty());
/// ```
pub fn build_info() -> BuildInfo {
    BuildInfo {
        version: VERSION,
        commit: match option_env!("LENDKIT_COMMIT") {
            Some(c) if !c.is_empty() => c,
            _ => "unknown",
        },
        profile: if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
    }
}
