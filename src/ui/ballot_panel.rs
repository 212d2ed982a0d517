//! The ballot panel as the extras show it (`web::later`): the scenario read
//! from the page, worked out as the explorer shows it, for [`BallotView`].

use super::ballot_view::BallotView;
use super::hooks::{use_page_query, Link};
use yew::prelude::*;

/// The ballot panel for the scenario the explorer holds.
#[function_component(BallotPanel)]
pub fn ballot_panel() -> Html {
    let chosen = Link::read(&use_page_query()).params;
    let mut used = chosen.clone();
    used.fit();
    let law_words = AttrValue::from(match chosen.regime {
        Some(r) => r.label().to_string(),
        None => format!(
            "{}, the law for a ballot opened on the start date",
            used.law().label()
        ),
    });
    html! {
        <BallotView ballot={used.ballot.clone()} electorate={used.electorate()} regime={used.law()} {law_words} />
    }
}
