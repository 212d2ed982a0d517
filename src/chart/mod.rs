//! The charts, drawn once for every backend: the canvas on screen and SVG in
//! tests and downloads. A chart is data: a [`ChartDef`] says which series it
//! shows, and [`spec`] turns a list of scenarios into what to draw, so a third
//! chart, a second scenario or a backlog line per area is a change of data.
//! Drawing ([`draw()`]) is generic over plotters' `DrawingBackend`; axis ranges
//! are worked out in pure code that never collapses or inverts them.

pub mod draw;
pub mod export;
pub mod theme;

pub use draw::{draw, draw_dashing, runs, SetDash};
pub use theme::Theme;

use crate::format::{date_short, money_compact, trim, weeks_beside};
use crate::model::calendar::Date;
use crate::model::simulate::{DayAction, Metric, Outcome};
use crate::model::uncertainty::Bands;

/// How a scenario's line is drawn, so lines differ without colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    /// A solid line.
    Solid,
    /// A dashed line.
    Dashed,
    /// A dotted line.
    Dotted,
}

impl Dash {
    /// The dash of the scenario at this place in a list: solid, dashed, dotted, again.
    pub fn nth(i: usize) -> Dash {
        [Dash::Solid, Dash::Dashed, Dash::Dotted][i % 3]
    }

    /// In words, for legends: `solid line`.
    pub fn words(self) -> &'static str {
        match self {
            Dash::Solid => "solid line",
            Dash::Dashed => "dashed line",
            Dash::Dotted => "dotted line",
        }
    }
}

/// One line: a series of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Its name, in the legend.
    pub name: String,
    /// What is written at its end when there is more than one line: its
    /// name, or with several scenarios their letter and the part (`A`,
    /// `B: targeted areas`), short so the lines' ends stay readable; the
    /// legend gives the whole name.
    pub label: String,
    /// One value a working day, in the chart's unit.
    pub values: Vec<f64>,
    /// How it is drawn.
    pub dash: Dash,
    /// Its colour: an index into the theme's line colours.
    pub colour: usize,
}

/// A point to call out, with a label.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Working day (index) of the point.
    pub day: usize,
    /// Value at the point, in the chart's unit.
    pub value: f64,
    /// Short label drawn beside it.
    pub label: String,
}

/// What kind of values a chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Money in pounds (the model's series are in pence).
    Pounds,
    /// Weeks of work.
    WeeksOfWork,
}

impl Measure {
    /// A value of the model's series in this unit.
    pub fn from_model(self, v: f64) -> f64 {
        match self {
            Measure::Pounds => v / 100.0,
            Measure::WeeksOfWork => v,
        }
    }

    /// An axis label: `£2.5m`, `4.1 wk`.
    pub fn label(self, v: f64) -> String {
        match self {
            Measure::Pounds => money_compact((v * 100.0).round() as i64),
            Measure::WeeksOfWork => format!("{} wk", trim(v, 1)),
        }
    }
}

/// Everything one chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec<'a> {
    /// The working days along the x axis.
    pub dates: &'a [Date],
    /// The action on each day, shaded behind the lines: the first scenario's,
    /// the one in the sliders (several plans shaded at once would be unreadable).
    pub action: &'a [DayAction],
    /// The lines: one for each scenario and series.
    pub lines: Vec<Line>,
    /// Low and high edges of each uncertainty band (any scenario that has one).
    pub bands: Vec<(Vec<f64>, Vec<f64>)>,
    /// Points to call out.
    pub markers: Vec<Marker>,
    /// The unit of the y axis.
    pub measure: Measure,
    /// How the y axis is chosen.
    pub axis: Axis,
    /// A level to mark across the chart with its label (the backlog at the
    /// start, where the axis does not start at zero).
    pub reference: Option<Marker>,
    /// With several scenarios, each one's name and dash, for a picture's key:
    /// `A: Two-day strike (solid line)`. Empty with one.
    pub key: Vec<String>,
}

/// How a chart's y axis is chosen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Axis {
    /// From zero (or below it), with the zero line drawn when the values go below it.
    FromZero,
    /// Fitted to the values and the reference level, so that changes show,
    /// but never narrower than `min_span` (in the chart's unit), so that small
    /// changes are not blown up; never below zero.
    Fitted {
        /// The least span of the axis, in the chart's unit.
        min_span: f64,
    },
}

/// A y range that holds every finite value (and zero if asked), padded, never
/// empty or inverted, whatever the input.
pub fn y_range<'a>(series: impl IntoIterator<Item = &'a f64>, include_zero: bool) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for &v in series {
        if v.is_finite() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    if include_zero || !lo.is_finite() {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    if !hi.is_finite() {
        hi = lo + 1.0;
    }
    let span = hi - lo;
    let pad = if span > 1e-9 * lo.abs().max(hi.abs()).max(1.0) {
        span * 0.08
    } else {
        lo.abs().max(1.0) * 0.1
    };
    (lo - pad, hi + pad)
}

/// A y range fitted to the finite values, padded, at least `min_span` wide
/// (centred on the values) and never below zero: for quantities that cannot
/// be negative, shown where they move.
pub fn fitted_range<'a>(series: impl IntoIterator<Item = &'a f64>, min_span: f64) -> (f64, f64) {
    let (lo, hi) = y_range(series, false);
    let min_span = if min_span.is_finite() {
        min_span.max(0.0)
    } else {
        0.0
    };
    let (mut lo, mut hi) = if hi - lo < min_span {
        let mid = (lo + hi) / 2.0;
        (mid - min_span / 2.0, mid + min_span / 2.0)
    } else {
        (lo, hi)
    };
    if lo < 0.0 {
        hi -= lo;
        lo = 0.0;
    }
    (lo, hi)
}

impl ChartSpec<'_> {
    /// The y range of everything drawn.
    pub fn y_range(&self) -> (f64, f64) {
        let lines = self.lines.iter().flat_map(|l| l.values.iter());
        let bands = self
            .bands
            .iter()
            .flat_map(|(a, b)| a.iter().chain(b.iter()));
        let reference = self.reference.iter().map(|r| &r.value);
        let all = lines.chain(bands).chain(reference);
        match self.axis {
            Axis::FromZero => y_range(all, true),
            Axis::Fitted { min_span } => fitted_range(all, min_span),
        }
    }
}

/// One chart of the app: what it shows and how it reads.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartDef {
    /// Stable id: element ids and file names (`fund`, `backlog`).
    pub id: &'static str,
    /// Its title, with the unit.
    pub title: &'static str,
    /// The series it draws for each scenario.
    pub metrics: &'static [Metric],
    /// The unit of the y axis.
    pub measure: Measure,
    /// How the y axis is chosen.
    pub axis: Axis,
    /// One sentence on how to read it, under the legend.
    pub reading: &'static str,
}

/// The charts, in the order shown.
pub static CHARTS: [ChartDef; 2] = [
    ChartDef {
        id: "fund",
        title: "Strike fund balance (£)",
        metrics: &[Metric::Fund],
        measure: Measure::Pounds,
        axis: Axis::FromZero,
        reading: "Below the zero line, the fund is short by that much.",
    },
    ChartDef {
        id: "backlog",
        title: "Work backlog (weeks of work)",
        metrics: &[Metric::Backlog, Metric::AreaBacklog],
        measure: Measure::WeeksOfWork,
        // A backlog moves by tenths of a week where a fund moves by millions:
        // from zero, the differences the plans make would not show.
        axis: Axis::Fitted { min_span: 1.0 },
        reading: "The axis does not start at zero, so that changes show; it always spans at least one week of work. The thin dashed line is the backlog at the start. A week of work is what all staff, with their usual overtime, do in five days; the targeted areas' line counts weeks of their own work.",
    },
];

/// A scenario to draw: its name, outcome and bands (if computed).
#[derive(Clone, Copy, Debug)]
pub struct Scenario<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its outcome.
    pub outcome: &'a Outcome,
    /// Its uncertainty bands, if computed.
    pub bands: Option<&'a Bands>,
}

/// The points a series calls out: where the fund runs out; the backlog's peak.
fn markers(m: Metric, o: &Outcome, measure: Measure) -> Vec<Marker> {
    match m {
        Metric::Fund => o
            .days
            .iter()
            .position(|d| d.fund_short)
            .map(|i| Marker {
                day: i,
                value: 0.0,
                label: format!("Runs out {}", date_short(o.dates[i])),
            })
            .into_iter()
            .collect(),
        Metric::Backlog | Metric::AreaBacklog => {
            let h = &o.headline;
            let (peak, on, name) = match m {
                Metric::AreaBacklog => match h.area_peak {
                    Some((v, d)) => (v, d, "Targeted areas' peak"),
                    None => return Vec::new(),
                },
                _ => (h.peak_backlog.0, h.peak_backlog.1, "Peak"),
            };
            if peak <= h.backlog_start_end.0 {
                return Vec::new();
            }
            o.dates
                .iter()
                .position(|d| *d == on)
                .map(|day| Marker {
                    day,
                    value: measure.from_model(peak),
                    label: format!("{name} {}", weeks_beside(peak, h.backlog_start_end.0).0),
                })
                .into_iter()
                .collect()
        }
    }
}

/// The name of a series' line: the scenario's, and which part of the
/// employer when a chart shows more than one.
fn line_name(scenario: &str, m: Metric, parts: bool, several: bool) -> String {
    let part = match m {
        Metric::AreaBacklog => "Targeted areas",
        _ if parts => "Across the employer",
        _ => return scenario.to_string(),
    };
    if several {
        format!("{scenario}: {}", part.to_ascii_lowercase())
    } else {
        part.to_string()
    }
}

/// What one chart draws for a list of scenarios (which may be empty): a line
/// for each scenario and series, told apart by dash (with one scenario, each
/// series its own; with several, each scenario its own, its series named at
/// their ends); each scenario's bands and call-outs (named by the scenario's
/// letter when there are several, and one call-out for a point several
/// share); the first scenario's action shaded.
pub fn spec<'a>(def: &ChartDef, scenarios: &[Scenario<'a>]) -> ChartSpec<'a> {
    let measure = def.measure;
    let scale = |v: &[f64]| v.iter().map(|&x| measure.from_model(x)).collect::<Vec<_>>();
    let mut lines = Vec::new();
    let mut bands = Vec::new();
    let mut marks = Vec::new();
    let several = scenarios.len() > 1;
    for (i, s) in scenarios.iter().enumerate() {
        let series: Vec<(Metric, Vec<f64>)> = def
            .metrics
            .iter()
            .map(|&m| (m, s.outcome.series(m)))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        let parts = series.len() > 1;
        for (m, values) in series {
            let style = if several { i } else { lines.len() };
            let name = line_name(s.name, m, parts, several);
            let letter = s.name.split(':').next().unwrap_or(s.name);
            let label = match (several, parts) {
                (false, _) => name.clone(),
                (true, false) => letter.to_string(),
                (true, true) => format!(
                    "{letter}: {}",
                    line_name("", m, true, false).to_ascii_lowercase()
                ),
            };
            lines.push(Line {
                name,
                label,
                values: scale(&values),
                dash: Dash::nth(style),
                colour: style,
            });
            if let Some(b) = s.bands.and_then(|b| b.of(m)) {
                bands.push((scale(&b.p10), scale(&b.p90)));
            }
            for mut mark in markers(m, s.outcome, measure) {
                if !several {
                    marks.push(mark);
                } else if let Some(same) = marks
                    .iter_mut()
                    .find(|o: &&mut Marker| o.day == mark.day && o.value == mark.value)
                {
                    // One call-out for a point several scenarios share: `A, C: Peak 4.1 weeks`.
                    if let Some((who, what)) = same.label.split_once(": ") {
                        same.label = format!("{who}, {letter}: {what}");
                    }
                } else {
                    mark.label = format!("{letter}: {}", mark.label);
                    marks.push(mark);
                }
            }
        }
    }
    let first = scenarios.first().map(|s| s.outcome);
    // Where the axis does not start at zero, the level the first scenario
    // started at is marked, so a rise is read against it.
    let reference = match (def.axis, first, def.metrics.first()) {
        (Axis::Fitted { .. }, Some(o), Some(Metric::Backlog)) => {
            let start = measure.from_model(o.headline.backlog_start_end.0);
            Some(Marker {
                day: 0,
                value: start,
                label: format!("At the start: {}", measure.label(start)),
            })
        }
        _ => None,
    };
    let key = if several {
        scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{} ({})", s.name, Dash::nth(i).words()))
            .collect()
    } else {
        Vec::new()
    };
    ChartSpec {
        key,
        dates: first.map_or(&[], |o| &o.dates),
        action: first.map_or(&[], |o| &o.action),
        lines,
        bands,
        markers: marks,
        measure,
        axis: def.axis,
        reference,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{simulate, Params};

    #[test]
    fn a_fitted_axis_shows_changes_without_blowing_them_up() {
        // A tenth of a week on a 4-week backlog: a one-week axis, not zero to 4.
        let (lo, hi) = fitted_range([4.0, 4.1].iter(), 1.0);
        assert!(
            (hi - lo - 1.0).abs() < 1e-9 && lo > 3.0 && hi < 5.0,
            "{lo}..{hi}"
        );
        // A big rise is shown whole, padded.
        let (lo, hi) = fitted_range([4.0, 6.2].iter(), 1.0);
        assert!(lo < 4.0 && hi > 6.2 && hi - lo < 2.2 * 1.2, "{lo}..{hi}");
        // Never below zero.
        let (lo, hi) = fitted_range([0.0, 0.1].iter(), 1.0);
        assert!(lo == 0.0 && (hi - 1.0).abs() < 1e-9, "{lo}..{hi}");
        // Nothing finite still gives a usable range.
        let (lo, hi) = fitted_range([f64::NAN].iter(), f64::NAN);
        assert!(lo.is_finite() && hi.is_finite() && lo < hi);
    }

    #[test]
    fn ranges_never_collapse_or_invert() {
        let cases: [&[f64]; 6] = [
            &[],
            &[5.0, 5.0],
            &[f64::NAN],
            &[-3.0, 7.0],
            &[1e12, 1e12],
            &[f64::INFINITY, 2.0],
        ];
        for c in cases {
            for zero in [false, true] {
                let (lo, hi) = y_range(c.iter(), zero);
                assert!(
                    lo.is_finite() && hi.is_finite() && lo < hi,
                    "{c:?} {zero}: {lo}..{hi}"
                );
                for v in c.iter().filter(|v| v.is_finite()) {
                    assert!(lo <= *v && *v <= hi);
                }
                if zero {
                    assert!(lo <= 0.0 && hi >= 0.0);
                }
            }
        }
    }

    #[test]
    fn no_scenarios_draw_an_empty_chart() {
        for def in &CHARTS {
            let s = spec(def, &[]);
            assert!(s.lines.is_empty() && s.dates.is_empty() && s.markers.is_empty());
        }
    }

    #[test]
    fn an_empty_chart_draws_without_panicking() {
        use plotters::prelude::{IntoDrawingArea, SVGBackend};
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (320, 200)).into_drawing_area();
            draw(&area, &spec(&CHARTS[1], &[]), &Theme::DARK).expect("draws");
        }
        assert!(out.starts_with("<svg") && !out.contains("NaN"));
    }

    #[test]
    fn every_scenario_gets_its_line_dash_and_call_outs() {
        let a = simulate(&Params::default());
        let b = simulate(&Params {
            levy_per_month: 0,
            ..Params::default()
        });
        let both = [
            Scenario {
                name: "A",
                outcome: &a,
                bands: None,
            },
            Scenario {
                name: "B",
                outcome: &b,
                bands: None,
            },
        ];
        let s = spec(&CHARTS[0], &both);
        assert_eq!(s.lines.len(), 2);
        assert_eq!(
            (s.lines[0].dash, s.lines[1].dash),
            (Dash::Solid, Dash::Dashed)
        );
        // Both funds run out, so each has its call-out, named.
        let labels: Vec<&str> = s.markers.iter().map(|m| m.label.as_str()).collect();
        assert!(labels[0].starts_with("A: Runs out"), "{labels:?}");
        assert!(labels[1].starts_with("B: Runs out"), "{labels:?}");
        assert_eq!(s.lines[0].values[0], 2_500_000.0);
        // At the lines' ends, the letters; in the legend, the names.
        let both = [
            Scenario {
                name: "A: Two-day strike",
                ..both[0]
            },
            Scenario {
                name: "B: in the sliders",
                ..both[1]
            },
        ];
        let s = spec(&CHARTS[1], &both);
        let labels: Vec<&str> = s.lines.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "A: across the employer",
                "A: targeted areas",
                "B: across the employer",
                "B: targeted areas"
            ]
        );
        assert_eq!(s.lines[1].name, "A: Two-day strike: targeted areas");
        assert_eq!(spec(&CHARTS[0], &both).lines[1].label, "B");
    }
}
