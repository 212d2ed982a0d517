use crate::web;
use yew::prelude::*;

/// A number that changes each time the window is resized, to use as an effect
/// dependency. The listener is removed when the component goes.
#[hook]
pub fn use_window_resize() -> u32 {
    let resized = use_state(|| 0u32);
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = web::window().map(|w| {
                gloo::events::EventListener::new(&w, "resize", move |_| resized.set(*resized + 1))
            });
            move || drop(listener)
        });
    }
    *resized
}
