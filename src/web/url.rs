//! The page's address, which holds the scenario: read once on load, and kept
//! up to date with `history.replaceState` (never `pushState`: inside an iframe
//! that would take over the host page's Back button). Every call degrades
//! quietly where the browser says no (a sandboxed frame, an opaque origin).

use super::window;

/// The query string of the page's address, without the `?` (empty if none).
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The page's address without its query or fragment: where links point.
pub fn page() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let href = location.href().unwrap_or_default();
    href.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The address for a query: the page alone when the query holds only the
/// link version (the defaults), so a first visit keeps a clean address.
pub fn link(query: &str) -> String {
    if query.split('&').all(|kv| kv.starts_with("v=")) {
        page()
    } else {
        format!("{}?{query}", page())
    }
}

/// Replaces the address with the one for `query`, keeping the history entry.
/// Does nothing if the browser refuses (the page still works; only the
/// address stops following).
pub fn replace(query: &str) {
    let Some(w) = window() else { return };
    // The fragment is a place on the page, not part of the plan: it stays
    // (the "How?" links of an embed open the explorer at a part of "How the
    // model works", which arrives after the address is first written).
    let url = link(query) + &w.location().hash().unwrap_or_default();
    let same = w.location().href().map(|h| h == url).unwrap_or(false);
    if let (false, Ok(history)) = (same, w.history()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Copies text to the clipboard. Resolves to false where the Clipboard API is
/// missing or refused (an iframe without permission, an old browser).
pub async fn copy(text: &str) -> bool {
    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok();
    let write = clipboard
        .as_ref()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| Reflect::get(c, &JsValue::from_str("writeText")).ok())
        .and_then(|f| f.dyn_into::<Function>().ok());
    let (Some(clipboard), Some(write)) = (clipboard, write) else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
        return false;
    };
    match promise.dyn_into::<Promise>() {
        Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        Err(_) => false,
    }
}
