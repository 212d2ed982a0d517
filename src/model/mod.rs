//! The strike model: pure, deterministic, std and serde only.
//!
//! [`simulate`] turns one [`Params`] into daily series and headline figures.
//! `docs/MODEL.md` explains every equation in plain English.

pub mod ballot;
pub mod calendar;
pub mod fields;
pub mod params;
pub mod presets;
pub mod query;
pub mod simulate;
pub mod solve;
pub mod uncertainty;

pub use calendar::Date;
pub use params::{Params, Pence};
pub use simulate::{simulate, Headline, Outcome};
