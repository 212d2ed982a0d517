//! One numeric input: a labelled range slider with its value in words, a
//! paired number box for an exact value, and a line of explanation.

use crate::model::fields::FieldId;
use crate::web::perf;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Slider`].
#[derive(Properties, PartialEq, Clone)]
pub struct SliderProps {
    /// The field: its label, link key (for element ids) and step come from the table.
    pub id: FieldId,
    /// One line: meaning, default and its source.
    pub help: AttrValue,
    /// Current value in the field's unit.
    pub value: f64,
    /// Smallest value.
    pub min: f64,
    /// Largest value.
    pub max: f64,
    /// The value in words with its unit (shown, and read by screen readers).
    pub text: AttrValue,
    /// Called with the field and the new value.
    pub on_change: Callback<(FieldId, f64)>,
}

/// A labelled slider with a number box.
#[function_component(Slider)]
pub fn slider(props: &SliderProps) -> Html {
    let field = props.id.field();
    let id = format!("f-{}", field.key);
    let num_id = format!("n-{}", field.key);
    let help_id = format!("h-{}", field.key);
    let step = field.step.to_string();
    let send = {
        let on_change = props.on_change.clone();
        let fid = props.id;
        move |e: &Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let v = input.value_as_number();
            if v.is_finite() {
                perf::mark_input();
                on_change.emit((fid, v));
            }
        }
    };
    let oninput = {
        let send = send.clone();
        Callback::from(move |e: InputEvent| send(&e))
    };
    let onchange = Callback::from(move |e: Event| send(&e));
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
                    aria-describedby={help_id.clone()}
                    {oninput} />
                <input type="number" id={num_id} class="exact"
                    aria-label={format!("{} (exact value)", field.label)}
                    min={props.min.to_string()} max={props.max.to_string()} step={step}
                    value={props.value.to_string()}
                    {onchange} />
            </div>
            <p class="help" id={help_id}>{ props.help.clone() }</p>
        </div>
    }
}
