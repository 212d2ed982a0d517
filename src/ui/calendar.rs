//! The action calendar: the model's working days, a row a week. Click or drag
//! to mark national strike days, the targeted-action weeks or the overtime-ban
//! weeks; from the keyboard, arrows move between days and Enter or Space marks.

use super::hooks::use_built_in_turn;
use super::state::Action;
use crate::format::{date, date_short};
use crate::model::calendar::{Date, Weekday};
use crate::model::params::Params;
use crate::web::{self, perf};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a click on the calendar marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// National strike days, one at a time.
    National,
    /// The weeks of targeted action.
    Targeted,
    /// The weeks of the overtime ban.
    Ban,
}

impl Mode {
    fn label(self) -> &'static str {
        match self {
            Mode::National => "National strike days",
            Mode::Targeted => "Targeted action weeks",
            Mode::Ban => "Overtime ban weeks",
        }
    }
}

/// One working day as the calendar shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarDay {
    /// The date.
    pub date: Date,
    /// A national strike day.
    pub national: bool,
    /// A targeted strike day.
    pub targeted: bool,
    /// Inside the weeks of targeted action (a strike day or not).
    pub window: bool,
    /// The overtime ban is in force.
    pub ban: bool,
    /// The work-to-rule is in force.
    pub wtr: bool,
    /// Before notice of action could have run out.
    pub notice: bool,
    /// Action is planned of a kind the ballot did not ask about (not counted).
    pub uncovered: bool,
    /// After the ballot's mandate ends (action then is not counted).
    pub after_mandate: bool,
}

/// Everything the calendar shows, worked out from the parameters. The calendar
/// is given this rather than the parameters, so it is redrawn exactly when what
/// it shows changes (not when, say, the levy moves), and nothing it needs can
/// be left out.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarData {
    /// The start of the model.
    pub start: Date,
    /// Notice of action (calendar days).
    pub notice_days: u32,
    /// The first date action could start.
    pub earliest: Date,
    /// The working days of the model.
    pub days: Vec<CalendarDay>,
    /// The last day the ballot's mandate covers.
    pub mandate_ends: Date,
}

impl CalendarData {
    /// What the calendar shows for these parameters.
    pub fn new(p: &Params) -> CalendarData {
        let earliest = p.start.add_days(p.notice_days as i32);
        let mandate_ends = p.mandate_ends();
        let days = p
            .start
            .working_days(p.horizon_days())
            .into_iter()
            .zip(0u32..)
            .map(|(date, i)| CalendarDay {
                date,
                national: p.national_days.binary_search(&i).is_ok(),
                targeted: p.is_targeted_day(i),
                window: p.in_targeted_window(i),
                ban: p.is_ban_day(i),
                wtr: p.is_wtr_day(i) && p.wtr_observing > 0.0,
                notice: date < earliest,
                uncovered: false,
                after_mandate: date > mandate_ends,
            })
            .map(|mut d| {
                let asked = p.ballot.asked;
                d.uncovered = ((d.national || d.targeted) && !asked.covers_strikes())
                    || (((d.ban && p.ban_compliance > 0.0) || d.wtr) && !asked.covers_short());
                d
            })
            .collect();
        CalendarData {
            start: p.start,
            notice_days: p.notice_days,
            earliest,
            days,
            mandate_ends,
        }
    }
}

/// Props of [`Calendar`].
#[derive(Properties, PartialEq, Clone)]
pub struct CalendarProps {
    /// What to show, from [`CalendarData::new`].
    pub data: CalendarData,
    /// Called with each change.
    pub on_action: Callback<Action>,
    /// Whether the last calendar change can be undone.
    pub can_undo: bool,
    /// Told `true` when a press on the days begins and `false` when it ends
    /// (released, or cancelled): the page can wait for the end before it
    /// redraws everything else, so nothing moves under the pointer mid-drag.
    #[prop_or_default]
    pub on_press: Callback<bool>,
}

/// A drag (or a keyboard selection) in progress.
#[derive(Clone, Copy, Debug)]
struct Drag {
    mode: Mode,
    anchor_week: u32,
    /// The last day the pointer was over: a fast drag skips days, which are filled in.
    last_day: u32,
    /// For national days: whether the drag marks (true) or unmarks.
    on: bool,
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn action_for(d: &Drag, day: u32) -> Action {
    match d.mode {
        Mode::National => Action::MarkNationalDays(d.last_day, day, d.on),
        Mode::Targeted => Action::TargetedWeeks(d.anchor_week, day / 5),
        Mode::Ban => Action::BanWeeks(d.anchor_week, day / 5),
    }
}

fn focus_day(day: u32) {
    if let Some(el) = web::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("day-{day}")))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn day_under_pointer(e: &PointerEvent) -> Option<u32> {
    let doc = web::window()?.document()?;
    let el = doc.element_from_point(e.client_x() as f32, e.client_y() as f32)?;
    el.closest("[data-day]")
        .ok()??
        .get_attribute("data-day")?
        .parse()
        .ok()
}

/// How many weeks the calendar builds in its first task.
const FIRST_WEEKS: usize = 4;

/// How many more weeks it builds in each task after that.
const MORE_WEEKS: usize = 6;

/// The action calendar.
#[function_component(Calendar)]
pub fn calendar(props: &CalendarProps) -> Html {
    let data = &props.data;
    let mode = use_state(|| Mode::National);
    let focused = use_state(|| 0u32);
    let drag: Rc<RefCell<Option<Drag>>> = use_mut_ref(|| None);
    let n = data.days.len() as u32;
    let national: Rc<[bool]> = data.days.iter().map(|d| d.national).collect();
    // The weeks go in a few at a time (all 26 at once held the page for
    // about a tenth of a second on a mid-range phone).
    let weeks = data.days.len().div_ceil(5);
    let built = use_built_in_turn(weeks, FIRST_WEEKS, MORE_WEEKS);
    let building = built < weeks;

    let emit = {
        let on_action = props.on_action.clone();
        move |a: Action| {
            perf::mark_input();
            on_action.emit(a);
        }
    };
    let start_drag = {
        let (mode, drag, emit, national) =
            (mode.clone(), drag.clone(), emit.clone(), national.clone());
        move |day: u32| {
            let on = !national.get(day as usize).copied().unwrap_or(false);
            let d = Drag {
                mode: *mode,
                anchor_week: day / 5,
                last_day: day,
                on,
            };
            *drag.borrow_mut() = Some(d);
            emit(Action::BeginEdit);
            emit(action_for(&d, day));
        }
    };
    // The days, which hold the pointer while a press lasts.
    let days_ref = use_node_ref();
    let onpointerdown = {
        let (start_drag, on_press) = (start_drag.clone(), props.on_press.clone());
        let days_ref = days_ref.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(day) = day_under_pointer(&e) {
                e.prevent_default();
                // The release then comes to the days wherever it happens.
                if let Some(el) = days_ref.cast::<web_sys::Element>() {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
                on_press.emit(true);
                start_drag(day);
            }
        })
    };
    let onpointermove = {
        let (drag, emit) = (drag.clone(), emit.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(d) = *drag.borrow() else { return };
            if e.buttons() == 0 {
                return;
            }
            if let Some(day) = day_under_pointer(&e).filter(|&day| day != d.last_day) {
                emit(action_for(&d, day));
                *drag.borrow_mut() = Some(Drag { last_day: day, ..d });
            }
        })
    };
    let end_drag = {
        let (drag, on_press) = (drag.clone(), props.on_press.clone());
        Callback::from(move |_: PointerEvent| {
            if drag.borrow_mut().take().is_some() {
                on_press.emit(false);
            }
        })
    };
    let onkeydown = {
        let (focused, drag, emit, mode, national) = (
            focused.clone(),
            drag.clone(),
            emit.clone(),
            mode.clone(),
            national.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let cur = *focused;
            let next = match e.key().as_str() {
                "ArrowRight" => Some((cur + 1).min(n - 1)),
                "ArrowLeft" => Some(cur.saturating_sub(1)),
                "ArrowDown" => Some((cur + 5).min(n - 1)),
                "ArrowUp" => Some(cur.saturating_sub(5)),
                "Home" => Some(cur - cur % 5),
                "End" => Some((cur - cur % 5 + 4).min(n - 1)),
                "PageDown" => Some((cur + 20).min(n - 1)),
                "PageUp" => Some(cur.saturating_sub(20)),
                _ => None,
            };
            if let Some(next) = next {
                e.prevent_default();
                focused.set(next);
                focus_day(next);
                return;
            }
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                let pending = *drag.borrow();
                match (*mode, pending) {
                    (Mode::National, _) => {
                        emit(Action::BeginEdit);
                        emit(Action::MarkNationalDays(
                            cur,
                            cur,
                            !national.get(cur as usize).copied().unwrap_or(false),
                        ))
                    }
                    // Second press: the weeks from the first press to this one.
                    (m, Some(d)) if d.mode == m => {
                        emit(action_for(&d, cur));
                        *drag.borrow_mut() = None;
                    }
                    (m, _) => {
                        let d = Drag {
                            mode: m,
                            anchor_week: cur / 5,
                            last_day: cur,
                            on: true,
                        };
                        *drag.borrow_mut() = Some(d);
                        emit(Action::BeginEdit);
                        emit(action_for(&d, cur));
                    }
                }
            } else if e.key() == "Escape" && drag.borrow().is_some() {
                // Cancel a range started with Enter: back to the plan before it.
                e.prevent_default();
                *drag.borrow_mut() = None;
                emit(Action::Undo);
            }
        })
    };
    let undo = {
        let emit = emit.clone();
        Callback::from(move |_: MouseEvent| emit(Action::Undo))
    };
    // Column headings: the weekdays of the model's first week (columns are
    // model weeks from the start date, so they are Monday to Friday only when
    // the start is a Monday).
    let headings = data.days.iter().take(5).map(|d| {
        html! { <span class="weekday">{ &weekday_name(d.date.weekday())[..3] }</span> }
    });
    let key = [
        ("national", "National strike day"),
        ("targeted", "Targeted strike day"),
        ("window", "Targeted action week, a working day"),
        ("ban", "Overtime ban or work-to-rule (bar along the bottom)"),
        ("notice", "Inside the notice period (hatched)"),
        ("held", "Planned but not counted (dashed border): inside the notice period, not asked about in the ballot, or after the mandate"),
        ("lapsed", "After the ballot's mandate ends (greyed)"),
    ]
    .map(|(class, words)| {
        html! { <li><span class={classes!("day", "key-swatch", class)} aria-hidden="true"></span>{ words }</li> }
    });

    let modes = [Mode::National, Mode::Targeted, Mode::Ban].map(|m| {
        let checked = *mode == m;
        let mode = mode.clone();
        let drag = drag.clone();
        let onchange = Callback::from(move |_| {
            *drag.borrow_mut() = None;
            mode.set(m);
        });
        html! {
            <label class="mode">
                <input type="radio" name="cal-mode" {checked} {onchange} />
                { m.label() }
            </label>
        }
    });

    let rows = data.days.chunks(5).take(built).enumerate().map(|(w, week)| {
        let cells = week.iter().enumerate().map(|(k, day)| {
            let i = (w * 5 + k) as u32;
            let d = &day.date;
            let CalendarDay { national, targeted: striking, window: targeted, ban, wtr, notice, uncovered, .. } = *day;
            let mut what = Vec::new();
            if national { what.push("national strike day") }
            if striking { what.push("targeted strike day") } else if targeted { what.push("targeted action week, working day") }
            if ban { what.push("overtime ban") }
            if wtr { what.push("work-to-rule") }
            let ban = ban || wtr;
            if notice { what.push("within the notice period") }
            let before_notice = notice && (national || striking || ban);
            if before_notice { what.push("not counted: notice has not run out") }
            if uncovered { what.push("not counted: the ballot did not ask about it") }
            let lapsed = day.after_mandate;
            if lapsed { what.push(if national || striking || ban { "not counted: after the mandate ends" } else { "after the mandate ends" }) }
            let held = before_notice || uncovered || (lapsed && (national || striking || ban));
            let label = format!("{} {}{}{}", weekday_name(d.weekday()), date(*d),
                if what.is_empty() { "" } else { ": " }, what.join(", "));
            let class = classes!("day", national.then_some("national"), striking.then_some("targeted"),
                (targeted && !striking).then_some("window"), ban.then_some("ban"), notice.then_some("notice"),
                held.then_some("held"), lapsed.then_some("lapsed"));
            let onfocus = {
                let focused = focused.clone();
                Callback::from(move |_| focused.set(i))
            };
            html! {
                <button type="button" id={format!("day-{i}")} data-day={i.to_string()} {class}
                    tabindex={if i == *focused { "0" } else { "-1" }}
                    aria-label={label} aria-pressed={(*mode == Mode::National).then(|| national.to_string())}
                    {onfocus}>
                    { d.ymd().2 }
                </button>
            }
        });
        html! {
            <div class="week" role="group" aria-label={format!("Week {}", w + 1)}>
                <span class="week-label" aria-hidden="true">
                    <span>{ format!("Week {}", w + 1) }</span>
                    <span>{ date_short(week[0].date) }</span>
                </span>
                { for cells }
            </div>
        }
    });

    html! {
        <section class="calendar" aria-labelledby="cal-title">
            <h2 id="cal-title">{ "Action calendar" }</h2>
            <fieldset class="modes">
                <legend>{ "A click or drag marks" }</legend>
                { for modes }
            </fieldset>
            <p class="help">{ match *mode {
                Mode::National => "Click a day to mark or unmark a national strike day; drag to mark several. Keyboard: arrows move, Enter or Space marks.",
                Mode::Targeted => "Drag from the first week to the last week of targeted action, or press Enter on the first and then on the last (Escape cancels). This replaces the weeks set now; Undo puts them back.",
                Mode::Ban => "Drag from the first week to the last week of the overtime ban, or press Enter on the first and then on the last (Escape cancels). This replaces the weeks set now; Undo puts them back.",
            } }</p>
            <p class="help">{ format!(
                "Hatched days fall within {} days' notice of the start: with notice given on {}, action can begin on {} at the earliest.",
                data.notice_days, date(data.start), date(data.earliest.next_working_day())) }</p>
            <p class="help" id="mandate-end">{ format!(
                "The ballot's mandate runs to {}: action after it needs a new ballot and is not counted.",
                date(data.mandate_ends)) }</p>
            <ul class="calendar-key" aria-label="Key to the calendar">{ for key }</ul>
            // Its place is kept when there is nothing to undo, so the first
            // mark of a drag does not move the days under the pointer.
            <div class="undo-slot">
                if props.can_undo {
                    <button type="button" id="cal-undo" class="undo" onclick={undo}>{ "Undo the last change on the calendar" }</button>
                }
            </div>
            <div class="days" ref={days_ref} {onpointerdown} {onpointermove} onpointerup={end_drag.clone()}
                onpointercancel={end_drag} {onkeydown} aria-busy={building.then_some("true")}>
                <div class="week weekdays" aria-hidden="true">
                    <span></span>
                    { for headings }
                </div>
                { for rows }
            </div>
        </section>
    }
}
