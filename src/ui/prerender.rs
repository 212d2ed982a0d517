//! The page's static first view, rendered at build time by the app's own
//! components (Yew's server rendering, natively): the explorer for the
//! default scenario, with its charts as SVG and the extras above the charts
//! in their places. `src/bin/strike-prerender.rs` writes it into the built
//! page; the app takes over from it when it starts (the last script in
//! `index.html` keeps the extras in place until the second module draws them).
//!
//! The copy is marked as a copy: its ids start with [`PREFIX`] (so nothing
//! confuses it with the live app, which uses the same ids) and its controls
//! are disabled (they do nothing until the app starts, or ever, without
//! JavaScript).

use super::extras::{held, EachHeld};
use super::App;
use yew::html::BaseComponent;
use yew::LocalServerRenderer;

/// What every id in the static copy starts with.
pub const PREFIX: &str = "s-";

/// The class of the element that holds the static copy in `<div id="app">`.
pub use crate::web::FIRST_VIEW_CLASS as CLASS;

/// One component rendered to HTML.
fn render<C: BaseComponent<Properties = ()>>() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime on this thread");
    runtime.block_on(LocalServerRenderer::<C>::new().hydratable(false).render())
}

/// The explorer for the default scenario, as the app's components render it,
/// with the extras above the charts in their places.
pub fn explorer_html() -> String {
    struct Fill(String);
    impl EachHeld for Fill {
        fn part<C: BaseComponent<Properties = ()>>(&mut self, room: &'static str) {
            let empty = format!("<div id=\"{room}\"></div>");
            let full = format!("<div id=\"{room}\">{}</div>", render::<C>());
            self.0 = self.0.replacen(&empty, &full, 1);
        }
    }
    let mut page = Fill(render::<App>());
    held(&mut page);
    page.0
}

/// The ids of the rooms whose parts the copy holds, as the page's script
/// reads them from the copy's `data-held`: separated by spaces.
pub fn held_rooms() -> String {
    struct Rooms(Vec<&'static str>);
    impl EachHeld for Rooms {
        fn part<C: BaseComponent<Properties = ()>>(&mut self, room: &'static str) {
            self.0.push(room);
        }
    }
    let mut rooms = Rooms(Vec::new());
    held(&mut rooms);
    rooms.0.join(" ")
}

/// Marks rendered HTML as the static copy: every id (and every reference to
/// one) gets [`PREFIX`], and every control is disabled.
pub fn mark_as_copy(html: &str) -> String {
    let mut out = html.to_string();
    for attr in ["id", "for"] {
        out = out.replace(&format!(" {attr}=\""), &format!(" {attr}=\"{PREFIX}"));
    }
    out = out.replace(" href=\"#", &format!(" href=\"#{PREFIX}"));
    for attr in ["aria-labelledby", "aria-describedby", "aria-controls"] {
        out = prefix_lists(&out, attr);
    }
    for tag in ["input", "select", "button", "textarea"] {
        out = out.replace(&format!("<{tag} "), &format!("<{tag} disabled "));
        out = out.replace(&format!("<{tag}>"), &format!("<{tag} disabled>"));
    }
    only_chosen_options(&out)
}

/// Each list keeps only its chosen option (or its first): a disabled list
/// shows no other, and the rest would only add bytes to the page.
fn only_chosen_options(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<select") {
        let Some(end) = rest[i..].find("</select>").map(|e| i + e) else {
            break;
        };
        let Some(open_end) = rest[i..end].find('>').map(|e| i + e + 1) else {
            break;
        };
        out.push_str(&rest[..open_end]);
        let options: Vec<&str> = rest[open_end..end]
            .split_inclusive("</option>")
            .filter(|o| o.starts_with("<option"))
            .collect();
        let chosen = options
            .iter()
            .find(|o| o[..o.find('>').unwrap_or(0)].contains(" selected"))
            .or(options.first());
        out.push_str(chosen.copied().unwrap_or_default());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Prefixes each id in every `attr="a b"` list.
fn prefix_lists(html: &str, attr: &str) -> String {
    let open = format!(" {attr}=\"");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let start = i + open.len();
        out.push_str(&rest[..start]);
        let end = rest[start..].find('"').map_or(rest.len(), |e| start + e);
        let ids: Vec<String> = rest[start..end]
            .split_whitespace()
            .map(|id| format!("{PREFIX}{id}"))
            .collect();
        out.push_str(&ids.join(" "));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The built page with the static first view in `<div id="app">`, or `None`
/// if the page has no empty `<div id="app"></div>` to fill (its quotes may
/// have been taken out by the minifier).
pub fn into_page(page: &str) -> Option<String> {
    let empty = ["<div id=\"app\"></div>", "<div id=app></div>"]
        .into_iter()
        .find(|e| page.contains(e))?;
    let view = mark_as_copy(&explorer_html());
    Some(page.replacen(
        empty,
        &format!(
            "<div id=\"app\"><div class=\"{CLASS}\" data-held=\"{}\">{view}</div></div>",
            held_rooms()
        ),
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copy_has_the_default_figures_summary_and_both_charts() {
        let view = mark_as_copy(&explorer_html());
        let o = crate::model::simulate(&crate::model::Params::default());
        let used = crate::model::Params::default();
        let summary = crate::summary::paragraph(&used, &o);
        assert!(view.contains(&summary.replace('\'', "&#39;")) || view.contains(&summary));
        for id in ["fund", "backlog"] {
            assert!(view.contains(&format!("id=\"s-chart-{id}\"")), "{id}");
        }
        for id in ["fund", "backlog"] {
            assert!(
                view.contains(&format!("<svg id=\"s-{id}-svg\"")),
                "{id} as SVG"
            );
        }
        for f in crate::summary::figures(&used, &o) {
            assert!(view.contains(&f.value), "{}", f.value);
        }
    }

    #[test]
    fn the_copy_has_no_live_ids_and_no_working_controls() {
        let view = mark_as_copy(&explorer_html());
        for (attr, quote) in [(" id=", '"'), (" for=", '"')] {
            for part in view.split(attr).skip(1) {
                let value = part.trim_start_matches(quote);
                assert!(
                    value.starts_with(PREFIX),
                    "{attr}{}",
                    &part[..30.min(part.len())]
                );
            }
        }
        for tag in ["<input", "<select", "<button", "<textarea"] {
            for part in view.split(tag).skip(1) {
                assert!(part.starts_with(" disabled"), "{tag}{}", &part[..30]);
            }
        }
        assert!(view.contains("aria-describedby=\"s-summary\""));
        for list in view.split("<select").skip(1) {
            let list = &list[..list.find("</select>").expect("closed")];
            assert_eq!(list.matches("<option").count(), 1, "{list}");
        }
        assert!(!view.contains("data-ready"));
    }

    #[test]
    fn the_page_gets_the_copy_once() {
        let page = "<body><div id=\"app\"></div></body>";
        let filled = into_page(page).expect("a place for it");
        assert!(filled.starts_with(
            "<body><div id=\"app\"><div class=\"first-view\" \
             data-held=\"presets-root what-it-takes-root my-cost-root\">"
        ));
        // Each held room holds the copy's part.
        for room in held_rooms().split(' ') {
            let start = format!("<div id=\"{PREFIX}{room}\">");
            let at = filled.find(&start).expect("the room") + start.len();
            assert!(!filled[at..].starts_with("</div>"), "{room} is empty");
        }
        assert_eq!(into_page(&filled), None, "filled once");
        assert!(into_page("<div id=app></div>").is_some(), "minified");
        // One group is open (the stylesheet shows it closed on one column).
        assert_eq!(filled.matches("<details open").count(), 1);
    }
}
