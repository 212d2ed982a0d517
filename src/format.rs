//! Formatting of money, numbers, percentages, weeks and dates for people, in
//! UK style: £1,234, 50%, 30 November 2026. Pure and shared by the app, the
//! summary, the charts and the command line.

use crate::model::calendar::Date;
use crate::model::fields::{Field, Unit};
use crate::model::params::{Params, Pence};

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

/// `1 day`, `3 days`; likewise for any noun with a plain plural.
pub fn plural(n: i64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{} {noun}s", count(n))
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
    let days = p.start.working_days(week * 5 + 1);
    days.last().copied().unwrap_or(p.start)
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
        Unit::Percent => format!("{}%", trim(v, 1)),
        Unit::PercentPoints => format!("± {} points", trim(v, 1)),
        Unit::Weeks => plural(v.round() as i64, "week"),
        Unit::WeekFromStart => {
            let w = v.round().max(0.0) as u32;
            format!("week {} ({})", w + 1, date(week_start(p, w)))
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
    crate::model::params::div_round(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fields::field;

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
    fn dates_in_uk_style() {
        assert_eq!(date(Date::fixed(2026, 11, 30)), "30 November 2026");
        assert_eq!(date_short(Date::fixed(2027, 2, 3)), "3 Feb");
        assert_eq!(month_year(Date::fixed(2026, 12, 1)), "December 2026");
    }

    #[test]
    fn field_values_carry_units() {
        let p = Params::default();
        let f = |k| field(k).unwrap();
        assert_eq!(field_value(f("levy"), 3.0, &p), "£3 a month");
        assert_eq!(field_value(f("strikers"), 2000.0, &p), "2,000 people");
        assert_eq!(field_value(f("tpay"), 50.0, &p), "50%");
        assert_eq!(
            field_value(f("tstart"), 2.0, &p),
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
