//! Downloads (part of the extras, `web::later`): each chart as a PNG picture
//! (at twice its size on screen, at least `export::MIN_SIZE`) or as SVG (the
//! same drawing on plotters' SVG backend), both on white with the chart's
//! title and a footnote, and the figures as CSV with every setting above
//! them. Made in the browser from the scenario the explorer holds; nothing is
//! sent anywhere. Where a frame may block downloads, the note says so.

use super::hooks::page_scenario_now;
use crate::chart::export::{self, draw_titled};
use crate::chart::{spec, ChartDef, Scenario, Theme, CHARTS};
use crate::csv::scenario_csv;
use crate::model::query::to_query;
use crate::model::simulate::simulate;
use crate::model::uncertainty::bands;
use crate::model::Params;
use crate::web;
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// The name a downloaded CSV file is saved as.
pub const CSV_FILE: &str = "strike-explorer-figures.csv";

/// The size of a chart on screen in CSS pixels (a usual size if it is not there).
fn css_size(def: &ChartDef) -> (u32, u32) {
    web::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("chart-{}", def.id)))
        .map(|c| {
            (
                c.client_width().max(280) as u32,
                c.client_height().max(200) as u32,
            )
        })
        .unwrap_or((720, 340))
}

/// What to add where a download may be blocked without the page knowing.
fn caveat() -> &'static str {
    if web::frame::in_frame() {
        " If nothing arrives, the site around this page may block downloads: open Strike Explorer in its own tab."
    } else {
        ""
    }
}

/// Makes one file: (file name, `data:` address).
/// `chosen` and `used`: the scenario as chosen (for its link) and in use (for its figures).
fn make(what: &str, (chosen, used): &(Params, Params)) -> Option<(String, String)> {
    let o = simulate(used);
    let b = used.uncertainty.enabled.then(|| bands(used));
    if what == "csv" {
        let link = web::url::link(&to_query(chosen));
        let text = scenario_csv(used, &o, &link);
        return Some((
            CSV_FILE.to_string(),
            web::download::data_url("text/csv", &text),
        ));
    }
    let (id, format) = what.split_once('.')?;
    let def = CHARTS.iter().find(|d| d.id == id)?;
    let shown = [Scenario {
        name: "This scenario",
        outcome: &o,
        bands: b.as_ref(),
    }];
    let spec = spec(def, &shown);
    let (w, h) = export::size(css_size(def));
    let url = if format == "svg" {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
            draw_titled(&area, def, &spec, &Theme::LIGHT).ok()?;
        }
        web::download::data_url("image/svg+xml", &out)
    } else {
        let canvas: HtmlCanvasElement = web::download::canvas(w * 2, h * 2)?;
        let area = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
        draw_titled(&area, def, &spec, &Theme::LIGHT.scaled(2.0)).ok()?;
        canvas.to_data_url().ok()?
    };
    Some((format!("strike-explorer-{id}.{format}"), url))
}

/// The download buttons.
#[function_component(Downloads)]
pub fn downloads() -> Html {
    let said = use_state(String::new);
    // Files are made only when a button is pressed, from the scenario then.
    let button = |what: String, label: String, words: String| {
        let said = said.clone();
        let id = format!("download-{}", what.replace('.', "-"));
        let onclick = Callback::from(move |_: MouseEvent| {
            let scenario = page_scenario_now();
            said.set(match make(&what, &scenario) {
                Some((name, url)) if web::download::save(&name, &url) => {
                    format!("Saved as {name}.{}", caveat())
                }
                _ => "This browser would not make the file.".to_string(),
            });
        });
        html! {
            <button type="button" {id} aria-label={words} {onclick}>{ label }</button>
        }
    };
    html! {
        <section class="downloads" aria-labelledby="downloads-title">
            <h3 id="downloads-title">{ "Download" }</h3>
            <div class="share-buttons">
                { for CHARTS.iter().flat_map(|def| {
                    let short = def.title.split(" (").next().unwrap_or(def.title);
                    ["png", "svg"].map(|f| button(
                        format!("{}.{f}", def.id),
                        format!("{short}: {}", f.to_ascii_uppercase()),
                        format!("The chart {} as {} picture", def.title, if f == "png" { "a PNG" } else { "an SVG" }),
                    ))
                }) }
                { button("csv".to_string(), "Figures: CSV".to_string(), "The figures day by day as a CSV file, with every setting".to_string()) }
            </div>
            <p class="help">{ "Pictures are drawn on white with their title, for slides and leaflets. The CSV file opens in any spreadsheet: every setting, then one row a working day and the totals." }</p>
            <p role="status" class="copied">{ (*said).clone() }</p>
        </section>
    }
}
