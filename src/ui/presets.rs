//! The preset picker: the strategies from the bulletins, each with its neutral
//! description, and what choosing one changed.

use super::state::Action;
use crate::model::presets::PRESETS;
use crate::web::perf;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`Presets`].
#[derive(Properties, PartialEq, Clone)]
pub struct PresetsProps {
    /// The preset the parameters are, if they are exactly one.
    pub current: Option<&'static str>,
    /// What the last preset or reset changed.
    pub changed: Vec<String>,
    /// Called with the chosen preset.
    pub on_action: Callback<Action>,
}

/// The preset picker.
#[function_component(Presets)]
pub fn presets(props: &PresetsProps) -> Html {
    let onchange = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Some(p) = PRESETS.iter().find(|p| p.id == sel.value()) {
                perf::mark_input();
                on_action.emit(Action::Preset(p.id));
            }
        })
    };
    let current = props
        .current
        .and_then(|id| PRESETS.iter().find(|p| p.id == id));
    html! {
        <section class="presets" aria-labelledby="presets-title">
            <h2 id="presets-title">{ "Start from a strategy" }</h2>
            <label for="preset" class="visually-hidden">{ "Strategy" }</label>
            <select id="preset" {onchange}>
                <option value="" selected={current.is_none()}>{ "Choose a strategy…" }</option>
                { for PRESETS.iter().map(|p| html! {
                    <option value={p.id} selected={props.current == Some(p.id)}>{ p.name }</option>
                }) }
            </select>
            if let Some(p) = current {
                <p class="preset-description">{ p.description }</p>
            }
            if !props.changed.is_empty() {
                <details class="changed">
                    <summary>{ format!("What changed ({})", props.changed.len()) }</summary>
                    <ul>{ for props.changed.iter().map(|c| html! { <li>{ c.clone() }</li> }) }</ul>
                </details>
            }
        </section>
    }
}
