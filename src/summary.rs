//! The plain-language summary and the headline figures of a scenario, shared
//! by the app and the command line.

use crate::format::{
    choice_value, count, date, field_default, field_value, join_and, money, money_compact,
    money_small, percent, percent_beside, plural, weeks, weeks_beside,
};
use crate::model::ballot::BallotResult;
use crate::model::choices::Choice;
use crate::model::fields::{FieldId, Group, FIELDS};
use crate::model::params::{FundRule, Params, PayRule};
use crate::model::simulate::{Clearance, Headline, Outcome};
use crate::model::solve::{self, Solved, Unreachable};

/// A section of "How the model works" (`docs/MODEL.md`), by its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// `## The fund`.
    Fund,
    /// `## Members' costs`.
    MembersCosts,
    /// `## The work and the backlog`.
    Backlog,
    /// `## Headline figures`.
    HeadlineFigures,
}

impl Section {
    /// Every section a figure links to.
    pub const ALL: [Section; 4] = [
        Section::Fund,
        Section::MembersCosts,
        Section::Backlog,
        Section::HeadlineFigures,
    ];

    /// The heading, exactly as `docs/MODEL.md` has it (a test checks it does).
    pub fn heading(self) -> &'static str {
        match self {
            Section::Fund => "The fund",
            Section::MembersCosts => "Members' costs",
            Section::Backlog => "The work and the backlog",
            Section::HeadlineFigures => "Headline figures",
        }
    }

    /// The id of the heading on the page: `The fund` → `model-the-fund`.
    pub fn anchor(self) -> String {
        slug(self.heading())
    }
}

/// The id of a heading of "How the model works": `The fund` → `model-the-fund`.
pub fn slug(heading: &str) -> String {
    let mut out = String::from("model");
    let heading: String = heading
        .chars()
        .filter(|c| *c != '\'' && *c != '’')
        .collect();
    for word in heading
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        out.push('-');
        out.push_str(&word.to_ascii_lowercase());
    }
    out
}

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
    /// The part of "How the model works" that explains it.
    pub section: Section,
}

/// The headline figures, most asked-for first.
pub fn figures(p: &Params, o: &Outcome) -> Vec<Figure> {
    let h = &o.headline;
    let fig = |id, label, value: String, note: String| Figure {
        id,
        label,
        value,
        note,
        section: match id {
            "runs-out" | "fund-low" | "strike-pay" => Section::Fund,
            "strike-days" | "member-cost" => Section::MembersCosts,
            _ => Section::Backlog,
        },
    };
    let (start, end) = (h.backlog_start_end.0, h.backlog_start_end.1);
    let (peak_text, start_by_peak) = weeks_beside(h.peak_backlog.0, start);
    let (end_text, start_by_end) = weeks_beside(end, start);
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
            format!("Still above {start_by_end} at the end of the model."),
        ),
    };
    let area_peak = h.area_peak.map(|(v, on)| {
        let (text, start) = weeks_beside(v, start);
        fig(
            "area-peak",
            "Peak in the targeted areas",
            format!("{text} of their work"),
            format!("On {}; {start} at the start.", date(on)),
        )
    });
    let mut out = vec![
        fig(
            "runs-out",
            "Fund runs out",
            h.runs_out.map_or("Does not run out".to_string(), date),
            match (h.runs_out, p.fund_rule) {
                (None, _) => format!("Ends at {}.", money_compact(h.fund_end)),
                (Some(_), FundRule::Shortfall) => format!(
                    "Strike pay goes on as a shortfall; {} short at the end.",
                    money_compact(-h.fund_end.min(0))
                ),
                (Some(_), FundRule::StopWhenEmpty) => {
                    "Strike pay then stops whenever the fund is empty.".to_string()
                }
            },
        ),
        fig(
            "fund-low",
            "Fund low point",
            if h.fund_low.0 < 0 {
                format!("{} short", money_exact_enough(-h.fund_low.0))
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
                "{} targeted, {} national.{}",
                count(h.targeted_strike_days as i64),
                count(h.national_strike_days as i64),
                // When the mandate runs out inside the model, say when.
                if o.dates.last().is_some_and(|d| *d > h.mandate_ends) {
                    format!(" The mandate runs out on {}.", date(h.mandate_ends))
                } else {
                    String::new()
                }
            ),
        ),
        fig(
            "strike-pay",
            "Strike pay paid",
            money(h.strike_pay_paid),
            format!(
                "{}{}Levy collected: {}.",
                if h.made_up > 0 {
                    format!(
                        "It includes {} making up work-to-rule deductions. ",
                        money(h.made_up)
                    )
                } else {
                    String::new()
                },
                strike_pay_gap(p, h),
                money(h.levy_collected)
            ),
        ),
        member_cost(h),
        fig(
            "peak-backlog",
            "Peak backlog",
            format!("{peak_text} of work"),
            format!(
                "On {}; {start_by_peak} at the start.",
                date(h.peak_backlog.1)
            ),
        ),
        fig(
            "end-backlog",
            "Backlog at the end",
            format!("{end_text} of work"),
            format!(
                "On {}.",
                o.dates.last().map(|d| date(*d)).unwrap_or_default()
            ),
        ),
        fig("clear", "Time to clear after action", clear.0, clear.1),
    ];
    // The targeted areas' peak, when there are targeted areas, beside the employer's.
    if let Some(f) = area_peak {
        let beside = out
            .iter()
            .position(|f| f.id == "peak-backlog")
            .map_or(out.len(), |i| i + 1);
        out.insert(beside, f);
    }
    out
}

/// Money to the pound, or to the penny where rounding to the pound would
/// show £0 for a sum that is not nothing.
fn money_exact_enough(p: crate::model::Pence) -> String {
    if p != 0 && p.abs() < 100 {
        money_small(p)
    } else {
        money(p)
    }
}

/// What the fund could not pay, under the rule chosen, as the start of a note.
fn strike_pay_gap(p: &Params, h: &Headline) -> String {
    match p.fund_rule {
        FundRule::Shortfall if h.shortfall > 0 => format!(
            "The fund did not have {} of it: a shortfall to find. ",
            money_exact_enough(h.shortfall)
        ),
        FundRule::StopWhenEmpty if h.strike_pay_due > h.strike_pay_paid => format!(
            "{} more was due, but the fund was empty. ",
            money_exact_enough(h.strike_pay_due - h.strike_pay_paid)
        ),
        _ => String::new(),
    }
}

/// The cost to each member, from its parts, each rounded to the pound first so
/// that the parts shown add up to the total shown.
fn member_cost(h: &Headline) -> Figure {
    let (strike, overtime, levy) = member_cost_parts(h);
    let mut parts = Vec::new();
    if h.deducted > 0 {
        parts.push(format!(
            "{} pay lost to strikes and deductions, after strike pay",
            money(strike)
        ));
    } else if h.strike_days() > 0 {
        parts.push(format!("{} pay lost after strike pay", money(strike)));
    }
    if h.overtime_pay_forgone > 0 {
        parts.push(format!(
            "{} overtime pay given up (if every member would have worked the usual overtime)",
            money(overtime)
        ));
    }
    if h.levy_collected > 0 {
        parts.push(format!("{} levy", money(levy)));
    }
    let note = match parts.len() {
        0 => "No pay lost and no levy.".to_string(),
        _ => format!("On average: {}.", join_and(&parts)),
    };
    Figure {
        id: "member-cost",
        label: "Cost to each member",
        value: money(strike + overtime + levy),
        note,
        section: Section::MembersCosts,
    }
}

/// The cost to each member's parts (pay lost after strike pay, overtime
/// given up, levy), each rounded to the pound (pence).
fn member_cost_parts(
    h: &Headline,
) -> (
    crate::model::Pence,
    crate::model::Pence,
    crate::model::Pence,
) {
    let pounds = |p: crate::model::Pence| crate::model::money::div_round(p, 100) * 100;
    (
        pounds(h.avg_strike_loss),
        pounds(h.avg_overtime_forgone),
        pounds(h.avg_levy_paid),
    )
}

/// The cost to each member as the headline figure shows it (pence, whole pounds).
pub fn member_cost_pence(h: &Headline) -> crate::model::Pence {
    let (strike, overtime, levy) = member_cost_parts(h);
    strike + overtime + levy
}

/// The sentence on a plan that runs past its ballot's mandate: when the
/// mandate ends, what falls after it, and where a new ballot must fit.
pub fn mandate_sentence(p: &Params, h: &Headline) -> String {
    let law = p.law();
    format!(
        "The ballot that closed on {} gives a mandate to {} ({} months under the {}). {} of action planned after that {} not counted: to go on, a new ballot must close by {}, with {} of notice before action starts again.",
        date(p.ballot_closes()),
        date(h.mandate_ends),
        law.mandate_months(),
        law.label(),
        plural(i64::from(h.after_mandate_days), "working day"),
        if h.after_mandate_days == 1 { "is" } else { "are" },
        date(h.mandate_ends),
        plural(i64::from(law.minimum_notice_days()), "day")
    )
}

/// The strike pay rule in a few words: `50% strike pay`, `£50 a day strike
/// pay from day 3, for at most 11 days`, `£75 a day (below £30,000) or £50 a
/// day strike pay`.
pub fn strike_pay_words(p: &Params) -> String {
    let base = match p.pay_rule {
        PayRule::Share => format!("{} strike pay", percent(p.targeted_strike_pay)),
        PayRule::Flat => format!("{} a day strike pay", money_small(p.flat_pay)),
        PayRule::Banded => format!(
            "{} a day (below {}) or {} a day strike pay",
            money_small(p.band_low_pay),
            money(p.band_threshold),
            money_small(p.flat_pay)
        ),
    };
    let from = if p.waiting_days > 0 {
        format!(" from day {}", p.waiting_days + 1)
    } else {
        String::new()
    };
    let cap = if p.paid_days_cap > 0 {
        format!(
            ", for at most {}",
            plural(i64::from(p.paid_days_cap), "day")
        )
    } else {
        String::new()
    };
    format!("{base}{from}{cap}")
}

/// The sentence on what the fund rule did once the fund ran out, if it did.
fn fund_rule_sentence(p: &Params, h: &Headline) -> Option<String> {
    h.runs_out?;
    Some(match p.fund_rule {
        FundRule::Shortfall => format!(
            "Strike pay then goes on as a shortfall: at its worst the union must find {}.",
            money_exact_enough(h.shortfall)
        ),
        FundRule::StopWhenEmpty => format!(
            "Strike pay then stops whenever the fund is empty: strikers get {} of the {} due.",
            money(h.strike_pay_paid),
            money(h.strike_pay_due)
        ),
    })
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
    if h.held_back_days > 0 {
        out.push(format!(
            "Action planned before notice runs out ({}) is not counted.",
            plural(i64::from(h.held_back_days), "working day")
        ));
    }
    if h.uncovered_days > 0 {
        out.push(format!(
            "Action the ballot did not ask about ({}) is not counted.",
            plural(i64::from(h.uncovered_days), "working day")
        ));
    }
    let levy = if p.levy_threshold > 0 {
        format!(
            "At {} a month ({} below {})",
            money_small(p.levy_per_month),
            money_small(p.levy_low),
            money(p.levy_threshold)
        )
    } else if p.levy_per_month > 0 {
        format!("At {} a month", money_small(p.levy_per_month))
    } else {
        "With no levy".to_string()
    };
    // Only action the ballot asked about is described as happening.
    let (strikes, short) = (
        p.ballot.asked.covers_strikes(),
        p.ballot.asked.covers_short(),
    );
    let targeted_funded = h.targeted_weeks_funded.filter(|_| strikes);
    if let Some(funded) = targeted_funded {
        let planned = p
            .targeted_weeks
            .min(p.horizon_weeks - p.targeted_start_week.min(p.horizon_weeks));
        let who = format!(
            "{} targeted strikers at {}",
            count(i64::from(p.targeted_strikers)),
            strike_pay_words(p)
        );
        match h.runs_out {
            Some(d) if funded < planned => out.push(format!(
                "{levy} the fund pays {who} for {} of the {} planned and runs out on {}.",
                plural(i64::from(funded), "week"),
                plural(i64::from(planned), "week"),
                date(d)
            )),
            other => {
                out.push(format!(
                    "{levy} the fund pays {who} for all {} planned.",
                    plural(i64::from(planned), "week")
                ));
                if let Some(d) = other {
                    out.push(format!("The fund runs out on {}.", date(d)));
                }
            }
        }
    }
    // The national days counted: not those held back for notice, outside the
    // ballot's question or after its mandate (the warnings say so).
    let national = o.action.iter().filter(|a| a.national).count();
    if national > 0 && strikes {
        let per_day = h.national_strike_days / national as u64;
        out.push(format!(
            "{}: about {} members out each day, each losing {} a day{}.",
            plural(national as i64, "national strike day"),
            count(per_day as i64),
            money(p.daily_pay()),
            if p.national_strike_pay > 0.0 {
                format!(" before {} hardship pay", percent(p.national_strike_pay))
            } else {
                ", with no hardship pay".to_string()
            }
        ));
    }
    if p.ban_weeks > 0 && short {
        out.push(format!(
            "The {}-week overtime ban gives up {} of members' overtime pay.",
            p.ban_weeks,
            money(h.overtime_pay_forgone)
        ));
    }
    if p.wtr_weeks > 0 && short {
        out.push(match (h.deducted, h.made_up) {
            (0, _) => format!(
                "The {}-week work-to-rule costs no pay: the employer deducts nothing.",
                p.wtr_weeks
            ),
            (d, 0) => format!(
                "The employer docks {} of pay for the {}-week work-to-rule.",
                money(d),
                p.wtr_weeks
            ),
            (d, m) => format!(
                "The employer docks {} of pay for the {}-week work-to-rule; the fund makes up {}.",
                money(d),
                p.wtr_weeks,
                money(m)
            ),
        });
    }
    if targeted_funded.is_none() {
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
    out.extend(fund_rule_sentence(p, h));
    let clear = match h.clearance {
        Clearance::Cleared(d) => format!(
            ", and is back to its starting level ({} of work) {} after action ends",
            weeks(p.opening_backlog_weeks),
            plural(i64::from(d), "working day")
        ),
        Clearance::NotByEnd => format!(
            ", and is still {} of work when the model ends",
            weeks_beside(h.backlog_start_end.1, p.opening_backlog_weeks).0
        ),
        Clearance::NoAction => String::new(),
    };
    let all = format!(
        "{} of work on {}{}.",
        weeks_beside(h.peak_backlog.0, p.opening_backlog_weeks).0,
        date(h.peak_backlog.1),
        clear
    );
    match h.area_peak {
        Some((v, on)) if v > p.opening_backlog_weeks => {
            out.push(format!(
                "In the targeted areas the backlog reaches {} of their work by {}.",
                weeks_beside(v, p.opening_backlog_weeks).0,
                date(on)
            ));
            out.push(format!("Across the employer it peaks at {all}"));
        }
        _ => out.push(format!("The backlog peaks at {all}")),
    }
    // A mandate that runs out inside the model (the warnings say what falls after it).
    if h.after_mandate_days == 0 && o.dates.last().is_some_and(|d| *d > h.mandate_ends) {
        out.push(format!(
            "The ballot's mandate runs out on {}.",
            date(h.mandate_ends)
        ));
    }
    out
}

/// The summary as one paragraph.
pub fn paragraph(p: &Params, o: &Outcome) -> String {
    sentences(p, o).join(" ")
}

/// What differs between two scenarios, one line a setting: `Levy: £3 a month → £5 a month`.
/// It reads the field table and the choices, which between them hold every
/// setting, so it is empty exactly when the two are the same.
pub fn changes(from: &Params, to: &Params) -> Vec<String> {
    differences(from, to)
        .into_iter()
        .map(|(label, a, b)| {
            if b == format!("{a}, on other dates") {
                format!("{label}: {b}")
            } else {
                format!("{label}: {a} → {b}")
            }
        })
        .collect()
}

/// What differs between two scenarios, a setting at a time: its label, and
/// its value in each, in words (`Levy on members not on strike`, `£3 a month`,
/// `£5 a month`). Choices first, then the numbers, as the panel lists them.
pub fn differences(from: &Params, to: &Params) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    for c in Choice::ALL {
        if c.differs(from, to) {
            let (a, b) = (choice_value(c, from), choice_value(c, to));
            let b = if a == b {
                format!("{b}, on other dates")
            } else {
                b
            };
            out.push((c.label(), a, b));
        }
    }
    for f in FIELDS {
        let (a, b) = ((f.get)(from), (f.get)(to));
        if (a - b).abs() > 1e-9 {
            out.push((f.label, field_value(f, a, from), field_value(f, b, to)));
        }
    }
    out
}

/// The defaults of every setting, as `docs/MODEL.md` lists them under
/// "Defaults and their sources": written from the field table and
/// `Params::default`, so the documentation cannot drift from the code
/// (`tests/docs.rs` checks the file, and `UPDATE_DOCS=1` rewrites it).
pub fn defaults_markdown() -> String {
    let d = Params::default();
    let mut out = String::new();
    for g in Group::ALL {
        out.push_str(&format!("### {}\n\n", g.title()));
        let choices: &[Choice] = match g {
            Group::Action => &[Choice::Start, Choice::Law, Choice::NationalDays],
            Group::Fund => &[Choice::Divisor, Choice::WhenEmpty, Choice::Rule],
            Group::Areas => &[Choice::BanScope, Choice::WtrScope],
            Group::Ballot => &[
                Choice::BallotCloses,
                Choice::Asked,
                Choice::ImportantServices,
            ],
            _ => &[],
        };
        for &c in choices {
            out.push_str(&format!("- {}: {}.\n", c.label(), choice_value(c, &d)));
        }
        for f in FIELDS.iter().filter(|f| f.group == g) {
            out.push_str(&format!("- {}: {}.\n", f.label, field_default(f)));
        }
        out.push('\n');
    }
    out
}

/// What the law says about this plan, shown above the figures: action
/// planned before notice runs out (not counted), and a ballot that would not
/// make the action lawful. Empty when neither applies.
pub fn warnings(p: &Params, o: &Outcome) -> Vec<String> {
    let mut out = Vec::new();
    let h = &o.headline;
    if h.held_back_days > 0 {
        out.push(format!(
            "{} with action planned {} before notice runs out, so {} not counted: with {} of notice from {}, action can start on {} at the earliest.",
            plural(i64::from(h.held_back_days), "working day"),
            if h.held_back_days == 1 { "falls" } else { "fall" },
            if h.held_back_days == 1 { "it is" } else { "they are" },
            plural(i64::from(p.notice_days), "day"),
            date(p.start),
            date(p.earliest_action().next_working_day())
        ));
    }
    if h.uncovered_days > 0 {
        let (asked, what) = if p.ballot.asked.covers_strikes() {
            let ban = p.ban_weeks > 0 && p.ban_compliance > 0.0;
            let wtr = p.wtr_weeks > 0 && p.wtr_observing > 0.0;
            (
                "strikes",
                match (ban, wtr) {
                    (true, true) => {
                        "the overtime ban and work-to-rule planned here have no mandate: their"
                    }
                    (false, true) => "the work-to-rule planned here has no mandate: its",
                    _ => "the overtime ban planned here has no mandate: its",
                },
            )
        } else {
            (
                "action short of a strike",
                "the strikes planned here have no mandate: their",
            )
        };
        out.push(format!(
            "The ballot asked only about {asked}, so {what} {} are not counted.",
            plural(i64::from(h.uncovered_days), "working day")
        ));
    }
    if h.after_mandate_days > 0 {
        out.push(mandate_sentence(p, h));
    }
    let b = crate::model::ballot::check(p);
    if p.has_action() && !b.passes {
        let mut why = Vec::new();
        if !b.turnout_met {
            why.push(format!(
                "turnout is {} short of 50%",
                plural(b.votes_short() as i64, "vote")
            ));
        }
        if !b.majority {
            why.push("most votes are not for action".to_string());
        }
        if b.yes_short() > 0 {
            why.push(format!(
                "{} more yes votes are needed for the 40% rule",
                count(b.yes_short() as i64)
            ));
        }
        out.push(format!(
            "On this ballot, this action would not be lawful: {}. The figures show what the plan would do if it went ahead.",
            join_and(&why)
        ));
    }
    out
}

/// The ballot in a line: turnout and yes share as counted (votes ÷ electorate,
/// yes ÷ votes), with the decimals that show which side of 50% each is on.
pub fn ballot_line(b: &BallotResult) -> String {
    let share = |a: u64, of: u64| if of == 0 { 0.0 } else { a as f64 / of as f64 };
    format!(
        "{} of {} voted ({} turnout); {} yes ({}).",
        count(b.votes as i64),
        count(b.electorate as i64),
        percent_beside(share(b.votes, b.electorate), 0.5),
        count(b.yes as i64),
        percent_beside(share(b.yes, b.votes), 0.5)
    )
}

/// The votes a ballot is short of each threshold it misses, in sentences
/// ('' if it misses none): `746 votes short of 50% turnout.`
pub fn ballot_shortfalls(b: &BallotResult) -> String {
    let mut short = String::new();
    if b.votes_short() > 0 {
        short.push_str(&format!(
            " {} short of 50% turnout.",
            plural(b.votes_short() as i64, "vote")
        ));
    }
    if b.yes_short() > 0 {
        short.push_str(&format!(
            " {} short of the 40% rule.",
            plural(b.yes_short() as i64, "yes vote")
        ));
    }
    short.trim_start().to_string()
}

/// Why a solver has no answer, in a sentence for people.
pub fn unreachable(why: Unreachable) -> String {
    match why {
        Unreachable::EvenTheHighestLevy { levy, short, on } => format!(
            "Even a levy of {} a month leaves the fund {} short on {}.",
            money_small(levy),
            money(short),
            date(on)
        ),
        Unreachable::NoTargetedWeeks => {
            "No targeted action is planned: give it a length in weeks.".to_string()
        }
        Unreachable::NoTargetedAction => {
            "No targeted action is planned: set strikers and weeks.".to_string()
        }
        Unreachable::RunsOutWithoutStrikers => {
            "The fund runs out even with no targeted strikers, because of the other action planned."
                .to_string()
        }
        Unreachable::RunsOutWithoutStrikePay => {
            "The fund runs out even with no strike pay for targeted strikers.".to_string()
        }
        Unreachable::NoLevy => "With no levy collected, the levy pays for no strikers.".to_string(),
        Unreachable::NoStrikePay => {
            "With no strike pay, any number of strikers costs the fund nothing.".to_string()
        }
    }
}

fn answer<T: Copy>(s: Solved<T>, word: impl Fn(T) -> String) -> String {
    match s {
        Solved::Found(v) => word(v),
        Solved::NotReachable(why) => unreachable(why),
    }
}

/// One answer of "What it takes".
#[derive(Clone, Debug, PartialEq)]
pub struct Takes {
    /// The question, short: `Lowest levy that lasts`.
    pub label: &'static str,
    /// The answer with its unit, or why there is none.
    pub answer: String,
    /// What the answer assumes, in a sentence.
    pub assumes: &'static str,
    /// The setting and value (in the field's unit) that would use the answer, if there is one.
    pub set: Option<(FieldId, f64)>,
}

/// "What it takes": each solver's question and its answer (or why there is none).
pub fn what_it_takes(p: &Params) -> Vec<Takes> {
    let people = |n: u32| plural(i64::from(n), "person").replace("persons", "people");
    let (levy, most) = (solve::lowest_levy(p), solve::most_strikers(p));
    let (pay, even) = (solve::highest_strike_pay(p), solve::break_even_strikers(p));
    let (levy_v, most_v, pay_v, even_v) = (levy.value(), most.value(), pay.value(), even.value());
    vec![
        Takes {
            label: "Lowest levy that lasts",
            answer: answer(levy, |l| format!("{} a month", money_small(l))),
            assumes: "The smallest levy, to the penny, that keeps the fund at or above zero to the end, with all strike pay paid (with a banded levy, the one at or above the threshold).",
            set: levy_v.map(|l| (FieldId::Levy, l as f64 / 100.0)),
        },
        Takes {
            label: "Most targeted strikers",
            answer: answer(most, people),
            assumes: "The most members on targeted action the fund can pay in full to the end, at this strike pay and levy.",
            set: most_v.map(|n| (FieldId::Strikers, f64::from(n))),
        },
        if p.pay_rule == PayRule::Share {
            Takes {
                label: "Highest strike pay",
                answer: answer(pay, percent),
                assumes: "The largest share of lost pay the fund can pay every targeted striker to the end, to 0.1%.",
                set: pay_v.map(|v| (FieldId::TargetedPay, (v * 1000.0).round() / 10.0)),
            }
        } else {
            Takes {
                label: "Highest strike pay",
                answer: answer(pay, |v| format!("{} a day", money(v as i64))),
                assumes: "The largest flat amount a day, to the pound, the fund can pay every striker to the end (by band, the rate at or above the threshold, with the rate below as set).",
                set: pay_v.map(|v| (FieldId::FlatPay, v / 100.0)),
            }
        },
        Takes {
            label: "Break-even strikers",
            answer: answer(even, people),
            assumes: "The most targeted strikers whose strike pay the levy covers month by month, so the fund neither grows nor shrinks.",
            set: even_v.map(|n| (FieldId::Strikers, f64::from(n))),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_after_the_mandate_is_flagged_and_not_counted() {
        use crate::model::calendar::Date;
        use crate::model::params::Regime;
        // A ballot closing on 15 January 2026 under the 2016 Act covers action
        // up to 14 July 2026. Working day 125 from Monday 19 January 2026 is
        // Monday 13 July; day 130 is Monday 20 July, after the mandate.
        let mut p = Params {
            start: Date::fixed(2026, 1, 19),
            regime: Some(Regime::TradeUnionAct2016),
            horizon_weeks: 30,
            national_days: vec![125, 130],
            ..Params::default()
        };
        p.ballot.closes = Some(Date::fixed(2026, 1, 15));
        let o = crate::model::simulate(&p);
        assert_eq!(o.dates[125], Date::fixed(2026, 7, 13));
        assert_eq!(o.dates[130], Date::fixed(2026, 7, 20));
        assert_eq!(o.headline.mandate_ends, Date::fixed(2026, 7, 14));
        assert_eq!(o.headline.after_mandate_days, 1);
        assert!(o.action[125].national && !o.action[130].national);
        let w = warnings(&p, &o).join(" ");
        assert!(
            w.contains("The ballot that closed on 15 January 2026 gives a mandate to 14 July 2026 (6 months under the Trade Union Act 2016). 1 working day of action planned after that is not counted"),
            "{w}"
        );
        let fig = figures(&p, &o);
        let days = fig
            .iter()
            .find(|f| f.id == "strike-days")
            .expect("strike days");
        assert!(
            days.note.ends_with("The mandate runs out on 14 July 2026."),
            "{}",
            days.note
        );
        // The summary counts the one national day that is covered.
        assert!(
            paragraph(&p, &o).contains("1 national strike day:"),
            "{}",
            paragraph(&p, &o)
        );
    }

    #[test]
    fn the_ballot_line_gives_the_votes_short_of_each_threshold() {
        use crate::model::ballot::check_ballot;
        use crate::model::params::{Ballot, Regime};
        // A 2022 HMRC-style ballot: 28,400 balloted, 13,454 votes, 11,355 yes.
        let b = Ballot {
            turnout: 13_454.0 / 28_400.0,
            yes_share: 11_355.0 / 13_454.0,
            important_public_services: true,
            ..Ballot::default()
        };
        let r = check_ballot(28_400, &b, Regime::TradeUnionAct2016);
        assert_eq!((r.votes, r.yes), (13_454, 11_355));
        assert_eq!(
            ballot_line(&r),
            "13,454 of 28,400 voted (47.4% turnout); 11,355 yes (84.4%)."
        );
        assert_eq!(
            ballot_shortfalls(&r),
            "746 votes short of 50% turnout. 5 yes votes short of the 40% rule."
        );
    }
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
        // The targeted areas' own backlog, then the whole employer's. Catch-up
        // is worked by the staff of each part, so the 3,000 still at work in
        // the targeted areas clear their backlog slowly.
        assert!(
            s.ends_with(
                "In the targeted areas the backlog reaches 6.6 weeks of their work by 5 March \
             2027. Across the employer it peaks at 4.1 weeks of work on 5 March 2027, and is \
             still 4.1 weeks of work when the model ends."
            ),
            "{s}"
        );
        // With no targeted areas, one backlog and one sentence.
        let p = Params {
            area_staff: 0,
            ..Params::default()
        };
        let s = paragraph(&p, &simulate(&p));
        assert!(
            s.contains(" The backlog peaks at ") && !s.contains("targeted areas"),
            "{s}"
        );
    }

    #[test]
    fn a_work_to_rule_says_what_it_docks_and_what_the_fund_makes_up() {
        let p = Params {
            targeted_strikers: 0,
            levy_per_month: 0,
            wtr_weeks: 4,
            wtr_deduction: 0.1,
            wtr_make_up: 0.5,
            ..Params::default()
        };
        let o = simulate(&p);
        let h = &o.headline;
        assert!(h.deducted > 0 && h.made_up * 2 - h.deducted <= 1, "{h:?}");
        let s = paragraph(&p, &o);
        assert!(
            s.contains(&format!(
                "The employer docks {} of pay for the 4-week work-to-rule; the fund makes up {}.",
                money(h.deducted),
                money(h.made_up)
            )),
            "{s}"
        );
        let cost = figures(&p, &o)
            .into_iter()
            .find(|f| f.id == "member-cost")
            .unwrap();
        assert!(
            cost.note.contains("pay lost to strikes and deductions"),
            "{}",
            cost.note
        );
        // The strike pay a rep would quote says what part of it made up deductions.
        let paid = figures(&p, &o)
            .into_iter()
            .find(|f| f.id == "strike-pay")
            .unwrap();
        let made_up = format!(
            "It includes {} making up work-to-rule deductions.",
            money(h.made_up)
        );
        assert!(paid.note.starts_with(&made_up), "{}", paid.note);
        // A ballot on strikes only: no mandate for it, and the page says so.
        let mut q = p.clone();
        q.ballot.asked = crate::model::params::Mandate::StrikesOnly;
        let w = warnings(&q, &simulate(&q)).join(" ");
        assert!(
            w.contains("the work-to-rule planned here has no mandate: its 20 working days"),
            "{w}"
        );
    }

    #[test]
    fn figures_have_units() {
        let p = Params::default();
        let f = figures(&p, &simulate(&p));
        assert_eq!(f.len(), 9);
        let at = |id| f.iter().position(|f| f.id == id).unwrap();
        assert_eq!(at("area-peak"), at("peak-backlog") + 1);
        let area = f.iter().find(|f| f.id == "area-peak").unwrap();
        assert_eq!(area.value, "6.6 weeks of their work");
        assert_eq!(area.note, "On 5 March 2027; 4 weeks at the start.");
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
    fn the_summary_does_not_describe_action_without_a_mandate() {
        use crate::model::params::Mandate;
        let mut p = Params {
            ban_weeks: 4,
            national_days: vec![20],
            ..Params::default()
        };
        let text = paragraph(&p, &simulate(&p));
        assert!(text.contains("overtime ban gives up") && text.contains("targeted strikers at"));
        p.ballot.asked = Mandate::StrikesOnly;
        let text = paragraph(&p, &simulate(&p));
        assert!(!text.contains("overtime ban gives up"), "{text}");
        assert!(
            text.contains("Action the ballot did not ask about (20 working days) is not counted."),
            "{text}"
        );
        p.ballot.asked = Mandate::ShortOnly;
        let text = paragraph(&p, &simulate(&p));
        assert!(
            !text.contains("targeted strikers at") && !text.contains("national strike day"),
            "{text}"
        );
        assert!(text.contains("overtime ban gives up"), "{text}");
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
    fn changes_name_every_kind_of_setting() {
        use crate::model::calendar::Date;
        use crate::model::params::{PayDivisor, Regime};
        let a = Params::default();
        let mut b = Params {
            start: Date::fixed(2027, 1, 4),
            pay_divisor: PayDivisor::CalendarDays365,
            regime: Some(Regime::EmploymentRightsAct2025),
            notice_days: 10,
            ..Params::default()
        };
        b.ballot.important_public_services = true;
        b.uncertainty.enabled = true;
        b.uncertainty.seed = 7;
        let c = changes(&a, &b);
        for want in [
            "Start of the model: 30 November 2026 → 4 January 2027",
            "A day's pay is: 1/260 of annual pay (working days) → 1/365 of annual pay (calendar days)",
            "The law: follows the start date (Employment Rights Act 2025) → Employment Rights Act 2025",
            "Important public services: no → yes",
            "Uncertainty bands: off → on",
            "Seed of the uncertainty runs: 2026 → 7",
            "Notice given before action: 14 days → 10 days",
        ] {
            assert!(c.iter().any(|l| l == want), "{want}\n{c:#?}");
        }
        let moved = Params {
            national_days: vec![12],
            ..Params::default()
        };
        let again = Params {
            national_days: vec![13],
            ..Params::default()
        };
        assert_eq!(
            changes(&moved, &again),
            ["National strike days: 1 day, on other dates"]
        );
        assert!(changes(&a, &a).is_empty());
    }

    #[test]
    fn solver_answers_in_words() {
        let lines = what_it_takes(&Params::default());
        assert_eq!(lines.len(), 4);
        assert_eq!(
            (lines[3].label, lines[3].answer.as_str()),
            ("Break-even strikers", "206 people")
        );
        assert_eq!(lines[3].set, Some((FieldId::Strikers, 206.0)));
        // "Use this" on the lowest levy: the fund then lasts, and a penny less would not.
        let mut p = Params {
            targeted_strikers: 1_000,
            ..Params::default()
        };
        let (id, v) = what_it_takes(&p)[0].set.expect("a levy");
        (id.field().set)(&mut p, v);
        assert!(crate::model::solve::fund_low(&p).0 >= 0);
        (id.field().set)(&mut p, v - 0.01);
        assert!(crate::model::solve::fund_low(&p).0 < 0);
        let p = Params {
            targeted_weeks: 0,
            ..Params::default()
        };
        assert_eq!(
            what_it_takes(&p)[1].answer,
            "No targeted action is planned: give it a length in weeks."
        );
        assert_eq!(what_it_takes(&p)[1].set, None);
        let short = unreachable(Unreachable::EvenTheHighestLevy {
            levy: crate::model::params::MAX_LEVY,
            short: 87_250_000,
            on: crate::model::calendar::Date::fixed(2027, 2, 26),
        });
        assert_eq!(
            short,
            "Even a levy of £10 a month leaves the fund £872,500 short on 26 February 2027."
        );
    }

    #[test]
    fn every_section_a_figure_links_to_is_in_the_model_text() {
        let md = include_str!("../docs/MODEL.md");
        for s in Section::ALL {
            assert!(
                md.contains(&format!("\n## {}\n", s.heading())),
                "docs/MODEL.md lacks ## {}",
                s.heading()
            );
        }
        assert_eq!(Section::Fund.anchor(), "model-the-fund");
        assert_eq!(Section::MembersCosts.anchor(), "model-members-costs");
    }

    #[test]
    fn money_paid_and_money_short_agree_under_either_rule() {
        // The default plan: 12 weeks of strike pay due, the fund empty after 5 or so.
        let p = Params::default();
        let o = simulate(&p);
        let f = figures(&p, &o);
        let get = |id| f.iter().find(|x| x.id == id).unwrap().clone();
        let s = paragraph(&p, &o);
        assert_eq!(get("strike-pay").value, "£6,426,000");
        assert!(
            get("strike-pay")
                .note
                .starts_with("The fund did not have £2,780,400 of it"),
            "{}",
            get("strike-pay").note
        );
        assert!(
            s.contains("Strike pay then goes on as a shortfall: at its worst the union must find £2,780,400."),
            "{s}"
        );
        let stop = Params {
            fund_rule: FundRule::StopWhenEmpty,
            ..Params::default()
        };
        let o = simulate(&stop);
        let h = &o.headline;
        assert!(o.days.iter().all(|d| d.fund >= 0));
        assert_eq!(
            h.runs_out,
            Some(crate::model::calendar::Date::fixed(2027, 1, 21))
        );
        // What was paid is what came in: the opening fund and all income, no more.
        assert_eq!(
            h.strike_pay_paid,
            p.opening_fund + h.levy_collected + h.other_income - h.fund_end
        );
        let f = figures(&stop, &o);
        let note = &f.iter().find(|x| x.id == "strike-pay").unwrap().note;
        assert!(
            note.contains("more was due, but the fund was empty"),
            "{note}"
        );
        let s = paragraph(&stop, &o);
        assert!(
            s.contains("Strike pay then stops whenever the fund is empty: strikers get"),
            "{s}"
        );
        // Members lose more when strike pay stops: the cost counts only pay that was paid.
        let cost = |f: &[Figure]| {
            f.iter()
                .find(|x| x.id == "member-cost")
                .unwrap()
                .value
                .clone()
        };
        assert_ne!(cost(&f), cost(&figures(&p, &simulate(&p))));
    }

    #[test]
    fn the_parts_of_a_members_cost_add_up_to_it() {
        let p = preset("ban-and-strikes").unwrap().params();
        let f = figures(&p, &simulate(&p));
        let c = f.iter().find(|x| x.id == "member-cost").unwrap();
        let pounds =
            |s: &str| -> i64 { s.trim_start_matches('£').replace(',', "").parse().unwrap() };
        let parts: i64 = c
            .note
            .split('£')
            .skip(1)
            .map(|s| pounds(s.split(' ').next().unwrap()))
            .sum();
        assert_eq!(parts, pounds(&c.value), "{} = {}", c.value, c.note);
        assert!(
            c.note.contains(
                "overtime pay given up (if every member would have worked the usual overtime)"
            ),
            "{}",
            c.note
        );
        assert!(!c.note.contains("levy"), "{}", c.note);
    }

    #[test]
    fn the_cases_reported_read_true() {
        // One national day: the peak is above the start, so it must read so.
        let p = preset("national-day").unwrap().params();
        let f = figures(&p, &simulate(&p));
        let get = |f: &[Figure], id| f.iter().find(|x| x.id == id).unwrap().clone();
        assert_eq!(get(&f, "peak-backlog").value, "4.03 weeks of work");
        assert_eq!(get(&f, "clear").value, "4 working days");
        // Four weeks modelled: still above the start at the end, and reads so.
        let p = Params {
            horizon_weeks: 4,
            targeted_weeks: 2,
            ..Params::default()
        };
        let f = figures(&p, &simulate(&p));
        let end = get(&f, "end-backlog").value;
        let note = get(&f, "clear").note;
        assert_eq!(note, "Still above 4 weeks at the end of the model.");
        assert_ne!(end, "4 weeks of work");
        // Turnout of 49.99%: short of 50%, and reads so.
        let mut p = Params::default();
        p.ballot.turnout = 0.4999;
        let line = ballot_line(&crate::model::ballot::check(&p));
        assert!(line.contains("(49.99% turnout)"), "{line}");
        // No figure compares nothing: every strike preset's figures differ somewhere.
        assert!(f.iter().all(|x| x.id != "disruption"));
    }

    #[test]
    fn the_law_is_stated_at_the_top() {
        assert!(warnings(&Params::default(), &simulate(&Params::default())).is_empty());
        let p = preset("hmrc-2022").unwrap().params();
        let w = warnings(&p, &simulate(&p));
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].starts_with("On this ballot, this action would not be lawful: turnout is 2,630 votes short of 50%."),
            "{}",
            w[0]
        );
        let p = Params {
            notice_days: 60,
            ..Params::default()
        };
        let w = warnings(&p, &simulate(&p));
        assert_eq!(
            w[0],
            "34 working days with action planned fall before notice runs out, so they are not counted: with 60 days of notice from 30 November 2026, action can start on 29 January 2027 at the earliest."
        );
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
