//! Files to take away (a chart as PNG or SVG, the figures as CSV), made in
//! the browser and saved with a link's `download` attribute. Nothing is sent
//! anywhere. A sandboxed frame may block downloads without telling the page:
//! the caller says so where that can happen.

use super::window;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A `data:` address holding `text` as `mime` (UTF-8).
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}

/// Saves the file at `url` (a `data:` address) as `name`. Returns false if the
/// page could not even start the download.
pub fn save(name: &str, url: &str) -> bool {
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    if a.set_attribute("href", url).is_err() || a.set_attribute("download", name).is_err() {
        return false;
    }
    a.click();
    true
}

/// A new canvas element, `width` by `height` pixels, not on the page.
pub fn canvas(width: u32, height: u32) -> Option<web_sys::HtmlCanvasElement> {
    let c: web_sys::HtmlCanvasElement = window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    c.set_width(width);
    c.set_height(height);
    Some(c)
}
