//! The model's benchmark cases, shared by the native harness
//! (`benches/model.rs`) and the same runs in wasm (`tests/wasm_model_bench.rs`).

use std::hint::black_box;
use std::time::Duration;
use strike_explorer::model::presets::preset;
use strike_explorer::model::{simulate, solve, uncertainty, Params};

/// One case: its name (as printed in `FIGURE name ns` lines), its native budget
/// and what is timed.
pub struct Case {
    /// Name, stable for scripts.
    pub name: &'static str,
    /// Native budget per call (the model issue's).
    pub budget: Duration,
    /// One call.
    pub run: Box<dyn Fn()>,
}

/// The default scenario, a solver call or two, and a 200-run band.
pub fn cases() -> Vec<Case> {
    let p = Params::default();
    let mut banded = preset("sustained")
        .map(|pr| pr.params())
        .unwrap_or_default();
    banded.uncertainty.enabled = true;
    let case = |name, budget, run: Box<dyn Fn()>| Case { name, budget, run };
    vec![
        case("simulate-26-weeks", Duration::from_micros(5), {
            let p = p.clone();
            Box::new(move || drop(black_box(simulate(black_box(&p)))))
        }),
        case("solve-lowest-levy", Duration::from_micros(500), {
            let p = p.clone();
            Box::new(move || {
                black_box(solve::lowest_levy(black_box(&p)));
            })
        }),
        case("solve-most-strikers", Duration::from_micros(500), {
            Box::new(move || {
                black_box(solve::most_strikers(black_box(&p)));
            })
        }),
        case("bands-200-runs", Duration::from_millis(2), {
            Box::new(move || drop(black_box(uncertainty::bands(black_box(&banded)))))
        }),
    ]
}
