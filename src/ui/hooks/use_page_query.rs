use crate::web::later::{query, QUERY_ATTR, SCENARIO_ID};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{MutationObserver, MutationObserverInit};
use yew::prelude::*;

/// How long the scenario must stay the same before the extras follow it (ms).
pub const SETTLE_MS: u32 = 150;

/// The scenario's link query as the explorer holds it, for the extras
/// (`web::later`): read from the element they mount into, and kept up to date
/// by watching it, once changes pause for [`SETTLE_MS`] (the extras' work is
/// kept off a slider's drag). An empty string (the defaults) if it is not there.
#[hook]
pub fn use_page_query() -> String {
    let q = use_state(query);
    {
        let q = q.clone();
        use_effect_with((), move |_| {
            let pending = std::rc::Rc::new(std::cell::RefCell::new(None));
            let on_change = Closure::<dyn FnMut()>::new(move || {
                let q = q.clone();
                // A new change restarts the wait: dropping the old timeout cancels it.
                *pending.borrow_mut() =
                    Some(gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
                        q.set(query())
                    }));
            });
            let observer = MutationObserver::new(on_change.as_ref().unchecked_ref()).ok();
            let target = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(SCENARIO_ID));
            if let (Some(o), Some(t)) = (&observer, &target) {
                let init = MutationObserverInit::new();
                init.set_attribute_filter(&js_sys::Array::of1(&QUERY_ATTR.into()));
                let _ = o.observe_with_options(t, &init);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_change);
            }
        });
    }
    (*q).clone()
}

/// The scenarios the explorer keeps for comparison, for the extras: read once
/// for each change of the page's query.
#[hook]
pub fn use_page_kept() -> std::rc::Rc<Vec<crate::model::compare::Kept>> {
    let query = use_page_query();
    use_memo(query, |q| crate::model::compare::kept_from_query(q).0)
}

/// The scenario the explorer holds, for the extras: as chosen, and in use
/// (fitted to the other settings, as the explorer shows it). Read once for
/// each change of the page's query.
#[hook]
pub fn use_page_scenario() -> std::rc::Rc<(crate::model::Params, crate::model::Params)> {
    let query = use_page_query();
    use_memo(query, |q| scenario_of(q))
}

fn scenario_of(q: &str) -> (crate::model::Params, crate::model::Params) {
    let chosen = super::Link::read(q).params;
    let mut used = chosen.clone();
    used.fit();
    (chosen, used)
}

/// The scenario as the explorer holds it at this moment, for what a click
/// makes (a link, a file, a saved or kept plan): the hooks above follow a
/// change only once changes pause, and a click can come sooner (typing a
/// value, then pressing Copy link: the value is set as the box loses focus,
/// a moment before the click).
pub fn page_scenario_now() -> (crate::model::Params, crate::model::Params) {
    scenario_of(&query())
}

/// The scenarios kept for comparison at this moment (see [`page_scenario_now`]).
pub fn page_kept_now() -> Vec<crate::model::compare::Kept> {
    crate::model::compare::kept_from_query(&query()).0
}
