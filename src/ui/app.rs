//! The app: reads the page's address once, then shows the whole explorer or,
//! for a campaign website's iframe (`embed=1`), the embed view.

use super::embed_view::EmbedView;
use super::explorer::Explorer;
use super::hooks::Link;
use crate::web;
use yew::prelude::*;

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    // The address is the scenario: read once, on load.
    let link = use_memo((), |_| Link::read(&web::url::query()));
    if link.view.embed {
        html! { <EmbedView {link} /> }
    } else {
        html! { <Explorer {link} /> }
    }
}
