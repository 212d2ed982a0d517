//! Mounts the app. Everything else lives in the library.

fn main() {
    strike_explorer::web::install_panic_hook();
    yew::Renderer::<strike_explorer::ui::App>::new().render();
}
