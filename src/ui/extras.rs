//! The extras (`web::later`): a second app on the same page, started by
//! `src/bin/strike-extras.rs` once the explorer's first chart is drawn. It
//! mounts the downloads and the website code into the explorer's share
//! section, and "How the model works" at the foot of the results.

use super::downloads::Downloads;
use super::embed_code::EmbedCode;
use super::explainer::Explainer;
use crate::web::later::{EXPLAINER_ID, EXTRAS_ID};
use yew::prelude::*;

/// The downloads and the website code, side by side in the share section.
#[function_component(Extras)]
pub fn extras() -> Html {
    html! {
        <>
            <Downloads />
            <EmbedCode />
        </>
    }
}

/// Mounts the extras where the explorer left room for them (nothing where
/// it did not: the embed view has none).
pub fn start() {
    let Some(document) = crate::web::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.get_element_by_id(EXTRAS_ID) {
        yew::Renderer::<Extras>::with_root(root).render();
    }
    if let Some(root) = document.get_element_by_id(EXPLAINER_ID) {
        yew::Renderer::<Explainer>::with_root(root).render();
    }
}
