//! The whole explorer: the panel beside the results (headline figures, summary,
//! charts, calendar, ballot) and the explanation of the model.

use super::calendar::{Calendar, CalendarData};
use super::charts::Charts;
use super::headline::Headline;
use super::hooks::{use_scenario, Link};
use super::panel::Panel;
use super::presets::Presets;
use super::share::Share;
use super::state::Action;
use super::summary_view::SummaryView;
use crate::model::presets::matching;
use crate::model::query::one_setting;
use crate::summary::{figures, paragraph, warnings};
use crate::web::later::{BALLOT_ID, EXPLAINER_ID, TAKES_ID};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Explorer`].
#[derive(Properties, PartialEq, Clone)]
pub struct ExplorerProps {
    /// What the page's address asked for when it opened.
    pub link: Rc<Link>,
}

/// The whole explorer.
#[function_component(Explorer)]
pub fn explorer(props: &ExplorerProps) -> Html {
    let s = use_scenario(props.link.clone());
    let (state, used, outcome, on_action) = (&s.state, &s.used, &s.outcome, &s.on_action);
    let params = state.params.clone();
    let preset = use_memo(params.clone(), |p| matching(p).map(|pr| pr.id));
    // "Use this" in "What it takes" (in the extras) sets one value here.
    use_effect_with(on_action.clone(), |on_action| {
        let on_action = on_action.clone();
        let listener = crate::web::later::on_use(move |setting| {
            if let Some((id, v)) = one_setting(&setting) {
                crate::web::perf::mark_input();
                on_action.emit(Action::Set(id, v));
            }
        });
        move || drop(listener)
    });
    // The first render holds only the results; the panel's inputs, the calendar,
    // the ballot and the explanation follow once the first charts are drawn
    // (child effects run before this one), so the first chart is not kept waiting.
    let charts_shown = use_state(|| false);
    {
        let charts_shown = charts_shown.clone();
        use_effect_with((), move |_| {
            crate::web::hide_loading();
            charts_shown.set(true);
            // What is read or used later comes after the first chart.
            crate::web::later::load();
        });
    }
    let text = AttrValue::from(paragraph(used, outcome));
    let warnings = warnings(used, outcome);
    html! {
        <>
        <a class="skip-link" href="#results">{ "Skip to the results" }</a>
        <header class="top">
            <h1>{ "Strike Explorer" }</h1>
            <p class="tagline">{ "See what a strike strategy does to the strike fund and to the employer's backlog. Everything stays in your browser." }</p>
        </header>
        <div class="layout">
            <Panel params={params.clone()} used={used.clone()} fit_notes={s.fit_notes.clone()} on_action={on_action.clone()} ready={*charts_shown} />
            <main class="results" id="results" tabindex="-1">
                <Presets current={*preset} changed={state.changed.clone()} on_action={on_action.clone()} />
                <section aria-labelledby="results-title">
                    <h2 id="results-title">{ "What this strategy does" }</h2>
                    if !warnings.is_empty() {
                        <ul class="warnings" aria-label="What the law says about this plan">
                            { for warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                        </ul>
                    }
                    { s.link_notes.clone() }
                    <Headline figures={figures(used, outcome)} />
                    // "What it takes" comes with the extras (web::later).
                    <div id={TAKES_ID}></div>
                    <SummaryView {text} />
                    <Charts scenarios={s.shown.clone()} />
                    <Share params={Rc::new(params.clone())} />
                </section>
                if *charts_shown {
                    <Calendar data={CalendarData::new(used)} on_action={on_action.clone()}
                        can_undo={state.undo.as_ref().is_some_and(|u| *u != params)} />
                }
                // The ballot and "How the model works" come with the extras (web::later).
                <div id={BALLOT_ID}></div>
                <div id={EXPLAINER_ID}></div>
            </main>
        </div>
        <footer class="foot">
            <p>{ "Strike Explorer explains; it does not predict. Every figure comes from the assumptions on this page, which you can change. Nothing you enter leaves your browser." }</p>
        </footer>
        </>
    }
}
