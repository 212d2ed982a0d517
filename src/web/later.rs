//! What the page loads after its first chart: a second, separate WebAssembly
//! module (`src/bin/strike-extras.rs`, built by Trunk into `later/`) with the
//! parts that are read or used later: the ballot panel, "How the model
//! works", the downloads and the code for a website. Keeping them out of the first view keeps that
//! small as features grow.
//!
//! The two modules share nothing but the page. The explorer writes the
//! scenario's link query on the element the extras mount into
//! (`data-query`), on every change; the extras read it there and watch it.

use super::window;

/// The element the extras' downloads and website code mount into; it holds
/// the scenario in `data-query`.
pub const EXTRAS_ID: &str = "extras";

/// The element the ballot panel mounts into.
pub const BALLOT_ID: &str = "ballot-root";

/// The element "What it takes" mounts into, beside the headline figures.
pub const TAKES_ID: &str = "what-it-takes-root";

/// The event the extras send the explorer to use an answer ("Use this"): a
/// `CustomEvent` on the window whose detail is one setting as a link writes it
/// (`levy=4.37`).
pub const USE_EVENT: &str = "strike-explorer-use";

/// The element "How the model works" mounts into.
pub const EXPLAINER_ID: &str = "explainer-root";

/// The attribute that holds the scenario's link query.
pub const QUERY_ATTR: &str = "data-query";

/// The script that starts the extras, beside the page.
pub const START_SCRIPT: &str = "later/start.js";

/// Loads the extras (once): adds the module script that starts them. Does
/// nothing if the page cannot (the explorer works without them).
pub fn load() {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("later-start").is_some() {
        return;
    }
    let Ok(script) = document.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("type", "module");
    let _ = script.set_attribute("src", START_SCRIPT);
    script.set_id("later-start");
    if let Some(body) = document.body() {
        let _ = body.append_child(&script);
    }
}

/// The scenario's link query as the explorer last wrote it ('' if none).
pub fn query() -> String {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(EXTRAS_ID))
        .and_then(|e| e.get_attribute(QUERY_ATTR))
        .unwrap_or_default()
}

/// Asks the explorer to use one setting (`key=value`, as a link writes it).
/// Does nothing if the page cannot send the event.
pub fn ask_to_use(setting: &str) {
    let Some(w) = window() else { return };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&setting.into());
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict(USE_EVENT, &init) {
        let _ = w.dispatch_event(&e);
    }
}

/// Calls `f` with each setting the extras ask the explorer to use, while the
/// returned listener is kept.
pub fn on_use(f: impl Fn(String) + 'static) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let w = window()?;
    Some(gloo::events::EventListener::new(&w, USE_EVENT, move |e| {
        if let Some(detail) = e
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|c| c.detail().as_string())
        {
            f(detail);
        }
    }))
}
