//! The day-by-day simulation of the fund and the backlog.

use super::calendar::Date;
use super::money::{div_round, share_of, Pence};
use super::params::{FundRule, Params, MAX_OVERTIME_SHARE};
pub use super::plan::{DayAction, Plan};

/// The inputs that vary between runs of the uncertainty bands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Knobs {
    /// Share of members joining national days, 0 to 1.
    pub participation: f64,
    /// Share of members paying the levy, 0 to 1.
    pub take_up: f64,
    /// Overtime as a share of normal hours, 0 to [`MAX_OVERTIME_SHARE`].
    pub overtime: f64,
    /// Share of strikers' work covered, 0 to 1.
    pub cover: f64,
}

impl Knobs {
    /// The values set in the parameters.
    pub fn from_params(p: &Params) -> Knobs {
        Knobs {
            participation: p.national_participation,
            take_up: p.levy_take_up,
            overtime: p.overtime_share,
            cover: p.cover_share(),
        }
    }
}

/// Everything that happened on one working day.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Day {
    /// Members on targeted strike (people).
    pub targeted_strikers: u64,
    /// Members on national strike (people).
    pub national_strikers: u64,
    /// Levy received (pence).
    pub levy: Pence,
    /// Fighting-fund contributions and donations received (pence).
    pub other_income: Pence,
    /// Strike and hardship pay due that day under the strike pay rules (pence).
    pub strike_pay_due: Pence,
    /// Strike and hardship pay paid out (pence): all that is due, or under
    /// [`FundRule::StopWhenEmpty`] no more than the fund holds.
    pub strike_pay: Pence,
    /// Pay strikers lost before strike pay (pence).
    pub gross_pay_lost: Pence,
    /// Overtime pay members gave up under the ban (pence, at plain time).
    pub overtime_pay_forgone: Pence,
    /// Fund balance at the end of the day (pence; negative is a shortfall).
    pub fund: Pence,
    /// Whether the fund's own money fell short of the strike pay due that day.
    pub fund_short: bool,
    /// Work lost to action that day (staff-days).
    pub work_lost: f64,
    /// Catch-up overtime worked that day (staff-days).
    pub catch_up: f64,
    /// Backlog at the end of the day (staff-days).
    pub backlog: f64,
}

/// Runs the model over the plan, calling `each` with every day in order.
pub fn run(p: &Params, plan: &Plan, k: Knobs, mut each: impl FnMut(usize, &Day)) {
    let members = u64::from(p.members);
    let staff = p.staff() as f64;
    let daily = p.daily_pay();
    let targeted_rate = share_of(daily, p.targeted_strike_pay);
    let national_rate = share_of(daily, p.national_strike_pay);
    let arrivals = staff * (1.0 + k.overtime);
    let opening = p.opening_backlog_weeks * 5.0 * arrivals;
    let member_share = f64::from(p.members) / staff;
    let other_monthly = i64::from(p.members) * p.fighting_fund_per_member + p.donations_per_month;

    let mut fund = p.opening_fund;
    let mut backlog = opening;
    for (i, a) in plan.action.iter().enumerate() {
        let mut d = Day::default();
        let targeted = if a.targeted {
            u64::from(p.targeted_strikers)
        } else {
            0
        };
        d.targeted_strikers = targeted;
        if a.national {
            d.national_strikers = ((members - targeted) as f64 * k.participation).round() as u64;
        }
        let month = plan.collection[i];
        if month > 0 {
            d.other_income = other_monthly;
            if month >= p.levy_start_month {
                let out = if plan.in_targeted_window[i] {
                    u64::from(p.targeted_strikers)
                } else {
                    0
                };
                let payers = ((members - out) as f64 * k.take_up).round() as i64;
                d.levy = payers * p.levy_per_month;
            }
        }
        // On a national day a targeted striker gets the better of the two rates.
        let rate = if a.national {
            targeted_rate.max(national_rate)
        } else {
            targeted_rate
        };
        d.strike_pay_due = targeted as i64 * rate + d.national_strikers as i64 * national_rate;
        let strikers = targeted + d.national_strikers;
        d.gross_pay_lost = strikers as i64 * daily;
        let withdrawn = if a.ban {
            f64::from(p.members) * k.overtime * p.ban_compliance
        } else {
            0.0
        };
        d.overtime_pay_forgone = (withdrawn * daily as f64).round() as Pence;
        fund += d.levy + d.other_income;
        d.strike_pay = match p.fund_rule {
            FundRule::Shortfall => d.strike_pay_due,
            FundRule::StopWhenEmpty => d.strike_pay_due.min(fund.max(0)),
        };
        d.fund_short = fund < d.strike_pay_due;
        fund -= d.strike_pay;
        d.fund = fund;

        d.work_lost = strikers as f64 * (1.0 - k.cover) + withdrawn;
        let before = backlog + d.work_lost;
        if strikers == 0 {
            let refusing = if a.ban {
                member_share * p.ban_compliance
            } else {
                0.0
            };
            let available = staff * p.catch_up_share * (1.0 - refusing);
            d.catch_up = (before - opening).clamp(0.0, available);
        }
        backlog = (before - d.catch_up).max(0.0);
        d.backlog = backlog;
        each(i, &d);
    }
}

/// How close (weeks of work) the backlog must be to its opening level to count
/// as back to it: a millionth of a week, below what any figure shows.
pub const BACKLOG_TOLERANCE: f64 = 1e-6;

/// How long the backlog takes to return to its opening level once action ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clearance {
    /// No action is planned.
    NoAction,
    /// Back to the opening level this many working days after the last day of action.
    Cleared(u32),
    /// Still above the opening level at the end of the model.
    NotByEnd,
}

/// The headline figures of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// Lowest fund balance (pence) and its date.
    pub fund_low: (Pence, Date),
    /// Fund balance at the end (pence).
    pub fund_end: Pence,
    /// First date on which the fund is below zero, if it is.
    pub runs_out: Option<Date>,
    /// Person-days of targeted strike.
    pub targeted_strike_days: u64,
    /// Person-days of national strike.
    pub national_strike_days: u64,
    /// Strike and hardship pay paid (pence). Under [`FundRule::Shortfall`]
    /// this is all that was due, some of it from money the union must find.
    pub strike_pay_paid: Pence,
    /// Strike and hardship pay due under the strike pay rules (pence).
    pub strike_pay_due: Pence,
    /// The most the fund was ever short: money the union must find (pence, 0 if never).
    pub shortfall: Pence,
    /// Levy collected (pence).
    pub levy_collected: Pence,
    /// Fighting fund and donations received (pence).
    pub other_income: Pence,
    /// Strikers' pay lost before strike pay (pence).
    pub gross_pay_lost: Pence,
    /// Overtime pay given up under the ban (pence).
    pub overtime_pay_forgone: Pence,
    /// Members' net loss: pay lost less strike pay paid, plus overtime pay given up (pence).
    pub net_pay_lost: Pence,
    /// Strikers' pay lost less strike pay paid, divided among all members (pence a member).
    pub avg_strike_loss: Pence,
    /// Overtime pay given up, divided among all members (pence a member).
    pub avg_overtime_forgone: Pence,
    /// Levy paid, divided among all members (pence a member).
    pub avg_levy_paid: Pence,
    /// Highest backlog (weeks of work) and its date.
    pub peak_backlog: (f64, Date),
    /// Backlog at the start and at the end (weeks of work).
    pub backlog_start_end: (f64, f64),
    /// Last day of any action.
    pub action_ends: Option<Date>,
    /// Working days after action ends until the backlog is back to its opening level.
    pub clearance: Clearance,
    /// Working days with action planned before notice runs out, not counted.
    pub held_back_days: u32,
    /// Working days with action planned of a kind the ballot did not ask about: not counted.
    pub uncovered_days: u32,
    /// Work lost to action (staff-days).
    pub work_lost: f64,
    /// Weeks of targeted action paid for before the fund runs out (or all of them), if any.
    pub targeted_weeks_funded: Option<u32>,
}

/// The daily series and headline figures of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The working days.
    pub dates: Vec<Date>,
    /// The action on each day.
    pub action: Vec<DayAction>,
    /// Everything that happened each day.
    pub days: Vec<Day>,
    /// Backlog each day (weeks of work).
    pub backlog_weeks: Vec<f64>,
    /// Staff-days in a week of work: the backlog's unit.
    pub week_of_work: f64,
    /// The headline figures.
    pub headline: Headline,
}

/// Staff-days in one week of normal work, the unit of the backlog.
pub fn week_of_work(p: &Params, overtime: f64) -> f64 {
    5.0 * p.staff() as f64 * (1.0 + overtime.clamp(0.0, MAX_OVERTIME_SHARE))
}

/// A daily series that charts, bands and exports can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// The strike fund's balance at the end of each day (pence).
    Fund,
    /// The employer's backlog at the end of each day (weeks of work).
    Backlog,
}

impl Metric {
    /// Every series, in the order charts show them.
    pub const ALL: [Metric; 2] = [Metric::Fund, Metric::Backlog];

    /// Its value on one day, given the staff-days in a week of work.
    pub fn of(self, day: &Day, week_of_work: f64) -> f64 {
        match self {
            Metric::Fund => day.fund as f64,
            Metric::Backlog => day.backlog / week_of_work,
        }
    }
}

/// Simulates one scenario. `p` should be validated; out-of-range values are clamped first.
pub fn simulate(p: &Params) -> Outcome {
    let p = &*p.in_use();
    let plan = Plan::new(p);
    let mut days = Vec::with_capacity(plan.dates.len());
    run(p, &plan, Knobs::from_params(p), |_, d| days.push(*d));
    let week = week_of_work(p, p.overtime_share);
    let backlog_weeks: Vec<f64> = days.iter().map(|d| Metric::Backlog.of(d, week)).collect();
    let headline = headline(p, &plan, &days, &backlog_weeks);
    Outcome {
        dates: plan.dates,
        action: plan.action,
        days,
        backlog_weeks,
        week_of_work: week,
        headline,
    }
}

impl Outcome {
    /// One value a working day of a series.
    pub fn series(&self, m: Metric) -> Vec<f64> {
        match m {
            Metric::Backlog => self.backlog_weeks.clone(),
            _ => self
                .days
                .iter()
                .map(|d| m.of(d, self.week_of_work))
                .collect(),
        }
    }
}

fn headline(p: &Params, plan: &Plan, days: &[Day], backlog: &[f64]) -> Headline {
    let dates = &plan.dates;
    let sum = |f: fn(&Day) -> i64| days.iter().map(f).sum::<i64>();
    let low = days
        .iter()
        .enumerate()
        .min_by_key(|(_, d)| d.fund)
        .map(|(i, d)| (d.fund.min(p.opening_fund), dates[i]))
        .unwrap_or((p.opening_fund, p.start));
    let out_day = days.iter().position(|d| d.fund_short);
    let peak = backlog
        .iter()
        .enumerate()
        .fold((p.opening_backlog_weeks, 0), |acc, (i, &b)| {
            if b > acc.0 && b > p.opening_backlog_weeks + BACKLOG_TOLERANCE {
                (b, i)
            } else {
                acc
            }
        });
    let last_action = plan.last_action_day();
    let opening = p.opening_backlog_weeks;
    let clearance = match last_action {
        None => Clearance::NoAction,
        Some(end) => match backlog[end..]
            .iter()
            .position(|&b| b <= opening + BACKLOG_TOLERANCE)
        {
            Some(k) => Clearance::Cleared(k as u32),
            None => Clearance::NotByEnd,
        },
    };
    let gross = sum(|d| d.gross_pay_lost);
    let strike_pay = sum(|d| d.strike_pay);
    let strike_pay_due = sum(|d| d.strike_pay_due);
    let overtime = sum(|d| d.overtime_pay_forgone);
    let levy = sum(|d| d.levy);
    let net = gross - strike_pay + overtime;
    let work_lost: f64 = days.iter().map(|d| d.work_lost).sum();
    let members = i64::from(p.members);
    let targeted_weeks_funded = (p.targeted_strikers > 0 && p.targeted_weeks > 0).then(|| {
        let start = p.targeted_start_week;
        let end = (start + p.targeted_weeks).min(p.horizon_weeks);
        match out_day {
            Some(d) if (d as u32) / 5 < end => (d as u32 / 5).saturating_sub(start),
            _ => end.saturating_sub(start),
        }
    });
    Headline {
        fund_low: low,
        fund_end: days.last().map_or(p.opening_fund, |d| d.fund),
        runs_out: out_day.map(|i| dates[i]),
        targeted_strike_days: days.iter().map(|d| d.targeted_strikers).sum(),
        national_strike_days: days.iter().map(|d| d.national_strikers).sum(),
        strike_pay_paid: strike_pay,
        strike_pay_due,
        shortfall: (-low.0).max(0),
        levy_collected: levy,
        other_income: sum(|d| d.other_income),
        gross_pay_lost: gross,
        overtime_pay_forgone: overtime,
        net_pay_lost: net,
        avg_strike_loss: div_round(gross - strike_pay, members),
        avg_overtime_forgone: div_round(overtime, members),
        avg_levy_paid: div_round(levy, members),
        peak_backlog: (peak.0, dates.get(peak.1).copied().unwrap_or(p.start)),
        backlog_start_end: (opening, backlog.last().copied().unwrap_or(opening)),
        action_ends: last_action.map(|i| dates[i]),
        clearance,
        held_back_days: plan.held_back,
        uncovered_days: plan.uncovered,
        work_lost,
        targeted_weeks_funded,
    }
}

impl Headline {
    /// Total person-days of strike.
    pub fn strike_days(&self) -> u64 {
        self.targeted_strike_days + self.national_strike_days
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Params;

    /// A small dispute worked on paper: 100 members, 200 staff, £100 a day.
    /// The model starts on Monday 16 November 2026 with two weeks' notice, so
    /// action can start in week 3, on Monday 30 November (working day 10).
    fn small() -> Params {
        Params {
            start: Date::fixed(2026, 11, 16),
            notice_days: 14,
            horizon_weeks: 6,
            members: 100,
            union_density: 0.5,
            annual_pay: 2_600_000,
            opening_fund: 100_000,
            fighting_fund_per_member: 0,
            levy_per_month: 200,
            levy_take_up: 0.5,
            targeted_strikers: 10,
            targeted_start_week: 2,
            targeted_weeks: 1,
            targeted_strike_pay: 0.5,
            overtime_share: 0.1,
            opening_backlog_weeks: 1.0,
            cover_base: 0.1,
            cover_prepared: 0.0,
            catch_up_share: 0.05,
            ..Params::default()
        }
    }

    #[test]
    fn fund_by_hand() {
        let o = simulate(&small());
        assert!(o.days[..10].iter().all(|d| d.fund == 100_000));
        let fund: Vec<i64> = o.days.iter().skip(10).take(6).map(|d| d.fund).collect();
        // Mon 30 Nov: no income (not the first working day of a month);
        //   10 strikers × £100 × 50% = £500 strike pay: £1,000 − £500 = £500.
        // Tue 1 Dec: levy from (100 − 10) × 50% = 45 payers × £2 = £90, less £500: £90.
        // Wed 2 Dec: £90 − £500 = −£410, and so on by £500 a day to Friday.
        // From Monday 7 Dec there is no action and no income until January.
        assert_eq!(fund, [50_000, 9_000, -41_000, -91_000, -141_000, -141_000]);
        let h = &o.headline;
        assert_eq!(h.runs_out, Some(Date::fixed(2026, 12, 2)));
        assert_eq!(h.fund_low, (-141_000, Date::fixed(2026, 12, 4)));
        assert_eq!(h.fund_end, -141_000);
        assert_eq!(h.targeted_strike_days, 50);
        assert_eq!(h.strike_pay_paid, 250_000);
        assert_eq!(h.levy_collected, 9_000);
        // Pay lost £5,000, half made up: £2,500 net over 100 members is £25 each.
        assert_eq!(h.net_pay_lost, 250_000);
        assert_eq!(h.avg_strike_loss, 2_500);
        assert_eq!(h.avg_levy_paid, 90);
        assert_eq!(h.targeted_weeks_funded, Some(0));
    }

    #[test]
    fn strike_pay_stops_when_the_fund_is_empty_by_hand() {
        let p = Params {
            fund_rule: FundRule::StopWhenEmpty,
            ..small()
        };
        let o = simulate(&p);
        let paid: Vec<i64> = o
            .days
            .iter()
            .skip(10)
            .take(6)
            .map(|d| d.strike_pay)
            .collect();
        // Mon: £500 of £1,000. Tue: +£90 levy, £500 paid, £90 left. Wed: the £90,
        // then nothing: the fund is empty until January.
        assert_eq!(paid, [50_000, 50_000, 9_000, 0, 0, 0]);
        let h = &o.headline;
        assert_eq!(h.runs_out, Some(Date::fixed(2026, 12, 2)));
        assert_eq!(h.strike_pay_due, 250_000);
        assert_eq!(h.strike_pay_paid, 109_000);
        assert_eq!(h.shortfall, 0);
        // Strikers lose £5,000 less the £1,090 paid: £39.10 a member over 100.
        assert_eq!(h.net_pay_lost, 391_000);
        assert_eq!(h.avg_strike_loss, 3_910);
    }

    #[test]
    fn a_shortfall_is_what_the_fund_could_not_pay_at_its_worst() {
        let h = simulate(&small()).headline;
        assert_eq!(h.strike_pay_paid, h.strike_pay_due);
        assert_eq!(h.shortfall, 141_000);
    }

    #[test]
    fn backlog_by_hand() {
        let o = simulate(&small());
        // Work arriving: 200 staff × 1.1 = 220 staff-days a day; a week of work is 1,100.
        // Each strike day loses 10 × (1 − 10% cover) = 9 staff-days: 1,100 → 1,145 by Friday.
        // Then catch-up of 200 × 5% = 10 staff-days a day: 1,135, 1,125, 1,115, 1,105, 1,100.
        let b: Vec<f64> = o
            .days
            .iter()
            .skip(10)
            .take(11)
            .map(|d| (d.backlog * 1e6).round() / 1e6)
            .collect();
        assert_eq!(
            b,
            [
                1109.0, 1118.0, 1127.0, 1136.0, 1145.0, 1135.0, 1125.0, 1115.0, 1105.0, 1100.0,
                1100.0
            ]
        );
        let h = &o.headline;
        assert!((h.peak_backlog.0 - 1145.0 / 1100.0).abs() < 1e-12);
        assert_eq!(h.peak_backlog.1, Date::fixed(2026, 12, 4));
        assert_eq!(h.clearance, Clearance::Cleared(5));
        assert!((h.work_lost - 45.0).abs() < 1e-9);
    }

    #[test]
    fn overtime_ban_grows_the_backlog_and_blocks_catch_up() {
        let p = Params {
            targeted_strikers: 0,
            ban_start_week: 2,
            ban_weeks: 1,
            ban_compliance: 1.0,
            ..small()
        };
        let o = simulate(&p);
        // 100 members × 10% overtime = 10 staff-days withdrawn a day for 5 days. Catch-up
        // of 200 × 5% = 10 is halved: the 100 members (half the staff) refuse it. Net +5 a day.
        assert!((o.days[14].backlog - 1125.0).abs() < 1e-9);
        // The ban over, full catch-up of 10 a day.
        assert!((o.days[15].backlog - 1115.0).abs() < 1e-9);
        // Overtime pay given up: 10 staff-days × £100 × 5 days = £5,000.
        assert_eq!(o.headline.overtime_pay_forgone, 500_000);
        assert_eq!(o.headline.strike_days(), 0);
    }

    #[test]
    fn no_action_means_nothing_moves() {
        let p = Params {
            targeted_strikers: 0,
            ..small()
        };
        let o = simulate(&p);
        assert_eq!(o.headline.clearance, Clearance::NoAction);
        assert!(o.days.iter().all(|d| (d.backlog - 1100.0).abs() < 1e-9));
    }
}
