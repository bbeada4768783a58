//! ISO 4217 currencies and their minor units.
//!
//! Source: ISO 4217 list one (current currency and funds), as published by the
//! maintenance agency (SIX Financial Information), including the 2024-2025
//! amendments (ZWG, XCG). Precious metals, SDR, bond-market units and testing
//! codes, which have no minor unit, are left out: no consumer loan is priced in them.

use rust_decimal::{Decimal, RoundingStrategy};

/// `(alphabetic code, minor units, numeric code)`, sorted by code: 6 bytes an
/// entry (a `&str` would be 8 for its pointer and length alone).
const TABLE: &[([u8; 3], u8, u16)] = &[
    (*b"AED", 2, 784),
    (*b"AFN", 2, 971),
    (*b"ALL", 2, 8),
    (*b"AMD", 2, 51),
    (*b"ANG", 2, 532),
    (*b"AOA", 2, 973),
    (*b"ARS", 2, 32),
    (*b"AUD", 2, 36),
    (*b"AWG", 2, 533),
    (*b"AZN", 2, 944),
    (*b"BAM", 2, 977),
    (*b"BBD", 2, 52),
    (*b"BDT", 2, 50),
    (*b"BGN", 2, 975),
    (*b"BHD", 3, 48),
    (*b"BIF", 0, 108),
    (*b"BMD", 2, 60),
    (*b"BND", 2, 96),
    (*b"BOB", 2, 68),
    (*b"BOV", 2, 984),
    (*b"BRL", 2, 986),
    (*b"BSD", 2, 44),
    (*b"BTN", 2, 64),
    (*b"BWP", 2, 72),
    (*b"BYN", 2, 933),
    (*b"BZD", 2, 84),
    (*b"CAD", 2, 124),
    (*b"CDF", 2, 976),
    (*b"CHE", 2, 947),
    (*b"CHF", 2, 756),
    (*b"CHW", 2, 948),
    (*b"CLF", 4, 990),
    (*b"CLP", 0, 152),
    (*b"CNY", 2, 156),
    (*b"COP", 2, 170),
    (*b"COU", 2, 970),
    (*b"CRC", 2, 188),
    (*b"CUP", 2, 192),
    (*b"CVE", 2, 132),
    (*b"CZK", 2, 203),
    (*b"DJF", 0, 262),
    (*b"DKK", 2, 208),
    (*b"DOP", 2, 214),
    (*b"DZD", 2, 12),
    (*b"EGP", 2, 818),
    (*b"ERN", 2, 232),
    (*b"ETB", 2, 230),
    (*b"EUR", 2, 978),
    (*b"FJD", 2, 242),
    (*b"FKP", 2, 238),
    (*b"GBP", 2, 826),
    (*b"GEL", 2, 981),
    (*b"GHS", 2, 936),
    (*b"GIP", 2, 292),
    (*b"GMD", 2, 270),
    (*b"GNF", 0, 324),
    (*b"GTQ", 2, 320),
    (*b"GYD", 2, 328),
    (*b"HKD", 2, 344),
    (*b"HNL", 2, 340),
    (*b"HTG", 2, 332),
    (*b"HUF", 2, 348),
    (*b"IDR", 2, 360),
    (*b"ILS", 2, 376),
    (*b"INR", 2, 356),
    (*b"IQD", 3, 368),
    (*b"IRR", 2, 364),
    (*b"ISK", 0, 352),
    (*b"JMD", 2, 388),
    (*b"JOD", 3, 400),
    (*b"JPY", 0, 392),
    (*b"KES", 2, 404),
    (*b"KGS", 2, 417),
    (*b"KHR", 2, 116),
    (*b"KMF", 0, 174),
    (*b"KPW", 2, 408),
    (*b"KRW", 0, 410),
    (*b"KWD", 3, 414),
    (*b"KYD", 2, 136),
    (*b"KZT", 2, 398),
    (*b"LAK", 2, 418),
    (*b"LBP", 2, 422),
    (*b"LKR", 2, 144),
    (*b"LRD", 2, 430),
    (*b"LSL", 2, 426),
    (*b"LYD", 3, 434),
    (*b"MAD", 2, 504),
    (*b"MDL", 2, 498),
    (*b"MGA", 2, 969),
    (*b"MKD", 2, 807),
    (*b"MMK", 2, 104),
    (*b"MNT", 2, 496),
    (*b"MOP", 2, 446),
    (*b"MRU", 2, 929),
    (*b"MUR", 2, 480),
    (*b"MVR", 2, 462),
    (*b"MWK", 2, 454),
    (*b"MXN", 2, 484),
    (*b"MXV", 2, 979),
    (*b"MYR", 2, 458),
    (*b"MZN", 2, 943),
    (*b"NAD", 2, 516),
    (*b"NGN", 2, 566),
    (*b"NIO", 2, 558),
    (*b"NOK", 2, 578),
    (*b"NPR", 2, 524),
    (*b"NZD", 2, 554),
    (*b"OMR", 3, 512),
    (*b"PAB", 2, 590),
    (*b"PEN", 2, 604),
    (*b"PGK", 2, 598),
    (*b"PHP", 2, 608),
    (*b"PKR", 2, 586),
    (*b"PLN", 2, 985),
    (*b"PYG", 0, 600),
    (*b"QAR", 2, 634),
    (*b"RON", 2, 946),
    (*b"RSD", 2, 941),
    (*b"RUB", 2, 643),
    (*b"RWF", 0, 646),
    (*b"SAR", 2, 682),
    (*b"SBD", 2, 90),
    (*b"SCR", 2, 690),
    (*b"SDG", 2, 938),
    (*b"SEK", 2, 752),
    (*b"SGD", 2, 702),
    (*b"SHP", 2, 654),
    (*b"SLE", 2, 925),
    (*b"SOS", 2, 706),
    (*b"SRD", 2, 968),
    (*b"SSP", 2, 728),
    (*b"STN", 2, 930),
    (*b"SVC", 2, 222),
    (*b"SYP", 2, 760),
    (*b"SZL", 2, 748),
    (*b"THB", 2, 764),
    (*b"TJS", 2, 972),
    (*b"TMT", 2, 934),
    (*b"TND", 3, 788),
    (*b"TOP", 2, 776),
    (*b"TRY", 2, 949),
    (*b"TTD", 2, 780),
    (*b"TWD", 2, 901),
    (*b"TZS", 2, 834),
    (*b"UAH", 2, 980),
    (*b"UGX", 0, 800),
    (*b"USD", 2, 840),
    (*b"USN", 2, 997),
    (*b"UYI", 0, 940),
    (*b"UYU", 2, 858),
    (*b"UYW", 4, 927),
    (*b"UZS", 2, 860),
    (*b"VED", 2, 926),
    (*b"VES", 2, 928),
    (*b"VND", 0, 704),
    (*b"VUV", 0, 548),
    (*b"WST", 2, 882),
    (*b"XAF", 0, 950),
    (*b"XCD", 2, 951),
    (*b"XCG", 2, 532),
    (*b"XOF", 0, 952),
    (*b"XPF", 0, 953),
    (*b"YER", 2, 886),
    (*b"ZAR", 2, 710),
    (*b"ZMW", 2, 967),
    (*b"ZWG", 2, 924),
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
            .binary_search_by(|(c, _, _)| c.as_slice().cmp(code.as_bytes()))
            .ok()
            .and_then(|i| TABLE.get(i))
            .map(Currency::of)
    }

    /// The currency of a table entry (its code is ASCII, so always UTF-8).
    fn of(entry: &'static ([u8; 3], u8, u16)) -> Currency {
        Currency {
            code: std::str::from_utf8(&entry.0).unwrap_or(""),
            minor_units: u32::from(entry.1),
            numeric: entry.2,
        }
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
        TABLE.iter().map(Currency::of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_well_formed() {
        for pair in TABLE.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{:?} before {:?}",
                pair[0].0,
                pair[1].0
            );
        }
        for (code, minor, _) in TABLE {
            assert!(code.iter().all(|b| b.is_ascii_uppercase()));
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
