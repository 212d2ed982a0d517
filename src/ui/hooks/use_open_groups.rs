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

/// The panel's open groups. Where the page is one column (a phone, a tablet
/// held upright) they start closed, so the results are a short scroll away;
/// beside the results all but Uncertainty and Ballot start open. The page's
/// static first view (`ui::prerender`) holds only the first: the others
/// start below what a screen shows of the panel, and the app opens them when
/// it starts (on one column, the stylesheet shows the first closed too).
#[hook]
pub fn use_open_groups() -> OpenGroups {
    let narrow = *use_memo((), |_| crate::web::is_one_column());
    let open = use_state(|| {
        if crate::web::prerendering() {
            return Group::ALL.map(|g| g == Group::ALL[0]);
        }
        Group::ALL.map(|g| !narrow && !matches!(g, Group::Uncertainty | Group::Ballot))
    });
    OpenGroups { open }
}
