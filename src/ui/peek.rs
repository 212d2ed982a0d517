//! The peek: on a screen too narrow for the panel and the results side by
//! side (a phone, a small tablet), a small copy of the chart the last slider
//! moved, kept in view at the top of the panel while the sliders scroll under
//! it, so a reader sees what a slider does as they move it. It repeats the
//! full charts further down, which screen readers read with their
//! descriptions, so it is hidden from them. Wider screens never draw it.

use super::chart_view::{as_scenarios, draw_on};
use super::charts::Shown;
use super::hooks::use_window_resize;
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

/// The peek (nothing on a wide screen).
#[function_component(Peek)]
pub fn peek(props: &PeekProps) -> Html {
    let canvas = use_node_ref();
    let resized = use_window_resize();
    let one_column = web::is_one_column();
    let def = &CHARTS[props.chart.min(CHARTS.len() - 1)];
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
                if *one_column {
                    let theme = if *dark { Theme::DARK } else { Theme::LIGHT };
                    draw_on(&canvas, &spec(def, &as_scenarios(scenarios)), theme);
                }
            },
        );
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
