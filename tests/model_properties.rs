//! Properties of the model that must hold for every scenario, checked on
//! random valid parameters.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use strike_explorer::model::calendar::Date;
use strike_explorer::model::fields::FIELDS;
use strike_explorer::model::params::{Params, PayDivisor, Regime};
use strike_explorer::model::plan::Plan;
use strike_explorer::model::query::{from_query, to_query};
use strike_explorer::model::simulate;
use strike_explorer::model::solve;
use strike_explorer::summary::changes;
use strike_explorer::ui::calendar::CalendarData;

/// Valid parameters: every field on its slider's grid, within its range.
fn params() -> impl Strategy<Value = Params> {
    (
        proptest::collection::vec(0.0..=1.0f64, FIELDS.len()),
        proptest::collection::vec(0u32..520, 0..12),
        (0..PayDivisor::ALL.len(), 0..Regime::ALL.len()),
        (any::<bool>(), any::<bool>(), 2020u64..2030),
        0i32..400,
    )
        .prop_map(|(unit, days, (div, law), (bands, ips, seed), start)| {
            let mut p = Params {
                start: Date::fixed(2026, 1, 5).add_days(start),
                pay_divisor: PayDivisor::ALL[div],
                regime: Regime::ALL[law],
                national_days: days,
                ..Params::default()
            };
            p.uncertainty.enabled = bands;
            p.uncertainty.seed = seed;
            p.ballot.important_public_services = ips;
            for (f, u) in FIELDS.iter().zip(unit) {
                let (lo, hi) = (f.range)(&p);
                let steps = ((hi - lo) / f.step).floor();
                let v = lo + (u * steps).round() * f.step;
                let v: f64 = format!("{:.6}", v.min(hi)).parse().unwrap();
                (f.set)(&mut p, v);
            }
            p.validated()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn money_is_conserved_to_the_penny(p in params()) {
        let o = simulate(&p);
        let mut balance = p.opening_fund;
        for d in &o.days {
            balance += d.levy + d.other_income - d.strike_pay;
            prop_assert_eq!(balance, d.fund);
        }
        let h = &o.headline;
        prop_assert_eq!(p.opening_fund + h.levy_collected + h.other_income - h.strike_pay_paid, h.fund_end);
    }

    #[test]
    fn backlog_is_never_negative_and_always_a_number(p in params()) {
        let o = simulate(&p);
        prop_assert!(o.days.iter().all(|d| d.backlog >= 0.0 && d.backlog.is_finite()));
        prop_assert!(o.backlog_weeks.iter().all(|b| b.is_finite()));
        prop_assert_eq!(o.days.len() as u32, p.horizon_weeks * 5);
    }

    #[test]
    fn more_strikers_never_lowers_backlog_or_raises_fund(p in params(), extra in 1u32..5_000) {
        let mut q = p.clone();
        q.targeted_strikers = (p.targeted_strikers + extra).min(p.members);
        let (a, b) = (simulate(&p), simulate(&q));
        for (x, y) in a.days.iter().zip(&b.days) {
            prop_assert!(y.backlog >= x.backlog - 1e-6 * x.backlog.max(1.0));
            prop_assert!(y.fund <= x.fund);
        }
    }

    #[test]
    fn more_levy_never_lowers_the_fund(p in params(), extra in 1i64..500) {
        let mut q = p.clone();
        q.levy_per_month = (p.levy_per_month + extra).min(1_000);
        let (a, b) = (simulate(&p), simulate(&q));
        for (x, y) in a.days.iter().zip(&b.days) {
            prop_assert!(y.fund >= x.fund);
        }
    }

    #[test]
    fn no_action_leaves_the_backlog_flat(p in params()) {
        let mut q = p.clone();
        q.national_days.clear();
        q.targeted_strikers = 0;
        q.ban_weeks = 0;
        let o = simulate(&q);
        let opening = q.opening_backlog_weeks;
        prop_assert!(o.backlog_weeks.iter().all(|b| (b - opening).abs() <= 1e-9 * opening.max(1.0)));
        prop_assert_eq!(o.headline.strike_pay_paid, 0);
    }

    #[test]
    fn validation_is_idempotent_and_links_round_trip(p in params()) {
        let mut q = p.clone();
        prop_assert!(q.validate().is_empty());
        let (back, notes) = from_query(&to_query(&p));
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(back, p);
    }

    #[test]
    fn what_changed_is_empty_exactly_when_nothing_did(a in params(), b in params(), same in any::<bool>()) {
        // "What changed" reads the field table and the choices: between them,
        // every setting. Any difference at all must show, and nothing else.
        let b = if same { a.clone() } else { b };
        let lines = changes(&a, &b);
        prop_assert_eq!(lines.is_empty(), a == b, "{:?}", lines);
    }

    #[test]
    fn the_calendar_shows_the_days_the_model_runs(p in params()) {
        // The calendar is given what it shows, worked out from every setting;
        // it must agree with the plan the simulation runs, day by day.
        let cal = CalendarData::new(&p);
        let plan = Plan::new(&p);
        prop_assert_eq!(cal.days.len(), plan.action.len());
        for (c, (d, a)) in cal.days.iter().zip(plan.dates.iter().zip(&plan.action)) {
            prop_assert_eq!(c.date, *d);
            prop_assert_eq!((c.national, c.targeted), (a.national, a.targeted));
            prop_assert_eq!(c.ban && p.ban_compliance > 0.0, a.ban);
        }
    }

    #[test]
    fn any_query_string_gives_valid_params(s in "[a-z%=&,.0-9-]{0,200}") {
        let (mut p, _) = from_query(&s);
        prop_assert!(p.validate().is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn solvers_answers_hold_at_the_edge(p in params()) {
        if let Some(levy) = solve::lowest_levy(&p).value() {
            let at = |l| solve::fund_low(&Params { levy_per_month: l, ..p.clone() }).0;
            prop_assert!(at(levy) >= 0);
            prop_assert!(levy == 0 || at(levy - 1) < 0);
        }
        if let Some(s) = solve::most_strikers(&p).value() {
            let at = |s| solve::fund_low(&Params { targeted_strikers: s, ..p.clone() }).0;
            prop_assert!(at(s) >= 0);
            prop_assert!(s == p.members || at(s + 1) < 0);
        }
        if let Some(pay) = solve::highest_strike_pay(&p).value() {
            let at = |x| solve::fund_low(&Params { targeted_strike_pay: x, ..p.clone() }).0;
            prop_assert!(at(pay) >= 0);
            prop_assert!(pay >= 1.0 || at(pay + 0.001) < 0);
        }
    }
}
