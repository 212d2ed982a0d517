//! End-to-end: sharing, embedding and downloads, as a branch web volunteer
//! and an officer use them. The built release app is served on 127.0.0.1; the
//! sample host page (`docs/host-page.html`) from `localhost`, another
//! origin, as a campaign website would be.
//!
//! Needs `dist/` (built by `trunk build --release`) and a WebDriver browser, so it is
//! ignored by a plain `cargo test`; `scripts/test.sh` builds and runs it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use std::path::{Path, PathBuf};
use std::time::Duration;
use strike_explorer::embed::EMBED_HEIGHT_PX;
use support::{
    axe_serious, browser, click, console_errors, dist_dir, downloaded, downloads_dir, figure,
    js_string, open_app, serve, serve_with, until_js, wait_for, webdriver,
};

/// The ids of the embed view's sliders, in order, separated by spaces.
const EMBED_SLIDERS: &str =
    "return [...document.querySelectorAll('.embed-sliders input[type=range]')].map(i => i.id).join(' ')";

/// A folder holding the sample host page, its iframes pointing at the app at
/// `app` and sandboxed as `sandbox` says (if at all).
fn host_folder(name: &str, app: &str, sandbox: Option<&str>) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/host-page.html");
    let page = std::fs::read_to_string(root).expect("the sample host page");
    let mut page = page.replace("http://127.0.0.1:8080/", &format!("{app}/"));
    if let Some(s) = sandbox {
        page = page.replace("<iframe ", &format!("<iframe sandbox=\"{s}\" "));
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/host-pages")
        .join(name);
    std::fs::create_dir_all(&dir).expect("host folder");
    std::fs::write(dir.join("index.html"), page).expect("host page");
    dir
}

/// The height of the page in the current frame, in CSS pixels.
const CONTENT_HEIGHT: &str =
    "return String(Math.ceil(document.documentElement.getBoundingClientRect().height))";

/// Enters the iframe `id` of the host page and waits until the embed view in
/// it has drawn its charts; returns the embed view's height.
async fn embed_in_frame(c: &Client, id: &str) -> u32 {
    c.find(Locator::Id(id))
        .await
        .expect("the iframe")
        .enter_frame()
        .await
        .expect("into the iframe");
    wait_for(c, "chart-backlog").await;
    let drawn = until_js(
        c,
        "const c = document.getElementById('chart-fund'); return String(c && c.width > 0 && c.toDataURL().length > 5000)",
        |s| s == "true",
    )
    .await;
    assert_eq!(drawn, "true", "the fund chart is not drawn in #{id}");
    assert_eq!(
        js_string(c, "return String(document.getElementById('crash').hidden)").await,
        "true",
        "the crash message shows in #{id}"
    );
    let summary = js_string(c, "return document.getElementById('summary').textContent").await;
    assert!(summary.starts_with("At £"), "{summary}");
    // Styled: the stylesheet loaded, passed its integrity check, and applies.
    let styled = js_string(
        c,
        "return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()",
    )
    .await;
    assert!(!styled.is_empty(), "the page in #{id} is not styled");
    js_string(c, CONTENT_HEIGHT)
        .await
        .parse()
        .expect("a height")
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn the_embed_view_works_in_another_sites_page_plain_and_sandboxed() {
    let driver = webdriver();
    let c = browser(&driver, 1280, 1000).await;
    let variants = [
        ("plain", None),
        ("scripts", Some("allow-scripts")),
        (
            "scripts-same-origin",
            Some("allow-scripts allow-same-origin"),
        ),
    ];
    for (name, sandbox) in variants {
        // Sandboxed without allow-same-origin, the frame has no origin of its own,
        // so the app's host must let any origin read its files (GitHub Pages does).
        let app = serve_with(dist_dir(), sandbox == Some("allow-scripts"));
        let host = serve(host_folder(name, &app, sandbox)).replace("127.0.0.1", "localhost");
        c.goto(&host).await.expect("the host page");
        let _ = console_errors(&c, &driver).await;
        // With the resizer: the iframe takes the height the app says it needs.
        let height = embed_in_frame(&c, "with-resizer").await;
        let sliders = js_string(&c, EMBED_SLIDERS).await;
        assert_eq!(sliders, "f-levy f-strikers f-tpay f-banweeks", "{name}");
        c.enter_parent_frame().await.expect("back to the host");
        let framed = until_js(
            &c,
            "return String(Math.round(document.getElementById('with-resizer').getBoundingClientRect().height))",
            |h| h.parse::<u32>().is_ok_and(|h| h.abs_diff(height) <= 1),
        )
        .await;
        assert!(
            framed.parse::<u32>().is_ok_and(|h| h.abs_diff(height) <= 1),
            "{name}: the iframe is {framed} px high, the app {height} px"
        );
        // It stays put: no loop of growing and shrinking.
        tokio::time::sleep(Duration::from_millis(800)).await;
        let later = js_string(
            &c,
            "return String(Math.round(document.getElementById('with-resizer').getBoundingClientRect().height))",
        )
        .await;
        assert_eq!(later, framed, "{name}: the iframe went on changing height");
        // A height from anywhere but the app's frame (here, the host page
        // itself) is not taken.
        c.execute("window.postMessage(4321, '*')", vec![])
            .await
            .expect("a message");
        tokio::time::sleep(Duration::from_millis(400)).await;
        let after = js_string(
            &c,
            "return String(Math.round(document.getElementById('with-resizer').getBoundingClientRect().height))",
        )
        .await;
        assert_eq!(
            after, framed,
            "{name}: the resizer took a height from elsewhere"
        );
        // Without it (a site that strips scripts): the height in the code, which
        // holds the sidebar's embed view, with the two sliders its link asks for.
        let bare_height = embed_in_frame(&c, "bare").await;
        let sliders = js_string(&c, EMBED_SLIDERS).await;
        assert_eq!(sliders, "f-levy f-strikers", "{name}");
        assert!(
            bare_height <= EMBED_HEIGHT_PX,
            "{name}: the sidebar's embed view is {bare_height} px, more than the {EMBED_HEIGHT_PX} px in the code"
        );
        c.enter_parent_frame().await.expect("back to the host");
        let errors = console_errors(&c, &driver).await;
        assert!(errors.is_empty(), "{name}: console errors: {errors:#?}");
    }
    let _ = c.close().await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn the_embed_view_fits_its_height_in_a_sidebar_and_opens_the_full_explorer() {
    let url = serve(dist_dir());
    let driver = webdriver();
    // The narrowest place the code's height must hold: a 300 px sidebar.
    let c = browser(&driver, 300, 800).await;
    c.goto(&format!("{url}/?v=3&levy=5&embed=1"))
        .await
        .expect("the embed view");
    wait_for(&c, "chart-backlog").await;
    // No page header, panel or footer; the sliders the bulletins argue over.
    for absent in ["cal-title", "panel-title", "copy-link"] {
        assert!(
            c.find(Locator::Id(absent)).await.is_err(),
            "#{absent} is in the embed view"
        );
    }
    let found = axe_serious(&c).await;
    assert!(found.is_empty(), "the embed view:\n{}", found.join("\n"));
    let height: u32 = js_string(&c, CONTENT_HEIGHT).await.parse().expect("height");
    assert!(
        height <= EMBED_HEIGHT_PX,
        "300 px wide, the embed view is {height} px, more than the iframe's {EMBED_HEIGHT_PX} px"
    );
    // A slider moves the figures, and the address keeps the view.
    let levy = c.find(Locator::Id("f-levy")).await.expect("levy");
    levy.send_keys(&Key::Right.to_string()).await.expect("key");
    let search = until_js(&c, "return location.search", |s| s.contains("levy=5.5")).await;
    assert!(
        search.contains("levy=5.5") && search.contains("embed=1"),
        "{search}"
    );
    // "Open the full explorer" carries the scenario, not the view, to a new tab.
    let full = c.find(Locator::Id("open-full")).await.expect("the link");
    assert_eq!(
        full.attr("target").await.expect("target").as_deref(),
        Some("_blank")
    );
    let href = full.attr("href").await.expect("href").expect("an address");
    assert!(
        href.contains("levy=5.5") && !href.contains("embed"),
        "{href}"
    );
    open_app(&c, &href).await;
    assert!(
        js_string(&c, "return document.getElementById('summary').textContent")
            .await
            .starts_with("At £5.50 a month")
    );
    let _ = c.close().await;
}

/// Pounds and pence from the CSV, as the page shows money: `£1,234`.
fn as_shown(pounds: &str) -> String {
    let v: f64 = pounds.parse().expect("money");
    let whole = v.round() as i64;
    let digits = whole.abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    format!("{}£{out}", if whole < 0 { "-" } else { "" })
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn downloads_are_valid_pictures_and_a_csv_whose_totals_are_the_headline_figures() {
    let url = serve(dist_dir());
    let driver = webdriver();
    let c = browser(&driver, 1280, 1000).await;
    let dir = downloads_dir(&driver.url);
    open_app(&c, &format!("{url}/?v=3&levy=5&strikers=3000&nd=12,13")).await;
    // The downloads come with the extras, after the first chart.
    wait_for(&c, "download-csv").await;
    click(&c, "download-fund-png").await;
    let png = downloaded(&dir, "strike-explorer-fund.png").await;
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let css: u32 = js_string(
        &c,
        "return String(document.getElementById('chart-fund').clientWidth)",
    )
    .await
    .parse()
    .expect("width");
    assert_eq!(width, 2 * css.max(640), "twice the chart's size on screen");
    click(&c, "download-backlog-svg").await;
    let svg = String::from_utf8(downloaded(&dir, "strike-explorer-backlog.svg").await)
        .expect("SVG is text");
    assert!(
        svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"),
        "not SVG"
    );
    assert!(svg.contains("Work backlog (weeks of work)") && svg.contains("not a forecast"));
    // The browser reads it as a picture.
    let ok = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const img = new Image();
             img.onload = () => done(String(img.naturalWidth > 0));
             img.onerror = () => done('error');
             img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(arguments[0]);",
            vec![serde_json::Value::String(svg)],
        )
        .await
        .expect("load the SVG");
    assert_eq!(ok.as_str(), Some("true"));
    click(&c, "download-csv").await;
    let csv = String::from_utf8(downloaded(&dir, "strike-explorer-figures.csv").await)
        .expect("CSV is text");
    assert!(
        csv.contains("\nLevy on members not on strike,5,£5 a month,levy\n"),
        "{csv}"
    );
    let total: Vec<&str> = csv
        .lines()
        .last()
        .expect("a totals row")
        .split(',')
        .collect();
    assert_eq!(total[0], "total");
    let strike_days: u64 = total[4].parse::<u64>().unwrap() + total[5].parse::<u64>().unwrap();
    let shown_days = figure(&c, "strike-days").await;
    assert_eq!(
        shown_days,
        format!(
            "{} person-days",
            as_shown(&strike_days.to_string()).trim_start_matches('£')
        ),
        "strike days"
    );
    assert_eq!(
        figure(&c, "strike-pay").await,
        as_shown(total[9]),
        "strike pay paid"
    );
    let note = js_string(
        &c,
        "return document.querySelector(\"[data-figure='strike-pay'] .figure-note\").textContent",
    )
    .await;
    assert!(
        note.contains(&format!("Levy collected: {}.", as_shown(total[6]))),
        "levy: {note} against {}",
        total[6]
    );
    let errors = console_errors(&c, &driver).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    let _ = c.close().await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn put_this_on_your_website_gives_the_code_with_the_sliders_chosen() {
    let url = serve(dist_dir());
    let driver = webdriver();
    let c = browser(&driver, 1280, 1000).await;
    open_app(&c, &format!("{url}/?v=3&fund=900000")).await;
    wait_for(&c, "embed-open").await;
    click(&c, "embed-open").await;
    wait_for(&c, "embed-code-text").await;
    let said = js_string(
        &c,
        "return document.querySelector('.share > [role=status]').textContent",
    )
    .await;
    assert_eq!(said, "", "opening the code said something else: {said}");
    let code = js_string(
        &c,
        "return document.getElementById('embed-code-text').value",
    )
    .await;
    assert!(
        code.starts_with(&format!(
            "<iframe src=\"{url}/?v=3&amp;own=0&amp;embed=1\" title="
        )),
        "{code}"
    );
    assert!(
        code.contains(&format!("height=\"{EMBED_HEIGHT_PX}\"")),
        "{code}"
    );
    assert!(code.contains("loading=\"lazy\""), "{code}");
    assert!(
        code.ends_with(&format!(
            "<script src=\"{url}/embed/resize.js\" async></script>"
        )),
        "{code}"
    );
    // Our own figures, the sliders and the script, as chosen.
    click(&c, "embed-public").await;
    click(&c, "embed-show-ot").await;
    click(&c, "embed-resizer").await;
    let code = until_js(
        &c,
        "return document.getElementById('embed-code-text').value",
        |v| v.contains("show="),
    )
    .await;
    assert!(
        code.contains("fund=900000") && !code.contains("own=0"),
        "{code}"
    );
    assert!(
        code.contains("show=levy,strikers,tpay,banweeks,ot"),
        "{code}"
    );
    assert!(!code.contains("<script"), "{code}");
    // The code follows the sliders of the page.
    let levy = c.find(Locator::Id("f-levy")).await.expect("levy");
    levy.send_keys(&Key::Right.to_string()).await.expect("key");
    let code = until_js(
        &c,
        "return document.getElementById('embed-code-text').value",
        |v| v.contains("levy=3.5"),
    )
    .await;
    assert!(code.contains("levy=3.5"), "{code}");
    // Its preview is the embed view with those sliders.
    let preview = c
        .find(Locator::Id("embed-preview"))
        .await
        .expect("preview")
        .attr("href")
        .await
        .expect("href")
        .expect("an address");
    c.goto(&preview).await.expect("preview");
    wait_for(&c, "chart-backlog").await;
    let sliders = js_string(&c, EMBED_SLIDERS).await;
    assert_eq!(sliders, "f-levy f-strikers f-tpay f-banweeks f-ot");
    let _ = c.close().await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn hostile_links_still_draw_the_charts_and_say_what_they_ignored() {
    let url = serve(dist_dir());
    let driver = webdriver();
    let c = browser(&driver, 1280, 1000).await;
    let many_days = "1,".repeat(5_000);
    let many_sliders = "levy,".repeat(3_000);
    let links = [
        "?levy=NaN&members=Infinity&pay=-1e308&weeks=1e400&strikers=-0".to_string(),
        "?%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E=1&levy=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E".to_string(),
        format!("?nd={many_days}"),
        "?levy=5&levy=abc&levy=7&levy=".to_string(),
        "?start=9999-99-99&law=zzz&div=%00&empty=%E2%80%AE&asked=%F0%9F%92%A5".to_string(),
        format!("?embed=1&show={many_sliders}%3Cb%3Ex%3C%2Fb%3E"),
        "?v=1&tstart=-5&banstart=1e9&tweeks=99999999999999999999".to_string(),
        // Found by the long property run: a week so far off that naming its
        // date once listed every working day before it (the page ran out of memory).
        "?tstart=14861414543.428087&banstart=4000000000".to_string(),
        "?%ZZ=%ZZ&levy=%&=&&&=5".to_string(),
        "?levy=%D9%A3&members=1%2C000".to_string(),
        // Kept scenarios with markup for names, bad settings, and one too many.
        "?keep=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E~levy:NaN;nd:x&keep=~&keep=%3Cb%3Eb%3C%2Fb%3E~members:-1".to_string(),
        "#levy=5&%3Cscript%3E".to_string(),
    ];
    for link in &links {
        let short = &link[..link.len().min(60)];
        // Shown if the test fails: which link it was on.
        println!("opening {short}");
        c.goto(&format!("{url}/{link}")).await.expect("open");
        wait_for(&c, "chart-backlog").await;
        // The app starts after the page's first paint: until then the page
        // has only its static copy (ids `s-…`), so the chart may not be there.
        let drawn = until_js(
            &c,
            "const c = document.getElementById('chart-fund'); return String(!!c && c.width > 0 && c.toDataURL().length > 5000)",
            |s| s == "true",
        )
        .await;
        assert_eq!(drawn, "true", "{short}: the fund chart is not drawn");
        assert_eq!(
            js_string(&c, "return String(document.getElementById('crash').hidden)").await,
            "true",
            "{short}: the page crashed"
        );
        // Text quoted back from the link (“…”) is the link's, not a figure.
        let text = js_string(&c, "return document.body.innerText.replace(/“[^”]*”/g, '')").await;
        for bad in ["NaN", "Infinity", " inf ", "undefined"] {
            assert!(!text.contains(bad), "{short}: “{bad}” on screen");
        }
        let injected = js_string(
            &c,
            "return String(window.__pwned === undefined && !document.querySelector('img[src=x], b'))",
        )
        .await;
        assert_eq!(injected, "true", "{short}: text from the link became HTML");
        let errors = console_errors(&c, &driver).await;
        assert!(errors.is_empty(), "{short}: console errors: {errors:#?}");
    }
    // A link with something wrong says so, specifically.
    c.goto(&format!("{url}/?levy=NaN&zzz=1"))
        .await
        .expect("open");
    wait_for(&c, "chart-backlog").await;
    let notes = js_string(&c, "return document.querySelector('.link-notes').innerText").await;
    assert!(
        notes.contains("Levy on members not on strike: “NaN” is not a number"),
        "{notes}"
    );
    assert!(
        notes.contains("An unknown setting “zzz” was ignored."),
        "{notes}"
    );
    let _ = c.close().await;
}
