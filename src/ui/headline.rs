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

/// Which section of the explanation explains a figure.
fn section(id: &str) -> &'static str {
    match id {
        "runs-out" | "fund-low" | "strike-pay" => "#model-the-fund",
        "strike-days" | "member-cost" => "#model-members-costs",
        "disruption" => "#model-headline-figures",
        _ => "#model-the-work-and-the-backlog",
    }
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
                        <a href={section(f.id)} aria-label={format!("How {} is worked out", f.label.to_lowercase())}>{ "How?" }</a>
                    </dd>
                </div>
            }) }
        </dl>
    }
}
