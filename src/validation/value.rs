//! The JSON-like value tree the request validators read, now shared by every
//! boundary input: see [`crate::json`]. Re-exported here so existing paths keep
//! working.

pub use crate::json::value::*;
