//! What a link could not use as written, and the figures it left out on
//! purpose: shown above the figures until the reader changes something.

use yew::prelude::*;

/// Props of [`LinkNotes`].
#[derive(Properties, PartialEq, Clone)]
pub struct LinkNotesProps {
    /// A sentence for each setting that could not be used as written.
    pub notes: Vec<String>,
    /// The sentence on the union's own figures, if the link left them out.
    pub left_out: Option<String>,
}

/// The notes on the link.
#[function_component(LinkNotes)]
pub fn link_notes(props: &LinkNotesProps) -> Html {
    html! {
        <>
        if !props.notes.is_empty() {
            <div class="link-notes" role="status">
                <p>{ "This link had settings that could not be used as written:" }</p>
                <ul>{ for props.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
            </div>
        }
        if let Some(line) = &props.left_out {
            <p class="left-out" role="status">{ line.clone() }</p>
        }
        </>
    }
}
