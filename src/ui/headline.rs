//! The headline figures above the charts, each linked to the part of "How the
//! model works" that explains it.

use crate::summary::Figure;
use yew::prelude::*;

/// Props of [`Headline`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeadlineProps {
    /// The figures to show.
    pub figures: Vec<Figure>,
    /// Where "How the model works" is, when not on this page (the embed view
    /// opens the full explorer in a new tab for it).
    #[prop_or_default]
    pub explained_at: Option<AttrValue>,
}

/// The headline figures.
#[function_component(Headline)]
pub fn headline(props: &HeadlineProps) -> Html {
    let (page, target) = match &props.explained_at {
        Some(url) => (url.as_str(), Some("_blank")),
        None => ("", None),
    };
    html! {
        <dl class="figures">
            { for props.figures.iter().map(|f| html! {
                <div class="figure" data-figure={f.id}>
                    <dt>{ f.label }</dt>
                    <dd class="figure-value">{ f.value.clone() }</dd>
                    <dd class="figure-note">{ f.note.clone() }{ " " }
                        <a href={format!("{page}#{}", f.section.anchor())} target={target} aria-label={format!("How {} is worked out", f.label.to_ascii_lowercase())}>{ "How?" }</a>
                    </dd>
                </div>
            }) }
        </dl>
    }
}
