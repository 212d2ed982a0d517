//! A chart to take away: for a slide, a leaflet or a post. The same drawing
//! as on screen, on white, with its title above and a line below saying what
//! the shading means and that it is a model, so the picture stands alone.
//! [`svg`] writes it as SVG text; the app draws the same onto a canvas for PNG.

use super::{draw, ChartDef, ChartSpec, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The lines under a downloaded chart.
pub const FOOTNOTE: [&str; 2] = [
    "Strike Explorer: a model of the settings chosen, not a forecast.",
    "Shading: orange, targeted strike days; red, national strike days; strip at the foot, overtime ban or work-to-rule.",
];

/// The smallest size a chart's plot is downloaded at, in CSS pixels: a
/// phone's chart is drawn larger, so that a slide or a post can use it.
pub const MIN_SIZE: (u32, u32) = (640, 300);

/// Heights of the title and the footnote, in CSS pixels before scaling.
const TITLE_PX: f64 = 30.0;
const FOOT_PX: f64 = 49.0;

/// Draws a chart with its title and footnote onto any drawing area.
pub fn draw_titled<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    def: &ChartDef,
    spec: &ChartSpec,
    theme: &Theme,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&theme.background)?;
    let (_, h) = area.dim_in_pixel();
    let (top, rest) = area.split_vertically(theme.px(TITLE_PX));
    let (chart, foot) = rest.split_vertically(h.saturating_sub(theme.px(TITLE_PX + FOOT_PX)));
    let left = theme.px(10.0) as i32;
    let title = (FontFamily::SansSerif, 17.0 * theme.scale)
        .into_font()
        .style(FontStyle::Bold)
        .color(&theme.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    top.draw_text(def.title, &title, (left, theme.px(TITLE_PX / 2.0) as i32))?;
    let small = (FontFamily::SansSerif, 11.0 * theme.scale)
        .into_font()
        .color(&theme.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    // With several scenarios, which line is which: a line of its own first.
    let key = (!spec.key.is_empty()).then(|| format!("Lines: {}.", spec.key.join("; ")));
    for (i, line) in key.iter().map(String::as_str).chain(FOOTNOTE).enumerate() {
        let y = theme.px(9.0 + 15.0 * i as f64) as i32;
        foot.draw_text(line, &small, (left, y))?;
    }
    // Last: the chart presents the drawing (an SVG is closed then).
    draw(&chart, spec, theme)
}

/// The size of the picture of a chart shown at `width` by `height` CSS
/// pixels: at least [`MIN_SIZE`], with room for the title and footnote.
pub fn size((width, height): (u32, u32)) -> (u32, u32) {
    (
        width.max(MIN_SIZE.0),
        height.max(MIN_SIZE.1) + (TITLE_PX + FOOT_PX) as u32,
    )
}

/// A chart as SVG text, `width` by `height` CSS pixels, on white. (The page
/// draws the same through its one backend type, `web::backend`.)
pub fn svg(def: &ChartDef, spec: &ChartSpec, (width, height): (u32, u32)) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing to a string cannot fail; were it to, the text so far is returned.
        let _ = draw_titled(&area, def, spec, &Theme::LIGHT);
    }
    out
}

/// The size the page's static first view draws a chart at, in CSS pixels:
/// about a phone's chart box (the page scales the picture to fit its box).
pub const STATIC_SIZE: (u32, u32) = (420, 220);

/// A chart as the page's static first view shows it before the app starts
/// (`ui::prerender`): the same drawing as on screen, without a title, in the
/// light theme, as SVG text that scales to the box it is put in.
pub fn svg_plain(spec: &ChartSpec, (width, height): (u32, u32)) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing to a string cannot fail; were it to, the text so far is returned.
        let _ = draw(&area, spec, &Theme::LIGHT);
    }
    // Smaller, drawn the same: no attributes that say what is so anyway.
    out.lines()
        .map(|l| {
            l.replace(" opacity=\"1\"", "")
                .replace(" stroke-width=\"1\"", "")
        })
        .map(|l| round_font_sizes(&l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `font-size="9.67741935483871"` as `font-size="9.7"`.
fn round_font_sizes(line: &str) -> String {
    let key = "font-size=\"";
    let Some(start) = line.find(key).map(|i| i + key.len()) else {
        return line.to_string();
    };
    let Some(len) = line[start..].find('"') else {
        return line.to_string();
    };
    match line[start..start + len].parse::<f64>() {
        Ok(size) => format!("{}{:.1}{}", &line[..start], size, &line[start + len..]),
        Err(_) => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{spec, Scenario, CHARTS};
    use crate::model::{simulate, Params};

    #[test]
    fn a_downloaded_chart_is_svg_with_its_title_and_footnote() {
        let o = simulate(&Params::default());
        let s = [Scenario {
            name: "This scenario",
            outcome: &o,
            bands: None,
        }];
        for def in &CHARTS {
            let text = svg(def, &spec(def, &s), (720, 360));
            assert!(text.starts_with("<svg"), "{}", &text[..40]);
            assert!(
                text.trim_end().ends_with("</svg>"),
                "{}",
                &text[text.len() - 200..]
            );
            assert!(text.contains(&def.title.replace('&', "&amp;")));
            assert!(text.contains("not a forecast"));
            assert!(text.contains("<polyline") || text.contains("<path"));
        }
    }
}
