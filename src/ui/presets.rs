//! The preset picker (part of the extras, `web::later`), at the top of the
//! results: the strategies from the bulletins, each with its neutral
//! description, and what choosing one changed. Choosing one sends its
//! settings to the explorer as a whole scenario.

use super::hooks::use_page_scenario;
use crate::model::presets::{matching, PRESETS};
use crate::model::query::to_query;
use crate::model::Params;
use crate::summary::changes;
use crate::web::later::{ask, Ask};
use crate::web::perf;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Keys that move through a closed list without choosing.
const BROWSING_KEYS: [&str; 6] = ["ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"];

/// The preset picker. Choosing with the mouse applies a strategy at once;
/// arrowing through the list from the keyboard only shows each one's
/// description, and Enter applies it (Escape or leaving the list goes back).
#[function_component(Presets)]
pub fn presets() -> Html {
    let scenario = use_page_scenario();
    let current = matching(&scenario.0).map(|p| p.id);
    let select = use_node_ref();
    let keyed = use_mut_ref(|| false);
    let preview = use_state(|| None::<&'static str>);
    // What the last preset chose, and what it changed, until the settings move on.
    let applied = use_state(|| None::<(Params, Vec<String>)>);
    {
        let applied = applied.clone();
        use_effect_with(scenario.clone(), move |s| {
            if applied.as_ref().is_some_and(|(p, _)| *p != s.0) {
                applied.set(None);
            }
        });
    }
    let apply = {
        let (scenario, applied) = (scenario.clone(), applied.clone());
        move |id: &'static str| {
            if let Some(pr) = PRESETS.iter().find(|p| p.id == id) {
                perf::mark_input();
                let params = pr.params();
                applied.set(Some((params.clone(), changes(&scenario.0, &params))));
                ask(&Ask::Scenario(to_query(&params)));
            }
        }
    };
    let changed: &[String] = applied.as_ref().map_or(&[], |(_, c)| c);
    let back_to_current = {
        let (select, current) = (select.clone(), current.unwrap_or(""));
        move || {
            if let Some(s) = select.cast::<HtmlSelectElement>() {
                s.set_value(current);
            }
        }
    };
    let onchange = {
        let (keyed, preview, apply) = (keyed.clone(), preview.clone(), apply.clone());
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let Some(p) = PRESETS.iter().find(|p| p.id == sel.value()) else {
                return;
            };
            if *keyed.borrow() {
                preview.set(Some(p.id));
            } else {
                apply(p.id);
            }
        })
    };
    let onkeydown = {
        let (keyed, preview, back) = (keyed.clone(), preview.clone(), back_to_current.clone());
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if BROWSING_KEYS.contains(&key.as_str()) {
                *keyed.borrow_mut() = true;
            } else if key == "Enter" {
                if let Some(id) = *preview {
                    e.prevent_default();
                    apply(id);
                    preview.set(None);
                }
            } else if key == "Escape" && preview.is_some() {
                back();
                preview.set(None);
            }
        })
    };
    let onblur = {
        let (keyed, preview) = (keyed.clone(), preview.clone());
        Callback::from(move |_: FocusEvent| {
            *keyed.borrow_mut() = false;
            if preview.is_some() {
                back_to_current();
                preview.set(None);
            }
        })
    };
    let find = |id: Option<&'static str>| id.and_then(|id| PRESETS.iter().find(|p| p.id == id));
    let chosen = current;
    let current = find(current);
    let shown = find(*preview).or(current);
    html! {
        <section class="presets" aria-labelledby="presets-title">
            <h2 id="presets-title">{ "Start from a strategy" }</h2>
            <label for="preset" class="visually-hidden">{ "Strategy" }</label>
            <select id="preset" ref={select} aria-describedby="preset-description" {onchange} {onkeydown} {onblur}>
                <option value="" selected={current.is_none()}>{ "Your own settings (not one of these strategies)" }</option>
                { for PRESETS.iter().map(|p| html! {
                    <option value={p.id} selected={chosen == Some(p.id)}>{ p.name }</option>
                }) }
            </select>
            <p class="preset-description" id="preset-description">
                { shown.map_or("The settings below are your own.", |p| p.description) }
                if preview.is_some() {
                    <strong>{ " Press Enter to use this strategy." }</strong>
                }
            </p>
            if !changed.is_empty() {
                <details class="changed">
                    <summary>{ format!("What changed ({})", changed.len()) }</summary>
                    <ul>{ for changed.iter().map(|c| html! { <li>{ c.clone() }</li> }) }</ul>
                </details>
            }
        </section>
    }
}
