//! Validation: every input brought into its range in one place, with a
//! structured reason for each change. The words for people are the floors
//! above's job (`format::adjustment`).

use super::choices::Choice;
use super::fields::{FieldId, FIELDS};
use super::params::Params;

/// Which setting an [`Adjustment`] is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Setting {
    /// A numeric field.
    Field(FieldId),
    /// A setting that is not a number.
    Choice(Choice),
    /// A key that no setting has (as given, clipped).
    Unknown(String),
    /// The sliders the embed view shows (`show=` in a link).
    Sliders,
    /// A scenario kept for comparison (`keep=` in a link), by its place from 0.
    Kept(usize),
    /// The link as a whole.
    Link,
}

/// What was wrong with a setting, and what was used instead.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Not a finite number: `used` (in the field's unit) was used instead.
    NotANumber {
        /// The value used instead: the default, brought into range.
        used: f64,
    },
    /// Outside the range `lo..=hi` (in the field's unit): `used` instead.
    OutOfRange {
        /// The value given.
        value: f64,
        /// The smallest allowed value.
        lo: f64,
        /// The largest allowed value.
        hi: f64,
        /// The value used.
        used: f64,
    },
    /// Text that was not understood (clipped): the setting keeps the value it had
    /// (the default, when reading a link); for national days, the day is left out.
    NotUnderstood {
        /// The text, at most 40 characters, without control characters.
        text: String,
    },
    /// National strike days outside the model's dates, or repeated, were dropped.
    DaysDropped,
    /// A key that no setting has was ignored.
    UnknownKey,
    /// More settings than a link is read for: the rest were ignored.
    PairsDropped {
        /// How many were ignored.
        dropped: usize,
    },
    /// Left out of the link on purpose (the union's own figures): the default is shown.
    LeftOut,
    /// A whole-number field given a fraction: rounded.
    Rounded {
        /// The value given.
        value: f64,
        /// The value used.
        used: f64,
    },
    /// The value chosen is kept, but other settings leave it out of bounds
    /// here (say, more targeted strikers than members): `used` is used.
    DoesNotFit {
        /// The value chosen, which is kept.
        chosen: f64,
        /// The smallest value that fits.
        lo: f64,
        /// The largest value that fits.
        hi: f64,
        /// The value used.
        used: f64,
    },
}

/// Something validation or the link reader changed or ignored.
#[derive(Clone, Debug, PartialEq)]
pub struct Adjustment {
    /// The setting.
    pub setting: Setting,
    /// What was wrong, and what was used.
    pub problem: Problem,
}

impl Adjustment {
    /// The link key of the setting (for tests and scripts); `?` for an unknown one.
    pub fn key(&self) -> &str {
        match &self.setting {
            Setting::Field(id) => id.field().key,
            Setting::Choice(c) => c.key(),
            Setting::Unknown(_) => "?",
            Setting::Sliders => super::query::SLIDERS_KEY,
            Setting::Kept(_) => super::compare::KEEP_KEY,
            Setting::Link => "?",
        }
    }
}

/// Sorts a short list in place (insertion sort): national strike days are
/// few, and already sorted when set on the page. Smaller in WebAssembly than
/// the standard library's sort, which would add kilobytes to the first view.
fn sort_small(v: &mut [u32]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

impl Params {
    /// Brings every field into the range it can hold (whatever else is set),
    /// saying what it changed: what is stored, in links and in the app, is
    /// always valid. Never panics; a value that is not a number becomes the default.
    /// What other settings allow is [`Params::fit`]'s job: a choice that does
    /// not fit now is kept, for when it fits again.
    pub fn validate(&mut self) -> Vec<Adjustment> {
        let mut out = Vec::new();
        let defaults = Params::default();
        for field in FIELDS {
            let range = (field.range)(self);
            let default = (field.get)(&defaults).clamp(range.0, range.1);
            let v = (field.get)(self);
            let (used, problem) = field.settle(v, default, range);
            if let Some(problem) = problem {
                out.push(Adjustment {
                    setting: Setting::Field(field.id),
                    problem,
                });
            }
            // Written back only if it changed: a value that follows another
            // (the electorate follows the members) goes on following it.
            if used.to_bits() != v.to_bits() {
                (field.set)(self, used);
            }
        }
        let before = self.national_days.len();
        sort_small(&mut self.national_days);
        self.national_days.dedup();
        if self.national_days.len() != before {
            out.push(Adjustment {
                setting: Setting::Choice(Choice::NationalDays),
                problem: Problem::DaysDropped,
            });
        }
        // The ballot closes on or before the start: notice runs from the start.
        if let Some(d) = self.ballot.closes.filter(|d| *d > self.start) {
            self.ballot.closes = None;
            out.push(Adjustment {
                setting: Setting::Choice(Choice::BallotCloses),
                problem: Problem::NotUnderstood {
                    text: d.to_string(),
                },
            });
        }
        if self.ballot.electorate == Some(0) {
            self.ballot.electorate = None;
        }
        out
    }

    /// Brings every field within what the other settings allow here, saying
    /// what does not fit: the copy the model runs on. Horizon and members come
    /// first in the field table, so the bounds that depend on them are settled.
    /// National strike days past the end of the model are left out.
    pub fn fit(&mut self) -> Vec<Adjustment> {
        let mut out = Vec::new();
        for field in FIELDS.iter().filter(|f| f.fit.is_some()) {
            let (lo, hi) = field.bounds(self);
            let chosen = (field.get)(self);
            if chosen < lo || chosen > hi {
                let used = chosen.clamp(lo, hi);
                out.push(Adjustment {
                    setting: Setting::Field(field.id),
                    problem: Problem::DoesNotFit {
                        chosen,
                        lo,
                        hi,
                        used,
                    },
                });
                (field.set)(self, used);
            }
        }
        let days = self.horizon_days();
        let before = self.national_days.len();
        self.national_days.retain(|&d| d < days);
        if self.national_days.len() != before {
            out.push(Adjustment {
                setting: Setting::Choice(Choice::NationalDays),
                problem: Problem::DaysDropped,
            });
        }
        out
    }

    /// Whether [`Params::validate`] would change nothing, checked without a copy.
    pub fn is_valid(&self) -> bool {
        self.check(false)
    }

    /// Whether [`Params::validate`] and [`Params::fit`] would change nothing.
    pub fn fits(&self) -> bool {
        self.check(true)
    }

    /// One pass over the fields: each in its range (and, with `fit`, within
    /// what the other settings allow).
    fn check(&self, fit: bool) -> bool {
        let fields_ok = FIELDS.iter().all(|f| {
            let (lo, hi) = (f.range)(self);
            let v = (f.get)(self);
            let own = v.is_finite() && lo <= v && v <= hi && (f.step < 1.0 || is_whole(v));
            own && (!fit
                || f.fit.is_none_or(|b| {
                    let (a, b) = b(self);
                    a <= v && v <= b
                }))
        });
        let days_ok = self.national_days.windows(2).all(|w| w[0] < w[1])
            && (!fit
                || self
                    .national_days
                    .last()
                    .is_none_or(|&d| d < self.horizon_days()));
        fields_ok && days_ok && self.ballot.electorate != Some(0)
    }

    /// The parameters the model runs on: these, if valid and fitting, else a
    /// copy made so by [`Params::validate`] and [`Params::fit`].
    pub fn in_use(&self) -> std::borrow::Cow<'_, Params> {
        if self.fits() {
            std::borrow::Cow::Borrowed(self)
        } else {
            let mut q = self.clone();
            q.validate();
            q.fit();
            std::borrow::Cow::Owned(q)
        }
    }

    /// A copy brought into range by [`Params::validate`].
    pub fn validated(mut self) -> Self {
        self.validate();
        self
    }
}

/// Whether `v` is within a billionth of a whole number: the same test as
/// `(v - v.round()).abs() < 1e-9`, without `round`, which is a library call
/// on plain x86-64 and in WebAssembly (neither's own rounding rounds halves
/// away from zero) and was the slowest part of [`Params::fits`]. For
/// |v| < 2^52 the fraction and one less its size are worked out exactly;
/// beyond that every number is whole.
fn is_whole(v: f64) -> bool {
    if v.abs() >= 4_503_599_627_370_496.0 {
        return v.is_finite();
    }
    let fraction = (v - (v as i64) as f64).abs();
    fraction < 1e-9 || 1.0 - fraction < 1e-9
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Regime;

    #[test]
    fn whole_numbers_as_round_finds_them() {
        let mut seed = 3u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed
        };
        let mut cases = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            2.5,
            1e-9,
            1e-10,
            1.0 - 1e-10,
            3.0 + 2e-9,
            -7.0 + 5e-10,
            4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            1e300,
            f64::INFINITY,
            f64::NAN,
        ];
        for _ in 0..10_000 {
            // Whole numbers, a little off them, and anything at all.
            let whole = (next() % 2_000_000) as f64 - 1_000_000.0;
            let off = (next() % 2_001) as f64 * 1e-12 - 1e-9;
            cases.push(whole + off);
            cases.push(f64::from_bits(next()));
        }
        for v in cases {
            let want = v.is_finite() && (v - v.round()).abs() < 1e-9;
            assert_eq!(is_whole(v), want, "{v:e}");
        }
    }

    #[test]
    fn defaults_are_valid() {
        let mut p = Params::default();
        assert!(p.validate().is_empty(), "{:?}", p.validate());
    }

    #[test]
    fn nonsense_is_clamped_with_a_reason() {
        let mut p = Params {
            members: 0,
            horizon_weeks: 1_000_000,
            levy_take_up: f64::NAN,
            overtime_share: -3.0,
            national_days: vec![5, 5, 9_999],
            ..Params::default()
        };
        let found = p.validate();
        assert_eq!(p.horizon_weeks, 104);
        assert_eq!(p.members, 100);
        assert_eq!(p.levy_take_up, 0.8);
        assert_eq!(p.overtime_share, 0.0);
        assert_eq!(p.national_days, vec![5, 9_999]);
        assert_eq!(p.in_use().national_days, vec![5]);
        assert!(found.contains(&Adjustment {
            setting: Setting::Field(FieldId::LevyTakeUp),
            problem: Problem::NotANumber { used: 80.0 },
        }));
        assert!(found.contains(&Adjustment {
            setting: Setting::Field(FieldId::Weeks),
            problem: Problem::OutOfRange {
                value: 1_000_000.0,
                lo: 4.0,
                hi: 104.0,
                used: 104.0
            },
        }));
        assert!(found
            .iter()
            .any(|a| a.key() == "nd" && a.problem == Problem::DaysDropped));
        assert!(found.len() >= 5);
    }

    #[test]
    fn strikers_never_exceed_members_but_the_choice_is_kept() {
        let mut p = Params {
            members: 500,
            targeted_strikers: 2_000,
            ..Params::default()
        };
        assert!(p.validate().is_empty());
        assert_eq!(p.targeted_strikers, 2_000);
        assert_eq!(p.in_use().targeted_strikers, 500);
        let notes = p.fit();
        assert_eq!(p.targeted_strikers, 500);
        assert_eq!(
            notes[1..],
            // 1,000 staff (500 members at 50%) cannot hold 5,000 in the targeted areas.
            [Adjustment {
                setting: Setting::Field(FieldId::AreaStaff),
                problem: Problem::DoesNotFit {
                    chosen: 5_000.0,
                    lo: 0.0,
                    hi: 1_000.0,
                    used: 1_000.0
                },
            }]
        );
        assert_eq!(
            notes[..1],
            [Adjustment {
                setting: Setting::Field(FieldId::Strikers),
                problem: Problem::DoesNotFit {
                    chosen: 2_000.0,
                    lo: 0.0,
                    hi: 500.0,
                    used: 500.0
                },
            }]
        );
    }

    #[test]
    fn shrinking_one_setting_never_cuts_another_for_good() {
        // Weeks 26 → 4 → 26 keeps 12 weeks of targeted action; members
        // 100,000 → 100 → 100,000 keeps 2,000 targeted strikers.
        let mut p = Params::default();
        for (weeks, members) in [(4, 100), (26, 100_000)] {
            p.horizon_weeks = weeks;
            p.members = members;
            p.validate();
            let used = p.in_use();
            assert!(used.targeted_weeks <= weeks && used.targeted_strikers <= members);
        }
        assert_eq!(p, Params::default());
    }

    #[test]
    fn notice_at_least_the_legal_minimum() {
        let mut p = Params {
            notice_days: 3,
            regime: Some(Regime::TradeUnionAct2016),
            ..Params::default()
        };
        p.validate();
        assert_eq!(p.in_use().notice_days, 14);
        p.regime = Some(Regime::EmploymentRightsAct2025);
        p.notice_days = 3;
        p.validate();
        assert_eq!(p.in_use().notice_days, 10);
        // Ten days typed under the 2016 Act: kept, and fourteen used.
        p.regime = Some(Regime::TradeUnionAct2016);
        assert_eq!((p.notice_days, p.in_use().notice_days), (10, 14));
    }

    #[test]
    fn is_valid_agrees_with_validate() {
        assert!(Params::default().is_valid());
        let bad = Params {
            national_days: vec![3, 2],
            ..Params::default()
        };
        assert!(!bad.is_valid());
        assert!(bad.validated().is_valid());
        let nan = Params {
            cover_base: f64::NAN,
            ..Params::default()
        };
        assert!(!nan.is_valid());
    }
}
