//! Phone, email, IBAN, country, currency, UUID, URL, base64 and dates against
//! published examples.
//!
//! IBAN examples: the SWIFT IBAN Registry's example IBAN of each country (the
//! "IBAN electronic format example" row of its entry).

use lendkit::validation::{country, currency, email, formats, iban, phone};

/// The registry's example IBANs.
const REGISTRY_EXAMPLES: &[&str] = &[
    "AD1200012030200359100100",
    "AE070331234567890123456",
    "AL47212110090000000235698741",
    "AT611904300234573201",
    "AZ21NABZ00000000137010001944",
    "BA391290079401028494",
    "BE68539007547034",
    "BG80BNBG96611020345678",
    "BH67BMAG00001299123456",
    "BR1800360305000010009795493C1",
    "CH9300762011623852957",
    "CR05015202001026284066",
    "CY17002001280000001200527600",
    "CZ6508000000192000145399",
    "DE89370400440532013000",
    "DK5000400440116243",
    "DO28BAGR00000001212453611324",
    "EE382200221020145685",
    "ES9121000418450200051332",
    "FI2112345600000785",
    "FO6264600001631634",
    "FR1420041010050500013M02606",
    "GB29NWBK60161331926819",
    "GB82WEST12345698765432",
    "GE29NB0000000101904917",
    "GI75NWBK000000007099453",
    "GL8964710001000206",
    "GR1601101250000000012300695",
    "GT82TRAJ01020000001210029690",
    "HR1210010051863000160",
    "HU42117730161111101800000000",
    "IE29AIBK93115212345678",
    "IL620108000000099999999",
    "IS140159260076545510730339",
    "IT60X0542811101000000123456",
    "JO94CBJO0010000000000131000302",
    "KW81CBKU0000000000001234560101",
    "KZ86125KZT5004100100",
    "LB62099900000001001901229114",
    "LI21088100002324013AA",
    "LT121000011101001000",
    "LU280019400644750000",
    "LV80BANK0000435195001",
    "MC5811222000010123456789030",
    "MD24AG000225100013104168",
    "ME25505000012345678951",
    "MK07250120000058984",
    "MR1300020001010000123456753",
    "MT84MALT011000012345MTLCAST001S",
    "MU17BOMM0101101030300200000MUR",
    "NL91ABNA0417164300",
    "NO9386011117947",
    "PK36SCBL0000001123456702",
    "PL61109010140000071219812874",
    "PS92PALS000000000400123456702",
    "PT50000201231234567890154",
    "QA58DOHB00001234567890ABCDEFG",
    "RO49AAAA1B31007593840000",
    "RS35260005601001611379",
    "SA0380000000608010167519",
    "SE4550000000058398257466",
    "SI56263300012039086",
    "SK3112000000198742637541",
    "SM86U0322509800000000270100",
    "TN5910006035183598478831",
    "TR330006100519786457841326",
    "UA213223130000026007233566001",
    "VG96VPVG0000012345678901",
    "XK051212012345678906",
];

#[test]
fn every_registry_example_is_valid() {
    for example in REGISTRY_EXAMPLES {
        let parsed = iban::parse(example).unwrap_or_else(|p| panic!("{example}: {}", p.code()));
        assert_eq!(parsed.as_str(), *example);
    }
}

#[test]
fn one_changed_character_is_caught() {
    for example in REGISTRY_EXAMPLES {
        let bytes = example.as_bytes();
        for i in 4..bytes.len() {
            let mut changed = bytes.to_vec();
            changed[i] = if bytes[i] == b'1' {
                b'2'
            } else if bytes[i].is_ascii_digit() {
                b'1'
            } else {
                b'B' + (bytes[i] == b'B') as u8
            };
            let s = String::from_utf8(changed).unwrap();
            assert!(iban::parse(&s).is_err(), "{s}");
        }
    }
}

#[test]
fn tuum_sample_iban() {
    // Tuum's accept-offer sample beneficiary: GB72XXXX04030000000986 (sandbox data).
    assert!(iban::parse("GB72XXXX04030000000986").is_ok());
}

#[test]
fn phones_of_the_seeds_and_limits() {
    assert_eq!(
        phone::parse("+34601000001", None).unwrap().e164,
        "+34601000001"
    );
    assert_eq!(
        phone::parse("+46701234567", None).unwrap().e164,
        "+46701234567"
    );
    // E.164 caps a number at 15 digits.
    assert_eq!(
        phone::parse("+4670123456789012", None).unwrap_err().code(),
        "phone_too_long"
    );
    // Norway's national significant numbers have 8 digits (or 5 for short codes).
    assert!(phone::parse("+4722334455", None).is_ok());
    assert_eq!(
        phone::parse("+47223344556", None).unwrap_err().code(),
        "phone_too_long"
    );
}

#[test]
fn emails_of_the_seeds() {
    for e in [
        "anna.larsson@email.se",
        "john.doe@gmail.com",
        "username@email.com",
        "acme@acme.com",
    ] {
        assert!(email::parse(e).is_ok(), "{e}");
    }
}

#[test]
fn codes_dates_and_formats() {
    for c in ["SE", "NO", "FI", "DK", "ES", "GB"] {
        assert!(country::parse(c).is_ok(), "{c}");
    }
    assert_eq!(country::parse("UK").unwrap_err().code(), "unknown_country");
    for (c, minor) in [("SEK", 2), ("EUR", 2), ("GBP", 2), ("NOK", 2), ("JPY", 0)] {
        assert_eq!(currency::parse(c).unwrap().minor_units(), minor, "{c}");
    }
    assert!(formats::uuid("e7c52ad3-0473-4fbc-bc36-7eb755b1c18d").is_ok());
    assert!(formats::url("https://sign.yourservice.se/ctr_x91pla33").is_ok());
    assert_eq!(formats::base64_len("aGVsbG8gd29ybGQh").unwrap(), 12);
    assert!(formats::date("2023-07-03").is_ok());
    assert!(formats::date_time("2026-04-22T10:23:44Z").is_ok());
}
