//! Sharing (part of the extras, `web::later`): copy the link to this
//! scenario, with any kept for comparison, or a link without the union's own
//! figures for a public post. Where the clipboard is refused, the link is
//! shown in a box, selected, to copy by hand.

use super::hooks::{page_kept_now, page_scenario_now, Link};
use crate::model::compare::{kept_query, public_kept_query, Kept};
use crate::model::query::{public_query, to_query};
use crate::model::Params;
use crate::web;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the last button did.
#[derive(Clone, PartialEq)]
enum Said {
    Nothing,
    Done(String),
    ByHand(String),
}

/// The share buttons.
#[function_component(Share)]
pub fn share() -> Html {
    let said = use_state(|| Said::Nothing);
    let field = use_node_ref();
    type Write = (fn(&Params) -> String, fn(&[Kept]) -> String);
    let copy = |(write, write_kept): Write, what: &'static str| {
        let said = said.clone();
        Callback::from(move |_: MouseEvent| {
            let said = said.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // As the page is now, not as it was when the buttons last drew:
                // read once a change made just before the click (a typed value,
                // set as its box lost focus) has drawn. Some browsers deliver
                // the blur and the click together, before the page draws.
                web::next_task().await;
                let (scenario, kept) = (page_scenario_now(), page_kept_now());
                let url = web::url::link(&Link::with_kept(&write(&scenario.0), &write_kept(&kept)));
                if web::url::copy(&url).await {
                    said.set(Said::Done(what.to_string()));
                } else {
                    said.set(Said::ByHand(url));
                }
            });
        })
    };
    // Select the link in the box as soon as it shows, ready to copy.
    {
        let field = field.clone();
        use_effect_with((*said).clone(), move |_| {
            if let Some(input) = field.cast::<HtmlInputElement>() {
                input.select();
            }
        });
    }
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{ "Share this plan" }</h2>
            <div class="share-buttons">
                <button type="button" id="copy-link"
                    onclick={copy((to_query, kept_query), "The link to this scenario is copied.")}>
                    { "Copy link" }</button>
                <button type="button" id="copy-public-link"
                    onclick={copy((public_query, public_kept_query), "The link is copied, without the strike fund, donations or pay.")}>
                    { "Copy a link without our figures" }</button>
            </div>
            <p class="help">{ "The link holds every setting, and any scenarios kept to compare, so whoever opens it sees these figures. The second leaves out the strike fund, donations and pay, for a public post." }</p>
            <div role="status">
                { match &*said {
                    Said::Nothing => html! {},
                    Said::Done(what) => html! { <p class="copied">{ what.clone() }</p> },
                    Said::ByHand(url) => html! {
                        <>
                        <label for="link-to-copy">{ "This browser will not copy for you: copy this link." }</label>
                        <input id="link-to-copy" ref={field.clone()} class="link-box" readonly=true value={url.clone()} />
                        </>
                    },
                } }
            </div>
        </section>
    }
}
