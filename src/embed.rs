//! The code a campaign website pastes into a page to show the explorer: an
//! `<iframe>` of the embed view, and, for sites that allow scripts, the small
//! resizer shipped with the build (`assets/embed/resize.js`) that fits the
//! iframe to the app's height. Pure and shared by the app and the command line.

use crate::model::fields::FieldId;

/// The iframe's height in CSS pixels when no script sets it: enough for the
/// embed view with the default sliders from a 300 px sidebar up (about 3,150
/// px there, with the targeted areas' own backlog among the figures). End-to-end
/// tests fail if the view outgrows it. Wider columns show some space below;
/// the resizer takes it away.
pub const EMBED_HEIGHT_PX: u32 = 3400;

/// Where the resizer script is, beside the app's page.
pub const RESIZER_PATH: &str = "embed/resize.js";

/// The iframe's title, read by screen readers on the host page.
pub const IFRAME_TITLE: &str =
    "Strike Explorer: what a strike plan does to the strike fund and the backlog";

/// The sliders a branch can choose for its embed view, in the order offered.
pub const SLIDER_CHOICES: [FieldId; 8] = [
    FieldId::Levy,
    FieldId::LevyTakeUp,
    FieldId::Strikers,
    FieldId::TargetedPay,
    FieldId::TargetedWeeks,
    FieldId::BanWeeks,
    FieldId::Participation,
    FieldId::Overtime,
];

/// Text made safe to put inside an HTML attribute.
fn attribute(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The code to paste: the iframe of `page` (the app's address, without a
/// query) showing `query` (the scenario and the view, with `embed=1`), and,
/// if `resizer`, the script tag that fits its height.
pub fn embed_code(page: &str, query: &str, resizer: bool) -> String {
    let src = if query.is_empty() {
        page.to_string()
    } else {
        format!("{page}?{query}")
    };
    let mut code = format!(
        "<iframe src=\"{}\" title=\"{IFRAME_TITLE}\" loading=\"lazy\" width=\"100%\" height=\"{EMBED_HEIGHT_PX}\" style=\"width:100%;border:0\" data-strike-explorer></iframe>",
        attribute(&src)
    );
    if resizer {
        let base = page.rsplit_once('/').map_or(page, |(dir, _)| dir);
        code.push_str(&format!(
            "\n<script src=\"{}/{RESIZER_PATH}\" async></script>",
            attribute(base)
        ));
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::query::{EMBED_SLIDERS, MAX_EMBED_SLIDERS};

    #[test]
    fn the_sample_host_page_uses_the_code_the_app_gives() {
        let page = include_str!("../docs/host-page.html");
        let app = "http://127.0.0.1:8080/";
        let with_resizer = embed_code(app, "v=3&levy=5&own=0&embed=1", true)
            .replace("<iframe ", "<iframe id=\"with-resizer\" ");
        assert!(page.contains(&with_resizer), "{with_resizer}");
        let bare = embed_code(app, "v=3&own=0&embed=1&show=levy,strikers", false)
            .replace("<iframe ", "<iframe id=\"bare\" ")
            .replace(" data-strike-explorer", "");
        assert!(page.contains(&bare), "{bare}");
    }

    #[test]
    fn the_default_sliders_are_offered() {
        assert!(EMBED_SLIDERS.iter().all(|id| SLIDER_CHOICES.contains(id)));
        assert!(SLIDER_CHOICES.len() <= MAX_EMBED_SLIDERS);
    }

    #[test]
    fn the_code_is_an_iframe_and_the_resizer_beside_the_app() {
        let code = embed_code(
            "https://union.example/strike-explorer/",
            "v=3&levy=5&embed=1",
            true,
        );
        assert_eq!(
            code,
            format!(
                "<iframe src=\"https://union.example/strike-explorer/?v=3&amp;levy=5&amp;embed=1\" title=\"{IFRAME_TITLE}\" loading=\"lazy\" width=\"100%\" height=\"{EMBED_HEIGHT_PX}\" style=\"width:100%;border:0\" data-strike-explorer></iframe>\n<script src=\"https://union.example/strike-explorer/embed/resize.js\" async></script>"
            )
        );
        // A page named in the address: the script sits beside it.
        let code = embed_code("https://union.example/tools/index.html", "embed=1", true);
        assert!(code.contains("src=\"https://union.example/tools/embed/resize.js\""));
        assert!(!embed_code("https://union.example/", "embed=1", false).contains("<script"));
        // Nothing in an address can close the attribute.
        assert!(!embed_code("https://x.example/\"><script>", "", false).contains("\"><script>"));
    }
}
