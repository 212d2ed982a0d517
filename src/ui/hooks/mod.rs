//! Reusable behaviour of components, as custom hooks (as yew's examples keep them).

mod use_built_in_turn;
mod use_debounced;
mod use_first_drawing_later;
mod use_open_groups;
mod use_page_query;
mod use_resize;
mod use_scenario;

pub use use_built_in_turn::use_built_in_turn;
pub use use_debounced::use_debounced;
pub use use_first_drawing_later::{use_first_drawing_later, FirstDrawing};
pub use use_open_groups::{use_open_groups, OpenGroups};
pub use use_page_query::{
    page_kept_now, page_scenario_now, use_page_kept, use_page_query, use_page_scenario,
};
pub use use_resize::use_window_resize;
pub use use_scenario::{use_scenario, Link, Scenario};
