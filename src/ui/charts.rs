//! The live charts, one [`ChartView`] for each entry of [`CHARTS`], all
//! drawing the same list of scenarios.

use super::chart_view::ChartView;
use crate::chart::CHARTS;
use crate::model::simulate::Outcome;
use crate::model::uncertainty::Bands;
use crate::web::{self, perf};
use std::rc::Rc;
use yew::prelude::*;

/// A scenario on the charts: its name, outcome and bands (when turned on).
#[derive(Clone, PartialEq)]
pub struct Shown {
    /// Its name, in the legend and at the line's end.
    pub name: AttrValue,
    /// Its outcome.
    pub outcome: Rc<Outcome>,
    /// Its uncertainty bands, when turned on.
    pub bands: Option<Rc<Bands>>,
}

/// Props of [`Charts`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartsProps {
    /// The scenarios to draw, the one in the sliders first.
    pub scenarios: Rc<Vec<Shown>>,
}

/// Every chart.
#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    // The page's legends and calendar take the charts' colours from the
    // stylesheet, which holds each theme's (a test keeps them the same).
    let dark = web::prefers_dark();
    // Child effects (the drawing) run before this one: both charts are on screen.
    use_effect_with(props.scenarios.clone(), |_| perf::charts_drawn());
    html! {
        <div class="charts">
            { for CHARTS.iter().map(|def| html! {
                <ChartView key={def.id} {def} scenarios={props.scenarios.clone()} {dark} />
            }) }
        </div>
    }
}
