//! A small serde serializer to compact JSON text: what the wasm boundary hands to
//! `JSON.parse` for every output. It writes what `serde_json::to_string` writes
//! (up to the spelling of numbers, which parse to the same values), without
//! serde_json's I/O writer, error codes and float formatter in the wasm module.

use std::fmt::{self, Write as _};

use serde::ser::{self, Serialize};

/// A value could not be written as JSON (a map key that is not a string or a
/// number, or an error from a type's own `Serialize`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError(pub String);

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WriteError {}

impl ser::Error for WriteError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        WriteError(msg.to_string())
    }
}

/// Writes `value` as compact JSON text. Non-finite floats are `null`, as in
/// serde_json.
///
/// # Errors
/// A [`WriteError`] for a map key that is neither a string nor a number, or
/// from the value's own `Serialize`.
///
/// # Examples
/// ```
/// use std::collections::BTreeMap;
/// let m: BTreeMap<&str, Vec<Option<f64>>> = [("a\"b", vec![Some(1.5), None])].into();
/// assert_eq!(lendkit::json::to_string(&m).unwrap(), r#"{"a\"b":[1.5,null]}"#);
/// ```
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, WriteError> {
    let mut w = Writer(String::new());
    value.serialize(&mut w)?;
    Ok(w.0)
}

/// The serializer: the text written so far.
pub struct Writer(String);

impl Writer {
    fn str(&mut self, s: &str) {
        let out = &mut self.0;
        out.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let esc = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            out.push_str(s.get(start..i).unwrap_or(""));
            if esc.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            } else {
                out.push_str(esc);
            }
            start = i + 1;
        }
        out.push_str(s.get(start..).unwrap_or(""));
        out.push('"');
    }

    fn uint(&mut self, v: u128) {
        let mut buf = [0u8; 40];
        let mut i = buf.len();
        let mut v = v;
        loop {
            i -= 1;
            buf[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        for &b in &buf[i..] {
            self.0.push(char::from(b));
        }
    }

    fn int(&mut self, v: i128) {
        if v < 0 {
            self.0.push('-');
        }
        self.uint(v.unsigned_abs());
    }

    fn float(&mut self, v: f64) {
        if v.is_finite() {
            super::float::push_f64(&mut self.0, v);
        } else {
            self.0.push_str("null");
        }
    }

    fn open(&mut self, open: &'static str, close: &'static str) -> Compound<'_> {
        self.0.push_str(open);
        Compound {
            w: self,
            first: true,
            close,
        }
    }

    /// `{"variant":` before a variant's content.
    fn variant(&mut self, variant: &str) {
        self.0.push('{');
        self.str(variant);
        self.0.push(':');
    }
}

/// An array, object or variant being written.
pub struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
    close: &'static str,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.0.push(',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.comma();
        value.serialize(&mut *self.w)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), WriteError> {
        self.comma();
        self.w.str(key);
        self.w.0.push(':');
        value.serialize(&mut *self.w)
    }

    fn finish(self) -> Result<(), WriteError> {
        self.w.0.push_str(self.close);
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), WriteError> {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), WriteError> {
        self.int(i128::from(v));
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), WriteError> {
        self.int(i128::from(v));
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), WriteError> {
        self.int(i128::from(v));
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), WriteError> {
        self.int(i128::from(v));
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), WriteError> {
        self.int(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), WriteError> {
        self.uint(u128::from(v));
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), WriteError> {
        self.uint(u128::from(v));
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), WriteError> {
        self.uint(u128::from(v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), WriteError> {
        self.uint(u128::from(v));
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), WriteError> {
        self.uint(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), WriteError> {
        if v.is_finite() {
            let _ = write!(self.0, "{v}");
        } else {
            self.0.push_str("null");
        }
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), WriteError> {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        self.str(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.str(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), WriteError> {
        let mut c = self.open("[", "]");
        for b in v {
            c.element(b)?;
        }
        c.finish()
    }
    fn serialize_none(self) -> Result<(), WriteError> {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), WriteError> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), WriteError> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), WriteError> {
        self.str(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.variant(variant);
        value.serialize(&mut *self)?;
        self.0.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, WriteError> {
        Ok(self.open("[", "]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, WriteError> {
        Ok(self.open("[", "]"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, WriteError> {
        Ok(self.open("[", "]"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, WriteError> {
        self.variant(variant);
        Ok(self.open("[", "]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, WriteError> {
        Ok(self.open("{", "}"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, WriteError> {
        Ok(self.open("{", "}"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, WriteError> {
        self.variant(variant);
        Ok(self.open("{", "}}"))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WriteError> {
        self.finish()
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WriteError> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WriteError> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WriteError> {
        self.finish()
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    /// A key is written like a value; a number or boolean is then quoted (as
    /// serde_json does), and anything else is refused.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), WriteError> {
        self.comma();
        let start = self.w.0.len();
        key.serialize(&mut *self.w)?;
        match self.w.0.as_bytes().get(start) {
            Some(b'"') => {}
            Some(b'-' | b'0'..=b'9' | b't' | b'f') => {
                self.w.0.insert(start, '"');
                self.w.0.push('"');
            }
            _ => return Err(WriteError("key must be a string".into())),
        }
        self.w.0.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), WriteError> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), WriteError> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), WriteError> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::to_string;
    use std::collections::BTreeMap;

    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct S {
        a_b: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        none: Option<i8>,
        opt: Option<i64>,
        text: String,
        list: Vec<E>,
        map: BTreeMap<u32, bool>,
        float: f64,
        nan: f64,
        unit: (),
        tuple: (i128, char),
    }

    #[derive(serde::Serialize)]
    enum E {
        Unit,
        New(u8),
        Tuple(u8, u8),
        Struct { x: u8 },
    }

    #[derive(serde::Serialize)]
    #[serde(tag = "type", rename_all = "snake_case")]
    enum Tagged {
        OneThing { v: u8 },
    }

    #[test]
    fn agrees_with_serde_json() {
        let s = S {
            a_b: 7,
            none: None,
            opt: Some(-3),
            text: "q\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}é😀/".into(),
            list: vec![E::Unit, E::New(1), E::Tuple(2, 3), E::Struct { x: 4 }],
            map: [(1, true), (20, false)].into(),
            float: 186.97,
            nan: f64::NAN,
            unit: (),
            tuple: (i128::MIN, 'ö'),
        };
        let ours = to_string(&s).unwrap();
        let theirs = serde_json::to_string(&s).unwrap();
        let parse = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        assert_eq!(parse(&ours), parse(&theirs));
        assert_eq!(ours.replace("186.97", ""), theirs.replace("186.97", ""));
        let t = Tagged::OneThing { v: 1 };
        assert_eq!(to_string(&t).unwrap(), serde_json::to_string(&t).unwrap());
        for f in [0.1f64, 1e21, 5e-324, -0.0, 5000.0, 1.7976931348623157e308] {
            let text = to_string(&f).unwrap();
            // JSON.parse reads any JSON number as the nearest double, as str::parse does.
            let ours: f64 = text.parse().expect(&text);
            assert_eq!(ours.to_bits(), f.to_bits());
        }
    }

    #[test]
    fn non_string_keys_are_refused() {
        let m: BTreeMap<Option<u8>, u8> = [(None, 1)].into();
        assert!(to_string(&m).is_err());
        let m: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into();
        assert!(to_string(&m).is_err());
    }
}
