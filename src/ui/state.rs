//! The app's one piece of state, the [`Params`], and the verbs that change it.
//! `apply` is pure, so every change a user can make is tested natively.

use crate::model::calendar::Date;
use crate::model::fields::FieldId;
use crate::model::params::{FundRule, Mandate, Params, PayDivisor, PayRule, Regime, Scope};
use crate::summary::changes;
use std::rc::Rc;
use yew::Reducible;

/// Something the user did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set a numeric field to a value in its unit.
    Set(FieldId, f64),
    /// Mark or unmark a national strike day (working day from 0).
    ToggleNationalDay(u32),
    /// Mark (true) or unmark (false) the national strike days from one working
    /// day to another, both included, as when dragging.
    MarkNationalDays(u32, u32, bool),
    /// Set targeted action to run over weeks `from..=to` (from 0).
    TargetedWeeks(u32, u32),
    /// Set the overtime ban to run over weeks `from..=to` (from 0).
    BanWeeks(u32, u32),
    /// Use a preset's parameters (`presets::preset(id).params()`), and list
    /// what they change. (The presets themselves, with their descriptions,
    /// stay out of the first view's WebAssembly.)
    Preset(Box<Params>),
    /// Back to the defaults.
    Reset,
    /// Use these parameters, all of them (a kept or saved scenario, or the
    /// calendar's change from the extras).
    Load(Box<Params>),
    /// Choose how a day's pay is worked out.
    Divisor(PayDivisor),
    /// Choose what happens to strike pay when the fund is empty.
    FundRule(FundRule),
    /// Choose how a day's strike pay is worked out.
    PayRule(PayRule),
    /// Choose the law (`None`: follow the start date).
    Regime(Option<Regime>),
    /// Turn uncertainty bands on or off.
    Bands(bool),
    /// Whether members work in important public services.
    ImportantServices(bool),
    /// What the ballot asked members to back.
    Asked(Mandate),
    /// Where the overtime ban applies.
    BanScope(Scope),
    /// Where the work-to-rule applies.
    WtrScope(Scope),
    /// Move the start date.
    Start(Date),
    /// Set the day the ballot closed (`None`: the start date).
    BallotCloses(Option<Date>),
    /// A change on the calendar begins (a click, a drag or a keyboard range):
    /// remember the parameters as they are, for [`Action::Undo`].
    BeginEdit,
    /// Put back the parameters as they were before the last calendar change.
    Undo,
}

impl Action {
    /// Whether this is part of a change made on the calendar (which keeps the undo point).
    fn is_calendar_edit(&self) -> bool {
        matches!(
            self,
            Action::BeginEdit
                | Action::ToggleNationalDay(_)
                | Action::MarkNationalDays(..)
                | Action::TargetedWeeks(..)
                | Action::BanWeeks(..)
        )
    }
}

/// The state: the parameters and what the last preset or reset changed.
/// Which preset the parameters are is derived from them (`presets::matching`),
/// not stored beside them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// The single source of truth.
    pub params: Params,
    /// Lines saying what the last preset or reset changed, for people.
    pub changed: Vec<String>,
    /// The parameters before the last calendar change, while it can be undone.
    pub undo: Option<Params>,
}

/// Applies an action to parameters, returning them validated.
pub fn apply(p: &Params, action: &Action) -> Params {
    let mut q = p.clone();
    match *action {
        Action::Set(id, v) => {
            if v.is_finite() {
                (id.field().set)(&mut q, v);
            }
        }
        Action::ToggleNationalDay(d) => q.toggle_national_day(d),
        Action::MarkNationalDays(a, b, on) => {
            for d in a.min(b)..=a.max(b) {
                if q.national_days.contains(&d) != on {
                    q.toggle_national_day(d);
                }
            }
        }
        Action::TargetedWeeks(a, b) => {
            q.targeted_start_week = a.min(b);
            q.targeted_weeks = a.max(b) - a.min(b) + 1;
            if q.targeted_strikers == 0 {
                q.targeted_strikers = Params::default().targeted_strikers.min(q.members);
            }
        }
        Action::BanWeeks(a, b) => {
            q.ban_start_week = a.min(b);
            q.ban_weeks = a.max(b) - a.min(b) + 1;
        }
        Action::Preset(ref p) => q = (**p).clone(),
        Action::Reset => q = Params::default(),
        Action::Divisor(d) => q.pay_divisor = d,
        Action::FundRule(r) => q.fund_rule = r,
        Action::PayRule(r) => q.pay_rule = r,
        Action::Regime(r) => {
            q.regime = r;
            // Keep the notice at the new minimum if it sat at the old one.
            if p.notice_days == p.law().minimum_notice_days() {
                q.notice_days = q.law().minimum_notice_days();
            }
        }
        Action::Bands(on) => q.uncertainty.enabled = on,
        Action::ImportantServices(on) => q.ballot.important_public_services = on,
        Action::Asked(m) => q.ballot.asked = m,
        Action::BanScope(s) => q.ban_scope = s,
        Action::WtrScope(s) => q.wtr_scope = s,
        Action::Start(d) => q.start = d,
        Action::BallotCloses(d) => q.ballot.closes = d.filter(|d| *d != q.start),
        Action::Load(ref p) => q = (**p).clone(),
        Action::BeginEdit | Action::Undo => {}
    }
    q.validated()
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let params = match (&action, &self.undo) {
            (Action::Undo, Some(before)) => before.clone(),
            _ => apply(&self.params, &action),
        };
        let changed = match action {
            Action::Preset(_) | Action::Reset => changes(&self.params, &params),
            _ => Vec::new(),
        };
        let undo = match action {
            Action::BeginEdit => Some(self.params.clone()),
            ref a if a.is_calendar_edit() => self.undo.clone(),
            _ => None,
        };
        let next = State {
            params,
            changed,
            undo,
        };
        // Compare the whole state, so an action that changes something other
        // than the parameters is never swallowed.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::preset;

    fn targeted_5() -> Params {
        preset("targeted-5").expect("a preset").params()
    }

    #[test]
    fn a_slider_sets_its_field_within_range() {
        let p = apply(&Params::default(), &Action::Set(FieldId::Levy, 5.0));
        assert_eq!(p.levy_per_month, 500);
        let p = apply(&p, &Action::Set(FieldId::Levy, 99.0));
        assert_eq!(p.levy_per_month, crate::model::params::MAX_LEVY);
        let p = apply(&p, &Action::Set(FieldId::Levy, f64::NAN));
        assert_eq!(p.levy_per_month, 1_000);
    }

    #[test]
    fn calendar_marks_days_and_windows() {
        let p = apply(&Params::default(), &Action::ToggleNationalDay(12));
        assert_eq!(p.national_days, [12]);
        let p = apply(&p, &Action::MarkNationalDays(12, 12, true));
        assert_eq!(p.national_days, [12]);
        // A fast drag from day 14 back to day 11 marks every day between.
        let p = apply(&p, &Action::MarkNationalDays(14, 11, true));
        assert_eq!(p.national_days, [11, 12, 13, 14]);
        let p = apply(&p, &Action::MarkNationalDays(11, 13, false));
        assert_eq!(p.national_days, [14]);
        let p = apply(&p, &Action::ToggleNationalDay(14));
        assert!(p.national_days.is_empty());
        let p = apply(&p, &Action::TargetedWeeks(8, 5));
        assert_eq!((p.targeted_start_week, p.targeted_weeks), (5, 4));
        let p = apply(&p, &Action::BanWeeks(3, 3));
        assert_eq!((p.ban_start_week, p.ban_weeks), (3, 1));
    }

    #[test]
    fn a_preset_says_what_changed() {
        let s = Rc::new(State::default());
        let s = s.reduce(Action::Preset(Box::new(targeted_5())));
        assert_eq!(s.params.levy_per_month, 500);
        assert!(s
            .changed
            .iter()
            .any(|c| c.starts_with("Levy on members not on strike")));
        let s = s.reduce(Action::Reset);
        assert_eq!(s.params, Params::default());
        assert!(!s.changed.is_empty());
    }

    #[test]
    fn an_action_that_changes_only_what_changed_is_not_swallowed() {
        // A preset, then reset: "What changed" lists the preset's settings.
        let s = Rc::new(State::default()).reduce(Action::Preset(Box::new(targeted_5())));
        let s = s.reduce(Action::Reset);
        assert!(!s.changed.is_empty());
        // Reset again: the parameters do not change, but "What changed" must,
        // or it goes on describing a change that did not happen this time.
        let s = s.reduce(Action::Reset);
        assert!(s.changed.is_empty(), "{:?}", s.changed);
    }

    #[test]
    fn a_calendar_change_can_be_undone() {
        // One click in targeted mode replaces a 12-week plan with one week...
        let s = Rc::new(State::default())
            .reduce(Action::BeginEdit)
            .reduce(Action::TargetedWeeks(5, 5))
            .reduce(Action::TargetedWeeks(5, 7));
        assert_eq!(s.params.targeted_weeks, 3);
        // ...and Undo (or Escape) puts the whole plan back, drag and all.
        let s = s.reduce(Action::Undo);
        assert_eq!(s.params, Params::default());
        assert!(s.undo.is_none());
        // Anything else done since means there is nothing left to undo.
        let s = Rc::new(State::default())
            .reduce(Action::BeginEdit)
            .reduce(Action::ToggleNationalDay(12))
            .reduce(Action::Set(FieldId::Levy, 5.0));
        assert!(s.undo.is_none());
        assert_eq!(s.clone().reduce(Action::Undo).params, s.params);
    }

    #[test]
    fn changing_the_law_moves_notice_at_the_minimum() {
        let p = apply(
            &Params::default(),
            &Action::Regime(Some(Regime::TradeUnionAct2016)),
        );
        assert_eq!(p.notice_days, 14);
        let p = apply(&p, &Action::Regime(Some(Regime::EmploymentRightsAct2025)));
        assert_eq!(p.notice_days, 10);
        let p = apply(&p, &Action::Regime(Some(Regime::TradeUnionAct2016)));
        assert_eq!(p.notice_days, 14);
        // Back to following the start date (the 2025 Act for 30 November 2026).
        let p = apply(&p, &Action::Regime(None));
        assert_eq!((p.regime, p.notice_days), (None, 10));
    }
}
