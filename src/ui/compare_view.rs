//! "Compare strategies" (part of the extras, `web::later`), under the charts:
//! keep the scenario in the sliders (or a preset) as A, change things, and see
//! the kept scenarios beside it: on the charts (drawn by the explorer), here
//! as headline figures side by side with the differences from A, and in one
//! sentence each. Kept scenarios can be renamed, removed or brought back into
//! the sliders; they travel in the page's link. Saved scenarios follow.

use super::compare_table::CompareTable;
use super::hooks::{page_kept_now, page_scenario_now, use_page_kept};
use super::saved_view::SavedView;
use crate::model::compare::{clean_name, kept_query, letter, Kept, MAX_KEPT};
use crate::model::presets::{matching, PRESETS};
use crate::model::query::to_query;
use crate::model::Params;
use crate::web::later::{ask, Ask};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Asks the explorer to keep these scenarios.
pub fn send_kept(kept: &[Kept]) {
    crate::web::perf::mark_input();
    ask(&Ask::Kept(kept_query(kept)));
}

/// A name for the scenario kept at place `i`: its preset's, or `Scenario A`.
pub fn default_name(p: &Params, i: usize) -> String {
    matching(p).map_or(format!("Scenario {}", letter(i)), |pr| pr.name.to_string())
}

/// The comparison.
#[function_component(CompareView)]
pub fn compare_view() -> Html {
    let kept = use_page_kept();
    let full = kept.len() >= MAX_KEPT;
    let keep = Callback::from(move |_: MouseEvent| {
        // As the page is now, not as it was when this last drew.
        let (scenario, mut k) = (page_scenario_now(), page_kept_now());
        k.push(Kept {
            name: default_name(&scenario.0, k.len()),
            params: scenario.0.clone(),
        });
        send_kept(&k);
    });
    let keep_preset = {
        let kept = kept.clone();
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Some(p) = PRESETS.iter().find(|p| p.id == sel.value()) {
                let mut k = (*kept).clone();
                k.push(Kept {
                    name: p.name.to_string(),
                    params: p.params(),
                });
                send_kept(&k);
            }
            sel.set_value("");
        })
    };
    let items = kept.iter().enumerate().map(|(i, k)| {
        let l = letter(i);
        let rename = {
            let kept = kept.clone();
            Callback::from(move |e: Event| {
                if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                    let mut k = (*kept).clone();
                    if let Some(one) = k.get_mut(i) {
                        one.name = clean_name(&input.value(), &format!("Scenario {l}"));
                    }
                    send_kept(&k);
                }
            })
        };
        let remove = {
            let kept = kept.clone();
            Callback::from(move |_: MouseEvent| {
                let mut k = (*kept).clone();
                if i < k.len() {
                    k.remove(i);
                }
                send_kept(&k);
            })
        };
        let bring_back = {
            let q = to_query(&k.params);
            Callback::from(move |_: MouseEvent| {
                crate::web::perf::mark_input();
                ask(&Ask::Scenario(q.clone()))
            })
        };
        html! {
            <li class="kept-item">
                <label for={format!("kept-name-{i}")}>{ format!("Name of {l}") }</label>
                <input type="text" id={format!("kept-name-{i}")} value={k.name.clone()}
                    maxlength="40" onchange={rename} />
                <button type="button" id={format!("kept-use-{i}")} onclick={bring_back}
                    aria-label={format!("Use {l} in the sliders")}>{ "Use in the sliders" }</button>
                <button type="button" id={format!("kept-remove-{i}")} onclick={remove}
                    aria-label={format!("Remove {l}")}>{ "Remove" }</button>
            </li>
        }
    });
    let now = letter(kept.len());
    html! {
        <section class="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{ "Compare strategies" }</h2>
            <p class="help">{ format!(
                "Keep this plan, then change the sliders: the charts show both, told apart by dash and by the name at each line's end. You can keep {MAX_KEPT} plans beside the one in the sliders.") }</p>
            <div class="share-buttons">
                <button type="button" id="keep-this" onclick={keep} disabled={full}>
                    { format!("Keep this as {now}") }</button>
                <label class="inline" for="keep-preset">{ "or keep a preset:" }</label>
                <select id="keep-preset" onchange={keep_preset} disabled={full}>
                    <option value="" selected=true>{ "Choose a preset" }</option>
                    { for PRESETS.iter().map(|p| html! { <option value={p.id}>{ p.name }</option> }) }
                </select>
            </div>
            if full {
                <p class="help">{ "Remove a kept plan to keep another." }</p>
            }
            if !kept.is_empty() {
                <ol class="kept" aria-label="Kept plans">{ for items }</ol>
            }
            <CompareTable />
            <SavedView />
        </section>
    }
}
