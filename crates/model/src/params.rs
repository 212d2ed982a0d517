//! `Params`: every input of the model, the single source of truth for the app,
//! the link and the command line. Validated and clamped in one place:
//! [`Params::validate`] (in `validate.rs`). The ranges of the numeric inputs
//! live in the field table (`fields.rs`); the limits that other rules share are
//! the constants here.

use super::calendar::Date;
use super::money::div_round;
pub use super::money::Pence;
use serde::{Deserialize, Serialize};

/// The highest levy a member can be asked for: £10 a month (pence). The levy
/// slider's top and the highest levy the solvers try.
pub const MAX_LEVY: Pence = 1_000;

/// The longest the model runs: two years, in weeks of five working days.
pub const MAX_WEEKS: f64 = 104.0;

/// The most members a dispute can have in the model (people).
pub const MAX_MEMBERS: f64 = 500_000.0;

/// The most overtime an employer can rely on: half of normal hours (a share).
/// The overtime slider's top and the limit of the uncertainty draws.
pub const MAX_OVERTIME_SHARE: f64 = 0.5;

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
    /// Every choice, in the order offered.
    pub const ALL: [PayDivisor; 2] = [PayDivisor::WorkingDays260, PayDivisor::CalendarDays365];

    /// The divisor: 260 or 365.
    pub fn days(self) -> i64 {
        match self {
            PayDivisor::WorkingDays260 => 260,
            PayDivisor::CalendarDays365 => 365,
        }
    }

    /// Its code in links and on the command line: `260` or `365`.
    pub fn code(self) -> &'static str {
        match self {
            PayDivisor::WorkingDays260 => "260",
            PayDivisor::CalendarDays365 => "365",
        }
    }

    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            PayDivisor::WorkingDays260 => "1/260 of annual pay (working days)",
            PayDivisor::CalendarDays365 => "1/365 of annual pay (calendar days)",
        }
    }

    /// The choice with this code, if there is one.
    pub fn from_code(code: &str) -> Option<PayDivisor> {
        PayDivisor::ALL.into_iter().find(|d| d.code() == code)
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
    /// Every law, oldest first.
    pub const ALL: [Regime; 2] = [Regime::TradeUnionAct2016, Regime::EmploymentRightsAct2025];

    /// The legal minimum notice of industrial action, in calendar days.
    pub const fn minimum_notice_days(self) -> u32 {
        match self {
            Regime::TradeUnionAct2016 => 14,
            Regime::EmploymentRightsAct2025 => 10,
        }
    }

    /// The shortest notice any law allows (calendar days): the notice slider's floor.
    pub const LEAST_NOTICE_DAYS: u32 = {
        let mut least = u32::MAX;
        let mut i = 0;
        while i < Regime::ALL.len() {
            let n = Regime::ALL[i].minimum_notice_days();
            if n < least {
                least = n;
            }
            i += 1;
        }
        least
    };

    /// Whether, in important public services, 40% of those balloted must vote yes.
    pub fn has_forty_percent_rule(self) -> bool {
        match self {
            Regime::TradeUnionAct2016 => true,
            Regime::EmploymentRightsAct2025 => false,
        }
    }

    /// How long a ballot's mandate lasts (calendar months): the period
    /// "beginning with the date of the ballot" in section 234(1) of the Trade
    /// Union and Labour Relations (Consolidation) Act 1992, six months as the
    /// Trade Union Act 2016 set it, twelve under the Employment Rights Act 2025.
    pub fn mandate_months(self) -> u32 {
        match self {
            Regime::TradeUnionAct2016 => 6,
            Regime::EmploymentRightsAct2025 => 12,
        }
    }

    /// The first day a ballot can open under this law, if it replaced an older one.
    pub fn ballots_opened_from(self) -> Option<Date> {
        match self {
            Regime::TradeUnionAct2016 => None,
            Regime::EmploymentRightsAct2025 => Some(Date::fixed(2026, 2, 18)),
        }
    }

    /// Its code in links and on the command line: the year, `2016` or `2025`.
    pub fn code(self) -> &'static str {
        match self {
            Regime::TradeUnionAct2016 => "2016",
            Regime::EmploymentRightsAct2025 => "2025",
        }
    }

    /// A short name for people.
    pub fn label(self) -> &'static str {
        match self {
            Regime::TradeUnionAct2016 => "Trade Union Act 2016",
            Regime::EmploymentRightsAct2025 => "Employment Rights Act 2025",
        }
    }

    /// The law with this code, if there is one.
    pub fn from_code(code: &str) -> Option<Regime> {
        Regime::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The law for a ballot opened on this date: the newest one in force by then.
    pub fn for_ballot_opened_on(d: Date) -> Regime {
        Regime::ALL
            .into_iter()
            .rev()
            .find(|r| r.ballots_opened_from().is_none_or(|from| d >= from))
            .unwrap_or(Regime::TradeUnionAct2016)
    }
}

/// What happens to strike pay when the fund has no money left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum FundRule {
    /// Strike pay goes on in full; the fund goes below zero, a shortfall the
    /// union must find (by borrowing, an appeal, or reserves).
    #[default]
    Shortfall,
    /// Strike pay stops when the fund is empty: each day the fund pays what it
    /// has, and no more, until money comes in again.
    StopWhenEmpty,
}

impl FundRule {
    /// Every rule, in the order offered.
    pub const ALL: [FundRule; 2] = [FundRule::Shortfall, FundRule::StopWhenEmpty];

    /// Its code in links and on the command line: `short` or `stop`.
    pub fn code(self) -> &'static str {
        match self {
            FundRule::Shortfall => "short",
            FundRule::StopWhenEmpty => "stop",
        }
    }

    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            FundRule::Shortfall => "Strike pay goes on, as a shortfall to find",
            FundRule::StopWhenEmpty => "Strike pay stops when the fund is empty",
        }
    }

    /// The rule with this code, if there is one.
    pub fn from_code(code: &str) -> Option<FundRule> {
        FundRule::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// How a striker's strike pay for a day is worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum PayRule {
    /// A share of a day's pay: the targeted strikers' share, and the hardship
    /// share on national days.
    #[default]
    Share,
    /// A flat amount a day, for every striker.
    Flat,
    /// A flat amount a day by pay band: one rate below a pay threshold,
    /// another at or above it (as UCU's fund pays).
    Banded,
}

impl PayRule {
    /// Every rule, in the order offered.
    pub const ALL: [PayRule; 3] = [PayRule::Share, PayRule::Flat, PayRule::Banded];

    /// Its code in links and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            PayRule::Share => "share",
            PayRule::Flat => "flat",
            PayRule::Banded => "banded",
        }
    }

    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            PayRule::Share => "A share of a day's pay",
            PayRule::Flat => "A flat amount a day",
            PayRule::Banded => "A flat amount a day by pay band",
        }
    }

    /// The rule with this code, if there is one.
    pub fn from_code(code: &str) -> Option<PayRule> {
        PayRule::ALL.into_iter().find(|r| r.code() == code)
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
    /// The overtime share varies by ± this share of normal hours (0 to 0.2; draws stay
    /// within 0 and [`MAX_OVERTIME_SHARE`]).
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
    /// Members entitled to vote (people); `None` is every member in the dispute.
    pub electorate: Option<u32>,
    /// Share of the electorate who vote, 0 to 1.
    pub turnout: f64,
    /// Share of votes cast that say yes, 0 to 1.
    pub yes_share: f64,
    /// Whether the members work in "important public services" (the 40% rule of the 2016 Act).
    pub important_public_services: bool,
    /// What the ballot asked members to back: the kinds of action its mandate covers.
    pub asked: Mandate,
    /// The day the ballot closed, on or before the start; `None` is the start date.
    pub closes: Option<Date>,
    /// Votes cast, when the result is given in votes; 0 uses [`Ballot::turnout`].
    pub votes_cast: u32,
    /// Yes votes, when the result is given in votes (at most the votes cast).
    pub yes_votes: u32,
}

impl Default for Ballot {
    fn default() -> Self {
        Ballot {
            electorate: None,
            turnout: 0.52,
            yes_share: 0.80,
            important_public_services: false,
            asked: Mandate::default(),
            closes: None,
            votes_cast: 0,
            yes_votes: 0,
        }
    }
}

/// What a ballot asked members to back. Action of a kind it did not ask
/// about has no mandate: the model does not count it, and says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Mandate {
    /// Two questions: strikes, and action short of a strike (such as an overtime ban).
    #[default]
    Both,
    /// Strikes only (as the 2022 national ballot): no overtime ban can follow.
    StrikesOnly,
    /// Action short of a strike only: no strike can follow.
    ShortOnly,
}

impl Mandate {
    /// Every answer, in the order offered.
    pub const ALL: [Mandate; 3] = [Mandate::Both, Mandate::StrikesOnly, Mandate::ShortOnly];

    /// Its code in links and on the command line: `both`, `strikes` or `short`.
    pub fn code(self) -> &'static str {
        match self {
            Mandate::Both => "both",
            Mandate::StrikesOnly => "strikes",
            Mandate::ShortOnly => "short",
        }
    }

    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            Mandate::Both => "Strikes and action short of a strike",
            Mandate::StrikesOnly => "Strikes only",
            Mandate::ShortOnly => "Action short of a strike only",
        }
    }

    /// The answer with this code, if there is one.
    pub fn from_code(code: &str) -> Option<Mandate> {
        Mandate::ALL.into_iter().find(|m| m.code() == code)
    }

    /// Whether it covers strikes (national and targeted strike days).
    pub const fn covers_strikes(self) -> bool {
        !matches!(self, Mandate::ShortOnly)
    }

    /// Whether it covers action short of a strike (overtime ban, work-to-rule).
    pub const fn covers_short(self) -> bool {
        !matches!(self, Mandate::StrikesOnly)
    }
}

/// Where action short of a strike applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Scope {
    /// Across the employer, the targeted areas included.
    #[default]
    Everywhere,
    /// In the targeted areas only. With no targeted areas set, the whole
    /// employer is one area, so the action applies across it.
    TargetedAreas,
}

impl Scope {
    /// Every answer, in the order offered.
    pub const ALL: [Scope; 2] = [Scope::Everywhere, Scope::TargetedAreas];

    /// Its code in links and on the command line: `all` or `areas`.
    pub fn code(self) -> &'static str {
        match self {
            Scope::Everywhere => "all",
            Scope::TargetedAreas => "areas",
        }
    }

    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            Scope::Everywhere => "Across the employer",
            Scope::TargetedAreas => "In the targeted areas only",
        }
    }

    /// The answer with this code, if there is one.
    pub fn from_code(code: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.code() == code)
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
    /// Levy on each member not on targeted action (pence a month), 0 to [`MAX_LEVY`].
    pub levy_per_month: Pence,
    /// Under a levy by pay band, the levy on members paid below the threshold (pence a month).
    pub levy_low: Pence,
    /// The pay threshold of a levy by pay band (pence a year); 0 is one levy for all.
    pub levy_threshold: Pence,
    /// Under a levy by pay band, the share of members paid below the threshold, 0 to 1.
    pub levy_share_below: f64,
    /// Share of members asked who actually pay the levy, 0 to 1.
    pub levy_take_up: f64,
    /// The monthly collection at which the levy starts: 1 is the first month-start in the model.
    pub levy_start_month: u32,
    /// Strike pay for targeted strikers: share of a day's lost pay, 0 to 1.
    pub targeted_strike_pay: f64,
    /// Hardship pay on national strike days: share of a day's lost pay, 0 to 1.
    pub national_strike_pay: f64,
    /// What happens to strike pay when the fund is empty.
    pub fund_rule: FundRule,
    /// How a day's strike pay is worked out.
    pub pay_rule: PayRule,
    /// The flat rate (pence a day); under [`PayRule::Banded`], the rate at or
    /// above the pay threshold.
    pub flat_pay: Pence,
    /// Under [`PayRule::Banded`], the rate below the pay threshold (pence a day).
    pub band_low_pay: Pence,
    /// Under [`PayRule::Banded`], the pay threshold (pence a year).
    pub band_threshold: Pence,
    /// Under [`PayRule::Banded`], the share of strikers paid below the threshold, 0 to 1.
    pub band_share_below: f64,
    /// Strike days at the start of each striker's action that the fund does not pay.
    pub waiting_days: u32,
    /// Most strike days the fund pays each striker in the dispute; 0 for no cap.
    pub paid_days_cap: u32,

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
    /// Where the overtime ban applies.
    pub ban_scope: Scope,
    /// Week (from 0) in which the work-to-rule starts.
    pub wtr_start_week: u32,
    /// Length of the work-to-rule in weeks; 0 means none.
    pub wtr_weeks: u32,
    /// Share of members at work who observe the work-to-rule, 0 to 1.
    pub wtr_observing: f64,
    /// Share of an observing member's output the work-to-rule costs, 0 to 1.
    pub wtr_output_cost: f64,
    /// Pay the employer deducts from an observing member for each day of
    /// work-to-rule: a share of a day's pay, 0 (none) to 1 (a full day).
    pub wtr_deduction: f64,
    /// Share of those deductions the strike fund makes up, 0 to 1.
    pub wtr_make_up: f64,
    /// Where the work-to-rule applies.
    pub wtr_scope: Scope,
    /// Notice given before each action (calendar days), at least the legal minimum.
    pub notice_days: u32,
    /// The law for notice and the ballot; `None` follows the start date (see [`Params::law`]).
    pub regime: Option<Regime>,

    /// Share of staff in the affected workplaces who are members, 0.1 to 1.
    pub union_density: f64,
    /// Overtime the employer relies on, as a share of normal hours, 0 to [`MAX_OVERTIME_SHARE`].
    pub overtime_share: f64,
    /// Backlog on the start date (weeks of work).
    pub opening_backlog_weeks: f64,
    /// Share of strikers' work the employer covers even with no warning, 0 to 1.
    pub cover_base: f64,
    /// Extra share covered when the employer has had full time to prepare, 0 to 1.
    pub cover_prepared: f64,
    /// Days of notice that give the employer full time to prepare, 1 to 90.
    pub cover_full_notice_days: u32,
    /// Extra overtime the employer adds to clear a backlog, as a share of the
    /// hours of staff at work who do not refuse it, 0 to 0.5.
    pub catch_up_share: f64,

    /// Staff in the targeted areas (people, members and non-members); 0 means
    /// no targeted areas: the employer is one backlog.
    pub area_staff: u32,
    /// Overtime the targeted areas rely on, as a share of their normal hours,
    /// 0 to [`MAX_OVERTIME_SHARE`].
    pub area_overtime: f64,
    /// Share of targeted strikers' work the employer covers with staff moved
    /// from other areas, 0 to 1. Their own work then waits there.
    pub area_cover: f64,
    /// Knock-on: staff-days of work stopped in other areas for each staff-day
    /// stopped in the targeted areas, 0 to 1. A judgement; none by default.
    pub knock_on: f64,

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
            levy_low: 300,
            levy_threshold: 0,
            levy_share_below: 0.4,
            levy_take_up: 0.8,
            levy_start_month: 1,
            targeted_strike_pay: 0.5,
            national_strike_pay: 0.0,
            fund_rule: FundRule::Shortfall,
            pay_rule: PayRule::Share,
            flat_pay: 5_000,
            band_low_pay: 7_500,
            band_threshold: 3_000_000,
            band_share_below: 0.5,
            waiting_days: 0,
            paid_days_cap: 0,
            national_days: Vec::new(),
            national_participation: 0.6,
            targeted_strikers: 2_000,
            targeted_start_week: 2,
            targeted_weeks: 12,
            targeted_days_per_week: 5,
            ban_start_week: 2,
            ban_weeks: 0,
            ban_compliance: 0.8,
            ban_scope: Scope::Everywhere,
            wtr_start_week: 2,
            wtr_weeks: 0,
            wtr_observing: 0.8,
            wtr_output_cost: 0.2,
            wtr_deduction: 0.0,
            wtr_make_up: 0.0,
            wtr_scope: Scope::Everywhere,
            notice_days: 14,
            regime: None,
            union_density: 0.5,
            overtime_share: 0.10,
            opening_backlog_weeks: 4.0,
            cover_base: 0.10,
            cover_prepared: 0.30,
            cover_full_notice_days: 28,
            catch_up_share: 0.05,
            area_staff: 5_000,
            area_overtime: 0.25,
            area_cover: 0.25,
            knock_on: 0.0,
            uncertainty: Uncertainty::default(),
            ballot: Ballot::default(),
        }
    }
}

impl Params {
    /// Working days in the model: five a week.
    pub fn horizon_days(&self) -> u32 {
        self.horizon_weeks * 5
    }

    /// Staff in the affected workplaces, members and non-members (people):
    /// members ÷ union density, rounded.
    pub fn staff(&self) -> u64 {
        (f64::from(self.members) / self.union_density).round() as u64
    }

    /// Staff in the targeted areas in use (people): as set, at most the staff.
    pub fn area_staff_used(&self) -> u64 {
        u64::from(self.area_staff).min(self.staff())
    }

    /// Whether the targeted areas are set apart, with their own backlog.
    pub fn has_areas(&self) -> bool {
        self.area_staff_used() > 0
    }

    /// Members in the targeted areas (people): their staff × union density,
    /// rounded, at most all members; 0 with no targeted areas. The targeted
    /// strikers can be at most these (`fields.rs`).
    pub fn area_members(&self) -> u64 {
        let m = (self.area_staff_used() as f64 * self.union_density).round() as u64;
        m.min(u64::from(self.members))
    }

    /// A day's strike pay for a striker (pence), before waiting days and the
    /// cap, for strikers on average pay: under [`PayRule::Share`], `share` of a
    /// day's pay; under the flat rules, the rate (by band, weighted by the
    /// share below the threshold), never more than a day's pay.
    pub fn strike_pay_rate(&self, share: f64) -> Pence {
        let daily = self.daily_pay();
        match self.pay_rule {
            PayRule::Share => super::money::share_of(daily, share),
            PayRule::Flat => self.flat_pay.min(daily),
            PayRule::Banded => {
                let below = self.band_low_pay.min(daily) as f64;
                let above = self.flat_pay.min(daily) as f64;
                (self.band_share_below * below + (1.0 - self.band_share_below) * above).round()
                    as Pence
            }
        }
    }

    /// A day's strike pay for one member on `annual_pay` (pence a year),
    /// before waiting days and the cap: by the rule and their pay band, never
    /// more than their day's pay.
    pub fn member_strike_pay(&self, annual_pay: Pence, share: f64) -> Pence {
        let daily = div_round(annual_pay.max(0), self.pay_divisor.days());
        match self.pay_rule {
            PayRule::Share => super::money::share_of(daily, share),
            PayRule::Flat => self.flat_pay.min(daily),
            PayRule::Banded if annual_pay < self.band_threshold => self.band_low_pay.min(daily),
            PayRule::Banded => self.flat_pay.min(daily),
        }
    }

    /// Whether the fund pays a striker's `k`th day of action (from 0): after
    /// the waiting days, and within the cap.
    pub fn pays_day(&self, k: u32) -> bool {
        k >= self.waiting_days
            && (self.paid_days_cap == 0 || k - self.waiting_days < self.paid_days_cap)
    }

    /// The levy collected from `payers` members in a month (pence): one levy
    /// for all, or, by pay band, the members below the threshold (their share,
    /// rounded) at the lower levy and the rest at [`Params::levy_per_month`].
    pub fn levy_from(&self, payers: i64) -> Pence {
        if self.levy_threshold > 0 {
            let below = (payers as f64 * self.levy_share_below).round() as i64;
            below * self.levy_low + (payers - below) * self.levy_per_month
        } else {
            payers * self.levy_per_month
        }
    }

    /// The levy on one member on `annual_pay` (pence a month).
    pub fn member_levy(&self, annual_pay: Pence) -> Pence {
        if self.levy_threshold > 0 && annual_pay < self.levy_threshold {
            self.levy_low
        } else {
            self.levy_per_month
        }
    }

    /// The average levy a paying member pays (pence a month).
    pub fn average_levy(&self) -> f64 {
        if self.levy_threshold > 0 {
            self.levy_share_below * self.levy_low as f64
                + (1.0 - self.levy_share_below) * self.levy_per_month as f64
        } else {
            self.levy_per_month as f64
        }
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

    /// Members entitled to vote: as set, or else every member in the dispute.
    pub fn electorate(&self) -> u32 {
        self.ballot.electorate.unwrap_or(self.members)
    }

    /// The law that governs notice and the ballot: the one chosen, or else the
    /// law for a ballot opened on the start date.
    pub fn law(&self) -> Regime {
        self.regime
            .unwrap_or_else(|| Regime::for_ballot_opened_on(self.start))
    }

    /// The day the ballot closed: as set, or the start date.
    pub fn ballot_closes(&self) -> Date {
        self.ballot.closes.unwrap_or(self.start)
    }

    /// The last day the ballot's mandate covers, by the law ([`Regime::mandate_months`]).
    pub fn mandate_ends(&self) -> Date {
        self.ballot_closes()
            .months_period_end(self.law().mandate_months())
    }

    /// The first day action can lawfully start: notice runs from the start date.
    pub fn earliest_action(&self) -> Date {
        self.start.add_days(self.notice_days as i32)
    }

    /// Whether any action (strike or overtime ban) is planned.
    pub fn has_action(&self) -> bool {
        let national = !self.national_days.is_empty() && self.national_participation > 0.0;
        let targeted = self.targeted_strikers > 0 && self.targeted_weeks > 0;
        let ban = self.ban_weeks > 0 && self.ban_compliance > 0.0;
        let wtr = self.wtr_weeks > 0 && self.wtr_observing > 0.0;
        national || targeted || ban || wtr
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_start_on_a_monday() {
        assert_eq!(Params::default().start.to_string(), "2026-11-30");
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
    fn the_default_law_follows_the_start_date() {
        let p = Params::default();
        assert_eq!(p.regime, None);
        assert_eq!(p.law(), Regime::EmploymentRightsAct2025);
        let early = Params {
            start: Date::fixed(2026, 2, 17),
            ..Params::default()
        };
        assert_eq!(early.law(), Regime::TradeUnionAct2016);
        let chosen = Params {
            regime: Some(Regime::TradeUnionAct2016),
            ..Params::default()
        };
        assert_eq!(chosen.law(), Regime::TradeUnionAct2016);
    }

    #[test]
    fn codes_name_one_choice_each() {
        for d in PayDivisor::ALL {
            assert_eq!(PayDivisor::from_code(d.code()), Some(d));
            assert_eq!(d.code(), d.days().to_string());
        }
        for r in FundRule::ALL {
            assert_eq!(FundRule::from_code(r.code()), Some(r));
        }
        for r in Regime::ALL {
            assert_eq!(Regime::from_code(r.code()), Some(r));
            assert!(r.label().ends_with(r.code()));
        }
        assert_eq!(Regime::from_code("1999"), None);
    }
}
