//! `Params`: every input of the model, the single source of truth for the app,
//! the link and the command line. Validated and clamped in one place:
//! [`Params::validate`].

use super::calendar::Date;
use super::fields::FIELDS;
use crate::format::field_value;
use serde::{Deserialize, Serialize};

/// Money in pence. Integer so that the fund balances to the penny.
pub type Pence = i64;

/// How one day's pay is worked out from annual pay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum PayDivisor {
    /// One day is 1/260 of annual pay (52 weeks of 5 working days).
    #[default]
    WorkingDays260,
    /// One day is 1/365 of annual pay (calendar days): a smaller deduction.
    CalendarDays365,
}

impl PayDivisor {
    /// The divisor: 260 or 365.
    pub fn days(self) -> i64 {
        match self {
            PayDivisor::WorkingDays260 => 260,
            PayDivisor::CalendarDays365 => 365,
        }
    }
}

/// The law that governs the ballot and the notice of action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Regime {
    /// Trade Union Act 2016: 50% turnout; 40% of the electorate voting yes in
    /// important public services; 14 days' notice of action.
    #[default]
    TradeUnionAct2016,
    /// Employment Rights Act 2025, for ballots opened on or after 18 February 2026:
    /// 50% turnout, no 40% rule; 10 days' notice of action.
    EmploymentRightsAct2025,
}

impl Regime {
    /// The legal minimum notice of industrial action, in calendar days.
    pub fn minimum_notice_days(self) -> u32 {
        match self {
            Regime::TradeUnionAct2016 => 14,
            Regime::EmploymentRightsAct2025 => 10,
        }
    }

    /// A short name for people.
    pub fn label(self) -> &'static str {
        match self {
            Regime::TradeUnionAct2016 => "Trade Union Act 2016",
            Regime::EmploymentRightsAct2025 => "Employment Rights Act 2025",
        }
    }
}

/// Optional ranges for the uncertain inputs, for P10/P50/P90 bands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Uncertainty {
    /// Whether bands are computed and drawn.
    pub enabled: bool,
    /// Number of runs, 20 to 1,000.
    pub runs: u32,
    /// Participation in national strike days varies by ± this share (0 to 0.5).
    pub participation_spread: f64,
    /// Levy take-up varies by ± this share (0 to 0.5).
    pub take_up_spread: f64,
    /// The overtime share varies by ± this share of normal hours (0 to 0.2).
    pub overtime_spread: f64,
    /// The employer's cover varies by ± this share of strikers' work (0 to 0.5).
    pub cover_spread: f64,
    /// Seed of the pseudo-random generator: same seed, same bands.
    pub seed: u64,
}

impl Default for Uncertainty {
    fn default() -> Self {
        Uncertainty {
            enabled: false,
            runs: 200,
            participation_spread: 0.10,
            take_up_spread: 0.10,
            overtime_spread: 0.03,
            cover_spread: 0.10,
            seed: 2026,
        }
    }
}

/// A ballot for industrial action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ballot {
    /// Members entitled to vote (people).
    pub electorate: u32,
    /// Share of the electorate who vote, 0 to 1.
    pub turnout: f64,
    /// Share of votes cast that say yes, 0 to 1.
    pub yes_share: f64,
    /// Whether the members work in "important public services" (the 40% rule of the 2016 Act).
    pub important_public_services: bool,
}

impl Default for Ballot {
    fn default() -> Self {
        Ballot {
            electorate: 100_000,
            turnout: 0.52,
            yes_share: 0.80,
            important_public_services: false,
        }
    }
}

/// Every input of the model. Shares are fractions from 0 to 1; money is in pence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Params {
    /// First day of the model (action can be planned from here).
    pub start: Date,
    /// Length of the model in weeks of five working days, 4 to 104.
    pub horizon_weeks: u32,

    /// Members in the dispute (people), 100 to 500,000.
    pub members: u32,
    /// Average annual pay of a member (pence).
    pub annual_pay: Pence,
    /// How a day's pay is worked out from annual pay.
    pub pay_divisor: PayDivisor,
    /// Strike fund on the start date (pence).
    pub opening_fund: Pence,
    /// Fighting-fund contribution of every member (pence a month).
    pub fighting_fund_per_member: Pence,
    /// Donations to the fund (pence a month).
    pub donations_per_month: Pence,
    /// Levy on each member not on targeted action (pence a month), 0 to £10.
    pub levy_per_month: Pence,
    /// Share of members asked who actually pay the levy, 0 to 1.
    pub levy_take_up: f64,
    /// The monthly collection at which the levy starts: 1 is the first month-start in the model.
    pub levy_start_month: u32,
    /// Strike pay for targeted strikers: share of a day's lost pay, 0 to 1.
    pub targeted_strike_pay: f64,
    /// Hardship pay on national strike days: share of a day's lost pay, 0 to 1.
    pub national_strike_pay: f64,

    /// National all-member strike days: working days counted from the start (0 is the first).
    pub national_days: Vec<u32>,
    /// Share of members (not already on targeted action) who strike on national days, 0 to 1.
    pub national_participation: f64,
    /// Members on targeted action (people).
    pub targeted_strikers: u32,
    /// Week (of five working days, from 0) in which targeted action starts.
    pub targeted_start_week: u32,
    /// Length of targeted action in weeks; 0 means none.
    pub targeted_weeks: u32,
    /// Strike days in each week of targeted action, 1 to 5 (the first days of the week).
    pub targeted_days_per_week: u32,
    /// Week (from 0) in which the overtime ban starts.
    pub ban_start_week: u32,
    /// Length of the overtime ban in weeks; 0 means none.
    pub ban_weeks: u32,
    /// Share of members' overtime withdrawn while the ban is on, 0 to 1.
    pub ban_compliance: f64,
    /// Notice given before each action (calendar days), at least the legal minimum.
    pub notice_days: u32,
    /// The law in force for notice and the ballot.
    pub regime: Regime,

    /// Share of staff in the affected workplaces who are members, 0.1 to 1.
    pub union_density: f64,
    /// Overtime the employer relies on, as a share of normal hours, 0 to 0.5.
    pub overtime_share: f64,
    /// Backlog on the start date (weeks of work).
    pub opening_backlog_weeks: f64,
    /// Share of strikers' work the employer covers even with no warning, 0 to 1.
    pub cover_base: f64,
    /// Extra share covered when the employer has had full time to prepare, 0 to 1.
    pub cover_prepared: f64,
    /// Days of notice that give the employer full time to prepare, 1 to 90.
    pub cover_full_notice_days: u32,
    /// Extra overtime the employer adds to clear a backlog, as a share of staff hours, 0 to 0.5.
    pub catch_up_share: f64,

    /// Ranges for the uncertain inputs.
    pub uncertainty: Uncertainty,
    /// The ballot.
    pub ballot: Ballot,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            start: Date::fixed(2026, 11, 30),
            horizon_weeks: 26,
            members: 100_000,
            annual_pay: 2_784_400,
            pay_divisor: PayDivisor::WorkingDays260,
            opening_fund: 250_000_000,
            fighting_fund_per_member: 50,
            donations_per_month: 0,
            levy_per_month: 300,
            levy_take_up: 0.8,
            levy_start_month: 1,
            targeted_strike_pay: 0.5,
            national_strike_pay: 0.0,
            national_days: Vec::new(),
            national_participation: 0.6,
            targeted_strikers: 2_000,
            targeted_start_week: 2,
            targeted_weeks: 12,
            targeted_days_per_week: 5,
            ban_start_week: 2,
            ban_weeks: 0,
            ban_compliance: 0.8,
            notice_days: 14,
            regime: Regime::TradeUnionAct2016,
            union_density: 0.5,
            overtime_share: 0.10,
            opening_backlog_weeks: 4.0,
            cover_base: 0.10,
            cover_prepared: 0.30,
            cover_full_notice_days: 28,
            catch_up_share: 0.05,
            uncertainty: Uncertainty::default(),
            ballot: Ballot::default(),
        }
    }
}

/// Something [`Params::validate`] changed, in words for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adjustment {
    /// The link key of the field, e.g. `levy`.
    pub key: &'static str,
    /// What was wrong and what was used instead.
    pub message: String,
}

impl Params {
    /// Working days in the model: five a week.
    pub fn horizon_days(&self) -> u32 {
        self.horizon_weeks * 5
    }

    /// Staff in the affected workplaces, members and non-members (people).
    pub fn staff(&self) -> u64 {
        (f64::from(self.members) / self.union_density).round() as u64
    }

    /// One day's pay of a member (pence), by the chosen divisor.
    pub fn daily_pay(&self) -> Pence {
        div_round(self.annual_pay, self.pay_divisor.days())
    }

    /// Share of a striker's work the employer covers, given the notice, 0 to 1.
    pub fn cover_share(&self) -> f64 {
        let prep = (f64::from(self.notice_days) / f64::from(self.cover_full_notice_days)).min(1.0);
        (self.cover_base + self.cover_prepared * prep).clamp(0.0, 1.0)
    }

    /// Whether any action (strike or overtime ban) is planned.
    pub fn has_action(&self) -> bool {
        let national = !self.national_days.is_empty() && self.national_participation > 0.0;
        let targeted = self.targeted_strikers > 0 && self.targeted_weeks > 0;
        let ban = self.ban_weeks > 0 && self.ban_compliance > 0.0;
        national || targeted || ban
    }

    /// Brings every field into its range and fixes impossible combinations,
    /// saying what it changed. Never panics; a value that is not a number becomes the default.
    pub fn validate(&mut self) -> Vec<Adjustment> {
        let mut out = Vec::new();
        let defaults = Params::default();
        // Horizon and members first: other ranges depend on them.
        for field in FIELDS {
            let (lo, hi) = (field.range)(self);
            let v = (field.get)(self);
            let fixed = if !v.is_finite() {
                let d = (field.get)(&defaults).clamp(lo, hi);
                out.push(Adjustment {
                    key: field.key,
                    message: format!(
                        "{} was not a number; using {}.",
                        field.label,
                        field_value(field, d, self)
                    ),
                });
                d
            } else if v < lo || v > hi {
                let c = v.clamp(lo, hi);
                out.push(Adjustment {
                    key: field.key,
                    message: format!(
                        "{} must be from {} to {}; using {}.",
                        field.label,
                        field_value(field, lo, self),
                        field_value(field, hi, self),
                        field_value(field, c, self)
                    ),
                });
                c
            } else {
                v
            };
            let fixed = if field.step >= 1.0 {
                fixed.round()
            } else {
                fixed
            };
            (field.set)(self, fixed);
        }
        let days = self.horizon_days();
        let before = self.national_days.len();
        self.national_days.retain(|&d| d < days);
        self.national_days.sort_unstable();
        self.national_days.dedup();
        if self.national_days.len() != before {
            out.push(Adjustment {
                key: "nd",
                message:
                    "National strike days outside the model's dates, or repeated, were dropped."
                        .to_string(),
            });
        }
        if self.ballot.electorate == 0 {
            self.ballot.electorate = self.members;
        }
        out
    }

    /// Whether [`Params::validate`] would change nothing, checked without a copy.
    pub fn is_valid(&self) -> bool {
        let fields_ok = FIELDS.iter().all(|f| {
            let (lo, hi) = (f.range)(self);
            let v = (f.get)(self);
            v.is_finite() && lo <= v && v <= hi && (f.step < 1.0 || (v - v.round()).abs() < 1e-9)
        });
        let days_ok = self.national_days.windows(2).all(|w| w[0] < w[1])
            && self
                .national_days
                .last()
                .is_none_or(|&d| d < self.horizon_days());
        fields_ok && days_ok && self.ballot.electorate != 0
    }

    /// These parameters if valid, else a copy brought into range by [`Params::validate`].
    pub fn as_valid(&self) -> std::borrow::Cow<'_, Params> {
        if self.is_valid() {
            std::borrow::Cow::Borrowed(self)
        } else {
            std::borrow::Cow::Owned(self.clone().validated())
        }
    }

    /// A copy brought into range by [`Params::validate`].
    pub fn validated(mut self) -> Self {
        self.validate();
        self
    }

    /// True if working day `day` (from 0) is a targeted strike day.
    pub fn is_targeted_day(&self, day: u32) -> bool {
        let week = day / 5;
        self.targeted_strikers > 0
            && week >= self.targeted_start_week
            && week < self.targeted_start_week + self.targeted_weeks
            && day % 5 < self.targeted_days_per_week
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

/// `a / b` rounded half away from zero, for money.
pub fn div_round(a: i64, b: i64) -> i64 {
    if b == 0 {
        return 0;
    }
    let q = a / b;
    let r = a % b;
    if 2 * r.abs() >= b.abs() {
        q + if (a < 0) == (b < 0) { 1 } else { -1 }
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        let mut p = Params::default();
        assert!(p.validate().is_empty(), "{:?}", p.validate());
        assert_eq!(p.start.to_string(), "2026-11-30");
    }

    #[test]
    fn daily_pay_by_divisor() {
        let mut p = Params::default();
        // £27,844 / 260 = £107.0923… → £107.09.
        assert_eq!(p.daily_pay(), 10_709);
        p.pay_divisor = PayDivisor::CalendarDays365;
        // £27,844 / 365 = £76.2849… → £76.28.
        assert_eq!(p.daily_pay(), 7_628);
    }

    #[test]
    fn nonsense_is_clamped_with_a_message() {
        let mut p = Params {
            members: 0,
            horizon_weeks: 1_000_000,
            levy_take_up: f64::NAN,
            overtime_share: -3.0,
            national_days: vec![5, 5, 9_999],
            ..Params::default()
        };
        let msgs = p.validate();
        assert_eq!(p.horizon_weeks, 104);
        assert_eq!(p.members, 100);
        assert_eq!(p.levy_take_up, 0.8);
        assert_eq!(p.overtime_share, 0.0);
        assert_eq!(p.national_days, vec![5]);
        assert!(msgs
            .iter()
            .any(|m| m.key == "levyup" && m.message.contains("not a number")));
        assert!(msgs.len() >= 5);
        assert!(
            msgs.iter().any(|m| m.message
                == "Weeks to model must be from 4 weeks to 104 weeks; using 104 weeks."),
            "{msgs:?}"
        );
    }

    #[test]
    fn strikers_never_exceed_members() {
        let mut p = Params {
            members: 500,
            targeted_strikers: 2_000,
            ..Params::default()
        };
        p.validate();
        assert_eq!(p.targeted_strikers, 500);
    }

    #[test]
    fn notice_at_least_the_legal_minimum() {
        let mut p = Params {
            notice_days: 3,
            ..Params::default()
        };
        p.validate();
        assert_eq!(p.notice_days, 14);
        p.regime = Regime::EmploymentRightsAct2025;
        p.notice_days = 3;
        p.validate();
        assert_eq!(p.notice_days, 10);
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

    #[test]
    fn rounding_money() {
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(-5, 2), -3);
        assert_eq!(div_round(4, 3), 1);
        assert_eq!(div_round(1, 0), 0);
    }
}
