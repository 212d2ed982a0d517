//! The action calendar as part of the extras (`web::later`): it keeps its own
//! copy of the scenario, so a click or a drag shows at once and can be undone,
//! and sends each change to the explorer as a whole scenario
//! ([`Ask::Scenario`]). While a press on the days lasts (a click or a drag),
//! only the calendar changes; the rest of the page follows once it ends, so
//! nothing above the calendar grows and moves the days under the pointer.
//! When the explorer's scenario changes in another way (a slider), the copy
//! follows it and the undo point is dropped.

use super::calendar::{Calendar, CalendarData};
use super::hooks::use_page_scenario;
use super::state::{Action, State};
use crate::model::query::to_query;
use crate::web::later::{ask, Ask};
use std::rc::Rc;
use yew::prelude::*;
use yew::Reducible;

/// The calendar, with its own copy of the scenario.
#[function_component(CalendarPanel)]
pub fn calendar_panel() -> Html {
    let page = use_page_scenario();
    // The latest state, read and written by every event between renders.
    let local = use_mut_ref({
        let params = page.0.clone();
        move || {
            Rc::new(State {
                params,
                ..State::default()
            })
        }
    });
    let redraw = use_force_update();
    // A change made elsewhere: follow it.
    {
        let (local, redraw) = (local.clone(), redraw.clone());
        use_effect_with(page.clone(), move |page| {
            let now = local.borrow().clone();
            if page.0 != now.params {
                *local.borrow_mut() = now.reduce(Action::Load(Box::new(page.0.clone())));
                redraw.force_update();
            }
        });
    }
    let now = local.borrow().clone();
    let data = use_memo(now.params.clone(), |p| {
        let mut used = p.clone();
        used.fit();
        CalendarData::new(&used)
    });
    // Whether a press on the days is under way, and whether it changed the
    // scenario the page has not yet been sent.
    let pressing = use_mut_ref(|| (false, false));
    let on_action = {
        let (local, pressing) = (local.clone(), pressing.clone());
        Callback::from(move |a: Action| {
            let before = local.borrow().clone();
            let next = before.clone().reduce(a);
            *local.borrow_mut() = next.clone();
            redraw.force_update();
            if next.params != before.params {
                let mut p = pressing.borrow_mut();
                if p.0 {
                    p.1 = true;
                } else {
                    ask(&Ask::Scenario(to_query(&next.params)));
                }
            }
        })
    };
    let on_press = Callback::from(move |down: bool| {
        let mut p = pressing.borrow_mut();
        let unsent = p.1;
        *p = (down, false);
        if !down && unsent {
            ask(&Ask::Scenario(to_query(&local.borrow().params)));
        }
    });
    let can_undo = now.undo.as_ref().is_some_and(|u| *u != now.params);
    html! {
        <Calendar data={(*data).clone()} {on_action} {on_press} {can_undo} />
    }
}
