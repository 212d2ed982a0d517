//! The thin browser layer. Every call here degrades quietly when the browser
//! says no (no window, no performance API, a sandboxed frame): the app never
//! panics because of it.

pub mod download;
pub mod frame;
pub mod later;
pub mod perf;
pub mod storage;
pub mod url;

use web_sys::Window;

/// The window, if there is one. There is none when the page is rendered at
/// build time, natively ([`prerendering`]): every call here then does nothing.
pub fn window() -> Option<Window> {
    if prerendering() {
        return None;
    }
    web_sys::window()
}

/// Whether the app is being rendered at build time into the page's static
/// first view (`src/bin/strike-prerender.rs`, natively), not run in a browser.
pub const fn prerendering() -> bool {
    cfg!(not(target_arch = "wasm32"))
}

/// Screen pixels per CSS pixel (1 when unknown).
pub fn device_pixel_ratio() -> f64 {
    window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}

thread_local! {
    /// Each media query asked about, kept: a page asks on every render, and
    /// reading a kept query's `matches` is far cheaper than a new `matchMedia`.
    static QUERIES: std::cell::RefCell<Vec<(&'static str, web_sys::MediaQueryList)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether a media query matches now (false if the browser cannot say).
fn matches(query: &'static str) -> bool {
    QUERIES.with(|q| {
        let mut q = q.borrow_mut();
        if let Some((_, m)) = q.iter().find(|(k, _)| *k == query) {
            return m.matches();
        }
        match window().and_then(|w| w.match_media(query).ok().flatten()) {
            Some(m) => {
                let now = m.matches();
                q.push((query, m));
                now
            }
            None => false,
        }
    })
}

/// Whether the page shows one column, the panel above the results (under
/// 900 CSS pixels wide, as the stylesheet has it).
pub fn is_one_column() -> bool {
    matches("(max-width: 899px)")
}

/// Whether the reader's system asks for a dark theme.
pub fn prefers_dark() -> bool {
    matches("(prefers-color-scheme: dark)")
}

/// The text at `url` on the page's own server, or `None` if it cannot be had
/// (offline, a sandboxed frame, a server that says no).
pub async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(window()?.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Waits for the browser's next task: everything already queued (a change
/// the page has still to draw, say) runs first. Returns at once if there is
/// no window.
pub async fn next_task() {
    let Some(w) = window() else { return };
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        if w.set_timeout_with_callback(&resolve).is_err() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}

/// Scrolls to the element the address's fragment (`#…`) names, if there is one.
pub fn scroll_to_fragment() {
    let Some(w) = window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    if let Some(el) = w.document().and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view();
    }
}

/// The element the app mounts into: `<div id="app">` in `index.html`.
pub fn app_root() -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id("app")
}

/// The class of the element that holds the page's static first view in
/// `<div id="app">` (`ui::prerender` writes it; `index.html`'s scripts and
/// stylesheet know it by that name).
pub const FIRST_VIEW_CLASS: &str = "first-view";

thread_local! {
    /// The page's `<div id="app">`, holding the static first view, and the
    /// app's own, built off the page, that [`show_app`] puts in its place.
    static OFF_PAGE: std::cell::RefCell<Option<(web_sys::Element, web_sys::Element)>> =
        const { std::cell::RefCell::new(None) };
}

/// Where the app mounts. Where the page holds its static first view, that is
/// a `<div id="app">` of its own, off the page: the app is built there over
/// a few tasks (each short enough for a tap to be answered in between) while
/// the copy stays on screen, then [`show_app`] puts it in the copy's place in
/// one step. Elsewhere (the component tests), the page's own element.
pub fn app_host() -> Option<web_sys::Element> {
    let on_page = app_root()?;
    let has_copy = on_page.first_element_child().is_some_and(|c| {
        c.class_name()
            .split_whitespace()
            .any(|k| k == FIRST_VIEW_CLASS)
    });
    if !has_copy {
        return Some(on_page);
    }
    let Some(built) = on_page
        .owner_document()
        .and_then(|d| d.create_element("div").ok())
    else {
        return Some(on_page);
    };
    built.set_id("app");
    OFF_PAGE.with(|o| *o.borrow_mut() = Some((on_page, built.clone())));
    Some(built)
}

/// Where a part of the second module mounts (`ui::extras`). Where the
/// element `room` still holds the static copy's part (the page's held parts),
/// a new element, off the page, that takes the place of what `room` holds
/// the moment the part first draws itself in it: the copy's part stays on
/// screen until then. Yew empties the element an app mounts into at once,
/// and may let the browser paint before it draws the app (when its work
/// runs past about 16 ms), so mounting straight into `room` could show it
/// empty for a frame, moving everything under it. Elsewhere, `room` itself.
/// (The parts that take over from held ones draw all of themselves in their
/// first drawing: none holds components of its own that Yew would draw later.)
pub fn part_host(room: web_sys::Element) -> web_sys::Element {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    if room.first_child().is_none() {
        return room;
    }
    let Some(apart) = room
        .owner_document()
        .and_then(|d| d.create_element("div").ok())
    else {
        return room;
    };
    let target = apart.clone();
    let swap = Closure::<dyn FnMut(js_sys::Array, web_sys::MutationObserver)>::new(
        move |_: js_sys::Array, watch: web_sys::MutationObserver| {
            watch.disconnect();
            room.replace_children_with_node_1(&target);
        },
    );
    let Ok(watch) = web_sys::MutationObserver::new(swap.as_ref().unchecked_ref()) else {
        return apart;
    };
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    if watch.observe_with_options(&apart, &init).is_err() {
        return apart;
    }
    // Called once, for the page's life: a few of these, never freed.
    swap.forget();
    apart
}

/// Once the app is built: puts it on the page in place of the static first
/// view (if it was built off the page, [`app_host`]) and removes the
/// "Loading…" message. Does nothing the second time.
pub fn show_app() {
    if let Some((on_page, built)) = OFF_PAGE.with(|o| o.borrow_mut().take()) {
        let _ = on_page.replace_with_with_node_1(&built);
    }
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        el.remove();
    }
}

/// Shows the "something went wrong" message that `index.html` holds hidden.
pub fn show_crash() {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("crash"))
    {
        let _ = el.remove_attribute("hidden");
    }
}

/// Installs a panic hook that shows the crash message instead of a frozen page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        show_crash();
        web_sys::console::error_1(&info.to_string().into());
    }));
}
