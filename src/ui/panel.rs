//! The parameter panel: every input, grouped as the model is, each group
//! collapsible (a native `<details>`), with a reset control.

use super::slider::Slider;
use super::state::Action;
use crate::format::field_value;
use crate::model::calendar::Date;
use crate::model::fields::{Group, FIELDS};
use crate::model::params::{Params, PayDivisor, Regime};
use crate::web::perf;
use web_sys::{HtmlDetailsElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`Panel`].
#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    /// The current parameters.
    pub params: Params,
    /// Called with every change the user makes.
    pub on_action: Callback<Action>,
    /// Whether to build the inputs (false on the very first render).
    pub ready: bool,
}

fn select_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value())
}

fn checked(e: &Event) -> Option<bool> {
    e.target_dyn_into::<HtmlInputElement>().map(|i| i.checked())
}

fn extras(group: Group, p: &Params, on_action: &Callback<Action>) -> Html {
    let act = |f: fn(&Event) -> Option<Action>| {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(a) = f(&e) {
                perf::mark_input();
                on_action.emit(a);
            }
        })
    };
    match group {
        Group::Fund => html! {
            <div class="field">
                <label for="divisor">{ "A day's pay is" }</label>
                <select id="divisor" aria-describedby="h-divisor" onchange={act(|e| {
                    Some(Action::Divisor(if select_value(e)? == "365" { PayDivisor::CalendarDays365 } else { PayDivisor::WorkingDays260 }))
                })}>
                    <option value="260" selected={p.pay_divisor == PayDivisor::WorkingDays260}>{ "1/260 of annual pay (working days)" }</option>
                    <option value="365" selected={p.pay_divisor == PayDivisor::CalendarDays365}>{ "1/365 of annual pay (calendar days)" }</option>
                </select>
                <p class="help" id="h-divisor">{ format!("Deducted for each strike day: {}. Default: 1/260; some employers deduct 1/365.", crate::format::money(p.daily_pay())) }</p>
            </div>
        },
        Group::Action => html! {
            <>
            <div class="field">
                <label for="start">{ "Start of the model" }</label>
                <input type="date" id="start" value={p.start.to_string()} aria-describedby="h-start"
                    onchange={act(|e| Some(Action::Start(Date::parse_iso(&e.target_dyn_into::<HtmlInputElement>()?.value())?)))} />
                <p class="help" id="h-start">{ format!("{}. The model runs in working days (Monday to Friday) from here; bank holidays are not modelled.", crate::format::date(p.start)) }</p>
            </div>
            <div class="field">
                <label for="regime">{ "The law" }</label>
                <select id="regime" aria-describedby="h-regime" onchange={act(|e| {
                    Some(Action::Regime(if select_value(e)? == "2025" { Regime::EmploymentRightsAct2025 } else { Regime::TradeUnionAct2016 }))
                })}>
                    <option value="2016" selected={p.regime == Regime::TradeUnionAct2016}>{ "Trade Union Act 2016" }</option>
                    <option value="2025" selected={p.regime == Regime::EmploymentRightsAct2025}>{ "Employment Rights Act 2025" }</option>
                </select>
                <p class="help" id="h-regime">{ "Sets the minimum notice (14 or 10 days) and the ballot rules. The 2025 Act applies to ballots opened on or after 18 February 2026." }</p>
            </div>
            </>
        },
        Group::Uncertainty => html! {
            <div class="field check">
                <input type="checkbox" id="bands" checked={p.uncertainty.enabled} aria-describedby="h-bands"
                    onchange={act(|e| Some(Action::Bands(checked(e)?)))} />
                <label for="bands">{ "Show uncertainty bands" }</label>
                <p class="help" id="h-bands">{ "Runs the model many times with participation, levy take-up, overtime and cover drawn from the ranges below; the band holds the middle 80% of runs (10th to 90th percentile)." }</p>
            </div>
        },
        Group::Ballot => html! {
            <div class="field check">
                <input type="checkbox" id="ips" checked={p.ballot.important_public_services} aria-describedby="h-ips"
                    onchange={act(|e| Some(Action::ImportantServices(checked(e)?)))} />
                <label for="ips">{ "Important public services" }</label>
                <p class="help" id="h-ips">{ "Health, education, fire, transport, border security and nuclear decommissioning: under the 2016 Act, 40% of those balloted must also vote yes." }</p>
            </div>
        },
        Group::Work => html! {},
    }
}

/// The parameter panel.
#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let p = &props.params;
    // On a phone the groups start closed, so the results are a short scroll away.
    let narrow = *use_memo((), |_| crate::web::is_narrow());
    // Which groups are open. A closed group's inputs are not built at all, so a
    // phone (every group closed) gets to its first chart sooner.
    let open = use_state(|| {
        Group::ALL.map(|g| !narrow && !matches!(g, Group::Uncertainty | Group::Ballot))
    });
    // Stable callbacks: a slider whose value did not change is not re-rendered.
    let on_set = use_callback(
        props.on_action.clone(),
        |(k, v): (&'static str, f64), on_action| on_action.emit(Action::Set(k, v)),
    );
    let reset = use_callback(props.on_action.clone(), |_: MouseEvent, on_action| {
        on_action.emit(Action::Reset)
    });
    let groups = Group::ALL.iter().enumerate().map(|(i, &g)| {
        let is_open = open[i];
        let ontoggle = {
            let open = open.clone();
            Callback::from(move |e: Event| {
                if let Some(d) = e.target_dyn_into::<HtmlDetailsElement>() {
                    let mut now = *open;
                    if now[i] != d.open() {
                        now[i] = d.open();
                        open.set(now);
                    }
                }
            })
        };
        let sliders = FIELDS.iter().filter(|f| f.group == g && is_open).map(|f| {
            let (min, max) = (f.range)(p);
            let value = (f.get)(p);
            html! {
                <Slider key={f.key} key_name={f.key} label={f.label} help={f.help}
                    value={value} min={min} max={max} step={f.step}
                    text={AttrValue::from(field_value(f, value, p))}
                    on_change={on_set.clone()} />
            }
        });
        html! {
            <details class="group" open={is_open} {ontoggle}>
                <summary><h3>{ g.title() }</h3></summary>
                if is_open && props.ready {
                    { extras(g, p, &props.on_action) }
                    { for sliders }
                }
            </details>
        }
    });
    html! {
        <section class="panel" aria-labelledby="panel-title">
            <div class="panel-head">
                <h2 id="panel-title">{ "Your dispute" }</h2>
                <button type="button" class="reset" onclick={reset}>{ "Reset to defaults" }</button>
            </div>
            { for groups }
        </section>
    }
}
