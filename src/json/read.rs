//! Hand readers from the [`Value`] tree for the core's typed inputs: one small
//! function per type instead of a derived `Deserialize` (whose visitors are
//! most of a type's wasm code). Every message, path and check is the one
//! [`super::from_value`] gives through serde (the host tests compare the two),
//! and the messages are built with serde's own `de::Error` constructors.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::de::Error as _;

use super::float::f64_string;
use super::value::{expected, DeError};
use super::Value;
use crate::civil::Date;
use chrono::{DateTime, FixedOffset, Utc};

/// A type read from a [`Value`] tree, as [`super::from_value`] reads it.
pub trait FromTree: Sized {
    /// Reads a value.
    ///
    /// # Errors
    /// A [`DeError`] naming the path of the field at fault.
    fn read(v: &Value) -> Result<Self, DeError>;
}

impl FromTree for String {
    fn read(v: &Value) -> Result<Self, DeError> {
        match v {
            Value::String(s) => Ok(s.clone()),
            other => Err(expected("a string", other)),
        }
    }
}

impl FromTree for bool {
    fn read(v: &Value) -> Result<Self, DeError> {
        match v {
            Value::Bool(b) => Ok(*b),
            other => Err(expected("a boolean", other)),
        }
    }
}

/// serde's `invalid_type` / `invalid_value` message, written here rather than
/// through `serde::de::Unexpected`, whose `Display` (with its float arm) keeps
/// core's float formatting in the wasm module.
fn invalid(kind: &str, unexpected: &str, expected: &str) -> DeError {
    DeError::new(["invalid ", kind, ": ", unexpected, ", expected ", expected].concat())
}

/// serde's `Unexpected` text for a null, boolean, array or object.
fn unexpected(v: &Value) -> String {
    match v {
        Value::Bool(true) => "boolean `true`".into(),
        Value::Bool(false) => "boolean `false`".into(),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
        _ => "unit value".into(),
    }
}

/// A whole number as the deserializer hands it to serde's integer visitors.
fn whole(v: &Value, name: &str, min: i64, max: i64) -> Result<i64, DeError> {
    match v {
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
            let i = *n as i64;
            if i >= min && i <= max {
                Ok(i)
            } else {
                // serde's `Unexpected::Unsigned` / `Signed`: "integer `-3`".
                let mut text = String::from("integer `");
                crate::money::text::push_i64(&mut text, i);
                text.push('`');
                Err(invalid("value", &text, name))
            }
        }
        Value::Number(_) => Err(DeError::new("expected a whole number")),
        other => Err(expected("a number", other)),
    }
}

impl FromTree for u32 {
    fn read(v: &Value) -> Result<Self, DeError> {
        whole(v, "u32", 0, u32::MAX.into()).map(|i| i as u32)
    }
}

impl FromTree for i32 {
    fn read(v: &Value) -> Result<Self, DeError> {
        whole(v, "i32", i32::MIN.into(), i32::MAX.into()).map(|i| i as i32)
    }
}

const DECIMAL: &str = "a Decimal type representing a fixed-point number";

impl FromTree for Decimal {
    /// As `rust_decimal`'s visitor reads what the tree's deserializer gives it.
    fn read(v: &Value) -> Result<Self, DeError> {
        let unexpected = match v {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                return Ok(Decimal::from(*n as i64));
            }
            Value::Number(n) => {
                let text = f64_string(*n);
                return text.parse::<Decimal>().map_err(|_| {
                    // serde's `Unexpected::Float`: the number with a `.0` when it has
                    // no point (`1e30` is "floating point `1000…000.0`").
                    let point = if n.is_finite() && !text.contains('.') {
                        ".0"
                    } else {
                        ""
                    };
                    invalid(
                        "value",
                        &["floating point `", &text, point, "`"].concat(),
                        DECIMAL,
                    )
                });
            }
            Value::String(s) => return decimal_text(s),
            other => unexpected(other),
        };
        Err(invalid("type", &unexpected, DECIMAL))
    }
}

/// A decimal string as `rust_decimal`'s visitor reads it.
fn decimal_text(s: &str) -> Result<Decimal, DeError> {
    s.parse::<Decimal>()
        .or_else(|_| Decimal::from_scientific(s))
        .map_err(|_| invalid("value", &format!("string {s:?}"), DECIMAL))
}

/// A [`Decimal`] field read as `rust_decimal::serde::str` reads it: a string only.
///
/// # Errors
/// `expected a string` or `rust_decimal`'s invalid value.
pub fn str_decimal(v: &Value) -> Result<Decimal, DeError> {
    match v {
        Value::String(s) => decimal_text(s),
        other => Err(expected("a string", other)),
    }
}

impl FromTree for i64 {
    fn read(v: &Value) -> Result<Self, DeError> {
        whole(v, "i64", i64::MIN, i64::MAX)
    }
}

impl FromTree for f64 {
    fn read(v: &Value) -> Result<Self, DeError> {
        match v {
            Value::Number(n) => Ok(*n),
            other => Err(expected("a number", other)),
        }
    }
}

/// A number as `deserialize_any` hands it over: whole numbers pass through
/// `u64`/`i64`, so `-0` becomes `0`.
pub fn any_number(n: f64) -> f64 {
    if n == 0.0 {
        0.0
    } else {
        n
    }
}

impl FromTree for crate::money::DecimalText {
    /// As its serde visitor reads what `deserialize_any` gives it.
    fn read(v: &Value) -> Result<Self, DeError> {
        use crate::money::DecimalText;
        let unexpected = match v {
            Value::String(s) => return Ok(DecimalText::Text(s.clone())),
            Value::Number(n) => return Ok(DecimalText::Number(any_number(*n))),
            other => unexpected(other),
        };
        Err(invalid(
            "type",
            &unexpected,
            "a decimal string such as \"186.97\"",
        ))
    }
}

/// A string read by a parser, as the serde impls of `crate::civil` and
/// `crate::rfc3339` read it.
fn text<T>(v: &Value, parse: fn(&str) -> Option<T>, what: &str) -> Result<T, DeError> {
    match v {
        Value::String(s) => parse(s).ok_or_else(|| DeError::new(what)),
        other => Err(expected("a string", other)),
    }
}

impl FromTree for Date {
    fn read(v: &Value) -> Result<Self, DeError> {
        text(v, Date::parse, "a date written YYYY-MM-DD")
    }
}

impl FromTree for DateTime<Utc> {
    fn read(v: &Value) -> Result<Self, DeError> {
        text(v, crate::rfc3339::parse_utc, crate::rfc3339::EXPECTED)
    }
}

impl FromTree for DateTime<FixedOffset> {
    fn read(v: &Value) -> Result<Self, DeError> {
        text(v, crate::rfc3339::parse, crate::rfc3339::EXPECTED)
    }
}

impl<T: FromTree> FromTree for Option<T> {
    fn read(v: &Value) -> Result<Self, DeError> {
        match v {
            Value::Null => Ok(None),
            v => T::read(v).map(Some),
        }
    }
}

impl<T: FromTree> FromTree for Vec<T> {
    fn read(v: &Value) -> Result<Self, DeError> {
        match v {
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    out.push(T::read(item).map_err(|e| e.at(super::value::index(i)))?);
                }
                Ok(out)
            }
            other => Err(expected("an array", other)),
        }
    }
}

impl FromTree for BTreeMap<String, String> {
    fn read(v: &Value) -> Result<Self, DeError> {
        match v {
            Value::Object(members) => {
                let mut out = BTreeMap::new();
                for (k, v) in members {
                    out.insert(k.clone(), String::read(v).map_err(|e| e.at(k.clone()))?);
                }
                Ok(out)
            }
            other => Err(expected("an object", other)),
        }
    }
}

/// Reads an object's members in their order, as serde's derived visitor does:
/// an unknown key is skipped (or refused when `deny`, at the object's path), a
/// repeated one refused, and each known member's value read by `each(index,
/// value)`, its errors placed under the member's key. The caller then takes
/// the fields in declaration order ([`required`]).
///
/// # Errors
/// The first problem met.
pub fn fields(
    v: &Value,
    names: &'static [&'static str],
    deny: bool,
    each: &mut dyn FnMut(usize, &Value) -> Result<(), DeError>,
) -> Result<(), DeError> {
    let Value::Object(members) = v else {
        return Err(expected("an object", v));
    };
    let mut seen = 0u64;
    for (key, value) in members {
        let Some(i) = names.iter().position(|n| n == key) else {
            if deny {
                return Err(DeError::unknown_field(key, names));
            }
            continue;
        };
        if seen & (1 << i) != 0 {
            return Err(DeError::duplicate_field(names[i]));
        }
        seen |= 1 << i;
        each(i, value).map_err(|e| e.at(key.clone()))?;
    }
    Ok(())
}

/// A required field read by [`fields`]: `missing field` when absent.
///
/// # Errors
/// serde's `missing field` error.
pub fn required<T>(slot: Option<T>, name: &'static str) -> Result<T, DeError> {
    slot.ok_or_else(|| DeError::missing_field(name))
}

/// Sets a slot from a member's value.
///
/// # Errors
/// The value's own error.
pub fn set<T: FromTree>(slot: &mut Option<T>, v: &Value) -> Result<(), DeError> {
    *slot = Some(T::read(v)?);
    Ok(())
}

/// Reads an enum from its name, as serde's derived visitor does.
///
/// # Errors
/// `expected a string` or serde's `unknown variant` error.
pub fn variant(v: &Value, names: &'static [&'static str]) -> Result<usize, DeError> {
    match v {
        Value::String(s) => names
            .iter()
            .position(|n| n == s)
            .ok_or_else(|| DeError::unknown_variant(s, names)),
        other => Err(expected("a string", other)),
    }
}

/// The index of `name` in `names`, at compile time (so that a reader matches
/// member indices, not strings).
pub const fn position(names: &[&str], name: &str) -> usize {
    let mut i = 0;
    while i < names.len() {
        let (a, b) = (names[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a field name")
}

/// Implements [`FromTree`] for a struct from its fields' wire names, in
/// declaration order: `field: "wireName" req` (serde's `missing field` when
/// absent) or `field: "wireName" opt` (an `Option`, `None` when absent).
/// `deny` is serde's `deny_unknown_fields`. With `text` before the list, the
/// one reader also serves the lean path from JSON text ([`super::FromText`]).
macro_rules! from_tree_struct {
    ($ty:ident, deny = $deny:expr, text, { $($f:ident : $n:literal $kind:ident),* $(,)? }) => {
        impl $crate::json::FromTree for $ty {
            fn read(v: &$crate::json::Value) -> Result<Self, $crate::json::DeError> {
                <$ty as $crate::json::FromText>::read_src($crate::json::text::Src::Tree(v))
            }
        }
        impl $crate::json::FromText for $ty {
            #[inline(never)]
            fn read_src(src: $crate::json::text::Src<'_>) -> Result<Self, $crate::json::DeError> {
                $crate::json::read::from_tree_struct!(@read $ty, $deny, src,
                    $crate::json::text::fields_src, { $($f: $n $kind),* })
            }
        }
    };
    ($ty:ident, deny = $deny:expr, { $($f:ident : $n:literal $kind:ident),* $(,)? }) => {
        impl $crate::json::FromTree for $ty {
            #[inline(never)]
            fn read(v: &$crate::json::Value) -> Result<Self, $crate::json::DeError> {
                $crate::json::read::from_tree_struct!(@read $ty, $deny, v,
                    $crate::json::read::fields, { $($f: $n $kind),* })
            }
        }
    };
    // The reader: the members from `$src` by `$fields` ([`fields`], or
    // `fields_src` for a tree or text), each into its slot, then the value.
    (@read $ty:ident, $deny:expr, $src:ident, $fields:path,
        { $($f:ident : $n:literal $kind:ident),* }) => {{
        const NAMES: &[&str] = &[$($n),*];
        $(let mut $f = None;)*
        $fields($src, NAMES, $deny, &mut |i, v| match i {
            $(i if i == const { $crate::json::read::position(NAMES, $n) } => {
                $crate::json::read::from_tree_struct!(@set $kind, $f, v)
            })*
            _ => Ok(()),
        })?;
        Ok($ty { $($f: $crate::json::read::from_tree_struct!(@take $kind, $f, $n)),* })
    }};
    (@set sdec, $f:ident, $v:ident) => {{
        $f = Some($crate::json::read::str_decimal($v)?);
        Ok(())
    }};
    (@set $kind:ident, $f:ident, $v:ident) => { $crate::json::read::set(&mut $f, $v) };
    (@take sdec, $f:ident, $n:literal) => { $crate::json::read::required($f, $n)? };
    (@take req, $f:ident, $n:literal) => { $crate::json::read::required($f, $n)? };
    (@take opt, $f:ident, $n:literal) => { $f.unwrap_or_default() };
}
pub(crate) use from_tree_struct;

/// Implements [`FromTree`] for a unit-only enum from its variants' wire names,
/// as serde's derived visitor reads them.
macro_rules! from_tree_enum {
    ($ty:ident, { $($v:ident : $n:literal),* $(,)? }) => {
        impl $crate::json::FromTree for $ty {
            fn read(v: &$crate::json::Value) -> Result<Self, $crate::json::DeError> {
                Ok([$($ty::$v),*][$crate::json::read::variant(v, &[$($n),*])?])
            }
        }
    };
}
pub(crate) use from_tree_enum;

impl FromTree for crate::validation::Locale {
    fn read(v: &Value) -> Result<Self, DeError> {
        use crate::validation::Locale;
        Ok([Locale::En, Locale::Es, Locale::Sv][variant(v, &["en", "es", "sv"])?])
    }
}

/// Compares a hand reader with serde's derived reader over the same tree
/// (host tests): same value, or the same message at the same path.
#[cfg(test)]
pub(crate) fn same_as_serde<T>(v: &Value)
where
    T: FromTree + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let hand = T::read(v).map_err(|e| (e.path(), e.message));
    let serde = super::from_value::<T>(v).map_err(|e| (e.path(), e.message));
    assert_eq!(hand, serde, "input: {v:?}");
}

/// Every input of one type for [`same_as_serde`]: `base` itself, then each
/// member removed, set to `null`, and replaced by a value of each JSON type,
/// recursively into nested objects and arrays, plus an unknown member.
#[cfg(test)]
pub(crate) fn mutations(base: &Value) -> Vec<Value> {
    let odd = [
        Value::Null,
        Value::Bool(true),
        Value::Number(-1.0),
        Value::Number(1.5),
        Value::Number(4_294_967_296.0),
        Value::Number(1e40),
        Value::String("x".into()),
        Value::String("12.5".into()),
        Value::String("2024-02-30".into()),
        Value::String("2024-02-03".into()),
        Value::String("sv".into()),
        Value::Array(vec![Value::Number(3.0)]),
        Value::Object(vec![("k".into(), Value::String("v".into()))]),
    ];
    let mut out = vec![base.clone()];
    out.extend(odd.iter().cloned());
    match base {
        Value::Object(members) => {
            let mut extra = members.clone();
            extra.push(("zzUnknown".into(), Value::Null));
            out.push(Value::Object(extra));
            for i in 0..members.len() {
                let mut without = members.clone();
                without.remove(i);
                out.push(Value::Object(without));
                for m in mutations(&members[i].1) {
                    let mut changed = members.clone();
                    changed[i].1 = m;
                    out.push(Value::Object(changed));
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for m in mutations(&items[0]) {
                let mut changed = items.clone();
                changed.push(m);
                out.push(Value::Array(changed));
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eligibility::{AssetCustomer, AssetPolicy, ProgramPolicy, ProgramQuery};
    use crate::validation::requests::RequestContext;
    use crate::validation::{IdentityOptions, ValidationResult};

    fn check<T>(json: &str) -> usize
    where
        T: FromTree + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let base = Value::from_json(json);
        // The base itself reads.
        assert!(T::read(&base).is_ok(), "{json}");
        let all = mutations(&base);
        for v in &all {
            same_as_serde::<T>(v);
        }
        all.len()
    }

    #[test]
    fn hand_readers_agree_with_serde() {
        let n = check::<AssetPolicy>(
            r#"{"currencyByCountry":{"SE":"SEK"},"ltv":[{"assetType":"car","maxAgeYears":10,"loanToValue":"0.8"}],
               "minLoanAmount":"1000","maxLoanAmount":500000,"roundingStep":"100.5","offerValidityHours":24,"minimumAge":18}"#,
        ) + check::<AssetCustomer>(
            r#"{"identityNumber":"19900101-1234","country":"SE","assets":[{"assetType":"car","make":"Volvo","model":"XC60",
               "modelYear":2021,"valuation":"250000","registrationNumber":"ABC123","vin":"X"}]}"#,
        ) + check::<ProgramPolicy>(
            r#"{"program":"p","currency":"EUR","minPrincipal":"100","maxPrincipal":"5000","terms":[3,6],
               "allowedAssetTypes":["car"],"minimumAge":18,"maximumAge":75}"#,
        ) + check::<ProgramQuery>(
            r#"{"principal":"1000.50","currency":"EUR","term":12,"assetType":"car","identityNumber":"x","country":"ES",
               "today":"2024-05-01","locale":"es"}"#,
        ) + check::<ValidationResult>(
            r#"{"valid":false,"errors":[{"path":"a.b","code":"required","message":"is required"}]}"#,
        ) + check::<IdentityOptions>(
            r#"{"locale":"sv","today":"2024-05-01","minimumAge":18,"allowSynthetic":true}"#,
        ) + check::<RequestContext>(
            r#"{"locale":"en","now":"2024-05-01T10:00:00+02:00","today":"2024-05-01","minimumAge":18,
               "assetOffer":{"offerId":"o","expiresAt":"2024-05-02T10:00:00Z","assets":[{"assetId":"a","assetType":"car",
                 "maxLoanAmount":129000,"currency":"SEK","details":{"make":"Volvo","model":"XC60","modelYear":2020}}],
                 "ineligibleAssets":[{"assetId":"b","assetType":"boat","details":{"make":"m","model":"n","modelYear":1990},
                 "reasons":[{"path":"p","code":"c","message":"m"}]}]},
               "tuumOffer":{"offerId":"t","maxPeriod":60,"maxMoney":{"amount":"10000","currencyCode":"EUR"},
                 "offeredMoney":{"amount":5000.25,"currencyCode":"EUR"},"statusCode":"PREPARING",
                 "validityRange":{"startDate":"2024-05-01","endDate":"2024-06-01"}},
               "agent":{"id":"ag","allowed_asset_types":["car"]},"fileTypes":["dni"]}"#,
        );
        assert!(n > 1000, "{n} inputs");
    }

    #[test]
    fn pricing_readers_agree_with_serde() {
        use crate::pricing::{
            AprRequest, LoanConditionsQuery, LoanRequest, LowestInstalmentRequest,
            MaxPrincipalRequest, PricingTable, Quote,
        };
        let table = r#"{"currency":"EUR","programs":[{"program":"p","annualInterest":"0.1",
            "merchantDiscountPercentage":"0","setupFee":"10","minPrincipal":"100","maxPrincipal":"5000",
            "terms":[3,6],"minTerm":3,"maxTerm":24,"dueDate":5}]}"#;
        let mut n = check::<LoanRequest>(
            r#"{"principal":"5000","currency":"EUR","termMonths":30,"numberOfPayments":30,
               "paymentFrequency":"monthly","annualRate":"0.091","rateBasis":"nominal","repayment":"balloon",
               "balloonAmount":"100","amortisationMonths":40,"fees":[{"type":"opening","amount":"10","timing":"upfront"}],
               "paymentFreeMonths":1,"startDate":"2024-01-15","paymentDay":5,"firstPaymentDate":"2024-02-05",
               "aprRegime":"uk","profile":"exact","includeSchedule":false}"#,
        ) + check::<AprRequest>(
            r#"{"regime":"us","unitPeriod":"month","timeBasis":"days",
               "drawdowns":[{"amount":"1000","date":"2024-01-01","periods":0,"fraction":0.5}],
               "payments":[{"amount":"90","periods":1}]}"#,
        ) + check::<AprRequest>(
            r#"{"unitPeriod":{"perYear":8.1},"drawdowns":[{"amount":1000}],"payments":[]}"#,
        ) + check::<PricingTable>(table)
            + check::<LoanConditionsQuery>(r#"{"currency":"EUR","term":12,"principal":"1000"}"#)
            + check::<MaxPrincipalRequest>(
                r#"{"instalment":"100","currency":"EUR","termMonths":12,"numberOfPayments":12,
                   "paymentFrequency":"weekly","annualRate":"0.05","rateBasis":"effective","profile":"nemuru"}"#,
            )
            + check::<LowestInstalmentRequest>(&format!(
                r#"{{"pricing":{table},"principal":"1000"}}"#
            ));
        let mut request = LoanRequest::monthly("1000", "EUR", 3, "0.1");
        request.start_date = Some("2024-01-31".into());
        request.payment_day = Some(28);
        request.fees = vec![crate::pricing::FeeInput {
            kind: "x".into(),
            amount: "5".into(),
            timing: crate::pricing::FeeTiming::Upfront,
        }];
        let quote = crate::pricing::simulate(&request).unwrap();
        n += check::<Quote>(&crate::json::to_string(&quote).unwrap());
        for unit in [
            r#""month""#,
            r#""fourWeeks""#,
            r#""nope""#,
            r#"{"perYear":12}"#,
            r#"{"perYear":-0}"#,
            r#"{"perYear":2.5,"other":1}"#,
            r#"{"perYear":"12"}"#,
            r#"{"perYear":1,"perYear":2}"#,
            r#"{"month":null}"#,
            r#"{"month":1}"#,
            r#"{"perYear":null}"#,
            r#"{"month":null,"day":null}"#,
            r#"{}"#,
            r#"[12]"#,
            r#"[-1.5]"#,
            r#"[]"#,
            r#"[1,2]"#,
            r#"["month"]"#,
            r#"null"#,
            r#"true"#,
            r#"7"#,
        ] {
            let v = Value::from_json(unit);
            same_as_serde::<crate::pricing::UnitPeriod>(&v);
            let req = Value::from_json(&format!(
                r#"{{"unitPeriod":{unit},"drawdowns":[],"payments":[]}}"#
            ));
            same_as_serde::<AprRequest>(&req);
            n += 1;
        }
        assert!(n > 1000, "{n} inputs");
    }

    #[test]
    fn numbers_at_the_edges() {
        for n in [
            -0.0,
            0.5,
            -1.0,
            4_294_967_295.0,
            4_294_967_296.0,
            -2_147_483_649.0,
            9e15,
            1e300,
        ] {
            let v = Value::Number(n);
            assert_eq!(
                u32::read(&v).map_err(|e| e.message),
                super::super::from_value::<u32>(&v).map_err(|e| e.message)
            );
            assert_eq!(
                i32::read(&v).map_err(|e| e.message),
                super::super::from_value::<i32>(&v).map_err(|e| e.message)
            );
            assert_eq!(
                Decimal::read(&v).map_err(|e| e.message),
                super::super::from_value::<Decimal>(&v).map_err(|e| e.message)
            );
        }
    }
}
