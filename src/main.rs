//! Mounts the app. Everything else lives in the library.

fn main() {
    strike_explorer::web::install_panic_hook();
    // The first render in a task of its own, after the one that started the
    // WebAssembly: shorter tasks, so that a tap in between is answered.
    gloo::timers::callback::Timeout::new(0, || {
        match strike_explorer::web::app_host() {
            Some(root) => yew::Renderer::<strike_explorer::ui::App>::with_root(root).render(),
            None => yew::Renderer::<strike_explorer::ui::App>::new().render(),
        };
    })
    .forget();
}
