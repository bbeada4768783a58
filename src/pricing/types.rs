//! The request and answer types shared with JavaScript.
//!
//! Field names are camelCase; money and rates are decimal strings (parsed
//! strictly by the core, so a JS number or a malformed string gets its own error
//! code and path); counts are numbers; dates are `YYYY-MM-DD` strings. In the
//! wasm build, tsify generates the TypeScript declarations from these types.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::DecimalText;

/// How often instalments fall due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum PaymentFrequency {
    /// Every 7 days (52 a year).
    Weekly,
    /// Every 14 days (26 a year).
    Fortnightly,
    /// Every month (12 a year), the default.
    #[default]
    Monthly,
    /// Every 3 months (4 a year).
    Quarterly,
    /// Every year.
    Annual,
}

impl PaymentFrequency {
    /// Instalments in a year.
    pub fn per_year(self) -> u32 {
        match self {
            PaymentFrequency::Weekly => 52,
            PaymentFrequency::Fortnightly => 26,
            PaymentFrequency::Monthly => 12,
            PaymentFrequency::Quarterly => 4,
            PaymentFrequency::Annual => 1,
        }
    }

    /// Calendar months in one period, for month-based frequencies.
    pub fn months(self) -> Option<u32> {
        match self {
            PaymentFrequency::Monthly => Some(1),
            PaymentFrequency::Quarterly => Some(3),
            PaymentFrequency::Annual => Some(12),
            _ => None,
        }
    }

    /// Days in one period, for week-based frequencies.
    pub fn days(self) -> Option<u32> {
        match self {
            PaymentFrequency::Weekly => Some(7),
            PaymentFrequency::Fortnightly => Some(14),
            _ => None,
        }
    }
}

/// Whether `annualRate` is nominal (divided by the periods in a year, the
/// default) or effective (the periodic rate is `(1 + r)^(1/periods) - 1`, as
/// many UK lenders quote it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum RateBasis {
    /// Periodic rate = annual rate / periods per year.
    #[default]
    Nominal,
    /// Periodic rate = (1 + annual rate)^(1 / periods per year) - 1.
    Effective,
}

/// How the principal is repaid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Repayment {
    /// Equal instalments (French amortisation), the default.
    #[default]
    Annuity,
    /// Equal principal parts, falling instalments (German amortisation).
    Linear,
    /// Interest only; the principal is repaid with the last instalment.
    InterestOnly,
    /// Equal instalments and a final balloon: give `balloonAmount`, or
    /// `amortisationMonths` (instalments as if the loan ran that long, as in
    /// Tuum's `amortisationPeriod`).
    Balloon,
}

/// When a fee is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum FeeTiming {
    /// At drawdown: the customer receives the principal less the fee.
    Upfront,
    /// Added to the principal and repaid with interest.
    Financed,
    /// Added to the first instalment.
    FirstInstalment,
    /// Added to every instalment.
    EachInstalment,
    /// Added to the last instalment.
    LastInstalment,
}

/// Which law's APR: the EU Consumer Credit Directive (also Spain's TAE), the
/// UK's CONC App 1.2 (the same equation), or the US Regulation Z Appendix J.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum AprRegime {
    /// Directive 2008/48/EC Annex I: effective annual rate, disclosed to 1 decimal.
    #[default]
    Eu,
    /// UK Consumer Credit (Total Charge for Credit) rules: as the EU.
    Uk,
    /// Regulation Z Appendix J actuarial method: nominal, disclosed to 2 decimals.
    Us,
}

/// Rounding conventions (see the README's "Pricing profiles").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Profile {
    /// Nemuru's figures: totals from the unrounded instalment.
    Nemuru,
    /// Each instalment and each period's interest rounded to the minor unit; the
    /// last instalment absorbs the remainder. The default.
    #[default]
    Standard,
    /// Unrounded balances; only what is shown is rounded.
    Exact,
}

/// A fee of a loan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FeeInput {
    /// A free label, such as `"opening"` or `"admin"`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The amount, a decimal string in the loan's currency.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub amount: DecimalText,
    /// When it is paid.
    pub timing: FeeTiming,
}

/// What `simulate` prices.
///
/// Give `termMonths` or `numberOfPayments`. Dates are optional: with
/// `startDate` and `paymentDay` (1 to 28) or `firstPaymentDate` the schedule
/// has dates and an odd first period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LoanRequest {
    /// The amount lent, e.g. `"5000"`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: DecimalText,
    /// ISO 4217 code, e.g. `"EUR"`.
    pub currency: String,
    /// The term in months (converted to payments by the frequency).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub term_months: Option<i64>,
    /// The number of instalments (instead of `termMonths`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub number_of_payments: Option<i64>,
    /// `monthly` by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_frequency: Option<PaymentFrequency>,
    /// The annual borrowing rate as a fraction: `"0.091"` is 9.1 %.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub annual_rate: DecimalText,
    /// `nominal` by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub rate_basis: Option<RateBasis>,
    /// `annuity` by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub repayment: Option<Repayment>,
    /// For `balloon`: the amount left to pay with the last instalment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub balloon_amount: Option<DecimalText>,
    /// For `balloon`: instalments are those of a loan of this many months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub amortisation_months: Option<i64>,
    /// Fees, each with its timing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub fees: Vec<FeeInput>,
    /// Months before the first instalment beyond the first period; their
    /// interest is capitalised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_free_months: Option<i64>,
    /// The drawdown date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub start_date: Option<String>,
    /// Day of the month instalments fall due (1 to 28); the first is the first
    /// such day at least one period after `startDate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub payment_day: Option<i64>,
    /// The first instalment's date, `YYYY-MM-DD` (instead of `paymentDay`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub first_payment_date: Option<String>,
    /// `eu` by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub apr_regime: Option<AprRegime>,
    /// `standard` by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub profile: Option<Profile>,
    /// `true` by default; `false` leaves `schedule` out (a faster summary quote).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub include_schedule: Option<bool>,
}

impl LoanRequest {
    /// A fee-free monthly annuity request, a convenient starting point.
    ///
    /// # Examples
    /// ```
    /// use lendkit::pricing::{simulate, LoanRequest};
    /// let q = simulate(&LoanRequest::monthly("5000", "EUR", 30, "0.091")).unwrap();
    /// assert_eq!(q.instalment.to_string(), "186.97");
    /// ```
    pub fn monthly(principal: &str, currency: &str, term_months: i64, annual_rate: &str) -> Self {
        LoanRequest {
            principal: principal.into(),
            currency: currency.to_string(),
            term_months: Some(term_months),
            number_of_payments: None,
            payment_frequency: None,
            annual_rate: annual_rate.into(),
            rate_basis: None,
            repayment: None,
            balloon_amount: None,
            amortisation_months: None,
            fees: Vec::new(),
            payment_free_months: None,
            start_date: None,
            payment_day: None,
            first_payment_date: None,
            apr_regime: None,
            profile: None,
            include_schedule: None,
        }
    }
}

/// One row of a schedule. Row 0, present only when there are upfront fees, is
/// what is paid at drawdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ScheduleRow {
    /// 1 for the first instalment (0 for the upfront-fee row).
    pub number: u32,
    /// The due date, when the request had dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub date: Option<String>,
    /// What the customer pays: principal + interest + fees.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub payment: Decimal,
    /// The principal repaid.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: Decimal,
    /// The interest of the period.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub interest: Decimal,
    /// Fees paid with this payment.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub fees: Decimal,
    /// The balance owed after it.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub balance: Decimal,
}

/// The answer of `simulate`: every figure a lender discloses, and the schedule.
///
/// Money is rounded to the currency's minor unit (always shown with that many
/// decimals); `apr` is a fraction with 6 decimals; `aprPercent` is rounded half
/// up as the regime discloses it (EU and UK 1 decimal, US 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// ISO 4217 code.
    pub currency: String,
    /// The amount lent (what the customer asked for).
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub principal: Decimal,
    /// The amount amortised: the principal plus financed fees. The schedule's
    /// principal parts add up to it.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub financed_amount: Decimal,
    /// The amount the customer receives: the principal less upfront fees.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub amount_received: Decimal,
    /// Instalments.
    pub number_of_payments: u32,
    /// Their frequency.
    pub payment_frequency: PaymentFrequency,
    /// The term in months, when it is a whole number of months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub term_months: Option<u32>,
    /// The annual borrowing rate as given.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub annual_rate: Decimal,
    /// Nominal or effective.
    pub rate_basis: RateBasis,
    /// How the principal is repaid.
    pub repayment: Repayment,
    /// The regular instalment (for `linear`, the first and largest), including
    /// fees paid with each instalment.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub instalment: Decimal,
    /// The first instalment as paid (odd first period and one-off fees included).
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub first_payment: Decimal,
    /// The last instalment as paid (balloon included).
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub last_payment: Decimal,
    /// Interest over the life of the loan.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub total_interest: Decimal,
    /// Every fee, whatever its timing.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub total_fees: Decimal,
    /// Interest plus fees.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub total_cost_of_credit: Decimal,
    /// Principal plus the total cost of credit: what the customer pays in all.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub total_amount_payable: Decimal,
    /// The APR (TAE) as a fraction, 6 decimals.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub apr: Decimal,
    /// The APR in percent as disclosed: EU/UK 1 decimal, US 2, half up.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub apr_percent: Decimal,
    /// The APR regime.
    pub apr_regime: AprRegime,
    /// The rounding profile.
    pub profile: Profile,
    /// The drawdown date, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub start_date: Option<String>,
    /// The first instalment's date, when dates were given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub first_payment_date: Option<String>,
    /// The rows, unless `includeSchedule` was `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub schedule: Option<Vec<ScheduleRow>>,
}

crate::json::read::from_tree_enum!(PaymentFrequency, {
    Weekly: "weekly", Fortnightly: "fortnightly", Monthly: "monthly", Quarterly: "quarterly",
    Annual: "annual",
});
crate::json::read::from_tree_enum!(RateBasis, { Nominal: "nominal", Effective: "effective" });
crate::json::read::from_tree_enum!(Repayment, {
    Annuity: "annuity", Linear: "linear", InterestOnly: "interestOnly", Balloon: "balloon",
});
crate::json::read::from_tree_enum!(FeeTiming, {
    Upfront: "upfront", Financed: "financed", FirstInstalment: "firstInstalment",
    EachInstalment: "eachInstalment", LastInstalment: "lastInstalment",
});
crate::json::read::from_tree_enum!(AprRegime, { Eu: "eu", Uk: "uk", Us: "us" });
crate::json::read::from_tree_enum!(Profile, {
    Nemuru: "nemuru", Standard: "standard", Exact: "exact",
});

crate::json::read::from_tree_struct!(FeeInput, deny = true, {
    kind: "type" req, amount: "amount" req, timing: "timing" req,
});

crate::json::read::from_tree_struct!(LoanRequest, deny = true, text, {
    principal: "principal" req,
    currency: "currency" req,
    term_months: "termMonths" opt,
    number_of_payments: "numberOfPayments" opt,
    payment_frequency: "paymentFrequency" opt,
    annual_rate: "annualRate" req,
    rate_basis: "rateBasis" opt,
    repayment: "repayment" opt,
    balloon_amount: "balloonAmount" opt,
    amortisation_months: "amortisationMonths" opt,
    fees: "fees" opt,
    payment_free_months: "paymentFreeMonths" opt,
    start_date: "startDate" opt,
    payment_day: "paymentDay" opt,
    first_payment_date: "firstPaymentDate" opt,
    apr_regime: "aprRegime" opt,
    profile: "profile" opt,
    include_schedule: "includeSchedule" opt,
});

crate::json::read::from_tree_struct!(ScheduleRow, deny = false, {
    number: "number" req,
    date: "date" opt,
    payment: "payment" sdec,
    principal: "principal" sdec,
    interest: "interest" sdec,
    fees: "fees" sdec,
    balance: "balance" sdec,
});

crate::json::read::from_tree_struct!(Quote, deny = false, {
    currency: "currency" req,
    principal: "principal" sdec,
    financed_amount: "financedAmount" sdec,
    amount_received: "amountReceived" sdec,
    number_of_payments: "numberOfPayments" req,
    payment_frequency: "paymentFrequency" req,
    term_months: "termMonths" opt,
    annual_rate: "annualRate" sdec,
    rate_basis: "rateBasis" req,
    repayment: "repayment" req,
    instalment: "instalment" sdec,
    first_payment: "firstPayment" sdec,
    last_payment: "lastPayment" sdec,
    total_interest: "totalInterest" sdec,
    total_fees: "totalFees" sdec,
    total_cost_of_credit: "totalCostOfCredit" sdec,
    total_amount_payable: "totalAmountPayable" sdec,
    apr: "apr" sdec,
    apr_percent: "aprPercent" sdec,
    apr_regime: "aprRegime" req,
    profile: "profile" req,
    start_date: "startDate" opt,
    first_payment_date: "firstPaymentDate" opt,
    schedule: "schedule" opt,
});
