//! The charts, drawn once for every backend: the canvas on screen and SVG in
//! tests and downloads. Every function here is generic over plotters'
//! [`DrawingBackend`]; axis ranges are worked out in pure code that never
//! collapses or inverts them.

use crate::format::{date_short, money_compact, trim};
use crate::model::calendar::Date;
use crate::model::simulate::{DayAction, Outcome};
use crate::model::uncertainty::Band;
use plotters::coord::Shift;
use plotters::prelude::*;

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

/// One scenario's line.
#[derive(Clone, Debug)]
pub struct Line<'a> {
    /// Its name, written at the line's end when there is more than one.
    pub name: &'a str,
    /// One value a working day.
    pub values: Vec<f64>,
    /// How it is drawn.
    pub dash: Dash,
}

/// A point to call out, with a label.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Working day (index) of the point.
    pub day: usize,
    /// Value at the point.
    pub value: f64,
    /// Short label drawn beside it.
    pub label: String,
}

/// What kind of values the chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Money in pounds.
    Pounds,
    /// Weeks of work.
    WeeksOfWork,
}

impl Measure {
    fn label(self, v: f64) -> String {
        match self {
            Measure::Pounds => money_compact((v * 100.0).round() as i64),
            Measure::WeeksOfWork => format!("{} wk", trim(v, 1)),
        }
    }
}

/// Everything one chart draws.
#[derive(Clone, Debug)]
pub struct ChartSpec<'a> {
    /// The working days along the x axis.
    pub dates: &'a [Date],
    /// The action on each day, shaded behind the lines (of the first scenario).
    pub action: &'a [DayAction],
    /// The lines: one a scenario.
    pub lines: Vec<Line<'a>>,
    /// Low and high edges of an uncertainty band, if any.
    pub band: Option<(Vec<f64>, Vec<f64>)>,
    /// Points to call out.
    pub markers: Vec<Marker>,
    /// The unit of the y axis.
    pub measure: Measure,
    /// Whether to draw and always include the zero line.
    pub zero_line: bool,
}

/// Colours and sizes of a chart.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    /// Background.
    pub background: RGBColor,
    /// Text and axes.
    pub text: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// Scenario lines, in order.
    pub lines: [RGBColor; 3],
    /// Uncertainty band fill.
    pub band: RGBColor,
    /// National strike days.
    pub national: RGBColor,
    /// Targeted strike days.
    pub targeted: RGBColor,
    /// Overtime ban days.
    pub ban: RGBColor,
    /// Multiplier for fonts and lines (device pixel ratio on screen).
    pub scale: f64,
}

impl Theme {
    /// Dark text on white.
    pub const LIGHT: Theme = Theme {
        background: RGBColor(255, 255, 255),
        text: RGBColor(33, 33, 33),
        grid: RGBColor(225, 225, 225),
        lines: [
            RGBColor(0, 90, 160),
            RGBColor(200, 70, 0),
            RGBColor(90, 90, 90),
        ],
        band: RGBColor(170, 200, 235),
        national: RGBColor(240, 190, 190),
        targeted: RGBColor(253, 232, 200),
        ban: RGBColor(120, 120, 200),
        scale: 1.0,
    };

    /// Light text on near-black.
    pub const DARK: Theme = Theme {
        background: RGBColor(24, 24, 27),
        text: RGBColor(235, 235, 235),
        grid: RGBColor(60, 60, 66),
        lines: [
            RGBColor(110, 180, 255),
            RGBColor(255, 150, 80),
            RGBColor(200, 200, 200),
        ],
        band: RGBColor(40, 70, 110),
        national: RGBColor(110, 45, 45),
        targeted: RGBColor(80, 60, 30),
        ban: RGBColor(150, 150, 240),
        scale: 1.0,
    };

    /// This theme at a pixel ratio.
    pub fn scaled(self, scale: f64) -> Theme {
        Theme {
            scale: if scale.is_finite() {
                scale.clamp(0.5, 4.0)
            } else {
                1.0
            },
            ..self
        }
    }

    fn px(&self, v: f64) -> u32 {
        (v * self.scale).round().max(1.0) as u32
    }
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

impl ChartSpec<'_> {
    /// The y range of everything drawn.
    pub fn y_range(&self) -> (f64, f64) {
        let lines = self.lines.iter().flat_map(|l| l.values.iter());
        let band = self.band.iter().flat_map(|(a, b)| a.iter().chain(b.iter()));
        y_range(lines.chain(band), self.zero_line)
    }
}

/// Draws a chart onto any plotters drawing area.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    theme: &Theme,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&theme.background)?;
    let n = spec.dates.len().max(2);
    let (lo, hi) = spec.y_range();
    let font = |size: f64| {
        ("sans-serif", size * theme.scale)
            .into_font()
            .color(&theme.text)
    };
    let mut chart = ChartBuilder::on(area)
        .margin(theme.px(10.0))
        .x_label_area_size(theme.px(24.0))
        .y_label_area_size(theme.px(52.0))
        .build_cartesian_2d(-0.5..(n as f64 - 0.5), lo..hi)?;
    let dates = spec.dates;
    let x_label = |x: &f64| {
        let i = x.round();
        if i >= 0.0 && (i as usize) < dates.len() && (x - i).abs() < 1e-6 {
            date_short(dates[i as usize])
        } else {
            String::new()
        }
    };
    let y_label = |y: &f64| spec.measure.label(*y);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(6)
        .y_labels(5)
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .label_style(font(12.0))
        .axis_style(theme.text.stroke_width(theme.px(1.0)))
        .light_line_style(theme.background)
        .bold_line_style(theme.grid.stroke_width(theme.px(1.0)))
        .draw()?;

    // Action behind everything: targeted days, national days full height; the ban as a strip.
    let strip = (hi - lo) * 0.04;
    let shade = |pick: fn(&DayAction) -> bool, top: f64, bottom: f64, colour: RGBColor| {
        runs(spec.action, pick).map(move |(a, b)| {
            Rectangle::new(
                [(a as f64 - 0.5, top), (b as f64 + 0.5, bottom)],
                colour.filled(),
            )
        })
    };
    chart.draw_series(shade(|a| a.targeted, hi, lo, theme.targeted))?;
    chart.draw_series(shade(|a| a.national, hi, lo, theme.national))?;
    chart.draw_series(shade(|a| a.ban, lo + strip, lo, theme.ban))?;

    if let Some((low, high)) = &spec.band {
        let mut points: Vec<(f64, f64)> = high
            .iter()
            .enumerate()
            .map(|(i, &v)| (i as f64, v))
            .collect();
        points.extend(low.iter().enumerate().rev().map(|(i, &v)| (i as f64, v)));
        chart.draw_series(std::iter::once(Polygon::new(
            points,
            theme.band.mix(0.7).filled(),
        )))?;
    }
    if spec.zero_line && lo < 0.0 {
        chart.draw_series(LineSeries::new(
            [(-0.5, 0.0), (n as f64 - 0.5, 0.0)],
            theme.text.stroke_width(theme.px(1.0)),
        ))?;
    }
    for (k, line) in spec.lines.iter().enumerate() {
        let colour = theme.lines[k % theme.lines.len()];
        let style = colour.stroke_width(theme.px(2.5));
        let points = line.values.iter().enumerate().map(|(i, &v)| (i as f64, v));
        match line.dash {
            Dash::Solid => {
                chart.draw_series(LineSeries::new(points, style))?;
            }
            Dash::Dashed => {
                chart.draw_series(DashedLineSeries::new(
                    points,
                    theme.px(8.0),
                    theme.px(5.0),
                    style,
                ))?;
            }
            Dash::Dotted => {
                chart.draw_series(DashedLineSeries::new(
                    points,
                    theme.px(2.0),
                    theme.px(4.0),
                    style,
                ))?;
            }
        }
        if spec.lines.len() > 1 {
            if let Some(&last) = line.values.last() {
                let at = (line.values.len() as f64 - 1.0, last);
                let style = font(12.0).pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Right,
                    plotters::style::text_anchor::VPos::Bottom,
                ));
                let dy = -(theme.px(4.0 + 14.0 * k as f64) as i32);
                chart.draw_series(std::iter::once(
                    EmptyElement::at(at) + Text::new(line.name.to_string(), (0, dy), style),
                ))?;
            }
        }
    }
    for m in &spec.markers {
        let at = (m.day as f64, m.value);
        chart.draw_series(std::iter::once(Circle::new(
            at,
            theme.px(4.0),
            theme.text.filled(),
        )))?;
        // Labels sit to the left of points in the right half, so they stay inside.
        let (dx, anchor) = if m.day * 2 > n {
            (
                -(theme.px(8.0) as i32),
                plotters::style::text_anchor::HPos::Right,
            )
        } else {
            (
                theme.px(8.0) as i32,
                plotters::style::text_anchor::HPos::Left,
            )
        };
        let style = font(13.0).pos(plotters::style::text_anchor::Pos::new(
            anchor,
            plotters::style::text_anchor::VPos::Bottom,
        ));
        chart.draw_series(std::iter::once(
            EmptyElement::at(at) + Text::new(m.label.clone(), (dx, -(theme.px(4.0) as i32)), style),
        ))?;
    }
    area.present()
}

/// Runs of consecutive days for which `pick` holds, as (first, last) indices.
pub fn runs(
    action: &[DayAction],
    pick: fn(&DayAction) -> bool,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < action.len() && !pick(&action[i]) {
            i += 1;
        }
        if i >= action.len() {
            return None;
        }
        let start = i;
        while i < action.len() && pick(&action[i]) {
            i += 1;
        }
        Some((start, i - 1))
    })
}

/// A scenario to draw: its name, outcome and bands (if computed).
#[derive(Clone, Copy, Debug)]
pub struct Scenario<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its outcome.
    pub outcome: &'a Outcome,
    /// Its uncertainty bands: fund in pence, backlog in weeks.
    pub bands: Option<(&'a Band, &'a Band)>,
}

const DASHES: [Dash; 3] = [Dash::Solid, Dash::Dashed, Dash::Dotted];

/// The strike fund chart (pounds) of one or more scenarios; the first sets the
/// shading, band and markers.
pub fn fund_spec<'a>(scenarios: &[Scenario<'a>]) -> ChartSpec<'a> {
    let first = scenarios[0].outcome;
    let lines = scenarios
        .iter()
        .zip(DASHES.iter().cycle())
        .map(|(s, &dash)| Line {
            name: s.name,
            values: s
                .outcome
                .days
                .iter()
                .map(|d| d.fund as f64 / 100.0)
                .collect(),
            dash,
        })
        .collect();
    let mut markers = Vec::new();
    if let Some(i) = first.days.iter().position(|d| d.fund < 0) {
        markers.push(Marker {
            day: i,
            value: 0.0,
            label: format!("Runs out {}", date_short(first.dates[i])),
        });
    }
    ChartSpec {
        dates: &first.dates,
        action: &first.action,
        lines,
        band: scenarios[0].bands.map(|(f, _)| {
            let pounds = |v: &[f64]| v.iter().map(|x| x / 100.0).collect();
            (pounds(&f.p10), pounds(&f.p90))
        }),
        markers,
        measure: Measure::Pounds,
        zero_line: true,
    }
}

/// The work backlog chart (weeks of work) of one or more scenarios.
pub fn backlog_spec<'a>(scenarios: &[Scenario<'a>]) -> ChartSpec<'a> {
    let first = scenarios[0].outcome;
    let lines = scenarios
        .iter()
        .zip(DASHES.iter().cycle())
        .map(|(s, &dash)| Line {
            name: s.name,
            values: s.outcome.backlog_weeks.clone(),
            dash,
        })
        .collect();
    let h = &first.headline;
    let mut markers = Vec::new();
    if h.peak_backlog.0 > h.backlog_start_end.0 + 1e-9 {
        if let Some(day) = first.dates.iter().position(|d| *d == h.peak_backlog.1) {
            markers.push(Marker {
                day,
                value: h.peak_backlog.0,
                label: format!("Peak {}", crate::format::weeks(h.peak_backlog.0)),
            });
        }
    }
    ChartSpec {
        dates: &first.dates,
        action: &first.action,
        lines,
        band: scenarios[0]
            .bands
            .map(|(_, b)| (b.p10.clone(), b.p90.clone())),
        markers,
        measure: Measure::WeeksOfWork,
        zero_line: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn runs_of_days() {
        let a = |t| DayAction {
            targeted: t,
            ..DayAction::default()
        };
        let days = [a(true), a(true), a(false), a(true), a(false)];
        assert_eq!(
            runs(&days, |d| d.targeted).collect::<Vec<_>>(),
            [(0, 1), (3, 3)]
        );
    }
}
