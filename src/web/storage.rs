//! The browser's local storage, for saved scenarios (`crate::saved`). It can
//! be missing (a sandboxed frame), refused (some private windows) or full:
//! every call here says so by returning `None` or `false`, never panics.

use web_sys::Storage;

/// The key written and removed to check that storage works.
const PROBE: &str = "strike-explorer.probe";

/// Local storage, if this page may use it (a test write succeeds).
pub fn local() -> Option<Storage> {
    let s = super::window()?.local_storage().ok()??;
    s.set_item(PROBE, "1").ok()?;
    s.remove_item(PROBE).ok()?;
    Some(s)
}

/// Every item in storage (key and text), or `None` if it cannot be read.
pub fn items() -> Option<Vec<(String, String)>> {
    let s = local()?;
    let n = s.length().ok()?;
    let mut out = Vec::new();
    for i in 0..n {
        if let Some(k) = s.key(i).ok().flatten() {
            if let Some(v) = s.get_item(&k).ok().flatten() {
                out.push((k, v));
            }
        }
    }
    Some(out)
}

/// Writes an item and reads it back: `true` only if it is there as written.
/// A write that fails (storage full) leaves nothing half-written.
pub fn write(key: &str, text: &str) -> bool {
    let Some(s) = local() else { return false };
    let ok =
        s.set_item(key, text).is_ok() && s.get_item(key).ok().flatten().as_deref() == Some(text);
    if !ok {
        let _ = s.remove_item(key);
    }
    ok
}

/// Removes an item: `true` if it is gone.
pub fn remove(key: &str) -> bool {
    local().is_some_and(|s| s.remove_item(key).is_ok())
}

/// Milliseconds since 1970, now.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
