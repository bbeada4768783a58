//! Pricing: exact instalments, schedules and APR/TAE under EU/Spanish, UK and
//! US rules, with provider rounding profiles.
//!
//! The pure core: no wasm-bindgen, no I/O, no clock. Money and rates are
//! [`rust_decimal::Decimal`]; only the APR solver iterates in `f64`, and its
//! result is rounded decimally.
//!
//! - [`simulate`]: a loan's quote and schedule ([`LoanRequest`] -> [`Quote`]).
//! - [`apr()`]: the APR of an explicit stream of flows.
//! - [`loan_conditions`]: Nemuru's "get loan conditions", computed locally.
//! - [`max_principal`], [`lowest_instalment`]: budget and "from ... a month".
//! - [`disclosure`]: the representative example text (es, en, sv).

pub mod apr;
mod budget;
pub mod dates;
mod disclosure;
mod json;
mod loan;
mod math;
mod nemuru;
mod schedule;
mod solver;
pub mod types;

pub use apr::{apr, AprRequest, AprResult, CashflowInput, NamedUnitPeriod, TimeBasis, UnitPeriod};
pub use budget::{
    lowest_instalment, max_principal, LowestInstalment, LowestInstalmentRequest, MaxPrincipal,
    MaxPrincipalRequest,
};
pub use disclosure::disclosure;
pub use json::{
    conditions_wire, quote_wire, wire_string, CONDITION_FIELDS, QUOTE_FIELDS, ROW_FIELDS,
};
pub use loan::{MAX_ANNUAL_RATE, MAX_PAYMENTS};
pub use nemuru::{
    loan_conditions, loan_conditions_grid, LoanConditions, LoanConditionsGridQuery,
    LoanConditionsQuery, PricingProgram, PricingTable,
};
pub use schedule::simulate;
pub use types::{
    AprRegime, FeeInput, FeeTiming, LoanRequest, PaymentFrequency, Profile, Quote, RateBasis,
    Repayment, ScheduleRow,
};
