use yew::prelude::*;

/// How many of `total` parts to build (rows, sections): `first` at once, then
/// `more` in each task after that until all are built, so that a phone can
/// answer a tap while a long list goes in. It only grows: parts once built
/// stay built, and parts added later (a larger `total`) come in the same way.
#[hook]
pub fn use_built_in_turn(total: usize, first: usize, more: usize) -> usize {
    let built = use_state(|| first);
    {
        let built = built.clone();
        use_effect_with((*built, total), move |&(now, total)| {
            if now < total {
                gloo::timers::callback::Timeout::new(0, move || built.set(now + more)).forget();
            }
        });
    }
    *built
}
