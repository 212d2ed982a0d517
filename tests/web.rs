//! Browser tests of the components, run by `wasm-bindgen-test-runner` in
//! headless Chromium: mount, act as a user would, let Yew render, assert on text.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use strike_explorer::model::uncertainty::bands;
use strike_explorer::model::{Metric, Params};
use strike_explorer::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A page as a new visit finds it: a plain address, no earlier test's app.
fn fresh_page() {
    // The app reads its scenario from the address, and an earlier test's app
    // may have written one there: each test starts from a plain address.
    let w = web_sys::window().unwrap();
    let path = w.location().pathname().unwrap();
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    // Earlier tests' apps leave the page: the extras find the scenario by id.
    let old = document().query_selector_all(".test-root").unwrap();
    for i in 0..old.length() {
        if let Some(e) = old.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            e.remove();
        }
    }
}

/// Mounts the app in a fresh element and waits for its first render.
async fn mount() -> Element {
    fresh_page();
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    // The explorer is whole once `data-ready` is set (the calendar comes
    // with the extras, which the page loads and these tests do not).
    until(&root, ".layout[data-ready='true'] #summary", |t| {
        !t.is_empty()
    })
    .await;
    root
}

/// Mounts the preset picker (part of the extras, which the page loads apart)
/// inside `root`, beside the app there, and waits for it.
async fn mount_presets(root: &Element) {
    let place = document().create_element("div").unwrap();
    root.append_child(&place).unwrap();
    yew::Renderer::<strike_explorer::ui::presets::Presets>::with_root(place).render();
    until(root, "#preset", |_| true).await;
}

/// Opens every group of the panel, as a reader clicking each heading would
/// (a closed group's inputs are not built), and waits for the inputs.
async fn open_groups(root: &Element) {
    let groups = root.query_selector_all("details.group").unwrap();
    for i in 0..groups.length() {
        let d: web_sys::HtmlDetailsElement = groups.get(i).unwrap().dyn_into().unwrap();
        d.set_open(true);
    }
    until(root, "label[for='f-yes']", |t| !t.is_empty()).await;
}

/// Waits, up to 5 s, for the text at `css` to satisfy `ok`, and returns it:
/// renders are asynchronous, and a slow machine must not fail a test.
async fn until(root: &Element, css: &str, ok: impl Fn(&str) -> bool) -> String {
    for _ in 0..500 {
        if let Some(el) = root.query_selector(css).ok().flatten() {
            let t = el.text_content().unwrap_or_default();
            if ok(&t) {
                return t;
            }
        }
        TimeoutFuture::new(10).await;
    }
    text(root, css)
}

/// The element at `css`, as the type the test needs (an input, a select).
fn element<T: JsCast>(root: &Element, css: &str) -> T {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no {css}"))
        .dyn_into()
        .unwrap_or_else(|_| panic!("{css} is not the element expected"))
}

fn text(root: &Element, css: &str) -> String {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no {css}"))
        .text_content()
        .unwrap_or_default()
}

fn fire(el: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_app_shows_the_default_summary_and_figures() {
    let root = mount().await;
    assert!(
        text(&root, "#summary").starts_with("At £3 a month the fund pays 2,000 targeted strikers")
    );
    assert_eq!(
        text(&root, "[data-figure='runs-out'] .figure-value"),
        "21 January 2027"
    );
    // The page names the strategy it starts with: the defaults are a preset.
    mount_presets(&root).await;
    let select: HtmlSelectElement = element(&root, "#preset");
    assert_eq!(select.value(), "targeted-3");
    assert!(text(&root, ".preset-description").contains("2,000 of the 2,500 members"));
    // One canvas for each chart the app defines (beside the peek's, on a narrow screen).
    assert_eq!(
        root.query_selector_all(".chart canvas").unwrap().length() as usize,
        strike_explorer::chart::CHARTS.len()
    );
}

#[wasm_bindgen_test]
async fn a_slider_changes_the_params_and_the_summary_follows() {
    let root = mount().await;
    open_groups(&root).await;
    let slider: HtmlInputElement = element(&root, "#f-levy");
    slider.set_value("5");
    fire(&slider, "input");
    let shown = until(&root, "output[for='f-levy']", |t| t == "£5 a month").await;
    assert_eq!(shown, "£5 a month");
    assert!(
        text(&root, "#summary").starts_with("At £5 a month"),
        "{}",
        text(&root, "#summary")
    );
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("£5 a month")
    );
    // The number box follows the slider.
    let exact: HtmlInputElement = element(&root, "#n-levy");
    assert_eq!(exact.value(), "5");
}

#[wasm_bindgen_test]
async fn a_preset_sets_the_params_and_says_what_changed() {
    let root = mount().await;
    mount_presets(&root).await;
    let select: HtmlSelectElement = element(&root, "#preset");
    select.set_value("two-day");
    fire(&select, "change");
    let summary = until(&root, "#summary", |t| t.contains("national strike days")).await;
    assert!(summary.contains("2 national strike days"), "{summary}");
    assert!(text(&root, ".changed summary").starts_with("What changed"));
    // The description follows once the page's scenario settles.
    let described = until(&root, ".preset-description", |t| {
        t.contains("two days in a row")
    })
    .await;
    assert!(described.contains("two days in a row"), "{described}");
}

#[wasm_bindgen_test]
async fn screen_readers_hear_the_summary_once_changes_pause() {
    let root = mount().await;
    open_groups(&root).await;
    let slider: HtmlInputElement = element(&root, "#f-tpay");
    for v in ["60", "70", "100"] {
        slider.set_value(v);
        fire(&slider, "input");
        until(&root, "#summary", |t| {
            t.contains(&format!("{v}% strike pay"))
        })
        .await;
    }
    let live = || text(&root, "[aria-live='polite']");
    assert!(
        !live().contains("100% strike pay"),
        "announced before the pause"
    );
    TimeoutFuture::new(1_500).await;
    assert_eq!(live(), text(&root, "#summary"));
    assert!(live().contains("100% strike pay"));
}

#[wasm_bindgen_test]
async fn legends_and_calendar_take_the_charts_colours_in_either_theme() {
    let root = mount().await;
    // The colours on the page are the charts' own theme, whichever the
    // reader's system uses: the page's stylesheet holds them (and the page's
    // static first view has them before the app starts).
    let sheet = document().create_element("style").unwrap();
    sheet.set_text_content(Some(include_str!("../assets/style.css")));
    document().head().unwrap().append_child(&sheet).unwrap();
    let theme = if strike_explorer::web::prefers_dark() {
        strike_explorer::chart::Theme::DARK
    } else {
        strike_explorer::chart::Theme::LIGHT
    };
    let computed = web_sys::window()
        .unwrap()
        .get_computed_style(&document().document_element().unwrap())
        .unwrap()
        .unwrap();
    for (name, value) in theme.css_vars() {
        let shown = computed.get_property_value(name).unwrap();
        assert_eq!(shown.trim(), value, "{name}");
    }
    sheet.remove();
    // And the legend's words hold in both: no "pale" or "darker" that only the light theme is.
    let legend = text(&root, ".legend");
    assert!(
        legend.contains("Targeted strike days (orange shading)"),
        "{legend}"
    );
    assert!(
        !legend.contains("pale") && !legend.contains("darker"),
        "{legend}"
    );
}

#[wasm_bindgen_test]
fn same_seed_same_bands_in_wasm_as_natively() {
    let mut p = Params::default();
    p.uncertainty.enabled = true;
    p.national_days = vec![20, 21];
    let b = bands(&p);
    // The same figures, to the bit, are asserted natively in src/model/uncertainty.rs.
    let fund = b.of(Metric::Fund).unwrap();
    assert_eq!(fund.p50.last().copied(), Some(-221_045_300.0));
    let backlog = b.of(Metric::Backlog).unwrap();
    let peak = backlog.p90.iter().copied().fold(0.0, f64::max);
    assert_eq!(peak.to_bits(), 4_616_374_593_127_951_513);
}

#[wasm_bindgen_test]
fn the_crash_message_can_be_shown() {
    // index.html holds the message hidden; the panic hook calls show_crash().
    let crash = document().create_element("div").unwrap();
    crash.set_id("crash");
    crash.set_attribute("hidden", "").unwrap();
    document().body().unwrap().append_child(&crash).unwrap();
    strike_explorer::web::show_crash();
    assert!(!crash.has_attribute("hidden"));
    crash.remove();
}

#[wasm_bindgen_test]
async fn a_held_place_keeps_the_copys_part_until_the_second_modules_part_is_drawn() {
    // A place in the app holding the static copy's "What it takes" (the page
    // moves the copy's held parts there when the app takes over).
    fresh_page();
    let room = document().create_element("div").unwrap();
    room.set_class_name("test-root");
    room.set_inner_html("<section id=\"s-takes\">The example's answers.</section>");
    document().body().unwrap().append_child(&room).unwrap();
    let host = strike_explorer::web::part_host(room.clone());
    assert!(!host.is_connected(), "the part is built off the page");
    // Yew empties the element it mounts into at once, and may let the browser
    // paint before it draws: the place keeps the copy's part meanwhile.
    yew::Renderer::<strike_explorer::ui::what_it_takes::WhatItTakes>::with_root(host.clone())
        .render();
    assert!(room.query_selector("#s-takes").unwrap().is_some());
    let mut frames = 0;
    while room.query_selector("#s-takes").unwrap().is_some() && frames < 500 {
        // Each check is a task later, as a browser's frame would be.
        assert!(room.first_child().is_some(), "the place was left empty");
        TimeoutFuture::new(10).await;
        frames += 1;
    }
    // Then the part, drawn whole, in one step.
    assert!(host.is_connected(), "the part took the copy's place");
    assert_eq!(room.child_element_count(), 1);
    let takes = room.query_selector(".what-it-takes").unwrap();
    assert!(
        takes.is_some_and(|t| t
            .text_content()
            .unwrap_or_default()
            .contains("What it takes")),
        "{}",
        room.inner_html()
    );
    // A place with nothing held is mounted into as it is.
    let empty = document().create_element("div").unwrap();
    empty.set_class_name("test-root");
    assert_eq!(strike_explorer::web::part_host(empty.clone()), empty);
}

#[wasm_bindgen_test]
async fn over_the_pages_static_copy_the_app_is_built_apart_and_swapped_in_at_once() {
    // A page like the built one: `<div id="app">` holding the static first view.
    fresh_page();
    let page = document().create_element("div").unwrap();
    page.set_id("app");
    page.set_class_name("test-root");
    page.set_inner_html(&format!(
        "<div class=\"{}\"><p id=\"s-summary\">The example's summary.</p></div>",
        strike_explorer::web::FIRST_VIEW_CLASS
    ));
    document().body().unwrap().append_child(&page).unwrap();
    // Nothing in the copy may change while the app is built: no half-built
    // app on screen, no jump.
    let changes = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let count = {
        let changes = changes.clone();
        wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |m: js_sys::Array| {
            changes.set(changes.get() + m.length())
        })
    };
    let watch = web_sys::MutationObserver::new(count.as_ref().unchecked_ref()).unwrap();
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    init.set_attributes(true);
    init.set_character_data(true);
    watch.observe_with_options(&page, &init).unwrap();

    let host = strike_explorer::web::app_host().unwrap();
    assert!(!host.is_connected(), "the app is built off the page");
    host.set_class_name("test-root");
    yew::Renderer::<App>::with_root(host.clone()).render();
    for _ in 0..500 {
        if document().get_element_by_id("app").as_ref() == Some(&host) {
            break;
        }
        TimeoutFuture::new(10).await;
    }
    assert_eq!(
        document().get_element_by_id("app").as_ref(),
        Some(&host),
        "the app took the copy's place"
    );
    assert!(!page.is_connected());
    assert!(
        host.query_selector(".layout[data-ready='true'] #summary")
            .unwrap()
            .is_some_and(|s| s
                .text_content()
                .unwrap_or_default()
                .starts_with("At £3 a month")),
        "whole when it arrives: the results are there"
    );
    TimeoutFuture::new(0).await;
    watch.disconnect();
    assert_eq!(changes.get(), 0, "the copy stayed as it was until then");
    drop(count);
}

#[wasm_bindgen_test]
fn a_chart_drawn_again_at_the_same_size_looks_as_one_drawn_fresh() {
    use strike_explorer::chart::{spec, Scenario, Theme, CHARTS};
    use strike_explorer::model::simulate::simulate;
    use strike_explorer::ui::chart_view::draw_on_canvas;
    // A redraw at the same size keeps the canvas (a new size would clear it
    // and its settings): nothing of the last picture, nor its dashes, may show.
    let canvas = || {
        let c: web_sys::HtmlCanvasElement = document()
            .create_element("canvas")
            .unwrap()
            .dyn_into()
            .unwrap();
        c.set_attribute("style", "display: block; width: 480px; height: 240px")
            .unwrap();
        document().body().unwrap().append_child(&c).unwrap();
        c
    };
    let before = simulate(&Params::default());
    let after = simulate(&Params {
        national_days: vec![5, 6, 30],
        ..Params::default()
    });
    let one = |name, outcome| Scenario {
        name,
        outcome,
        bands: None,
    };
    // Two scenarios first: a dashed line is drawn, and left set, last.
    let first = [one("A", &before), one("In the sliders", &after)];
    let second = [one("This scenario", &after)];
    for def in &CHARTS {
        let (again, fresh) = (canvas(), canvas());
        draw_on_canvas(again.clone(), &spec(def, &first), Theme::LIGHT);
        let first_picture = again.to_data_url().unwrap();
        draw_on_canvas(again.clone(), &spec(def, &second), Theme::LIGHT);
        draw_on_canvas(fresh.clone(), &spec(def, &second), Theme::LIGHT);
        let (a, f) = (again.to_data_url().unwrap(), fresh.to_data_url().unwrap());
        assert_ne!(a, first_picture, "{}: the redraw changed nothing", def.id);
        assert!(a == f, "{}: drawn again differs from drawn fresh", def.id);
        again.remove();
        fresh.remove();
    }
}

#[wasm_bindgen_test]
async fn a_choice_that_brings_sliders_or_takes_them_away_stays_the_one_in_hand() {
    let root = mount().await;
    open_groups(&root).await;
    // The strike pay rule: a flat amount brings its slider and takes away the
    // two strike pay sliders. The box just chosen in must not be built again
    // (a keyboard would lose its place), nor any slider that stays.
    let rule: HtmlSelectElement = element(&root, "#rule");
    let stays: HtmlInputElement = element(&root, "#f-levy");
    let beside: HtmlInputElement = element(&root, "#f-wait");
    assert!(root.query_selector("#f-flat").unwrap().is_none());
    for (chosen, brought) in [("flat", "f-flat"), ("share", "f-tpay")] {
        rule.set_value(chosen);
        fire(&rule, "change");
        until(&root, &format!("label[for='{brought}']"), |t| !t.is_empty()).await;
        for (name, el) in [
            ("the choice", rule.unchecked_ref::<Element>()),
            ("a slider in its group", beside.unchecked_ref()),
            ("a slider in another group", stays.unchecked_ref()),
        ] {
            assert!(el.is_connected(), "{name} was built again ({chosen})");
        }
    }
    assert!(root.query_selector("#f-flat").unwrap().is_none());
}
