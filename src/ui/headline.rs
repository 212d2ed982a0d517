//! The headline figures above the charts, each linked to the part of "How the
//! model works" that explains it.

use crate::summary::Figure;
use yew::prelude::*;

/// Props of [`Headline`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeadlineProps {
    /// The figures to show.
    pub figures: Vec<Figure>,
}

/// The headline figures.
#[function_component(Headline)]
pub fn headline(props: &HeadlineProps) -> Html {
    html! {
        <dl class="figures">
            { for props.figures.iter().map(|f| html! {
                <div class="figure" data-figure={f.id}>
                    <dt>{ f.label }</dt>
                    <dd class="figure-value">{ f.value.clone() }</dd>
                    <dd class="figure-note">{ f.note.clone() }{ " " }
                        <a href={format!("#{}", f.section.anchor())} aria-label={format!("How {} is worked out", f.label.to_lowercase())}>{ "How?" }</a>
                    </dd>
                </div>
            }) }
        </dl>
    }
}
