//! A scenario as CSV, for spreadsheets: every setting in use, then one row a
//! working day and a row of totals. Pure and shared by the app's download and
//! the command line.

use crate::format::{choice_value, field_value};
use crate::model::choices::Choice;
use crate::model::fields::FIELDS;
use crate::model::simulate::Outcome;
use crate::model::Params;

/// The column names of the daily table in [`daily_csv`].
pub const HEADER: &str = "date,national_strike,targeted_strike,overtime_ban,targeted_strikers,national_strikers,levy_gbp,other_income_gbp,strike_pay_due_gbp,strike_pay_gbp,fund_gbp,work_lost_staff_days,catch_up_staff_days,backlog_staff_days,backlog_weeks,work_to_rule,pay_deducted_gbp,deductions_made_up_gbp,area_backlog_staff_days,area_backlog_weeks";

/// The column names of the settings table in [`scenario_csv`].
pub const SETTINGS_HEADER: &str = "setting,value,in words,link key";

/// The first cell of the totals row.
pub const TOTAL: &str = "total";

fn pounds(p: i64) -> String {
    let sign = if p < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", p.abs() / 100, p.abs() % 100)
}

/// One CSV cell: quoted when it holds a comma, a quote or a line break.
/// A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@` at
/// the start, from text in a link) is kept as text with a leading `'`.
pub fn cell(s: &str) -> String {
    let s = match s.chars().next() {
        Some('=' | '+' | '@') => format!("'{s}"),
        Some('-') if crate::model::query::parse_number(s).is_none() => format!("'{s}"),
        _ => s.to_string(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// One row a working day, money in pounds to the penny, work in staff-days,
/// then a row of totals (`total` in the date column): days of each kind of
/// action, strike person-days, and the money and work that flow each day.
/// The fund and the backlog are levels, not flows: their totals are empty.
/// The targeted areas' backlog (the last two columns) is empty with none set;
/// `backlog_staff_days` includes it.
pub fn daily_csv(o: &Outcome) -> String {
    let mut out = String::with_capacity(64 * (o.days.len() + 2));
    out.push_str(HEADER);
    out.push('\n');
    let (mut national, mut targeted, mut ban, mut wtr) = (0u32, 0u32, 0u32, 0u32);
    let (mut deducted, mut made_up) = (0i64, 0i64);
    let areas = !o.area_backlog_weeks.is_empty();
    let (mut t_strikers, mut n_strikers) = (0u64, 0u64);
    let (mut levy, mut other, mut due, mut paid) = (0i64, 0i64, 0i64, 0i64);
    let (mut lost, mut caught) = (0.0, 0.0);
    for (i, ((date, a), d)) in o.dates.iter().zip(&o.action).zip(&o.days).enumerate() {
        national += u32::from(a.national);
        targeted += u32::from(a.targeted);
        ban += u32::from(a.ban);
        wtr += u32::from(a.wtr);
        deducted += d.deducted;
        made_up += d.made_up;
        t_strikers += d.targeted_strikers;
        n_strikers += d.national_strikers;
        levy += d.levy;
        other += d.other_income;
        due += d.strike_pay_due;
        paid += d.strike_pay;
        lost += d.work_lost;
        caught += d.catch_up;
        let row = [
            date.to_string(),
            u8::from(a.national).to_string(),
            u8::from(a.targeted).to_string(),
            u8::from(a.ban).to_string(),
            d.targeted_strikers.to_string(),
            d.national_strikers.to_string(),
            pounds(d.levy),
            pounds(d.other_income),
            pounds(d.strike_pay_due),
            pounds(d.strike_pay),
            pounds(d.fund),
            format!("{:.2}", d.work_lost),
            format!("{:.2}", d.catch_up),
            format!("{:.2}", d.backlog),
            format!("{:.4}", o.backlog_weeks[i]),
            u8::from(a.wtr).to_string(),
            pounds(d.deducted),
            pounds(d.made_up),
            if areas {
                format!("{:.2}", d.area_backlog)
            } else {
                String::new()
            },
            o.area_backlog_weeks
                .get(i)
                .map_or(String::new(), |w| format!("{w:.4}")),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    let totals = [
        TOTAL.to_string(),
        national.to_string(),
        targeted.to_string(),
        ban.to_string(),
        t_strikers.to_string(),
        n_strikers.to_string(),
        pounds(levy),
        pounds(other),
        pounds(due),
        pounds(paid),
        String::new(),
        format!("{lost:.2}"),
        format!("{caught:.2}"),
        String::new(),
        String::new(),
        wtr.to_string(),
        pounds(deducted),
        pounds(made_up),
        String::new(),
        String::new(),
    ];
    out.push_str(&totals.join(","));
    out.push('\n');
    out
}

/// The whole scenario: a title and its link, every setting in use (value,
/// in words, and link key), then [`daily_csv`]: enough to rebuild the
/// figures in a spreadsheet, or to open the scenario again.
pub fn scenario_csv(used: &Params, o: &Outcome, link: &str) -> String {
    let mut out = String::with_capacity(4_096 + 80 * o.days.len());
    out.push_str("Strike Explorer: one scenario, day by day\n");
    out.push_str(&format!("link,{}\n\n", cell(link)));
    out.push_str(SETTINGS_HEADER);
    out.push('\n');
    let mut row = |label: &str, value: String, words: String, key: &str| {
        let cells = [cell(label), cell(&value), cell(&words), cell(key)];
        out.push_str(&cells.join(","));
        out.push('\n');
    };
    for c in Choice::ALL {
        row(c.label(), c.write(used), choice_value(c, used), c.key());
    }
    for f in FIELDS {
        let v = (f.get)(used);
        row(
            f.label,
            crate::format::trim(v, 6),
            field_value(f, v, used),
            f.key,
        );
    }
    out.push('\n');
    out.push_str(&daily_csv(o));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{simulate, Params};

    #[test]
    fn one_row_a_day_with_every_column() {
        let p = Params::default();
        let o = simulate(&p);
        let csv = daily_csv(&o);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + 130 + 1);
        let cols = HEADER.split(',').count();
        assert!(lines.iter().all(|l| l.split(',').count() == cols));
        assert!(
            lines[1].starts_with("2026-11-30,0,0,0,0,0,0.00,0.00,0.00,0.00,2500000.00,"),
            "{}",
            lines[1]
        );
        assert_eq!(pounds(-141_005), "-1410.05");
    }

    #[test]
    fn totals_are_the_headline_figures() {
        for id in ["two-day", "targeted-5"] {
            let p = crate::model::presets::preset(id).unwrap().params();
            let o = simulate(&p);
            let csv = daily_csv(&o);
            let total: Vec<&str> = csv.lines().last().unwrap().split(',').collect();
            let h = &o.headline;
            assert_eq!(total[0], TOTAL);
            assert_eq!(total[4], h.targeted_strike_days.to_string());
            assert_eq!(total[5], h.national_strike_days.to_string());
            assert_eq!(total[6], pounds(h.levy_collected));
            assert_eq!(total[8], pounds(h.strike_pay_due));
            assert_eq!(total[9], pounds(h.strike_pay_paid));
            assert!(h.strike_days() > 0, "{id}");
        }
    }

    /// The cells of one CSV row, quotes undone.
    fn cells(row: &str) -> Vec<String> {
        let (mut out, mut cur, mut quoted) = (Vec::new(), String::new(), false);
        let mut chars = row.chars().peekable();
        while let Some(ch) = chars.next() {
            match (ch, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    cur.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => out.push(std::mem::take(&mut cur)),
                _ => cur.push(ch),
            }
        }
        out.push(cur);
        out
    }

    #[test]
    fn every_setting_is_written_above_the_days_and_read_back() {
        use crate::model::query::from_query;
        let (p, _) = from_query("levy=5&strikers=3000&nd=10,11&start=2027-01-04");
        let o = simulate(&p);
        let csv = scenario_csv(&p, &o, "https://example.org/?levy=5&strikers=3000");
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[1], "link,https://example.org/?levy=5&strikers=3000");
        let settings = lines.iter().position(|l| *l == SETTINGS_HEADER).unwrap();
        let days = lines.iter().position(|l| *l == HEADER).unwrap();
        let rows = &lines[settings + 1..days - 1];
        assert_eq!(rows.len(), FIELDS.len() + Choice::ALL.len());
        // The keys and values alone make a link that gives the same figures.
        let query: Vec<String> = rows
            .iter()
            .map(|r| {
                let c = cells(r);
                assert_eq!(c.len(), 4, "{r}");
                format!("{}={}", c[3], c[1])
            })
            .collect();
        let (back, notes) = from_query(&query.join("&"));
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(simulate(&back).headline, o.headline);
        assert_eq!(back.national_days, [10, 11]);
        assert!(csv.contains("Levy on members not on strike,5,£5 a month,levy"));
    }

    #[test]
    fn cells_are_quoted_and_never_formulas() {
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("-3.5"), "-3.5");
        assert_eq!(cell("-x"), "'-x");
    }
}
