//! The plain-language summary: the charts' text alternative. It changes on
//! screen at once; screen readers hear it politely once the changes pause.

use super::hooks::use_debounced;
use yew::prelude::*;

/// Props of [`SummaryView`].
#[derive(Properties, PartialEq, Clone)]
pub struct SummaryProps {
    /// The summary paragraph.
    pub text: AttrValue,
}

/// How long the summary must stay the same before it is announced (ms).
const ANNOUNCE_AFTER_MS: u32 = 1_200;

/// The summary paragraph and its throttled live region.
#[function_component(SummaryView)]
pub fn summary_view(props: &SummaryProps) -> Html {
    let announced = use_debounced(props.text.clone(), ANNOUNCE_AFTER_MS);
    html! {
        <div class="summary">
            <p id="summary">{ props.text.clone() }</p>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true">{ announced }</div>
        </div>
    }
}
