use crate::model::fields::Group;
use yew::prelude::*;

/// Which groups of the panel are open, and a way to open or close one.
#[derive(Clone, PartialEq)]
pub struct OpenGroups {
    open: UseStateHandle<[bool; Group::ALL.len()]>,
}

impl OpenGroups {
    /// Whether a group is open.
    pub fn is_open(&self, g: Group) -> bool {
        Group::ALL
            .iter()
            .position(|&x| x == g)
            .is_some_and(|i| self.open[i])
    }

    /// A callback that records a group opened (true) or closed (false).
    pub fn setter(&self, g: Group) -> Callback<bool> {
        let open = self.open.clone();
        let i = Group::ALL.iter().position(|&x| x == g);
        Callback::from(move |now: bool| {
            let Some(i) = i else { return };
            let mut all = *open;
            if all[i] != now {
                all[i] = now;
                open.set(all);
            }
        })
    }
}

/// The panel's open groups. On a phone they start closed, so the results are
/// a short scroll away; elsewhere all but Uncertainty and Ballot start open.
#[hook]
pub fn use_open_groups() -> OpenGroups {
    let narrow = *use_memo((), |_| crate::web::is_narrow());
    let open = use_state(|| {
        Group::ALL.map(|g| !narrow && !matches!(g, Group::Uncertainty | Group::Ballot))
    });
    OpenGroups { open }
}
