//! One numeric input: a labelled range slider with its value in words, a
//! paired number box for an exact value, a line of explanation, and a note
//! whenever the value in use is not what was typed or chosen.

use crate::format::adjustment;
use crate::model::fields::{Field, FieldId};
use crate::model::validate::{Adjustment, Problem, Setting};
use crate::model::Params;
use crate::web::perf;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A change made with a slider or its box: the value now held, and, if it is
/// not what was typed, why.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The field.
    pub id: FieldId,
    /// The value held, in the field's unit.
    pub value: f64,
    /// Why it is not what was typed, if it is not.
    pub problem: Option<Problem>,
}

/// The last value typed into each box that was not used as typed: the note
/// shows beside the box while the value it settled on is still in use. Kept
/// with `use_reducer` by whatever shows the sliders.
#[derive(Default, PartialEq)]
pub struct TypedNotes(Vec<(FieldId, Problem, f64)>);

impl Reducible for TypedNotes {
    type Action = Change;

    fn reduce(self: Rc<Self>, c: Change) -> Rc<Self> {
        let mut notes: Vec<_> = self
            .0
            .iter()
            .filter(|(id, ..)| *id != c.id)
            .cloned()
            .collect();
        if let Some(problem) = c.problem {
            notes.push((c.id, problem, c.value));
        }
        Rc::new(TypedNotes(notes))
    }
}

impl TypedNotes {
    /// The note beside a field's box: what was typed and not used as typed,
    /// or else where the choice does not fit with the other settings.
    pub fn note(&self, f: &Field, used: &Params, fit_notes: &[Adjustment]) -> Option<AttrValue> {
        let now = (f.get)(used);
        let typed = self
            .0
            .iter()
            .find(|(id, _, v)| *id == f.id && (*v - now).abs() < 1e-9);
        let problem = typed.map(|(_, problem, _)| problem.clone()).or_else(|| {
            fit_notes
                .iter()
                .find_map(|a| match (&a.setting, &a.problem) {
                    (Setting::Field(id), problem) if *id == f.id => Some(problem.clone()),
                    _ => None,
                })
        })?;
        let a = Adjustment {
            setting: Setting::Field(f.id),
            problem,
        };
        Some(AttrValue::from(adjustment(&a, used)))
    }
}

/// Props of [`Slider`].
#[derive(Properties, PartialEq, Clone)]
pub struct SliderProps {
    /// The field: its label, link key (for element ids) and step come from the table.
    pub id: FieldId,
    /// One line: meaning, default and its source.
    pub help: AttrValue,
    /// The value in use, in the field's unit.
    pub value: f64,
    /// Smallest value that can be used here.
    pub min: f64,
    /// Largest value that can be used here.
    pub max: f64,
    /// The value in words with its unit (shown, and read by screen readers).
    pub text: AttrValue,
    /// A note beside the box: why the value in use is not what was typed or chosen.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Called with each change.
    pub on_change: Callback<Change>,
}

/// A labelled slider with a number box.
#[function_component(Slider)]
pub fn slider(props: &SliderProps) -> Html {
    let field = props.id.field();
    let id = format!("f-{}", field.key);
    let num_id = format!("n-{}", field.key);
    let help_id = format!("h-{}", field.key);
    let note_id = format!("note-{}", field.key);
    let step = field.step.to_string();
    let oninput = {
        let on_change = props.on_change.clone();
        let fid = props.id;
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let v = input.value_as_number();
            if v.is_finite() {
                perf::mark_input();
                on_change.emit(Change {
                    id: fid,
                    value: v,
                    problem: None,
                });
            }
        })
    };
    // A typed value is settled by the field's own rule, and the box shows
    // at once the value held: never one that is quietly ignored.
    let onchange = {
        let on_change = props.on_change.clone();
        let (fid, current, bounds) = (props.id, props.value, (props.min, props.max));
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let (value, problem) = fid.field().settle(input.value_as_number(), current, bounds);
            input.set_value(&value.to_string());
            perf::mark_input();
            on_change.emit(Change {
                id: fid,
                value,
                problem,
            });
        })
    };
    let described = if props.note.is_some() {
        format!("{help_id} {note_id}")
    } else {
        help_id.clone()
    };
    html! {
        <div class="field">
            <div class="field-head">
                <label for={id.clone()}>{ field.label }</label>
                <output for={id.clone()} class="value">{ props.text.clone() }</output>
            </div>
            <div class="field-inputs">
                <input type="range" id={id.clone()}
                    min={props.min.to_string()} max={props.max.to_string()} step={step.clone()}
                    value={props.value.to_string()}
                    aria-valuetext={props.text.clone()}
                    aria-describedby={described.clone()}
                    {oninput} />
                <input type="number" id={num_id} class="exact"
                    aria-label={format!("{} (exact value)", field.label)}
                    aria-describedby={described}
                    min={props.min.to_string()} max={props.max.to_string()} step={step}
                    value={props.value.to_string()}
                    {onchange} />
            </div>
            if let Some(note) = &props.note {
                <p class="note" id={note_id} role="status">{ note.clone() }</p>
            }
            <p class="help" id={help_id}>{ props.help.clone() }</p>
        </div>
    }
}
