//! End-to-end: the built release app served on 127.0.0.1, driven in headless
//! Chromium, Firefox ESR or WebKitGTK (`STRIKE_BROWSER`) over WebDriver as a user would: keys on sliders, typing exact
//! values, clicking the calendar, choosing presets.
//!
//! Needs `dist/` (built by `trunk build --release`) and a WebDriver browser, so it is
//! ignored by a plain `cargo test`; `scripts/test.sh` builds and runs it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use std::time::Duration;
use support::{
    axe_serious, browser, browser_dark, changed_from, click, click_on, dist_dir, engine, figure,
    is_chromium, js_string, open_all_groups, open_app, open_embed, serve, settle_on, text,
    type_over, until, until_js, value_of, wait_for, webdriver, with_app, Engine,
};

async fn canvas_pixels(c: &Client, n: usize) -> String {
    js_string(
        c,
        &format!("return document.querySelectorAll('canvas')[{n}].toDataURL()"),
    )
    .await
}

/// The link in the box shown where the clipboard is refused ('' if none).
const LINK_TO_COPY: &str =
    "const b = document.getElementById('link-to-copy'); return b ? b.value : ''";

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn loads_without_crash_and_only_from_its_own_server() {
    with_app(1280, |c, url| async move {
        assert!(c.find(Locator::Id("loading")).await.is_err(), "loading message still shown");
        let crash = js_string(&c, "return String(document.getElementById('crash').hidden)").await;
        assert_eq!(crash, "true", "crash message shown");
        let summary = text(&c, "#summary").await;
        assert!(summary.starts_with("At £3 a month the fund pays 2,000 targeted strikers"), "{summary}");
        // "How the model works" is read from the same server once the charts are up.
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Id("model-the-fund"))
            .await
            .expect("the explanation loads");
        // All of it, its last section too: it goes in a part at a time.
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Id("model-what-the-model-leaves-out"))
            .await
            .expect("the explanation's last part arrives");
        // No inline script runs but those the page was built with: the policy
        // lists their hashes instead of allowing any ('unsafe-inline').
        let csp = js_string(
            &c,
            "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content",
        )
        .await;
        assert!(
            !csp.contains("unsafe-inline") && csp.contains("'sha256-"),
            "{csp}"
        );
        // The page's first script writes the policy, naming the page's own
        // server beside 'self' (see scripts/post-build.sh): it is in force.
        assert!(csp.contains(&format!("connect-src 'self' {url};")), "{csp}");
        let ran = js_string(
            &c,
            "window.injected = 'no'; const s = document.createElement('script');
             s.textContent = 'window.injected = \"yes\"'; document.body.append(s);
             return window.injected",
        )
        .await;
        assert_eq!(ran, "no", "an injected inline script ran");
        // A whole visit: save a plan, keep one to compare, copy a link, make
        // each download, open the code for a website.
        wait_for(&c, "save-name").await;
        type_over(&c, "save-name", "A visit").await;
        click(&c, "save-this").await;
        until(&c, "#saved-said", |t| t.contains("A visit")).await;
        click(&c, "keep-this").await;
        wait_for(&c, "compare-table").await;
        click(&c, "copy-link").await;
        for id in [
            "download-fund-png",
            "download-fund-svg",
            "download-backlog-png",
            "download-backlog-svg",
            "download-csv",
        ] {
            click(&c, id).await;
        }
        click(&c, "embed-open").await;
        wait_for(&c, "embed-code-text").await;
        // Nothing was fetched from anywhere but the page's own server.
        const ORIGINS: &str = "return performance.getEntriesByType('resource').map(e => new URL(e.name).origin).join(' ')";
        let origins = js_string(&c, ORIGINS).await;
        assert!(!origins.is_empty(), "no requests recorded");
        for o in origins.split_whitespace() {
            assert_eq!(o, url, "a request left the page's own server");
        }
        // And the embed view, with the plan kept to compare.
        let embed = js_string(&c, "return document.getElementById('embed-code-text').value").await;
        assert!(embed.contains("embed=1"), "{embed}");
        open_embed(&c, &format!("{url}/?v=3&levy=5&keep=K~levy:3&embed=1")).await;
        wait_for(&c, "compare-table").await;
        let origins = js_string(&c, ORIGINS).await;
        for o in origins.split_whitespace() {
            assert_eq!(o, url, "a request from the embed view left the page's own server");
        }
        // And the browser refuses any attempt to reach elsewhere.
        let blocked = c
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 document.addEventListener('securitypolicyviolation', e => done(e.violatedDirective), { once: true });
                 fetch('https://example.org/collect').catch(() => {});
                 setTimeout(() => done('not blocked'), 3000);",
                vec![],
            )
            .await
            .expect("script");
        assert_eq!(blocked.as_str(), Some("connect-src"), "{blocked}");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn an_uncaught_error_shows_something_went_wrong_with_a_reload_link() {
    with_app(375, |c, url| async move {
        // A real uncaught error in the page: one of the page's own files run
        // as an old-style script fails to parse (a script made by the test
        // itself would not do: Firefox runs those apart from the page).
        let name = std::fs::read_dir(dist_dir())
            .expect("dist")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| n.starts_with("strike-explorer-") && n.ends_with(".js"))
            .expect("the app's script");
        c.execute(
            "const s = document.createElement('script'); s.src = arguments[0]; document.body.append(s);",
            vec![serde_json::json!(format!("{url}/{name}"))],
        )
        .await
        .expect("script");
        let crash = c.find(Locator::Id("crash")).await.expect("crash message");
        for _ in 0..50 {
            if crash.is_displayed().await.expect("displayed") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(
            crash.is_displayed().await.expect("displayed"),
            "crash message hidden"
        );
        assert!(crash
            .text()
            .await
            .expect("text")
            .contains("Something went wrong"));
        let reload = crash.find(Locator::Css("a")).await.expect("reload link");
        assert_eq!(reload.text().await.expect("text"), "Reload the page");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn keys_on_the_levy_slider_change_summary_figures_and_chart() {
    with_app(1280, |c, _| async move {
        let summary = text(&c, "#summary").await;
        let runs_out = figure(&c, "runs-out").await;
        let chart = canvas_pixels(&c, 0).await;
        let levy = c.find(Locator::Id("f-levy")).await.expect("levy slider");
        // Four steps of 50p up: £3 → £5 a month.
        for _ in 0..4 {
            levy.send_keys(&Key::Right.to_string())
                .await
                .expect("arrow key");
        }
        let now = changed_from(&c, &summary, "#summary").await;
        assert!(now.starts_with("At £5 a month"), "{now}");
        assert_eq!(text(&c, "output[for='f-levy']").await, "£5 a month");
        assert_ne!(
            figure(&c, "runs-out").await,
            runs_out,
            "headline figure did not change"
        );
        assert_ne!(
            canvas_pixels(&c, 0).await,
            chart,
            "fund chart was not redrawn"
        );
        let valuetext = levy.attr("aria-valuetext").await.expect("attr");
        assert_eq!(valuetext.as_deref(), Some("£5 a month"));
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn typing_an_exact_value_sets_it() {
    with_app(1280, |c, _| async move {
        let before = text(&c, "#summary").await;
        type_over(&c, "n-strikers", "2400").await;
        let now = changed_from(&c, &before, "#summary").await;
        assert!(now.contains("2,400 targeted strikers"), "{now}");
        assert_eq!(text(&c, "output[for='f-strikers']").await, "2,400 people");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn clicking_the_calendar_marks_a_national_strike_day() {
    with_app(1280, |c, _| async move {
        assert!(figure(&c, "strike-days").await.starts_with("120,000"));
        let day = c.find(Locator::Id("day-12")).await.expect("calendar day");
        click_on(&c, &day).await;
        let note = changed_from(
            &c,
            "120,000 targeted, 0 national. How?",
            "[data-figure='strike-days'] .figure-note",
        )
        .await;
        assert!(!note.contains(" 0 national"), "{note}");
        let pressed = day.attr("aria-pressed").await.expect("attr");
        assert_eq!(pressed.as_deref(), Some("true"));
        assert!(text(&c, "#summary").await.contains("1 national strike day"));
        // Keyboard: move right and mark the next day too.
        day.send_keys(&Key::Right.to_string()).await.expect("arrow");
        let next = c.find(Locator::Id("day-13")).await.expect("next day");
        next.send_keys(&Key::Enter.to_string())
            .await
            .expect("enter");
        until(&c, "#summary", |t| t.contains("2 national strike days")).await;
        assert!(text(&c, "#summary")
            .await
            .contains("2 national strike days"));
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn choosing_a_preset_sets_it_and_says_what_changed_then_reset() {
    with_app(375, |c, _| async move {
        let select = c.find(Locator::Id("preset")).await.expect("preset picker");
        select
            .select_by_value("national-day")
            .await
            .expect("choose");
        let now = until(&c, ".preset-description", |t| t.contains("Every member")).await;
        assert!(
            now.contains("Every member is called out for one day"),
            "{now}"
        );
        let summary = text(&c, "#summary").await;
        assert!(summary.contains("1 national strike day"), "{summary}");
        assert!(text(&c, ".changed summary")
            .await
            .starts_with("What changed"));
        c.find(Locator::Css("button.reset"))
            .await
            .expect("reset")
            .click()
            .await
            .expect("click");
        let back = changed_from(&c, &summary, "#summary").await;
        assert!(
            back.starts_with("At £3 a month the fund pays 2,000"),
            "{back}"
        );
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn the_targeted_preset_shows_both_backlogs_and_the_targeted_areas_peak() {
    with_app(1280, |c, _| async move {
        let legend = "figure:has(#chart-backlog) .legend";
        // From a national day (which has the same targeted areas, unused) to targeted action.
        let select = c.find(Locator::Id("preset")).await.expect("preset picker");
        select
            .select_by_value("national-day")
            .await
            .expect("choose");
        until(&c, ".preset-description", |t| t.contains("Every member")).await;
        let pixels = canvas_pixels(&c, 1).await;
        let select = c.find(Locator::Id("preset")).await.expect("preset picker");
        select.select_by_value("targeted-5").await.expect("choose");
        until(&c, ".preset-description", |t| t.contains("full pay")).await;
        // Both lines, named, in the legend and drawn.
        let words = until(&c, legend, |t| t.contains("Targeted areas")).await;
        assert!(
            words.contains("Across the employer (solid line)"),
            "{words}"
        );
        assert!(words.contains("Targeted areas (dashed line)"), "{words}");
        assert!(words.contains("weeks of their own work"), "{words}");
        until_js(
            &c,
            "return document.querySelectorAll('canvas')[1].toDataURL()",
            |now| now != pixels,
        )
        .await;
        // The targeted areas' peak is a headline figure, higher than the employer's.
        let area = figure(&c, "area-peak").await;
        let all = figure(&c, "peak-backlog").await;
        assert!(area.ends_with(" weeks of their work"), "{area}");
        let weeks = |s: &str| s.split(' ').next().unwrap().parse::<f64>().unwrap();
        assert!(
            weeks(&area) > weeks(&all) && weeks(&all) > 4.0,
            "{area} / {all}"
        );
        let summary = text(&c, "#summary").await;
        assert!(
            summary.contains(&format!(
                "In the targeted areas the backlog reaches {}",
                area.replace(" weeks of their work", " weeks")
            )),
            "{summary}"
        );
        // No targeted areas: one backlog, one line, no such figure.
        open_all_groups(&c).await;
        type_over(&c, "n-astaff", "0").await;
        until(&c, legend, |t| !t.contains("Targeted areas")).await;
        assert!(c
            .find(Locator::Css("[data-figure='area-peak']"))
            .await
            .is_err());
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn uncertainty_bands_show_in_the_legend() {
    with_app(1280, |c, _| async move {
        let chart = canvas_pixels(&c, 1).await;
        // The Uncertainty group starts closed: open it as a user would, by its heading.
        let group = c
            .find(Locator::Css("details.group:nth-of-type(5) > summary"))
            .await
            .expect("group");
        click_on(&c, &group).await;
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Id("bands"))
            .await
            .expect("the group's inputs appear")
            .click()
            .await
            .expect("tick");
        let legend = until_js(
            &c,
            "return [...document.querySelectorAll('.chart .legend li')].map(li => li.textContent).join(' / ')",
            |t| t.contains("middle 80% of 200 runs"),
        )
        .await;
        assert!(legend.contains("middle 80% of 200 runs"), "{legend}");
        assert_ne!(
            canvas_pixels(&c, 1).await,
            chart,
            "backlog chart did not redraw with a band"
        );
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app, a WebDriver browser and axe-core: run by scripts/test.sh"]
async fn accessibility_audit_finds_nothing_serious_on_phone_and_desktop_light_and_dark() {
    // Dark mode where the engine can be asked for it (Chromium, Firefox).
    let schemes: &[bool] = if engine() == Engine::WebKit {
        &[false]
    } else {
        &[false, true]
    };
    let url = serve(dist_dir());
    // A plan kept to compare, so the table and the kept list are audited too.
    let keep = "keep=Two-day%20strike~nd:20,21";
    for &dark in schemes {
        for width in [375, 1280] {
            let driver = webdriver();
            let c = if dark {
                browser_dark(&driver, width, 900).await
            } else {
                browser(&driver, width, 900).await
            };
            let mode = js_string(
                &c,
                "return String(matchMedia('(prefers-color-scheme: dark)').matches)",
            )
            .await;
            let _ = mode;
            open_app(&c, &format!("{url}/?v=3&nd=20,25&{keep}")).await;
            let mode = js_string(
                &c,
                "return String(matchMedia('(prefers-color-scheme: dark)').matches)",
            )
            .await;
            assert_eq!(
                mode,
                dark.to_string(),
                "the page is not in the mode asked for"
            );
            // (Firefox and WebKitGTK windows are at least about 500 px wide.)
            let shown = js_string(&c, "return String(innerWidth)").await;
            let at = format!("{shown} px wide, {}", if dark { "dark" } else { "light" });
            // Open every group, My cost, the explanation and the code for a
            // website, so every control and every text is audited.
            open_all_groups(&c).await;
            wait_for(&c, "embed-open").await;
            click(&c, "embed-open").await;
            wait_for(&c, "embed-code-text").await;
            wait_for(&c, "compare-table").await;
            wait_for(&c, "model-the-fund").await;
            let found = axe_serious(&c).await;
            assert!(
                found.is_empty(),
                "the explorer at {at}:\n{}",
                found.join("\n")
            );
            // The embed view, with the comparison.
            c.goto(&format!("{url}/?v=3&nd=20,25&{keep}&embed=1"))
                .await
                .expect("embed view");
            wait_for(&c, "chart-backlog").await;
            wait_for(&c, "compare-table").await;
            let found = axe_serious(&c).await;
            assert!(
                found.is_empty(),
                "the embed view at {at}:\n{}",
                found.join("\n")
            );
            let _ = c.close().await;
        }
    }
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn a_320px_phone_needs_no_sideways_scrolling() {
    if !is_chromium() {
        return a_320px_frame_needs_no_sideways_scrolling().await;
    }
    with_app(320, |c, _| async move {
        open_all_groups(&c).await;
        let widths = js_string(
            &c,
            "return document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth",
        )
        .await;
        let (scroll, client) = widths.split_once(' ').expect("two numbers");
        let client: u32 = client.parse().expect("a width");
        assert!(client <= 320, "the window is not phone-sized: {widths}");
        assert_eq!(scroll.parse::<u32>().ok(), Some(client), "the page is wider than the screen: {widths}");
    })
    .await;
}

/// Firefox's and WebKitGTK's windows are at least 447 to 500 px wide here, and
/// only Chromium emulates a phone's screen: in those engines the app is put in
/// a frame 320 px wide (its media queries follow the frame's width).
async fn a_320px_frame_needs_no_sideways_scrolling() {
    with_app(1280, |c, url| async move {
        c.execute(
            "const f = document.createElement('iframe');
             f.id = 'phone'; f.title = 'phone'; f.src = arguments[0];
             f.style.cssText = 'width: 320px; height: 700px; border: 0; position: fixed; top: 0; left: 0; z-index: 9';
             document.body.append(f);",
            vec![serde_json::json!(format!("{url}/"))],
        )
        .await
        .expect("a frame");
        let widths = until_js(
            &c,
            "const d = document.getElementById('phone').contentDocument;
             if (!d || !d.getElementById('f-yes')) {
               if (d) d.querySelectorAll('details').forEach(x => x.open = true);
               return '';
             }
             return d.documentElement.scrollWidth + ' ' + d.documentElement.clientWidth;",
            |s| !s.is_empty(),
        )
        .await;
        let (scroll, client) = widths.split_once(' ').expect("the app in the frame, all groups open");
        // (Less a scrollbar where the engine shows one.)
        let client: u32 = client.parse().expect("a width");
        assert!((300..=320).contains(&client), "the frame is not phone-sized: {widths}");
        assert_eq!(scroll.parse::<u32>().ok(), Some(client), "the page is wider than the screen: {widths}");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn the_first_tab_reaches_a_skip_link_to_the_results() {
    with_app(1280, |c, _| async move {
        c.active_element()
            .await
            .expect("body")
            .send_keys(&Key::Tab.to_string())
            .await
            .expect("tab");
        let focused = c.active_element().await.expect("focus");
        assert_eq!(focused.text().await.expect("text"), "Skip to the results");
        focused
            .send_keys(&Key::Enter.to_string())
            .await
            .expect("enter");
        let at = until_js(&c, "return document.activeElement.id", |a| a == "results").await;
        assert_eq!(at, "results");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn arrowing_through_strategies_shows_them_and_enter_chooses() {
    with_app(1280, |c, _| async move {
        let summary = text(&c, "#preset-description").await;
        assert!(
            summary.contains("2,000 of the 2,500 members"),
            "the starting strategy is named: {summary}"
        );
        let before = text(&c, "#summary").await;
        let select = c.find(Locator::Id("preset")).await.expect("preset picker");
        select
            .send_keys(&Key::Down.to_string())
            .await
            .expect("arrow");
        let hint = until(&c, "#preset-description", |t| t.contains("Press Enter")).await;
        assert!(hint.contains("Press Enter to use this strategy"), "{hint}");
        assert_eq!(
            text(&c, "#summary").await,
            before,
            "arrowing applied a strategy"
        );
        select
            .send_keys(&Key::Enter.to_string())
            .await
            .expect("enter");
        let now = changed_from(&c, &before, "#summary").await;
        assert_ne!(now, before, "Enter did not apply the strategy");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn a_typed_value_that_cannot_be_used_is_corrected_in_the_box_with_a_note() {
    with_app(1280, |c, _| async move {
        for (typed, shown, note) in [
            ("abc", "100000", "was not a number"),
            ("0", "100", "must be from 100 people to 500,000 people"),
        ] {
            type_over(&c, "n-members", typed).await;
            let said = until(&c, "#note-members", |t| t.contains(note)).await;
            assert!(said.contains(note), "after {typed}: {said}");
            assert_eq!(value_of(&c, "n-members").await, shown, "after {typed}");
        }
        // 100 members cannot have 2,000 targeted strikers: 100 are used, and the
        // choice comes back when the members do.
        let strikers = until(&c, "#note-strikers", |t| {
            t.contains("You chose 2,000 people")
        })
        .await;
        assert!(strikers.contains("so 100 people is used"), "{strikers}");
        type_over(&c, "n-members", "100000").await;
        let out = until(&c, "output[for='f-strikers']", |t| t == "2,000 people").await;
        assert_eq!(out, "2,000 people");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn the_law_and_the_fund_rule_are_stated_at_the_top() {
    with_app(1280, |c, _| async move {
        let select = c.find(Locator::Id("preset")).await.expect("preset picker");
        select.select_by_value("hmrc-2022").await.expect("choose");
        let warning = until(&c, ".warnings", |t| t.contains("would not be lawful")).await;
        assert!(
            warning.contains("turnout is 2,630 votes short of 50%"),
            "{warning}"
        );
        // Strike pay stops when the fund is empty: less is paid than under a shortfall.
        select.select_by_value("targeted-3").await.expect("choose");
        let paid = until(&c, "[data-figure='strike-pay'] .figure-value", |t| {
            t == "£6,426,000"
        })
        .await;
        c.find(Locator::Id("empty"))
            .await
            .expect("fund rule")
            .select_by_value("stop")
            .await
            .expect("choose rule");
        let now = changed_from(&c, &paid, "[data-figure='strike-pay'] .figure-value").await;
        assert_ne!(now, paid);
        let note = text(&c, "[data-figure='strike-pay'] .figure-note").await;
        assert!(
            note.contains("more was due, but the fund was empty"),
            "{note}"
        );
        assert!(text(&c, "#summary")
            .await
            .contains("Strike pay then stops whenever the fund is empty"));
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn a_click_that_replaces_the_targeted_weeks_can_be_undone() {
    with_app(1280, |c, _| async move {
        let modes = c
            .find_all(Locator::Css("input[name='cal-mode']"))
            .await
            .expect("modes");
        click_on(&c, &modes[1]).await;
        let day = c.find(Locator::Id("day-30")).await.expect("a day");
        click_on(&c, &day).await;
        assert_eq!(
            until(&c, "output[for='f-tweeks']", |t| t == "1 week").await,
            "1 week"
        );
        c.find(Locator::Css("button.undo"))
            .await
            .expect("an undo button")
            .click()
            .await
            .expect("undo");
        assert_eq!(
            until(&c, "output[for='f-tweeks']", |t| t == "12 weeks").await,
            "12 weeks"
        );
        // Escape cancels a range started with Enter.
        let day = c.find(Locator::Id("day-30")).await.expect("a day");
        day.send_keys(&Key::Enter.to_string()).await.expect("enter");
        assert_eq!(
            until(&c, "output[for='f-tweeks']", |t| t == "1 week").await,
            "1 week"
        );
        day.send_keys(&Key::Escape.to_string())
            .await
            .expect("escape");
        assert_eq!(
            until(&c, "output[for='f-tweeks']", |t| t == "12 weeks").await,
            "12 weeks"
        );
        // The calendar names its columns and has a key.
        assert_eq!(
            js_string(
                &c,
                "return [...document.querySelectorAll('.weekdays > *')].map(s => s.textContent.trim()).filter(Boolean).join(' ')"
            )
            .await,
            "Mon Tue Wed Thu Fri"
        );
        assert!(text(&c, ".calendar-key")
            .await
            .contains("Inside the notice period"));
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn what_it_takes_answers_beside_the_figures_and_use_this_sets_it() {
    with_app(1280, |c, url| async move {
        open_app(&c, &format!("{url}/?v=3&strikers=1500")).await;
        // "What it takes" comes with the extras.
        wait_for(&c, "use-0").await;
        let answer = text(&c, ".takes li:first-child .takes-answer").await;
        assert!(answer.ends_with(" a month"), "{answer}");
        assert_ne!(figure(&c, "runs-out").await, "Does not run out");
        click(&c, "use-0").await;
        // The levy is now the answer, and the fund lasts to the end.
        until(&c, "output[for='f-levy']", |t| t == answer).await;
        assert_eq!(text(&c, "output[for='f-levy']").await, answer);
        assert_eq!(figure(&c, "runs-out").await, "Does not run out");
        // Nothing else happened: the share section said nothing.
        assert_eq!(text(&c, ".share > [role='status']").await, "");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn action_the_ballot_did_not_ask_about_is_marked_and_not_counted() {
    with_app(1280, |c, url| async move {
        // A ballot on strikes only, and a four-week overtime ban from week 3.
        open_app(&c, &format!("{url}/?v=3&asked=strikes&banweeks=4")).await;
        let warnings = text(&c, ".warnings").await;
        assert!(
            warnings.contains("The ballot asked only about strikes, so the overtime ban planned here has no mandate: its 20 working days are not counted."),
            "{warnings}"
        );
        // Week 3's first day (working day 10) is a ban day: marked, and said.
        let day = c.find(Locator::Id("day-10")).await.expect("a day");
        let class = day.attr("class").await.expect("class").unwrap_or_default();
        assert!(class.contains("held") && class.contains("ban"), "{class}");
        let label = day.attr("aria-label").await.expect("label").unwrap_or_default();
        assert!(label.contains("not counted: the ballot did not ask about it"), "{label}");
        open_all_groups(&c).await;
        assert_eq!(value_of(&c, "asked").await, "strikes");
        // Asking about both makes the ban count.
        c.execute(
            "const s = document.getElementById('asked'); s.value = 'both'; s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .expect("choose");
        until_js(&c, "return String(document.querySelectorAll('.warnings').length)", |n| n == "0").await;
        assert!(c.find(Locator::Css(".warnings")).await.is_err());
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn the_address_keeps_the_scenario_and_a_reload_restores_it() {
    with_app(1280, |c, _| async move {
        // (A new window's history is 1 or 2 long, by the engine.)
        let history = js_string(&c, "return String(history.length)").await;
        let levy = c.find(Locator::Id("f-levy")).await.expect("levy slider");
        for _ in 0..4 {
            levy.send_keys(&Key::Right.to_string())
                .await
                .expect("arrow key");
        }
        let search = until_js(&c, "return location.search", |s| s.contains("levy=5")).await;
        assert!(
            search.contains("levy=5"),
            "the address did not follow: {search}"
        );
        let summary = text(&c, "#summary").await;
        let runs_out = figure(&c, "runs-out").await;
        // Only the address changed, never the history: Back would leave the page.
        assert_eq!(
            js_string(&c, "return String(history.length)").await,
            history
        );
        c.refresh().await.expect("reload");
        c.wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Id("cal-title"))
            .await
            .expect("the app again");
        assert_eq!(text(&c, "#summary").await, summary);
        assert_eq!(figure(&c, "runs-out").await, runs_out);
        assert_eq!(text(&c, "output[for='f-levy']").await, "£5 a month");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn a_how_link_opens_the_explorer_at_that_part_of_how_the_model_works() {
    with_app(1280, |c, url| async move {
        // As an embed's "How?" link does: the plan in the query, the part of
        // the explanation in the fragment. The explanation arrives after the
        // app has written the plan's address: the fragment must survive that.
        let at = "model-what-the-model-leaves-out";
        open_app(&c, &format!("{url}/?levy=5#{at}")).await;
        let written = until_js(&c, "return location.search", |s| s.contains("v=")).await;
        assert!(
            written.contains("levy=5"),
            "the address follows the plan: {written}"
        );
        let place = until_js(
            &c,
            &format!(
                "const h = document.getElementById('{at}');
                 const top = h ? h.getBoundingClientRect().top : -1;
                 return location.hash + ' ' + (top >= 0 && top < innerHeight)"
            ),
            |s| s.ends_with(" true"),
        )
        .await;
        assert_eq!(
            place,
            format!("#{at} true"),
            "not at the part the link names"
        );
        assert_eq!(text(&c, "output[for='f-levy']").await, "£5 a month");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn a_link_with_bad_settings_says_what_it_could_not_use() {
    with_app(1280, |c, url| async move {
        open_app(&c, &format!("{url}/?v=3&levy=abc&zzz=1&strikers=3000")).await;
        let notes = until(&c, ".link-notes", |t| t.contains("abc")).await;
        assert!(
            notes.contains(
                "Levy on members not on strike: “abc” is not a number, so £3 a month is used."
            ),
            "{notes}"
        );
        assert!(
            notes.contains("An unknown setting “zzz” was ignored."),
            "{notes}"
        );
        let summary = text(&c, "#summary").await;
        assert!(
            // 3,000 asked for; the 2,500 members in the targeted areas used.
            summary.starts_with("At £3 a month the fund pays 2,500 targeted strikers"),
            "{summary}"
        );
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn copying_a_link_works_or_shows_it_to_copy_and_the_public_one_leaves_our_figures_out() {
    with_app(1280, |c, _| async move {
        type_over(&c, "n-fund", "1000000").await;
        until(&c, "output[for='f-fund']", |t| t == "£1,000,000").await;
        // With the clipboard: it copies, or says it cannot and shows the link.
        click(&c, "copy-link").await;
        let said = until(&c, ".share [role='status']", |t| !t.is_empty()).await;
        assert!(said.contains("copied") || said.contains("copy this link"), "{said}");
        // Without one (a locked-down frame, an old browser): the link, selected, to copy by hand.
        c.execute(
            "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true })",
            vec![],
        )
        .await
        .expect("no clipboard");
        // A value typed and then Copy link pressed at once, as people do: the
        // link has the new value (it is set as the box loses focus, a moment
        // before the click).
        let fund = c.find(Locator::Id("n-fund")).await.expect("fund box");
        click_on(&c, &fund).await;
        fund.send_keys(&format!("{}a{}", Key::Control, Key::Null))
            .await
            .expect("select all");
        fund.send_keys("1200000").await.expect("type");
        click(&c, "copy-link").await;
        let link = until_js(&c, LINK_TO_COPY, |l| l.contains("fund=1200000")).await;
        assert!(link.contains("fund=1200000"), "{link}");
        click(&c, "copy-public-link").await;
        let public = until_js(&c, LINK_TO_COPY, |l| l.contains("own=0")).await;
        assert!(public.contains("own=0") && !public.contains("fund="), "{public}");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn the_build_works_from_a_sub_folder_of_any_host() {
    // A campaign site with the build copied into /campaign/strike-explorer/.
    let host = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/sub-folder-host");
    let _ = std::fs::remove_dir_all(&host);
    let folder = host.join("campaign/strike-explorer");
    std::fs::create_dir_all(&folder).expect("host folders");
    std::fs::write(
        host.join("index.html"),
        "<!DOCTYPE html><title>Campaign</title>",
    )
    .expect("host page");
    let dist = dist_dir();
    for entry in std::fs::read_dir(&dist).expect("dist") {
        let from = entry.expect("entry").path();
        let to = folder.join(from.file_name().expect("name"));
        std::os::unix::fs::symlink(&from, &to).expect("link into the host");
    }
    let url = serve(host);
    let driver = webdriver();
    let c = browser(&driver, 1280, 1000).await;
    open_app(&c, &format!("{url}/campaign/strike-explorer/?v=3&levy=5")).await;
    let summary = text(&c, "#summary").await;
    assert!(summary.starts_with("At £5 a month"), "{summary}");
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id("model-the-fund"))
        .await
        .expect("the explanation loads from the sub-folder");
    let paths = js_string(
        &c,
        "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).join(' ')",
    )
    .await;
    for p in paths.split_whitespace() {
        assert!(
            p.starts_with("/campaign/strike-explorer/"),
            "{p} is outside the app's folder"
        );
    }
    let _ = c.close().await;
}

/// Not a check: saves what a user sees at phone and desktop widths to
/// `target/screenshots/` for a person to look at (`cargo test --test e2e -- --ignored screenshots`).
#[tokio::test]
#[ignore = "writes screenshots for review; run by hand"]
async fn screenshots_for_review() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    for width in [320, 375, 1280] {
        let dir = dir.clone();
        with_app(width, |c, _| async move {
            let png = c.screenshot().await.expect("screenshot");
            std::fs::write(dir.join(format!("top-{width}.png")), png).expect("write");
            c.execute(
                "document.getElementById('cal-title').scrollIntoView()",
                vec![],
            )
            .await
            .expect("scroll");
            let png = c.screenshot().await.expect("screenshot");
            std::fs::write(dir.join(format!("calendar-{width}.png")), png).expect("write");
            c.execute(
                "document.getElementById('model-title').scrollIntoView()",
                vec![],
            )
            .await
            .expect("scroll");
            let png = c.screenshot().await.expect("screenshot");
            std::fs::write(dir.join(format!("model-{width}.png")), png).expect("write");
            click(&c, "embed-open").await;
            c.execute(
                "document.getElementById('share-title').scrollIntoView()",
                vec![],
            )
            .await
            .expect("scroll");
            let png = c.screenshot().await.expect("screenshot");
            std::fs::write(dir.join(format!("share-{width}.png")), png).expect("write");
        })
        .await;
    }
    // The embed view, from a sidebar to an article column.
    let url = serve(dist_dir());
    for width in [300, 375, 760] {
        let driver = webdriver();
        let c = browser(&driver, width, 2800).await;
        c.goto(&format!("{url}/?v=3&levy=5&own=0&embed=1"))
            .await
            .expect("the embed view");
        c.wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Id("chart-backlog"))
            .await
            .expect("charts");
        let png = c.screenshot().await.expect("screenshot");
        std::fs::write(dir.join(format!("embed-{width}.png")), png).expect("write");
        let _ = c.close().await;
    }
}

/// Presses the mouse on one calendar day, drags to another and lets go.
async fn drag(c: &Client, from: &str, to: &str) {
    use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
    let a = c.find(Locator::Id(from)).await.expect("first day");
    let b = c.find(Locator::Id(to)).await.expect("last day");
    // In the middle of the window, and drawn there: WebKit's driver aims at
    // the page as it was last painted.
    settle_on(c, &a).await;
    let actions = MouseActions::new("mouse".to_string())
        .then(PointerAction::MoveToElement {
            element: a,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveToElement {
            element: b,
            duration: Some(Duration::from_millis(200)),
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    c.perform_actions(actions).await.expect("drag");
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn dragging_on_the_calendar_marks_days_and_weeks() {
    with_app(1280, |c, _| async move {
        // Three days in a row, dragged: Wednesday to Friday of week 4.
        drag(&c, "day-17", "day-19").await;
        let mut summary = String::new();
        for _ in 0..50 {
            summary = text(&c, "#summary").await;
            if summary.contains("3 national strike days") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(summary.contains("3 national strike days"), "{summary}");
        // Targeted action dragged from week 6 to week 9: four weeks.
        let modes = c
            .find_all(Locator::Css("input[name='cal-mode']"))
            .await
            .expect("modes");
        click_on(&c, &modes[1]).await;
        drag(&c, "day-25", "day-40").await;
        let weeks = changed_from(&c, "12 weeks", "output[for='f-tweeks']").await;
        assert_eq!(weeks, "4 weeks");
        assert_eq!(
            text(&c, "output[for='f-tstart']").await,
            "week 6 (4 January 2027)"
        );
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn the_calendar_shows_the_mandates_end_and_action_after_it_is_not_counted() {
    with_app(1280, |c, url| async move {
        // A ballot that closed on 15 January 2026, under the 2016 Act: six months.
        open_app(
            &c,
            &format!("{url}/?v=3&law=2016&closed=2026-01-15&start=2026-01-19&weeks=30&nd=125,130"),
        )
        .await;
        let end = text(&c, "#mandate-end").await;
        assert!(end.contains("runs to 14 July 2026"), "{end}");
        let warnings = text(&c, ".warnings").await;
        assert!(warnings.contains("gives a mandate to 14 July 2026"), "{warnings}");
        let after = c.find(Locator::Id("day-130")).await.expect("a day");
        let class = after.attr("class").await.expect("class").unwrap_or_default();
        assert!(class.contains("lapsed") && class.contains("held"), "{class}");
        let label = after.attr("aria-label").await.expect("label").unwrap_or_default();
        assert!(label.contains("not counted: after the mandate ends"), "{label}");
        let before = c.find(Locator::Id("day-125")).await.expect("a day");
        let class = before.attr("class").await.expect("class").unwrap_or_default();
        assert!(!class.contains("lapsed"), "{class}");
        // Under the 2025 Act the mandate lasts twelve months: all of it counts.
        open_all_groups(&c).await;
        c.execute(
            "const s = document.getElementById('regime'); s.value = '2025'; s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .expect("choose the law");
        let end = until(&c, "#mandate-end", |t| t.contains("14 January 2027")).await;
        assert!(end.contains("runs to 14 January 2027"), "{end}");
        until_js(&c, "return String(document.querySelectorAll('.warnings').length)", |n| n == "0").await;
        assert!(c.find(Locator::Css(".warnings")).await.is_err());
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn switching_the_strike_pay_rule_changes_the_strike_pay_and_the_chart() {
    with_app(1280, |c, _| async move {
        open_all_groups(&c).await;
        let before = figure(&c, "strike-pay").await;
        let chart = canvas_pixels(&c, 0).await;
        // A flat £50 a day from the third day: less than half of £107.09 a day.
        c.execute(
            "const s = document.getElementById('rule'); s.value = 'flat'; s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .expect("choose the rule");
        // The flat amount's slider shows, and the shares' go (their values are kept).
        wait_for(&c, "f-flat").await;
        assert_eq!(until_js(&c, "return String(!!document.getElementById('f-tpay'))", |v| v == "false").await, "false");
        type_over(&c, "n-wait", "2").await;
        let after = changed_from(&c, &before, "[data-figure='strike-pay'] .figure-value").await;
        assert_ne!(after, before);
        let summary = until(&c, "#summary", |t| t.contains("£50 a day strike pay from day 3")).await;
        assert!(summary.contains("2,000 targeted strikers at £50 a day strike pay from day 3"), "{summary}");
        assert_ne!(canvas_pixels(&c, 0).await, chart, "the fund chart did not change");
    })
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and a WebDriver browser: run by scripts/test.sh"]
async fn a_browser_without_webassembly_gets_a_plain_message() {
    // The built app, with a first script that takes WebAssembly away, as some
    // locked-down devices have it (Chromium's own switch for it no longer works).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/no-wasm-dist");
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&dist_dir(), &dir);
    std::fs::write(dir.join("no-wasm.js"), "delete globalThis.WebAssembly;\n").expect("script");
    let page = std::fs::read_to_string(dir.join("index.html")).expect("page");
    // (The built page is minified: it has no <head> tag to put it after.)
    let page = page.replacen("<meta", "<script src=\"no-wasm.js\"></script><meta", 1);
    std::fs::write(dir.join("index.html"), page).expect("page");
    let url = serve(dir);
    let driver = webdriver();
    let c = browser(&driver, 1280, 900).await;
    c.goto(&url).await.expect("navigate");
    let shown = until_js(
        &c,
        "const n = document.getElementById('no-wasm'); return String(!!n && !n.hidden)",
        |s| s == "true",
    )
    .await;
    assert_eq!(
        shown, "true",
        "no message for a browser without WebAssembly"
    );
    let words = text(&c, "#no-wasm").await;
    assert!(
        words.starts_with("This browser cannot run Strike Explorer."),
        "{words}"
    );
    assert_eq!(
        js_string(&c, "return String(document.getElementById('crash').hidden)").await,
        "true"
    );
    assert!(
        c.find(Locator::Id("loading")).await.is_err(),
        "the loading message stayed"
    );
    let _ = c.close().await;
}

/// Copies a folder and everything in it.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            std::fs::copy(&path, &dest).expect("copy");
        }
    }
}
