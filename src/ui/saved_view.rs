//! "Saved on this device" (part of the comparison): name and save the scenario
//! in the sliders in this browser's storage, then load, compare, rename or
//! delete it. Nothing is sent anywhere. Where storage is missing, refused or
//! full, the page says so and everything else works; a damaged entry is
//! shown and skipped, and a save is only taken as done once it reads back, so
//! a failed save never replaces a good one.

use super::compare_view::send_kept;
use super::hooks::{page_scenario_now, use_page_kept};
use crate::model::compare::{Kept, MAX_KEPT};
use crate::model::query::{from_query, to_query};
use crate::saved::{encode, key_at, read_all, Entry, Read};
use crate::web::later::{ask, Ask};
use crate::web::storage;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What storage holds: `None` if this page cannot use it.
fn read() -> Option<Vec<Read>> {
    storage::items().map(read_all)
}

/// Saves a scenario under a name as a new entry; once it reads back, removes
/// `replacing` (an older entry of the same name, or the one renamed).
fn save(name: &str, query: &str, replacing: Option<&str>) -> bool {
    let ok = storage::write(&key_at(storage::now_ms()), &encode(name, query));
    if ok {
        if let Some(old) = replacing {
            storage::remove(old);
        }
    }
    ok
}

/// The saved scenarios.
#[function_component(SavedView)]
pub fn saved_view() -> Html {
    let kept = use_page_kept();
    let entries = use_state(read);
    let said = use_state(String::new);
    let name = use_node_ref();
    let Some(list) = (*entries).clone() else {
        return html! {
            <section class="saved" aria-labelledby="saved-title">
                <h3 id="saved-title">{ "Saved on this device" }</h3>
                <p class="help" id="saved-unavailable">{ "Saving is not available here: this browser window does not allow it (a private window, or this page inside another site's frame). Everything else works: use Copy link to keep a plan." }</p>
            </section>
        };
    };
    let good: Vec<Entry> = list
        .iter()
        .filter_map(|r| match r {
            Read::Good(e) => Some(e.clone()),
            Read::Bad { .. } => None,
        })
        .collect();
    // Not a form: a frame sandboxed without allow-forms never submits one, so
    // the button and Enter in the name box save directly.
    let save_now = {
        let (entries, said, name, good) =
            (entries.clone(), said.clone(), name.clone(), good.clone());
        std::rc::Rc::new(move || {
            let scenario = page_scenario_now();
            let input = name.cast::<HtmlInputElement>();
            let typed = input.as_ref().map(|i| i.value()).unwrap_or_default();
            let n = crate::model::compare::clean_name(
                &typed,
                &format!("Saved scenario {}", good.len() + 1),
            );
            let same = good.iter().find(|e| e.name == n).map(|e| e.key.clone());
            if save(&n, &to_query(&scenario.0), same.as_deref()) {
                said.set(format!("Saved “{n}” on this device."));
                if let Some(i) = input {
                    i.set_value("");
                }
            } else {
                said.set("Could not save: this browser's storage is full or refused it. Your saved plans are as they were.".to_string());
            }
            entries.set(read());
        })
    };
    let on_save = {
        let save_now = save_now.clone();
        Callback::from(move |_: MouseEvent| save_now())
    };
    let on_name_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            save_now();
        }
    });
    let rows = list.iter().enumerate().map(|(i, r)| match r {
        Read::Good(e) => {
            let load = {
                let q = e.query.clone();
                Callback::from(move |_: MouseEvent| {
                    crate::web::perf::mark_input();
                    ask(&Ask::Scenario(q.clone()))
                })
            };
            let compare = {
                let (kept, e) = (kept.clone(), e.clone());
                Callback::from(move |_: MouseEvent| {
                    let mut k = (*kept).clone();
                    k.push(Kept {
                        name: e.name.clone(),
                        params: from_query(&e.query).0,
                    });
                    send_kept(&k);
                })
            };
            let rename = {
                let (entries, said, e) = (entries.clone(), said.clone(), e.clone());
                Callback::from(move |ev: Event| {
                    let Some(input) = ev.target_dyn_into::<HtmlInputElement>() else {
                        return;
                    };
                    let n = crate::model::compare::clean_name(&input.value(), &e.name);
                    if n != e.name {
                        said.set(if save(&n, &e.query, Some(&e.key)) {
                            format!("Renamed “{}” to “{n}”.", e.name)
                        } else {
                            "Could not rename: this browser's storage refused it. The plan is saved as it was.".to_string()
                        });
                        entries.set(read());
                    }
                })
            };
            let delete = {
                let (entries, said, e) = (entries.clone(), said.clone(), e.clone());
                Callback::from(move |_: MouseEvent| {
                    storage::remove(&e.key);
                    said.set(format!("Deleted “{}”.", e.name));
                    entries.set(read());
                })
            };
            html! {
                <li class="saved-item">
                    <label for={format!("saved-name-{i}")}>{ "Name" }</label>
                    <input type="text" id={format!("saved-name-{i}")} value={e.name.clone()}
                        maxlength="40" onchange={rename} />
                    <button type="button" class="saved-load" onclick={load}
                        aria-label={format!("Load “{}” into the sliders", e.name)}>{ "Load" }</button>
                    <button type="button" class="saved-compare" onclick={compare}
                        disabled={kept.len() >= MAX_KEPT}
                        aria-label={format!("Compare “{}”", e.name)}>{ "Compare" }</button>
                    <button type="button" class="saved-delete" onclick={delete}
                        aria-label={format!("Delete “{}”", e.name)}>{ "Delete" }</button>
                </li>
            }
        }
        Read::Bad { key, why } => {
            let delete = {
                let (entries, key) = (entries.clone(), key.clone());
                Callback::from(move |_: MouseEvent| {
                    storage::remove(&key);
                    entries.set(read());
                })
            };
            html! {
                <li class="saved-item saved-bad">
                    { format!("An entry could not be read: {why}. It is skipped. ") }
                    <button type="button" class="saved-delete-bad" onclick={delete}>{ "Delete it" }</button>
                </li>
            }
        }
    });
    html! {
        <section class="saved" aria-labelledby="saved-title">
            <h3 id="saved-title">{ "Saved on this device" }</h3>
            <div class="share-buttons">
                <label for="save-name">{ "Name" }</label>
                <input type="text" id="save-name" ref={name} maxlength="40" placeholder="Two one-day strikes"
                    onkeydown={on_name_key} />
                <button type="button" id="save-this" onclick={on_save}>{ "Save this plan" }</button>
            </div>
            <p class="help">{ "Saved only in this browser, on this device: nothing is sent anywhere." }</p>
            if !list.is_empty() {
                <ul class="saved-list" id="saved-list">{ for rows }</ul>
            }
            <p role="status" class="copied" id="saved-said">{ (*said).clone() }</p>
        </section>
    }
}
