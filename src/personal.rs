//! "My cost": what a plan costs one member, from their own pay and the days
//! they strike, and what a month of their levy pays for. Pure and shared by
//! the app and the command line.

use crate::format::{money, money_small, plural, trim};
use crate::model::money::div_round;
use crate::model::params::Params;
use crate::model::simulate::Outcome;
use crate::model::Pence;

/// One member's own figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Me {
    /// Their pay (pence a year).
    pub annual_pay: Pence,
    /// Whether they are one of the targeted strikers (who strike on every
    /// targeted strike day and pay no levy).
    pub targeted: bool,
    /// National strike days they join (days).
    pub national_days: u32,
}

impl Me {
    /// A member on the plan's average pay who joins every national strike day
    /// the plan counts, not on targeted action.
    pub fn typical(p: &Params, o: &Outcome) -> Me {
        Me {
            annual_pay: p.annual_pay,
            targeted: false,
            national_days: national_days(o),
        }
    }
}

/// National strike days the plan counts (days).
pub fn national_days(o: &Outcome) -> u32 {
    o.days.iter().filter(|d| d.national_strikers > 0).count() as u32
}

/// National strike days the plan counts that are not also targeted strike
/// days (days): the ones a targeted striker can add.
pub fn national_only_days(o: &Outcome) -> u32 {
    o.days
        .iter()
        .filter(|d| d.national_strikers > 0 && d.targeted_strikers == 0)
        .count() as u32
}

/// Targeted strike days the plan counts for each targeted striker (days).
pub fn targeted_days(o: &Outcome) -> u32 {
    o.days.iter().filter(|d| d.targeted_strikers > 0).count() as u32
}

/// Months in which the plan collects the levy.
pub fn levy_months(o: &Outcome) -> u32 {
    o.days.iter().filter(|d| d.levy > 0).count() as u32
}

/// What the plan costs one member.
#[derive(Clone, Debug, PartialEq)]
pub struct MyCost {
    /// Their day's pay (pence), by the plan's divisor.
    pub day_pay: Pence,
    /// Strike days: targeted, then national.
    pub days: (u32, u32),
    /// Pay lost on those days (pence).
    pub pay_lost: Pence,
    /// Strike pay and hardship pay for them under the plan's rules, if the
    /// fund can pay (pence).
    pub strike_pay: Pence,
    /// Levy they pay over the plan (pence): none on targeted action.
    pub levy: Pence,
    /// What the plan costs them: pay lost, less strike pay, plus levy (pence).
    pub total: Pence,
}

/// What the plan `p` (as used) with outcome `o` costs `me`.
pub fn my_cost(p: &Params, o: &Outcome, me: &Me) -> MyCost {
    let day_pay = div_round(me.annual_pay.max(0), p.pay_divisor.days());
    // A targeted striker is already out on national days that fall in
    // targeted action: those are not counted twice.
    let (targeted, national) = if me.targeted {
        (
            targeted_days(o),
            me.national_days.min(national_only_days(o)),
        )
    } else {
        (0, me.national_days)
    };
    let lost = |days: u32| day_pay * Pence::from(days);
    // The fund pays the days after the waiting days, up to the cap, at the
    // rule's rate for this member's pay.
    let paid = |days: u32, share: f64| {
        let n = (0..days).filter(|&k| p.pays_day(k)).count() as Pence;
        n * p.member_strike_pay(me.annual_pay, share)
    };
    let pay_lost = lost(targeted) + lost(national);
    let strike_pay = paid(targeted, p.targeted_strike_pay) + paid(national, p.national_strike_pay);
    let levy = if me.targeted {
        0
    } else {
        p.member_levy(me.annual_pay) * Pence::from(levy_months(o))
    };
    MyCost {
        day_pay,
        days: (targeted, national),
        pay_lost,
        strike_pay,
        levy,
        total: pay_lost - strike_pay + levy,
    }
}

/// The sentences that explain a member's cost, and what a month of their
/// levy pays for in targeted strikers' strike pay.
pub fn my_cost_words(p: &Params, o: &Outcome, me: &Me) -> Vec<String> {
    let c = my_cost(p, o, me);
    let (t, n) = c.days;
    let mut out = vec![format!(
        "A day's pay for you is {}: {}.",
        money_small(c.day_pay),
        p.pay_divisor.label()
    )];
    if t + n == 0 {
        out.push("You strike on no days in this plan, so you lose no pay.".to_string());
    } else {
        let mut days = Vec::new();
        if t > 0 {
            days.push(format!(
                "{} of targeted action",
                plural(i64::from(t), "day")
            ));
        }
        if n > 0 {
            days.push(format!(
                "{} of national strike",
                plural(i64::from(n), "day")
            ));
        }
        out.push(format!(
            "On {} you lose {} of pay; strike pay gives back {}, if the fund can pay it.",
            days.join(" and "),
            money(c.pay_lost),
            money(c.strike_pay)
        ));
    }
    if me.targeted {
        out.push("Targeted strikers pay no levy.".to_string());
    } else if c.levy > 0 {
        out.push(format!(
            "You pay {} a month of levy for {}: {} in all.",
            money_small(p.member_levy(me.annual_pay)),
            plural(i64::from(levy_months(o)), "month"),
            money(c.levy)
        ));
    }
    // What a month of this member's levy pays for.
    let striker_day = p.strike_pay_rate(p.targeted_strike_pay);
    let mine = p.member_levy(me.annual_pay);
    if !me.targeted && mine > 0 && striker_day > 0 {
        let members = striker_day as f64 / mine as f64;
        out.push(format!(
            "A month of your levy pays {} of a day's strike pay for a targeted striker on average pay ({} a day): every {} members like you pay for one striker's day.",
            share_words(mine as f64 / striker_day as f64),
            money_small(striker_day),
            trim(members.ceil(), 0)
        ));
    }
    out
}

/// A share of a day in words: `a fifth`, `3%`.
fn share_words(s: f64) -> String {
    if s >= 1.0 {
        return format!("{} times", trim(s, 1));
    }
    let pct = (s * 100.0).round();
    if pct < 1.0 {
        "less than 1%".to_string()
    } else {
        format!("{}%", trim(pct, 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::PayDivisor;
    use crate::model::simulate;

    #[test]
    fn a_targeted_striker_loses_pay_gets_strike_pay_and_pays_no_levy() {
        // Two national strike days after targeted action has ended.
        let p = Params {
            pay_divisor: PayDivisor::WorkingDays260,
            national_days: vec![100, 101],
            ..Params::default()
        };
        let o = simulate(&p);
        let me = Me {
            annual_pay: 2_600_000, // £26,000: £100 a day over 260 working days.
            targeted: true,
            national_days: 2,
        };
        let c = my_cost(&p, &o, &me);
        let t = targeted_days(&o);
        assert!(t > 0);
        assert_eq!(c.day_pay, 10_000);
        assert_eq!(national_only_days(&o), 2);
        assert_eq!(c.pay_lost, 10_000 * i64::from(t + 2));
        let expected = (10_000.0 * f64::from(t) * p.targeted_strike_pay).round() as Pence
            + (20_000.0 * p.national_strike_pay).round() as Pence;
        assert_eq!(c.strike_pay, expected);
        assert_eq!(c.levy, 0);
        assert_eq!(c.total, c.pay_lost - c.strike_pay);
        // National days inside targeted action are not counted twice.
        let inside = Params {
            national_days: vec![20, 21],
            ..p.clone()
        };
        let o = simulate(&inside);
        assert_eq!(national_only_days(&o), 0);
        assert_eq!(my_cost(&inside, &o, &me).days, (targeted_days(&o), 0));
    }

    #[test]
    fn a_member_not_striking_pays_the_levy_each_month_it_is_collected() {
        let p = Params::default();
        let o = simulate(&p);
        let me = Me {
            annual_pay: p.annual_pay,
            targeted: false,
            national_days: 0,
        };
        let c = my_cost(&p, &o, &me);
        let months = levy_months(&o);
        assert!(months > 0);
        assert_eq!(c.levy, p.levy_per_month * Pence::from(months));
        assert_eq!((c.pay_lost, c.strike_pay), (0, 0));
        let words = my_cost_words(&p, &o, &me).join(" ");
        // As docs/MODEL.md ("My cost") works it out.
        assert!(words.contains("pays 6% of a day's strike pay for a targeted striker on average pay (£53.55 a day): every 18 members like you pay for one striker's day."), "{words}");
        assert!(include_str!("../docs/MODEL.md").contains("With a £3 levy and strike pay of £53.55 a day (half of £107.09), a month of your levy is 6% of a day, so 18 members like you pay for one striker's day."));
        assert!(words.contains("every "), "{words}");
        assert!(!words.contains("NaN") && !words.contains("inf"), "{words}");
    }
}
