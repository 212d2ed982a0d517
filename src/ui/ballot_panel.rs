//! The ballot panel as the extras show it (`web::later`): the scenario read
//! from the page, worked out as the explorer shows it, for [`BallotView`].

use super::ballot_view::BallotView;
use super::hooks::use_page_scenario;
use yew::prelude::*;

/// The ballot panel for the scenario the explorer holds.
#[function_component(BallotPanel)]
pub fn ballot_panel() -> Html {
    let scenario = use_page_scenario();
    let (chosen, used) = &*scenario;
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
