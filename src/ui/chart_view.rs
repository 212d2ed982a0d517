//! One live chart: a canvas drawn with plotters at the screen's pixel ratio,
//! its title, and a legend in words built from the same spec.

use super::charts::Shown;
use super::hooks::{use_first_drawing_later, use_window_resize};
use crate::chart::{draw_dashing, spec, ChartDef, ChartSpec, Dash, Scenario, Theme, CHARTS};
use crate::web;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Props of [`ChartView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartViewProps {
    /// Which chart.
    pub def: &'static ChartDef,
    /// The scenarios to draw, the one in the sliders first.
    pub scenarios: Rc<Vec<Shown>>,
    /// Whether to draw in the dark theme.
    pub dark: bool,
}

/// Draws a chart on a canvas at the screen's resolution. Does nothing if the
/// canvas is not there or the browser refuses a 2D context.
pub fn draw_on(canvas: &NodeRef, spec: &ChartSpec, theme: Theme) {
    if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
        draw_on_canvas(canvas, spec, theme);
    }
}

/// Draws a chart on this canvas at the screen's resolution, filling the box
/// the stylesheet gives it. Does nothing if the browser refuses a 2D context.
pub fn draw_on_canvas(canvas: HtmlCanvasElement, spec: &ChartSpec, theme: Theme) {
    let ratio = web::device_pixel_ratio();
    // The stylesheet sizes the canvas (so nothing moves when it is drawn);
    // the drawing fills that box at the screen's resolution.
    let css_width = f64::from(canvas.client_width().max(280));
    let css_height = f64::from(canvas.client_height().max(120));
    let (width, height) = (
        (css_width * ratio).round() as u32,
        (css_height * ratio).round() as u32,
    );
    // A new size clears the canvas and its settings. The same size is left
    // alone: setting it, even unchanged, has the browser work out the page's
    // styles again before the next frame (a slider's move did it twice), for
    // nothing: the drawing starts by painting the whole canvas.
    let resized = (canvas.width(), canvas.height()) != (width, height);
    if resized {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    // Dashed lines are drawn with the canvas's own dashes (see `SetDash`).
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    let set_dash = |d: &[f64]| {
        if let Some(ctx) = &context {
            let a: js_sys::Array = d.iter().map(|&x| wasm_bindgen::JsValue::from(x)).collect();
            let _ = ctx.set_line_dash(&a);
        }
    };
    if !resized {
        // As a new size would: solid lines until a dash is asked for (a
        // drawing that failed part way may have left its dash set).
        set_dash(&[]);
    }
    if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
        let area = backend.into_drawing_area();
        // A drawing error leaves the old picture; the summary still holds the numbers.
        let _ = draw_dashing(&area, spec, &theme.scaled(ratio), Some(&set_dash));
    }
}

/// The scenarios as the chart code takes them.
pub fn as_scenarios(shown: &[Shown]) -> Vec<Scenario<'_>> {
    shown
        .iter()
        .map(|s| Scenario {
            name: &s.name,
            outcome: &s.outcome,
            bands: s.bands.as_deref(),
        })
        .collect()
}

/// A legend's swatch: its kind (a word list the stylesheet reads, as
/// `[data-kind~=…]`; a plain attribute, not classes, keeps Yew's class
/// handling out of the first view's WebAssembly).
fn swatch(kind: &'static str) -> Html {
    html! { <span class="swatch" data-kind={kind} aria-hidden="true"></span> }
}

/// The swatch's kind for a line: its colour (of three) and dash.
fn line_kind(colour: usize, dash: Dash) -> &'static str {
    const KINDS: [[&str; 3]; 3] = [
        ["line line-0", "line line-0 dashed", "line line-0 dotted"],
        ["line line-1", "line line-1 dashed", "line line-1 dotted"],
        ["line line-2", "line line-2 dashed", "line line-2 dotted"],
    ];
    let d = match dash {
        Dash::Solid => 0,
        Dash::Dashed => 1,
        Dash::Dotted => 2,
    };
    KINDS[colour % 3][d]
}

/// What a chart last drew: the scenarios, in the dark theme or not, at which
/// window size (the count of resizes).
type LastDrawn = Option<(Rc<Vec<Shown>>, bool, u32)>;

/// One chart and its legend.
#[function_component(ChartView)]
pub fn chart_view(props: &ChartViewProps) -> Html {
    let canvas = use_node_ref();
    let resized = use_window_resize();
    // What was drawn last: a change that leaves this chart as it was (the
    // levy, on the backlog chart) does not redraw it.
    let last: Rc<std::cell::RefCell<LastDrawn>> = use_mut_ref(|| None);
    let first = use_first_drawing_later::<(Rc<Vec<Shown>>, bool)>();
    {
        let canvas = canvas.clone();
        let def = props.def;
        use_effect_with(
            (props.scenarios.clone(), props.dark, resized),
            move |(scenarios, dark, resized)| {
                let now = spec(def, &as_scenarios(scenarios));
                let same = last.borrow().as_ref().is_some_and(|(s, d, r)| {
                    (d, r) == (dark, resized) && spec(def, &as_scenarios(s)) == now
                });
                if same {
                    return;
                }
                *last.borrow_mut() = Some((scenarios.clone(), *dark, *resized));
                let later = canvas.clone();
                let put_off = first.put_off((scenarios.clone(), *dark), move |(s, dark)| {
                    draw_on(&later, &spec(def, &as_scenarios(s)), Theme::of(*dark));
                    if def.id == CHARTS[CHARTS.len() - 1].id {
                        web::perf::first_charts_drawn();
                    }
                });
                if !put_off {
                    draw_on(&canvas, &now, Theme::of(*dark));
                }
            },
        );
    }
    let def = props.def;
    let title_id = format!("{}-title", def.id);
    // The legend names the lines as the drawing does: one a scenario and
    // series. Worked out again only when the scenarios change.
    let named = use_memo(props.scenarios.clone(), move |scenarios| {
        spec(def, &as_scenarios(scenarios))
            .lines
            .into_iter()
            .map(|l| (l.name, l.dash, l.colour))
            .collect::<Vec<_>>()
    });
    let lines = named.iter().map(|(name, dash, colour)| {
        html! {
            <li>{ swatch(line_kind(*colour, *dash)) }
                { format!("{name} ({})", dash.words()) }</li>
        }
    });
    let band = props
        .scenarios
        .iter()
        .find_map(|s| s.bands.as_ref())
        .map(|b| {
            html! {
                <li>{ swatch("band") }
                    { format!("Uncertainty band: the middle 80% of {} runs", b.runs) }</li>
            }
        });
    html! {
        <figure class="chart">
            <figcaption><h3 id={title_id.clone()}>{ def.title }</h3></figcaption>
            if web::prerendering() {
                // The page's static first view (`ui::prerender`): the same
                // drawing as SVG, in the canvas's box, until the app starts.
                <div class="chart-static" id={format!("chart-{}", def.id)} role="img"
                    aria-labelledby={title_id} aria-describedby="summary">
                    { Html::from_html_unchecked(crate::chart::export::svg_plain(
                        &spec(def, &as_scenarios(&props.scenarios)),
                        crate::chart::export::STATIC_SIZE,
                    ).replacen("<svg ", &format!("<svg id=\"{}-svg\" ", def.id), 1).into()) }
                </div>
            } else {
                <canvas ref={canvas} id={format!("chart-{}", def.id)} role="img"
                    aria-labelledby={title_id} aria-describedby="summary"></canvas>
            }
            <ul class="legend">
                { for lines }
                <li>{ swatch("targeted") }{ "Targeted strike days (orange shading)" }</li>
                <li>{ swatch("national") }{ "National strike days (red shading)" }</li>
                <li>{ swatch("ban") }{ "Overtime ban or work-to-rule (strip along the bottom)" }</li>
                { band.unwrap_or_default() }
                <li>{ def.reading }</li>
            </ul>
        </figure>
    }
}
