//! Drawing a [`ChartSpec`] onto any plotters backend: the canvas on screen,
//! SVG in tests and downloads. Layers, back to front: the action shaded, the
//! uncertainty bands, the zero line, the lines, the call-outs.

use super::{Axis, ChartSpec, Dash, Theme};
use crate::format::date_short;
use crate::model::simulate::DayAction;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

type Chart<'a, 'b, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;
type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn font(theme: &Theme, size: f64) -> TextStyle<'static> {
    // The family as a value, not the name "sans-serif": plotters reads a
    // name through `to_lowercase`, whose Unicode tables would cost the
    // page's WebAssembly kilobytes.
    (FontFamily::SansSerif, size * theme.scale)
        .into_font()
        .color(&theme.text)
}

/// Sets the dash pattern of the lines the backend draws next (lengths on and
/// off, in pixels; empty for solid), where the backend can: the canvas can,
/// through its context, and then a dashed line is one path instead of one
/// path a dash, which is what makes several scenarios cheap to draw.
pub type SetDash<'a> = &'a dyn Fn(&[f64]);

/// Draws a chart onto any plotters drawing area.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    theme: &Theme,
) -> Drawn<DB> {
    draw_dashing(area, spec, theme, None)
}

/// As [`draw`], with dashed lines drawn through `set_dash` where given
/// (see [`SetDash`]), else dash by dash.
pub fn draw_dashing<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    theme: &Theme,
    set_dash: Option<SetDash>,
) -> Drawn<DB> {
    area.fill(&theme.background)?;
    let n = spec.dates.len().max(2);
    let (lo, hi) = spec.y_range();
    let mut chart = ChartBuilder::on(area)
        .margin(theme.px(10.0))
        .x_label_area_size(theme.px(24.0))
        .y_label_area_size(theme.px(52.0))
        .build_cartesian_2d(-0.5..(n as f64 - 0.5), lo..hi)?;
    axes(&mut chart, spec, theme)?;
    shading(&mut chart, spec.action, (lo, hi), theme)?;
    for (low, high) in &spec.bands {
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
    if spec.axis == Axis::FromZero && lo < 0.0 {
        chart.draw_series(LineSeries::new(
            [(-0.5, 0.0), (n as f64 - 0.5, 0.0)],
            theme.text.stroke_width(theme.px(1.0)),
        ))?;
    }
    if let Some(r) = &spec.reference {
        let across = [(-0.5, r.value), (n as f64 - 0.5, r.value)];
        let style = theme.text.stroke_width(theme.px(1.0));
        let (on, off) = (theme.px(6.0), theme.px(4.0));
        if let Some(set) = set_dash {
            set(&[f64::from(on), f64::from(off)]);
            chart.draw_series(LineSeries::new(across, style))?;
            set(&[]);
        } else {
            chart.draw_series(DashedLineSeries::new(across, on, off, style))?;
        }
        let style = font(theme, 11.0).pos(Pos::new(HPos::Left, VPos::Top));
        chart.draw_series(std::iter::once(
            EmptyElement::at((0.0, r.value))
                + Text::new(
                    r.label.clone(),
                    (theme.px(4.0) as i32, theme.px(3.0) as i32),
                    style,
                ),
        ))?;
    }
    lines(&mut chart, spec, theme, set_dash)?;
    call_outs(&mut chart, spec, n, theme)?;
    area.present()
}

fn axes<DB: DrawingBackend>(chart: &mut Chart<DB>, spec: &ChartSpec, theme: &Theme) -> Drawn<DB> {
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
        .label_style(font(theme, 12.0))
        .axis_style(theme.text.stroke_width(theme.px(1.0)))
        // No finer lines between the labelled ones: they were drawn in the
        // background's colour, unseen, at a cost on a phone.
        .max_light_lines(0)
        .bold_line_style(theme.grid.stroke_width(theme.px(1.0)))
        .draw()
}

/// Action behind everything: targeted and national days full height; action
/// short of a strike (overtime ban, work-to-rule) as a strip.
fn shading<DB: DrawingBackend>(
    chart: &mut Chart<DB>,
    action: &[DayAction],
    (lo, hi): (f64, f64),
    theme: &Theme,
) -> Drawn<DB> {
    let strip = (hi - lo) * 0.04;
    let shade = |pick: fn(&DayAction) -> bool, top: f64, bottom: f64, colour: RGBColor| {
        runs(action, pick).map(move |(a, b)| {
            Rectangle::new(
                [(a as f64 - 0.5, top), (b as f64 + 0.5, bottom)],
                colour.filled(),
            )
        })
    };
    chart.draw_series(shade(|a| a.targeted, hi, lo, theme.targeted))?;
    chart.draw_series(shade(|a| a.national, hi, lo, theme.national))?;
    chart.draw_series(shade(|a| a.ban || a.wtr, lo + strip, lo, theme.ban))?;
    Ok(())
}

/// Each line in its colour and dash; named at its end when there are several.
fn lines<DB: DrawingBackend>(
    chart: &mut Chart<DB>,
    spec: &ChartSpec,
    theme: &Theme,
    set_dash: Option<SetDash>,
) -> Drawn<DB> {
    for (k, line) in spec.lines.iter().enumerate() {
        let colour = theme.lines[line.colour % theme.lines.len()];
        let style = colour.stroke_width(theme.px(2.5));
        let points = line.values.iter().enumerate().map(|(i, &v)| (i as f64, v));
        let (on, off) = match line.dash {
            Dash::Solid => (0, 0),
            Dash::Dashed => (theme.px(8.0), theme.px(5.0)),
            Dash::Dotted => (theme.px(2.0), theme.px(4.0)),
        };
        match set_dash {
            _ if on == 0 => {
                chart.draw_series(LineSeries::new(points, style))?;
            }
            Some(set) => {
                set(&[f64::from(on), f64::from(off)]);
                chart.draw_series(LineSeries::new(points, style))?;
                set(&[]);
            }
            None => {
                chart.draw_series(DashedLineSeries::new(points, on, off, style))?;
            }
        }
        if spec.lines.len() > 1 {
            if let Some(&last) = line.values.last() {
                let at = (line.values.len() as f64 - 1.0, last);
                let style = font(theme, 12.0).pos(Pos::new(HPos::Right, VPos::Bottom));
                let dy = -(theme.px(4.0 + 14.0 * k as f64) as i32);
                chart.draw_series(std::iter::once(
                    EmptyElement::at(at) + Text::new(line.label.clone(), (0, dy), style),
                ))?;
            }
        }
    }
    Ok(())
}

/// A dot and a label for each marker; labels sit to the left of points in the
/// right half, so they stay inside.
fn call_outs<DB: DrawingBackend>(
    chart: &mut Chart<DB>,
    spec: &ChartSpec,
    n: usize,
    theme: &Theme,
) -> Drawn<DB> {
    for (j, m) in spec.markers.iter().enumerate() {
        let at = (m.day as f64, m.value);
        // Labels of call-outs close together on the chart are stacked, not
        // written over each other.
        let px = |m: &super::Marker| chart.backend_coord(&(m.day as f64, m.value));
        let here = px(m);
        let near = spec.markers[..j]
            .iter()
            .map(px)
            .filter(|o| {
                (o.0 - here.0).abs() < theme.px(150.0) as i32
                    && (o.1 - here.1).abs() < theme.px(15.0) as i32
            })
            .count();
        chart.draw_series(std::iter::once(Circle::new(
            at,
            theme.px(4.0),
            theme.text.filled(),
        )))?;
        let (dx, anchor) = if m.day * 2 > n {
            (-(theme.px(8.0) as i32), HPos::Right)
        } else {
            (theme.px(8.0) as i32, HPos::Left)
        };
        let style = font(theme, 13.0).pos(Pos::new(anchor, VPos::Bottom));
        chart.draw_series(std::iter::once(
            EmptyElement::at(at)
                + Text::new(
                    m.label.clone(),
                    (dx, -(theme.px(4.0 + 15.0 * near as f64) as i32)),
                    style,
                ),
        ))?;
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

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
