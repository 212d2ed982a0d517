//! The explorer: the panel beside the results (headline figures, summary,
//! charts, calendar, ballot) and the explanation of the model.

use super::ballot_view::BallotView;
use super::calendar::{Calendar, CalendarData};
use super::charts::{Charts, Shown};
use super::explainer::Explainer;
use super::headline::Headline;
use super::hooks::use_debounced;
use super::panel::Panel;
use super::presets::Presets;
use super::share::Share;
use super::state::{Action, State};
use super::summary_view::SummaryView;
use crate::format::adjustment;
use crate::model::presets::matching;
use crate::model::query::{from_query, to_query};
use crate::model::simulate;
use crate::model::uncertainty::bands;
use crate::summary::{figures, paragraph, warnings};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

/// How long changes must pause before the address follows them (ms): the
/// history API is not for every step of a drag.
const KEEP_ADDRESS_AFTER_MS: u32 = 300;

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    // The address is the scenario: read once, on load. What could not be
    // used as written is said, until the reader changes something.
    let from_link = use_memo((), |_| {
        let (p, notes) = from_query(&web::url::query());
        let words: Vec<String> = notes.iter().map(|a| adjustment(a, &p)).collect();
        (p, words)
    });
    let state = use_reducer({
        let params = from_link.0.clone();
        move || State {
            params,
            ..State::default()
        }
    });
    let params = state.params.clone();
    // And kept: the address follows every change, once changes pause (the
    // link is written then, not on every step of a slider).
    let settled = use_debounced(Some(params.clone()), KEEP_ADDRESS_AFTER_MS);
    use_effect_with(settled, |p| {
        if let Some(p) = p {
            web::url::replace(&to_query(p));
        }
    });
    let link_notes = if params == from_link.0 {
        from_link.1.clone()
    } else {
        Vec::new()
    };
    // Derived data is computed from the parameters, never stored beside them.
    // What the model runs on: the choices, brought within what the other
    // settings allow, and a note for each that does not fit.
    let fitted = use_memo(params.clone(), |p| {
        let mut used = p.clone();
        let notes = used.fit();
        (Rc::new(used), Rc::new(notes))
    });
    let (used, fit_notes) = (fitted.0.clone(), fitted.1.clone());
    let outcome = use_memo(used.clone(), |p| simulate(p));
    let band_params = used.uncertainty.enabled.then(|| (*used).clone());
    let bands = use_memo(band_params, |p| p.as_ref().map(|p| Rc::new(bands(p))));
    let preset = use_memo(params.clone(), |p| matching(p).map(|pr| pr.id));
    let scenarios = use_memo((outcome.clone(), (*bands).clone()), |(outcome, bands)| {
        Rc::new(vec![Shown {
            name: AttrValue::from("This scenario"),
            outcome: outcome.clone(),
            bands: bands.clone(),
        }])
    });
    // One callback for the app's life (the dispatcher never changes), so that
    // children whose other props are unchanged are not re-rendered.
    let on_action = use_callback(state.dispatcher(), |a: Action, d| d.dispatch(a));
    // The first render holds only the results; the panel's inputs, the calendar,
    // the ballot and the explanation follow once the first charts are drawn
    // (child effects run before this one), so the first chart is not kept waiting.
    let charts_shown = use_state(|| false);
    {
        let charts_shown = charts_shown.clone();
        use_effect_with((), move |_| {
            crate::web::hide_loading();
            charts_shown.set(true);
        });
    }
    let text = AttrValue::from(paragraph(&used, &outcome));
    let warnings = warnings(&used, &outcome);
    let law_words = AttrValue::from(match params.regime {
        Some(r) => r.label().to_string(),
        None => format!(
            "{}, the law for a ballot opened on the start date",
            params.law().label()
        ),
    });
    html! {
        <>
        <a class="skip-link" href="#results">{ "Skip to the results" }</a>
        <header class="top">
            <h1>{ "Strike Explorer" }</h1>
            <p class="tagline">{ "See what a strike strategy does to the strike fund and to the employer's backlog. Everything stays in your browser." }</p>
        </header>
        <div class="layout">
            <Panel params={params.clone()} used={used.clone()} {fit_notes} on_action={on_action.clone()} ready={*charts_shown} />
            <main class="results" id="results" tabindex="-1">
                <Presets current={*preset} changed={state.changed.clone()} on_action={on_action.clone()} />
                <section aria-labelledby="results-title">
                    <h2 id="results-title">{ "What this strategy does" }</h2>
                    if !warnings.is_empty() {
                        <ul class="warnings" aria-label="What the law says about this plan">
                            { for warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                        </ul>
                    }
                    if !link_notes.is_empty() {
                        <div class="link-notes" role="status">
                            <p>{ "This link had settings that could not be used as written:" }</p>
                            <ul>{ for link_notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                        </div>
                    }
                    <Headline figures={figures(&used, &outcome)} />
                    <SummaryView {text} />
                    <Charts scenarios={(*scenarios).clone()} />
                    <Share params={Rc::new(params.clone())} />
                </section>
                if *charts_shown {
                    <Calendar data={CalendarData::new(&used)} on_action={on_action.clone()}
                        can_undo={state.undo.as_ref().is_some_and(|u| *u != params)} />
                    <BallotView ballot={used.ballot.clone()} electorate={used.electorate()} regime={used.law()} {law_words} />
                    <Explainer />
                }
            </main>
        </div>
        <footer class="foot">
            <p>{ "Strike Explorer explains; it does not predict. Every figure comes from the assumptions on this page, which you can change. Nothing you enter leaves your browser." }</p>
        </footer>
        </>
    }
}
