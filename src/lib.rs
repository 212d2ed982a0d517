//! Strike Explorer: what strike strategies do to a union's strike fund and an
//! employer's work backlog.
//!
//! Floors, bottom up: [`model`] and [`format`]; [`chart`], [`summary`] and
//! [`csv`]; then the browser app in `ui` and `web` (wasm32 only) and the
//! command line in `src/bin/`.

pub mod chart;
pub mod csv;
pub mod format;
pub mod model;
pub mod summary;
pub mod ui;
pub mod web;
