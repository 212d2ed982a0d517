//! Presets: the strategies argued over in the bulletins, each a change from the
//! defaults with a short neutral description.

use super::params::{Mandate, Params, Regime};

/// A named strategy.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    /// Short id for links and tests, e.g. `two-day`.
    pub id: &'static str,
    /// Name for people.
    pub name: &'static str,
    /// What was proposed, in neutral words.
    pub description: &'static str,
    /// Sets the strategy on top of the defaults.
    pub apply: fn(&mut Params),
}

impl Preset {
    /// The defaults with this strategy applied.
    pub fn params(&self) -> Params {
        let mut p = Params::default();
        (self.apply)(&mut p);
        p.validated()
    }
}

/// Finds a preset by id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// The preset these parameters are, if they are exactly one of them: derived
/// from the parameters, so it can never disagree with them.
pub fn matching(p: &Params) -> Option<&'static Preset> {
    PRESETS.iter().find(|pr| pr.params() == *p)
}

/// No targeted action, and so no levy to pay for it.
fn no_targeted(p: &mut Params) {
    p.targeted_strikers = 0;
    p.targeted_weeks = 0;
    p.levy_per_month = 0;
}

/// Working day (from 0) of the first day of model week `week` (from 0).
const fn week(week: u32) -> u32 {
    week * 5
}

/// The presets, in the order offered.
pub static PRESETS: &[Preset] = &[
    Preset {
        id: "national-day",
        name: "One all-member national strike day",
        description: "Every member is called out for one day, three weeks after the start, with no strike pay and no levy. Shows the cost and the effect of a single national day.",
        apply: |p| {
            no_targeted(p);
            p.national_days = vec![week(2)];
        },
    },
    Preset {
        id: "two-day",
        name: "One two-day national strike",
        description: "All members out on two days in a row. Compare with two separate one-day strikes: the same strike days, arranged differently.",
        apply: |p| {
            no_targeted(p);
            p.national_days = vec![week(2), week(2) + 1];
        },
    },
    Preset {
        id: "two-one-day",
        name: "Two separate one-day strikes",
        description: "All members out on two single days four weeks apart. Compare with one two-day strike: the same strike days, arranged differently.",
        apply: |p| {
            no_targeted(p);
            p.national_days = vec![week(2), week(6)];
        },
    },
    Preset {
        id: "targeted-3",
        name: "Targeted action on 50% strike pay (the 2006 proposal)",
        description: "The 2006 bulletin's proposal: 2,000 of the 2,500 members in the targeted areas strike for 12 weeks on half pay from the fund, paid for by a levy on the members still at work (£3 a month here).",
        apply: |p| {
            p.targeted_strikers = 2_000;
            p.targeted_strike_pay = 0.5;
            p.levy_per_month = 300;
        },
    },
    Preset {
        id: "targeted-5",
        name: "Targeted action on full pay, banded levy (the 2022-23 plan)",
        description: "The 2022-23 plan: 2,000 of the 2,500 members in the targeted areas strike for 12 weeks on full pay from the fund, with PCS's 2023 levy (£5 a month at £24,000 a year or more, £3 below; 40% of members below, here) and two national one-day strikes.",
        apply: |p| {
            p.targeted_strikers = 2_000;
            p.targeted_strike_pay = 1.0;
            p.levy_per_month = 500;
            p.levy_low = 300;
            p.levy_threshold = 2_400_000;
            p.levy_share_below = 0.4;
            p.national_days = vec![week(4), week(9)];
        },
    },
    Preset {
        id: "overtime-ban",
        name: "Overtime ban only",
        description: "Members stop working overtime for 12 weeks, with no strikes. No strike pay is needed; members give up overtime pay.",
        apply: |p| {
            no_targeted(p);
            p.ban_start_week = 2;
            p.ban_weeks = 12;
        },
    },
    Preset {
        id: "ban-and-strikes",
        name: "Overtime ban with strike days",
        description: "A 12-week overtime ban with two one-day national strikes inside it, so the employer cannot use overtime to catch up.",
        apply: |p| {
            no_targeted(p);
            p.ban_start_week = 2;
            p.ban_weeks = 12;
            p.national_days = vec![week(4), week(9)];
        },
    },
    Preset {
        id: "sustained",
        name: "Sustained national action plus selective action",
        description: "A national strike day every four weeks, with 1,000 members on targeted action for 16 weeks on 50% strike pay, funded by a £3 levy.",
        apply: |p| {
            p.national_days = vec![week(2), week(6), week(10), week(14)];
            p.targeted_strikers = 1_000;
            p.targeted_weeks = 16;
            p.levy_per_month = 300;
        },
    },
    Preset {
        id: "national-targeted-ban",
        name: "National action with targeted action and an overtime ban",
        description: "As the bulletins put it, national action supplemented by targeted action and an overtime ban: two all-member strike days, 2,000 members in the targeted areas out for 12 weeks on half pay with a £3 levy, and a 12-week overtime ban everywhere.",
        apply: |p| {
            p.national_days = vec![week(4), week(9)];
            p.ban_start_week = 2;
            p.ban_weeks = 12;
        },
    },
    Preset {
        id: "hmrc-2022",
        name: "A 2022 HMRC-style ballot",
        description: "A ballot with 47.37% turnout and 84.4% voting yes, as reported for HMRC in the 2022 national ballot: a large yes vote that misses the 50% turnout threshold. That ballot asked only about strikes.",
        apply: |p| {
            p.regime = Some(Regime::TradeUnionAct2016);
            p.ballot.turnout = 0.4737;
            p.ballot.yes_share = 0.844;
            p.ballot.asked = Mandate::StrikesOnly;
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_valid_and_different() {
        for (i, a) in PRESETS.iter().enumerate() {
            let mut p = a.params();
            assert!(p.validate().is_empty(), "{}", a.id);
            assert!(preset(a.id).is_some());
            for b in &PRESETS[i + 1..] {
                assert_ne!(a.params(), b.params(), "{} and {}", a.id, b.id);
                assert_ne!(a.id, b.id);
            }
        }
    }

    #[test]
    fn the_defaults_are_the_targeted_3_pound_plan() {
        assert_eq!(
            matching(&Params::default()).map(|p| p.id),
            Some("targeted-3")
        );
        for pr in PRESETS {
            assert_eq!(matching(&pr.params()).map(|p| p.id), Some(pr.id));
        }
        let changed = Params {
            levy_per_month: 350,
            ..Params::default()
        };
        assert!(matching(&changed).is_none());
    }

    #[test]
    fn two_day_and_two_one_day_have_the_same_strike_days() {
        let a = crate::simulate(&preset("two-day").unwrap().params());
        let b = crate::simulate(&preset("two-one-day").unwrap().params());
        assert_eq!(a.headline.strike_days(), b.headline.strike_days());
        assert_eq!(a.headline.gross_pay_lost, b.headline.gross_pay_lost);
    }
}
