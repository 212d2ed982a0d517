//! Scenarios side by side: the headline figures of each with the difference
//! from the first, and one plain sentence on what changed and what it did.
//! Pure and shared by the app and the command line.

use crate::format::{count, join_and, money, plural, trim};
use crate::model::calendar::Date;
use crate::model::params::Params;
use crate::model::simulate::{Clearance, Outcome};
use crate::model::Pence;
use crate::summary::{differences, figures, member_cost_pence};

/// One scenario to compare.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    /// What to call it in a sentence: `A`, `B (in the sliders)`.
    pub name: &'a str,
    /// Its settings, as used.
    pub params: &'a Params,
    /// Its outcome.
    pub outcome: &'a Outcome,
}

/// One headline figure across the scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The figure's id, as in `summary::figures`.
    pub id: &'static str,
    /// What it is.
    pub label: &'static str,
    /// Its value in each scenario, with its unit (`–` where a scenario has none).
    pub values: Vec<String>,
    /// For each scenario after the first: how it differs from the first, in words.
    pub differences: Vec<String>,
}

/// The headline figures of every scenario, a row a figure, with the
/// differences from the first. A figure only some scenarios have (the
/// targeted areas' peak) is shown for all, `–` where there is none.
pub fn table(sides: &[Side]) -> Vec<Row> {
    let figs: Vec<_> = sides.iter().map(|s| figures(s.params, s.outcome)).collect();
    let mut ids: Vec<(&'static str, &'static str)> = Vec::new();
    for f in figs.iter().flatten() {
        if !ids.iter().any(|(id, _)| *id == f.id) {
            ids.push((f.id, f.label));
        }
    }
    ids.into_iter()
        .map(|(id, label)| Row {
            id,
            label,
            values: figs
                .iter()
                .map(|fs| {
                    fs.iter()
                        .find(|f| f.id == id)
                        .map_or("–".to_string(), |f| f.value.clone())
                })
                .collect(),
            differences: sides
                .iter()
                .skip(1)
                .map(|b| difference(id, &sides[0], b))
                .collect(),
        })
        .collect()
}

/// Money more or less, in words: `£1,200 more`, `the same`.
fn money_diff(d: Pence, more: &str, less: &str) -> String {
    match d.signum() {
        0 => "the same".to_string(),
        1 => format!("{} {more}", money(d)),
        _ => format!("{} {less}", money(-d)),
    }
}

/// A change in weeks of work, in words: `0.4 weeks higher`.
fn weeks_diff(d: f64) -> String {
    let places = if d.abs() < 0.05 { 2 } else { 1 };
    let s = trim(d.abs(), places);
    if s == "0" {
        return "the same".to_string();
    }
    let unit = if s == "1" { "week" } else { "weeks" };
    format!("{s} {unit} {}", if d > 0.0 { "higher" } else { "lower" })
}

/// Days between two dates, in words: `12 days later`.
fn date_diff(a: Date, b: Date) -> String {
    let d = i64::from(b.day_number() - a.day_number());
    match d.signum() {
        0 => "the same day".to_string(),
        1 => format!("{} later", plural(d, "day")),
        _ => format!("{} earlier", plural(-d, "day")),
    }
}

/// How scenario `b` differs from `a` in the figure `id`, in words.
fn difference(id: &str, a: &Side, b: &Side) -> String {
    let (ha, hb) = (&a.outcome.headline, &b.outcome.headline);
    match id {
        "runs-out" => match (ha.runs_out, hb.runs_out) {
            (Some(x), Some(y)) => date_diff(x, y),
            (Some(_), None) => "does not run out".to_string(),
            (None, Some(_)) => "runs out".to_string(),
            (None, None) => format!(
                "ends {}",
                money_diff(hb.fund_end - ha.fund_end, "higher", "lower")
            ),
        },
        "fund-low" => money_diff(hb.fund_low.0 - ha.fund_low.0, "higher", "lower"),
        "strike-days" => {
            let d = hb.strike_days() as i64 - ha.strike_days() as i64;
            match d.signum() {
                0 => "the same".to_string(),
                1 => format!("{} more", count(d)),
                _ => format!("{} fewer", count(-d)),
            }
        }
        "strike-pay" => money_diff(hb.strike_pay_paid - ha.strike_pay_paid, "more", "less"),
        "member-cost" => money_diff(
            member_cost_pence(hb) - member_cost_pence(ha),
            "more",
            "less",
        ),
        "peak-backlog" => weeks_diff(hb.peak_backlog.0 - ha.peak_backlog.0),
        "area-peak" => match (ha.area_peak, hb.area_peak) {
            (Some(x), Some(y)) => weeks_diff(y.0 - x.0),
            _ => "–".to_string(),
        },
        "end-backlog" => weeks_diff(hb.backlog_start_end.1 - ha.backlog_start_end.1),
        "clear" => match (ha.clearance, hb.clearance) {
            (Clearance::Cleared(x), Clearance::Cleared(y)) => {
                days_more(i64::from(y) - i64::from(x))
            }
            (x, y) if x == y => "the same".to_string(),
            _ => "–".to_string(),
        },
        _ => String::new(),
    }
}

/// `6 more working days`, `1 fewer working day`, `the same`.
fn days_more(d: i64) -> String {
    match d.signum() {
        0 => "the same".to_string(),
        1 => format!("{} more", plural(d, "working day")),
        _ => format!("{} fewer", plural(-d, "working day")),
    }
}

/// A small number in words (`one` to `ten`), larger ones in figures.
fn number_word(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS.get(n).map_or(count(n as i64), |w| w.to_string())
}

/// The national strikes of a plan, by their length in working days:
/// `one two-day national strike`, `two one-day national strikes`,
/// `one two-day national strike and one one-day national strike`.
pub fn national_strikes(p: &Params) -> String {
    let mut runs: Vec<usize> = Vec::new();
    let mut last: Option<u32> = None;
    for &d in &p.national_days {
        match (last, runs.last_mut()) {
            (Some(l), Some(r)) if d == l + 1 => *r += 1,
            _ => runs.push(1),
        }
        last = Some(d);
    }
    if runs.is_empty() {
        return "no national strike".to_string();
    }
    let mut lengths: Vec<(usize, usize)> = Vec::new();
    for r in runs {
        match lengths.iter_mut().find(|(len, _)| *len == r) {
            Some((_, n)) => *n += 1,
            None => lengths.push((r, 1)),
        }
    }
    let parts: Vec<String> = lengths
        .iter()
        .map(|&(len, n)| {
            format!(
                "{} {}-day national strike{}",
                number_word(n),
                number_word(len),
                if n == 1 { "" } else { "s" }
            )
        })
        .collect();
    join_and(&parts)
}

/// What `b` changes from `a`, as the first half of a sentence:
/// `B has two one-day national strikes where A has one two-day national strike`.
fn what_changed(a: &Side, b: &Side) -> String {
    let diffs = differences(a.params, b.params);
    let only_days = diffs.len() == 1 && a.params.national_days != b.params.national_days;
    match diffs.as_slice() {
        [] => format!("{} has the same settings as {}", b.name, a.name),
        _ if only_days => format!(
            "{} has {} where {} has {}",
            b.name,
            national_strikes(b.params),
            a.name,
            national_strikes(a.params)
        ),
        [one] => format!(
            "{} changes {} from {} to {}",
            b.name,
            lower_first(one.0),
            one.1,
            one.2
        ),
        [one, two] => format!(
            "{} changes {} from {} to {}, and {} from {} to {}",
            b.name,
            lower_first(one.0),
            one.1,
            one.2,
            lower_first(two.0),
            two.1,
            two.2
        ),
        many => format!(
            "{} changes {} settings from {}, among them {} and {}",
            b.name,
            number_word(many.len()),
            a.name,
            lower_first(many[0].0),
            lower_first(many[1].0)
        ),
    }
}

/// A label as it reads inside a sentence: `Levy on members` → `levy on members`.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if !s.starts_with("UK") => f.to_lowercase().chain(c).collect(),
        _ => s.to_string(),
    }
}

/// One plain sentence on what `b` changes from `a` and what it does to
/// members' pay, the fund and the backlog.
pub fn sentence(a: &Side, b: &Side) -> String {
    let (ha, hb) = (&a.outcome.headline, &b.outcome.headline);
    let pay = match (hb.net_pay_lost - ha.net_pay_lost).signum() {
        _ if (hb.net_pay_lost - ha.net_pay_lost).abs() < 100 => {
            "members lose the same pay".to_string()
        }
        1 => format!(
            "members lose {} more pay",
            money(hb.net_pay_lost - ha.net_pay_lost)
        ),
        _ => format!(
            "members lose {} less pay",
            money(ha.net_pay_lost - hb.net_pay_lost)
        ),
    };
    let levy = hb.avg_levy_paid - ha.avg_levy_paid;
    let pay = if levy.abs() >= 100 {
        format!(
            "{pay}, and each pays {} levy",
            money_diff(levy, "more", "less")
        )
    } else {
        pay
    };
    let fund = match (ha.runs_out, hb.runs_out) {
        (Some(x), Some(y)) if x == y => "the fund runs out on the same day".to_string(),
        (Some(x), Some(y)) => format!("the fund runs out {}", date_diff(x, y)),
        (Some(_), None) => "the fund no longer runs out".to_string(),
        (None, Some(y)) => format!("the fund now runs out, on {}", crate::format::date(y)),
        (None, None) => match (hb.fund_end - ha.fund_end).signum() {
            0 => "the fund ends at the same level".to_string(),
            _ => format!(
                "the fund ends {}",
                money_diff(hb.fund_end - ha.fund_end, "higher", "lower")
            ),
        },
    };
    let peak = weeks_diff(hb.peak_backlog.0 - ha.peak_backlog.0);
    let peak = if peak == "the same" {
        "the backlog peaks at the same level".to_string()
    } else {
        format!("the backlog peaks {peak}")
    };
    let clear = match (ha.clearance, hb.clearance) {
        (Clearance::Cleared(x), Clearance::Cleared(y)) if x == y => {
            " and takes as long to clear".to_string()
        }
        (Clearance::Cleared(x), Clearance::Cleared(y)) => format!(
            " and takes {} to clear",
            days_more(i64::from(y) - i64::from(x))
        ),
        (Clearance::Cleared(_), Clearance::NotByEnd) => {
            " and is not cleared by the end".to_string()
        }
        (Clearance::NotByEnd, Clearance::Cleared(d)) => {
            format!(
                " and clears {} after action ends",
                plural(i64::from(d), "working day")
            )
        }
        _ => String::new(),
    };
    format!("{}: {pay}; {fund}; {peak}{clear}.", what_changed(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::simulate;

    fn side<'a>(name: &'a str, p: &'a Params, o: &'a Outcome) -> Side<'a> {
        Side {
            name,
            params: p,
            outcome: o,
        }
    }

    #[test]
    fn strikes_are_described_by_their_lengths() {
        let with = |days: &[u32]| Params {
            national_days: days.to_vec(),
            ..Params::default()
        };
        assert_eq!(national_strikes(&with(&[])), "no national strike");
        assert_eq!(
            national_strikes(&with(&[10, 11])),
            "one two-day national strike"
        );
        assert_eq!(
            national_strikes(&with(&[10, 15])),
            "two one-day national strikes"
        );
        assert_eq!(
            national_strikes(&with(&[3, 4, 9])),
            "one two-day national strike and one one-day national strike"
        );
    }

    #[test]
    fn splitting_a_two_day_strike_is_said_in_one_sentence() {
        let a = Params {
            national_days: vec![20, 21],
            ..Params::default()
        };
        let b = Params {
            national_days: vec![20, 25],
            ..Params::default()
        };
        let (oa, ob) = (simulate(&a), simulate(&b));
        let s = sentence(&side("A", &a, &oa), &side("B", &b, &ob));
        assert!(
            s.starts_with("B has two one-day national strikes where A has one two-day national strike: members lose the same pay;"),
            "{s}"
        );
        // Two strikes a week apart: the backlog has time to come down between them.
        let (pa, pb) = (oa.headline.peak_backlog.0, ob.headline.peak_backlog.0);
        assert!(pb < pa, "{pa} {pb}");
        assert!(
            s.contains(&format!("the backlog peaks {}", weeks_diff(pb - pa))),
            "{s}"
        );
        assert!(s.ends_with('.'), "{s}");
        // As docs/MODEL.md ("Comparing plans") gives it.
        assert_eq!(s, "B has two one-day national strikes where A has one two-day national strike: members lose the same pay; the fund runs out on the same day; the backlog peaks 0.01 weeks lower.");
        let doc = include_str!("../docs/MODEL.md");
        assert!(
            doc.contains(&s),
            "docs/MODEL.md does not give the sentence as the model writes it"
        );
    }

    #[test]
    fn the_table_gives_each_figure_and_its_difference() {
        let a = Params::default();
        let b = Params {
            levy_per_month: 500,
            ..Params::default()
        };
        let (oa, ob) = (simulate(&a), simulate(&b));
        let rows = table(&[side("A", &a, &oa), side("B", &b, &ob)]);
        let row = |id| rows.iter().find(|r| r.id == id).expect(id);
        // A £2 higher levy from 100,000 members at 80% take-up: more in the fund.
        let low = row("fund-low");
        assert_eq!(low.values.len(), 2);
        let more = ob.headline.fund_low.0 - oa.headline.fund_low.0;
        assert!(more > 0);
        assert_eq!(low.differences, vec![format!("{} higher", money(more))]);
        assert_eq!(row("strike-days").differences, vec!["the same".to_string()]);
        assert_eq!(
            row("peak-backlog").differences,
            vec!["the same".to_string()]
        );
        let s = sentence(&side("A", &a, &oa), &side("B", &b, &ob));
        assert!(
            s.starts_with("B changes levy on members not on strike from £3 a month to £5 a month:"),
            "{s}"
        );
        // £2 a month for the 80% who pay, spread over every member, for the months of the plan.
        let levy = money_diff(
            ob.headline.avg_levy_paid - oa.headline.avg_levy_paid,
            "more",
            "less",
        );
        assert!(
            s.contains(&format!(
                "members lose the same pay, and each pays {levy} levy;"
            )),
            "{s}"
        );
        assert!(s.ends_with("the backlog peaks at the same level."), "{s}");
    }

    #[test]
    fn a_figure_only_one_scenario_has_shows_a_dash_for_the_other() {
        let a = Params {
            area_staff: 0,
            ..Params::default()
        };
        let b = Params::default();
        let (oa, ob) = (simulate(&a), simulate(&b));
        let rows = table(&[side("A", &a, &oa), side("B", &b, &ob)]);
        let area = rows.iter().find(|r| r.id == "area-peak").expect("area row");
        assert_eq!(area.values[0], "–");
        assert_eq!(area.differences, vec!["–".to_string()]);
    }
}
