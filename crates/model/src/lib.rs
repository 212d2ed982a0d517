//! The strike model: pure, deterministic, std and serde only.
//! The app uses it as `strike_explorer::model`.
//!
//! [`simulate`] turns one [`Params`] into daily series and headline figures.
//! `docs/MODEL.md` explains every equation in plain English. Nothing here
//! knows about the browser or the words on screen: it is its own crate, with
//! serde its only dependency, so the compiler keeps it so. Validation and the
//! solvers return structured reasons that the floors above put into words.

#![deny(missing_docs)]

pub mod ballot;
pub mod calendar;
pub mod choices;
pub mod compare;
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
