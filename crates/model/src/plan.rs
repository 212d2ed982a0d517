//! The calendar of a scenario: which days carry which action, and the days
//! monthly money arrives. Worked out once from [`Params`] and shared by the
//! simulation, every run of the uncertainty bands, and the calendar on screen.

use super::calendar::{days_in_month, Date};
use super::params::Params;

impl Params {
    /// True if working day `day` (from 0) is a targeted strike day.
    pub fn is_targeted_day(&self, day: u32) -> bool {
        self.in_targeted_window(day) && day % 5 < self.targeted_days_per_week
    }

    /// True if working day `day` (from 0) is within targeted action (strike day or not).
    pub fn in_targeted_window(&self, day: u32) -> bool {
        let week = day / 5;
        self.targeted_strikers > 0
            && week >= self.targeted_start_week
            && week < self.targeted_start_week + self.targeted_weeks
    }

    /// True if the overtime ban is in force on working day `day` (from 0).
    pub fn is_ban_day(&self, day: u32) -> bool {
        let week = day / 5;
        week >= self.ban_start_week && week < self.ban_start_week + self.ban_weeks
    }

    /// True if the work-to-rule is in force on working day `day` (from 0).
    pub fn is_wtr_day(&self, day: u32) -> bool {
        let week = day / 5;
        week >= self.wtr_start_week && week < self.wtr_start_week + self.wtr_weeks
    }

    /// Toggles a national strike day (working day from 0), keeping the list sorted.
    pub fn toggle_national_day(&mut self, day: u32) {
        match self.national_days.binary_search(&day) {
            Ok(i) => {
                self.national_days.remove(i);
            }
            Err(i) if day < self.horizon_days() => self.national_days.insert(i, day),
            Err(_) => {}
        }
    }
}

/// What happens on one working day, by kind of action.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DayAction {
    /// An all-member national strike day.
    pub national: bool,
    /// A targeted strike day.
    pub targeted: bool,
    /// The overtime ban is in force.
    pub ban: bool,
    /// The work-to-rule is in force.
    pub wtr: bool,
}

impl DayAction {
    /// Any action at all that day.
    pub fn any(self) -> bool {
        // Without `||`'s early exits: the four flags are one word to test.
        self.national | self.targeted | self.ban | self.wtr
    }
}

/// The calendar of a scenario, worked out once from [`Params`] and shared by
/// every run of the uncertainty bands.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The working days of the model.
    pub dates: Vec<Date>,
    /// The action on each day.
    pub action: Vec<DayAction>,
    /// Whether targeted strikers are out of the levy that day (inside the action's weeks).
    pub in_targeted_window: Vec<bool>,
    /// 0 if no money arrives that day, else the month number (1 is the first collection).
    pub collection: Vec<u32>,
    /// Working days with action planned before notice runs out: held back, not counted.
    pub held_back: u32,
    /// Working days (after notice) with action planned of a kind the ballot
    /// did not ask about: not counted.
    pub uncovered: u32,
    /// Working days with action planned after the ballot's mandate ends: not counted.
    pub after_mandate: u32,
}

impl Plan {
    /// The calendar for these (validated) parameters.
    pub fn new(p: &Params) -> Plan {
        let n = p.horizon_days();
        let dates = p.start.working_days(n);
        // Money arrives when the month changes from the working day before:
        // the day the next month starts is worked out once a month, and each
        // day is compared with it.
        let first = dates.first().copied().unwrap_or(p.start);
        let (mut y, mut m, dom) = first.ymd();
        let mut next_month = first.day_number() + (days_in_month(y, m) - dom) as i32 + 1;
        let mut month = 0;
        let collection = dates
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let mut new_month = i == 0 && d.is_first_working_day_of_month();
                while d.day_number() >= next_month {
                    (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                    next_month += days_in_month(y, m) as i32;
                    new_month = true;
                }
                if new_month {
                    month += 1;
                    month
                } else {
                    0
                }
            })
            .collect();
        // Everything but the national days is set a week (five working days
        // from the first) at a time: each is the same all week, but which
        // days of the week are targeted strike days.
        let (ban_on, wtr_on) = (p.ban_compliance > 0.0, p.wtr_observing > 0.0);
        let mut action: Vec<DayAction> = Vec::with_capacity(n as usize);
        let mut in_targeted_window: Vec<bool> = Vec::with_capacity(n as usize);
        for first in (0..n).step_by(5) {
            let window = p.in_targeted_window(first);
            let (ban, wtr) = (ban_on && p.is_ban_day(first), wtr_on && p.is_wtr_day(first));
            let week: [DayAction; 5] = std::array::from_fn(|k| DayAction {
                national: false,
                targeted: window && (k as u32) < p.targeted_days_per_week,
                ban,
                wtr,
            });
            let len = (n - first).min(5) as usize;
            action.extend_from_slice(&week[..len]);
            in_targeted_window.extend_from_slice(&[window; 5][..len]);
        }
        for &d in &p.national_days {
            if let Some(a) = action.get_mut(d as usize) {
                a.national = true;
            }
        }
        // Action needs notice: none is counted before notice runs out. The
        // calendar shows what was planned there, and the summary says so.
        let earliest = p.earliest_action();
        let mut held_back = 0;
        for ((date, a), window) in dates.iter().zip(&mut action).zip(&mut in_targeted_window) {
            if *date >= earliest {
                break;
            }
            held_back += u32::from(a.any());
            *a = DayAction::default();
            *window = false;
        }
        // Action needs a mandate: a ballot that asked about that kind of
        // action. Action it did not ask about is not counted either.
        let asked = p.ballot.asked;
        let mut uncovered = 0;
        // (A ballot on both covers everything: no need to look.)
        if asked.covers_strikes() != asked.covers_short() {
            for (a, window) in action.iter_mut().zip(&mut in_targeted_window) {
                let strikes = (a.national || a.targeted) && !asked.covers_strikes();
                let short = (a.ban || a.wtr) && !asked.covers_short();
                if strikes {
                    a.national = false;
                    a.targeted = false;
                    *window = false;
                }
                if short {
                    a.ban = false;
                    a.wtr = false;
                }
                uncovered += u32::from(strikes || short);
            }
        }
        // A mandate lasts six or twelve months from the ballot: action after it
        // needs a new ballot, and is not counted.
        let ends = p.mandate_ends();
        let mut after_mandate = 0;
        if dates.last().is_some_and(|d| *d > ends) {
            for ((date, a), window) in dates.iter().zip(&mut action).zip(&mut in_targeted_window) {
                if *date > ends {
                    after_mandate += u32::from(a.any());
                    *a = DayAction::default();
                    *window = false;
                }
            }
        }
        Plan {
            dates,
            action,
            in_targeted_window,
            collection,
            held_back,
            uncovered,
            after_mandate,
        }
    }

    /// The last day (index) with any action, if there is one.
    pub fn last_action_day(&self) -> Option<usize> {
        self.action.iter().rposition(|a| a.any())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_the_ballot_did_not_ask_about_is_not_counted() {
        use crate::params::Mandate;
        // Defaults: targeted action in weeks 3 to 14; a 4-week ban from week 3.
        let mut p = Params {
            ban_weeks: 4,
            ..Params::default()
        };
        let both = Plan::new(&p);
        assert_eq!(both.uncovered, 0);
        assert_eq!(both.action.iter().filter(|a| a.ban).count(), 20);
        // A ballot on strikes only: the ban's 20 days go, the strikes stay.
        p.ballot.asked = Mandate::StrikesOnly;
        let strikes = Plan::new(&p);
        assert_eq!(strikes.uncovered, 20);
        assert!(strikes.action.iter().all(|a| !a.ban));
        assert_eq!(
            strikes.action,
            both.action
                .iter()
                .map(|a| DayAction { ban: false, ..*a })
                .collect::<Vec<_>>()
        );
        // On action short of a strike only: the 60 targeted strike days go (and
        // the strikers stay in the levy), the ban stays.
        p.ballot.asked = Mandate::ShortOnly;
        let short = Plan::new(&p);
        assert_eq!(short.uncovered, 60);
        assert!(short.action.iter().all(|a| !a.targeted && !a.national));
        assert!(short.in_targeted_window.iter().all(|w| !w));
        assert_eq!(short.action.iter().filter(|a| a.ban).count(), 20);
    }

    #[test]
    fn no_action_is_counted_before_notice_runs_out() {
        // 60 days' notice from Monday 30 November 2026: action from 29 January 2027.
        let p = Params {
            notice_days: 60,
            national_days: vec![10],
            ..Params::default()
        };
        let plan = Plan::new(&p);
        let first = plan.action.iter().position(|a| a.any()).unwrap();
        assert_eq!(plan.dates[first], Date::fixed(2027, 1, 29));
        assert!(!plan.in_targeted_window[first - 1]);
        // Targeted action planned from 14 December: 34 working days held back.
        assert_eq!(plan.held_back, 34);
        // With the default two weeks' notice, nothing is held back.
        assert_eq!(Plan::new(&Params::default()).held_back, 0);
    }

    #[test]
    fn money_arrives_on_the_first_working_day_of_each_month() {
        // Two years from a Saturday: every collection day is a month's first working day.
        let p = Params {
            start: Date::fixed(2026, 8, 1),
            horizon_weeks: 104,
            ..Params::default()
        };
        let plan = Plan::new(&p);
        let firsts: Vec<bool> = plan
            .dates
            .iter()
            .map(|d| d.is_first_working_day_of_month())
            .collect();
        let collected: Vec<bool> = plan.collection.iter().map(|&m| m > 0).collect();
        assert_eq!(firsts, collected);
        assert_eq!(plan.collection.iter().max(), Some(&24));
    }
}
