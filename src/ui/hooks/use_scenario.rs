use crate::format::{adjustment, left_out};
use crate::model::compare::{kept_from_query, kept_query, letter, Kept};
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
    /// The scenarios kept beside it for comparison.
    pub kept: Vec<Kept>,
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
        let (kept, kept_notes) = kept_from_query(query);
        let left_out = left_out(&notes);
        let notes = notes
            .iter()
            .chain(&view_notes)
            .chain(&kept_notes)
            .filter(|a| a.problem != Problem::LeftOut)
            .map(|a| adjustment(a, &params))
            .collect();
        Link {
            params,
            view,
            kept,
            notes,
            left_out,
        }
    }

    /// The query for parameters shown this way: the scenario, then the view.
    pub fn query(p: &Params, view: &View) -> String {
        Link::join(&to_query(p), view)
    }

    /// The query of a whole page: the scenario, the kept scenarios, then the view.
    pub fn page_query(p: &Params, kept: &[Kept], view: &View) -> String {
        Link::join(&Link::with_kept(&to_query(p), &kept_query(kept)), view)
    }

    /// A scenario's query with the kept scenarios' part after it (if any).
    pub fn with_kept(scenario: &str, kept: &str) -> String {
        if kept.is_empty() {
            scenario.to_string()
        } else {
            format!("{scenario}&{kept}")
        }
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
    /// The scenarios kept for comparison.
    pub kept: Rc<Vec<Kept>>,
    /// Replaces the kept scenarios.
    pub set_kept: Callback<Vec<Kept>>,
    /// The scenarios on the charts: the one in the sliders, then the kept ones.
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
    let kept = use_state({
        let kept = link.kept.clone();
        move || Rc::new(kept)
    });
    let params = state.params.clone();
    let settled = use_debounced(
        Some((params.clone(), (*kept).clone())),
        KEEP_ADDRESS_AFTER_MS,
    );
    {
        let view = link.view.clone();
        use_effect_with(settled, move |s| {
            if let Some((p, kept)) = s {
                web::url::replace(&Link::page_query(p, kept, &view));
            }
        });
    }
    let link_notes = if params == link.params && **kept == link.kept {
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
    // Each kept scenario is worked out once, when the kept list changes.
    let kept_shown = use_memo((*kept).clone(), |kept| {
        kept.iter()
            .enumerate()
            .map(|(i, k)| {
                let mut used = k.params.clone();
                used.fit();
                Shown {
                    name: AttrValue::from(format!("{}: {}", letter(i), k.name)),
                    outcome: Rc::new(simulate(&used)),
                    bands: None,
                }
            })
            .collect::<Vec<_>>()
    });
    let shown = use_memo(
        (outcome.clone(), (*bands).clone(), kept_shown.clone()),
        |(outcome, bands, kept)| {
            let name = if kept.is_empty() {
                AttrValue::from("This scenario")
            } else {
                AttrValue::from(format!("{}: in the sliders", letter(kept.len())))
            };
            let mut all = vec![Shown {
                name,
                outcome: outcome.clone(),
                bands: bands.clone(),
            }];
            all.extend(kept.iter().cloned());
            Rc::new(all)
        },
    );
    let on_action = use_callback(state.dispatcher(), |a: Action, d| d.dispatch(a));
    let set_kept = use_callback(kept.clone(), |k: Vec<Kept>, kept| kept.set(Rc::new(k)));
    Scenario {
        state,
        used,
        fit_notes,
        kept: (*kept).clone(),
        set_kept,
        outcome,
        shown: (*shown).clone(),
        link_notes,
        on_action,
    }
}
