//! Native model benchmarks against the budgets of the model issue, with a
//! small harness of our own: each case runs in batches of about 5 ms, 31
//! batches, and the median time per call is compared with its budget.
//! Prints a table; exits non-zero when a budget is broken.
//!
//! `cargo bench --bench model` (scripts/bench.sh runs it too); add `-- NAME`
//! for the cases whose names hold NAME.

mod cases;

use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Median and fastest time per call, in nanoseconds.
fn measure(f: &dyn Fn()) -> (f64, f64) {
    // Warm up and size a batch to about 5 ms.
    let start = Instant::now();
    let mut calls = 0u64;
    while start.elapsed() < Duration::from_millis(50) {
        f();
        calls += 1;
    }
    let per = start.elapsed().as_secs_f64() / calls as f64;
    let batch = ((0.005 / per).ceil() as u64).max(1);
    let mut samples: Vec<f64> = (0..31)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..batch {
                f();
            }
            t.elapsed().as_nanos() as f64 / batch as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    (samples[samples.len() / 2], samples[0])
}

fn show(ns: f64) -> String {
    if ns < 1_000.0 {
        format!("{ns:.0} ns")
    } else if ns < 1_000_000.0 {
        format!("{:.2} µs", ns / 1_000.0)
    } else {
        format!("{:.2} ms", ns / 1_000_000.0)
    }
}

fn main() -> ExitCode {
    // `cargo test --benches` passes flags we ignore; only a real run measures.
    if std::env::args().any(|a| a == "--list" || a == "--test") {
        return ExitCode::SUCCESS;
    }
    // A word after the flags picks the cases whose names hold it, as
    // `cargo bench --bench model -- simulate` (all of them without one).
    let only = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_default();
    let cases: Vec<_> = cases::cases()
        .into_iter()
        .filter(|c| c.name.contains(&only))
        .collect();
    println!(
        "{:<34} {:>12} {:>12} {:>12}  verdict",
        "native model", "median", "fastest", "budget"
    );
    let mut broken = 0;
    for c in &cases {
        let (median, fastest) = measure(&*c.run);
        let ok = median <= c.budget.as_nanos() as f64;
        broken += usize::from(!ok);
        println!("FIGURE {} {median:.0}", c.name);
        println!(
            "{:<34} {:>12} {:>12} {:>12}  {}",
            c.name,
            show(median),
            show(fastest),
            show(c.budget.as_nanos() as f64),
            if ok { "within budget" } else { "OVER BUDGET" }
        );
    }
    if broken > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
