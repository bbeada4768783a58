//! A strict JSON text parser (RFC 8259) into a [`Value`] tree.

use std::fmt;

use super::value::{Value, MAX_DEPTH};

/// Why JSON text could not be parsed: what, and at which byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong.
    pub message: &'static str,
    /// The byte offset where it was found.
    pub offset: usize,
}

impl ParseError {
    /// What `Display` writes (`"expected a value at byte 3"`), built without
    /// `core::fmt` for the pricing module.
    pub fn text(&self) -> String {
        let mut out = String::from(self.message);
        out.push_str(" at byte ");
        crate::money::text::push_u64(&mut out, self.offset as u64);
        out
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl std::error::Error for ParseError {}

/// Parses JSON text strictly: one value, surrounded only by whitespace; objects
/// nest at most [`MAX_DEPTH`] deep; a repeated key keeps its last value (like
/// `JSON.parse`).
///
/// # Errors
/// A [`ParseError`] with the offset of the first problem.
///
/// # Examples
/// ```
/// use lendkit::json::{parse, Value};
/// let v = parse(r#"{"a": [1, "x\u00e9"], "b": null}"#).unwrap();
/// assert_eq!(v.get("b"), Some(&Value::Null));
/// assert!(parse("[1,]").is_err());
/// assert!(parse("01").is_err());
/// ```
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("unexpected text after the value"));
    }
    Ok(v)
}

/// The lean path's object reader (see [`super::text`]): the members of the
/// object that is all of `text`, one at a time, each value parsed as
/// [`parse`] parses it and handed to `each` with the index of its key in
/// `names`, without building the object (no `String` per key, no `Vec` of
/// members). A key outside `names` is skipped, or with `deny` refused; a
/// repeated key is read again, so its last value is the one kept, as
/// [`parse`] keeps it. `None` for anything [`parse`] refuses, a key with an
/// escape, and any `None` of `each`.
pub(crate) fn members(
    text: &str,
    names: &[&str],
    deny: bool,
    each: &mut dyn FnMut(usize, &Value) -> Option<()>,
) -> Option<()> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    if p.skip()? != b'{' {
        return None;
    }
    let mut c = p.skip()?;
    if c != b'}' {
        loop {
            if c != b'"' {
                return None;
            }
            let key = p.plain_string()?;
            let index = names.iter().position(|n| n.as_bytes() == key);
            if p.skip()? != b':' {
                return None;
            }
            let value = p.value(1).ok()?;
            match index {
                Some(i) => each(i, &value)?,
                None if deny => return None,
                None => {}
            }
            match p.skip()? {
                b',' => c = p.skip()?,
                b'}' => break,
                _ => return None,
            }
        }
    }
    p.ws();
    (p.i == p.s.len()).then_some(())
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, message: &'static str) -> ParseError {
        ParseError {
            message,
            offset: self.i,
        }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// Skips whitespace, then takes the next byte.
    fn skip(&mut self) -> Option<u8> {
        loop {
            let c = *self.s.get(self.i)?;
            self.i += 1;
            if !matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(c);
            }
        }
    }

    /// The rest of a string whose opening quote is taken, if it has no
    /// escape (or control character): its bytes, the closing quote taken.
    fn plain_string(&mut self) -> Option<&'a [u8]> {
        let start = self.i;
        loop {
            match *self.s.get(self.i)? {
                b'"' => break,
                b'\\' | 0..=0x1f => return None,
                _ => self.i += 1,
            }
        }
        self.i += 1;
        self.s.get(start..self.i - 1)
    }

    fn literal(&mut self, word: &'static [u8], v: Value) -> Result<Value, ParseError> {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.err("invalid literal"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.err("payload nests too deeply"));
        }
        self.ws();
        match self.peek() {
            None => Err(self.err("unexpected end of input")),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Value::Array(items));
                        }
                        _ => return Err(self.err("expected `,` or `]`")),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut members: Vec<(String, Value)> = Vec::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Value::Object(members));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.err("expected a key"));
                    }
                    let key = self.string()?;
                    self.ws();
                    if self.peek() != Some(b':') {
                        return Err(self.err("expected `:`"));
                    }
                    self.i += 1;
                    let value = self.value(depth + 1)?;
                    if let Some(slot) = members.iter_mut().find(|(k, _)| *k == key) {
                        slot.1 = value;
                    } else {
                        members.push((key, value));
                    }
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Value::Object(members));
                        }
                        _ => return Err(self.err("expected `,` or `}`")),
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err("unexpected character")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return Err(self.err("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        Ok(Value::Number(number_value(&self.s[start..self.i])))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err(self.err("invalid \\u escape")),
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.i;
            // Indexed here rather than through `peek`, which opt-level "z"
            // leaves a call per byte.
            while let Some(&c) = self.s.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so the
            // run is valid UTF-8.
            out.push_str(std::str::from_utf8(&self.s[start..self.i]).unwrap_or(""));
            match self.peek() {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.peek().ok_or_else(|| self.err("unterminated string"))?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi)
                                && self.s[self.i..].starts_with(b"\\u")
                            {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    self.i = save;
                                    0xFFFD
                                }
                            } else {
                                hi
                            };
                            // A lone surrogate becomes U+FFFD, as a JS string
                            // crossing into Rust does.
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(self.err("invalid escape")),
                    }
                }
                Some(_) => return Err(self.err("control character in a string")),
            }
        }
    }
}

/// The value of a JSON number already checked against the grammar. Exact
/// (correctly rounded) when the significant digits fit 2^53 and the decimal
/// exponent is within ±22 (Clinger's fast path: every count, year and fraction
/// a request holds); otherwise within a few ulps. This avoids core's `f64`
/// parser, whose tables are about 10 KB of wasm data; no boundary input needs
/// more (money crosses as decimal strings).
fn number_value(text: &[u8]) -> f64 {
    let (negative, mut rest) = match text.split_first() {
        Some((b'-', r)) => (true, r),
        _ => (false, text),
    };
    let mut mantissa: u64 = 0;
    let mut exp10: i32 = 0;
    let push = |d: u8, after_point: bool, m: &mut u64, e: &mut i32| {
        if *m < 1_000_000_000_000_000_000 {
            *m = *m * 10 + u64::from(d - b'0');
            if after_point {
                *e -= 1;
            }
        } else if !after_point {
            *e += 1;
        }
    };
    let mut after_point = false;
    while let Some((&c, r)) = rest.split_first() {
        match c {
            b'0'..=b'9' => push(c, after_point, &mut mantissa, &mut exp10),
            b'.' => after_point = true,
            _ => break,
        }
        rest = r;
    }
    if let Some((b'e' | b'E', r)) = rest.split_first() {
        let (sign, digits) = match r.split_first() {
            Some((b'-', d)) => (-1, d),
            Some((b'+', d)) => (1, d),
            _ => (1, r),
        };
        let mut e: i32 = 0;
        for &d in digits {
            e = (e * 10 + i32::from(d - b'0')).min(100_000);
        }
        exp10 = exp10.saturating_add(sign * e);
    }
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = mantissa as f64;
    let v = if mantissa == 0 {
        0.0
    } else if (0..=22).contains(&exp10) && mantissa < (1 << 53) {
        m * POW10[exp10 as usize]
    } else if (-22..0).contains(&exp10) && mantissa < (1 << 53) {
        m / POW10[(-exp10) as usize]
    } else if exp10 > 308 + 19 {
        f64::INFINITY
    } else if exp10 < -343 {
        0.0
    } else if exp10 >= 0 {
        m * 10f64.powi(exp10)
    } else {
        // Two steps keep 10^-exp10 finite down to 1e-343.
        m / 10f64.powi((-exp10).min(300)) / 10f64.powi((-exp10 - 300).max(0))
    };
    if negative {
        -v
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_serde_json_on_valid_text() {
        for text in [
            r#"{"a":[1,2.5,-0.125,1e3,"x\"y\\\/\b\f\n\r\t"],"b":null,"c":true,"d":{"e":"é"}}"#,
            r#" [ ] "#,
            r#"{}"#,
            r#""\ud83d\ude00 \u00e9""#,
            r#"[0, -0, 12345678901234567890, 1.5E-7]"#,
        ] {
            let want: Value = serde_json::from_str(text).unwrap();
            assert_eq!(parse(text).unwrap(), want, "{text}");
        }
    }

    #[test]
    fn refuses_what_json_refuses() {
        for text in [
            "",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "-",
            "1.",
            ".5",
            "+1",
            "1e",
            "[1",
            "{\"a\"}",
            "nul",
            "\"a",
            "\"\u{1}\"",
            "\"\\x\"",
            "1 2",
            "{a:1}",
            "NaN",
        ] {
            assert!(parse(text).is_err(), "{text:?}");
        }
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn numbers_are_exact_on_the_fast_path() {
        for text in [
            "0",
            "-0",
            "7",
            "30",
            "2024",
            "0.5",
            "0.091",
            "186.97",
            "-12.25",
            "1e3",
            "2.5E-3",
            "9007199254740991",
            "123456.789012",
            "1e22",
            "1e-22",
        ] {
            let want: f64 = text.parse().unwrap();
            assert_eq!(parse(text).unwrap(), Value::Number(want), "{text}");
        }
        for text in ["1e400", "-1e400"] {
            assert!(parse(text).unwrap().as_f64().is_some_and(f64::is_infinite));
        }
        for text in ["12345678901234567890123", "1.5e300", "2.5e-310", "1e-400"] {
            let want: f64 = text.parse().unwrap();
            let got = parse(text).unwrap().as_f64().unwrap();
            assert!(
                (got - want).abs() <= want.abs() * 1e-14,
                "{text}: {got} vs {want}"
            );
        }
    }

    #[test]
    fn repeated_keys_keep_the_last_value() {
        let v = parse(r#"{"a":1,"a":2}"#).unwrap();
        assert_eq!(v, Value::Object(vec![("a".into(), Value::Number(2.0))]));
    }
}
