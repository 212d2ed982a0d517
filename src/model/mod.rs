//! The strike model: pure, deterministic, std and serde only.
//!
//! [`simulate`] turns one [`Params`] into daily series and headline figures.
//! `docs/MODEL.md` explains every equation in plain English. Nothing here
//! knows about the browser, the words on screen or any module outside
//! `model` (`tests/layers.rs` checks it); validation and the solvers return
//! structured reasons that the floors above put into words.

pub mod ballot;
pub mod calendar;
pub mod choices;
pub mod fields;
pub mod money;
pub mod params;
pub mod plan;
pub mod presets;
pub mod query;
pub mod simulate;
pub mod solve;
pub mod uncertainty;
pub mod validate;

pub use calendar::Date;
pub use money::Pence;
pub use params::Params;
pub use simulate::{simulate, Headline, Metric, Outcome};
