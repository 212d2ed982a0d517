//! "What it takes": solvers that find the edge of what the fund can pay for.
//!
//! Each searches a relation that only moves one way (more levy never lowers the
//! fund; more strikers or more strike pay never raise it) by bisection, and
//! returns a value or the reason none in range works.

use super::calendar::Date;
use super::money::Pence;
use super::params::{FundRule, Params, PayRule, MAX_LEVY};
use super::simulate::{run, Knobs, Plan};

/// A solver's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Solved<T> {
    /// The value at the edge.
    Found(T),
    /// No value in range works, and why (`summary::unreachable` words it).
    NotReachable(Unreachable),
}

/// Why a solver found no answer in range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreachable {
    /// Even the highest levy leaves the fund short.
    EvenTheHighestLevy {
        /// The highest levy tried (pence a month).
        levy: Pence,
        /// The shortfall at the fund's low point (pence, positive).
        short: Pence,
        /// The date of that low point.
        on: Date,
    },
    /// Targeted action has no weeks.
    NoTargetedWeeks,
    /// Targeted action has no strikers or no weeks.
    NoTargetedAction,
    /// The fund runs out even with no targeted strikers.
    RunsOutWithoutStrikers,
    /// The fund runs out even with no strike pay for targeted strikers.
    RunsOutWithoutStrikePay,
    /// No levy is collected.
    NoLevy,
    /// Strike pay is zero, so strikers cost the fund nothing.
    NoStrikePay,
}

impl<T: Copy> Solved<T> {
    /// The value, if one was found.
    pub fn value(&self) -> Option<T> {
        match self {
            Solved::Found(v) => Some(*v),
            Solved::NotReachable(_) => None,
        }
    }
}

/// Lowest fund balance over the horizon (pence) and its date, with every
/// penny of strike pay due paid (the shortfall rule): below zero, the fund
/// could not pay all that was due, whichever rule is chosen.
pub fn fund_low(p: &Params) -> (Pence, Date) {
    let mut p = p.in_use();
    if p.fund_rule != FundRule::Shortfall {
        p.to_mut().fund_rule = FundRule::Shortfall;
    }
    let p = &*p;
    let plan = Plan::new(p);
    let mut low = (p.opening_fund, p.start);
    run(p, &plan, Knobs::from_params(p), |i, d| {
        if d.fund < low.0 {
            low = (d.fund, plan.dates[i]);
        }
    });
    low
}

fn solvent(p: &Params) -> bool {
    fund_low(p).0 >= 0
}

/// The largest `x` in `lo..=hi` with `ok(x)`, given `ok(lo)` and that `ok` is
/// true up to some point and false after it.
fn largest_true(mut lo: i64, mut hi: i64, ok: impl Fn(i64) -> bool) -> i64 {
    if ok(hi) {
        return hi;
    }
    // Invariant: ok(lo), !ok(hi).
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if ok(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The lowest levy (pence a month) that keeps the fund at or above zero to the end.
pub fn lowest_levy(p: &Params) -> Solved<Pence> {
    let with = |levy: i64| {
        let mut q = p.clone();
        q.levy_per_month = levy;
        q
    };
    if solvent(&with(0)) {
        return Solved::Found(0);
    }
    let top = with(MAX_LEVY);
    let (low, date) = fund_low(&top);
    if low < 0 {
        return Solved::NotReachable(Unreachable::EvenTheHighestLevy {
            levy: MAX_LEVY,
            short: -low,
            on: date,
        });
    }
    // Solvent is false up to the answer and true from it: search its negation.
    Solved::Found(largest_true(0, MAX_LEVY, |l| !solvent(&with(l))) + 1)
}

/// The most targeted strikers the fund can pay to the end of the model.
pub fn most_strikers(p: &Params) -> Solved<u32> {
    if p.targeted_weeks == 0 {
        return Solved::NotReachable(Unreachable::NoTargetedWeeks);
    }
    let with = |s: i64| {
        let mut q = p.clone();
        q.targeted_strikers = s as u32;
        q
    };
    if !solvent(&with(0)) {
        return Solved::NotReachable(Unreachable::RunsOutWithoutStrikers);
    }
    // At most the strikers that fit: the members, or those in the targeted areas.
    let most = super::fields::FieldId::Strikers.field().bounds(p).1 as i64;
    Solved::Found(largest_true(0, most, |s| solvent(&with(s))) as u32)
}

/// The highest strike pay the fund can sustain, in the rule's own terms:
/// under [`PayRule::Share`], the targeted strikers' share of lost pay (to
/// 0.1%, as a share 0 to 1); under the flat rules, the flat rate (to the
/// pound, in pence a day; by band, the rate at or above the threshold, the
/// rate below kept as set).
pub fn highest_strike_pay(p: &Params) -> Solved<f64> {
    if p.targeted_weeks == 0 || p.targeted_strikers == 0 {
        return Solved::NotReachable(Unreachable::NoTargetedAction);
    }
    let share = p.pay_rule == PayRule::Share;
    let with = |n: i64| {
        let mut q = p.clone();
        if share {
            q.targeted_strike_pay = n as f64 / 1_000.0;
        } else {
            q.flat_pay = n * 100;
            if q.pay_rule == PayRule::Banded {
                q.band_low_pay = 0;
            }
        }
        q
    };
    if !solvent(&with(0)) {
        return Solved::NotReachable(Unreachable::RunsOutWithoutStrikePay);
    }
    if share {
        return Solved::Found(largest_true(0, 1_000, |m| solvent(&with(m))) as f64 / 1_000.0);
    }
    // The flat rate, to the whole pound, at most a day's pay (more is never
    // paid, so an answer above it would not be true).
    let with_low = |n: i64| {
        let mut q = with(n);
        q.band_low_pay = p.band_low_pay;
        q
    };
    let top = p.daily_pay() / 100;
    Solved::Found((largest_true(0, top, |n| solvent(&with_low(n))) * 100) as f64)
}

/// Average weeks in a month: 52 ÷ 12.
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// Monthly levy income (pence) with `strikers` out of the levy.
pub fn monthly_levy(p: &Params, strikers: u32) -> f64 {
    f64::from(p.members - strikers.min(p.members)) * p.levy_take_up * p.average_levy()
}

/// Monthly strike pay (pence) for `strikers` on targeted action.
pub fn monthly_strike_pay(p: &Params, strikers: u32) -> f64 {
    let rate = p.strike_pay_rate(p.targeted_strike_pay) as f64;
    f64::from(strikers) * rate * f64::from(p.targeted_days_per_week) * WEEKS_PER_MONTH
}

/// The most targeted strikers whose strike pay the levy covers month by month:
/// where levy income still meets or passes strike pay.
pub fn break_even_strikers(p: &Params) -> Solved<u32> {
    if p.average_levy() == 0.0 || p.levy_take_up == 0.0 {
        return Solved::NotReachable(Unreachable::NoLevy);
    }
    if p.strike_pay_rate(p.targeted_strike_pay) == 0 {
        return Solved::NotReachable(Unreachable::NoStrikePay);
    }
    let covered = |s: i64| monthly_levy(p, s as u32) >= monthly_strike_pay(p, s as u32);
    Solved::Found(largest_true(0, i64::from(p.members), covered) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn short_of_money() -> Params {
        Params {
            opening_fund: 0,
            levy_per_month: 0,
            fighting_fund_per_member: 0,
            targeted_strikers: 200,
            ..Params::default()
        }
    }

    #[test]
    fn lowest_levy_is_the_edge() {
        let p = short_of_money();
        let levy = lowest_levy(&p).value().expect("reachable");
        assert!(levy > 0 && levy <= MAX_LEVY);
        let at = |l| {
            let mut q = p.clone();
            q.levy_per_month = l;
            fund_low(&q).0
        };
        assert!(at(levy) >= 0);
        assert!(at(levy - 1) < 0);
    }

    #[test]
    fn lowest_levy_unreachable_says_why() {
        let p = Params {
            targeted_strikers: 60_000,
            targeted_strike_pay: 1.0,
            ..short_of_money()
        };
        match lowest_levy(&p) {
            Solved::NotReachable(Unreachable::EvenTheHighestLevy { levy, short, .. }) => {
                assert_eq!(levy, MAX_LEVY);
                let mut q = p.clone();
                q.levy_per_month = MAX_LEVY;
                assert_eq!(-short, fund_low(&q).0);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn most_strikers_is_the_edge() {
        let p = Params::default();
        let s = most_strikers(&p).value().expect("reachable");
        let low = |s| {
            let mut q = p.clone();
            q.targeted_strikers = s;
            fund_low(&q).0
        };
        assert!(low(s) >= 0);
        if s < p.members {
            assert!(low(s + 1) < 0);
        }
        // Never more than the targeted areas hold.
        let rich = Params {
            opening_fund: 10_000_000_000,
            ..p
        };
        assert_eq!(most_strikers(&rich).value(), Some(2_500));
    }

    #[test]
    fn highest_strike_pay_is_the_edge() {
        let p = Params {
            targeted_strikers: 20_000,
            area_staff: 0,
            ..Params::default()
        };
        let pay = highest_strike_pay(&p).value().expect("reachable");
        assert!(pay < 1.0);
        let low = |x: f64| {
            let mut q = p.clone();
            q.targeted_strike_pay = x;
            fund_low(&q).0
        };
        assert!(low(pay) >= 0);
        assert!(low(pay + 0.001) < 0);
    }

    #[test]
    fn break_even_balances_levy_and_strike_pay() {
        let p = Params::default();
        let s = break_even_strikers(&p).value().expect("reachable");
        assert!(monthly_levy(&p, s) >= monthly_strike_pay(&p, s));
        assert!(monthly_levy(&p, s + 1) < monthly_strike_pay(&p, s + 1));
        // By hand: levy £3 × 80% of (100,000 − s) = s × £53.55 × 5 × 52/12.
        // 240,000 − 2.4 s = 1,160.25 s → s ≈ 206.4, so 206 strikers.
        assert_eq!(s, 206);
    }

    #[test]
    fn the_highest_flat_rate_is_never_above_a_days_pay() {
        // A fund that can pay every striker in full: the answer is the day's
        // pay in whole pounds (£107 of £107.09), not a rate that is never paid.
        let p = Params {
            pay_rule: PayRule::Flat,
            opening_fund: 10_000_000_000,
            ..Params::default()
        };
        assert_eq!(highest_strike_pay(&p).value(), Some(10_700.0));
    }
}
