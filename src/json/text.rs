//! The lean path from JSON text to a typed input: the top object's members
//! are parsed one at a time and handed straight to the type's own reader,
//! with no tree for the object: no `String` per key, no `Vec` of members
//! (a member's value is still parsed on its own, so a string value is a
//! short-lived `String` the reader copies).
//!
//! A struct whose `from_tree_struct!` says `text` has one reader for both
//! paths ([`FromText::read_src`]): over a [`Src::Tree`] it is its
//! [`FromTree`] reader; over a [`Src::Text`] its members come from the text,
//! each value parsed by [`super::parse`]'s own value parser, so the reader
//! sees exactly what the tree would hold (a repeated key is read again, so
//! the last value is kept, as the parser keeps it). The lean path gives up
//! (`None`) on a key with an escape and on every error, whatever its message
//! and path: the caller then runs the tree path, which gives the very same
//! value or error. No field list, message or path is written twice, and the
//! wasm module holds no second reader per field type (one, per type, from
//! text would cost about three times this path's size).

use super::parse::members;
use super::read::fields;
use super::{DeError, FromTree, Value};

/// Where a struct's reader takes its members from.
#[derive(Debug, Clone, Copy)]
pub enum Src<'a> {
    /// A parsed tree.
    Tree(&'a Value),
    /// The JSON text of the value (the lean path: any `Err` means "ask the
    /// tree path").
    Text(&'a str),
}

/// A struct read from a tree or, on the lean path, straight from JSON text.
pub trait FromText: FromTree {
    /// Reads a value: from a tree as [`FromTree::read`] does; from text, the
    /// value the tree path gives, or an `Err` where only the tree path can
    /// tell (its message is not the tree path's: never show it).
    ///
    /// # Errors
    /// From a tree, [`FromTree::read`]'s; from text, any reason to give up.
    fn read_src(src: Src<'_>) -> Result<Self, DeError>;
}

/// Reads JSON text as a `T` on the lean path, or `None` where only the tree
/// path ([`super::parse`], then [`FromTree::read`]) can tell: `Some` is the
/// very value the tree path gives.
///
/// # Examples
/// ```
/// use lendkit::json::from_text;
/// use lendkit::pricing::LoanRequest;
/// let text = r#"{"principal":"5000","currency":"EUR","termMonths":30,"annualRate":"0.091"}"#;
/// let r: LoanRequest = from_text(text).unwrap();
/// assert_eq!(r, LoanRequest::monthly("5000", "EUR", 30, "0.091"));
/// // An error (here an unknown key, a number for a string), or a key with an
/// // escape: left to the tree path.
/// for odd in [r#""5000","x":1"#, r#""5000","currency":1"#, r#""5000","\u0063urrency":"EUR""#] {
///     let text = text.replacen(r#""5000""#, odd, 1);
///     assert!(from_text::<LoanRequest>(&text).is_none(), "{text}");
/// }
/// ```
pub fn from_text<T: FromText>(text: &str) -> Option<T> {
    T::read_src(Src::Text(text)).ok()
}

/// A struct's members as [`fields`] gives them from a tree, or from text (the
/// whole text must be that one object).
///
/// # Errors
/// From a tree, [`fields`]'s; from text, any reason to give up.
pub fn fields_src(
    src: Src<'_>,
    names: &'static [&'static str],
    deny: bool,
    each: &mut dyn FnMut(usize, &Value) -> Result<(), DeError>,
) -> Result<(), DeError> {
    match src {
        Src::Tree(v) => fields(v, names, deny, each),
        Src::Text(text) => members(text, names, deny, &mut |i, v| each(i, v).ok())
            // Never shown (the tree path's error is), so no message.
            .ok_or_else(|| DeError::new("")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;
    use crate::pricing::LoanRequest;

    /// The tree path's answer: the parser's, then the reader's.
    fn tree(text: &str) -> Option<Result<LoanRequest, DeError>> {
        parse(text).ok().map(|v| LoanRequest::read(&v))
    }

    /// Checks the lean path against the tree path; whether it was taken.
    fn lean(text: &str) -> bool {
        let lean = from_text::<LoanRequest>(text);
        if let Some(lean) = &lean {
            assert_eq!(tree(text), Some(Ok(lean.clone())), "{text}");
        }
        lean.is_some()
    }

    const SUMMARY: &str = r#"{"principal":"5000","currency":"EUR","termMonths":30,"annualRate":"0.091","includeSchedule":false}"#;

    #[test]
    fn reads_a_summary_request_as_the_tree_does() {
        let mut want = LoanRequest::monthly("5000", "EUR", 30, "0.091");
        want.include_schedule = Some(false);
        assert_eq!(from_text::<LoanRequest>(SUMMARY), Some(want));
        assert!(lean(SUMMARY));
    }

    #[test]
    fn reads_what_the_tree_reads_the_same_way() {
        // Whitespace, `null`, whole numbers written as floats, escapes in
        // values, number amounts (which the core refuses), nested fees, a
        // repeated key (the last value is kept, as the parser keeps it).
        for text in [
            " {\n\t\"principal\" : \"5000\" , \"currency\":\"EUR\",\"annualRate\":\"0.091\" } \r\n",
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","termMonths":3.0}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","termMonths":1e1}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","termMonths":-0}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","termMonths":null}"#,
            r#"{"principal":"5\u0030","currency":"E\"R","annualRate":"0.091"}"#,
            r#"{"principal":5000,"currency":"EUR","annualRate":0.091}"#,
            r#"{"principal":"1","currency":"EUR","annualRate":"0.091","principal":"5000"}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","fees":[{"type":"x","amount":"5","timing":"upfront"}]}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","fees":[],"profile":"exact","repayment":"balloon"}"#,
        ] {
            assert!(lean(text), "{text}");
        }
    }

    #[test]
    fn leaves_the_rest_to_the_tree() {
        for text in [
            // Errors, each the tree path's to tell.
            "",
            "!threw",
            "null",
            "[]",
            "{}",
            r#"{"principal":"5000","currency":"EUR"}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","termMonths":1.5}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","termMonths":"3"}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","fees":null}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","profile":"Exact"}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","other":1}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091"} x"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091",}"#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091""#,
            r#"{"principal":"5000","currency":"EUR","annualRate":"0.091","termMonths":01}"#,
            "{\"principal\":\"5000\",\"currency\":\"EUR\",\"annualRate\":\"0.091\"}\u{a0}",
            // Valid, but a key with an escape.
            r#"{"princip\u0061l":"5000","currency":"EUR","annualRate":"0.091"}"#,
        ] {
            assert!(!lean(text), "{text}");
        }
        assert!(
            tree(r#"{"princip\u0061l":"5000","currency":"EUR","annualRate":"0.091"}"#)
                .is_some_and(|r| r.is_ok())
        );
    }

    /// JSON text of a tree (keys in any order), for [`mutations`].
    fn json(v: &Value) -> String {
        fn convert(v: &Value) -> serde_json::Value {
            match v {
                Value::Null => serde_json::Value::Null,
                Value::Bool(b) => (*b).into(),
                Value::Number(n) => {
                    serde_json::Number::from_f64(*n).map_or(serde_json::Value::Null, Into::into)
                }
                Value::String(s) => s.as_str().into(),
                Value::Array(items) => items.iter().map(convert).collect(),
                Value::Object(members) => members
                    .iter()
                    .map(|(k, v)| (k.clone(), convert(v)))
                    .collect::<serde_json::Map<_, _>>()
                    .into(),
            }
        }
        convert(v).to_string()
    }

    #[test]
    fn takes_every_text_the_tree_reads() {
        // The reader tests' mutations (each member removed, `null`, of every
        // type, nested...), as text: the lean path reads exactly what the
        // tree path reads (its keys have no escapes).
        let base = Value::from_json(
            r#"{"principal":"5000","currency":"EUR","termMonths":30,"numberOfPayments":30,
               "paymentFrequency":"monthly","annualRate":"0.091","rateBasis":"nominal","repayment":"balloon",
               "balloonAmount":"100","amortisationMonths":40,"fees":[{"type":"opening","amount":"10","timing":"upfront"}],
               "paymentFreeMonths":1,"startDate":"2024-01-15","paymentDay":5,"firstPaymentDate":"2024-02-05",
               "aprRegime":"uk","profile":"exact","includeSchedule":false}"#,
        );
        let (mut taken, mut all) = (0, 0);
        for v in crate::json::read::mutations(&base) {
            let text = json(&v);
            let ok = tree(&text).is_some_and(|r| r.is_ok());
            assert_eq!(lean(&text), ok, "{text}");
            taken += usize::from(ok);
            all += 1;
        }
        assert!(all > 300 && taken > 100, "{taken} of {all}");
    }
}
