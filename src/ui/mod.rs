//! The browser app: one component a file, all state in [`state::State`].

pub mod app;
pub mod ballot_panel;
pub mod ballot_view;
pub mod calendar;
pub mod calendar_panel;
pub mod chart_view;
pub mod charts;
pub mod compare_table;
pub mod compare_view;
pub mod downloads;
pub mod embed_code;
pub mod embed_view;
pub mod explainer;
pub mod explorer;
pub mod extras;
pub mod headline;
pub mod hooks;
pub mod link_notes;
pub mod my_cost;
pub mod panel;
pub mod peek;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod presets;
pub mod saved_view;
pub mod share;
pub mod slider;
pub mod state;
pub mod summary_view;
pub mod what_it_takes;

pub use app::App;
