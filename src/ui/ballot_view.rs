//! The ballot result: each legal test, pass or fail, and the votes still needed.

use crate::format::count;
use crate::model::ballot::{check_ballot, forty_percent_applies};
use crate::model::params::{Ballot, Regime};
use crate::summary::ballot_line;
use yew::prelude::*;

/// Props of [`BallotView`]: everything it shows, and nothing else, so it is
/// redrawn exactly when the ballot or the law changes.
#[derive(Properties, PartialEq, Clone)]
pub struct BallotProps {
    /// The ballot.
    pub ballot: Ballot,
    /// Members entitled to vote (people).
    pub electorate: u32,
    /// The law it is held under.
    pub regime: Regime,
    /// The law in words, with how it was chosen.
    pub law_words: AttrValue,
}

fn test(name: &str, met: bool, detail: String) -> Html {
    html! {
        <li class={if met { "pass" } else { "fail" }}>
            <strong>{ if met { "Met: " } else { "Not met: " } }</strong>{ name }{ ". " }{ detail }
        </li>
    }
}

/// The ballot result.
#[function_component(BallotView)]
pub fn ballot_view(props: &BallotProps) -> Html {
    let (b, regime) = (&props.ballot, props.regime);
    let r = check_ballot(props.electorate, b, regime);
    let mut tests = vec![
        test(
            "50% turnout",
            r.turnout_met,
            if r.turnout_met {
                format!(
                    "{} of {} voted.",
                    count(r.votes as i64),
                    count(r.electorate as i64)
                )
            } else {
                format!(
                    "{} more votes needed, yes or no.",
                    count(r.votes_short() as i64)
                )
            },
        ),
        test(
            "A majority voting yes",
            r.majority,
            format!("{} yes, {} no.", count(r.yes as i64), count(r.no as i64)),
        ),
    ];
    if let Some((needed, met)) = r.forty_percent {
        tests.push(test(
            "40% of those balloted voting yes",
            met,
            if met {
                format!(
                    "{} yes of {} needed.",
                    count(r.yes as i64),
                    count(needed as i64)
                )
            } else {
                format!("{} more yes votes needed.", count(r.yes_short() as i64))
            },
        ));
    }
    html! {
        <section class="ballot" aria-labelledby="ballot-title">
            <h2 id="ballot-title">{ format!("Ballot: {}", if r.passes { "passes" } else { "fails" }) }</h2>
            <p>{ format!("{} Under the {}{}.", ballot_line(&r), props.law_words,
                if forty_percent_applies(b, regime) { ", in important public services" } else { "" }) }</p>
            <ul class="tests">{ for tests }</ul>
            <p>{ format!("The ballot asked about: {}. The mandate covers only that.", b.asked.label().to_ascii_lowercase()) }</p>
            <p class="help">{ "A “no” vote still counts towards turnout: a member who votes no can carry a ballot over the 50% threshold that staying at home would have left short." }</p>
        </section>
    }
}
