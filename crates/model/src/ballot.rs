//! The ballot thresholds for industrial action.

use super::params::{Ballot, Params, Regime};

/// Whether a ballot meets the law, test by test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotResult {
    /// Members entitled to vote (people).
    pub electorate: u64,
    /// Votes cast (people).
    pub votes: u64,
    /// Yes votes.
    pub yes: u64,
    /// No votes.
    pub no: u64,
    /// Votes needed for 50% turnout.
    pub turnout_needed: u64,
    /// Whether at least half the electorate voted.
    pub turnout_met: bool,
    /// Whether more voted yes than no.
    pub majority: bool,
    /// The 40% rule, if it applies: yes votes needed and whether they were reached.
    pub forty_percent: Option<(u64, bool)>,
    /// Whether every test that applies is met.
    pub passes: bool,
}

impl BallotResult {
    /// More votes of any kind needed to reach 50% turnout (0 if met).
    pub fn votes_short(&self) -> u64 {
        self.turnout_needed.saturating_sub(self.votes)
    }

    /// More yes votes needed for the 40% rule (0 if met or it does not apply).
    pub fn yes_short(&self) -> u64 {
        self.forty_percent
            .map_or(0, |(needed, _)| needed.saturating_sub(self.yes))
    }
}

/// Whether the 40% rule applies: under a law that has it, in important public services.
pub fn forty_percent_applies(b: &Ballot, regime: Regime) -> bool {
    regime.has_forty_percent_rule() && b.important_public_services
}

/// Checks the ballot in `p` against the law it is held under ([`Params::law`]).
pub fn check(p: &Params) -> BallotResult {
    check_ballot(p.electorate(), &p.ballot, p.law())
}

/// Checks a ballot of `electorate` members against a law.
pub fn check_ballot(electorate: u32, b: &Ballot, regime: Regime) -> BallotResult {
    let electorate = u64::from(electorate);
    // A result given in votes is used as it is; else the shares, rounded.
    let (votes, yes) = if b.votes_cast > 0 {
        let votes = u64::from(b.votes_cast).min(electorate);
        (votes, u64::from(b.yes_votes).min(votes))
    } else {
        let votes = (electorate as f64 * b.turnout).round() as u64;
        (votes, (votes as f64 * b.yes_share).round() as u64)
    };
    let no = votes - yes.min(votes);
    // "At least 50%": half, rounded up, of those entitled to vote.
    let turnout_needed = electorate.div_ceil(2);
    let turnout_met = votes >= turnout_needed;
    let majority = yes > no;
    let forty_percent = forty_percent_applies(b, regime).then(|| {
        let needed = (electorate * 2).div_ceil(5);
        (needed, yes >= needed)
    });
    let passes = turnout_met && majority && forty_percent.is_none_or(|(_, met)| met);
    BallotResult {
        electorate,
        votes,
        yes,
        no,
        turnout_needed,
        turnout_met,
        majority,
        forty_percent,
        passes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballot(electorate: u32, turnout: f64, yes: f64, ips: bool, regime: Regime) -> Params {
        let mut p = Params {
            regime: Some(regime),
            ..Params::default()
        };
        p.ballot.electorate = Some(electorate);
        p.ballot.turnout = turnout;
        p.ballot.yes_share = yes;
        p.ballot.important_public_services = ips;
        p
    }

    #[test]
    fn hmrc_2022_style_ballot_misses_turnout() {
        // 10,000 balloted, 47.37% turnout: 4,737 votes, 263 short of 5,000.
        let r = check(&ballot(
            10_000,
            0.4737,
            0.844,
            false,
            Regime::TradeUnionAct2016,
        ));
        assert_eq!(r.votes, 4_737);
        assert_eq!(r.yes, 3_998);
        assert!(!r.turnout_met && r.majority && !r.passes);
        assert_eq!(r.votes_short(), 263);
    }

    #[test]
    fn a_result_in_votes_gives_the_votes_short_of_each_threshold() {
        // 28,400 balloted, 13,454 votes, 11,355 yes: 746 votes short of 50%
        // turnout (14,200), and under the 40% rule 5 yes votes short (11,360).
        let mut p = ballot(28_400, 0.52, 0.8, true, Regime::TradeUnionAct2016);
        p.ballot.votes_cast = 13_454;
        p.ballot.yes_votes = 11_355;
        let r = check(&p);
        assert_eq!((r.votes, r.yes, r.no), (13_454, 11_355, 2_099));
        assert_eq!(r.votes_short(), 746);
        assert_eq!(r.yes_short(), 5);
        assert!(!r.passes);
    }

    #[test]
    fn a_no_vote_helps_over_the_turnout_threshold() {
        let short = check(&ballot(1_000, 0.499, 0.9, false, Regime::TradeUnionAct2016));
        assert!(!short.passes);
        // One more member votes, and votes no: turnout is met, and the ballot passes.
        let mut p = ballot(1_000, 0.5, 0.898, false, Regime::TradeUnionAct2016);
        p.ballot.yes_share = 449.0 / 500.0;
        let r = check(&p);
        assert_eq!((r.votes, r.yes, r.no), (500, 449, 51));
        assert!(r.passes);
    }

    #[test]
    fn forty_percent_rule_only_under_2016_in_important_services() {
        // 60% turnout, 60% yes: 36% of the electorate voted yes.
        let r = check(&ballot(1_000, 0.6, 0.6, true, Regime::TradeUnionAct2016));
        assert_eq!(r.forty_percent, Some((400, false)));
        assert_eq!(r.yes_short(), 40);
        assert!(!r.passes);
        let r = check(&ballot(
            1_000,
            0.6,
            0.6,
            true,
            Regime::EmploymentRightsAct2025,
        ));
        assert_eq!(r.forty_percent, None);
        assert!(r.passes);
    }

    #[test]
    fn a_tie_is_not_a_majority() {
        let r = check(&ballot(
            100,
            0.6,
            0.5,
            false,
            Regime::EmploymentRightsAct2025,
        ));
        assert!(r.turnout_met && !r.majority && !r.passes);
    }
}
