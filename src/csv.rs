//! The daily series as CSV, for spreadsheets. Pure and shared.

use crate::model::simulate::Outcome;

/// The column names of [`daily_csv`].
pub const HEADER: &str = "date,national_strike,targeted_strike,overtime_ban,targeted_strikers,national_strikers,levy_gbp,other_income_gbp,strike_pay_due_gbp,strike_pay_gbp,fund_gbp,work_lost_staff_days,catch_up_staff_days,backlog_staff_days,backlog_weeks";

fn pounds(p: i64) -> String {
    let sign = if p < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", p.abs() / 100, p.abs() % 100)
}

/// One row a working day, money in pounds to the penny, work in staff-days.
pub fn daily_csv(o: &Outcome) -> String {
    let mut out = String::with_capacity(64 * (o.days.len() + 1));
    out.push_str(HEADER);
    out.push('\n');
    for (i, ((date, a), d)) in o.dates.iter().zip(&o.action).zip(&o.days).enumerate() {
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
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
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
        assert_eq!(lines.len(), 1 + 130);
        let cols = HEADER.split(',').count();
        assert!(lines.iter().all(|l| l.split(',').count() == cols));
        assert!(
            lines[1].starts_with("2026-11-30,0,0,0,0,0,0.00,0.00,0.00,0.00,2500000.00,"),
            "{}",
            lines[1]
        );
        assert_eq!(pounds(-141_005), "-1410.05");
    }
}
