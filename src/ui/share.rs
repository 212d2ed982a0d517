//! Sharing: copy the link to this scenario, or a link without the union's own
//! figures for a public post. Where the clipboard is refused, the link is
//! shown in a box, selected, to copy by hand. Below, room for the extras
//! (`web::later`): the downloads and the code for a website.

use crate::model::query::{public_query, to_query};
use crate::model::Params;
use crate::web;
use crate::web::later::EXTRAS_ID;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Share`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareProps {
    /// The scenario as chosen: its links are written when a button is pressed,
    /// and its query is held for the extras on every change.
    pub params: Rc<Params>,
}

/// What the last button did.
#[derive(Clone, PartialEq)]
enum Said {
    Nothing,
    Done(String),
    ByHand(String),
}

/// The share buttons.
#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let said = use_state(|| Said::Nothing);
    let field = use_node_ref();
    let copy = |write: fn(&Params) -> String, what: &'static str| {
        let (said, params) = (said.clone(), props.params.clone());
        Callback::from(move |_: MouseEvent| {
            let url = web::url::link(&write(&params));
            let said = said.clone();
            wasm_bindgen_futures::spawn_local(async move {
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
                    onclick={copy(to_query, "The link to this scenario is copied.")}>
                    { "Copy link" }</button>
                <button type="button" id="copy-public-link"
                    onclick={copy(public_query, "The link is copied, without the strike fund, donations or pay.")}>
                    { "Copy a link without our figures" }</button>
            </div>
            <p class="help">{ "The link holds every setting, so whoever opens it sees these figures. The second leaves out the strike fund, donations and pay, for a public post." }</p>
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
            // Room for the extras (web::later): downloads and the code for a website.
            <div id={EXTRAS_ID} data-query={to_query(&props.params)}></div>
        </section>
    }
}
