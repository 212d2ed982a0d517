//! The link codec: [`Params`] to and from a query string such as
//! `levy=5&strikers=3000&nd=10,11`. Only values that differ from the defaults
//! are written, so links stay short. The command line reads the same form.

use super::calendar::Date;
use super::fields::{field, FIELDS};
use super::params::{Adjustment, Params, PayDivisor, Regime};

/// Version of the link format, written as `v=1`.
pub const VERSION: u32 = 1;

/// Most national strike days read from a link; the rest are ignored.
const MAX_DAYS: usize = 520;

/// Writes the parameters as a query string (no leading `?`).
pub fn to_query(p: &Params) -> String {
    let d = Params::default();
    let mut parts = vec![format!("v={VERSION}")];
    if p.start != d.start {
        parts.push(format!("start={}", p.start));
    }
    for f in FIELDS {
        let v = (f.get)(p);
        if (v - (f.get)(&d)).abs() > 1e-9 {
            parts.push(format!("{}={}", f.key, number(v)));
        }
    }
    if !p.national_days.is_empty() {
        let days: Vec<String> = p.national_days.iter().map(u32::to_string).collect();
        parts.push(format!("nd={}", days.join(",")));
    }
    if p.pay_divisor != d.pay_divisor {
        parts.push(format!("div={}", p.pay_divisor.days()));
    }
    if p.regime != d.regime {
        parts.push(format!("law={}", regime_year(p.regime)));
    }
    if p.uncertainty.enabled {
        parts.push("bands=1".to_string());
    }
    if p.uncertainty.seed != d.uncertainty.seed {
        parts.push(format!("seed={}", p.uncertainty.seed));
    }
    if p.ballot.important_public_services {
        parts.push("ips=1".to_string());
    }
    parts.join("&")
}

fn regime_year(r: Regime) -> u32 {
    match r {
        Regime::TradeUnionAct2016 => 2016,
        Regime::EmploymentRightsAct2025 => 2025,
    }
}

/// A number without needless decimals: `3`, `2.5`, `0.333333`.
fn number(v: f64) -> String {
    let s = format!("{:.6}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads parameters from a query string (with or without a leading `?`),
/// starting from the defaults. Returns them validated, with a message for
/// everything that was ignored or changed. Never panics.
pub fn from_query(query: &str) -> (Params, Vec<Adjustment>) {
    let mut p = Params::default();
    let mut notes = Vec::new();
    let mut bad = |key: &'static str, message: String| notes.push(Adjustment { key, message });
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|s| !s.is_empty()).take(200) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (decode(k), decode(v));
        let v = v.trim();
        match k.as_str() {
            "v" | "embed" | "bench" => {}
            "start" => match Date::parse_iso(v) {
                Some(d) => p.start = d,
                None => bad(
                    "start",
                    format!(
                        "The start date “{}” was not understood; using {}.",
                        clip(v),
                        crate::format::date(Params::default().start)
                    ),
                ),
            },
            "nd" => {
                let mut days = Vec::new();
                for s in v.split(',').filter(|s| !s.is_empty()).take(MAX_DAYS) {
                    match s.trim().parse::<u32>() {
                        Ok(d) => days.push(d),
                        Err(_) => bad(
                            "nd",
                            format!(
                                "A national strike day “{}” was not understood and was left out.",
                                clip(s)
                            ),
                        ),
                    }
                }
                p.national_days = days;
            }
            "div" => match v {
                "260" => p.pay_divisor = PayDivisor::WorkingDays260,
                "365" => p.pay_divisor = PayDivisor::CalendarDays365,
                _ => bad(
                    "div",
                    "The pay divisor must be 260 or 365; using 260.".to_string(),
                ),
            },
            "law" => match v {
                "2016" => p.regime = Regime::TradeUnionAct2016,
                "2025" => p.regime = Regime::EmploymentRightsAct2025,
                _ => bad(
                    "law",
                    "The law must be 2016 or 2025; using 2016.".to_string(),
                ),
            },
            "bands" => p.uncertainty.enabled = v == "1" || v == "true",
            "ips" => p.ballot.important_public_services = v == "1" || v == "true",
            "seed" => match v.parse() {
                Ok(s) => p.uncertainty.seed = s,
                Err(_) => bad(
                    "seed",
                    "The seed must be a whole number; using the default.".to_string(),
                ),
            },
            key => match field(key) {
                Some(f) => match v.parse::<f64>() {
                    Ok(x) if x.is_finite() => (f.set)(&mut p, x),
                    _ => bad(
                        f.key,
                        format!(
                            "{} “{}” was not a number; using the default.",
                            f.label,
                            clip(v)
                        ),
                    ),
                },
                None => bad(
                    "?",
                    format!("An unknown setting “{}” was ignored.", clip(key)),
                ),
            },
        }
    }
    notes.extend(p.validate());
    (p, notes)
}

/// At most 40 characters of text from a link, for messages.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_make_a_short_link() {
        assert_eq!(to_query(&Params::default()), "v=1");
        let (p, notes) = from_query("?v=1");
        assert_eq!(p, Params::default());
        assert!(notes.is_empty());
    }

    #[test]
    fn round_trip_of_a_changed_scenario() {
        let mut p = Params {
            levy_per_month: 500,
            targeted_strikers: 3_000,
            national_days: vec![10, 11, 40],
            pay_divisor: PayDivisor::CalendarDays365,
            regime: Regime::EmploymentRightsAct2025,
            notice_days: 10,
            start: Date::fixed(2027, 1, 4),
            ..Params::default()
        };
        p.uncertainty.enabled = true;
        p.ballot.important_public_services = true;
        let q = to_query(&p);
        assert!(q.contains("levy=5"), "{q}");
        assert!(q.contains("nd=10,11,40"), "{q}");
        let (back, notes) = from_query(&q);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(back, p);
    }

    #[test]
    fn hostile_links_are_survived_and_explained() {
        let (p, notes) =
            from_query("levy=NaN&members=-5&weeks=1e308&nd=1,x,3&zzz=1&start=2026-02-30&%ZZ=%");
        assert_eq!(p.levy_per_month, 300);
        assert_eq!(p.members, 100);
        assert_eq!(p.horizon_weeks, 104);
        assert_eq!(p.national_days, vec![1, 3]);
        assert_eq!(p.start, Params::default().start);
        assert!(notes.len() >= 5, "{notes:?}");
    }

    #[test]
    fn percent_decoding() {
        let (p, notes) = from_query("nd=1%2C2&levy=4%2E5");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(p.national_days, vec![1, 2]);
        assert_eq!(p.levy_per_month, 450);
    }
}
