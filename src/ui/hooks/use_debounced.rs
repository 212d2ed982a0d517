use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value` once it has stayed the same for `ms` milliseconds; until then, the
/// last value that did (`T::default()` at first). Each change restarts the wait:
/// dropping the old timeout cancels it.
#[hook]
pub fn use_debounced<T>(value: T, ms: u32) -> T
where
    T: Clone + Default + PartialEq + 'static,
{
    let settled = use_state(T::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            *timer.borrow_mut() = Some(Timeout::new(ms, move || settled.set(value)));
        });
    }
    (*settled).clone()
}
