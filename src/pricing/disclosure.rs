//! The representative example a checkout must show, in Spanish, English and
//! Swedish, every figure taken from a [`Quote`].

use rust_decimal::Decimal;

use super::math::round_fixed;
use super::types::{AprRegime, PaymentFrequency, Quote};
use crate::Error;

/// A locale's number format.
struct Format {
    group: &'static str,
    decimal: &'static str,
}

const ES: Format = Format {
    group: ".",
    decimal: ",",
};
const EN: Format = Format {
    group: ",",
    decimal: ".",
};
/// Swedish groups with a no-break space.
const SV: Format = Format {
    group: "\u{a0}",
    decimal: ",",
};

impl Format {
    /// Formats a decimal as it is (its own scale), grouping thousands.
    fn number(&self, value: Decimal) -> String {
        let text = value.abs().to_string();
        let (int, frac) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text.as_str(), None),
        };
        let mut out = String::with_capacity(text.len() + 8);
        if value.is_sign_negative() && !value.is_zero() {
            out.push('-');
        }
        let len = int.len();
        for (k, ch) in int.chars().enumerate() {
            if k > 0 && (len - k) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(ch);
        }
        if let Some(f) = frac {
            out.push_str(self.decimal);
            out.push_str(f);
        }
        out
    }

    fn money(&self, value: Decimal, currency: &str) -> String {
        format!("{}\u{a0}{currency}", self.number(value))
    }

    /// A rate fraction in percent, at least `min_dp` decimals.
    fn percent(&self, fraction: Decimal, min_dp: u32) -> String {
        let pct = (fraction * Decimal::ONE_HUNDRED).normalize();
        let shown = if pct.scale() < min_dp {
            round_fixed(pct, min_dp)
        } else {
            pct
        };
        format!("{}\u{a0}%", self.number(shown))
    }

    fn apr(&self, quote: &Quote) -> String {
        format!("{}\u{a0}%", self.number(quote.apr_percent))
    }
}

/// The supported locales.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    Es,
    En,
    Sv,
}

fn frequency_words(lang: Lang, f: PaymentFrequency) -> &'static str {
    use PaymentFrequency::*;
    match (lang, f) {
        (Lang::Es, Weekly) => "semanales",
        (Lang::Es, Fortnightly) => "quincenales",
        (Lang::Es, Monthly) => "mensuales",
        (Lang::Es, Quarterly) => "trimestrales",
        (Lang::Es, Annual) => "anuales",
        (Lang::En, Weekly) => "weekly",
        (Lang::En, Fortnightly) => "fortnightly",
        (Lang::En, Monthly) => "monthly",
        (Lang::En, Quarterly) => "quarterly",
        (Lang::En, Annual) => "annual",
        (Lang::Sv, Weekly) => "veckobetalningar",
        (Lang::Sv, Fortnightly) => "betalningar varannan vecka",
        (Lang::Sv, Monthly) => "månadsbetalningar",
        (Lang::Sv, Quarterly) => "kvartalsbetalningar",
        (Lang::Sv, Annual) => "årsbetalningar",
    }
}

/// The term in words: months when whole, else the number of payments.
fn duration(lang: Lang, quote: &Quote) -> String {
    match (quote.term_months, lang) {
        (Some(1), Lang::Es) => "1 mes".into(),
        (Some(m), Lang::Es) => format!("{m} meses"),
        (Some(1), Lang::En) => "1 month".into(),
        (Some(m), Lang::En) => format!("{m} months"),
        (Some(1), Lang::Sv) => "1 månad".into(),
        (Some(m), Lang::Sv) => format!("{m} månader"),
        (None, Lang::Es) => format!("{} plazos", quote.number_of_payments),
        (None, Lang::En) => format!("{} payments", quote.number_of_payments),
        (None, Lang::Sv) => format!("{} betalningar", quote.number_of_payments),
    }
}

/// The representative example for a quote, in `locale` (`es`, `en`, `sv`, or a
/// tag starting with one of them such as `es-ES`, `en-GB`, `sv-SE`).
///
/// Every figure comes from the quote: amount of credit, duration, number and
/// amount of instalments, borrowing rate, APR (TAE, effektiv ränta), total cost
/// of credit and total amount payable. A US-regime quote in English gets the
/// Truth in Lending terms (annual percentage rate, finance charge, amount
/// financed, total of payments).
///
/// # Examples
/// ```
/// use lendkit::pricing::{disclosure, simulate, LoanRequest};
/// let q = simulate(&LoanRequest::monthly("5000", "EUR", 30, "0.091")).unwrap();
/// let text = disclosure(&q, "es").unwrap();
/// assert!(text.contains("TAE 9,5\u{a0}%"));
/// assert!(text.contains("30 cuotas mensuales de 186,97\u{a0}EUR"));
/// ```
///
/// # Errors
/// `Error::Invalid` with code `unsupported_locale` at path `locale`.
pub fn disclosure(quote: &Quote, locale: &str) -> Result<String, Error> {
    let primary = locale
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let lang = match primary.as_str() {
        "es" => Lang::Es,
        "en" => Lang::En,
        "sv" => Lang::Sv,
        _ => {
            return Err(Error::invalid(
                "locale",
                "unsupported_locale",
                format!("{locale:?}: supported locales are es, en and sv"),
            ))
        }
    };
    let cur = quote.currency.as_str();
    let n = quote.number_of_payments;
    let freq = frequency_words(lang, quote.payment_frequency);
    let dur = duration(lang, quote);
    let differs = quote.first_payment != quote.instalment || quote.last_payment != quote.instalment;
    let text = match lang {
        Lang::Es => {
            let f = &ES;
            let mut s = format!(
                "Ejemplo representativo: importe total del crédito {}, a devolver en {dur} \
                 en {n} cuotas {freq} de {}",
                f.money(quote.principal, cur),
                f.money(quote.instalment, cur),
            );
            if differs {
                s += &format!(
                    " (primera cuota {}, última cuota {})",
                    f.money(quote.first_payment, cur),
                    f.money(quote.last_payment, cur)
                );
            }
            s += &format!(
                ". Tipo deudor fijo (TIN) {}. TAE {}. Comisiones {}. Intereses {}. \
                 Coste total del crédito {}. Importe total adeudado {}.",
                f.percent(quote.annual_rate, 2),
                f.apr(quote),
                f.money(quote.total_fees, cur),
                f.money(quote.total_interest, cur),
                f.money(quote.total_cost_of_credit, cur),
                f.money(quote.total_amount_payable, cur),
            );
            s
        }
        Lang::En if quote.apr_regime == AprRegime::Us => {
            let f = &EN;
            let finance_charge = quote.total_cost_of_credit;
            format!(
                "ANNUAL PERCENTAGE RATE {}. Finance charge {}. Amount financed {}. \
                 Total of payments {}. Payment schedule: {n} {freq} payments of {}.",
                f.apr(quote),
                f.money(finance_charge, cur),
                f.money(quote.amount_received, cur),
                f.money(quote.total_amount_payable, cur),
                f.money(quote.instalment, cur),
            )
        }
        Lang::En => {
            let f = &EN;
            let mut s = format!(
                "Representative example: borrowing {} over {dur}, {n} {freq} repayments of {}",
                f.money(quote.principal, cur),
                f.money(quote.instalment, cur),
            );
            if differs {
                s += &format!(
                    " (first {}, last {})",
                    f.money(quote.first_payment, cur),
                    f.money(quote.last_payment, cur)
                );
            }
            s += &format!(
                ". Interest rate {} fixed. Fees {}. Total cost of credit {}. \
                 Total amount payable {}. Representative {} APR.",
                f.percent(quote.annual_rate, 2),
                f.money(quote.total_fees, cur),
                f.money(quote.total_cost_of_credit, cur),
                f.money(quote.total_amount_payable, cur),
                f.apr(quote),
            );
            s
        }
        Lang::Sv => {
            let f = &SV;
            let mut s = format!(
                "Representativt exempel: ett lån på {} med en återbetalningstid på {dur}, \
                 {n} {freq} på {}",
                f.money(quote.principal, cur),
                f.money(quote.instalment, cur),
            );
            if differs {
                s += &format!(
                    " (första {}, sista {})",
                    f.money(quote.first_payment, cur),
                    f.money(quote.last_payment, cur)
                );
            }
            s += &format!(
                ". Fast nominell ränta {}, effektiv ränta {}. Avgifter {}. \
                 Total kreditkostnad {}. Totalt belopp att betala {}.",
                f.percent(quote.annual_rate, 2),
                f.apr(quote),
                f.money(quote.total_fees, cur),
                f.money(quote.total_cost_of_credit, cur),
                f.money(quote.total_amount_payable, cur),
            );
            s
        }
    };
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(ES.number(Decimal::new(560915, 2)), "5.609,15");
        assert_eq!(EN.number(Decimal::new(123456789, 2)), "1,234,567.89");
        assert_eq!(SV.number(Decimal::new(500000, 2)), "5\u{a0}000,00");
        assert_eq!(EN.number(Decimal::new(99, 2)), "0.99");
        assert_eq!(EN.number(Decimal::new(100, 0)), "100");
        assert_eq!(ES.percent(Decimal::new(91, 3), 2), "9,10\u{a0}%");
        assert_eq!(EN.percent(Decimal::new(9125, 5), 2), "9.125\u{a0}%");
    }
}
