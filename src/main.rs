//! Mounts the app. Everything else lives in the library.

fn main() {
    strike_explorer::web::install_panic_hook();
    match strike_explorer::web::app_root() {
        Some(root) => yew::Renderer::<strike_explorer::ui::App>::with_root(root).render(),
        None => yew::Renderer::<strike_explorer::ui::App>::new().render(),
    };
}
