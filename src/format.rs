//! Formatting of money, numbers, percentages, weeks and dates for people, in
//! UK style: £1,234, 50%, 30 November 2026. Pure and shared by the app, the
//! summary, the charts and the command line.

use crate::model::calendar::Date;
use crate::model::choices::Choice;
use crate::model::fields::{Field, Unit};
use crate::model::money::{div_round, Pence};
use crate::model::params::Params;
use crate::model::simulate::BACKLOG_TOLERANCE;
use crate::model::validate::{Adjustment, Problem, Setting};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A whole number with thousands separators: `12,345`, `-7`.
pub fn count(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Money to the nearest pound: `£1,234`, `-£56`.
pub fn money(p: Pence) -> String {
    let pounds = round_div(p, 100);
    if pounds < 0 {
        format!("-£{}", count(-pounds))
    } else {
        format!("£{}", count(pounds))
    }
}

/// Money with pence where there are any: `£3`, `£2.50`, `50p`.
pub fn money_small(p: Pence) -> String {
    if p.abs() < 100 && p != 0 {
        return format!("{p}p");
    }
    if p % 100 == 0 {
        money(p)
    } else {
        let sign = if p < 0 { "-" } else { "" };
        format!("{sign}£{}.{:02}", count(p.abs() / 100), p.abs() % 100)
    }
}

/// Money in a compact form for axes and headlines: `£950`, `£12k`, `£2.5m`.
pub fn money_compact(p: Pence) -> String {
    let pounds = p as f64 / 100.0;
    let sign = if pounds < 0.0 { "-" } else { "" };
    let a = pounds.abs();
    if a >= 1e6 {
        format!("{sign}£{}m", trim(a / 1e6, 1))
    } else if a >= 1e4 {
        format!("{sign}£{}k", trim(a / 1e3, 0))
    } else if a >= 1e3 {
        format!("{sign}£{}k", trim(a / 1e3, 1))
    } else {
        format!("{sign}£{}", trim(a, 0))
    }
}

/// A number with at most `places` decimals and no trailing zeros: `2.5`, `3`.
pub fn trim(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        &s
    };
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// A share (0 to 1) as a percentage: `50%`, `47.4%`.
pub fn percent(share: f64) -> String {
    format!("{}%", trim(share * 100.0, 1))
}

/// Weeks with one decimal: `6.2 weeks`, `1 week`.
pub fn weeks(w: f64) -> String {
    let s = trim(w, 1);
    if s == "1" {
        "1 week".to_string()
    } else {
        format!("{s} weeks")
    }
}

/// The fewest decimals (1 to `most`) at which `a` and `b` read differently,
/// or 1 if they are within `tolerance` of each other (so they read the same).
fn deciding_places(a: f64, b: f64, tolerance: f64, most: usize) -> usize {
    if (a - b).abs() <= tolerance {
        return 1;
    }
    (1..=most)
        .find(|&k| trim(a, k) != trim(b, k))
        .unwrap_or(most)
}

/// Two backlogs in weeks, side by side, with the decimals that tell them apart:
/// a peak of 4.04 weeks beside a start of 4 reads `4.04 weeks`, not `4 weeks`.
/// Within [`BACKLOG_TOLERANCE`] of each other they read the same.
pub fn weeks_beside(a: f64, b: f64) -> (String, String) {
    let k = deciding_places(a, b, BACKLOG_TOLERANCE, 6);
    let w = |v: f64| {
        let s = trim(v, k);
        if s == "1" {
            "1 week".to_string()
        } else {
            format!("{s} weeks")
        }
    };
    (w(a), w(b))
}

/// A share as a percentage beside a threshold it is judged against, with the
/// decimals that show which side it is on: 49.99% reads `49.99%`, not `50%`.
pub fn percent_beside(share: f64, threshold: f64) -> String {
    let k = deciding_places(share * 100.0, threshold * 100.0, 0.0, 4);
    format!("{}%", trim(share * 100.0, k))
}

/// `1 day`, `3 days`; likewise for any noun with a plain plural.
pub fn plural(n: i64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{} {noun}s", count(n))
    }
}

/// A list in words: `a`, `a and b`, `a, b and c`.
pub fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A date in full: `30 November 2026`.
pub fn date(d: Date) -> String {
    let (y, m, day) = d.ymd();
    format!("{day} {} {y}", MONTHS[(m - 1) as usize])
}

/// A short date for chart axes: `30 Nov`.
pub fn date_short(d: Date) -> String {
    let (_, m, day) = d.ymd();
    format!("{day} {}", &MONTHS[(m - 1) as usize][..3])
}

/// A month and year: `December 2026`.
pub fn month_year(d: Date) -> String {
    let (y, m, _) = d.ymd();
    format!("{} {y}", MONTHS[(m - 1) as usize])
}

/// The Monday-based start date of a model week (week 0 is the start date's).
pub fn week_start(p: &Params, week: u32) -> Date {
    // Any week at all (a link can ask for week 4,000,000,000): found without
    // listing the days before it.
    p.start
        .nth_working_day(week.saturating_mul(5).saturating_add(1))
}

/// A field's value in words with its unit, as shown beside a slider and read
/// by screen readers: `£3 a month`, `2,000 people`, `50%`, `week 3 (14 December 2026)`.
pub fn field_value(f: &Field, v: f64, p: &Params) -> String {
    match f.unit {
        Unit::People => plural(v.round() as i64, "person").replace("persons", "people"),
        Unit::Pounds => money((v * 100.0).round() as i64),
        Unit::PoundsPerMonth => format!("{} a month", money_small((v * 100.0).round() as i64)),
        Unit::PoundsPerMemberMonth => {
            format!(
                "{} a member a month",
                money_small((v * 100.0).round() as i64)
            )
        }
        Unit::PoundsPerDay => format!("{} a day", money_small((v * 100.0).round() as i64)),
        Unit::StrikeDays => plural(v.round() as i64, "strike day"),
        Unit::Percent => format!("{}%", trim(v, 1)),
        Unit::PercentPoints => format!("± {} points", trim(v, 1)),
        Unit::Weeks => plural(v.round() as i64, "week"),
        Unit::WeekFromStart => {
            let w = v.round().max(1.0) as u32;
            format!("week {w} ({})", date(week_start(p, w - 1)))
        }
        Unit::Days => plural(v.round() as i64, "day"),
        Unit::DaysPerWeek => format!("{} a week", plural(v.round() as i64, "day")),
        Unit::MonthNumber => {
            let n = v.round().max(1.0) as u32;
            let month = p
                .start
                .working_days(p.horizon_days())
                .into_iter()
                .filter(|d| d.is_first_working_day_of_month())
                .nth((n - 1) as usize);
            match month {
                Some(d) => format!("month {n} ({})", month_year(d)),
                None => format!("month {n}"),
            }
        }
        Unit::WeeksOfWork => format!("{} of work", weeks(v)),
        Unit::Count => count(v.round() as i64),
    }
}

fn round_div(a: i64, b: i64) -> i64 {
    div_round(a, b)
}

/// A field's help line with its default, as the panel and `--keys` show it:
/// `Asked each month of every member not on targeted action. Default: £3 a month, one side of the £3 or £5 debate.`
/// The default comes from `Params::default`, so it can never disagree with it.
pub fn field_help(f: &Field) -> String {
    format!("{} Default: {}.", f.help, field_default(f))
}

/// A field's default with its unit and source: `£3 a month, one side of the £3 or £5 debate`.
pub fn field_default(f: &Field) -> String {
    let d = Params::default();
    let value = field_value(f, (f.get)(&d), &d);
    if f.source.is_empty() {
        value
    } else {
        format!("{value}, {}", f.source)
    }
}

/// A setting that is not a number, in words: `30 November 2026`, `Employment Rights Act 2025`.
pub fn choice_value(c: Choice, p: &Params) -> String {
    let on_off = |on: bool| if on { "on" } else { "off" }.to_string();
    match c {
        Choice::Start => date(p.start),
        Choice::NationalDays => match p.national_days.len() {
            0 => "none".to_string(),
            n => plural(n as i64, "day"),
        },
        Choice::Divisor => p.pay_divisor.label().to_string(),
        Choice::WhenEmpty => p.fund_rule.label().to_string(),
        Choice::Law => match p.regime {
            Some(r) => r.label().to_string(),
            None => format!("follows the start date ({})", p.law().label()),
        },
        Choice::Bands => on_off(p.uncertainty.enabled),
        Choice::ImportantServices => if p.ballot.important_public_services {
            "yes"
        } else {
            "no"
        }
        .to_string(),
        Choice::Asked => p.ballot.asked.label().to_string(),
        Choice::BanScope => p.ban_scope.label().to_string(),
        Choice::WtrScope => p.wtr_scope.label().to_string(),
        Choice::Seed => p.uncertainty.seed.to_string(),
        Choice::Rule => p.pay_rule.label().to_string(),
        Choice::BallotCloses => match p.ballot.closes {
            Some(d) => date(d),
            None => format!("the start date ({})", date(p.start)),
        },
    }
}

/// One sentence for the figures a link left out on purpose ([`Problem::LeftOut`]),
/// if it left any out: `This link leaves out the union's own figures, so the
/// defaults are shown: strike fund at the start £2,500,000, …`.
pub fn left_out(notes: &[Adjustment]) -> Option<String> {
    let d = Params::default();
    let parts: Vec<String> = notes
        .iter()
        .filter_map(|a| match (&a.setting, &a.problem) {
            (Setting::Field(id), Problem::LeftOut) => {
                let f = id.field();
                Some(format!(
                    "{} {}",
                    f.label.to_ascii_lowercase(),
                    field_value(f, (f.get)(&d), &d)
                ))
            }
            _ => None,
        })
        .collect();
    (!parts.is_empty()).then(|| {
        format!(
            "This link leaves out the union's own figures, so the defaults are shown: {}.",
            join_and(&parts)
        )
    })
}

/// What validation or the link reader changed, in a sentence for people:
/// `Levy on members not on strike: “abc” is not a number, so £3 a month is used.`
/// `p` gives the context of values shown as dates; `Params::default` gives what
/// a link falls back to.
pub fn adjustment(a: &Adjustment, p: &Params) -> String {
    let d = Params::default();
    match (&a.setting, &a.problem) {
        (Setting::Field(id), Problem::NotANumber { used }) => {
            let f = id.field();
            format!(
                "{} was not a number, so {} is used.",
                f.label,
                field_value(f, *used, p)
            )
        }
        (Setting::Field(id), Problem::OutOfRange { lo, hi, used, .. }) => {
            let f = id.field();
            format!(
                "{} must be from {} to {}, so {} is used.",
                f.label,
                field_value(f, *lo, p),
                field_value(f, *hi, p),
                field_value(f, *used, p)
            )
        }
        (Setting::Field(id), Problem::Rounded { value, used }) => {
            let f = id.field();
            format!(
                "{} takes whole numbers: {} is rounded to {}.",
                f.label,
                trim(*value, 4),
                field_value(f, *used, p)
            )
        }
        (
            Setting::Field(id),
            Problem::DoesNotFit {
                chosen,
                lo,
                hi,
                used,
            },
        ) => {
            let f = id.field();
            format!(
                "You chose {}, but with the other settings it must be from {} to {}, so {} is used. Your choice is kept for when it fits.",
                field_value(f, *chosen, p),
                field_value(f, *lo, p),
                field_value(f, *hi, p),
                field_value(f, *used, p)
            )
        }
        (Setting::Field(id), Problem::LeftOut) => {
            let f = id.field();
            format!(
                "{}: left out of this link, so the default, {}, is shown.",
                f.label,
                field_value(f, (f.get)(&d), &d)
            )
        }
        (Setting::Field(id), Problem::NotUnderstood { text }) => {
            let f = id.field();
            format!(
                "{}: “{text}” is not a number, so {} is used.",
                f.label,
                field_value(f, (f.get)(&d), &d)
            )
        }
        (Setting::Choice(Choice::NationalDays), Problem::NotUnderstood { text }) => {
            format!("A national strike day “{text}” was not understood and was left out.")
        }
        (Setting::Choice(Choice::NationalDays), _) => {
            "National strike days outside the model's dates, or repeated, were dropped.".to_string()
        }
        (Setting::Choice(c), Problem::NotUnderstood { text }) => format!(
            "{}: “{text}” was not understood (it takes {}), so it stays at the default: {}.",
            c.label(),
            c.form(),
            choice_value(*c, &d)
        ),
        (Setting::Unknown(key), _) => format!("An unknown setting “{key}” was ignored."),
        (_, Problem::PairsDropped { dropped }) => format!(
            "This link has {} more than the {} settings read: {} ignored.",
            count(*dropped as i64),
            count(crate::model::query::MAX_PAIRS as i64),
            if *dropped == 1 { "it is" } else { "they are" }
        ),
        (Setting::Sliders, Problem::NotUnderstood { text }) => {
            format!("There is no slider “{text}”, so it is left out.")
        }
        (Setting::Kept(i), Problem::NotUnderstood { text }) => format!(
            "Kept scenario {} (“{text}”): some of its settings could not be used as written, so the nearest allowed values are used.",
            crate::model::compare::letter(*i)
        ),
        (Setting::Kept(i), _) => format!(
            "A link can keep at most {} scenarios beside the sliders, so scenario {} and any after it are left out.",
            crate::model::compare::MAX_KEPT,
            crate::model::compare::letter(*i)
        ),
        // No reader or check makes another pairing today; a plain line if one ever does.
        (_, _) => format!(
            "The setting “{}” was changed to one that can be used.",
            a.key()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::fields::field;

    #[test]
    fn figures_left_out_make_one_sentence() {
        let (_, notes) = crate::model::query::from_query("v=3&own=0");
        assert_eq!(
            left_out(&notes).as_deref(),
            Some("This link leaves out the union's own figures, so the defaults are shown: strike fund at the start £2,500,000, donations £0 a month and average annual pay £27,844.")
        );
        assert_eq!(left_out(&[]), None);
    }

    #[test]
    fn numbers_and_money() {
        assert_eq!(count(0), "0");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(count(-1_000), "-1,000");
        assert_eq!(money(123_456), "£1,235");
        assert_eq!(money(-5_000), "-£50");
        assert_eq!(money_small(300), "£3");
        assert_eq!(money_small(250), "£2.50");
        assert_eq!(money_small(50), "50p");
        assert_eq!(money_compact(250_000_000), "£2.5m");
        assert_eq!(money_compact(1_234_500), "£12k");
        assert_eq!(money_compact(-95_000), "-£950");
        assert_eq!(percent(0.4737), "47.4%");
        assert_eq!(percent(0.5), "50%");
        assert_eq!(weeks(6.24), "6.2 weeks");
        assert_eq!(weeks(1.0), "1 week");
    }

    #[test]
    fn figures_beside_a_threshold_show_the_deciding_decimals() {
        assert_eq!(percent_beside(0.4999, 0.5), "49.99%");
        assert_eq!(percent_beside(0.5, 0.5), "50%");
        assert_eq!(percent_beside(0.52, 0.5), "52%");
        assert_eq!(percent_beside(0.50004, 0.5), "50.004%");
        assert_eq!(
            weeks_beside(4.041, 4.0),
            ("4.04 weeks".to_string(), "4 weeks".to_string())
        );
        assert_eq!(
            weeks_beside(6.2, 4.0),
            ("6.2 weeks".to_string(), "4 weeks".to_string())
        );
        assert_eq!(
            weeks_beside(4.000_000_1, 4.0),
            ("4 weeks".to_string(), "4 weeks".to_string())
        );
        assert_eq!(weeks_beside(4.000_002, 4.0).0, "4.000002 weeks");
    }

    #[test]
    fn dates_in_uk_style() {
        assert_eq!(date(Date::fixed(2026, 11, 30)), "30 November 2026");
        assert_eq!(date_short(Date::fixed(2027, 2, 3)), "3 Feb");
        assert_eq!(month_year(Date::fixed(2026, 12, 1)), "December 2026");
    }

    #[test]
    fn adjustments_in_words() {
        use crate::model::query::from_query;
        let (p, notes) = from_query("levy=abc&law=1999&nd=1,x&zzz=1&weeks=500");
        let words: Vec<String> = notes.iter().map(|a| adjustment(a, &p)).collect();
        for want in [
            "Levy on members not on strike: “abc” is not a number, so £3 a month is used.",
            "The law: “1999” was not understood (it takes 2016 or 2025, or auto to follow the start date), so it stays at the default: follows the start date (Employment Rights Act 2025).",
            "A national strike day “x” was not understood and was left out.",
            "An unknown setting “zzz” was ignored.",
            "Weeks to model must be from 4 weeks to 104 weeks, so 104 weeks is used.",
        ] {
            assert!(words.iter().any(|w| w == want), "{want}\n{words:#?}");
        }
    }

    #[test]
    fn help_shows_the_default_from_the_code() {
        let f = field("levy").unwrap();
        assert_eq!(
            field_help(f),
            "Asked each month of every member not on targeted action (with a banded levy, of those paid at or above the threshold). Default: £3 a month, one side of the £3 or £5 debate."
        );
        assert_eq!(
            field_help(field("levyfrom").unwrap()),
            "The levy and other income arrive on the first working day of each month; 1 is the first month in the model. Default: month 1 (December 2026)."
        );
    }

    #[test]
    fn field_values_carry_units() {
        let p = Params::default();
        let f = |k| field(k).unwrap();
        assert_eq!(field_value(f("levy"), 3.0, &p), "£3 a month");
        assert_eq!(field_value(f("strikers"), 2000.0, &p), "2,000 people");
        assert_eq!(field_value(f("tpay"), 50.0, &p), "50%");
        assert_eq!(
            field_value(f("tstart"), 3.0, &p),
            "week 3 (14 December 2026)"
        );
        assert_eq!(field_value(f("ff"), 0.5, &p), "50p a member a month");
        assert_eq!(
            field_value(f("levyfrom"), 1.0, &p),
            "month 1 (December 2026)"
        );
        assert_eq!(field_value(f("tdays"), 1.0, &p), "1 day a week");
    }
}
