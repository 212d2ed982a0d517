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
