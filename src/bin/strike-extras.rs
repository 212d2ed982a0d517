//! The extras: "How the model works", the downloads and the code for a
//! website, built as a second WebAssembly module that the explorer loads
//! after its first chart (see `strike_explorer::web::later`).

fn main() {
    strike_explorer::web::install_panic_hook();
    strike_explorer::ui::extras::start();
}
