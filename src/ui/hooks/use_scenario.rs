use crate::format::{adjustment, left_out};
use crate::model::query::{from_query, to_query, view_from_query, View};
use crate::model::simulate::{simulate, Outcome};
use crate::model::uncertainty::bands;
use crate::model::validate::Adjustment;
use crate::model::validate::Problem;
use crate::model::Params;
use crate::ui::charts::Shown;
use crate::ui::hooks::use_debounced;
use crate::ui::link_notes::LinkNotes;
use crate::ui::state::{Action, State};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

/// How long changes must pause before the address follows them (ms): the
/// history API is not for every step of a drag.
const KEEP_ADDRESS_AFTER_MS: u32 = 300;

/// What the page's address asked for when it opened: the scenario, how to
/// show it, and a sentence for each thing in it that could not be used as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// The scenario, validated.
    pub params: Params,
    /// The whole explorer, or the embed view and its sliders.
    pub view: View,
    /// What could not be used as written, in words.
    pub notes: Vec<String>,
    /// The sentence on the union's own figures, if the link left them out.
    pub left_out: Option<String>,
}

impl Link {
    /// Reads a query string (the part of a link after `?`). Never panics.
    pub fn read(query: &str) -> Link {
        let (params, notes) = from_query(query);
        let (view, view_notes) = view_from_query(query);
        let left_out = left_out(&notes);
        let notes = notes
            .iter()
            .chain(&view_notes)
            .filter(|a| a.problem != Problem::LeftOut)
            .map(|a| adjustment(a, &params))
            .collect();
        Link {
            params,
            view,
            notes,
            left_out,
        }
    }

    /// The query for parameters shown this way: the scenario, then the view.
    pub fn query(p: &Params, view: &View) -> String {
        Link::join(&to_query(p), view)
    }

    /// A scenario's query (from `to_query` or `public_query`) with the view's part after it.
    pub fn join(scenario: &str, view: &View) -> String {
        let v = view.to_query();
        if v.is_empty() {
            scenario.to_string()
        } else {
            format!("{scenario}&{v}")
        }
    }
}

/// Everything the explorer and the embed view show, worked out from the one
/// piece of state.
pub struct Scenario {
    /// The state: the parameters as chosen, what the last preset changed, undo.
    pub state: UseReducerHandle<State>,
    /// The parameters in use: as chosen, brought within what the other
    /// settings allow (`Params::fit`).
    pub used: Rc<Params>,
    /// Where a choice does not fit, and what is used instead.
    pub fit_notes: Rc<Vec<Adjustment>>,
    /// The model's outcome for [`Scenario::used`].
    pub outcome: Rc<Outcome>,
    /// The scenarios on the charts.
    pub shown: Rc<Vec<Shown>>,
    /// What the link could not use or left out, until the reader changes something.
    pub link_notes: Html,
    /// Dispatches an action (one callback for the app's life, so children
    /// whose other props are unchanged are not re-rendered).
    pub on_action: Callback<Action>,
}

/// The scenario from `link`, kept in the address as it changes (with
/// `history.replaceState`, once changes pause, with the view as it was opened).
#[hook]
pub fn use_scenario(link: Rc<Link>) -> Scenario {
    let state = use_reducer({
        let params = link.params.clone();
        move || State {
            params,
            ..State::default()
        }
    });
    let params = state.params.clone();
    let settled = use_debounced(Some(params.clone()), KEEP_ADDRESS_AFTER_MS);
    {
        let view = link.view.clone();
        use_effect_with(settled, move |p| {
            if let Some(p) = p {
                web::url::replace(&Link::query(p, &view));
            }
        });
    }
    let link_notes = if params == link.params {
        html! { <LinkNotes notes={link.notes.clone()} left_out={link.left_out.clone()} /> }
    } else {
        Html::default()
    };
    // Derived data is computed from the parameters, never stored beside them.
    let fitted = use_memo(params, |p| {
        let mut used = p.clone();
        let notes = used.fit();
        (Rc::new(used), Rc::new(notes))
    });
    let (used, fit_notes) = (fitted.0.clone(), fitted.1.clone());
    let outcome = use_memo(used.clone(), |p| simulate(p));
    let band_params = used.uncertainty.enabled.then(|| (*used).clone());
    let bands = use_memo(band_params, |p| p.as_ref().map(|p| Rc::new(bands(p))));
    let shown = use_memo((outcome.clone(), (*bands).clone()), |(outcome, bands)| {
        Rc::new(vec![Shown {
            name: AttrValue::from("This scenario"),
            outcome: outcome.clone(),
            bands: bands.clone(),
        }])
    });
    let on_action = use_callback(state.dispatcher(), |a: Action, d| d.dispatch(a));
    Scenario {
        state,
        used,
        fit_notes,
        outcome,
        shown: (*shown).clone(),
        link_notes,
        on_action,
    }
}
