//! The whole explorer: the panel beside the results (headline figures, summary,
//! charts) and room for the extras (`web::later`): the comparison, the
//! calendar, sharing, the ballot and the explanation of the model.

use super::charts::Charts;
use super::headline::Headline;
use super::hooks::{use_scenario, Link};
use super::panel::Panel;
use super::peek::Peek;
use super::state::Action;
use super::summary_view::SummaryView;
use crate::model::fields::Group;
use crate::model::query::one_setting;
use crate::summary::{figures, paragraph, warnings};
use crate::web::later::{
    Ask, BALLOT_ID, CALENDAR_ID, COMPARE_ID, EXPLAINER_ID, EXTRAS_ID, MY_COST_ID, PRESETS_ID,
    SCENARIO_ID, TAKES_ID,
};
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
    // The extras ask for changes here: "Use this", the calendar, the kept
    // and saved scenarios.
    use_effect_with(
        (on_action.clone(), s.set_kept.clone()),
        |(on_action, set_kept)| {
            let (on_action, set_kept) = (on_action.clone(), set_kept.clone());
            let listener = crate::web::later::on_use(move |ask| {
                crate::web::perf::mark_input();
                match ask {
                    Ask::One(setting) => {
                        if let Some((id, v)) = one_setting(&setting) {
                            on_action.emit(Action::Set(id, v));
                        }
                    }
                    Ask::Scenario(q) => {
                        on_action.emit(Action::Load(Box::new(Link::read(&q).params)))
                    }
                    Ask::Kept(q) => set_kept.emit(Link::read(&q).kept),
                }
            });
            move || drop(listener)
        },
    );
    // The explorer is built in two tasks, the panel and then the results:
    // on a phone, one task for it all kept a tap waiting. Where the page holds
    // its static first view, that stays on screen until both are built, off
    // the page, and [`crate::web::show_app`] swaps them in at once, so nothing
    // moves (`crate::web::app_host`). What is read or used later (the extras)
    // comes after. `data-ready` says the app is on the page (the component
    // tests wait for it).
    let whole = use_state(crate::web::prerendering);
    let layout = use_node_ref();
    {
        let (whole, layout) = (whole.clone(), layout.clone());
        use_effect_with(*whole, move |built| {
            if !*built {
                gloo::timers::callback::Timeout::new(0, move || whole.set(true)).forget();
                return;
            }
            crate::web::show_app();
            if let Some(el) = layout.cast::<web_sys::Element>() {
                let _ = el.set_attribute("data-ready", "true");
            }
            crate::web::later::load();
        });
    }
    // The peek shows the chart the last slider moved: the backlog for the
    // employer and its targeted areas, the fund for the rest.
    let peek_chart = use_state(|| 0usize);
    let panel_action = use_callback(
        (on_action.clone(), peek_chart.clone()),
        |a: Action, (on_action, peek_chart)| {
            if let Action::Set(id, _) = a {
                let g = id.field().group;
                if matches!(g, Group::Work | Group::Areas) {
                    peek_chart.set(1);
                } else if g == Group::Fund {
                    peek_chart.set(0);
                }
            }
            on_action.emit(a);
        },
    );
    let page_query = use_memo((params.clone(), s.kept.clone()), |(p, kept)| {
        Link::with_kept(
            &crate::model::query::to_query(p),
            &crate::model::compare::kept_query(kept),
        )
    });
    // The results' words, only once the results are built (the second task).
    let warnings = if *whole {
        warnings(used, outcome)
    } else {
        Vec::new()
    };
    html! {
        <>
        <a class="skip-link" href="#results">{ "Skip to the results" }</a>
        <header class="top">
            <h1>{ "Strike Explorer" }</h1>
            <p class="tagline">{ "See what a strike strategy does to the strike fund and to the employer's backlog. Everything stays in your browser." }</p>
        </header>
        <div id={SCENARIO_ID} hidden=true data-query={(*page_query).clone()}></div>
        <div class="layout" ref={layout}>
            <Panel params={params.clone()} used={used.clone()} fit_notes={s.fit_notes.clone()} on_action={panel_action}>
                if *whole {
                    <Peek scenarios={s.shown.clone()} chart={*peek_chart} dark={crate::web::prefers_dark()} />
                }
            </Panel>
            <main class="results" id="results" tabindex="-1">
            if *whole {
                // The preset picker comes with the extras (web::later).
                <div id={PRESETS_ID}></div>
                <section aria-labelledby="results-title">
                    <h2 id="results-title">{ "What this strategy does" }</h2>
                    if !warnings.is_empty() {
                        <ul class="warnings" aria-label="What the law says about this plan">
                            { for warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                        </ul>
                    }
                    { s.link_notes.clone() }
                    <Headline figures={figures(used, outcome)} />
                    // "What it takes" and "My cost" come with the extras (web::later).
                    <div id={TAKES_ID}></div>
                    <div id={MY_COST_ID}></div>
                    <SummaryView text={AttrValue::from(paragraph(used, outcome))} />
                    <Charts scenarios={s.shown.clone()} />
                    // The comparison and sharing come with the extras (web::later).
                    <div id={COMPARE_ID}></div>
                    <div id={EXTRAS_ID}></div>
                </section>
                // The calendar, the ballot and "How the model works" come with the extras (web::later).
                <div id={CALENDAR_ID}></div>
                <div id={BALLOT_ID}></div>
                <div id={EXPLAINER_ID}></div>
            }
            </main>
        </div>
        <footer class="foot">
            <p>{ "Strike Explorer explains; it does not predict. Every figure comes from the assumptions on this page, which you can change. Nothing you enter leaves your browser." }</p>
        </footer>
        </>
    }
}
