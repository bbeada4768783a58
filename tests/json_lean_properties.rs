//! Property tests of the lean path from JSON text (`json::from_text`, what the
//! wasm `simulate` entries try first) against the tree path (`json::parse`,
//! then `FromTree::read`): on `JSON.stringify`-like texts of random requests
//! and on mutations of them, the lean path gives the very value the tree path
//! gives, or `None`, and it gives `None` only where the tree path fails or a
//! key has an escape (so the lean path is taken whenever it can be).
#![cfg(not(target_arch = "wasm32"))]

use lendkit::json::{from_text, parse, DeError, FromTree};
use lendkit::money::DecimalText;
use lendkit::pricing::*;
use proptest::prelude::*;
use proptest::sample::select;

fn text_or_number() -> impl Strategy<Value = DecimalText> {
    prop_oneof![
        8 => "[0-9]{1,7}(\\.[0-9]{1,4})?".prop_map(DecimalText::Text),
        1 => any::<String>().prop_map(DecimalText::Text),
        // Numbers the parser reads exactly (the core refuses them later).
        1 => (-1_000_000i64..1_000_000, 0u32..3).prop_map(|(n, e)| {
            DecimalText::Number(n as f64 / [1.0, 4.0, 100.0][e as usize])
        }),
    ]
}

/// A whole number `whole` takes: below 2^53 in magnitude.
fn count() -> impl Strategy<Value = i64> {
    prop_oneof![0i64..400, -(1i64 << 53) + 1..(1i64 << 53)]
}

fn fee() -> impl Strategy<Value = FeeInput> {
    (
        any::<String>(),
        text_or_number(),
        select(vec![
            FeeTiming::Upfront,
            FeeTiming::Financed,
            FeeTiming::FirstInstalment,
            FeeTiming::EachInstalment,
            FeeTiming::LastInstalment,
        ]),
    )
        .prop_map(|(kind, amount, timing)| FeeInput {
            kind,
            amount,
            timing,
        })
}

/// Any request the readers take (not necessarily one the core prices).
fn request() -> impl Strategy<Value = LoanRequest> {
    let money = (
        text_or_number(),
        prop_oneof!["[A-Z]{3}", any::<String>()],
        text_or_number(),
        proptest::option::of(text_or_number()),
        proptest::collection::vec(fee(), 0..3),
    );
    let counts = (
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(count()),
    );
    let kinds = (
        proptest::option::of(select(vec![
            PaymentFrequency::Weekly,
            PaymentFrequency::Fortnightly,
            PaymentFrequency::Monthly,
            PaymentFrequency::Quarterly,
            PaymentFrequency::Annual,
        ])),
        proptest::option::of(select(vec![RateBasis::Nominal, RateBasis::Effective])),
        proptest::option::of(select(vec![
            Repayment::Annuity,
            Repayment::Linear,
            Repayment::InterestOnly,
            Repayment::Balloon,
        ])),
        proptest::option::of(select(vec![AprRegime::Eu, AprRegime::Uk, AprRegime::Us])),
        proptest::option::of(select(vec![
            Profile::Nemuru,
            Profile::Standard,
            Profile::Exact,
        ])),
        proptest::option::of(any::<bool>()),
        proptest::option::of("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        proptest::option::of(any::<String>()),
    );
    (money, counts, kinds).prop_map(
        |(
            (principal, currency, annual_rate, balloon_amount, fees),
            (
                term_months,
                number_of_payments,
                amortisation_months,
                payment_free_months,
                payment_day,
            ),
            (
                payment_frequency,
                rate_basis,
                repayment,
                apr_regime,
                profile,
                include_schedule,
                start_date,
                first_payment_date,
            ),
        )| LoanRequest {
            principal,
            currency,
            term_months,
            number_of_payments,
            payment_frequency,
            annual_rate,
            rate_basis,
            repayment,
            balloon_amount,
            amortisation_months,
            fees,
            payment_free_months,
            start_date,
            payment_day,
            first_payment_date,
            apr_regime,
            profile,
            include_schedule,
        },
    )
}

/// The request's members as `JSON.stringify` writes them: key and value text.
fn members(request: &LoanRequest) -> Vec<(String, String)> {
    let serde_json::Value::Object(map) = serde_json::to_value(request).unwrap() else {
        unreachable!("a request is an object")
    };
    map.into_iter()
        .map(|(k, v)| (serde_json::to_string(&k).unwrap(), v.to_string()))
        .collect()
}

/// Values of every JSON type and of the edge cases of each reader.
const ODD: &[&str] = &[
    "null", "true", "false", "0", "-0", "3", "3.0", "1e1", "1E+2", "1.5", "-1", "4294967296",
    "9007199254740991", "9007199254740992", "-9007199254740991", "12345678901234567890",
    "1e400", "0.091", "01", "-", "1.", ".5", "+1", "\"\"", "\"x\"", "\"5000\"", "\"0.091\"",
    "\"\\u0035\\u0030\"", "\"a\\\"b\\\\c\"", "\"\\ud83d\\ude00\"", "\"é\"", "\"\\x\"",
    "\"monthly\"", "\"Monthly\"", "\"balloon\"", "\"exact\"", "\"eu\"", "\"upfront\"",
    "\"2024-01-15\"", "[]", "[1]", "[[]]", "{}", "{\"a\":1}",
    "[{\"type\":\"x\",\"amount\":\"5\",\"timing\":\"upfront\"}]",
    "[{\"type\":\"x\",\"amount\":\"5\",\"timing\":\"upfront\",\"z\":1}]",
    "[{\"type\":\"x\",\"amount\":5,\"timing\":\"financed\"},{\"type\":\"y\",\"amount\":\"1\",\"timing\":\"lastInstalment\"}]",
    "nul", "tru", "\"unterminated",
];

/// Keys besides the request's own.
const KEYS: &[&str] = &[
    "\"zz\"",
    "\"\"",
    "\"Principal\"",
    "\"principal \"",
    "\"fee\"",
    // A known key with an escape: the tree path reads it, the lean path
    // leaves it (so it is marked in `mutate`).
    "\"princip\\u0061l\"",
    "\"term\\u004donths\"",
];

/// Whitespace, JSON's and not JSON's.
const SPACE: &[&str] = &[
    "", "", "", " ", "\n", "\t", "\r\n  ", "\u{a0}", "\u{b}", "\u{c}",
];

/// Garbage to insert.
const JUNK: &[&str] = &[
    "x", "{", "}", "[", ",", ":", "\"", "\\", "0", "-", ".", "\u{0}", "é", "\u{feff}",
];

/// One change to a request's text.
#[derive(Debug, Clone)]
enum Mutation {
    Drop(usize),
    Repeat(usize, usize),
    Key(usize, usize),
    Value(usize, usize),
    Swap(usize, usize),
    Space(Vec<usize>),
    Truncate(usize),
    Insert(usize, usize),
    Append(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let n = 0usize..64;
    prop_oneof![
        1 => n.clone().prop_map(Mutation::Drop),
        1 => (n.clone(), 0..ODD.len() + 1).prop_map(|(i, v)| Mutation::Repeat(i, v)),
        1 => (n.clone(), 0..KEYS.len()).prop_map(|(i, k)| Mutation::Key(i, k)),
        3 => (n.clone(), 0..ODD.len()).prop_map(|(i, v)| Mutation::Value(i, v)),
        1 => (n.clone(), n).prop_map(|(i, j)| Mutation::Swap(i, j)),
        2 => proptest::collection::vec(0..SPACE.len(), 8).prop_map(Mutation::Space),
        1 => (0usize..4096).prop_map(Mutation::Truncate),
        1 => (0usize..4096, 0..JUNK.len()).prop_map(|(at, j)| Mutation::Insert(at, j)),
        1 => (0..JUNK.len()).prop_map(Mutation::Append),
    ]
}

/// Applies `changes`: the text, and whether the lean path may leave it to the
/// tree path even where that reads it: a known key with an escape, or a
/// repeated key (whose earlier value the lean path reads too, and the parser
/// drops).
fn mutate(mut members: Vec<(String, String)>, changes: &[Mutation]) -> (String, bool) {
    let mut may_refuse = false;
    let mut space = vec![0; 8];
    let mut edits = Vec::new();
    for change in changes {
        let len = members.len().max(1);
        match change {
            Mutation::Drop(i) if !members.is_empty() => {
                members.remove(i % len);
            }
            Mutation::Repeat(i, v) if !members.is_empty() => {
                let (key, value) = members[i % len].clone();
                let value = ODD.get(*v).map_or(value, |v| v.to_string());
                members.push((key, value));
                may_refuse = true;
            }
            Mutation::Key(i, k) => {
                let value = members.get(i % len).map_or("1".into(), |m| m.1.clone());
                may_refuse |= KEYS[*k].contains('\\');
                members.push((KEYS[*k].to_string(), value));
            }
            Mutation::Value(i, v) if !members.is_empty() => members[i % len].1 = ODD[*v].into(),
            Mutation::Swap(i, j) if !members.is_empty() => members.swap(i % len, j % len),
            Mutation::Space(s) => space.clone_from(s),
            Mutation::Truncate(_) | Mutation::Insert(..) | Mutation::Append(_) => {
                edits.push(change)
            }
            _ => {}
        }
    }
    // Whitespace around every token, from `space`.
    let ws = |k: usize| SPACE[space[k % space.len()]];
    let mut text = format!("{}{{{}", ws(0), ws(1));
    for (n, (key, value)) in members.iter().enumerate() {
        if n > 0 {
            text.push_str(&format!("{},{}", ws(2), ws(3)));
        }
        text.push_str(&format!("{key}{}:{}{value}", ws(4), ws(5)));
    }
    text.push_str(&format!("{}}}{}", ws(6), ws(7)));
    for edit in edits {
        match edit {
            Mutation::Truncate(i) => text.truncate(boundary(&text, *i)),
            Mutation::Insert(i, j) => text.insert_str(boundary(&text, *i), JUNK[*j]),
            Mutation::Append(j) => text.push_str(JUNK[*j]),
            _ => {}
        }
    }
    (text, may_refuse)
}

/// A char boundary of `text` from any number.
fn boundary(text: &str, i: usize) -> usize {
    let mut at = i % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The tree path's answer.
fn tree(text: &str) -> Option<Result<LoanRequest, DeError>> {
    parse(text).ok().map(|v| LoanRequest::read(&v))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// A request's own text: the lean path takes it, and reads the request.
    #[test]
    fn lean_path_reads_stringified_requests(request in request()) {
        let text = serde_json::to_string(&request).unwrap();
        let lean = from_text::<LoanRequest>(&text);
        prop_assert_eq!(lean.as_ref(), Some(&request), "{}", text);
        prop_assert_eq!(tree(&text), Some(Ok(request)));
    }

    /// Any change to it: the lean path gives the tree path's value, and
    /// leaves only what the tree path refuses (or a key with an escape, or a
    /// repeated key).
    #[test]
    fn lean_path_is_the_tree_path_or_none(
        request in request(),
        changes in proptest::collection::vec(mutation(), 1..4),
    ) {
        let (text, may_refuse) = mutate(members(&request), &changes);
        let tree = tree(&text);
        let tree_ok = matches!(tree, Some(Ok(_)));
        match from_text::<LoanRequest>(&text) {
            Some(lean) => prop_assert_eq!(tree, Some(Ok(lean)), "{}", text),
            None => prop_assert!(!tree_ok || may_refuse, "lean path refused {}", text),
        }
    }
}
