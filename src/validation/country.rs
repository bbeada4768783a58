//! ISO 3166-1 alpha-2 country codes.
//!
//! Source: ISO 3166-1:2020 and the ISO 3166 Maintenance Agency's online browsing
//! platform: the 249 officially assigned alpha-2 codes. User-assigned codes (such
//! as XK) and reserved ones are not countries and are refused.

use super::Problem;

/// The 249 officially assigned codes, sorted, two letters each.
const CODES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZ\
BABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ\
CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ\
DEDJDKDMDODZ\
ECEEEGEHERESET\
FIFJFKFMFOFR\
GAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGY\
HKHMHNHRHTHU\
IDIEILIMINIOIQIRISIT\
JEJMJOJP\
KEKGKHKIKMKNKPKRKWKYKZ\
LALBLCLILKLRLSLTLULVLY\
MAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZ\
NANCNENFNGNINLNONPNRNUNZ\
OM\
PAPEPFPGPHPKPLPMPNPRPSPTPWPY\
QA\
RERORSRURW\
SASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZ\
TCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZ\
UAUGUMUSUYUZ\
VAVCVEVGVIVNVU\
WFWS\
YEYT\
ZAZMZW";

/// Whether `code` is an officially assigned alpha-2 code (upper case only).
///
/// # Examples
/// ```
/// use lendkit::validation::country::is_assigned;
/// assert!(is_assigned("SE"));
/// assert!(!is_assigned("se"));
/// assert!(!is_assigned("XK"));
/// assert!(!is_assigned("UK"));
/// ```
pub fn is_assigned(code: &str) -> bool {
    let b = code.as_bytes();
    if b.len() != 2 || !b.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    let table = CODES.as_bytes();
    let (mut lo, mut hi) = (0usize, table.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let Some(entry) = table.get(mid * 2..mid * 2 + 2) else {
            return false;
        };
        match entry.cmp(b) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    false
}

/// Checks a country code.
///
/// # Errors
/// `empty` or `unknown_country`.
pub fn parse(value: &str) -> Result<&str, Problem> {
    if value.is_empty() {
        Err(Problem::Empty)
    } else if is_assigned(value) {
        Ok(value)
    } else {
        Err(Problem::UnknownCountry)
    }
}

/// Every assigned code, sorted.
pub fn all() -> impl Iterator<Item = &'static str> {
    (0..CODES.len() / 2).filter_map(|i| CODES.get(i * 2..i * 2 + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_hundred_forty_nine_sorted_codes() {
        let codes: Vec<_> = all().collect();
        assert_eq!(codes.len(), 249);
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        for c in &codes {
            assert!(is_assigned(c), "{c}");
        }
        for c in ["", "S", "SEE", "ZZ", "AA", "EU", "É1"] {
            assert!(!is_assigned(c), "{c}");
        }
    }
}
