//! The ballot result: each legal test, pass or fail, and the votes still needed.

use crate::format::{count, percent};
use crate::model::ballot::{check, forty_percent_applies};
use crate::model::params::Params;
use yew::prelude::*;

/// The parameters the ballot panel shows, with every other field at its default.
pub fn ballot_params(p: &Params) -> Params {
    Params {
        ballot: p.ballot.clone(),
        regime: p.regime,
        ..Params::default()
    }
}

/// Props of [`BallotView`].
#[derive(Properties, PartialEq, Clone)]
pub struct BallotProps {
    /// The current parameters, as [`ballot_params`] gives them.
    pub params: Params,
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
    let p = &props.params;
    let r = check(p);
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
            <p>{ format!("{} turnout, {} yes, under the {}{}.",
                percent(p.ballot.turnout), percent(p.ballot.yes_share), p.regime.label(),
                if forty_percent_applies(p) { ", in important public services" } else { "" }) }</p>
            <ul class="tests">{ for tests }</ul>
            <p class="help">{ "A “no” vote still counts towards turnout: a member who votes no can carry a ballot over the 50% threshold that staying at home would have left short." }</p>
        </section>
    }
}
