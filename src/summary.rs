//! The plain-language summary and the headline figures of a scenario, shared
//! by the app and the command line.

use crate::format::{
    count, date, field_value, money, money_compact, money_small, percent, plural, weeks,
};
use crate::model::fields::FIELDS;
use crate::model::params::Params;
use crate::model::simulate::{Clearance, Outcome};

/// One headline figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Stable id, for tests and links to the explanation.
    pub id: &'static str,
    /// What it is.
    pub label: &'static str,
    /// The value with its unit.
    pub value: String,
    /// A short line of context: a date, or how it was worked out.
    pub note: String,
}

/// The headline figures, most asked-for first.
pub fn figures(p: &Params, o: &Outcome) -> Vec<Figure> {
    let h = &o.headline;
    let fig = |id, label, value: String, note: String| Figure {
        id,
        label,
        value,
        note,
    };
    let clear = match h.clearance {
        Clearance::NoAction => ("No action".to_string(), "Nothing to clear.".to_string()),
        Clearance::Cleared(d) => (
            plural(i64::from(d), "working day"),
            format!(
                "Back to {} after action ends on {}.",
                weeks(p.opening_backlog_weeks),
                h.action_ends.map(date).unwrap_or_default()
            ),
        ),
        Clearance::NotByEnd => (
            "Not by the end".to_string(),
            format!(
                "Still above {} at the end of the model.",
                weeks(p.opening_backlog_weeks)
            ),
        ),
    };
    vec![
        fig(
            "runs-out",
            "Fund runs out",
            h.runs_out.map_or("Does not run out".to_string(), date),
            h.runs_out
                .map_or(format!("Ends at {}.", money_compact(h.fund_end)), |_| {
                    format!(
                        "Shortfall at the end: {}.",
                        money_compact(-h.fund_end.min(0))
                    )
                }),
        ),
        fig(
            "fund-low",
            "Fund low point",
            if h.fund_low.0 < 0 {
                format!("{} short", money(-h.fund_low.0))
            } else {
                money(h.fund_low.0)
            },
            format!("On {}.", date(h.fund_low.1)),
        ),
        fig(
            "strike-days",
            "Strike days",
            format!("{} person-days", count(h.strike_days() as i64)),
            format!(
                "{} targeted, {} national.",
                count(h.targeted_strike_days as i64),
                count(h.national_strike_days as i64)
            ),
        ),
        fig(
            "strike-pay",
            "Strike pay paid",
            money(h.strike_pay_paid),
            format!("Levy collected: {}.", money(h.levy_collected)),
        ),
        fig(
            "member-cost",
            "Cost to each member",
            money(h.avg_net_pay_lost + h.avg_levy_paid),
            format!(
                "On average: {} pay lost after strike pay, {} levy.",
                money(h.avg_net_pay_lost),
                money(h.avg_levy_paid)
            ),
        ),
        fig(
            "peak-backlog",
            "Peak backlog",
            format!("{} of work", weeks(h.peak_backlog.0)),
            format!(
                "On {}; {} at the start.",
                date(h.peak_backlog.1),
                weeks(h.backlog_start_end.0)
            ),
        ),
        fig(
            "end-backlog",
            "Backlog at the end",
            format!("{} of work", weeks(h.backlog_start_end.1)),
            format!(
                "On {}.",
                o.dates.last().map(|d| date(*d)).unwrap_or_default()
            ),
        ),
        fig("clear", "Time to clear after action", clear.0, clear.1),
        fig(
            "disruption",
            "Disruption per £1,000",
            h.disruption_per_1000.map_or("None".to_string(), |d| {
                format!("{} staff-days", crate::format::trim(d, 1))
            }),
            "Work lost for each £1,000 of members' pay lost and overtime given up.".to_string(),
        ),
    ]
}

/// The summary in sentences: the charts' text alternative.
pub fn sentences(p: &Params, o: &Outcome) -> Vec<String> {
    let h = &o.headline;
    let mut out = Vec::new();
    if !p.has_action() {
        out.push(format!(
            "No action is planned: the fund only collects income and ends at {}, and the backlog stays at {} of work.",
            money(h.fund_end),
            weeks(p.opening_backlog_weeks)
        ));
        return out;
    }
    let levy = if p.levy_per_month > 0 {
        format!("At {} a month", money_small(p.levy_per_month))
    } else {
        "With no levy".to_string()
    };
    if let Some(funded) = h.targeted_weeks_funded {
        let planned = p
            .targeted_weeks
            .min(p.horizon_weeks - p.targeted_start_week.min(p.horizon_weeks));
        let who = format!(
            "{} targeted strikers at {} strike pay",
            count(i64::from(p.targeted_strikers)),
            percent(p.targeted_strike_pay)
        );
        match h.runs_out {
            Some(d) if funded < planned => out.push(format!(
                "{levy} the fund pays {who} for {} of the {} planned and runs out on {}.",
                plural(i64::from(funded), "week"),
                plural(i64::from(planned), "week"),
                date(d)
            )),
            _ => out.push(format!(
                "{levy} the fund pays {who} for all {} planned.",
                plural(i64::from(planned), "week")
            )),
        }
    }
    if !p.national_days.is_empty() {
        let per_day = h.national_strike_days / p.national_days.len() as u64;
        out.push(format!(
            "{}: about {} members out each day, each losing {} a day{}.",
            plural(p.national_days.len() as i64, "national strike day"),
            count(per_day as i64),
            money(p.daily_pay()),
            if p.national_strike_pay > 0.0 {
                format!(" before {} hardship pay", percent(p.national_strike_pay))
            } else {
                ", with no hardship pay".to_string()
            }
        ));
    }
    if p.ban_weeks > 0 {
        out.push(format!(
            "The {}-week overtime ban gives up {} of members' overtime pay.",
            p.ban_weeks,
            money(h.overtime_pay_forgone)
        ));
    }
    if h.targeted_weeks_funded.is_none() {
        match h.runs_out {
            Some(d) if p.levy_per_month > 0 => out.push(format!(
                "With a levy of {} a month, the fund runs out on {}.",
                money_small(p.levy_per_month),
                date(d)
            )),
            Some(d) => out.push(format!("With no levy, the fund runs out on {}.", date(d))),
            None => out.push(format!(
                "The fund does not run out: its low point is {} on {}.",
                money(h.fund_low.0),
                date(h.fund_low.1)
            )),
        }
    }
    let clear = match h.clearance {
        Clearance::Cleared(d) => format!(
            ", and is back to its starting level ({} of work) {} after action ends",
            weeks(p.opening_backlog_weeks),
            plural(i64::from(d), "working day")
        ),
        Clearance::NotByEnd => format!(
            ", and is still {} of work when the model ends",
            weeks(h.backlog_start_end.1)
        ),
        Clearance::NoAction => String::new(),
    };
    out.push(format!(
        "The backlog peaks at {} of work on {}{}.",
        weeks(h.peak_backlog.0),
        date(h.peak_backlog.1),
        clear
    ));
    out
}

/// The summary as one paragraph.
pub fn paragraph(p: &Params, o: &Outcome) -> String {
    sentences(p, o).join(" ")
}

/// What differs between two scenarios, one line a setting: `Levy: £3 a month → £5 a month`.
pub fn changes(from: &Params, to: &Params) -> Vec<String> {
    let mut out = Vec::new();
    for f in FIELDS {
        let (a, b) = ((f.get)(from), (f.get)(to));
        if (a - b).abs() > 1e-9 {
            out.push(format!(
                "{}: {} → {}",
                f.label,
                field_value(f, a, from),
                field_value(f, b, to)
            ));
        }
    }
    if from.national_days != to.national_days {
        out.push(format!(
            "National strike days: {} → {}",
            from.national_days.len(),
            to.national_days.len()
        ));
    }
    if from.regime != to.regime {
        out.push(format!(
            "Law: {} → {}",
            from.regime.label(),
            to.regime.label()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::preset;
    use crate::model::simulate;

    #[test]
    fn default_summary_reads_well() {
        let p = Params::default();
        let s = paragraph(&p, &simulate(&p));
        assert!(
            s.starts_with("At £3 a month the fund pays 2,000 targeted strikers at 50% strike pay"),
            "{s}"
        );
        assert!(
            s.ends_with(
                "The backlog peaks at 4.1 weeks of work on 5 March 2027, and is back to its \
             starting level (4 weeks of work) 9 working days after action ends."
            ),
            "{s}"
        );
    }

    #[test]
    fn figures_have_units() {
        let p = Params::default();
        let f = figures(&p, &simulate(&p));
        assert_eq!(f.len(), 9);
        assert!(f
            .iter()
            .find(|f| f.id == "peak-backlog")
            .unwrap()
            .value
            .ends_with("of work"));
        assert!(f
            .iter()
            .find(|f| f.id == "fund-low")
            .unwrap()
            .value
            .contains('£'));
    }

    #[test]
    fn changes_name_what_a_preset_sets() {
        let c = changes(&Params::default(), &preset("targeted-5").unwrap().params());
        assert!(
            c.contains(&"Levy on members not on strike: £3 a month → £5 a month".to_string()),
            "{c:?}"
        );
        assert!(c
            .iter()
            .any(|l| l.starts_with("Strike pay for targeted strikers: 50% → 100%")));
    }

    #[test]
    fn an_overtime_ban_is_costed_in_words() {
        let p = preset("overtime-ban").unwrap().params();
        let s = paragraph(&p, &simulate(&p));
        assert!(s.starts_with("The 12-week overtime ban gives up £"), "{s}");
        assert!(s.contains("The fund does not run out"), "{s}");
    }

    #[test]
    fn a_fund_run_dry_by_hardship_pay_is_dated() {
        let mut p = preset("two-day").unwrap().params();
        // 60,000 strikers × £107.09 is more than the £2.5 million fund on the first day.
        p.national_strike_pay = 1.0;
        let s = paragraph(&p, &simulate(&p));
        assert!(
            s.contains("With no levy, the fund runs out on 14 December 2026."),
            "{s}"
        );
        p.levy_per_month = 500;
        let s = paragraph(&p, &simulate(&p));
        assert!(
            s.contains("With a levy of £5 a month, the fund runs out on"),
            "{s}"
        );
    }

    #[test]
    fn no_action_says_so() {
        let p = Params {
            targeted_strikers: 0,
            ..Params::default()
        };
        assert!(paragraph(&p, &simulate(&p)).starts_with("No action is planned"));
    }
}
