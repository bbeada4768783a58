//! ISO 4217 currencies and their minor units.
//!
//! Source: ISO 4217 list one (current currency and funds), as published by the
//! maintenance agency (SIX Financial Information), including the 2024-2025
//! amendments (ZWG, XCG). Precious metals, SDR, bond-market units and testing
//! codes, which have no minor unit, are left out: no consumer loan is priced in them.

use rust_decimal::{Decimal, RoundingStrategy};

/// `(alphabetic code, minor units, numeric code)`, sorted by code.
const TABLE: &[(&str, u32, u16)] = &[
    ("AED", 2, 784),
    ("AFN", 2, 971),
    ("ALL", 2, 8),
    ("AMD", 2, 51),
    ("ANG", 2, 532),
    ("AOA", 2, 973),
    ("ARS", 2, 32),
    ("AUD", 2, 36),
    ("AWG", 2, 533),
    ("AZN", 2, 944),
    ("BAM", 2, 977),
    ("BBD", 2, 52),
    ("BDT", 2, 50),
    ("BGN", 2, 975),
    ("BHD", 3, 48),
    ("BIF", 0, 108),
    ("BMD", 2, 60),
    ("BND", 2, 96),
    ("BOB", 2, 68),
    ("BOV", 2, 984),
    ("BRL", 2, 986),
    ("BSD", 2, 44),
    ("BTN", 2, 64),
    ("BWP", 2, 72),
    ("BYN", 2, 933),
    ("BZD", 2, 84),
    ("CAD", 2, 124),
    ("CDF", 2, 976),
    ("CHE", 2, 947),
    ("CHF", 2, 756),
    ("CHW", 2, 948),
    ("CLF", 4, 990),
    ("CLP", 0, 152),
    ("CNY", 2, 156),
    ("COP", 2, 170),
    ("COU", 2, 970),
    ("CRC", 2, 188),
    ("CUP", 2, 192),
    ("CVE", 2, 132),
    ("CZK", 2, 203),
    ("DJF", 0, 262),
    ("DKK", 2, 208),
    ("DOP", 2, 214),
    ("DZD", 2, 12),
    ("EGP", 2, 818),
    ("ERN", 2, 232),
    ("ETB", 2, 230),
    ("EUR", 2, 978),
    ("FJD", 2, 242),
    ("FKP", 2, 238),
    ("GBP", 2, 826),
    ("GEL", 2, 981),
    ("GHS", 2, 936),
    ("GIP", 2, 292),
    ("GMD", 2, 270),
    ("GNF", 0, 324),
    ("GTQ", 2, 320),
    ("GYD", 2, 328),
    ("HKD", 2, 344),
    ("HNL", 2, 340),
    ("HTG", 2, 332),
    ("HUF", 2, 348),
    ("IDR", 2, 360),
    ("ILS", 2, 376),
    ("INR", 2, 356),
    ("IQD", 3, 368),
    ("IRR", 2, 364),
    ("ISK", 0, 352),
    ("JMD", 2, 388),
    ("JOD", 3, 400),
    ("JPY", 0, 392),
    ("KES", 2, 404),
    ("KGS", 2, 417),
    ("KHR", 2, 116),
    ("KMF", 0, 174),
    ("KPW", 2, 408),
    ("KRW", 0, 410),
    ("KWD", 3, 414),
    ("KYD", 2, 136),
    ("KZT", 2, 398),
    ("LAK", 2, 418),
    ("LBP", 2, 422),
    ("LKR", 2, 144),
    ("LRD", 2, 430),
    ("LSL", 2, 426),
    ("LYD", 3, 434),
    ("MAD", 2, 504),
    ("MDL", 2, 498),
    ("MGA", 2, 969),
    ("MKD", 2, 807),
    ("MMK", 2, 104),
    ("MNT", 2, 496),
    ("MOP", 2, 446),
    ("MRU", 2, 929),
    ("MUR", 2, 480),
    ("MVR", 2, 462),
    ("MWK", 2, 454),
    ("MXN", 2, 484),
    ("MXV", 2, 979),
    ("MYR", 2, 458),
    ("MZN", 2, 943),
    ("NAD", 2, 516),
    ("NGN", 2, 566),
    ("NIO", 2, 558),
    ("NOK", 2, 578),
    ("NPR", 2, 524),
    ("NZD", 2, 554),
    ("OMR", 3, 512),
    ("PAB", 2, 590),
    ("PEN", 2, 604),
    ("PGK", 2, 598),
    ("PHP", 2, 608),
    ("PKR", 2, 586),
    ("PLN", 2, 985),
    ("PYG", 0, 600),
    ("QAR", 2, 634),
    ("RON", 2, 946),
    ("RSD", 2, 941),
    ("RUB", 2, 643),
    ("RWF", 0, 646),
    ("SAR", 2, 682),
    ("SBD", 2, 90),
    ("SCR", 2, 690),
    ("SDG", 2, 938),
    ("SEK", 2, 752),
    ("SGD", 2, 702),
    ("SHP", 2, 654),
    ("SLE", 2, 925),
    ("SOS", 2, 706),
    ("SRD", 2, 968),
    ("SSP", 2, 728),
    ("STN", 2, 930),
    ("SVC", 2, 222),
    ("SYP", 2, 760),
    ("SZL", 2, 748),
    ("THB", 2, 764),
    ("TJS", 2, 972),
    ("TMT", 2, 934),
    ("TND", 3, 788),
    ("TOP", 2, 776),
    ("TRY", 2, 949),
    ("TTD", 2, 780),
    ("TWD", 2, 901),
    ("TZS", 2, 834),
    ("UAH", 2, 980),
    ("UGX", 0, 800),
    ("USD", 2, 840),
    ("USN", 2, 997),
    ("UYI", 0, 940),
    ("UYU", 2, 858),
    ("UYW", 4, 927),
    ("UZS", 2, 860),
    ("VED", 2, 926),
    ("VES", 2, 928),
    ("VND", 0, 704),
    ("VUV", 0, 548),
    ("WST", 2, 882),
    ("XAF", 0, 950),
    ("XCD", 2, 951),
    ("XCG", 2, 532),
    ("XOF", 0, 952),
    ("XPF", 0, 953),
    ("YER", 2, 886),
    ("ZAR", 2, 710),
    ("ZMW", 2, 967),
    ("ZWG", 2, 924),
];

/// An ISO 4217 currency that lendkit can price in.
///
/// # Examples
/// ```
/// use lendkit::money::Currency;
/// let kwd = Currency::from_code("KWD").unwrap();
/// assert_eq!(kwd.minor_units(), 3);
/// assert_eq!(Currency::from_code("JPY").unwrap().minor_units(), 0);
/// assert!(Currency::from_code("EURO").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    code: &'static str,
    minor_units: u32,
    numeric: u16,
}

impl Currency {
    /// Looks up an alphabetic code (exactly three upper-case letters).
    pub fn from_code(code: &str) -> Option<Currency> {
        TABLE
            .binary_search_by(|(c, _, _)| (*c).cmp(code))
            .ok()
            .map(|i| {
                let (code, minor_units, numeric) = TABLE[i];
                Currency {
                    code,
                    minor_units,
                    numeric,
                }
            })
    }

    /// The alphabetic code, such as `"EUR"`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The number of digits after the decimal point (EUR 2, JPY 0, KWD 3).
    pub fn minor_units(&self) -> u32 {
        self.minor_units
    }

    /// The ISO numeric code, such as 978 for EUR.
    pub fn numeric(&self) -> u16 {
        self.numeric
    }

    /// Rounds an amount to this currency's minor unit, half away from zero
    /// (the commercial rounding lenders disclose with).
    ///
    /// # Examples
    /// ```
    /// use lendkit::money::Currency;
    /// use rust_decimal::Decimal;
    /// let eur = Currency::from_code("EUR").unwrap();
    /// assert_eq!(eur.round(Decimal::new(186_9655, 4)).to_string(), "186.97");
    /// ```
    pub fn round(&self, amount: Decimal) -> Decimal {
        amount.round_dp_with_strategy(self.minor_units, RoundingStrategy::MidpointAwayFromZero)
    }

    /// Every currency lendkit knows, sorted by code.
    pub fn all() -> impl Iterator<Item = Currency> {
        TABLE.iter().map(|&(code, minor_units, numeric)| Currency {
            code,
            minor_units,
            numeric,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_well_formed() {
        for pair in TABLE.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (code, minor, _) in TABLE {
            assert_eq!(code.len(), 3);
            assert!(code.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(*minor <= 4);
        }
    }

    #[test]
    fn minor_units_of_known_currencies() {
        for (code, minor) in [
            ("EUR", 2),
            ("SEK", 2),
            ("GBP", 2),
            ("USD", 2),
            ("JPY", 0),
            ("KWD", 3),
            ("CLF", 4),
        ] {
            assert_eq!(
                Currency::from_code(code).map(|c| c.minor_units()),
                Some(minor),
                "{code}"
            );
        }
        assert_eq!(Currency::from_code("EUR").map(|c| c.numeric()), Some(978));
    }

    #[test]
    fn rejects_non_codes() {
        for code in ["", "eur", "EU", "EURO", "XAU", "ÉUR", "XXX"] {
            assert!(Currency::from_code(code).is_none(), "{code}");
        }
    }
}
