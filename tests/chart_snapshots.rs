//! The chart drawing function rendered to SVG natively: the same code that
//! draws the canvas on screen. Snapshots live in `tests/snapshots/`; after an
//! intended change, refresh them with `UPDATE_SNAPSHOTS=1 cargo test --test chart_snapshots`
//! and look at the new files before committing them.
#![cfg(not(target_arch = "wasm32"))]

use plotters::prelude::*;
use strike_explorer::chart::{draw, spec, ChartDef, ChartSpec, Scenario, Theme, CHARTS};
use strike_explorer::model::presets::preset;
use strike_explorer::model::uncertainty::bands;
use strike_explorer::model::{simulate, Params};

fn chart(id: &str) -> &'static ChartDef {
    CHARTS
        .iter()
        .find(|c| c.id == id)
        .expect("a chart with that id")
}

fn fund_spec<'a>(s: &[Scenario<'a>]) -> ChartSpec<'a> {
    spec(chart("fund"), s)
}

fn backlog_spec<'a>(s: &[Scenario<'a>]) -> ChartSpec<'a> {
    spec(chart("backlog"), s)
}

fn svg(spec: &ChartSpec) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (640, 300)).into_drawing_area();
        draw(&root, spec, &Theme::LIGHT).expect("drawing to SVG never fails");
    }
    out
}

fn check(name: &str, svg: &str) {
    let path = format!("{}/tests/snapshots/{name}.svg", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, svg).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("no snapshot {path}: run with UPDATE_SNAPSHOTS=1 and look at it")
    });
    assert!(
        want == svg,
        "{name}.svg differs from its snapshot; if intended, refresh with UPDATE_SNAPSHOTS=1"
    );
}

#[test]
fn default_fund_chart() {
    let p = Params::default();
    let o = simulate(&p);
    let s = svg(&fund_spec(&[Scenario {
        name: "A",
        outcome: &o,
        bands: None,
    }]));
    // The fund runs out in the default scenario: the chart calls it out.
    assert!(s.contains("Runs out 21 Jan"), "no runs-out label");
    assert!(s.contains("30 Nov"), "no date on the x axis");
    assert!(
        s.contains("£2.5m") || s.contains("£2m"),
        "no money on the y axis"
    );
    check("fund_default", &s);
}

#[test]
fn backlog_chart_with_band_and_national_days() {
    let mut p = preset("ban-and-strikes").unwrap().params();
    p.uncertainty.enabled = true;
    let o = simulate(&p);
    let b = bands(&p);
    let s = svg(&backlog_spec(&[Scenario {
        name: "A",
        outcome: &o,
        bands: Some(&b),
    }]));
    assert!(s.contains("Peak"), "no peak label");
    assert!(s.contains("wk"), "no weeks on the y axis");
    check("backlog_ban_and_strikes", &s);
}

#[test]
fn several_scenarios_on_one_chart() {
    let a = simulate(&preset("two-day").unwrap().params());
    let b = simulate(&preset("two-one-day").unwrap().params());
    let s = svg(&fund_spec(&[
        Scenario {
            name: "Two-day",
            outcome: &a,
            bands: None,
        },
        Scenario {
            name: "Two one-day",
            outcome: &b,
            bands: None,
        },
    ]));
    assert!(
        s.contains("Two-day") && s.contains("Two one-day"),
        "lines are not labelled"
    );
    assert!(
        s.contains("stroke-dasharray") || s.matches("<polyline").count() > 2,
        "second line not distinguished"
    );
    check("fund_two_scenarios", &s);
}

#[test]
fn chart_survives_a_flat_scenario() {
    let p = Params {
        targeted_strikers: 0,
        opening_fund: 0,
        levy_per_month: 0,
        fighting_fund_per_member: 0,
        ..Params::default()
    };
    let o = simulate(&p);
    let s = svg(&fund_spec(&[Scenario {
        name: "A",
        outcome: &o,
        bands: None,
    }]));
    assert!(s.starts_with("<svg"));
    assert!(!s.contains("NaN"));
}
