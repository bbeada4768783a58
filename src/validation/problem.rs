//! Every problem a validator can report: a stable snake_case `code` that callers
//! match on, and a message in English, Spanish or Swedish.
//!
//! The codes are part of the public contract: never rename one, add new ones.

use std::borrow::Cow;

/// The language of error messages. English is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Spanish (Spain).
    Es,
    /// Swedish.
    Sv,
}

/// One problem with one value. The variants carry what their message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required field is missing or `null`.
    Required,
    /// The field has the wrong JSON type; `expected` is `"string"`, `"number"`, ...
    InvalidType {
        /// The expected JSON type.
        expected: &'static str,
    },
    /// An empty (or blank) string.
    Empty,
    /// Longer than the limit, in characters.
    TooLong {
        /// The maximum length.
        max: usize,
    },
    /// Not in the expected format.
    InvalidFormat,
    /// A date that does not exist (or is not `YYYY-MM-DD`).
    InvalidDate,
    /// An RFC 3339 date-time that is malformed.
    InvalidDateTime,
    /// A check digit / check character / checksum does not match.
    InvalidChecksum,
    /// The individual (serial) number is not one the issuer assigns.
    InvalidIndividualNumber,
    /// A temporary identity number (for example Finnish 900-999).
    TemporaryIdentityNumber,
    /// No identity-number rules for this country.
    UnsupportedCountry {
        /// The countries that are supported.
        supported: &'static str,
    },
    /// The number's birth date is after "today".
    BirthDateInFuture,
    /// Younger than the minimum age on the given date.
    Underage {
        /// The minimum age in years.
        min_age: u32,
    },
    /// Not an ISO 3166-1 alpha-2 code.
    UnknownCountry,
    /// Not an ISO 4217 code.
    UnknownCurrency,
    /// A phone number without a `+` and country calling code.
    MissingCountryCode,
    /// No country has this calling code.
    UnknownCallingCode,
    /// Fewer digits than the country's numbering plan allows.
    PhoneTooShort,
    /// More digits than the country's numbering plan (or E.164's 15) allows.
    PhoneTooLong,
    /// Not an email address.
    InvalidEmail,
    /// The IBAN's country does not use IBANs.
    UnknownIbanCountry,
    /// Wrong length for its kind (IBAN of a country, ...).
    InvalidLength {
        /// The expected length.
        expected: usize,
    },
    /// The IBAN's BBAN does not follow the country's structure.
    InvalidBban,
    /// Not an RFC 9562 UUID.
    InvalidUuid,
    /// Not an absolute URL.
    InvalidUrl,
    /// An `http:` URL to a host other than localhost.
    InsecureUrl,
    /// Not RFC 4648 base64.
    InvalidBase64,
    /// Not a decimal number string such as `"117.16"`.
    InvalidDecimal,
    /// Zero or negative where a positive amount is needed.
    NotPositive,
    /// Negative where zero or more is needed.
    Negative,
    /// More decimals than the currency's minor unit.
    TooManyDecimals {
        /// The number of decimals allowed.
        max: u32,
    },
    /// Not a whole number.
    NotInteger,
    /// Below a minimum.
    TooSmall {
        /// The minimum, as text.
        min: String,
    },
    /// Above a maximum.
    TooLarge {
        /// The maximum, as text.
        max: String,
    },
    /// Not one of the allowed values.
    NotOneOf {
        /// The allowed values, comma separated.
        allowed: String,
    },
    /// A currency other than the one of the rest of the request (or the offer).
    CurrencyMismatch {
        /// The currency that is expected.
        expected: String,
    },
    /// The loan amount is above the offer's `maxLoanAmount` for the asset.
    AmountExceedsMaxLoanAmount {
        /// The maximum loan amount.
        max: String,
    },
    /// The principal is above `asset.value`.
    PrincipalExceedsAssetValue {
        /// The asset's value.
        value: String,
    },
    /// `offeredMoney` is above the product's `maxMoney`.
    ExceedsMaxMoney {
        /// The maximum money.
        max: String,
    },
    /// `loanPeriod` is above the product's `maxPeriod`.
    ExceedsMaxPeriod {
        /// The maximum period in months.
        max: String,
    },
    /// The offer expired before "now".
    OfferExpired {
        /// When it expired.
        expired_at: String,
    },
    /// The request names another offer than the one in the context.
    OfferMismatch,
    /// The asset is not one of the offer's assets.
    AssetNotInOffer,
    /// Neither `offerId` nor `assetId` was given.
    OfferOrAssetRequired,
    /// The asset type is not among the agent's allowed types.
    AssetTypeNotAllowed {
        /// The allowed types, comma separated.
        allowed: String,
    },
    /// The request's agent is not the logged-in agent.
    AgentMismatch,
    /// The request body is above the API's size limit.
    RequestTooLarge {
        /// The limit in bytes.
        max: usize,
    },
    /// An array that must have at least one element is empty.
    EmptyList,
    /// A rate given as a percentage (9.1) where a fraction (0.091) is expected.
    LooksLikePercentage,
    /// Some but not all of a group of fields that go together.
    IncompleteGroup {
        /// The fields of the group, comma separated.
        fields: &'static str,
    },
    /// The offer is in a state that cannot be accepted.
    OfferNotAcceptable {
        /// The offer's status.
        status: String,
    },
    /// The data does not look like the declared or named file type.
    FileTypeMismatch,
    /// The same value twice where each must be unique.
    Duplicate,
    /// The asset is older than the policy lends against.
    AssetTooOld {
        /// The oldest age lent against, in years.
        max_age_years: u32,
    },
    /// The loan the asset supports is below the smallest loan offered.
    BelowMinimumLoan {
        /// The smallest loan.
        min: String,
    },
    /// The amount or term is outside what a program offers.
    NotOffered,
}

impl Problem {
    /// The stable snake_case code.
    ///
    /// # Examples
    /// ```
    /// use lendkit::validation::Problem;
    /// assert_eq!(Problem::InvalidChecksum.code(), "invalid_checksum");
    /// ```
    pub fn code(&self) -> &'static str {
        use Problem::*;
        match self {
            Required => "required",
            InvalidType { .. } => "invalid_type",
            Empty => "empty",
            TooLong { .. } => "too_long",
            InvalidFormat => "invalid_format",
            InvalidDate => "invalid_date",
            InvalidDateTime => "invalid_date_time",
            InvalidChecksum => "invalid_checksum",
            InvalidIndividualNumber => "invalid_individual_number",
            TemporaryIdentityNumber => "temporary_identity_number",
            UnsupportedCountry { .. } => "unsupported_country",
            BirthDateInFuture => "birth_date_in_future",
            Underage { .. } => "underage",
            UnknownCountry => "unknown_country",
            UnknownCurrency => "unknown_currency",
            MissingCountryCode => "missing_country_code",
            UnknownCallingCode => "unknown_calling_code",
            PhoneTooShort => "phone_too_short",
            PhoneTooLong => "phone_too_long",
            InvalidEmail => "invalid_email",
            UnknownIbanCountry => "unknown_iban_country",
            InvalidLength { .. } => "invalid_length",
            InvalidBban => "invalid_bban",
            InvalidUuid => "invalid_uuid",
            InvalidUrl => "invalid_url",
            InsecureUrl => "insecure_url",
            InvalidBase64 => "invalid_base64",
            InvalidDecimal => "invalid_decimal",
            NotPositive => "not_positive",
            Negative => "negative",
            TooManyDecimals { .. } => "too_many_decimals",
            NotInteger => "not_integer",
            TooSmall { .. } => "too_small",
            TooLarge { .. } => "too_large",
            NotOneOf { .. } => "not_one_of",
            CurrencyMismatch { .. } => "currency_mismatch",
            AmountExceedsMaxLoanAmount { .. } => "amount_exceeds_max_loan_amount",
            PrincipalExceedsAssetValue { .. } => "principal_exceeds_asset_value",
            ExceedsMaxMoney { .. } => "exceeds_max_money",
            ExceedsMaxPeriod { .. } => "exceeds_max_period",
            OfferExpired { .. } => "offer_expired",
            OfferMismatch => "offer_mismatch",
            AssetNotInOffer => "asset_not_in_offer",
            OfferOrAssetRequired => "offer_or_asset_required",
            AssetTypeNotAllowed { .. } => "asset_type_not_allowed",
            AgentMismatch => "agent_mismatch",
            RequestTooLarge { .. } => "request_too_large",
            EmptyList => "empty_list",
            LooksLikePercentage => "looks_like_percentage",
            IncompleteGroup { .. } => "incomplete_group",
            OfferNotAcceptable { .. } => "offer_not_acceptable",
            FileTypeMismatch => "file_type_mismatch",
            Duplicate => "duplicate",
            AssetTooOld { .. } => "asset_too_old",
            BelowMinimumLoan { .. } => "below_minimum_loan",
            NotOffered => "not_offered",
        }
    }

    /// The message in a locale.
    ///
    /// # Examples
    /// ```
    /// use lendkit::validation::{Locale, Problem};
    /// assert_eq!(Problem::Required.message(Locale::Es), "es obligatorio");
    /// assert_eq!(Problem::Underage { min_age: 18 }.message(Locale::Sv), "måste vara minst 18 år");
    /// ```
    pub fn message(&self, locale: Locale) -> Cow<'static, str> {
        use Locale::*;
        use Problem::*;
        let l = locale;
        let s = |en: &'static str, es: &'static str, sv: &'static str| -> Cow<'static, str> {
            Cow::Borrowed(match l {
                En => en,
                Es => es,
                Sv => sv,
            })
        };
        let f = |en: String, es: String, sv: String| -> Cow<'static, str> {
            Cow::Owned(match l {
                En => en,
                Es => es,
                Sv => sv,
            })
        };
        match self {
            Required => s("is required", "es obligatorio", "är obligatoriskt"),
            InvalidType { expected } => f(
                format!("must be a {expected}"),
                format!("debe ser de tipo {}", type_es(expected)),
                format!("måste vara av typen {}", type_sv(expected)),
            ),
            Empty => s(
                "must not be empty",
                "no puede estar vacío",
                "får inte vara tomt",
            ),
            TooLong { max } => f(
                format!("must be at most {max} characters long"),
                format!("debe tener como máximo {max} caracteres"),
                format!("får vara högst {max} tecken långt"),
            ),
            InvalidFormat => s(
                "has an invalid format",
                "tiene un formato no válido",
                "har ett ogiltigt format",
            ),
            InvalidDate => s(
                "is not a valid date",
                "no es una fecha válida",
                "är inte ett giltigt datum",
            ),
            InvalidDateTime => s(
                "is not a valid RFC 3339 date and time",
                "no es una fecha y hora RFC 3339 válida",
                "är inte en giltig tidpunkt enligt RFC 3339",
            ),
            InvalidChecksum => s(
                "has an invalid check digit",
                "tiene un dígito de control incorrecto",
                "har en felaktig kontrollsiffra",
            ),
            InvalidIndividualNumber => s(
                "has an individual number that is never issued",
                "tiene un número individual que nunca se asigna",
                "har ett individnummer som aldrig tilldelas",
            ),
            TemporaryIdentityNumber => s(
                "is a temporary identity number",
                "es un número de identidad temporal",
                "är ett tillfälligt identitetsnummer",
            ),
            UnsupportedCountry { supported } => f(
                format!(
                    "identity numbers of this country are not supported (supported: {supported})"
                ),
                format!("no se admiten números de identidad de este país (admitidos: {supported})"),
                format!("identitetsnummer från detta land stöds inte (stöds: {supported})"),
            ),
            BirthDateInFuture => s(
                "has a birth date in the future",
                "tiene una fecha de nacimiento futura",
                "har ett födelsedatum i framtiden",
            ),
            Underage { min_age } => f(
                format!("must be at least {min_age} years old"),
                format!("debe tener al menos {min_age} años"),
                format!("måste vara minst {min_age} år"),
            ),
            UnknownCountry => s(
                "is not an ISO 3166-1 alpha-2 country code",
                "no es un código de país ISO 3166-1 alfa-2",
                "är inte en landskod enligt ISO 3166-1 alpha-2",
            ),
            UnknownCurrency => s(
                "is not an ISO 4217 currency code",
                "no es un código de moneda ISO 4217",
                "är inte en valutakod enligt ISO 4217",
            ),
            MissingCountryCode => s(
                "must start with + and the country calling code (E.164)",
                "debe empezar por + y el prefijo internacional (E.164)",
                "måste börja med + och landsnumret (E.164)",
            ),
            UnknownCallingCode => s(
                "has an unknown country calling code",
                "tiene un prefijo internacional desconocido",
                "har ett okänt landsnummer",
            ),
            PhoneTooShort => s(
                "has too few digits for its country",
                "tiene muy pocas cifras para su país",
                "har för få siffror för sitt land",
            ),
            PhoneTooLong => s(
                "has too many digits for its country",
                "tiene demasiadas cifras para su país",
                "har för många siffror för sitt land",
            ),
            InvalidEmail => s(
                "is not a valid email address",
                "no es una dirección de correo electrónico válida",
                "är inte en giltig e-postadress",
            ),
            UnknownIbanCountry => s(
                "has a country that does not use IBAN",
                "tiene un país que no usa IBAN",
                "har ett land som inte använder IBAN",
            ),
            InvalidLength { expected } => f(
                format!("must be {expected} characters long"),
                format!("debe tener {expected} caracteres"),
                format!("måste vara {expected} tecken långt"),
            ),
            InvalidBban => s(
                "has an account number (BBAN) in the wrong format for its country",
                "tiene un número de cuenta (BBAN) con formato incorrecto para su país",
                "har ett kontonummer (BBAN) i fel format för sitt land",
            ),
            InvalidUuid => s(
                "is not a valid UUID",
                "no es un UUID válido",
                "är inte ett giltigt UUID",
            ),
            InvalidUrl => s(
                "is not a valid URL",
                "no es una URL válida",
                "är inte en giltig URL",
            ),
            InsecureUrl => s(
                "must use https (http only for localhost)",
                "debe usar https (http solo para localhost)",
                "måste använda https (http endast för localhost)",
            ),
            InvalidBase64 => s(
                "is not valid base64",
                "no es base64 válido",
                "är inte giltig base64",
            ),
            InvalidDecimal => s(
                "must be a decimal number such as \"117.16\"",
                "debe ser un número decimal como \"117.16\"",
                "måste vara ett decimaltal som \"117.16\"",
            ),
            NotPositive => s(
                "must be greater than zero",
                "debe ser mayor que cero",
                "måste vara större än noll",
            ),
            Negative => s(
                "must not be negative",
                "no puede ser negativo",
                "får inte vara negativt",
            ),
            TooManyDecimals { max } => f(
                format!("must have at most {max} decimals"),
                format!("debe tener como máximo {max} decimales"),
                format!("får ha högst {max} decimaler"),
            ),
            NotInteger => s(
                "must be a whole number",
                "debe ser un número entero",
                "måste vara ett heltal",
            ),
            TooSmall { min } => f(
                format!("must be at least {min}"),
                format!("debe ser como mínimo {min}"),
                format!("måste vara minst {min}"),
            ),
            TooLarge { max } => f(
                format!("must be at most {max}"),
                format!("debe ser como máximo {max}"),
                format!("får vara högst {max}"),
            ),
            NotOneOf { allowed } => f(
                format!("must be one of: {allowed}"),
                format!("debe ser uno de: {allowed}"),
                format!("måste vara en av: {allowed}"),
            ),
            CurrencyMismatch { expected } => f(
                format!("must be the same currency as the rest of the request ({expected})"),
                format!("debe ser la misma moneda que el resto de la solicitud ({expected})"),
                format!("måste vara samma valuta som resten av begäran ({expected})"),
            ),
            AmountExceedsMaxLoanAmount { max } => f(
                format!("must not exceed the offer's maximum loan amount ({max})"),
                format!("no puede superar el importe máximo de la oferta ({max})"),
                format!("får inte överstiga erbjudandets högsta lånebelopp ({max})"),
            ),
            PrincipalExceedsAssetValue { value } => f(
                format!("must not exceed the asset's value ({value})"),
                format!("no puede superar el valor del bien ({value})"),
                format!("får inte överstiga tillgångens värde ({value})"),
            ),
            ExceedsMaxMoney { max } => f(
                format!("must not exceed the maximum amount ({max})"),
                format!("no puede superar el importe máximo ({max})"),
                format!("får inte överstiga det högsta beloppet ({max})"),
            ),
            ExceedsMaxPeriod { max } => f(
                format!("must not exceed the maximum period ({max} months)"),
                format!("no puede superar el plazo máximo ({max} meses)"),
                format!("får inte överstiga den längsta löptiden ({max} månader)"),
            ),
            OfferExpired { expired_at } => f(
                format!("the offer expired at {expired_at}"),
                format!("la oferta caducó el {expired_at}"),
                format!("erbjudandet gick ut {expired_at}"),
            ),
            OfferMismatch => s(
                "does not match the offer",
                "no coincide con la oferta",
                "stämmer inte med erbjudandet",
            ),
            AssetNotInOffer => s(
                "is not one of the offer's assets",
                "no es uno de los bienes de la oferta",
                "är inte en av erbjudandets tillgångar",
            ),
            OfferOrAssetRequired => s(
                "offerId or assetId is required",
                "se requiere offerId o assetId",
                "offerId eller assetId krävs",
            ),
            AssetTypeNotAllowed { allowed } => f(
                format!("is not an asset type the agent may finance (allowed: {allowed})"),
                format!(
                    "no es un tipo de bien que el agente pueda financiar (permitidos: {allowed})"
                ),
                format!("är inte en tillgångstyp som agenten får finansiera (tillåtna: {allowed})"),
            ),
            AgentMismatch => s(
                "is not the logged-in agent",
                "no es el agente autenticado",
                "är inte den inloggade agenten",
            ),
            RequestTooLarge { max } => f(
                format!("the request must not exceed {max} bytes"),
                format!("la solicitud no puede superar {max} bytes"),
                format!("begäran får inte överstiga {max} byte"),
            ),
            EmptyList => s(
                "must contain at least one element",
                "debe contener al menos un elemento",
                "måste innehålla minst ett element",
            ),
            LooksLikePercentage => s(
                "must be a fraction (0.091), not a percentage (9.1)",
                "debe ser una fracción (0.091), no un porcentaje (9.1)",
                "måste vara en andel (0.091), inte procent (9.1)",
            ),
            IncompleteGroup { fields } => f(
                format!("these fields go together: {fields}"),
                format!("estos campos van juntos: {fields}"),
                format!("dessa fält hör ihop: {fields}"),
            ),
            OfferNotAcceptable { status } => f(
                format!("an offer with status {status} cannot be accepted"),
                format!("no se puede aceptar una oferta con estado {status}"),
                format!("ett erbjudande med status {status} kan inte accepteras"),
            ),
            FileTypeMismatch => s(
                "the content does not match the file type",
                "el contenido no coincide con el tipo de archivo",
                "innehållet stämmer inte med filtypen",
            ),
            Duplicate => s("is a duplicate", "está duplicado", "är en dubblett"),
            AssetTooOld { max_age_years } => f(
                format!("the asset is older than {max_age_years} years"),
                format!("el bien tiene más de {max_age_years} años"),
                format!("tillgången är äldre än {max_age_years} år"),
            ),
            BelowMinimumLoan { min } => f(
                format!("the asset supports less than the smallest loan ({min})"),
                format!("el bien admite menos que el préstamo mínimo ({min})"),
                format!("tillgången räcker inte till det minsta lånet ({min})"),
            ),
            NotOffered => s(
                "is not offered by this program",
                "no se ofrece en este programa",
                "erbjuds inte i detta program",
            ),
        }
    }
}

fn type_es(t: &str) -> &'static str {
    match t {
        "string" => "texto",
        "number" => "número",
        "integer" => "número entero",
        "boolean" => "booleano",
        "array" => "lista",
        "object" => "objeto",
        _ => "desconocido",
    }
}

fn type_sv(t: &str) -> &'static str {
    match t {
        "string" => "text",
        "number" => "tal",
        "integer" => "heltal",
        "boolean" => "boolesk",
        "array" => "lista",
        "object" => "objekt",
        _ => "okänd",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated() {
        let all = [
            Problem::Required,
            Problem::InvalidType { expected: "string" },
            Problem::TooLong { max: 3 },
            Problem::InvalidChecksum,
            Problem::Underage { min_age: 18 },
            Problem::OfferExpired {
                expired_at: "2026-04-22T10:23:44Z".into(),
            },
        ];
        for p in all {
            let en = p.message(Locale::En);
            let es = p.message(Locale::Es);
            let sv = p.message(Locale::Sv);
            assert!(!en.is_empty() && en != es && en != sv, "{}", p.code());
        }
    }
}
