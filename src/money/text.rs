//! Numbers as text without `core::fmt`: what the pricing module (a product
//! page's first load) writes into messages and JSON. `format!` and
//! `to_string()` on numbers bring `fmt::write`, `Formatter::pad_integral` and
//! rust_decimal's `ArrayString` path into the wasm; these write the same text
//! by hand.

use rust_decimal::Decimal;

/// Appends `v` as `write!(out, "{v}")` does.
pub fn push_u64(out: &mut String, v: u64) {
    crate::civil::push_padded(out, v, 1);
}

/// Appends `v` as `write!(out, "{v}")` does.
pub fn push_i64(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    push_u64(out, v.unsigned_abs());
}

/// `v` as `v.to_string()` writes it.
pub fn u64_string(v: u64) -> String {
    let mut out = String::new();
    push_u64(&mut out, v);
    out
}

/// Appends `d` exactly as `d.to_string()` writes it (rust_decimal's `Display`
/// without a precision): the sign when the sign bit is set (so `-0.00` too),
/// the mantissa's digits with the point `scale` digits from the right, and a
/// `0` before a leading point.
pub fn push_decimal(out: &mut String, d: &Decimal) {
    if d.is_sign_negative() {
        out.push('-');
    }
    let m = d.mantissa().unsigned_abs();
    // The 96-bit mantissa as three words, divided by ten word by word (u64
    // arithmetic only: no 128-bit division in the wasm).
    let mut words = [(m >> 64) as u32, (m >> 32) as u32, m as u32];
    // At most 29 digits (2^96 < 10^29), and scale <= 28.
    let mut buf = [b'0'; 30];
    let mut i = buf.len();
    while words != [0; 3] {
        let mut rem = 0u64;
        for w in &mut words {
            let cur = (rem << 32) | u64::from(*w);
            *w = (cur / 10) as u32;
            rem = cur % 10;
        }
        i -= 1;
        buf[i] = b'0' + rem as u8;
    }
    let scale = d.scale() as usize;
    let start = i.min(buf.len() - scale);
    let point = buf.len() - scale;
    if start == point {
        out.push('0');
    }
    for (k, &b) in buf.iter().enumerate().skip(start) {
        if k == point {
            out.push('.');
        }
        out.push(char::from(b));
    }
}

/// `d` as `d.to_string()` writes it.
pub fn decimal_string(d: &Decimal) -> String {
    let mut out = String::new();
    push_decimal(&mut out, d);
    out
}

/// Serializes a [`Decimal`] as a string, as `rust_decimal::serde::str` does
/// (for `#[serde(serialize_with)]`).
///
/// # Errors
/// The serializer's own.
pub fn serialize_str<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&decimal_string(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(d: Decimal) {
        assert_eq!(decimal_string(&d), d.to_string(), "{d:?}");
        assert_eq!(
            crate::json::to_string(&Str(d)).unwrap(),
            serde_json::to_string(&Theirs(d)).unwrap(),
            "{d:?}"
        );
    }

    #[derive(serde::Serialize)]
    struct Str(#[serde(serialize_with = "serialize_str")] Decimal);
    #[derive(serde::Serialize)]
    struct Theirs(#[serde(with = "rust_decimal::serde::str")] Decimal);

    #[test]
    fn decimals_agree_with_display() {
        for d in [
            Decimal::ZERO,
            Decimal::ONE,
            Decimal::MAX,
            Decimal::MIN,
            -Decimal::ZERO,
        ] {
            check(d);
        }
        for scale in 0..=28 {
            for m in [0i128, 1, -1, 5, -5, 10, 18_697, -18_697, 1 << 32, 1 << 64] {
                check(Decimal::from_i128_with_scale(m, scale));
            }
            check(Decimal::from_i128_with_scale((1i128 << 96) - 1, scale));
            check(-Decimal::from_i128_with_scale((1i128 << 96) - 1, scale));
            check(-Decimal::from_i128_with_scale(0, scale));
        }
        // Pseudo-random mantissas and scales (xorshift).
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let hi = u128::from(x >> 32) & 0xffff_ffff;
            let m = (hi << 64 | u128::from(x.rotate_left(17))) >> (x % 96);
            let mut d = Decimal::from_i128_with_scale(m as i128, (x % 29) as u32);
            if x & 1 == 1 {
                d = -d;
            }
            check(d);
            check(d.normalize());
            check(d.round_dp((x % 7) as u32));
        }
    }

    #[test]
    fn serde_messages_agree_with_its_defaults() {
        use crate::json::DeError;
        use serde::de::Error as _;
        const NAMES: [&str; 4] = ["a", "bc", "d_e", "fG"];
        for n in 0..=NAMES.len() {
            let names: &'static [&'static str] = &NAMES[..n];
            assert_eq!(
                DeError::unknown_variant("x y", names).message,
                serde_json::Error::unknown_variant("x y", names).to_string()
            );
            assert_eq!(
                DeError::unknown_field("zz", names).message,
                serde_json::Error::unknown_field("zz", names).to_string()
            );
        }
        assert_eq!(
            DeError::missing_field("termMonths").message,
            serde_json::Error::missing_field("termMonths").to_string()
        );
        assert_eq!(
            DeError::duplicate_field("fees").message,
            serde_json::Error::duplicate_field("fees").to_string()
        );
    }

    #[test]
    fn error_messages_agree_with_display() {
        let e = crate::Error::Invalid(vec![
            crate::error::FieldError::new("a[1]", "x", "m"),
            crate::error::FieldError::new("b", "y", "n"),
        ]);
        assert_eq!(e.message(), "invalid input: a[1] (x): m; b (y): n");
        let c = crate::Error::Computation {
            code: "apr_not_converged",
            message: "the rate did not settle in 200 iterations".into(),
        };
        assert_eq!(c.message(), c.to_string());
        assert_eq!(
            c.to_string(),
            "apr_not_converged: the rate did not settle in 200 iterations"
        );
        let p = crate::json::parse("[1,").unwrap_err();
        assert_eq!(p.text(), format!("{} at byte {}", p.message, p.offset));
    }

    #[test]
    fn integers_agree_with_display() {
        for v in [
            0i64,
            1,
            -1,
            9,
            10,
            -10,
            99,
            100,
            i64::MAX,
            i64::MIN,
            1 << 53,
            -(1 << 31),
        ] {
            let mut s = String::new();
            push_i64(&mut s, v);
            assert_eq!(s, v.to_string());
        }
        for v in [0u64, 7, 42, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(u64_string(v), v.to_string());
        }
    }
}
