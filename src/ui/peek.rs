//! The peek: on a screen too narrow for the panel and the results side by
//! side (a phone, a small tablet), a small copy of the chart the last slider
//! moved, kept in view at the top of the panel while the sliders scroll under
//! it, so a reader sees what a slider does as they move it. It repeats the
//! full charts further down, which screen readers read with their
//! descriptions, so it is hidden from them. Wider screens never draw it.

use super::chart_view::{as_scenarios, draw_on};
use super::charts::Shown;
use super::hooks::{use_first_drawing_later, use_window_resize};
use crate::chart::{spec, Theme, CHARTS};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Peek`].
#[derive(Properties, PartialEq, Clone)]
pub struct PeekProps {
    /// The scenarios on the charts.
    pub scenarios: Rc<Vec<Shown>>,
    /// Which of [`CHARTS`] to show.
    pub chart: usize,
    /// Whether to draw in the dark theme.
    pub dark: bool,
}

/// What the peek draws: the scenarios, and whether in the dark theme.
type Latest = (Rc<Vec<Shown>>, bool);

/// The peek (nothing on a wide screen).
#[function_component(Peek)]
pub fn peek(props: &PeekProps) -> Html {
    let canvas = use_node_ref();
    let resized = use_window_resize();
    let one_column = web::is_one_column();
    let def = &CHARTS[props.chart.min(CHARTS.len() - 1)];
    let first = use_first_drawing_later::<Latest>();
    {
        let canvas = canvas.clone();
        use_effect_with(
            (
                props.scenarios.clone(),
                props.dark,
                resized,
                def.id,
                one_column,
            ),
            move |(scenarios, dark, _, _, one_column)| {
                if !*one_column {
                    return;
                }
                // After the charts' first drawings (the static copy stays until then).
                let draw = move |(scenarios, dark): &Latest| {
                    draw_on(
                        &canvas,
                        &spec(def, &as_scenarios(scenarios)),
                        Theme::of(*dark),
                    );
                };
                let now = (scenarios.clone(), *dark);
                if !first.put_off(now.clone(), draw.clone()) {
                    draw(&now);
                }
            },
        );
    }
    if web::prerendering() {
        // The page's static first view: the chart above, drawn again by
        // reference (the stylesheet hides the peek on a wide screen).
        let (w, h) = crate::chart::export::STATIC_SIZE;
        let svg = format!(
            "<svg viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\"><use href=\"#{}-svg\"/></svg>",
            def.id
        );
        return html! {
            <div class="peek" aria-hidden="true" data-chart={def.id}>
                <p class="peek-title">{ def.title }</p>
                <div class="chart-static">{ Html::from_html_unchecked(svg.into()) }</div>
            </div>
        };
    }
    if !one_column {
        return Html::default();
    }
    html! {
        <div class="peek" aria-hidden="true" id="peek" data-chart={def.id}>
            <p class="peek-title">{ def.title }</p>
            <canvas ref={canvas}></canvas>
        </div>
    }
}
