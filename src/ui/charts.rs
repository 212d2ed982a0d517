//! The two live charts, fund and backlog, drawn with plotters on canvases
//! sized for the screen's pixel ratio, with a legend in words.

use crate::chart::{backlog_spec, draw, fund_spec, ChartSpec, Scenario, Theme};
use crate::model::simulate::Outcome;
use crate::model::uncertainty::Bands;
use crate::web::{self, perf};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Props of [`Charts`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartsProps {
    /// The scenario's outcome.
    pub outcome: Rc<Outcome>,
    /// Its uncertainty bands, when turned on.
    pub bands: Option<Rc<Bands>>,
}

/// Draws a chart on a canvas at the screen's resolution. Does nothing if the
/// canvas is not there or the browser refuses a 2D context.
fn draw_on(canvas: &NodeRef, spec: &ChartSpec) {
    let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else {
        return;
    };
    let ratio = web::device_pixel_ratio();
    // The stylesheet sizes the canvas (so nothing moves when it is drawn);
    // the drawing fills that box at the screen's resolution.
    let css_width = f64::from(canvas.client_width().max(280));
    let css_height = f64::from(canvas.client_height().max(200));
    canvas.set_width((css_width * ratio).round() as u32);
    canvas.set_height((css_height * ratio).round() as u32);
    let theme = if web::prefers_dark() {
        Theme::DARK
    } else {
        Theme::LIGHT
    };
    if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
        let area = backend.into_drawing_area();
        // A drawing error leaves the old picture; the summary still holds the numbers.
        let _ = draw(&area, spec, &theme.scaled(ratio));
    }
}

/// The fund and backlog charts.
#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    let fund = use_node_ref();
    let backlog = use_node_ref();
    let resized = use_state(|| 0u32);
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = web::window().map(|w| {
                gloo::events::EventListener::new(&w, "resize", move |_| resized.set(*resized + 1))
            });
            move || drop(listener)
        });
    }
    {
        let (fund, backlog) = (fund.clone(), backlog.clone());
        use_effect_with(
            (props.outcome.clone(), props.bands.clone(), *resized),
            move |(outcome, bands, _)| {
                let scenario = [Scenario {
                    name: "This scenario",
                    outcome,
                    bands: bands.as_ref().map(|b| (&b.fund, &b.backlog_weeks)),
                }];
                draw_on(&fund, &fund_spec(&scenario));
                draw_on(&backlog, &backlog_spec(&scenario));
                perf::charts_drawn();
            },
        );
    }
    let band_key = props.bands.as_ref().map(|b| {
        html! {
            <li><span class="swatch band" aria-hidden="true"></span>
                { format!("Uncertainty band: the middle 80% of {} runs", b.runs) }</li>
        }
    });
    let legend = |zero: &'static str| {
        html! {
            <ul class="legend">
                <li><span class="swatch line" aria-hidden="true"></span>{ "This scenario (solid line)" }</li>
                <li><span class="swatch targeted" aria-hidden="true"></span>{ "Targeted strike days (pale shading)" }</li>
                <li><span class="swatch national" aria-hidden="true"></span>{ "National strike days (darker bars)" }</li>
                <li><span class="swatch ban" aria-hidden="true"></span>{ "Overtime ban (strip along the bottom)" }</li>
                { band_key.clone().unwrap_or_default() }
                <li>{ zero }</li>
            </ul>
        }
    };
    html! {
        <div class="charts">
            <figure class="chart">
                <figcaption><h3 id="fund-title">{ "Strike fund balance (£)" }</h3></figcaption>
                <canvas ref={fund} role="img" aria-labelledby="fund-title" aria-describedby="summary"></canvas>
                { legend("Below the zero line, the fund is short by that much.") }
            </figure>
            <figure class="chart">
                <figcaption><h3 id="backlog-title">{ "Work backlog (weeks of work)" }</h3></figcaption>
                <canvas ref={backlog} role="img" aria-labelledby="backlog-title" aria-describedby="summary"></canvas>
                { legend("A week of work is what all staff, with their usual overtime, do in five days.") }
            </figure>
        </div>
    }
}
