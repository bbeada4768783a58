//! Tuum's loan API: create a loan offer for a person (`POST
//! /api/v3/persons/{personId}/offers`, seed `001_06b075654e9514e0.txt`) and
//! accept it (`POST /api/v2/offers/{offerId}/accept`, seed
//! `003_88e172179a14c76c.txt`).
//!
//! Create: money fields are `{ amount, currencyCode }` with the amount a decimal
//! string, one currency across them all; `loanPeriod` in months within the
//! product's `maxPeriod`; `offeredMoney` within `maxMoney`; `paymentDay` 1-31;
//! `loanTypeCode` required; `countryCode` ISO 3166-1 alpha-2.
//!
//! Accept: the seed's request has no body ("the loan offer can be accepted only
//! if the payment instructions are provided"); lendkit checks the offer id and
//! the payment instructions a client sends with or before it (beneficiary name,
//! a valid IBAN, money in the offer's currency and at most the offered money),
//! and, with the offer in the context, its status and validity range.

use rust_decimal::Decimal;

use super::{check_amount, show, Obj, RequestContext, TuumMoney};
use crate::money::Currency;
use crate::validation::{country, currency, formats, iban, Issues, Problem};

/// Statuses from which an offer can no longer be accepted.
const CLOSED_STATUSES: &[&str] = &["ACCEPTED", "CANCELLED", "REJECTED", "EXPIRED", "WITHDRAWN"];

/// The longest loan period accepted when the product's is unknown (50 years).
const MAX_PERIOD: i64 = 600;

/// A Tuum money object: `{ amount: "117.16", currencyCode: "GBP" }`. The amount
/// must be a decimal string unless `numbers` (responses write JSON numbers).
/// Returns the amount and the currency, each when valid.
fn money(
    obj: &Obj<'_>,
    key: &str,
    required: bool,
    numbers: bool,
    allow_zero: bool,
    issues: &mut Issues,
) -> (Option<Decimal>, Option<Currency>) {
    let Some(m) = obj.object(key, required, issues) else {
        return (None, None);
    };
    let currency = m.checked("currencyCode", true, issues, currency::parse);
    let amount = match m.get("amount") {
        Some(v) if numbers && v.as_f64().is_some() => m.decimal_number("amount", true, issues),
        _ => m.checked("amount", true, issues, formats::decimal),
    };
    let amount =
        amount.filter(|a| check_amount(*a, currency, allow_zero, &m.path("amount"), issues));
    (amount, currency)
}

/// Records a currency mismatch at `path` unless `c` is `expected`.
fn same_currency(c: Currency, expected: &str, path: &str, issues: &mut Issues) -> bool {
    if c.code() == expected {
        true
    } else {
        issues.push(
            path,
            Problem::CurrencyMismatch {
                expected: expected.to_owned(),
            },
        );
        false
    }
}

pub(super) fn create_offer(root: &Obj<'_>, context: &RequestContext, issues: &mut Issues) {
    let requested = money(root, "requestedMoney", true, false, false, issues);
    let period = root.integer("loanPeriod", true, 1, MAX_PERIOD, issues);
    root.str("loanTypeCode", true, issues);
    root.integer("paymentDay", false, 1, 31, issues);
    root.str("tenantCode", false, issues);
    root.str("paymentChannelCode", false, issues);
    let repayment = money(root, "monthlyRepaymentMoney", false, false, false, issues);
    root.checked("countryCode", false, issues, |s| {
        country::parse(s).map(|_| ())
    });
    let offered = money(root, "offeredMoney", false, false, false, issues);

    // One currency across all money fields: the first one given sets it.
    let mut expected: Option<Currency> = None;
    for (key, m) in [
        ("requestedMoney", &requested),
        ("monthlyRepaymentMoney", &repayment),
        ("offeredMoney", &offered),
    ] {
        if let (_, Some(c)) = m {
            match expected {
                None => expected = Some(*c),
                Some(e) => {
                    same_currency(*c, e.code(), &format!("{key}.currencyCode"), issues);
                }
            }
        }
    }

    let Some(offer) = &context.tuum_offer else {
        return;
    };
    if let (Some(p), Some(max)) = (period, offer.max_period) {
        if p > i64::from(max) {
            issues.push(
                "loanPeriod",
                Problem::ExceedsMaxPeriod {
                    max: max.to_string(),
                },
            );
        }
    }
    if let ((Some(amount), Some(c)), Some(max)) = (offered, &offer.max_money) {
        if same_currency(c, &max.currency_code, "offeredMoney.currencyCode", issues)
            && amount > max.amount
        {
            issues.push(
                "offeredMoney.amount",
                Problem::ExceedsMaxMoney {
                    max: show(max.amount),
                },
            );
        }
    }
}

pub(super) fn accept_offer(root: &Obj<'_>, context: &RequestContext, issues: &mut Issues) {
    let offer_id = root.str("offerId", true, issues);
    let offer = context.tuum_offer.as_ref();
    let offered: Option<&TuumMoney> = offer.and_then(|o| o.offered_money.as_ref());
    let mut total = Decimal::ZERO;
    let mut all_valid = true;
    if let Some(items) = root.array("paymentInstructions", true, issues) {
        if items.is_empty() {
            issues.push("paymentInstructions", Problem::EmptyList);
        }
        for item in items {
            let Some(pi) = item.into_obj(issues) else {
                all_valid = false;
                continue;
            };
            pi.text("beneficiaryName", true, 140, issues);
            pi.checked("beneficiaryIban", true, issues, iban::parse);
            pi.str("paymentChannelCode", false, issues);
            pi.str("referenceNumber", false, issues);
            match money(&pi, "money", false, true, false, issues) {
                (Some(amount), Some(c)) => {
                    if let Some(o) = offered {
                        if !same_currency(
                            c,
                            &o.currency_code,
                            &pi.path("money.currencyCode"),
                            issues,
                        ) {
                            all_valid = false;
                        }
                    }
                    total += amount;
                }
                (None, None) if !pi.has("money") => {}
                _ => all_valid = false,
            }
        }
    }
    let Some(offer) = offer else {
        return;
    };
    if let (Some(id), Some(expected)) = (offer_id, &offer.offer_id) {
        if id != expected {
            issues.push("offerId", Problem::OfferMismatch);
        }
    }
    if let Some(status) = &offer.status_code {
        if CLOSED_STATUSES.contains(&status.as_str()) {
            issues.push(
                "offerId",
                Problem::OfferNotAcceptable {
                    status: status.clone(),
                },
            );
        }
    }
    if let (Some(today), Some(end)) = (
        context.today(),
        offer.validity_range.as_ref().and_then(|r| r.end_date),
    ) {
        if end < today {
            issues.push(
                "offerId",
                Problem::OfferExpired {
                    expired_at: end.to_string(),
                },
            );
        }
    }
    if let Some(o) = offered {
        if all_valid && total > o.amount {
            issues.push(
                "paymentInstructions",
                Problem::ExceedsMaxMoney {
                    max: show(o.amount),
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{validate_request, RequestContext, RequestKind};
    use crate::validation::value::Value;

    fn check(kind: RequestKind, json: &str, context: &RequestContext) -> Vec<(String, String)> {
        validate_request(kind, &Value::from_json(json), context)
            .errors
            .into_iter()
            .map(|e| (e.path, e.code))
            .collect()
    }

    const SEED: &str = r#"{
      "requestedMoney": {"amount": "20000", "currencyCode": "GBP"},
      "loanPeriod": 12, "loanTypeCode": "BALLOON_LOAN", "paymentDay": 1, "tenantCode": "MB",
      "paymentChannelCode": "TRUSTLY",
      "monthlyRepaymentMoney": {"amount": "117.16", "currencyCode": "GBP"},
      "countryCode": "GB",
      "offeredMoney": {"amount": "20000", "currencyCode": "GBP"}
    }"#;

    #[test]
    fn seed_create_offer_is_valid() {
        assert_eq!(
            check(
                RequestKind::TuumCreateOffer,
                SEED,
                &RequestContext::default()
            ),
            vec![]
        );
    }

    #[test]
    fn every_problem_at_once() {
        let json = r#"{
          "requestedMoney": {"amount": 20000, "currencyCode": "GBP"},
          "loanPeriod": 12.5, "paymentDay": 32,
          "monthlyRepaymentMoney": {"amount": "117.165", "currencyCode": "GBP"},
          "countryCode": "UK",
          "offeredMoney": {"amount": "20000", "currencyCode": "EUR"}
        }"#;
        assert_eq!(
            check(
                RequestKind::TuumCreateOffer,
                json,
                &RequestContext::default()
            ),
            vec![
                ("requestedMoney.amount".into(), "invalid_type".into()),
                ("loanPeriod".into(), "not_integer".into()),
                ("loanTypeCode".into(), "required".into()),
                ("paymentDay".into(), "too_large".into()),
                (
                    "monthlyRepaymentMoney.amount".into(),
                    "too_many_decimals".into()
                ),
                ("countryCode".into(), "unknown_country".into()),
                (
                    "offeredMoney.currencyCode".into(),
                    "currency_mismatch".into()
                ),
            ]
        );
    }
}
