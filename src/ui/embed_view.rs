//! The embed view, for an iframe on a campaign website: the summary, a few
//! sliders chosen in the link, the headline figures and the charts, with no
//! page header, footer or panel, and a link that opens the full explorer with
//! the same scenario in a new tab. It tells the page around it its height
//! (`web::frame`), and nothing in it is sized by the window's height.

use super::charts::Charts;
use super::headline::Headline;
use super::hooks::{use_scenario, use_window_resize, Link};
use super::slider::{Change, Slider, TypedNotes};
use super::state::Action;
use super::summary_view::SummaryView;
use crate::format::{field_help, field_value};
use crate::model::compare::kept_query;
use crate::model::query::to_query;
use crate::summary::{figures, paragraph, warnings};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EmbedView`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedViewProps {
    /// What the page's address asked for when it opened.
    pub link: Rc<Link>,
}

/// The embed view.
#[function_component(EmbedView)]
pub fn embed_view(props: &EmbedViewProps) -> Html {
    let s = use_scenario(props.link.clone());
    let (used, outcome) = (&*s.used, &*s.outcome);
    let typed = use_reducer(TypedNotes::default);
    let on_set = use_callback(
        (s.on_action.clone(), typed.dispatcher()),
        |c: Change, (on_action, typed)| {
            on_action.emit(Action::Set(c.id, c.value));
            typed.dispatch(c);
        },
    );
    // A new width re-renders the view (and so measures it again, below).
    let _width_changes = use_window_resize();
    // A comparison's sentences and table come with the extras (web::later),
    // loaded only when the link keeps scenarios to compare.
    let comparing = !s.kept.is_empty();
    use_effect_with(comparing, |comparing| {
        web::show_app();
        if *comparing {
            web::later::load();
        }
    });
    // After every render: tell the page around how tall the view now is.
    use_effect(web::frame::post_height);
    let full = web::url::link(&Link::with_kept(
        &to_query(&s.state.params),
        &kept_query(&s.kept),
    ));
    let warnings = warnings(used, outcome);
    let sliders = props.link.view.sliders.iter().map(|id| {
        let f = id.field();
        let (min, max) = f.bounds(used);
        let value = (f.get)(used);
        html! {
            <Slider key={f.key} id={*id} help={AttrValue::from(field_help(f))}
                {value} {min} {max}
                text={AttrValue::from(field_value(f, value, used))}
                note={typed.note(f, used, &s.fit_notes)}
                on_change={on_set.clone()} />
        }
    });
    html! {
        <div class="embed">
            <div id={web::later::SCENARIO_ID} hidden=true
                data-query={Link::with_kept(&to_query(&s.state.params), &kept_query(&s.kept))}></div>
            <h1 class="embed-title">{ "Strike Explorer: what this plan does" }</h1>
            { s.link_notes.clone() }
            if !warnings.is_empty() {
                <ul class="warnings" aria-label="What the law says about this plan">
                    { for warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                </ul>
            }
            <SummaryView text={AttrValue::from(paragraph(used, outcome))} />
            if !props.link.view.sliders.is_empty() {
                <section class="embed-sliders" aria-labelledby="embed-sliders-title">
                    <h2 id="embed-sliders-title">{ "Try other choices" }</h2>
                    { for sliders }
                </section>
            }
            <Headline figures={figures(used, outcome)} explained_at={AttrValue::from(full.clone())} />
            <Charts scenarios={s.shown.clone()} />
            if comparing {
                <div id={web::later::COMPARE_TABLE_ID}></div>
            }
            <p class="embed-foot">
                <a href={full} target="_blank" rel="noopener" id="open-full">{ "Open the full explorer" }</a>
                { " with this plan, in a new tab, to change every setting, share it or download it. Strike Explorer explains; it does not predict. Nothing you enter leaves your browser." }
            </p>
        </div>
    }
}
