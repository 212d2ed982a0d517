//! The extras (`web::later`): a second app on the same page, started by
//! `src/bin/strike-extras.rs` once the explorer's first chart is drawn. It
//! mounts the downloads and the website code into the explorer's share
//! section, and the ballot panel and "How the model works" at the foot of the
//! results.

use super::ballot_panel::BallotPanel;
use super::calendar_panel::CalendarPanel;
use super::compare_table::CompareTable;
use super::compare_view::CompareView;
use super::downloads::Downloads;
use super::embed_code::EmbedCode;
use super::explainer::Explainer;
use super::my_cost::MyCost;
use super::presets::Presets;
use super::share::Share;
use super::what_it_takes::WhatItTakes;
use crate::web::later::{
    BALLOT_ID, CALENDAR_ID, COMPARE_ID, COMPARE_TABLE_ID, EXPLAINER_ID, EXTRAS_ID, MY_COST_ID,
    PRESETS_ID, TAKES_ID,
};
use yew::html::BaseComponent;
use yew::prelude::*;

/// The share buttons, the downloads and the website code.
#[function_component(Extras)]
pub fn extras() -> Html {
    html! {
        <>
            <Share />
            <Downloads />
            <EmbedCode />
        </>
    }
}

/// Nothing: a place holder that takes up one of Yew's numbers (see [`start`]).
#[function_component(Nothing)]
fn nothing() -> Html {
    Html::default()
}

/// How many of Yew's numbers for the parts of a page it manages the extras
/// skip before they mount (see [`start`]). The explorer uses one.
pub const TREE_IDS_SKIPPED: usize = 64;

/// Mounts `C` into the element `id`, if the page has one; where the page's
/// static copy still holds that place, built apart and put in at once as it
/// first draws (`web::part_host`).
fn mount<C: BaseComponent<Properties = ()>>(document: &web_sys::Document, id: &str) {
    if let Some(room) = document.get_element_by_id(id) {
        yew::Renderer::<C>::with_root(crate::web::part_host(room)).render();
    }
}

/// What is done with each of the extras the page's static copy holds in place
/// until the second module draws them (see [`held`]).
pub trait EachHeld {
    /// Does it with the part `C` and the id of its room on the page.
    fn part<C: BaseComponent<Properties = ()>>(&mut self, room: &'static str);
}

/// The extras above the charts, which the page's static copy holds in place
/// until the second module draws them, in the page's order. The one list:
/// the copy renders these (`ui::prerender`, which writes their rooms' ids in
/// the copy's `data-held` for the page's script) and the second module
/// mounts them first (`start`).
pub fn held(each: &mut impl EachHeld) {
    each.part::<Presets>(PRESETS_ID);
    each.part::<WhatItTakes>(TAKES_ID);
    each.part::<MyCost>(MY_COST_ID);
}

/// One step of mounting the extras.
type Step = Box<dyn Fn(&web_sys::Document)>;

/// Mounts each of the extras in a task of its own, in turn: the page stays
/// free to answer a tap between them (one long task for them all blocked it
/// for about a quarter of a second on a mid-range phone).
fn mount_in_turn(document: web_sys::Document, mut rest: Vec<Step>) {
    if rest.is_empty() {
        return;
    }
    let next = rest.remove(0);
    next(&document);
    gloo::timers::callback::Timeout::new(0, move || mount_in_turn(document, rest)).forget();
}

/// Mounts the extras where the explorer left room for them (nothing where
/// it did not: the embed view has none).
///
/// Yew numbers each part of a page it manages (each app and portal) from 1,
/// in each WebAssembly module, and tells which part an event belongs to by
/// that number, written on the DOM. The explorer's module and this one would
/// both start at 1, and the explorer, around the extras on the page, would
/// take their clicks as its own. So the extras first use up numbers well
/// beyond any the explorer uses, on apps that show nothing and are never on
/// the page.
pub fn start() {
    let Some(document) = crate::web::window().and_then(|w| w.document()) else {
        return;
    };
    // Not in the task that starts the module: that one has its own work.
    // Those above the charts first, where the page's static copy holds
    // their places (`ui::prerender`).
    struct Mounts(Vec<Step>);
    impl EachHeld for Mounts {
        fn part<C: BaseComponent<Properties = ()>>(&mut self, room: &'static str) {
            self.0.push(Box::new(move |d| mount::<C>(d, room)));
        }
    }
    let mut parts = Mounts(vec![Box::new(|d| {
        for _ in 0..TREE_IDS_SKIPPED {
            if let Ok(unseen) = d.create_element("div") {
                yew::Renderer::<Nothing>::with_root(unseen).render();
            }
        }
    })]);
    held(&mut parts);
    parts.part::<Extras>(EXTRAS_ID);
    parts.part::<CompareView>(COMPARE_ID);
    parts.part::<CompareTable>(COMPARE_TABLE_ID);
    parts.part::<CalendarPanel>(CALENDAR_ID);
    parts.part::<BallotPanel>(BALLOT_ID);
    parts.part::<Explainer>(EXPLAINER_ID);
    let parts = parts.0;
    gloo::timers::callback::Timeout::new(0, move || mount_in_turn(document, parts)).forget();
}
