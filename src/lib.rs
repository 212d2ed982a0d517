//! Strike Explorer: what strike strategies do to a union's strike fund and an
//! employer's work backlog.
//!
//! Floors, bottom up: [`model`] and [`format`] (pure); [`chart`], [`summary`],
//! [`csv`] and [`web`] (the thin browser layer); then the app in [`ui`] and the
//! command line in `src/bin/`. Everything compiles for the host too, so
//! `cargo test` and clippy see it all; the browser parts run only in wasm32.

#![deny(missing_docs)]

pub mod chart;
pub mod compare;
pub mod csv;
pub mod embed;
pub mod format;
pub mod personal;
pub mod saved;
pub use strike_model as model;
pub mod summary;
pub mod ui;
pub mod web;
