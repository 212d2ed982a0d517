//! "How the model works": `docs/MODEL.md`, copied beside the app by the build
//! (`read/MODEL.md`) and fetched once the first chart is drawn, so that text to
//! read does not weigh on the first view. Shown as plain HTML: only the
//! Markdown that file uses is understood: headings, paragraphs, bullet lists,
//! `code` and **bold**.

use super::hooks::use_built_in_turn;
use crate::summary::slug;
use std::rc::Rc;
use yew::prelude::*;

/// Where the build puts the explanation, beside the page.
pub const MODEL_URL: &str = "read/MODEL.md";

fn inline(text: &str) -> Html {
    // Backticks and double stars toggle code and bold; nothing else is special.
    let mut parts = Vec::new();
    let (mut code, mut bold) = (false, false);
    let mut buf = String::new();
    let flush = |buf: &mut String, code: bool, bold: bool, parts: &mut Vec<Html>| {
        if buf.is_empty() {
            return;
        }
        let t = std::mem::take(buf);
        parts.push(match (code, bold) {
            (true, _) => html! { <code>{ t }</code> },
            (false, true) => html! { <strong>{ t }</strong> },
            _ => html! { { t } },
        });
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '`' {
            flush(&mut buf, code, bold, &mut parts);
            code = !code;
        } else if c == '*' && chars.peek() == Some(&'*') && !code {
            chars.next();
            flush(&mut buf, code, bold, &mut parts);
            bold = !bold;
        } else {
            buf.push(c);
        }
    }
    flush(&mut buf, code, bold, &mut parts);
    parts.into_iter().collect()
}

/// Markdown (the subset above) to HTML.
pub fn render(md: &str) -> Html {
    let mut out = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let flush = |para: &mut Vec<&str>, list: &mut Vec<String>, out: &mut Vec<Html>| {
        if !para.is_empty() {
            out.push(html! { <p>{ inline(&para.join(" ")) }</p> });
            para.clear();
        }
        if !list.is_empty() {
            out.push(
                html! { <ul>{ for list.iter().map(|i| html! { <li>{ inline(i) }</li> }) }</ul> },
            );
            list.clear();
        }
    };
    for line in md.lines() {
        let t = line.trim_end();
        if let Some(h) = t.strip_prefix("## ") {
            flush(&mut para, &mut list, &mut out);
            out.push(html! { <h3 id={slug(h)}>{ h }</h3> });
        } else if let Some(h) = t.strip_prefix("### ") {
            flush(&mut para, &mut list, &mut out);
            out.push(html! { <h4 id={slug(h)}>{ h }</h4> });
        } else if t.starts_with("# ") || t.starts_with("<!--") {
            // The page title is the section's; comments are notes for editors.
            flush(&mut para, &mut list, &mut out);
        } else if let Some(item) = t.strip_prefix("- ") {
            if !para.is_empty() {
                let mut none = Vec::new();
                flush(&mut para, &mut none, &mut out);
            }
            list.push(item.to_string());
        } else if t.starts_with("  ") && !list.is_empty() && !t.trim().is_empty() {
            if let Some(last) = list.last_mut() {
                last.push(' ');
                last.push_str(t.trim());
            }
        } else if t.trim().is_empty() {
            flush(&mut para, &mut list, &mut out);
        } else {
            if !list.is_empty() {
                let mut none = Vec::new();
                flush(&mut none, &mut list, &mut out);
            }
            para.push(t);
        }
    }
    flush(&mut para, &mut list, &mut out);
    out.into_iter().collect()
}

/// The explanation in parts, each put on the page in a task of its own: the
/// text before the first `## ` heading, then each `## ` section.
pub fn parts(md: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    for (at, _) in md.match_indices("\n## ") {
        out.push(&md[from..=at]);
        from = at + 1;
    }
    out.push(&md[from..]);
    out
}

/// Props of [`Part`].
#[derive(Properties, PartialEq)]
struct PartProps {
    md: AttrValue,
}

/// One part of the explanation (unchanged props: not built again).
#[function_component(Part)]
fn part(props: &PartProps) -> Html {
    render(&props.md)
}

/// "How the model works".
#[function_component(Explainer)]
pub fn explainer() -> Html {
    // None while loading; then its parts, or none if it could not be had.
    let body = use_state(|| None::<Option<Rc<Vec<AttrValue>>>>);
    {
        let body = body.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let md = crate::web::fetch_text(MODEL_URL).await;
                body.set(Some(md.map(|md| {
                    Rc::new(
                        parts(&md)
                            .into_iter()
                            .map(|p| p.to_string().into())
                            .collect(),
                    )
                })));
            });
        });
    }
    let count = match &*body {
        Some(Some(all)) => all.len(),
        _ => 0,
    };
    // One part more in each task, so that a phone can answer a tap while the
    // long text goes in.
    let shown = use_built_in_turn(count, 0, 1);
    // A link to a part of the explanation ("How?" in the embed view opens the
    // explorer at one) arrives before the explanation does: go there once it is in.
    {
        let loaded = count > 0 && shown >= count;
        use_effect_with(loaded, |loaded| {
            if *loaded {
                crate::web::scroll_to_fragment();
            }
        });
    }
    let content = match &*body {
        None => html! { <p class="help">{ "Loading the explanation…" }</p> },
        Some(Some(all)) => html! {
            { for all.iter().take(shown).enumerate().map(|(i, md)| html! { <Part key={i} md={md.clone()} /> }) }
        },
        Some(None) => html! {
            <p class="help">{ "The explanation could not be loaded here. Reload the page to try again, or read docs/MODEL.md in the project." }</p>
        },
    };
    html! {
        <section class="explainer" aria-labelledby="model-title">
            <details id="how" open=true>
                <summary><h2 id="model-title">{ "How the model works" }</h2></summary>
                { content }
            </details>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::parts;

    #[test]
    fn the_parts_are_the_whole_text_split_before_each_section() {
        let md = include_str!("../../docs/MODEL.md");
        let all = parts(md);
        assert_eq!(all.concat(), md);
        assert_eq!(all.len(), md.matches("\n## ").count() + 1);
        assert!(all[1..].iter().all(|p| p.starts_with("## ")));
        assert_eq!(parts("no sections"), vec!["no sections"]);
    }
}
