//! The comparison's figures (part of the extras, `web::later`): one sentence
//! for each scenario after A on what it changes and what that does, and the
//! headline figures side by side with the differences from A. Shown under
//! "Compare strategies" and, read-only, in the embed view. Nothing when no
//! scenario is kept.

use super::hooks::{use_page_kept, use_page_scenario};
use crate::compare::{sentence, table, Side};
use crate::model::compare::letter;
use crate::model::simulate::{simulate, Outcome};
use crate::model::Params;
use std::rc::Rc;
use yew::prelude::*;

/// A scenario as compared: its letter, its heading and what it gives.
struct Compared {
    letter: String,
    heading: String,
    params: Params,
    outcome: Outcome,
}

/// The sentences and the table.
#[function_component(CompareTable)]
pub fn compare_table() -> Html {
    let scenario = use_page_scenario();
    let kept = use_page_kept();
    // Each scenario is worked out once for each change of the page.
    let compared = use_memo((scenario.clone(), kept.clone()), |(s, kept)| {
        let mut out: Vec<Compared> = kept
            .iter()
            .enumerate()
            .map(|(i, k)| {
                let mut used = k.params.clone();
                used.fit();
                Compared {
                    letter: letter(i).to_string(),
                    heading: format!("{}: {}", letter(i), k.name),
                    outcome: simulate(&used),
                    params: used,
                }
            })
            .collect();
        let l = letter(kept.len()).to_string();
        out.push(Compared {
            heading: format!("{l}: in the sliders"),
            letter: l,
            outcome: simulate(&s.1),
            params: s.1.clone(),
        });
        Rc::new(out)
    });
    // In the embed view, the page around must learn the new height (the
    // extras render apart from the embed view, which tells it otherwise).
    use_effect(crate::web::frame::post_height);
    if kept.is_empty() {
        return Html::default();
    }
    let sides: Vec<Side> = compared
        .iter()
        .map(|c| Side {
            name: &c.letter,
            params: &c.params,
            outcome: &c.outcome,
        })
        .collect();
    let rows = table(&sides);
    let sentences = sides[1..].iter().map(|b| sentence(&sides[0], b));
    html! {
        <div class="compare-figures">
            <ul class="compare-sentences" id="compare-sentences">
                { for sentences.map(|s| html! { <li>{ s }</li> }) }
            </ul>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
                <table class="compare-table" id="compare-table">
                    <caption id="compare-caption">{ "Headline figures side by side. Each difference is from A." }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Figure" }</th>
                            { for compared.iter().map(|c| html! { <th scope="col">{ c.heading.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr data-figure={r.id}>
                                <th scope="row">{ r.label }</th>
                                <td>{ r.values[0].clone() }</td>
                                { for r.values.iter().skip(1).zip(&r.differences).map(|(v, d)| html! {
                                    <td>{ v.clone() }<span class="diff">{ d.clone() }</span></td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
