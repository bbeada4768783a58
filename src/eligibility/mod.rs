//! Eligibility: which of a customer's assets can secure a loan and for how much
//! ([`asset_offers`]), and which programs and terms an agent offers for an amount
//! ([`programs`]). Pure: "now" is always passed in.

pub mod asset_offers;
pub mod programs;

pub use asset_offers::{
    asset_offer, AssetCustomer, AssetDetails, AssetOffer, AssetPolicy, CustomerAsset,
    IneligibleAsset, LtvBand, OfferedAsset,
};
pub use programs::{
    eligible_programs, ProgramEligibility, ProgramPolicy, ProgramQuery, ProgramsResult,
};

/// Serde for an amount that is a JSON number on the wire (as in the asset-offer
/// response, `"maxLoanAmount": 129000`) and a [`rust_decimal::Decimal`] inside. A
/// string is read too.
pub(crate) mod decimal_number {
    use rust_decimal::prelude::ToPrimitive;
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(d.to_f64().unwrap_or(f64::NAN))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        <Decimal as Deserialize>::deserialize(d)
    }
}

/// FNV-1a (64 bit) over parts separated by a 0 byte: a stable, dependency-free
/// hash for deterministic ids (not for security).
pub(crate) fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes().iter().chain(std::iter::once(&0u8)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// `n` base-36 characters (`0-9a-z`) of a hash.
pub(crate) fn base36(mut h: u64, n: usize) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = String::with_capacity(n);
    for _ in 0..n {
        out.push(char::from(DIGITS[(h % 36) as usize]));
        h /= 36;
    }
    out
}
