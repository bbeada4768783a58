//! A small owned JSON-like value tree.
//!
//! Request validators take the payload as this untyped tree rather than as a
//! typed struct, so that a missing or wrong-typed field becomes a field error with
//! its path (`borrower.phone_number: required`) instead of a failed
//! deserialisation that stops at the first problem. Every typed boundary input
//! is read through it too ([`from_value`]): one small deserializer for every type,
//! with field paths. The boundary builds it from JSON text with
//! [`crate::json::parse`]; it costs a few kilobytes of wasm, far less than
//! `serde_json::Value` with its parser.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// How deep a payload may nest before it is refused (no seed request goes past 5).
pub const MAX_DEPTH: usize = 32;

/// A JSON-like value. Objects keep their keys in insertion order.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    /// `null` or `undefined`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any JSON number (a JavaScript number is an `f64`).
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, as `(key, value)` pairs in order.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (`None` for a missing key or a non-object).
    ///
    /// # Examples
    /// ```
    /// use lendkit::json::Value;
    /// let v = Value::Object(vec![("a".into(), Value::Bool(true))]);
    /// assert_eq!(v.get("a"), Some(&Value::Bool(true)));
    /// assert_eq!(v.get("b"), None);
    /// ```
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number, if this is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// Whether this is `null` / `undefined`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The JSON type name used in `invalid_type` messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }

    /// The length in bytes of this value written as compact JSON (what a client
    /// sends on the wire), counted without building the text. Used for request
    /// size limits such as Nemuru's 20 MB upload cap.
    pub fn json_len(&self) -> usize {
        match self {
            Value::Null => 4,
            Value::Bool(true) => 4,
            Value::Bool(false) => 5,
            Value::Number(n) => number_json_len(*n),
            Value::String(s) => string_json_len(s),
            Value::Array(items) => {
                2 + items.iter().map(Value::json_len).sum::<usize>() + items.len().saturating_sub(1)
            }
            Value::Object(members) => {
                2 + members
                    .iter()
                    .map(|(k, v)| string_json_len(k) + 1 + v.json_len())
                    .sum::<usize>()
                    + members.len().saturating_sub(1)
            }
        }
    }

    /// Parses JSON text (host tests only).
    #[cfg(test)]
    pub(crate) fn from_json(text: &str) -> Value {
        serde_json::from_str(text).expect("test JSON")
    }
}

fn number_json_len(n: f64) -> usize {
    if !n.is_finite() {
        return 4; // JSON.stringify writes null
    }
    // `{}` on f64 is the shortest round-trip form, like JavaScript's for the
    // magnitudes requests use.
    super::float::f64_string(n).len()
}

fn string_json_len(s: &str) -> usize {
    2 + s
        .bytes()
        .map(|b| match b {
            b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c => 2,
            0x00..=0x1f => 6,
            _ => 1,
        })
        .sum::<usize>()
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(ValueVisitor { depth: 0 })
    }
}

struct ValueVisitor {
    depth: usize,
}

struct Nested(usize);

impl<'de> de::DeserializeSeed<'de> for Nested {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        if self.0 > MAX_DEPTH {
            return Err(de::Error::custom("payload nests too deeply"));
        }
        deserializer.deserialize_any(ValueVisitor { depth: self.0 })
    }
}

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON-like value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element_seed(Nested(self.depth + 1))? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Nested(self.depth + 1))?;
            // Like JSON.parse, a repeated key keeps the last value.
            if let Some(slot) = members.iter_mut().find(|(k, _)| *k == key) {
                slot.1 = value;
            } else {
                members.push((key, value));
            }
        }
        Ok(Value::Object(members))
    }
}

/// An error of [`from_value`]: where (`assets[0].modelYear`) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeError {
    /// Path segments, innermost first (`["modelYear", "[0]", "assets"]`).
    segments: Vec<String>,
    /// The message.
    pub message: String,
}

impl DeError {
    pub(crate) fn at(mut self, segment: String) -> DeError {
        self.segments.push(segment);
        self
    }

    /// The path of the field at fault, such as `assets[0].modelYear` (`""` for the root).
    pub fn path(&self) -> String {
        let mut out = String::new();
        for s in self.segments.iter().rev() {
            if !out.is_empty() && !s.starts_with('[') {
                out.push('.');
            }
            out.push_str(s);
        }
        out
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

impl DeError {
    /// An error with `message` at the root (the hand readers' `custom`,
    /// without going through `Display`).
    pub(crate) fn new(message: impl Into<String>) -> DeError {
        DeError {
            segments: Vec::new(),
            message: message.into(),
        }
    }
}

/// serde's `OneOf`: `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``.
fn one_of(out: &mut String, names: &[&str]) {
    if names.len() > 2 {
        out.push_str("one of ");
    }
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(if names.len() == 2 { " or " } else { ", " });
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
}

/// serde's `unknown variant` / `unknown field` message.
fn unknown(what: &str, name: &str, expected: &[&str], none: &str) -> DeError {
    let mut out = String::from("unknown ");
    out.push_str(what);
    out.push_str(" `");
    out.push_str(name);
    if expected.is_empty() {
        out.push_str("`, there are no ");
        out.push_str(none);
    } else {
        out.push_str("`, expected ");
        one_of(&mut out, expected);
    }
    DeError::new(out)
}

// serde's default messages, built by hand: its defaults format through
// `core::fmt` (and `OneOf`'s `Display`), which the pricing module avoids.
impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError::new(msg.to_string())
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        unknown("variant", variant, expected, "variants")
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        unknown("field", field, expected, "fields")
    }

    fn missing_field(field: &'static str) -> Self {
        DeError::new(["missing field `", field, "`"].concat())
    }

    fn duplicate_field(field: &'static str) -> Self {
        DeError::new(["duplicate field `", field, "`"].concat())
    }
}

/// Deserialises a typed value (options, contexts, policies) from a tree, with the
/// path of the first field at fault. One small deserializer for every type keeps
/// the wasm module small (no per-type path-tracking wrappers).
///
/// # Errors
/// A [`DeError`] naming the field's path.
///
/// # Examples
/// ```
/// use lendkit::json::{from_value, Value};
/// #[derive(serde::Deserialize)]
/// struct P { n: u32 }
/// let v = Value::Object(vec![("n".into(), Value::String("x".into()))]);
/// let e = from_value::<P>(&v).err().unwrap();
/// assert_eq!(e.path(), "n");
/// ```
pub fn from_value<T: de::DeserializeOwned>(value: &Value) -> Result<T, DeError> {
    T::deserialize(value)
}

struct SeqAcc<'a> {
    items: std::slice::Iter<'a, Value>,
    index: usize,
}

impl<'de> SeqAccess<'de> for SeqAcc<'de> {
    type Error = DeError;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.items.next() {
            Some(v) => {
                let i = self.index;
                self.index += 1;
                seed.deserialize(v).map(Some).map_err(|e| e.at(index(i)))
            }
            None => Ok(None),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapAcc<'a> {
    members: std::slice::Iter<'a, (String, Value)>,
    value: Option<&'a (String, Value)>,
}

impl<'de> MapAccess<'de> for MapAcc<'de> {
    type Error = DeError;
    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.members.next() {
            Some(member) => {
                self.value = Some(member);
                seed.deserialize(de::value::BorrowedStrDeserializer::new(&member.0))
                    .map(Some)
            }
            None => Ok(None),
        }
    }
    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, DeError> {
        match self.value.take() {
            Some((key, value)) => seed.deserialize(value).map_err(|e| e.at(key.clone())),
            None => Err(DeError::new("value without a key")),
        }
    }
}

impl<'de> Deserializer<'de> for &'de Value {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => {
                let n = *n;
                if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
                    if n >= 0.0 {
                        visitor.visit_u64(n as u64)
                    } else {
                        visitor.visit_i64(n as i64)
                    }
                } else {
                    visitor.visit_f64(n)
                }
            }
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(SeqAcc {
                items: items.iter(),
                index: 0,
            }),
            Value::Object(members) => visitor.visit_map(MapAcc {
                members: members.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self {
            Value::String(s) => visitor.visit_enum(de::value::BorrowedStrDeserializer::new(s)),
            other => Err(expected("a string", other)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    // Each typed request asks for what it expects: answering only that (instead
    // of forwarding to `deserialize_any`) keeps serde from instantiating every
    // `visit_*` of every derived visitor, which is most of the code size.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Value::Object(members) => visitor.visit_map(MapAcc {
                members: members.iter(),
                value: None,
            }),
            other => Err(expected("an object", other)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Value::Array(items) => visitor.visit_seq(SeqAcc {
                items: items.iter(),
                index: 0,
            }),
            other => Err(expected("an array", other)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Value::String(s) => visitor.visit_borrowed_str(s),
            other => Err(expected("a string", other)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Value::Bool(b) => visitor.visit_bool(*b),
            other => Err(expected("a boolean", other)),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                if *n >= 0.0 {
                    visitor.visit_u64(*n as u64)
                } else {
                    visitor.visit_i64(*n as i64)
                }
            }
            Value::Number(_) => Err(DeError::new("expected a whole number")),
            other => Err(expected("a number", other)),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Value::Number(n) => visitor.visit_f64(*n),
            other => Err(expected("a number", other)),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Value::Null => visitor.visit_unit(),
            other => Err(expected("null", other)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! { bytes byte_buf }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_f64(visitor)
    }
}

/// `[3]`: a path segment for a list item.
pub(crate) fn index(i: usize) -> String {
    let mut out = String::from("[");
    crate::money::text::push_u64(&mut out, i as u64);
    out.push(']');
    out
}

/// `expected a string, found number`: one message for every type mismatch.
pub(crate) fn expected(what: &str, found: &Value) -> DeError {
    DeError {
        segments: Vec::new(),
        message: ["expected ", what, ", found ", found.type_name()].concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_measures_json() {
        let text = r#"{"a":[1,2.5,"x\"y"],"b":null,"c":true,"d":{"e":"é"}}"#;
        let v = Value::from_json(text);
        assert_eq!(v.json_len(), text.len());
        assert_eq!(v.get("c"), Some(&Value::Bool(true)));
        assert_eq!(v.get("a").map(Value::type_name), Some("array"));
    }

    #[test]
    fn typed_values_with_paths() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(rename_all = "camelCase")]
        struct Asset {
            model_year: i32,
            #[allow(dead_code)]
            valuation: rust_decimal::Decimal,
        }
        #[derive(serde::Deserialize, Debug)]
        struct Customer {
            assets: Vec<Asset>,
            locale: Option<crate::validation::Locale>,
        }
        let ok =
            Value::from_json(r#"{"assets":[{"modelYear":2021,"valuation":"1.5"}],"locale":"sv"}"#);
        let c: Customer = from_value(&ok).unwrap();
        assert_eq!(c.assets[0].model_year, 2021);
        assert_eq!(c.locale, Some(crate::validation::Locale::Sv));
        let bad = Value::from_json(
            r#"{"assets":[{"modelYear":2021,"valuation":"1.5"},{"modelYear":"x","valuation":1}]}"#,
        );
        let e = from_value::<Customer>(&bad).unwrap_err();
        assert_eq!(e.path(), "assets[1].modelYear");
        let bad = Value::from_json(r#"{"assets":[],"locale":"fr"}"#);
        assert_eq!(from_value::<Customer>(&bad).unwrap_err().path(), "locale");
    }

    #[test]
    fn refuses_deep_nesting() {
        let text = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(serde_json::from_str::<Value>(&text).is_err());
    }
}
