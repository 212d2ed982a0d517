//! The colours and sizes of the charts: the one place a chart colour is
//! written. The page's legends and calendar take theirs from here too, as CSS
//! custom properties ([`Theme::css_vars`]) that the browser layer sets.

use plotters::style::RGBColor;

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

    /// A length in CSS pixels at this theme's scale, at least 1.
    pub fn px(&self, v: f64) -> u32 {
        (v * self.scale).round().max(1.0) as u32
    }
}

impl Theme {
    /// The dark theme, or the light one.
    pub const fn of(dark: bool) -> Theme {
        if dark {
            Theme::DARK
        } else {
            Theme::LIGHT
        }
    }

    /// The colours the page's legends and calendar use, as CSS custom
    /// properties: `("--chart-national", "rgb(240, 190, 190)")`. The
    /// stylesheet holds them for each theme (a test checks it does).
    pub fn css_vars(&self) -> Vec<(&'static str, String)> {
        let rgb = |c: RGBColor| format!("rgb({}, {}, {})", c.0, c.1, c.2);
        vec![
            ("--chart-line-0", rgb(self.lines[0])),
            ("--chart-line-1", rgb(self.lines[1])),
            ("--chart-line-2", rgb(self.lines[2])),
            ("--chart-band", rgb(self.band)),
            ("--chart-national", rgb(self.national)),
            ("--chart-targeted", rgb(self.targeted)),
            ("--chart-ban", rgb(self.ban)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_holds_each_themes_chart_colours() {
        // The static first view has no app to set them: the stylesheet's
        // copies must be the theme's, light first, then dark.
        let css = include_str!("../../assets/style.css");
        let dark = css
            .find("prefers-color-scheme: dark")
            .expect("a dark theme");
        for (theme, part) in [(Theme::LIGHT, &css[..dark]), (Theme::DARK, &css[dark..])] {
            for (name, value) in theme.css_vars() {
                assert!(
                    part.contains(&format!("{name}: {value};")),
                    "{name}: {value}"
                );
            }
        }
    }
}
