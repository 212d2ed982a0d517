//! What the page loads after its first chart: a second, separate WebAssembly
//! module (`src/bin/strike-extras.rs`, built by Trunk into `later/`) with the
//! parts that are read or used later: the calendar, "What it takes", "My
//! cost", the comparison and saved scenarios, the share buttons, the ballot
//! panel, "How the model works", the downloads and the code for a website.
//! Keeping them out of the first view keeps that small as features grow.
//!
//! The two modules share nothing but the page. The explorer writes the
//! page's link query (the scenario and the kept scenarios) on a hidden
//! element ([`SCENARIO_ID`], `data-query`), on every change; the extras read
//! it there and watch it, and ask the explorer for changes with a
//! [`USE_EVENT`].

use super::window;

/// The element the extras' share buttons, downloads and website code mount into.
pub const EXTRAS_ID: &str = "extras";

/// The hidden element that holds the page's query in `data-query`.
pub const SCENARIO_ID: &str = "scenario-query";

/// The element the action calendar mounts into.
pub const CALENDAR_ID: &str = "calendar-root";

/// The element the comparison and saved scenarios mount into, under the charts.
pub const COMPARE_ID: &str = "compare-root";

/// The element the comparison's figures mount into in the embed view (read-only).
pub const COMPARE_TABLE_ID: &str = "compare-table-root";

/// The element the preset picker mounts into, at the top of the results.
pub const PRESETS_ID: &str = "presets-root";

/// The element "My cost" mounts into.
pub const MY_COST_ID: &str = "my-cost-root";

/// The element the ballot panel mounts into.
pub const BALLOT_ID: &str = "ballot-root";

/// The element "What it takes" mounts into, beside the headline figures.
pub const TAKES_ID: &str = "what-it-takes-root";

/// The event the extras send the explorer to change what it holds: a
/// `CustomEvent` on the window whose detail is one of
/// - one setting as a link writes it (`levy=4.37`): "Use this";
/// - `?` and a whole scenario's query: use it in the sliders (the calendar,
///   "Use in the sliders", a saved scenario);
/// - `keep:` and a query of `keep=` pairs (or nothing): the kept scenarios.
pub const USE_EVENT: &str = "strike-explorer-use";

/// What the extras ask the explorer to do (the detail of a [`USE_EVENT`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    /// Set one setting (`levy=4.37`).
    One(String),
    /// Use a whole scenario in the sliders: its query.
    Scenario(String),
    /// Keep these scenarios for comparison: a query of `keep=` pairs.
    Kept(String),
}

impl Ask {
    /// As the event's detail.
    pub fn detail(&self) -> String {
        match self {
            Ask::One(s) => s.clone(),
            Ask::Scenario(q) => format!("?{q}"),
            Ask::Kept(q) => format!("keep:{q}"),
        }
    }

    /// From an event's detail.
    pub fn read(detail: &str) -> Ask {
        if let Some(q) = detail.strip_prefix('?') {
            Ask::Scenario(q.to_string())
        } else if let Some(q) = detail.strip_prefix("keep:") {
            Ask::Kept(q.to_string())
        } else {
            Ask::One(detail.to_string())
        }
    }
}

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
        .and_then(|d| d.get_element_by_id(SCENARIO_ID))
        .and_then(|e| e.get_attribute(QUERY_ATTR))
        .unwrap_or_default()
}

/// Asks the explorer to use one setting (`key=value`, as a link writes it).
/// Does nothing if the page cannot send the event.
pub fn ask_to_use(setting: &str) {
    ask(&Ask::One(setting.to_string()));
}

/// Asks the explorer to change what it holds. Does nothing if the page
/// cannot send the event.
pub fn ask(what: &Ask) {
    let Some(w) = window() else { return };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&what.detail().into());
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict(USE_EVENT, &init) {
        let _ = w.dispatch_event(&e);
    }
}

/// Calls `f` with each thing the extras ask of the explorer, while the
/// returned listener is kept.
pub fn on_use(f: impl Fn(Ask) + 'static) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let w = window()?;
    Some(gloo::events::EventListener::new(&w, USE_EVENT, move |e| {
        if let Some(detail) = e
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|c| c.detail().as_string())
        {
            f(Ask::read(&detail));
        }
    }))
}
