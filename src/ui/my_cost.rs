//! "My cost" (part of the extras, `web::later`), beside the headline figures:
//! a member puts in their own pay and the days they would strike, and sees
//! what the plan in the sliders costs them, and what a month of their levy
//! pays for in a targeted striker's strike pay. Nothing typed here leaves the
//! page or goes into the link.

use super::hooks::use_page_scenario;
use crate::format::money;
use crate::model::query::parse_number;
use crate::model::simulate::simulate;
use crate::personal::{my_cost, my_cost_words, national_days, Me};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the member typed (`None`: as the plan has it).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Typed {
    pay: Option<f64>,
    targeted: bool,
    days: Option<u32>,
}

/// The personal panel, folded until opened.
#[function_component(MyCost)]
pub fn my_cost_view() -> Html {
    let scenario = use_page_scenario();
    let typed = use_state(Typed::default);
    let outcome = use_memo(scenario.clone(), |s| simulate(&s.1));
    let p = &scenario.1;
    let plan_days = national_days(&outcome);
    let t = *typed;
    let me = Me {
        annual_pay: t
            .pay
            .map_or(p.annual_pay, |v| (v.clamp(0.0, 1e7) * 100.0).round() as i64),
        targeted: t.targeted,
        national_days: t.days.unwrap_or(plan_days).min(plan_days),
    };
    let cost = my_cost(p, &outcome, &me);
    let words = my_cost_words(p, &outcome, &me);
    let set = |f: fn(&mut Typed, &HtmlInputElement)| {
        let typed = typed.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let mut next = *typed;
                f(&mut next, &i);
                typed.set(next);
            }
        })
    };
    let on_pay = set(|t, i| {
        t.pay = parse_number(
            i.value()
                .trim()
                .trim_start_matches('£')
                .replace(',', "")
                .as_str(),
        )
        .filter(|v| v.is_finite() && *v >= 0.0)
    });
    let on_days = set(|t, i| {
        t.days = parse_number(i.value().trim())
            .filter(|v| v.is_finite() && *v >= 0.0)
            .map(|v| v.round() as u32)
    });
    let on_targeted = set(|t, i| t.targeted = i.checked());
    html! {
        <details class="my-cost" id="my-cost">
            <summary>{ "My cost: what this plan costs me" }</summary>
            // Closed, and a calculator: the page's static first view
            // (`ui::prerender`) leaves it out until the app starts.
            if !crate::web::prerendering() {
            <div class="my-cost-body">
                <div class="field">
                    <label for="my-pay">{ "My pay (£ a year)" }</label>
                    <input type="text" inputmode="decimal" id="my-pay" onchange={on_pay}
                        value={format!("{}", me.annual_pay / 100)} />
                </div>
                <div class="field check">
                    <input type="checkbox" id="my-targeted" checked={t.targeted} onchange={on_targeted} />
                    <label for="my-targeted">{ "I am on targeted action (every targeted strike day)" }</label>
                </div>
                <div class="field">
                    <label for="my-days">{ format!("National strike days I join (the plan has {plan_days})") }</label>
                    <input type="text" inputmode="numeric" id="my-days" onchange={on_days}
                        value={me.national_days.to_string()} />
                </div>
                <p class="my-cost-total"><strong id="my-cost-total">{ format!("This plan costs me {}", money(cost.total)) }</strong>
                    { " (pay lost, less strike pay, plus levy)." }</p>
                <ul class="help">{ for words.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
                <p class="help">{ "What you type here stays on this page: it is not in the link and is not saved." }</p>
            </div>
            }
        </details>
    }
}
