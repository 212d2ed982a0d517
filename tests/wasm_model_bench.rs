//! The model's benchmarks run in wasm in headless Chromium, timed with
//! `performance.now()`: the same cases as `benches/model.rs`, printed as
//! `FIGURE name ns` for `scripts/bench.sh` to compare with native.
//! Prints figures only; the comparison (at most 3x native) is the script's.
#![cfg(target_arch = "wasm32")]

#[path = "../benches/cases.rs"]
mod cases;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Median time per call in nanoseconds, over 31 batches of about 5 ms, after a warm-up.
fn median_ns(f: &dyn Fn()) -> f64 {
    let start = now();
    let mut calls = 0u32;
    // A long warm-up lets the browser finish compiling the hot code with its optimising tier.
    while now() - start < 300.0 {
        f();
        calls += 1;
    }
    let per_ms = (now() - start) / f64::from(calls);
    let batch = ((5.0 / per_ms).ceil() as u32).max(1);
    let mut samples: Vec<f64> = (0..31)
        .map(|_| {
            let t = now();
            for _ in 0..batch {
                f();
            }
            (now() - t) * 1e6 / f64::from(batch)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[15]
}

#[wasm_bindgen_test]
fn model_figures_in_wasm() {
    for c in cases::cases() {
        let ns = median_ns(&*c.run);
        console_log!(
            "FIGURE {} {ns:.0} (native budget {} ns)",
            c.name,
            c.budget.as_nanos()
        );
    }
}
