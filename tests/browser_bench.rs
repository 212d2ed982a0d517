//! The browser benchmark: the release app served on 127.0.0.1 and driven in
//! headless Chromium. Prints first-chart times (cold cache, a fresh browser
//! profile each load, opened once the browser has started: the first paint,
//! which holds the page's static charts, and the app's own charts drawn) and
//! slider-to-pixels times over scripted slider moves, with uncertainty bands
//! off and on and with three scenarios compared, against the budgets of the
//! performance issue. Fails when a budget is broken.
//!
//! Not part of the test command (times are noisy): `scripts/bench.sh` runs it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use std::time::Duration;
use support::{browser, dist_dir, open_all_groups, open_app, serve, webdriver, Driver};

const SLIDERS: [&str; 10] = [
    "levy", "tpay", "strikers", "members", "part", "ot", "tweeks", "density", "fund", "backlog",
];

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

async fn durations(c: &Client, name: &str) -> Vec<f64> {
    let script = format!("return performance.getEntriesByName('{name}').map(e => e.duration)");
    let v = c.execute(&script, vec![]).await.expect("read timings");
    let mut out: Vec<f64> = serde_json::from_value(v).unwrap_or_default();
    out.sort_by(f64::total_cmp);
    out
}

/// Moves every slider back and forth by keyboard, `rounds` times each way.
async fn move_sliders(c: &Client, rounds: usize) -> usize {
    let mut moves = 0;
    for key in SLIDERS {
        let el = c
            .find(Locator::Id(&format!("f-{key}")))
            .await
            .expect("slider");
        for k in 0..rounds * 2 {
            let arrow = if k < rounds { Key::Right } else { Key::Left };
            el.send_keys(&arrow.to_string()).await.expect("key");
            moves += 1;
        }
    }
    moves
}

/// Jumps sliders to values across their whole range, as a drag from one end
/// to the other or a typed value does (weeks to model 4 to 104 rebuilds the
/// calendar; members to 500,000): `n` jumps, each slider in turn, each to a
/// value from a fixed pseudo-random sequence, so every run makes the same jumps.
async fn jump_sliders(c: &Client, n: usize) -> usize {
    let script = "
      const [i, r] = arguments;
      const all = [...document.querySelectorAll('.panel input[type=range]')];
      const el = all[i % all.length];
      const min = +el.min, max = +el.max, step = +el.step || 1;
      let v = min + Math.round((r * (max - min)) / step) * step;
      if (String(v) === el.value) v = v === max ? min : max;
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      return all.length;";
    let mut seed: u64 = 0x5eed_2026;
    let mut sliders = 0;
    for i in 0..n {
        // A small linear congruential sequence: the same jumps every run.
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let r = (seed >> 11) as f64 / (1u64 << 53) as f64;
        let v = c
            .execute(script, vec![i.into(), r.into()])
            .await
            .expect("a jump");
        sliders = v.as_u64().unwrap_or(0) as usize;
        // The next jump comes after this one has drawn, as a person's would.
        let _ = c
            .execute_async(
                "requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]))",
                vec![],
            )
            .await;
    }
    sliders
}

fn report(label: &str, t: &[f64], median_budget: f64, p95_budget: f64) -> bool {
    let (med, p95, max) = (
        percentile(t, 0.5),
        percentile(t, 0.95),
        t.last().copied().unwrap_or(f64::NAN),
    );
    let ok = t.len() >= 200 && med < median_budget && p95 < p95_budget;
    println!(
        "FIGURE {label}: n={} median={med:.2} ms p95={p95:.2} ms max={max:.2} ms (budget median < {median_budget} ms, p95 < {p95_budget} ms) {}",
        t.len(),
        if ok { "within budget" } else { "OVER BUDGET" }
    );
    ok
}

/// A fresh browser (a new profile, so a cold cache), given time to finish its
/// own start-up before it opens the page. As it starts, Chromium loads pages
/// of its own (the address bar's list is a web page, 130 files): on two
/// processors that took 315 ms of processor time between our page's request
/// and its first paint (26 ms once the browser had two seconds to start),
/// and made the first paint 90 to 220 ms later (27 November 2026,
/// `docs/PERFORMANCE.md`). A visitor's browser is already running when they
/// open a link, and the budget counts from navigation start, so the page is
/// opened once the browser has started.
async fn started_browser(driver: &Driver, width: u32, height: u32) -> Client {
    let c = browser(driver, width, height).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    c
}

#[tokio::test]
#[ignore = "a benchmark: run by scripts/bench.sh"]
async fn browser_budgets() {
    let url = serve(dist_dir());
    let driver = webdriver();
    let mut ok = true;

    // First chart, cold cache: a fresh profile for each of five loads. Where
    // the page holds its static first view (issue 18), the charts are on
    // screen at its first paint, as SVG; the app's own charts, drawn once it
    // has started, are shown beside (the time to a working page).
    let mut first = Vec::new();
    let mut live = Vec::new();
    for _ in 0..5 {
        let c = started_browser(&driver, 1280, 900).await;
        open_app(&c, &url).await;
        let v = c
            .execute(
                "const p = performance, f = p.getEntriesByName('first-contentful-paint')[0],
                       app = p.getEntriesByName('first-chart')[0].startTime,
                       copy = document.documentElement.hasAttribute('data-first-view-moved');
                 return [copy && f ? f.startTime : app, app]",
                vec![],
            )
            .await
            .expect("first-chart mark");
        let at = |i: usize| v.get(i).and_then(|x| x.as_f64()).unwrap_or(f64::NAN);
        first.push(at(0));
        live.push(at(1));
        let _ = c.close().await;
    }
    first.sort_by(f64::total_cmp);
    live.sort_by(f64::total_cmp);
    let median = percentile(&first, 0.5);
    let first_ok = median < 400.0;
    ok &= first_ok;
    println!(
        "FIGURE first chart on screen, cold cache: median={median:.0} ms of 5 loads {:?} (budget < 400 ms) {}",
        first.iter().map(|x| x.round()).collect::<Vec<_>>(),
        if first_ok { "within budget" } else { "OVER BUDGET" }
    );
    println!(
        "FIGURE the app's own charts drawn, cold cache: median={:.0} ms of 5 loads {:?} (shown)",
        percentile(&live, 0.5),
        live.iter().map(|x| x.round()).collect::<Vec<_>>(),
    );

    let c = started_browser(&driver, 1280, 900).await;
    open_app(&c, &url).await;
    c.execute("performance.clearMeasures()", vec![])
        .await
        .expect("clear");
    let moves = move_sliders(&c, 12).await;
    let off = durations(&c, "slider-to-pixels").await;
    println!("slider moves made (bands off): {moves}");
    ok &= report("slider to pixels, bands off", &off, 4.0, 8.0);

    // Big jumps: every slider, to values across its whole range.
    open_all_groups(&c).await;
    c.execute("performance.clearMeasures()", vec![])
        .await
        .expect("clear");
    let sliders = jump_sliders(&c, 400).await;
    let jumps = durations(&c, "slider-to-pixels").await;
    println!("big jumps made: 400, across {sliders} sliders (a jump that changes no figure draws nothing and is not timed)");
    ok &= report("slider to pixels, big jumps", &jumps, 4.0, 8.0);
    // Back to the defaults for what follows.
    open_app(&c, &url).await;

    open_all_groups(&c).await;
    c.find(Locator::Id("bands"))
        .await
        .expect("bands")
        .click()
        .await
        .expect("bands on");
    c.execute("performance.clearMeasures()", vec![])
        .await
        .expect("clear");
    let moves = move_sliders(&c, 12).await;
    let on = durations(&c, "slider-to-pixels").await;
    println!("slider moves made (bands on, 200 runs): {moves}");
    ok &= report("slider to pixels, bands on", &on, 16.0, 16.0);
    let _ = c.close().await;

    // Three scenarios on the charts: two kept beside the one in the sliders.
    let c = started_browser(&driver, 1280, 900).await;
    open_app(
        &c,
        &format!("{url}/?v=3&nd=20,25&keep=Two-day%20strike~nd:20,21&keep=Five~levy:5;nd:20,21"),
    )
    .await;
    c.execute("performance.clearMeasures()", vec![])
        .await
        .expect("clear");
    let moves = move_sliders(&c, 12).await;
    let three = durations(&c, "slider-to-pixels").await;
    println!("slider moves made (three scenarios drawn): {moves}");
    ok &= report("slider to pixels, three scenarios", &three, 4.0, 8.0);
    let _ = c.close().await;
    assert!(ok, "a browser budget is broken: see the figures above");
}
