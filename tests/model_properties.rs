//! Properties of the model that must hold for every scenario, checked on
//! random valid parameters.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use strike_explorer::model::calendar::Date;
use strike_explorer::model::fields::FIELDS;
use strike_explorer::model::params::{Params, PayDivisor, Regime};
use strike_explorer::model::query::{from_query, to_query};
use strike_explorer::model::simulate;
use strike_explorer::model::solve;

/// Valid parameters: every field on its slider's grid, within its range.
fn params() -> impl Strategy<Value = Params> {
    (
        proptest::collection::vec(0.0..=1.0f64, FIELDS.len()),
        proptest::collection::vec(0u32..520, 0..12),
        any::<bool>(),
        any::<bool>(),
        0i32..400,
    )
        .prop_map(|(unit, days, div365, law2025, start)| {
            let mut p = Params {
                start: Date::fixed(2026, 1, 5).add_days(start),
                pay_divisor: if div365 {
                    PayDivisor::CalendarDays365
                } else {
                    PayDivisor::WorkingDays260
                },
                regime: if law2025 {
                    Regime::EmploymentRightsAct2025
                } else {
                    Regime::TradeUnionAct2016
                },
                national_days: days,
                ..Params::default()
            };
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
