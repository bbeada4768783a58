//! Phone numbers in E.164 form (`+46701234567`).
//!
//! Source: ITU-T Recommendation E.164 (at most 15 digits, country calling code of
//! 1-3 digits, the code assignments of the ITU's "List of ITU-T Recommendation
//! E.164 assigned country codes"), and the national numbering plans notified to
//! the ITU for the possible lengths of the national significant number. The table
//! below was generated from the possible lengths compiled in Google's
//! libphonenumber metadata (libphonenumber-js 1.13.16, metadata version 4):
//!
//! ```text
//! node -e 'const m=require("libphonenumber-js/metadata.min.json"); for (const [cc,rs] of
//!   Object.entries(m.country_calling_codes)) { const c=m.countries[rs[0]]; if (!c) continue;
//!   let k=0; for (const l of c[3]) k|=1<<l; console.log(cc, k.toString(2), rs.join(" ")) }'
//! ```
//!
//! A calling code shared by several regions (+1, +7, +44, ...) takes the lengths
//! of its main region, as libphonenumber does for a number it cannot place.
//!
//! Only geographic codes are listed: the non-geographic ones (800, 808, 870, 878,
//! 881-883, 888, 979) are no number for a borrower. This checks the shape of a
//! number (calling code and length), like libphonenumber's "possible" check, not
//! whether the operator has assigned it.

use super::Problem;

/// The longest input looked at, in bytes.
pub const MAX_LEN: usize = 64;

/// `(country calling code, bit mask of the main region's possible national
/// lengths, regions)`, sorted by code; the first region is the code's main one.
const CODES: &[(u16, u32, &str)] = &[
    (
        1,
        0b10000000000,
        "US AG AI AS BB BM BS CA DM DO GD GU JM KN KY LC MP MS PR SX TC TT VC VG VI",
    ),
    (7, 0b100010000000000, "RU KZ"),
    (20, 0b11100000000, "EG"),
    (27, 0b11111100000, "ZA"),
    (30, 0b1110000000000, "GR"),
    (31, 0b111111100000, "NL"),
    (32, 0b1100000000, "BE"),
    (33, 0b1000000000, "FR"),
    (34, 0b1000000000, "ES"),
    (36, 0b1100000000, "HU"),
    (39, 0b1111111000000, "IT VA"),
    (40, 0b1001000000, "RO"),
    (41, 0b1001000000000, "CH"),
    (43, 0b11111111110000, "AT"),
    (44, 0b11010000000, "GB GG IM JE"),
    (45, 0b100000000, "DK"),
    (46, 0b1011111000000, "SE"),
    (47, 0b100100000, "NO SJ"),
    (48, 0b11111000000, "PL"),
    (49, 0b1111111111110000, "DE"),
    (51, 0b1100000000, "PE"),
    (52, 0b10000000000, "MX"),
    (53, 0b10111000000, "CU"),
    (54, 0b110000000000, "AR"),
    (55, 0b111100000000, "BR"),
    (56, 0b111000000000, "CL"),
    (57, 0b110100000000, "CO"),
    (58, 0b10000000000, "VE"),
    (60, 0b11100000000, "MY"),
    (61, 0b1011111100000, "AU CC CX"),
    (62, 0b111111111110000000, "ID"),
    (63, 0b11111101000000, "PH"),
    (64, 0b11111100000, "NZ"),
    (65, 0b110100000000, "SG"),
    (66, 0b10011100000000, "TH"),
    (81, 0b111111111100000000, "JP"),
    (82, 0b111111101100000, "KR"),
    (84, 0b11110000000, "VN"),
    (86, 0b1111110000000, "CN"),
    (90, 0b11010010000000, "TR"),
    (91, 0b11111100000000, "IN"),
    (92, 0b1111100000000, "PK"),
    (93, 0b1000000000, "AF"),
    (94, 0b1000000000, "LK"),
    (95, 0b11111000000, "MM"),
    (98, 0b10011110000, "IR"),
    (211, 0b1000000000, "SS"),
    (212, 0b1000000000, "MA EH"),
    (213, 0b1100000000, "DZ"),
    (216, 0b100000000, "TN"),
    (218, 0b1000000000, "LY"),
    (220, 0b1010000000, "GM"),
    (221, 0b1000000000, "SN"),
    (222, 0b100000000, "MR"),
    (223, 0b100000000, "ML"),
    (224, 0b1100000000, "GN"),
    (225, 0b10000000000, "CI"),
    (226, 0b100000000, "BF"),
    (227, 0b100000000, "NE"),
    (228, 0b100000000, "TG"),
    (229, 0b10000000000, "BJ"),
    (230, 0b10110000000, "MU"),
    (231, 0b1110000000, "LR"),
    (232, 0b100000000, "SL"),
    (233, 0b1100000000, "GH"),
    (234, 0b111110000000000, "NG"),
    (235, 0b100000000, "TD"),
    (236, 0b100000000, "CF"),
    (237, 0b1100000000, "CM"),
    (238, 0b10000000, "CV"),
    (239, 0b10000000, "ST"),
    (240, 0b1000000000, "GQ"),
    (241, 0b110000000, "GA"),
    (242, 0b1000000000, "CG"),
    (243, 0b11110000000, "CD"),
    (244, 0b1000000000, "AO"),
    (245, 0b1010000000, "GW"),
    (246, 0b10000000, "IO"),
    (247, 0b1100000, "AC"),
    (248, 0b10000000, "SC"),
    (249, 0b1000000000, "SD"),
    (250, 0b1100000000, "RW"),
    (251, 0b1000000000, "ET"),
    (252, 0b1111000000, "SO"),
    (253, 0b100000000, "DJ"),
    (254, 0b11110000000, "KE"),
    (255, 0b1000000000, "TZ"),
    (256, 0b1000000000, "UG"),
    (257, 0b100000000, "BI"),
    (258, 0b1100000000, "MZ"),
    (260, 0b1000000000, "ZM"),
    (261, 0b1000000000, "MG"),
    (262, 0b1000000000, "RE YT"),
    (263, 0b11010000000, "ZW"),
    (264, 0b1100000000, "NA"),
    (265, 0b1010000000, "MW"),
    (266, 0b100000000, "LS"),
    (267, 0b10110000000, "BW"),
    (268, 0b1100000000, "SZ"),
    (269, 0b10000000, "KM"),
    (290, 0b110000, "SH TA"),
    (291, 0b10000000, "ER"),
    (297, 0b10000000, "AW"),
    (298, 0b1000000, "FO"),
    (299, 0b1000000, "GL"),
    (350, 0b100000000, "GI"),
    (351, 0b1000000000, "PT"),
    (352, 0b111111110000, "LU"),
    (353, 0b11110000000, "IE"),
    (354, 0b1010000000, "IS"),
    (355, 0b1111000000, "AL"),
    (356, 0b100000000, "MT"),
    (357, 0b100000000, "CY"),
    (358, 0b1111111100000, "FI AX"),
    (359, 0b1001111000000, "BG"),
    (370, 0b100000000, "LT"),
    (371, 0b100000000, "LV"),
    (372, 0b10110000000, "EE"),
    (373, 0b100000000, "MD"),
    (374, 0b100000000, "AM"),
    (375, 0b111111000000, "BY"),
    (376, 0b1101000000, "AD"),
    (377, 0b1100000000, "MC"),
    (378, 0b10100000000, "SM"),
    (380, 0b11000000000, "UA"),
    (381, 0b1111111000000, "RS"),
    (382, 0b1100000000, "ME"),
    (383, 0b1111100000000, "XK"),
    (385, 0b1110000000, "HR"),
    (386, 0b111100000, "SI"),
    (387, 0b1100000000, "BA"),
    (389, 0b100000000, "MK"),
    (420, 0b1111000000000, "CZ"),
    (421, 0b1011000000, "SK"),
    (423, 0b1010000000, "LI"),
    (500, 0b100000, "FK"),
    (501, 0b100010000000, "BZ"),
    (502, 0b100100000000, "GT"),
    (503, 0b100110000000, "SV"),
    (504, 0b100100000000, "HN"),
    (505, 0b100000000, "NI"),
    (506, 0b10100000000, "CR"),
    (507, 0b110110000000, "PA"),
    (508, 0b1001000000, "PM"),
    (509, 0b100000000, "HT"),
    (590, 0b1000000000, "GP BL MF"),
    (591, 0b1100000000, "BO"),
    (592, 0b10000000, "GY"),
    (593, 0b111100000000, "EC"),
    (594, 0b1000000000, "GF"),
    (595, 0b111111000000, "PY"),
    (596, 0b1000000000, "MQ"),
    (597, 0b11000000, "SR"),
    (598, 0b11111111110000, "UY"),
    (599, 0b110000000, "CW BQ"),
    (670, 0b110000000, "TL"),
    (672, 0b1000000, "NF"),
    (673, 0b10000000, "BN"),
    (674, 0b10000000, "NR"),
    (675, 0b110000000, "PG"),
    (676, 0b10100000, "TO"),
    (677, 0b10100000, "SB"),
    (678, 0b10100000, "VU"),
    (679, 0b100010000000, "FJ"),
    (680, 0b10000000, "PW"),
    (681, 0b1001000000, "WF"),
    (682, 0b100000, "CK"),
    (683, 0b10010000, "NU"),
    (685, 0b10011100000, "WS"),
    (686, 0b100100000, "KI"),
    (687, 0b1000000, "NC"),
    (688, 0b11100000, "TV"),
    (689, 0b1101000000, "PF"),
    (690, 0b11110000, "TK"),
    (691, 0b10000000, "FM"),
    (692, 0b10000000, "MH"),
    (850, 0b10100000000, "KP"),
    (852, 0b101111100000, "HK"),
    (853, 0b110000000, "MO"),
    (855, 0b11100000000, "KH"),
    (856, 0b11100000000, "LA"),
    (880, 0b11111000000, "BD"),
    (886, 0b111110000000, "TW"),
    (960, 0b10010000000, "MV"),
    (961, 0b110000000, "LB"),
    (962, 0b1100000000, "JO"),
    (963, 0b1100000000, "SY"),
    (964, 0b11100000000, "IQ"),
    (965, 0b110000000, "KW"),
    (966, 0b11000000000, "SA"),
    (967, 0b1110000000, "YE"),
    (968, 0b1110000000, "OM"),
    (970, 0b11100000000, "PS"),
    (971, 0b1111111100000, "AE"),
    (972, 0b1111110000000, "IL"),
    (973, 0b100000000, "BH"),
    (974, 0b101110000000, "QA"),
    (975, 0b110000000, "BT"),
    (976, 0b11100000000, "MN"),
    (977, 0b110100000000, "NP"),
    (992, 0b1000000000, "TJ"),
    (993, 0b100000000, "TM"),
    (994, 0b1000000000, "AZ"),
    (995, 0b1000000000, "GE"),
    (996, 0b11000000000, "KG"),
    (998, 0b1000000000, "UZ"),
];

/// `(region, calling code, national trunk prefix)` for writing national numbers
/// in E.164 with a default country (same source as [`CODES`]). The trunk
/// prefix is at most two digits, padded with NULs: 6 bytes an entry instead of
/// two `&str`s' 20.
const REGIONS: &[([u8; 2], u16, [u8; 2])] = &[
    (*b"AC", 247, *b"\0\0"),
    (*b"AD", 376, *b"\0\0"),
    (*b"AE", 971, *b"0\0"),
    (*b"AF", 93, *b"0\0"),
    (*b"AG", 1, *b"1\0"),
    (*b"AI", 1, *b"1\0"),
    (*b"AL", 355, *b"0\0"),
    (*b"AM", 374, *b"0\0"),
    (*b"AO", 244, *b"\0\0"),
    (*b"AR", 54, *b"0\0"),
    (*b"AS", 1, *b"1\0"),
    (*b"AT", 43, *b"0\0"),
    (*b"AU", 61, *b"0\0"),
    (*b"AW", 297, *b"\0\0"),
    (*b"AX", 358, *b"0\0"),
    (*b"AZ", 994, *b"0\0"),
    (*b"BA", 387, *b"0\0"),
    (*b"BB", 1, *b"1\0"),
    (*b"BD", 880, *b"0\0"),
    (*b"BE", 32, *b"0\0"),
    (*b"BF", 226, *b"\0\0"),
    (*b"BG", 359, *b"0\0"),
    (*b"BH", 973, *b"\0\0"),
    (*b"BI", 257, *b"\0\0"),
    (*b"BJ", 229, *b"\0\0"),
    (*b"BL", 590, *b"0\0"),
    (*b"BM", 1, *b"1\0"),
    (*b"BN", 673, *b"\0\0"),
    (*b"BO", 591, *b"0\0"),
    (*b"BQ", 599, *b"\0\0"),
    (*b"BR", 55, *b"0\0"),
    (*b"BS", 1, *b"1\0"),
    (*b"BT", 975, *b"\0\0"),
    (*b"BW", 267, *b"\0\0"),
    (*b"BY", 375, *b"8\0"),
    (*b"BZ", 501, *b"\0\0"),
    (*b"CA", 1, *b"1\0"),
    (*b"CC", 61, *b"0\0"),
    (*b"CD", 243, *b"0\0"),
    (*b"CF", 236, *b"\0\0"),
    (*b"CG", 242, *b"\0\0"),
    (*b"CH", 41, *b"0\0"),
    (*b"CI", 225, *b"\0\0"),
    (*b"CK", 682, *b"\0\0"),
    (*b"CL", 56, *b"\0\0"),
    (*b"CM", 237, *b"\0\0"),
    (*b"CN", 86, *b"0\0"),
    (*b"CO", 57, *b"0\0"),
    (*b"CR", 506, *b"\0\0"),
    (*b"CU", 53, *b"0\0"),
    (*b"CV", 238, *b"\0\0"),
    (*b"CW", 599, *b"\0\0"),
    (*b"CX", 61, *b"0\0"),
    (*b"CY", 357, *b"\0\0"),
    (*b"CZ", 420, *b"\0\0"),
    (*b"DE", 49, *b"0\0"),
    (*b"DJ", 253, *b"\0\0"),
    (*b"DK", 45, *b"\0\0"),
    (*b"DM", 1, *b"1\0"),
    (*b"DO", 1, *b"1\0"),
    (*b"DZ", 213, *b"0\0"),
    (*b"EC", 593, *b"0\0"),
    (*b"EE", 372, *b"\0\0"),
    (*b"EG", 20, *b"0\0"),
    (*b"EH", 212, *b"0\0"),
    (*b"ER", 291, *b"0\0"),
    (*b"ES", 34, *b"\0\0"),
    (*b"ET", 251, *b"0\0"),
    (*b"FI", 358, *b"0\0"),
    (*b"FJ", 679, *b"\0\0"),
    (*b"FK", 500, *b"\0\0"),
    (*b"FM", 691, *b"\0\0"),
    (*b"FO", 298, *b"\0\0"),
    (*b"FR", 33, *b"0\0"),
    (*b"GA", 241, *b"\0\0"),
    (*b"GB", 44, *b"0\0"),
    (*b"GD", 1, *b"1\0"),
    (*b"GE", 995, *b"0\0"),
    (*b"GF", 594, *b"0\0"),
    (*b"GG", 44, *b"0\0"),
    (*b"GH", 233, *b"0\0"),
    (*b"GI", 350, *b"\0\0"),
    (*b"GL", 299, *b"\0\0"),
    (*b"GM", 220, *b"\0\0"),
    (*b"GN", 224, *b"\0\0"),
    (*b"GP", 590, *b"0\0"),
    (*b"GQ", 240, *b"\0\0"),
    (*b"GR", 30, *b"\0\0"),
    (*b"GT", 502, *b"\0\0"),
    (*b"GU", 1, *b"1\0"),
    (*b"GW", 245, *b"\0\0"),
    (*b"GY", 592, *b"\0\0"),
    (*b"HK", 852, *b"\0\0"),
    (*b"HN", 504, *b"\0\0"),
    (*b"HR", 385, *b"0\0"),
    (*b"HT", 509, *b"\0\0"),
    (*b"HU", 36, *b"06"),
    (*b"ID", 62, *b"0\0"),
    (*b"IE", 353, *b"0\0"),
    (*b"IL", 972, *b"0\0"),
    (*b"IM", 44, *b"0\0"),
    (*b"IN", 91, *b"0\0"),
    (*b"IO", 246, *b"\0\0"),
    (*b"IQ", 964, *b"0\0"),
    (*b"IR", 98, *b"0\0"),
    (*b"IS", 354, *b"\0\0"),
    (*b"IT", 39, *b"\0\0"),
    (*b"JE", 44, *b"0\0"),
    (*b"JM", 1, *b"1\0"),
    (*b"JO", 962, *b"0\0"),
    (*b"JP", 81, *b"0\0"),
    (*b"KE", 254, *b"0\0"),
    (*b"KG", 996, *b"0\0"),
    (*b"KH", 855, *b"0\0"),
    (*b"KI", 686, *b"0\0"),
    (*b"KM", 269, *b"\0\0"),
    (*b"KN", 1, *b"1\0"),
    (*b"KP", 850, *b"0\0"),
    (*b"KR", 82, *b"0\0"),
    (*b"KW", 965, *b"\0\0"),
    (*b"KY", 1, *b"1\0"),
    (*b"KZ", 7, *b"8\0"),
    (*b"LA", 856, *b"0\0"),
    (*b"LB", 961, *b"0\0"),
    (*b"LC", 1, *b"1\0"),
    (*b"LI", 423, *b"0\0"),
    (*b"LK", 94, *b"0\0"),
    (*b"LR", 231, *b"0\0"),
    (*b"LS", 266, *b"\0\0"),
    (*b"LT", 370, *b"0\0"),
    (*b"LU", 352, *b"\0\0"),
    (*b"LV", 371, *b"\0\0"),
    (*b"LY", 218, *b"0\0"),
    (*b"MA", 212, *b"0\0"),
    (*b"MC", 377, *b"0\0"),
    (*b"MD", 373, *b"0\0"),
    (*b"ME", 382, *b"0\0"),
    (*b"MF", 590, *b"0\0"),
    (*b"MG", 261, *b"0\0"),
    (*b"MH", 692, *b"1\0"),
    (*b"MK", 389, *b"0\0"),
    (*b"ML", 223, *b"\0\0"),
    (*b"MM", 95, *b"0\0"),
    (*b"MN", 976, *b"0\0"),
    (*b"MO", 853, *b"\0\0"),
    (*b"MP", 1, *b"1\0"),
    (*b"MQ", 596, *b"0\0"),
    (*b"MR", 222, *b"\0\0"),
    (*b"MS", 1, *b"1\0"),
    (*b"MT", 356, *b"\0\0"),
    (*b"MU", 230, *b"\0\0"),
    (*b"MV", 960, *b"\0\0"),
    (*b"MW", 265, *b"0\0"),
    (*b"MX", 52, *b"\0\0"),
    (*b"MY", 60, *b"0\0"),
    (*b"MZ", 258, *b"\0\0"),
    (*b"NA", 264, *b"0\0"),
    (*b"NC", 687, *b"\0\0"),
    (*b"NE", 227, *b"\0\0"),
    (*b"NF", 672, *b"\0\0"),
    (*b"NG", 234, *b"0\0"),
    (*b"NI", 505, *b"\0\0"),
    (*b"NL", 31, *b"0\0"),
    (*b"NO", 47, *b"\0\0"),
    (*b"NP", 977, *b"0\0"),
    (*b"NR", 674, *b"\0\0"),
    (*b"NU", 683, *b"\0\0"),
    (*b"NZ", 64, *b"0\0"),
    (*b"OM", 968, *b"\0\0"),
    (*b"PA", 507, *b"\0\0"),
    (*b"PE", 51, *b"0\0"),
    (*b"PF", 689, *b"\0\0"),
    (*b"PG", 675, *b"\0\0"),
    (*b"PH", 63, *b"0\0"),
    (*b"PK", 92, *b"0\0"),
    (*b"PL", 48, *b"\0\0"),
    (*b"PM", 508, *b"0\0"),
    (*b"PR", 1, *b"1\0"),
    (*b"PS", 970, *b"0\0"),
    (*b"PT", 351, *b"\0\0"),
    (*b"PW", 680, *b"\0\0"),
    (*b"PY", 595, *b"0\0"),
    (*b"QA", 974, *b"\0\0"),
    (*b"RE", 262, *b"0\0"),
    (*b"RO", 40, *b"0\0"),
    (*b"RS", 381, *b"0\0"),
    (*b"RU", 7, *b"8\0"),
    (*b"RW", 250, *b"0\0"),
    (*b"SA", 966, *b"0\0"),
    (*b"SB", 677, *b"\0\0"),
    (*b"SC", 248, *b"\0\0"),
    (*b"SD", 249, *b"0\0"),
    (*b"SE", 46, *b"0\0"),
    (*b"SG", 65, *b"\0\0"),
    (*b"SH", 290, *b"\0\0"),
    (*b"SI", 386, *b"0\0"),
    (*b"SJ", 47, *b"\0\0"),
    (*b"SK", 421, *b"0\0"),
    (*b"SL", 232, *b"0\0"),
    (*b"SM", 378, *b"\0\0"),
    (*b"SN", 221, *b"\0\0"),
    (*b"SO", 252, *b"0\0"),
    (*b"SR", 597, *b"\0\0"),
    (*b"SS", 211, *b"0\0"),
    (*b"ST", 239, *b"\0\0"),
    (*b"SV", 503, *b"\0\0"),
    (*b"SX", 1, *b"1\0"),
    (*b"SY", 963, *b"0\0"),
    (*b"SZ", 268, *b"\0\0"),
    (*b"TA", 290, *b"\0\0"),
    (*b"TC", 1, *b"1\0"),
    (*b"TD", 235, *b"\0\0"),
    (*b"TG", 228, *b"\0\0"),
    (*b"TH", 66, *b"0\0"),
    (*b"TJ", 992, *b"\0\0"),
    (*b"TK", 690, *b"\0\0"),
    (*b"TL", 670, *b"\0\0"),
    (*b"TM", 993, *b"8\0"),
    (*b"TN", 216, *b"\0\0"),
    (*b"TO", 676, *b"\0\0"),
    (*b"TR", 90, *b"0\0"),
    (*b"TT", 1, *b"1\0"),
    (*b"TV", 688, *b"\0\0"),
    (*b"TW", 886, *b"0\0"),
    (*b"TZ", 255, *b"0\0"),
    (*b"UA", 380, *b"0\0"),
    (*b"UG", 256, *b"0\0"),
    (*b"US", 1, *b"1\0"),
    (*b"UY", 598, *b"0\0"),
    (*b"UZ", 998, *b"\0\0"),
    (*b"VA", 39, *b"\0\0"),
    (*b"VC", 1, *b"1\0"),
    (*b"VE", 58, *b"0\0"),
    (*b"VG", 1, *b"1\0"),
    (*b"VI", 1, *b"1\0"),
    (*b"VN", 84, *b"0\0"),
    (*b"VU", 678, *b"\0\0"),
    (*b"WF", 681, *b"\0\0"),
    (*b"WS", 685, *b"\0\0"),
    (*b"XK", 383, *b"0\0"),
    (*b"YE", 967, *b"0\0"),
    (*b"YT", 262, *b"0\0"),
    (*b"ZA", 27, *b"0\0"),
    (*b"ZM", 260, *b"0\0"),
    (*b"ZW", 263, *b"0\0"),
];

/// A valid phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    /// The country calling code, such as 46.
    pub calling_code: u16,
    /// The regions that share the code (ISO 3166-1 alpha-2), main one first.
    pub regions: &'static str,
    /// The E.164 form, `+` and digits only.
    pub e164: String,
}

/// Checks a phone number and writes it in E.164. Spaces, dashes, dots, slashes,
/// parentheses and a `(0)` after the calling code are dropped; `00` in front is
/// read as `+`. Without `+` or `00` the number needs `default_country` (ISO
/// alpha-2), whose trunk prefix (`0` in Sweden) is then removed.
///
/// # Errors
/// `empty`, `too_long`, `invalid_format`, `missing_country_code`,
/// `unknown_calling_code`, `phone_too_short`, `phone_too_long`.
///
/// # Examples
/// ```
/// use lendkit::validation::phone::parse;
/// assert_eq!(parse("+46 70-123 45 67", None).unwrap().e164, "+46701234567");
/// assert_eq!(parse("070-123 45 67", Some("SE")).unwrap().e164, "+46701234567");
/// assert_eq!(parse("+34601000001", None).unwrap().regions, "ES");
/// assert_eq!(parse("0701234567", None).unwrap_err().code(), "missing_country_code");
/// assert_eq!(parse("+4670123", None).unwrap_err().code(), "phone_too_short");
/// ```
pub fn parse(value: &str, default_country: Option<&str>) -> Result<PhoneNumber, Problem> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Problem::Empty);
    }
    if trimmed.len() > MAX_LEN {
        return Err(Problem::TooLong { max: MAX_LEN });
    }
    let bytes = trimmed.as_bytes();
    let (international, rest) = match bytes {
        [b'+', rest @ ..] => (true, rest),
        [b'0', b'0', rest @ ..] => (true, rest),
        _ => (false, bytes),
    };
    // Digits only, formatting dropped; "(0)" is the trunk prefix people write
    // after the calling code and is not part of the number.
    let mut digits = [0u8; MAX_LEN];
    let mut n = 0usize;
    let mut i = 0usize;
    while let Some(&b) = rest.get(i) {
        match b {
            b'0'..=b'9' => {
                if let Some(slot) = digits.get_mut(n) {
                    *slot = b;
                }
                n += 1;
            }
            b'(' if international
                && rest.get(i + 1) == Some(&b'0')
                && rest.get(i + 2) == Some(&b')') =>
            {
                i += 2;
            }
            b' ' | b'-' | b'.' | b'/' | b'(' | b')' => {}
            _ => return Err(Problem::InvalidFormat),
        }
        i += 1;
    }
    let digits = digits.get(..n).unwrap_or(&[]);
    if digits.is_empty() {
        return Err(Problem::InvalidFormat);
    }
    let mut full = String::with_capacity(18);
    full.push('+');
    if !international {
        let region = default_country.ok_or(Problem::MissingCountryCode)?;
        let (_, cc, trunk) = REGIONS
            .binary_search_by(|(r, _, _)| r.as_slice().cmp(region.trim().as_bytes()))
            .ok()
            .and_then(|i| REGIONS.get(i))
            .ok_or(Problem::UnknownCountry)?;
        let trunk = trunk.split(|&b| b == 0).next().unwrap_or(&[]);
        let national = if !trunk.is_empty() && digits.starts_with(trunk) {
            digits.get(trunk.len()..).unwrap_or(&[])
        } else {
            digits
        };
        full.push_str(&cc.to_string());
        full.push_str(std::str::from_utf8(national).unwrap_or(""));
    } else {
        full.push_str(std::str::from_utf8(digits).unwrap_or(""));
    }
    check_e164(full)
}

/// Checks digits after the `+`: calling code and length.
fn check_e164(full: String) -> Result<PhoneNumber, Problem> {
    let digits = full.as_bytes().get(1..).unwrap_or(&[]);
    if digits.len() > 15 {
        return Err(Problem::PhoneTooLong);
    }
    if digits.first() == Some(&b'0') {
        return Err(Problem::UnknownCallingCode);
    }
    for cc_len in 1..=3usize {
        let Some(code) = super::identity::digits_at(digits, 0, cc_len) else {
            break;
        };
        let Ok(i) = CODES.binary_search_by_key(&(code as u16), |(c, _, _)| *c) else {
            continue;
        };
        let Some(&(calling_code, mask, regions)) = CODES.get(i) else {
            break;
        };
        let national = digits.len() - cc_len;
        if national < 32 && mask & (1 << national) != 0 {
            return Ok(PhoneNumber {
                calling_code,
                regions,
                e164: full,
            });
        }
        let max = 31 - mask.leading_zeros() as usize;
        return Err(if national > max {
            Problem::PhoneTooLong
        } else {
            Problem::PhoneTooShort
        });
    }
    Err(Problem::UnknownCallingCode)
}

/// The calling code of a region, such as 46 for `SE`.
pub fn calling_code(region: &str) -> Option<u16> {
    REGIONS
        .binary_search_by(|(r, _, _)| r.as_slice().cmp(region.as_bytes()))
        .ok()
        .and_then(|i| REGIONS.get(i))
        .map(|&(_, cc, _)| cc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        assert!(CODES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(REGIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn seed_numbers() {
        // Nemuru's borrower and the asset-loan customer of the seeds.
        assert_eq!(parse("+34601000001", None).unwrap().calling_code, 34);
        assert_eq!(parse("+46701234567", None).unwrap().calling_code, 46);
    }

    #[test]
    fn written_forms() {
        assert_eq!(
            parse("+46 (0)70 123 45 67", None).unwrap().e164,
            "+46701234567"
        );
        assert_eq!(parse("0046701234567", None).unwrap().e164, "+46701234567");
        assert_eq!(
            parse("601 00 00 01", Some("ES")).unwrap().e164,
            "+34601000001"
        );
        assert_eq!(
            parse("22 33 44 55", Some("NO")).unwrap().e164,
            "+4722334455"
        );
        assert_eq!(
            parse("+1 (212) 555-0100", None).unwrap().regions.get(..2),
            Some("US")
        );
    }

    #[test]
    fn problems() {
        assert_eq!(parse("", None).unwrap_err().code(), "empty");
        assert_eq!(
            parse("+46 70 ABC", None).unwrap_err().code(),
            "invalid_format"
        );
        assert_eq!(
            parse("+0123", None).unwrap_err().code(),
            "unknown_calling_code"
        );
        assert_eq!(
            parse("+80012345678", None).unwrap_err().code(),
            "unknown_calling_code"
        );
        assert_eq!(
            parse("+3460100000", None).unwrap_err().code(),
            "phone_too_short"
        );
        assert_eq!(
            parse("+346010000011", None).unwrap_err().code(),
            "phone_too_long"
        );
        assert_eq!(
            parse("+1234567890123456", None).unwrap_err().code(),
            "phone_too_long"
        );
        assert_eq!(
            parse("0701234567", Some("XX")).unwrap_err().code(),
            "unknown_country"
        );
    }
}
