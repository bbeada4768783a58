//! JSON for the boundary: one value tree ([`Value`]) that every input is read
//! into, one small deserializer from it to any typed input ([`from_value`], with
//! the field's path on error), and a strict JSON text parser ([`parse`]).
//!
//! The wasm boundary turns a JavaScript argument into JSON text
//! (`JSON.stringify`), parses it here and deserialises every type through
//! [`from_value`]: one code path instead of one serde instantiation per type and
//! per deserializer, which keeps the wasm module small.

pub(crate) mod float;
mod parse;
pub mod read;
pub mod text;
pub mod value;
mod write;

pub use parse::{parse, ParseError};
pub use read::FromTree;
pub use text::{from_text, FromText};
pub use value::{from_value, DeError, Value, MAX_DEPTH};
pub use write::{to_string, WriteError};
