//! "Put this on your website" (part of the extras, `web::later`): the code a branch web volunteer pastes into a
//! campaign page, for this scenario, with the sliders they choose. By default
//! it leaves out the union's own figures (a website is public) and adds the
//! resizer script, which a site that strips scripts can do without.

use super::hooks::{use_page_scenario, Link};
use crate::embed::{embed_code, SLIDER_CHOICES};
use crate::model::fields::FieldId;
use crate::model::query::{public_query, to_query, View, EMBED_SLIDERS};
use crate::web;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The choices that shape the code.
#[derive(Clone, PartialEq)]
struct Choices {
    open: bool,
    public: bool,
    resizer: bool,
    sliders: Vec<FieldId>,
}

/// The embed code and its choices, behind a button.
#[function_component(EmbedCode)]
pub fn embed_code_view() -> Html {
    let scenario = use_page_scenario();
    let params = &scenario.0;
    let choices = use_state(|| Choices {
        open: false,
        public: true,
        resizer: true,
        sliders: EMBED_SLIDERS.to_vec(),
    });
    let copied = use_state(|| None::<&'static str>);
    let area = use_node_ref();
    let toggle = {
        let choices = choices.clone();
        Callback::from(move |_: MouseEvent| {
            choices.set(Choices {
                open: !choices.open,
                ..(*choices).clone()
            })
        })
    };
    let c = &*choices;
    // The code is written only while it is shown.
    let (query, code) = if c.open {
        let scenario = if c.public {
            public_query(params)
        } else {
            to_query(params)
        };
        let view = View {
            embed: true,
            sliders: c.sliders.clone(),
        };
        let query = Link::join(&scenario, &view);
        let code = embed_code(&web::url::page(), &query, c.resizer);
        (query, code)
    } else {
        Default::default()
    };
    let check = |id: &'static str, label: &'static str, on: bool, set: fn(&mut Choices, bool)| {
        let choices = choices.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let mut next = (*choices).clone();
                set(&mut next, i.checked());
                choices.set(next);
            }
        });
        html! {
            <div class="field check">
                <input type="checkbox" {id} checked={on} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let slider_boxes = SLIDER_CHOICES.iter().map(|&fid| {
        let f = fid.field();
        let id = format!("embed-show-{}", f.key);
        let choices = choices.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let mut next = (*choices).clone();
                let mut on: Vec<FieldId> = next.sliders.clone();
                on.retain(|x| *x != fid);
                if i.checked() {
                    on.push(fid);
                }
                // Keep the order the choices are offered in.
                next.sliders = SLIDER_CHOICES
                    .iter()
                    .copied()
                    .filter(|x| on.contains(x))
                    .collect();
                choices.set(next);
            }
        });
        html! {
            <div class="field check">
                <input type="checkbox" id={id.clone()} checked={c.sliders.contains(&fid)} {onchange} />
                <label for={id}>{ f.label }</label>
            </div>
        }
    });
    let copy = {
        let (code, copied, area) = (code.clone(), copied.clone(), area.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, copied, area) = (code.clone(), copied.clone(), area.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if web::url::copy(&code).await {
                    copied.set(Some("The code is copied. Paste it into your page's HTML."));
                } else {
                    if let Some(t) = area.cast::<HtmlTextAreaElement>() {
                        t.select();
                    }
                    copied.set(Some("This browser will not copy for you: the code is selected, so copy it with your keyboard or menu."));
                }
            });
        })
    };
    html! {
        <div class="embed-code">
            <button type="button" id="embed-open" aria-expanded={c.open.to_string()}
                aria-controls="embed-panel" onclick={toggle}>{ "Put this on your website" }</button>
            if c.open {
                <div id="embed-panel" class="embed-panel">
                    <p class="help">{ "Paste this code into a page of your campaign website, in its HTML or code block. It shows this plan's charts, figures and summary, and the sliders you choose below, with a link to the full explorer. The iframe works alone; the script, where your site allows scripts, fits its height to what it shows." }</p>
                    <label for="embed-code-text">{ "Code for your page" }</label>
                    <textarea id="embed-code-text" ref={area} class="code" readonly=true rows="6" value={code} />
                    <div class="share-buttons">
                        <button type="button" id="embed-copy" onclick={copy}>{ "Copy the code" }</button>
                        <a href={web::url::link(&query)} target="_blank" rel="noopener" id="embed-preview">{ "Preview it in a new tab" }</a>
                    </div>
                    <div role="status">{ copied.map(|m| html! { <p class="copied">{ m }</p> }).unwrap_or_default() }</div>
                    { check("embed-public", "Leave out our strike fund, donations and pay (a website is public)", c.public, |c, on| c.public = on) }
                    { check("embed-resizer", "Add the script that fits the height (leave it off if your site strips scripts)", c.resizer, |c, on| c.resizer = on) }
                    <fieldset class="embed-sliders-choice">
                        <legend>{ "Sliders to show" }</legend>
                        { for slider_boxes }
                    </fieldset>
                </div>
            }
        </div>
    }
}
