//! The parameter panel: every input, grouped as the model is, each group
//! collapsible (a native `<details>`), with a reset control. The sliders come
//! from the field table; the lists of choices from the model's enums.

use super::hooks::use_open_groups;
use super::slider::{Change, Slider, TypedNotes};
use super::state::Action;
use crate::format::{date, field_help, field_value, join_and, money, money_small};
use crate::model::calendar::Date;
use crate::model::choices::Choice;
use crate::model::choices::FOLLOW_START;
use crate::model::fields::Field;
use crate::model::fields::{Group, Unit, FIELDS};
use crate::model::params::{FundRule, Mandate, Params, PayDivisor, PayRule, Regime, Scope};
use crate::model::validate::Adjustment;
use crate::web::perf;
use std::rc::Rc;
use web_sys::{HtmlDetailsElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`Panel`].
#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    /// The parameters as chosen.
    pub params: Params,
    /// The parameters in use: as chosen, brought within what the other
    /// settings allow (`Params::fit`). The sliders show these.
    pub used: Rc<Params>,
    /// Where a choice does not fit, and what is used instead.
    pub fit_notes: Rc<Vec<Adjustment>>,
    /// Called with every change the user makes.
    pub on_action: Callback<Action>,
    /// What to keep at the top of the panel (the peek).
    #[prop_or_default]
    pub children: Html,
}

fn select_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value())
}

fn checked(e: &Event) -> Option<bool> {
    e.target_dyn_into::<HtmlInputElement>().map(|i| i.checked())
}

/// Whether a setting is in use with the others as they are: the flat rates
/// only under a flat rule, the bands' settings only under the rule by band,
/// the lower levy only with a levy threshold, the yes votes only with votes
/// cast. Settings not in use are not shown (their values are kept).
fn in_use(f: &Field, p: &Params) -> bool {
    use crate::model::fields::FieldId as F;
    match f.id {
        F::FlatPay => p.pay_rule != PayRule::Share,
        F::BandLowPay | F::BandThreshold | F::BandShareBelow => p.pay_rule == PayRule::Banded,
        F::TargetedPay | F::HardshipPay => p.pay_rule == PayRule::Share,
        F::LevyLow | F::LevyShareBelow => p.levy_threshold > 0,
        F::YesVotes => p.ballot.votes_cast > 0,
        F::Turnout | F::Yes => p.ballot.votes_cast == 0,
        _ => true,
    }
}

/// The law's help line, from what each law says.
fn law_help() -> String {
    let notice: Vec<String> = Regime::ALL
        .iter()
        .map(|r| format!("{} days under the {}", r.minimum_notice_days(), r.label()))
        .collect();
    let from: Vec<String> = Regime::ALL
        .iter()
        .filter_map(|r| {
            r.ballots_opened_from().map(|d| {
                format!(
                    " The {} applies to ballots opened on or after {}.",
                    r.label(),
                    date(d)
                )
            })
        })
        .collect();
    format!(
        "Sets the minimum notice ({}) and the ballot rules.{} Default: follow the start date, taking the law for a ballot opened on that day.",
        notice.join(", "),
        from.concat()
    )
}

/// The ballot date's help line: how long the mandate lasts, and to when.
fn mandate_help(p: &Params) -> String {
    let law = p.law();
    format!(
        "A mandate lasts {} months from the ballot under the {}: this one runs to {}. Action after that needs a new ballot and is not counted. Default: the start date.",
        law.mandate_months(),
        law.label(),
        date(p.mandate_ends())
    )
}

/// The important-public-services help line, from which laws have the 40% rule.
fn forty_percent_help() -> String {
    let laws: Vec<&str> = Regime::ALL
        .iter()
        .filter(|r| r.has_forty_percent_rule())
        .map(|r| r.label())
        .collect();
    format!(
        "Health, education, fire, transport, border security and nuclear decommissioning: under the {}, 40% of those balloted must also vote yes.",
        laws.join(" or the ")
    )
}

/// The bands' help line, naming what varies as the ranges below name it.
fn bands_help() -> String {
    let varied: Vec<String> = FIELDS
        .iter()
        .filter(|f| f.group == Group::Uncertainty && f.unit == Unit::PercentPoints)
        .map(|f| {
            f.label
                .trim_end_matches(", either way")
                .to_ascii_lowercase()
        })
        .collect();
    format!(
        "Runs the model many times, drawing {} from the ranges below. The band holds the middle 80% of runs (10th to 90th percentile).",
        join_and(&varied)
    )
}

/// A labelled list of choices with its help line: `options` are (code, label, selected).
fn select(
    id: &'static str,
    label: &'static str,
    options: Vec<(&'static str, String, bool)>,
    help: String,
    onchange: Callback<Event>,
) -> Html {
    let help_id = format!("h-{id}");
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} aria-describedby={help_id.clone()} {onchange}>
                { for options.into_iter().map(|(code, text, selected)| html! {
                    <option value={code} {selected}>{ text }</option>
                }) }
            </select>
            <p class="help" id={help_id}>{ help }</p>
        </div>
    }
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
            <>
            { select(
                "divisor",
                "A day's pay is",
                PayDivisor::ALL.map(|d| (d.code(), d.label().to_string(), p.pay_divisor == d)).into(),
                format!("Deducted for each strike day: {}. Default: {}; some employers use the other.",
                    money(p.daily_pay()), PayDivisor::default().label()),
                act(|e| Some(Action::Divisor(PayDivisor::from_code(&select_value(e)?)?))),
            ) }
            { select(
                "empty",
                "When the fund is empty",
                FundRule::ALL.map(|r| (r.code(), r.label().to_string(), p.fund_rule == r)).into(),
                format!("A shortfall shows how much more must be found; stopping shows what strikers would really get. Default: {}.",
                    FundRule::default().label().to_ascii_lowercase()),
                act(|e| Some(Action::FundRule(FundRule::from_code(&select_value(e)?)?))),
            ) }
            { select(
                "rule",
                Choice::Rule.label(),
                PayRule::ALL.map(|r| (r.code(), r.label().to_string(), p.pay_rule == r)).into(),
                format!("Now {} a day for a targeted striker on average pay. A share uses the two strike pay sliders below; the flat rules pay every striker, national days too, the flat amounts below, never more than a day's pay. Default: {}.",
                    money_small(p.strike_pay_rate(p.targeted_strike_pay)), PayRule::default().label().to_ascii_lowercase()),
                act(|e| Some(Action::PayRule(PayRule::from_code(&select_value(e)?)?))),
            ) }
            </>
        },
        Group::Action => html! {
            <>
            <div class="field">
                <label for="start">{ "Start of the model" }</label>
                <input type="date" id="start" value={p.start.to_string()} aria-describedby="h-start"
                    onchange={act(|e| Some(Action::Start(Date::parse_iso(&e.target_dyn_into::<HtmlInputElement>()?.value())?)))} />
                <p class="help" id="h-start">{ format!("{}. The model runs in working days (Monday to Friday) from here; bank holidays are not modelled.", date(p.start)) }</p>
            </div>
            { select(
                "regime",
                "The law",
                std::iter::once((
                    FOLLOW_START,
                    format!("Follow the start date (now the {})", Regime::for_ballot_opened_on(p.start).label()),
                    p.regime.is_none(),
                ))
                .chain(Regime::ALL.map(|r| (r.code(), r.label().to_string(), p.regime == Some(r))))
                .collect(),
                law_help(),
                act(|e| {
                    let v = select_value(e)?;
                    Some(Action::Regime(match v.as_str() {
                        FOLLOW_START => None,
                        code => Some(Regime::from_code(code)?),
                    }))
                }),
            ) }
            </>
        },
        Group::Uncertainty => html! {
            <div class="field check">
                <input type="checkbox" id="bands" checked={p.uncertainty.enabled} aria-describedby="h-bands"
                    onchange={act(|e| Some(Action::Bands(checked(e)?)))} />
                <label for="bands">{ "Show uncertainty bands" }</label>
                <p class="help" id="h-bands">{ bands_help() }</p>
            </div>
        },
        Group::Ballot => html! {
            <>
            <div class="field">
                <label for="closed">{ Choice::BallotCloses.label() }</label>
                <input type="date" id="closed" value={p.ballot_closes().to_string()} max={p.start.to_string()}
                    aria-describedby="h-closed"
                    onchange={act(|e| Some(Action::BallotCloses(Date::parse_iso(&e.target_dyn_into::<HtmlInputElement>()?.value()))))} />
                <p class="help" id="h-closed">{ mandate_help(p) }</p>
            </div>
            { select(
                "asked",
                Choice::Asked.label(),
                Mandate::ALL.map(|m| (m.code(), m.label().to_string(), p.ballot.asked == m)).into(),
                format!("A mandate covers only the kinds of action the ballot paper asked about: action it did not ask about is not counted. The 2022 national ballot asked only about strikes. Default: {}.",
                    Mandate::default().label().to_ascii_lowercase()),
                act(|e| Some(Action::Asked(Mandate::from_code(&select_value(e)?)?))),
            ) }
            <div class="field check">
                <input type="checkbox" id="ips" checked={p.ballot.important_public_services} aria-describedby="h-ips"
                    onchange={act(|e| Some(Action::ImportantServices(checked(e)?)))} />
                <label for="ips">{ "Important public services" }</label>
                <p class="help" id="h-ips">{ forty_percent_help() }</p>
            </div>
            </>
        },
        Group::Areas => {
            let scope = |choice: Choice, now: Scope, what: &str, onchange| {
                select(
                    choice.key(),
                    choice.label(),
                    Scope::ALL.map(|s| (s.code(), s.label().to_string(), now == s)).into(),
                    format!("Where {what} acts. With no targeted areas (0 staff), it acts across the employer. Default: {}.",
                        Scope::default().label().to_ascii_lowercase()),
                    onchange,
                )
            };
            html! {
                <>
                { scope(Choice::BanScope, p.ban_scope, "the overtime ban",
                    act(|e| Some(Action::BanScope(Scope::from_code(&select_value(e)?)?)))) }
                { scope(Choice::WtrScope, p.wtr_scope, "the work-to-rule",
                    act(|e| Some(Action::WtrScope(Scope::from_code(&select_value(e)?)?)))) }
                </>
            }
        }
        Group::Work => html! {},
    }
}

/// The parameter panel.
#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let p = &props.params;
    let used = &*props.used;
    let typed = use_reducer(TypedNotes::default);
    // A closed group's inputs are not built at all, so a phone (every group
    // closed at first) gets to its first chart sooner.
    let open = use_open_groups();
    // Help lines carry the defaults from the code: worked out once.
    let helps = use_memo((), |_| {
        FIELDS
            .iter()
            .map(|f| AttrValue::from(field_help(f)))
            .collect::<Vec<_>>()
    });
    // Stable callbacks: a slider whose value did not change is not re-rendered.
    let on_set = use_callback(
        (props.on_action.clone(), typed.dispatcher()),
        |c: Change, (on_action, typed)| {
            on_action.emit(Action::Set(c.id, c.value));
            typed.dispatch(c);
        },
    );
    let note = |f: &Field| typed.note(f, used, &props.fit_notes);
    let reset = use_callback(props.on_action.clone(), |_: MouseEvent, on_action| {
        on_action.emit(Action::Reset)
    });
    let groups = Group::ALL.iter().map(|&g| {
        let is_open = open.is_open(g);
        let ontoggle = {
            let set = open.setter(g);
            Callback::from(move |e: Event| {
                if let Some(d) = e.target_dyn_into::<HtmlDetailsElement>() {
                    set.emit(d.open());
                }
            })
        };
        let sliders = FIELDS
            .iter()
            .zip(helps.iter())
            .filter(|(f, _)| f.group == g && is_open && in_use(f, p))
            .map(|(f, help)| {
                let (min, max) = f.bounds(used);
                let value = (f.get)(used);
                html! {
                    <Slider key={f.key} id={f.id} help={help.clone()}
                        value={value} min={min} max={max}
                        text={AttrValue::from(field_value(f, value, used))}
                        note={note(f)}
                        on_change={on_set.clone()} />
                }
            });
        html! {
            <details class="group" open={is_open} {ontoggle}>
                <summary><h3>{ g.title() }</h3></summary>
                if is_open {
                    { extras(g, p, &props.on_action) }
                    // The sliders in a list of their own, matched by key: a
                    // slider that comes or goes (the levy's lower rate, as the
                    // pay threshold leaves 0) leaves the others as they are.
                    // Put beside the choices above, which have no key, they
                    // were matched by place, and every one before the change
                    // was built again: the slider in hand too, so a keyboard
                    // lost its place and a drag its grip.
                    { sliders.collect::<Html>() }
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
            { props.children.clone() }
            { for groups }
        </section>
    }
}
