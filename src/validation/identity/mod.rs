//! National identity numbers: Sweden, Norway, Finland, Denmark and Spain.
//!
//! Each country's rules live in their own file, with the issuing authority's
//! publication cited there. [`parse`] returns the canonical form, the kind of
//! number and, where the number carries one, the birth date; [`is_valid`] is the
//! same check without building anything, for bulk checks.
//!
//! No input panics: the parsers work on bytes of at most [`MAX_LEN`] and refuse
//! anything that is not ASCII before they index into it.

use crate::civil::Date;

use super::Problem;

mod dk;
mod es;
mod fi;
mod no;
mod se;

pub use dk::passes_mod11 as cpr_passes_mod11;
pub use es::control_letter as dni_control_letter;

/// The longest input looked at, in bytes (the longest valid form is 13).
pub const MAX_LEN: usize = 32;

/// The countries whose identity numbers lendkit knows, for messages.
pub const SUPPORTED: &str = "SE, NO, FI, DK, ES";

/// A country with identity-number rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdCountry {
    /// Sweden.
    Se,
    /// Norway.
    No,
    /// Finland.
    Fi,
    /// Denmark.
    Dk,
    /// Spain.
    Es,
}

impl IdCountry {
    /// Looks up an ISO 3166-1 alpha-2 code, in either case.
    ///
    /// # Examples
    /// ```
    /// use lendkit::validation::identity::IdCountry;
    /// assert_eq!(IdCountry::from_code("se"), Some(IdCountry::Se));
    /// assert_eq!(IdCountry::from_code("GB"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<IdCountry> {
        let b = code.trim().as_bytes();
        if b.len() != 2 {
            return None;
        }
        match [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()] {
            [b'S', b'E'] => Some(IdCountry::Se),
            [b'N', b'O'] => Some(IdCountry::No),
            [b'F', b'I'] => Some(IdCountry::Fi),
            [b'D', b'K'] => Some(IdCountry::Dk),
            [b'E', b'S'] => Some(IdCountry::Es),
            _ => None,
        }
    }

    /// The upper-case alpha-2 code.
    pub fn code(self) -> &'static str {
        match self {
            IdCountry::Se => "SE",
            IdCountry::No => "NO",
            IdCountry::Fi => "FI",
            IdCountry::Dk => "DK",
            IdCountry::Es => "ES",
        }
    }
}

/// What kind of number it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum IdentityKind {
    /// Swedish personnummer.
    Personnummer,
    /// Swedish samordningsnummer (coordination number, day + 60).
    Samordningsnummer,
    /// Norwegian fødselsnummer.
    Fodselsnummer,
    /// Norwegian D-number (day + 40).
    DNumber,
    /// Norwegian synthetic test number (month + 40 as NAV's, or + 80 as
    /// Skatteetaten's Tenor); accepted only when asked for.
    SyntheticTestNumber,
    /// Finnish henkilötunnus.
    Henkilotunnus,
    /// Danish CPR number.
    Cpr,
    /// Spanish DNI.
    Dni,
    /// Spanish NIE (foreigner's identity number).
    Nie,
}

/// Options of [`parse_with`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// "Today": resolves the century of 10-digit Swedish numbers and rejects
    /// birth dates in the future. Without it, a 10-digit Swedish number keeps its
    /// `YYMMDD-NNNC` form and has no birth date.
    pub today: Option<Date>,
    /// Accept Norwegian synthetic test numbers (month + 40 or + 80).
    pub allow_synthetic: bool,
}

/// A valid identity number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdentityNumber {
    /// The country.
    pub country: IdCountry,
    /// The kind of number.
    pub kind: IdentityKind,
    /// The birth date the number encodes, if it encodes one and its century is known.
    pub birth_date: Option<Date>,
    canonical: [u8; 16],
    canonical_len: u8,
}

impl IdentityNumber {
    fn new(
        country: IdCountry,
        kind: IdentityKind,
        birth_date: Option<Date>,
        canonical: &[u8],
    ) -> IdentityNumber {
        let mut buf = [0u8; 16];
        let n = canonical.len().min(16);
        buf[..n].copy_from_slice(&canonical[..n]);
        IdentityNumber {
            country,
            kind,
            birth_date,
            canonical: buf,
            canonical_len: n as u8,
        }
    }

    /// The canonical form: Sweden `YYYYMMDDNNNC` (or `YYMMDD-NNNC` when the
    /// century is unknown), Norway 11 digits, Finland `DDMMYYCZZZQ` in upper case,
    /// Denmark `DDMMYY-SSSS`, Spain `12345678Z` / `X1234567L`.
    pub fn normalized(&self) -> &str {
        let bytes = self
            .canonical
            .get(..self.canonical_len as usize)
            .unwrap_or(&[]);
        std::str::from_utf8(bytes).unwrap_or("")
    }

    /// The age in whole years on a date (None without a birth date).
    pub fn age_on(&self, on: Date) -> Option<i32> {
        self.birth_date.map(|b| age_on(b, on))
    }
}

/// Age in completed years on a date. Someone born on 29 February turns a year
/// older on 1 March in common years.
///
/// # Examples
/// ```
/// use lendkit::civil::Date;
/// use lendkit::validation::identity::age_on;
/// let d = |y, m, d| Date::new(y, m, d).unwrap();
/// assert_eq!(age_on(d(2008, 5, 1), d(2026, 4, 30)), 17);
/// assert_eq!(age_on(d(2008, 5, 1), d(2026, 5, 1)), 18);
/// assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 28)), 17);
/// assert_eq!(age_on(d(2008, 2, 29), d(2026, 3, 1)), 18);
/// ```
pub fn age_on(birth: Date, on: Date) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// Parses and checks an identity number of a country given by its ISO code.
///
/// # Errors
/// The first problem found: `unsupported_country`, `empty`, `too_long`,
/// `invalid_format`, `invalid_date`, `invalid_checksum`,
/// `invalid_individual_number`, `temporary_identity_number`,
/// `birth_date_in_future`.
///
/// # Examples
/// ```
/// use lendkit::validation::identity::{parse, IdentityKind};
/// let n = parse("SE", "19811228-9874").unwrap();
/// assert_eq!(n.normalized(), "198112289874");
/// assert_eq!(n.kind, IdentityKind::Personnummer);
/// assert_eq!(n.birth_date.unwrap().to_string(), "1981-12-28");
/// assert_eq!(parse("SE", "19811228-9875").unwrap_err().code(), "invalid_checksum");
/// ```
pub fn parse(country: &str, value: &str) -> Result<IdentityNumber, Problem> {
    parse_with(country, value, ParseOptions::default())
}

/// [`parse`] with options ("today", synthetic numbers).
///
/// # Errors
/// As [`parse`].
pub fn parse_with(
    country: &str,
    value: &str,
    options: ParseOptions,
) -> Result<IdentityNumber, Problem> {
    let country = IdCountry::from_code(country).ok_or(Problem::UnsupportedCountry {
        supported: SUPPORTED,
    })?;
    parse_country(country, value, options)
}

/// [`parse_with`] for a known country.
///
/// # Errors
/// As [`parse`].
pub fn parse_country(
    country: IdCountry,
    value: &str,
    options: ParseOptions,
) -> Result<IdentityNumber, Problem> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Problem::Empty);
    }
    if trimmed.len() > MAX_LEN {
        return Err(Problem::TooLong { max: MAX_LEN });
    }
    let bytes = trimmed.as_bytes();
    if !bytes.is_ascii() {
        return Err(Problem::InvalidFormat);
    }
    let number = match country {
        IdCountry::Se => se::parse(bytes, options.today)?,
        IdCountry::No => no::parse(bytes, options.allow_synthetic)?,
        IdCountry::Fi => fi::parse(bytes)?,
        IdCountry::Dk => dk::parse(bytes)?,
        IdCountry::Es => es::parse(bytes)?,
    };
    if let (Some(birth), Some(today)) = (number.birth_date, options.today) {
        if birth > today {
            return Err(Problem::BirthDateInFuture);
        }
    }
    Ok(number)
}

/// Whether a number is valid, without building its canonical form's string.
///
/// # Examples
/// ```
/// assert!(lendkit::validation::identity::is_valid("NO", "01010750160"));
/// assert!(!lendkit::validation::identity::is_valid("NO", "01010750161"));
/// ```
pub fn is_valid(country: &str, value: &str) -> bool {
    parse(country, value).is_ok()
}

/// Reads `n` ASCII digits starting at `at` as a number; `None` if any is not a digit
/// or the slice is too short.
pub(crate) fn digits_at(bytes: &[u8], at: usize, n: usize) -> Option<u32> {
    let slice = bytes.get(at..at.checked_add(n)?)?;
    let mut v = 0u32;
    for &b in slice {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(b - b'0');
    }
    Some(v)
}

/// Whether every byte is an ASCII digit.
pub(crate) fn all_digits(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_digit)
}

/// A calendar date, or `invalid_date`.
pub(crate) fn date(year: i32, month: u32, day: u32) -> Result<Date, Problem> {
    Date::new(year, month, day).ok_or(Problem::InvalidDate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_and_empty() {
        assert_eq!(
            parse("GB", "123").unwrap_err().code(),
            "unsupported_country"
        );
        assert_eq!(parse("SE", "   ").unwrap_err().code(), "empty");
        assert_eq!(parse("SE", &"1".repeat(40)).unwrap_err().code(), "too_long");
        assert_eq!(
            parse("SE", "19811228–9874").unwrap_err().code(),
            "invalid_format"
        );
    }

    #[test]
    fn future_birth_dates_are_refused_when_today_is_known() {
        let today = Date::new(1981, 12, 27);
        let options = ParseOptions {
            today,
            ..ParseOptions::default()
        };
        assert_eq!(
            parse_with("SE", "198112289874", options)
                .unwrap_err()
                .code(),
            "birth_date_in_future"
        );
    }
}
