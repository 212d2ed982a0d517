//! End-to-end: the page's static first view (issue 18). The page holds the
//! example plan, rendered at build time by the app's own components, so a
//! reader sees real figures and both charts before the WebAssembly arrives,
//! or without JavaScript at all; the app then takes over without moving
//! anything, and a link's own plan is marked as loading until then.
//!
//! Needs `dist/` (built by `trunk build --release`) and a WebDriver browser, so it is
//! ignored by a plain `cargo test`; `scripts/test.sh` builds and runs it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use std::path::{Path, PathBuf};
use strike_explorer::model::{simulate, Params};
use strike_explorer::summary::{figures, paragraph};
use support::{
    browser, changed_from, dist_dir, figure, is_chromium, js_string, open_app, serve, serve_with,
    text, type_over, until_js, webdriver,
};

/// A folder holding one page: `body`, written for this test.
fn page_folder(name: &str, body: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/host-pages")
        .join(name);
    std::fs::create_dir_all(&dir).expect("page folder");
    std::fs::write(
        dir.join("index.html"),
        format!("<!DOCTYPE html><html><body style=\"margin:0\">{body}</body></html>"),
    )
    .expect("page");
    dir
}

/// A copy of the built app without its WebAssembly: the page as a visitor
/// sees it before the app has arrived (here, it never does).
fn dist_without_wasm() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/dist-without-wasm");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("copy folder");
    for entry in std::fs::read_dir(dist_dir()).expect("dist") {
        let path = entry.expect("a file").path();
        let name = path
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        let wasm = name.ends_with(".wasm") || name.contains(".wasm.");
        if path.is_file() && !wasm {
            std::fs::copy(&path, dir.join(&name)).expect("copy");
        }
    }
    dir
}

/// The example plan's figures and summary, as the model gives them.
fn example() -> (Vec<(&'static str, String)>, String) {
    let p = Params::default();
    let o = simulate(&p);
    let shown = figures(&p, &o)
        .into_iter()
        .map(|f| (f.id, f.value))
        .collect();
    (shown, paragraph(&p, &o))
}

/// Checks that the page in the current frame shows the example plan's
/// figures, summary and both charts, from the static copy (ids `s-…`).
async fn shows_the_example(c: &Client, what: &str) {
    let (shown, summary) = example();
    for (id, value) in shown {
        let on_page = text(
            c,
            &format!(".first-view [data-figure='{id}'] .figure-value"),
        )
        .await;
        assert_eq!(on_page, value, "{what}: figure {id}");
    }
    assert_eq!(text(c, "#s-summary").await, summary, "{what}: the summary");
    for id in ["s-chart-fund", "s-chart-backlog"] {
        let chart = c.find(Locator::Css(&format!("#{id} svg"))).await;
        let chart = chart.unwrap_or_else(|_| panic!("{what}: no #{id} drawing"));
        let (_, _, w, h) = chart.rectangle().await.expect("its box");
        assert!(w > 250.0 && h > 150.0, "{what}: #{id} is {w} by {h}");
        assert!(
            chart.is_displayed().await.expect("shown"),
            "{what}: #{id} hidden"
        );
        let lines = c
            .find_all(Locator::Css(&format!("#{id} svg polyline")))
            .await
            .expect("lines");
        assert!(lines.len() > 3, "{what}: #{id} draws no lines");
    }
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn without_javascript_the_page_shows_the_example_plan_and_both_charts() {
    let driver = webdriver();
    // A frame sandboxed without allow-scripts runs no script at all: the page
    // as a reader with JavaScript turned off gets it, in every engine. (It
    // has no origin of its own, so the app's server allows CORS, as hosts
    // such as GitHub Pages do.)
    let app = serve_with(dist_dir(), true);
    let host = serve(page_folder(
        "no-script",
        &format!(
            "<iframe id=\"page\" sandbox src=\"{app}/index.html\" \
             style=\"width: 1280px; height: 2400px; border: 0\"></iframe>"
        ),
    ))
    .replace("127.0.0.1", "localhost");
    let c = browser(&driver, 1300, 1000).await;
    c.goto(&host).await.expect("navigate");
    c.find(Locator::Id("page"))
        .await
        .expect("the frame")
        .enter_frame()
        .await
        .expect("into the frame");
    shows_the_example(&c, "without JavaScript").await;
    // It says why the controls do nothing, and they are plainly off.
    let notice = text(&c, ".noscript").await;
    assert!(notice.starts_with("JavaScript is off"), "{notice}");
    let members = c.find(Locator::Id("s-n-members")).await.expect("a box");
    assert!(
        !members.is_enabled().await.expect("state"),
        "a control looks usable"
    );
    // Not "Loading", which would never end.
    let loading = c
        .find(Locator::Id("loading"))
        .await
        .expect("the loading line");
    assert!(
        !loading.is_displayed().await.expect("state"),
        "shows Loading"
    );
    c.close().await.expect("close");
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn before_the_app_arrives_the_page_shows_the_example_and_marks_a_links_plan_as_loading() {
    let driver = webdriver();
    let url = serve(dist_without_wasm());
    let c = browser(&driver, 1280, 1000).await;
    // The example: the real figures and charts, at full strength.
    c.goto(&format!("{url}/")).await.expect("navigate");
    shows_the_example(&c, "before the app").await;
    const FADED: &str =
        "return getComputedStyle(document.querySelector('.first-view .layout')).opacity";
    assert_eq!(js_string(&c, FADED).await, "1");
    // A link with a plan of its own: the example's figures are not its
    // figures, so they are faded, and the page says so while it loads.
    c.goto(&format!("{url}/?v=3&members=5000"))
        .await
        .expect("navigate");
    let faded: f64 = js_string(&c, FADED).await.parse().expect("a number");
    assert!(
        faded < 0.5,
        "the example's figures look final: opacity {faded}"
    );
    // (Here the app never arrives, so the page soon says it stopped.)
    c.close().await.expect("close");
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn the_app_takes_over_without_moving_anything_and_its_sliders_work() {
    let driver = webdriver();
    let url = serve(dist_dir());
    // A phone, a tablet held upright (one column, the panel closed) and a
    // desktop (two columns).
    for width in [375, 800, 1280] {
        let c = browser(&driver, width, 900).await;
        open_app(&c, &format!("{url}/")).await;
        // The page measured each part of the copy and of the app in its
        // place: nothing moved, and nothing is missing.
        let moved = until_js(
            &c,
            "return document.documentElement.getAttribute('data-first-view-moved') || ''",
            |s| !s.is_empty(),
        )
        .await;
        let px: f64 = moved
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{width} px: {moved}"));
        assert!(
            px < 1.0,
            "{width} px: the page moved when the app took over: {moved}"
        );
        // The copy is gone, held parts and all, once the extras are drawn.
        let left = until_js(
            &c,
            "return String(document.querySelectorAll('.first-view, [id^=\"s-\"]').length)",
            |s| s == "0",
        )
        .await;
        assert_eq!(left, "0", "{width} px: parts of the copy are left");
        // Chromium reports layout shifts as Lighthouse counts them.
        if is_chromium() {
            let shift = c
                .execute_async(
                    "const done = arguments[arguments.length - 1]; let total = 0;
                     new PerformanceObserver(l => l.getEntries().forEach(e => {
                       if (!e.hadRecentInput) total += e.value;
                     })).observe({ type: 'layout-shift', buffered: true });
                     setTimeout(() => done(String(total)), 300);",
                    vec![],
                )
                .await
                .expect("script");
            let shift: f64 = shift
                .as_str()
                .and_then(|s| s.parse().ok())
                .expect("a number");
            assert!(shift < 0.02, "{width} px: layout shift {shift}");
        }
        // The app works: a slider's box changes the figures.
        if width == 1280 {
            let before = figure(&c, "strike-pay").await;
            type_over(&c, "n-strikers", "2400").await;
            let after = changed_from(&c, &before, "[data-figure='strike-pay'] .figure-value").await;
            assert_ne!(after, before, "the slider did nothing");
        }
        c.close().await.expect("close");
    }
}
