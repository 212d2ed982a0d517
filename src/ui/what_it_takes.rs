//! "What it takes" (part of the extras, `web::later`), beside the headline
//! figures: the lowest levy that lasts, the most targeted strikers the fund
//! can pay, the highest strike pay it can sustain and the break-even striker
//! count, each with what it assumes and, where there is an answer, "Use this",
//! which sets it in the explorer. Where there is none, why.

use super::hooks::use_page_scenario;
use crate::format::field_value;
use crate::summary::what_it_takes;
use crate::web;
use yew::prelude::*;

/// The answers for the scenario the explorer holds.
#[function_component(WhatItTakes)]
pub fn what_it_takes_view() -> Html {
    let scenario = use_page_scenario();
    let used = &scenario.1;
    // The four solvers run once for each change of the scenario.
    let answers = use_memo(scenario.clone(), |s| what_it_takes(&s.1));
    html! {
        <section class="what-it-takes" aria-labelledby="takes-title">
            <h3 id="takes-title">{ "What it takes" }</h3>
            <ul class="takes">
                { for answers.iter().enumerate().map(|(i, t)| {
                    let button = t.set.map(|(id, v)| {
                        let f = id.field();
                        let setting = format!("{}={v}", f.key);
                        let onclick = Callback::from(move |_: MouseEvent| web::later::ask_to_use(&setting));
                        html! {
                            <button type="button" id={format!("use-{i}")} {onclick}
                                aria-label={format!("Use this: set {} to {}", f.label, field_value(f, v, used))}>
                                { "Use this" }</button>
                        }
                    });
                    html! {
                        <li>
                            <span class="takes-label">{ t.label }</span>{ ": " }
                            <strong class="takes-answer">{ t.answer.clone() }</strong>
                            { " " }{ button.unwrap_or_default() }
                            <span class="help">{ t.assumes }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
