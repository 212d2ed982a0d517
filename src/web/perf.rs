//! Timings the app records with the browser's User Timing API, so the
//! benchmark (and anyone with the browser's tools) can read them:
//! `slider-to-pixels` measures from an input event to both charts drawn and
//! the summary updated; `first-chart` marks the app's charts first all drawn.

use super::window;

/// Mark set when a slider or other input changes.
pub const INPUT: &str = "input";
/// Measure from [`INPUT`] to both charts redrawn.
pub const SLIDER_TO_PIXELS: &str = "slider-to-pixels";
/// Mark set when the first chart is drawn.
pub const FIRST_CHART: &str = "first-chart";

fn performance() -> Option<web_sys::Performance> {
    window().and_then(|w| w.performance())
}

/// Marks the moment an input changed.
pub fn mark_input() {
    if let Some(p) = performance() {
        p.clear_marks_with_mark_name(INPUT);
        let _ = p.mark(INPUT);
    }
}

/// Marks the first time the app's charts are all drawn (once).
pub fn first_charts_drawn() {
    let Some(p) = performance() else { return };
    if p.get_entries_by_name(FIRST_CHART).length() == 0 {
        let _ = p.mark(FIRST_CHART);
    }
}

/// Called when both charts are drawn after a change: measures from the last
/// input, once.
pub fn charts_drawn() {
    let Some(p) = performance() else { return };
    if p.get_entries_by_name(INPUT).length() > 0 {
        let _ = p.measure_with_start_mark(SLIDER_TO_PIXELS, INPUT);
        p.clear_marks_with_mark_name(INPUT);
    }
}
