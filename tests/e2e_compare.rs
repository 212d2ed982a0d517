//! End-to-end: comparing strategies, saving them on this device, "What it
//! takes", "My cost", and a phone's view while moving a slider, as reps and
//! branch officers use them. The built release app is served on 127.0.0.1.
//!
//! Needs `dist/` (built by `trunk build --release`) and a WebDriver browser, so it is
//! ignored by a plain `cargo test`; `scripts/test.sh` builds and runs it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use support::{
    axe_serious, browser, click, click_css, dist_dir, figure, js_string, open_app, open_embed,
    serve, serve_with, text, type_over, until, until_js, value_of, wait_for, webdriver, with_app,
};

/// The page's address, as the address bar shows it.
async fn address(c: &Client) -> String {
    js_string(c, "return location.search").await
}

/// Sets a text box's value and tells the page, as leaving the box does.
async fn rename(c: &Client, id: &str, name: &str) {
    c.execute(
        "const i = document.getElementById(arguments[0]); i.value = arguments[1]; i.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![id.into(), name.into()],
    )
    .await
    .expect("rename");
}

/// The cells of the comparison table's row for figure `id`, separated by `|`.
async fn row(c: &Client, id: &str) -> String {
    js_string(
        c,
        &format!("const r = document.querySelector(\"#compare-table tr[data-figure='{id}']\"); return r ? [...r.cells].map(x => x.innerText.replace(/\\n/g, ' ')).join('|') : ''"),
    )
    .await
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn keep_a_two_day_strike_split_it_and_read_the_difference() {
    with_app(1280, |c, url| async move {
        // A two-day national strike on working days 20 and 21.
        open_app(&c, &format!("{url}/?v=3&nd=20,21")).await;
        wait_for(&c, "keep-this").await;
        assert_eq!(text(&c, "#keep-this").await, "Keep this as A");
        click(&c, "keep-this").await;
        wait_for(&c, "kept-name-0").await;
        rename(&c, "kept-name-0", "Two-day strike").await;
        until(&c, "#compare-table thead", |t| t.contains("A: Two-day strike")).await;
        // Split it on the calendar: day 21 off, day 25 on.
        click(&c, "day-21").await;
        click(&c, "day-25").await;
        let said = until(&c, "#compare-sentences", |t| t.starts_with("B has two")).await;
        assert!(
            said.starts_with("B has two one-day national strikes where A has one two-day national strike: members lose the same pay;"),
            "{said}"
        );
        // The table: each figure for A and B, with B's difference from A.
        let head = text(&c, "#compare-table thead").await;
        assert!(head.contains("A: Two-day strike") && head.contains("B: in the sliders"), "{head}");
        let peak = row(&c, "peak-backlog").await;
        let cells: Vec<&str> = peak.split('|').collect();
        assert_eq!(cells.len(), 3, "{peak}");
        assert!(cells[2].contains("weeks lower") || cells[2].contains("weeks higher") || cells[2].contains("the same"), "{peak}");
        // The sentence says the same about the peak as the table.
        // (Engines differ in the white space between a figure and its difference.)
        let words = cells[2].split_whitespace().collect::<Vec<_>>().join(" ");
        let diff = words.split("of work ").nth(1).unwrap_or_default().to_string();
        assert!(!diff.is_empty(), "{peak}");
        if diff != "the same" {
            assert!(said.contains(&format!("the backlog peaks {diff}")), "{said} / {peak}");
        }
        assert_eq!(row(&c, "strike-days").await.split('|').nth(2).map(|s| s.trim().ends_with("the same")), Some(true));
        // Both on the charts, named.
        let legend = text(&c, "#chart-backlog ~ .legend").await;
        assert!(legend.contains("A: Two-day strike: across the employer"), "{legend}");
        assert!(legend.contains("B: in the sliders: across the employer"), "{legend}");
        // The comparison is in the address: a reload brings it back.
        let q = until_js(&c, "return location.search", |q| q.contains("nd=20,25&keep=Two-day%20strike~")).await;
        assert!(q.contains("nd=20,25&keep=Two-day%20strike~nd:20,21"), "{q}");
        c.refresh().await.expect("reload");
        let again = until(&c, "#compare-sentences", |t| t.starts_with("B has two")).await;
        assert_eq!(again, said);
        // A back into the sliders, then removed.
        click(&c, "kept-use-0").await;
        until_js(&c, "return location.search", |q| q.contains("nd=20,21&keep=")).await;
        until(&c, "#compare-sentences", |t| t.starts_with("B has the same settings as A")).await;
        click(&c, "kept-remove-0").await;
        until_js(&c, "return String(document.querySelectorAll('#compare-table').length)", |n| n == "0").await;
        assert!(!until_js(&c, "return location.search", |q| !q.contains("keep=")).await.contains("keep="));
        assert_eq!(text(&c, "#keep-this").await, "Keep this as A");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn a_comparison_link_opens_on_the_charts_the_table_and_the_embed_view() {
    with_app(1280, |c, url| async move {
        let keep = "keep=Two-day%20strike~nd:20,21&keep=%3Cb%3EFive%3C%2Fb%3E~levy:5;nd:20,21";
        open_app(&c, &format!("{url}/?v=3&nd=20,25&{keep}")).await;
        wait_for(&c, "compare-table").await;
        let head = text(&c, "#compare-table thead").await;
        assert!(
            head.contains("A: Two-day strike")
                && head.contains("B: <b>Five</b>")
                && head.contains("C: in the sliders"),
            "{head}"
        );
        let sentences = text(&c, "#compare-sentences").await;
        assert!(
            sentences
                .contains("B changes levy on members not on strike from £3 a month to £5 a month"),
            "{sentences}"
        );
        assert!(
            sentences.contains(
                "C has two one-day national strikes where A has one two-day national strike"
            ),
            "{sentences}"
        );
        // An auditor finds nothing serious, with every part open.
        c.execute(
            "document.querySelectorAll('details').forEach(d => d.open = true)",
            vec![],
        )
        .await
        .expect("open all");
        wait_for(&c, "my-pay").await;
        let found = axe_serious(&c).await;
        assert!(found.is_empty(), "{found:#?}");
        // Full: a third cannot be kept.
        let disabled = js_string(
            &c,
            "return String(document.getElementById('keep-this').disabled)",
        )
        .await;
        assert_eq!(disabled, "true");
        // The embed view shows the same comparison.
        open_embed(&c, &format!("{url}/?v=3&nd=20,25&{keep}&embed=1")).await;
        wait_for(&c, "compare-table").await;
        let legend = text(&c, "#chart-fund ~ .legend").await;
        assert!(
            legend.contains("A: Two-day strike") && legend.contains("C: in the sliders"),
            "{legend}"
        );
        let open_full = c
            .find(Locator::Id("open-full"))
            .await
            .expect("link")
            .attr("href")
            .await
            .expect("href")
            .unwrap_or_default();
        assert!(
            open_full.contains("keep=Two-day%20strike~nd:20,21"),
            "{open_full}"
        );
        // No calendar, saving or share buttons in the embed view.
        assert!(c.find(Locator::Id("keep-this")).await.is_err());
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn save_reload_load_rename_and_delete_a_scenario() {
    with_app(1280, |c, url| async move {
        open_app(&c, &format!("{url}/?v=3&levy=5")).await;
        wait_for(&c, "save-name").await;
        type_over(&c, "save-name", "Five pound levy").await;
        click(&c, "save-this").await;
        until(&c, "#saved-said", |t| {
            t == "Saved “Five pound levy” on this device."
        })
        .await;
        // A new visit to the defaults: the saved plan is listed.
        open_app(&c, &format!("{url}/")).await;
        wait_for(&c, "saved-list").await;
        assert_eq!(value_of(&c, "saved-name-0").await, "Five pound levy");
        c.find(Locator::Css(".saved-load"))
            .await
            .expect("load")
            .click()
            .await
            .expect("click");
        until_js(&c, "return location.search", |q| q.contains("levy=5")).await;
        until(&c, "output[for='f-levy']", |t| t == "£5 a month").await;
        // Rename: the new name, and the old entry gone.
        rename(&c, "saved-name-0", "Levy of five pounds").await;
        until(&c, "#saved-said", |t| t.starts_with("Renamed")).await;
        assert_eq!(value_of(&c, "saved-name-0").await, "Levy of five pounds");
        assert_eq!(
            js_string(
                &c,
                "return String(document.querySelectorAll('.saved-item').length)"
            )
            .await,
            "1"
        );
        // Compare it with the sliders.
        c.find(Locator::Css(".saved-compare"))
            .await
            .expect("compare")
            .click()
            .await
            .expect("click");
        until(&c, "#compare-table thead", |t| {
            t.contains("A: Levy of five pounds")
        })
        .await;
        // Delete.
        c.find(Locator::Css(".saved-delete"))
            .await
            .expect("delete")
            .click()
            .await
            .expect("click");
        until_js(
            &c,
            "return String(document.querySelectorAll('.saved-item').length)",
            |n| n == "0",
        )
        .await;
        c.refresh().await.expect("reload");
        wait_for(&c, "save-name").await;
        assert!(c.find(Locator::Id("saved-list")).await.is_err());
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn damaged_saved_data_is_shown_and_skipped_without_losing_the_good_entries() {
    with_app(1280, |c, url| async move {
        wait_for(&c, "save-name").await;
        type_over(&c, "save-name", "Good one").await;
        click(&c, "save-this").await;
        until(&c, "#saved-said", |t| t.starts_with("Saved")).await;
        // Damage storage by hand: a stray text, an entry from a future version,
        // one with damaged settings, and someone else's item.
        c.execute(
            "localStorage.setItem('strike-explorer.saved.000000000000001', 'garbage');
             localStorage.setItem('strike-explorer.saved.000000000000002', 'strike-explorer saved scenario 9\\nFuture\\nv=3');
             localStorage.setItem('strike-explorer.saved.000000000000003', 'strike-explorer saved scenario 1\\nBroken\\nv=3&levy=abc');
             localStorage.setItem('other-app', '{not json');",
            vec![],
        )
        .await
        .expect("damage storage");
        open_app(&c, &format!("{url}/")).await;
        wait_for(&c, "saved-list").await;
        let bad = js_string(&c, "return String(document.querySelectorAll('.saved-bad').length)").await;
        assert_eq!(bad, "3");
        let list = text(&c, "#saved-list").await;
        assert!(list.contains("could not be read: it is not in the form Strike Explorer saves"), "{list}");
        assert!(list.contains("some of its settings are damaged"), "{list}");
        assert_eq!(js_string(&c, "return String(document.querySelectorAll('.saved-item:not(.saved-bad)').length)").await, "1");
        // The good one still loads; a bad one can be deleted; the other app's item is left alone.
        click_css(&c, ".saved-delete-bad").await;
        until_js(&c, "return String(document.querySelectorAll('.saved-bad').length)", |n| n == "2").await;
        assert_eq!(js_string(&c, "return localStorage.getItem('other-app')").await, "{not json");
        // Storage full: a new save fails and says so; the good entry is kept.
        c.execute(
            "Storage.prototype._set = Storage.prototype.setItem;
             Storage.prototype.setItem = function (k, v) { if (k.startsWith('strike-explorer.saved.')) throw new DOMException('full', 'QuotaExceededError'); return this._set(k, v); };",
            vec![],
        )
        .await
        .expect("fill storage");
        type_over(&c, "save-name", "Good one").await;
        click(&c, "save-this").await;
        until(&c, "#saved-said", |t| t.starts_with("Could not save")).await;
        assert_eq!(value_of(&c, "saved-name-2").await, "Good one");
        click_css(&c, ".saved-load").await;
    })
    .await;
}

/// Opens the whole explorer in a frame with this `sandbox`, in a host page
/// from another origin, and enters the frame.
async fn in_sandbox(sandbox: &str, folder: &str) -> (Client, support::Driver) {
    let app = serve_with(dist_dir(), !sandbox.contains("allow-same-origin"));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/host-pages")
        .join(folder);
    std::fs::create_dir_all(&dir).expect("folder");
    std::fs::write(
        dir.join("index.html"),
        format!("<!DOCTYPE html><title>Host</title><iframe id=\"app\" sandbox=\"{sandbox}\" src=\"{app}/?v=3\" style=\"width:1200px;height:900px\"></iframe>"),
    )
    .expect("host page");
    let host = serve(dir).replace("127.0.0.1", "localhost");
    let driver = webdriver();
    let c = browser(&driver, 1280, 1000).await;
    c.goto(&host).await.expect("host");
    c.find(Locator::Id("app"))
        .await
        .expect("frame")
        .enter_frame()
        .await
        .expect("into the frame");
    // Styled: the stylesheet loaded, passed its integrity check, and applies.
    wait_for(&c, "summary").await;
    let styled = js_string(
        &c,
        "return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()",
    )
    .await;
    assert!(
        !styled.is_empty(),
        "the explorer in a frame sandboxed with {sandbox} is not styled"
    );
    (c, driver)
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn without_storage_saving_says_it_is_unavailable_and_the_rest_works() {
    // The whole explorer in a frame sandboxed with allow-scripts only: no
    // storage, no clipboard, no downloads. Each says so.
    let (c, _driver) = in_sandbox("allow-scripts", "no-storage").await;
    wait_for(&c, "saved-unavailable").await;
    let said = text(&c, "#saved-unavailable").await;
    assert!(said.starts_with("Saving is not available here"), "{said}");
    // Comparing still works.
    click(&c, "keep-this").await;
    wait_for(&c, "compare-table").await;
    // Copy link shows the link to copy by hand (a frame from another site may
    // not write to the clipboard).
    click(&c, "copy-link").await;
    let said = until(&c, ".share [role='status']", |t| !t.is_empty()).await;
    assert!(
        said.contains("copy this link") || said.contains("copied"),
        "{said}"
    );
    // A download says the site around the page may block it.
    click(&c, "download-csv").await;
    let said = until(&c, ".downloads [role='status']", |t| !t.is_empty()).await;
    assert!(said.contains("may block downloads"), "{said}");
    let _ = c.close().await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn in_a_sandbox_with_same_origin_and_downloads_saving_and_downloads_work() {
    let (c, driver) = in_sandbox(
        "allow-scripts allow-same-origin allow-downloads",
        "downloads",
    )
    .await;
    let dir = support::downloads_dir(&driver.url);
    wait_for(&c, "save-name").await;
    type_over(&c, "save-name", "In a frame").await;
    click(&c, "save-this").await;
    let said = until(&c, "#saved-said", |t| t.contains("In a frame")).await;
    assert_eq!(said, "Saved “In a frame” on this device.");
    click(&c, "download-csv").await;
    let csv = String::from_utf8(support::downloaded(&dir, "strike-explorer-figures.csv").await)
        .expect("text");
    assert!(
        csv.contains("Strike Explorer"),
        "{}",
        &csv[..csv.len().min(200)]
    );
    let _ = c.close().await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn each_answer_in_what_it_takes_used_keeps_the_fund_at_or_above_zero() {
    with_app(1280, |c, url| async move {
        for (i, slider) in [
            (0, "f-levy"),
            (1, "f-strikers"),
            (2, "f-tpay"),
            (3, "f-strikers"),
        ] {
            open_app(&c, &format!("{url}/?v=3&strikers=1500")).await;
            wait_for(&c, &format!("use-{i}")).await;
            let output = format!("output[for='{slider}']");
            let before = text(&c, &output).await;
            click(&c, &format!("use-{i}")).await;
            until(&c, &output, |v| v != before).await;
            let low = figure(&c, "fund-low").await;
            let runs_out = figure(&c, "runs-out").await;
            if i < 3 {
                // The levy, the most strikers and the highest strike pay keep the
                // fund at or above zero to the end: nothing short.
                assert!(!low.contains("short"), "answer {i}: fund low {low}");
                assert_eq!(runs_out, "Does not run out", "answer {i}");
            } else {
                // Break-even: the strikers change to the answer.
                let answer = text(&c, ".takes li:nth-child(4) .takes-answer").await;
                let strikers = text(&c, "output[for='f-strikers']").await;
                assert_eq!(answer, strikers);
            }
        }
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn my_cost_follows_my_pay_and_my_days() {
    with_app(1280, |c, _| async move {
        wait_for(&c, "my-cost").await;
        c.find(Locator::Css("#my-cost > summary"))
            .await
            .expect("summary")
            .click()
            .await
            .expect("open");
        // Default: not on targeted action, every national day, the plan's levy.
        let total = text(&c, "#my-cost-total").await;
        assert!(total.starts_with("This plan costs me £"), "{total}");
        click(&c, "my-targeted").await;
        type_over(&c, "my-pay", "26000").await;
        let now = until(&c, "#my-cost-total", |t| t != total).await;
        assert_ne!(now, total);
        let words = text(&c, "#my-cost").await;
        assert!(words.contains("Targeted strikers pay no levy."), "{words}");
        assert!(words.contains("A day's pay for you is £100"), "{words}");
        // Nothing typed here goes into the address.
        assert!(!address(&c).await.contains("26000"));
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn on_a_phone_the_chart_a_slider_moves_stays_in_view() {
    for width in [320, 375, 768] {
        let url = serve(dist_dir());
        let driver = webdriver();
        let c = browser(&driver, width, 740).await;
        open_app(&c, &url).await;
        for (group, slider, chart) in [(4, "f-ot", "backlog"), (1, "f-levy", "fund")] {
            c.execute(
                &format!(
                    "document.querySelector('details.group:nth-of-type({group})').open = true"
                ),
                vec![],
            )
            .await
            .expect("open the group");
            wait_for(&c, slider).await;
            let el = c.find(Locator::Id(slider)).await.expect("slider");
            // Scroll the slider into the middle of the screen, as a thumb would.
            c.execute(
                "document.getElementById(arguments[0]).scrollIntoView({ block: 'center' })",
                vec![slider.into()],
            )
            .await
            .expect("scroll");
            el.send_keys(&Key::Right.to_string())
                .await
                .expect("move it");
            let shown = until_js(
                &c,
                "return document.getElementById('peek').dataset.chart",
                |s| s == chart,
            )
            .await;
            assert_eq!(shown, chart, "{width} px: {slider}");
            let fits = js_string(
                &c,
                &format!(
                    "const p = document.querySelector('#peek canvas').getBoundingClientRect();
                     const s = document.getElementById('{slider}').getBoundingClientRect();
                     return [p.top >= 0, p.bottom <= innerHeight, s.top >= p.bottom, s.bottom <= innerHeight, p.height > 100].join(' ')"
                ),
            )
            .await;
            assert_eq!(
                fits, "true true true true true",
                "{width} px, {slider}: peek in view, above the slider"
            );
        }
        if width == 375 {
            let found = axe_serious(&c).await;
            assert!(found.is_empty(), "{width} px: {found:#?}");
        }
        let _ = c.close().await;
    }
}
