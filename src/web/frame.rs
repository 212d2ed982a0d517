//! Life inside another site's page: whether the app is in an iframe, and the
//! height messages the resizer (`assets/embed/resize.js`) reads. A message is
//! only a number (the page's height in CSS pixels), sent only to the parent
//! window, and only when it changes; it says nothing about the scenario.

use super::window;
use std::cell::Cell;
use wasm_bindgen::JsValue;

thread_local! {
    static LAST_SENT: Cell<u32> = const { Cell::new(0) };
}

/// Whether the page is inside a frame of another page.
pub fn in_frame() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
        _ => false,
    }
}

/// The height of the page's content in CSS pixels, rounded up: the root
/// element's own height, which (nothing in the embed view being sized by the
/// window's height) does not grow with the iframe, so resizing cannot loop.
pub fn content_height() -> Option<u32> {
    let root = window()?.document()?.document_element()?;
    let h = root.get_bounding_client_rect().height().ceil();
    (h.is_finite() && h > 0.0).then_some(h as u32)
}

/// Tells the parent page the content's height, if the app is in a frame and
/// the height changed since last told.
pub fn post_height() {
    let (Some(w), Some(h)) = (window(), content_height()) else {
        return;
    };
    if !in_frame() || LAST_SENT.with(Cell::get) == h {
        return;
    }
    if let Ok(Some(parent)) = w.parent() {
        // The parent's origin cannot be known here (the page sends no
        // referrer), and a height is no secret: any origin may read it.
        if parent.post_message(&JsValue::from(h), "*").is_ok() {
            LAST_SENT.with(|c| c.set(h));
        }
    }
}
