//! Writes the page's static first view into the built page, at build time:
//! the explorer for the default scenario, rendered by the app's own
//! components (`strike_explorer::ui::prerender`). Run by
//! `scripts/post-build.sh` on Trunk's staging copy of `index.html`.
//!
//! Usage: strike-prerender PAGE (the page is rewritten in place).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: strike-prerender PAGE");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("strike-prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(filled) = strike_explorer::ui::prerender::into_page(&page) else {
        eprintln!("strike-prerender: {path} has no empty <div id=\"app\"></div> to fill");
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::write(&path, filled) {
        eprintln!("strike-prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// In the browser there is nothing to do: the first view is written at build time.
#[cfg(target_arch = "wasm32")]
fn main() {}
