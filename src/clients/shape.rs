//! Responses as data: each response type's wire shape is a small static table
//! ([`Kind`]), and one walker ([`shape`]) checks a parsed body against it and
//! builds what JavaScript receives: the known fields only, in the table's order,
//! optional fields left out when absent or `null`, money as decimal strings.
//!
//! This replaces a derived `Deserialize` + `Serialize` pair per response type
//! (the Tuum offer alone was ~22 KB of wasm): the tables are a few hundred
//! bytes of data and the walker exists once. The typed structs keep their
//! tsify derives for the generated TypeScript, and on the host their serde
//! derives, so the tests read every shaped response back into its struct
//! ([`Shaped`] derefs to it) and the tables cannot drift from the types.

use rust_decimal::Decimal;

use crate::json::Value;

/// What a value must be.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A string.
    Str,
    /// `true` or `false`.
    Bool,
    /// An integer in `min..=max` (named `name` in messages: `u32`, `u8`...).
    Int(i64, i64, &'static str),
    /// Money or a rate: a JSON number or a decimal string, given to
    /// JavaScript as a decimal string (exactly what `rust_decimal` reads and writes).
    Money,
    /// Money or a rate in a request that the provider wants as a JSON number:
    /// read like [`Kind::Money`], written as the number nearest the decimal.
    Number,
    /// A calendar date `YYYY-MM-DD` ([`crate::civil::Date`]).
    Date,
    /// An array of one kind.
    List(&'static Kind),
    /// An object with these fields (others are dropped).
    Obj(&'static [Field]),
    /// An object with these fields that refuses any other (serde's
    /// `deny_unknown_fields`): the requests' shapes.
    Strict(&'static [Field]),
}

/// What a missing field means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// It must be there (and not `null`).
    Required,
    /// `Option` skipped when `None`: absent or `null` leaves it out.
    Optional,
    /// `Option` written as `null` when `None`.
    Nullable,
}

/// One field of an object.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key, as JavaScript sees it.
    pub key: &'static str,
    /// Another key the wire may use instead (`""` for none).
    pub alias: &'static str,
    /// Its kind.
    pub kind: Kind,
    /// Whether it may be missing.
    pub presence: Presence,
}

/// A required field.
pub const fn req(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        alias: "",
        kind,
        presence: Presence::Required,
    }
}

/// An optional field (left out when absent or `null`).
pub const fn opt(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        alias: "",
        kind,
        presence: Presence::Optional,
    }
}

/// An optional field written as `null` when absent.
pub const fn nullable(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        alias: "",
        kind,
        presence: Presence::Nullable,
    }
}

/// A `u32`.
pub const U32: Kind = Kind::Int(0, u32::MAX as i64, "u32");
/// A `u8`.
pub const U8: Kind = Kind::Int(0, u8::MAX as i64, "u8");
/// An `i32`.
pub const I32: Kind = Kind::Int(i32::MIN as i64, i32::MAX as i64, "i32");
/// A `u64` (JSON numbers are exact up to 2^53).
pub const U64: Kind = Kind::Int(0, 1 << 53, "u64");
/// A list of strings.
pub const STRINGS: Kind = Kind::List(&Kind::Str);

/// A request or response type whose wire shape is known.
pub trait Wire {
    /// Its shape.
    const SHAPE: &'static Kind;
}

/// A checked response, ready for JavaScript, or a checked request, ready for
/// the wire: the shaped value tree. On the host it also derefs to the typed
/// struct (read from the tree on first use), which is how the tests check the
/// wire shapes, and a request can be built from its struct ([`Shaped::of`]).
pub struct Shaped<T> {
    value: Value,
    #[cfg(not(target_arch = "wasm32"))]
    typed: std::cell::OnceCell<T>,
    #[cfg(target_arch = "wasm32")]
    typed: std::marker::PhantomData<fn() -> T>,
}

impl<T> Shaped<T> {
    /// A shaped value (already checked, or built by the client itself).
    pub fn new(value: Value) -> Shaped<T> {
        Shaped {
            value,
            typed: Default::default(),
        }
    }

    /// The tree JavaScript receives.
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// The tree JavaScript receives.
    pub fn into_value(self) -> Value {
        self.value
    }
}

impl<T> std::fmt::Debug for Shaped<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Shaped").field(&self.value).finish()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<T: serde::de::DeserializeOwned> std::ops::Deref for Shaped<T> {
    type Target = T;

    /// The typed view (host only). Panics if the shaped tree does not read
    /// back into `T`: that is a table out of step with its struct, which the
    /// tests exist to catch.
    fn deref(&self) -> &T {
        self.typed.get_or_init(|| {
            crate::json::from_value(&self.value)
                .unwrap_or_else(|e| panic!("shape table out of step with its type: {e}"))
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<T: Wire + serde::Serialize> Shaped<T> {
    /// A request from its typed struct (host only: the tests' way in), checked
    /// against its table exactly as a JavaScript argument is. Panics if the
    /// struct does not fit its table.
    pub fn of(typed: &T) -> Shaped<T> {
        let text = serde_json::to_string(typed).expect("a request serialises");
        let tree = crate::json::parse(&text).expect("serde_json writes JSON");
        let value = shape(&tree, T::SHAPE)
            .unwrap_or_else(|e| panic!("request out of step with its table: {e:?}"));
        Shaped::new(value)
    }
}

/// Checks `value` against `kind` and builds the value JavaScript receives
/// (a response) or the provider's wire tree (a request). Object members are
/// read in their own order, like serde: the first problem met is reported.
///
/// # Errors
/// `(path, message)` of the first problem, in serde's words.
///
/// # Examples
/// ```
/// use lendkit::clients::shape::{opt, req, shape, Kind, U32};
/// use lendkit::json::parse;
/// static T: Kind = Kind::Obj(&[req("amount", Kind::Money), opt("term", U32)]);
/// let v = parse(r#"{"amount":609.15,"term":null,"extra":1}"#).unwrap();
/// let mut out = String::new();
/// lendkit::clients::shape::write_json(&shape(&v, &T).unwrap(), &mut out);
/// assert_eq!(out, r#"{"amount":"609.15"}"#);
/// let bad = parse(r#"{"amount":"x"}"#).unwrap();
/// assert_eq!(shape(&bad, &T).unwrap_err().0, "amount");
/// ```
pub fn shape(value: &Value, kind: &Kind) -> Result<Value, (String, String)> {
    let mut path = String::new();
    walk(value, kind, &mut path).map_err(|m| (path, m))
}

fn expected(value: &Value, what: &str) -> String {
    let got = match value {
        Value::String(s) => format!("string {s:?}"),
        Value::Number(n) => format!("floating point `{n}`"),
        Value::Bool(b) => format!("boolean `{b}`"),
        other => other.type_name().to_owned(),
    };
    format!("invalid type: {got}, expected {what}")
}

fn walk(value: &Value, kind: &Kind, path: &mut String) -> Result<Value, String> {
    match (kind, value) {
        (Kind::Str, Value::String(_)) | (Kind::Bool, Value::Bool(_)) => Ok(value.clone()),
        (Kind::Str, v) => Err(expected(v, "a string")),
        (Kind::Bool, v) => Err(expected(v, "a boolean")),
        (Kind::Int(min, max, name), v) => match v {
            Value::Number(n) if n.fract() == 0.0 && *n >= *min as f64 && *n <= *max as f64 => {
                Ok(Value::Number(*n))
            }
            v => Err(expected(v, name)),
        },
        (Kind::Money | Kind::Number, v) => {
            let d = match v {
                Value::Number(n) => n.to_string().parse::<Decimal>().ok(),
                Value::String(s) => s
                    .parse::<Decimal>()
                    .or_else(|_| Decimal::from_scientific(s))
                    .ok(),
                _ => None,
            };
            let d =
                d.ok_or_else(|| expected(v, "a Decimal type representing a fixed-point number"))?;
            Ok(match kind {
                Kind::Number => number(&d),
                _ => Value::String(d.to_string()),
            })
        }
        (Kind::Date, Value::String(s)) => crate::civil::Date::parse(s)
            .map(|d| Value::String(d.to_string()))
            .ok_or_else(|| "input is not a valid YYYY-MM-DD date".to_owned()),
        (Kind::Date, v) => Err(expected(v, "a formatted date string")),
        (Kind::List(item), Value::Array(items)) => {
            let base = path.len();
            let mut out = Vec::with_capacity(items.len());
            for (i, v) in items.iter().enumerate() {
                path.push('[');
                path.push_str(&i.to_string());
                path.push(']');
                out.push(walk(v, item, path)?);
                path.truncate(base);
            }
            Ok(Value::Array(out))
        }
        (Kind::List(_), v) => Err(expected(v, "a sequence")),
        (Kind::Obj(fields) | Kind::Strict(fields), Value::Object(members)) => {
            let strict = matches!(kind, Kind::Strict(_));
            let mut got: Vec<Option<Value>> = vec![None; fields.len()];
            let mut seen = vec![false; fields.len()];
            for (k, v) in members {
                let Some(i) = fields
                    .iter()
                    .position(|f| f.key == k || (!f.alias.is_empty() && f.alias == k))
                else {
                    if strict {
                        return Err(unknown_field(k, fields));
                    }
                    continue;
                };
                let field = &fields[i];
                if seen[i] {
                    return Err(format!("duplicate field `{}`", field.key));
                }
                seen[i] = true;
                if matches!(v, Value::Null) && field.presence != Presence::Required {
                    continue;
                }
                let base = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(field.key);
                got[i] = Some(walk(v, &field.kind, path)?);
                path.truncate(base);
            }
            let mut out = Vec::with_capacity(fields.len());
            for (field, value) in fields.iter().zip(got) {
                match (value, field.presence) {
                    (Some(v), _) => out.push((field.key.to_owned(), v)),
                    (None, Presence::Required) => {
                        return Err(format!("missing field `{}`", field.key))
                    }
                    (None, Presence::Optional) => {}
                    (None, Presence::Nullable) => out.push((field.key.to_owned(), Value::Null)),
                }
            }
            Ok(Value::Object(out))
        }
        (Kind::Obj(_) | Kind::Strict(_), v) => Err(expected(v, "a map")),
    }
}

/// serde's words for a member `deny_unknown_fields` refuses.
fn unknown_field(key: &str, fields: &[Field]) -> String {
    let mut m = format!("unknown field `{key}`, ");
    match fields {
        [] => m.push_str("there are no fields"),
        [one] => m.push_str(&format!("expected `{}`", one.key)),
        _ => {
            m.push_str("expected one of ");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    m.push_str(", ");
                }
                m.push('`');
                m.push_str(f.key);
                m.push('`');
            }
        }
    }
    m
}

/// A decimal as the JSON number a provider's wire wants: the `f64` nearest
/// it (read by the module's JSON number reader from the decimal's shortest
/// text, exact for every amount below 2^53 minor units and 22 decimals),
/// without core's float parser and its tables.
pub fn number(value: &Decimal) -> Value {
    let text = value.normalize().to_string();
    match crate::json::parse(&text) {
        Ok(n @ Value::Number(_)) => n,
        _ => Value::Number(f64::NAN),
    }
}

/// A value as compact JSON text.
pub fn write_json(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) if n.is_finite() => out.push_str(&n.to_string()),
        Value::Number(_) => out.push_str("null"),
        Value::String(s) => write_str(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(key, out);
                out.push(':');
                write_json(item, out);
            }
            out.push('}');
        }
    }
}

/// A JSON string literal with its escapes.
pub fn write_str(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
