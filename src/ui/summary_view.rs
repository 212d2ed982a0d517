//! The plain-language summary: the charts' text alternative. It changes on
//! screen at once; screen readers hear it politely once the changes pause.

use gloo::timers::callback::Timeout;
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
    let announced = use_state(AttrValue::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let announced = announced.clone();
        use_effect_with(props.text.clone(), move |text| {
            let text = text.clone();
            // Dropping the old timeout cancels it: only the last change is read out.
            *timer.borrow_mut() =
                Some(Timeout::new(ANNOUNCE_AFTER_MS, move || announced.set(text)));
        });
    }
    html! {
        <div class="summary">
            <p id="summary">{ props.text.clone() }</p>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true">{ (*announced).clone() }</div>
        </div>
    }
}
