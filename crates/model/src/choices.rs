//! The settings that are not numbers: the start date, the national strike
//! days, the pay divisor, the law, uncertainty bands, important public services
//! and the seed. With the field table (`fields.rs`) they are every input of
//! [`Params`]; the link codec, "What changed" and the command line read both
//! tables, so a setting is described once.

use super::calendar::Date;
use super::params::{FundRule, Mandate, Params, PayDivisor, PayRule, Regime, Scope};

/// The law's link code for "follow the start date".
pub const FOLLOW_START: &str = "auto";

/// Most national strike days read from a link; the rest are ignored.
pub const MAX_NATIONAL_DAYS: usize = 520;

/// A setting that is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    /// The first day of the model.
    Start,
    /// The national strike days.
    NationalDays,
    /// How a day's pay is worked out.
    Divisor,
    /// What happens to strike pay when the fund is empty.
    WhenEmpty,
    /// The law for notice and the ballot.
    Law,
    /// Whether uncertainty bands are drawn.
    Bands,
    /// Whether members work in important public services.
    ImportantServices,
    /// What the ballot asked members to back.
    Asked,
    /// Where the overtime ban applies.
    BanScope,
    /// Where the work-to-rule applies.
    WtrScope,
    /// The seed of the uncertainty runs.
    Seed,
    /// The day the ballot closed.
    BallotCloses,
    /// How a day's strike pay is worked out.
    Rule,
}

fn flag(on: bool) -> String {
    if on { "1" } else { "0" }.to_string()
}

fn read_flag(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

impl Choice {
    /// Every choice, in the order links write them.
    pub const ALL: [Choice; 13] = [
        Choice::Start,
        Choice::NationalDays,
        Choice::Divisor,
        Choice::WhenEmpty,
        Choice::Law,
        Choice::Bands,
        Choice::ImportantServices,
        Choice::Asked,
        Choice::BanScope,
        Choice::WtrScope,
        Choice::Seed,
        Choice::BallotCloses,
        Choice::Rule,
    ];

    /// Its key in links and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Choice::Start => "start",
            Choice::NationalDays => "nd",
            Choice::Divisor => "div",
            Choice::WhenEmpty => "empty",
            Choice::Law => "law",
            Choice::Bands => "bands",
            Choice::ImportantServices => "ips",
            Choice::Asked => "asked",
            Choice::BanScope => "banin",
            Choice::WtrScope => "wtrin",
            Choice::Seed => "seed",
            Choice::BallotCloses => "closed",
            Choice::Rule => "rule",
        }
    }

    /// The choice with this link key, if there is one.
    pub fn from_key(key: &str) -> Option<Choice> {
        Choice::ALL.into_iter().find(|c| c.key() == key)
    }

    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            Choice::Start => "Start of the model",
            Choice::NationalDays => "National strike days",
            Choice::Divisor => "A day's pay is",
            Choice::WhenEmpty => "When the fund is empty",
            Choice::Law => "The law",
            Choice::Bands => "Uncertainty bands",
            Choice::ImportantServices => "Important public services",
            Choice::Asked => "The ballot asked about",
            Choice::BanScope => "The overtime ban applies",
            Choice::WtrScope => "The work-to-rule applies",
            Choice::Seed => "Seed of the uncertainty runs",
            Choice::BallotCloses => "The ballot closed on",
            Choice::Rule => "Strike pay is",
        }
    }

    /// What a link value looks like, for the command line's `--keys`.
    pub fn form(self) -> String {
        match self {
            Choice::Start => "a date, YYYY-MM-DD".to_string(),
            Choice::NationalDays => {
                "working days from 0 (the start), separated by commas".to_string()
            }
            Choice::Divisor => PayDivisor::ALL.map(PayDivisor::code).join(" or "),
            Choice::WhenEmpty => FundRule::ALL.map(FundRule::code).join(" or "),
            Choice::Law => format!(
                "{}, or {} to follow the start date",
                Regime::ALL.map(Regime::code).join(" or "),
                FOLLOW_START
            ),
            Choice::Bands | Choice::ImportantServices => "1 or 0".to_string(),
            Choice::Asked => Mandate::ALL.map(Mandate::code).join(" or "),
            Choice::BanScope | Choice::WtrScope => Scope::ALL.map(Scope::code).join(" or "),
            Choice::Seed => "a whole number".to_string(),
            Choice::BallotCloses => {
                "a date, YYYY-MM-DD, on or before the start, or start".to_string()
            }
            Choice::Rule => PayRule::ALL.map(PayRule::code).join(" or "),
        }
    }

    /// The value as a link writes it: `2026-11-30`, `10,11,40`, `365`, `2025`, `1`.
    pub fn write(self, p: &Params) -> String {
        match self {
            Choice::Start => p.start.to_string(),
            Choice::NationalDays => p
                .national_days
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(","),
            Choice::Divisor => p.pay_divisor.code().to_string(),
            Choice::WhenEmpty => p.fund_rule.code().to_string(),
            Choice::Law => p.regime.map_or(FOLLOW_START, Regime::code).to_string(),
            Choice::Bands => flag(p.uncertainty.enabled),
            Choice::ImportantServices => flag(p.ballot.important_public_services),
            Choice::Asked => p.ballot.asked.code().to_string(),
            Choice::BanScope => p.ban_scope.code().to_string(),
            Choice::WtrScope => p.wtr_scope.code().to_string(),
            Choice::Seed => p.uncertainty.seed.to_string(),
            Choice::BallotCloses => p
                .ballot
                .closes
                .map_or("start".to_string(), |d| d.to_string()),
            Choice::Rule => p.pay_rule.code().to_string(),
        }
    }

    /// Whether two scenarios differ in this setting.
    pub fn differs(self, a: &Params, b: &Params) -> bool {
        self.write(a) != self.write(b)
    }

    /// Reads a link value into `p`. On error, returns the parts not understood
    /// (for national days, the days left out; for the rest, the whole value,
    /// and the setting keeps the value it had).
    pub fn read(self, p: &mut Params, v: &str) -> Result<(), Vec<String>> {
        let whole = || vec![v.to_string()];
        match self {
            Choice::Start => p.start = Date::parse_iso(v).ok_or_else(whole)?,
            Choice::NationalDays => {
                let mut bad = Vec::new();
                p.national_days = v
                    .split(',')
                    .filter(|s| !s.trim().is_empty())
                    .take(MAX_NATIONAL_DAYS)
                    .filter_map(|s| s.trim().parse::<u32>().map_err(|_| bad.push(s.into())).ok())
                    .collect();
                if !bad.is_empty() {
                    return Err(bad);
                }
            }
            Choice::Divisor => p.pay_divisor = PayDivisor::from_code(v).ok_or_else(whole)?,
            Choice::WhenEmpty => p.fund_rule = FundRule::from_code(v).ok_or_else(whole)?,
            Choice::Law => {
                p.regime = match v {
                    FOLLOW_START => None,
                    code => Some(Regime::from_code(code).ok_or_else(whole)?),
                }
            }
            Choice::Bands => p.uncertainty.enabled = read_flag(v).ok_or_else(whole)?,
            Choice::ImportantServices => {
                p.ballot.important_public_services = read_flag(v).ok_or_else(whole)?
            }
            Choice::Asked => p.ballot.asked = Mandate::from_code(v).ok_or_else(whole)?,
            Choice::BanScope => p.ban_scope = Scope::from_code(v).ok_or_else(whole)?,
            Choice::WtrScope => p.wtr_scope = Scope::from_code(v).ok_or_else(whole)?,
            Choice::Seed => p.uncertainty.seed = v.parse().map_err(|_| whole())?,
            Choice::Rule => p.pay_rule = PayRule::from_code(v).ok_or_else(whole)?,
            Choice::BallotCloses => {
                p.ballot.closes = match v {
                    "start" => None,
                    date => Some(Date::parse_iso(date).ok_or_else(whole)?),
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_reads_what_it_writes() {
        let mut p = Params {
            start: Date::fixed(2027, 1, 4),
            national_days: vec![3, 9],
            pay_divisor: PayDivisor::CalendarDays365,
            fund_rule: FundRule::StopWhenEmpty,
            regime: Some(Regime::TradeUnionAct2016),
            ..Params::default()
        };
        p.uncertainty.enabled = true;
        p.uncertainty.seed = 7;
        p.ballot.important_public_services = true;
        p.ballot.asked = Mandate::StrikesOnly;
        p.ban_scope = Scope::TargetedAreas;
        p.wtr_scope = Scope::TargetedAreas;
        p.ballot.closes = Some(Date::fixed(2026, 12, 14));
        p.pay_rule = PayRule::Banded;
        for c in Choice::ALL {
            assert_eq!(Choice::from_key(c.key()), Some(c));
            let mut q = Params::default();
            assert!(c.differs(&p, &q), "{c:?}");
            assert_eq!(c.read(&mut q, &c.write(&p)), Ok(()), "{c:?}");
            assert!(!c.differs(&p, &q), "{c:?}");
        }
    }

    #[test]
    fn the_mandate_runs_six_months_from_the_ballot_under_the_2016_act() {
        // Section 234(1) of the 1992 Act: "the period of six months beginning
        // with the date of the ballot" (twelve under the 2025 Act).
        let mut p = Params {
            start: Date::fixed(2026, 1, 19),
            regime: Some(Regime::TradeUnionAct2016),
            ..Params::default()
        };
        assert_eq!(Choice::BallotCloses.read(&mut p, "2026-01-15"), Ok(()));
        assert_eq!(p.mandate_ends(), Date::fixed(2026, 7, 14));
        p.regime = Some(Regime::EmploymentRightsAct2025);
        assert_eq!(p.mandate_ends(), Date::fixed(2027, 1, 14));
        // No such date six months on: the period ends with that month.
        assert_eq!(
            Date::fixed(2025, 8, 31).months_period_end(6),
            Date::fixed(2026, 2, 28)
        );
        // "start": the ballot closed on the start date.
        assert_eq!(Choice::BallotCloses.read(&mut p, "start"), Ok(()));
        assert_eq!(p.ballot_closes(), p.start);
    }

    #[test]
    fn bad_values_are_returned_and_change_nothing() {
        let mut p = Params::default();
        assert_eq!(
            Choice::Law.read(&mut p, "1999"),
            Err(vec!["1999".to_string()])
        );
        assert_eq!(p.regime, None);
        assert_eq!(
            Choice::NationalDays.read(&mut p, "1,x,3"),
            Err(vec!["x".to_string()])
        );
        assert_eq!(p.national_days, [1, 3]);
        assert!(Choice::ImportantServices.read(&mut p, "maybe").is_err());
        assert_eq!(Choice::ImportantServices.read(&mut p, "yes"), Ok(()));
        assert!(p.ballot.important_public_services);
    }
}
