use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// A canvas's first drawing, put off to a task of its own
/// ([`use_first_drawing_later`]).
pub struct FirstDrawing<T> {
    latest: Rc<RefCell<Option<T>>>,
    asked: Rc<Cell<bool>>,
}

impl<T: 'static> FirstDrawing<T> {
    /// Notes `now` as what to draw. The first time, puts the drawing off to a
    /// task of its own, where `draw` draws whatever is latest by then, and
    /// says so (true); after that, says false, and the caller draws at once.
    pub fn put_off(&self, now: T, draw: impl FnOnce(&T) + 'static) -> bool {
        *self.latest.borrow_mut() = Some(now);
        if self.asked.replace(true) {
            return false;
        }
        let latest = self.latest.clone();
        gloo::timers::callback::Timeout::new(0, move || {
            if let Some(t) = latest.borrow().as_ref() {
                draw(t);
            }
        })
        .forget();
        true
    }
}

/// For a canvas: its first drawing waits for a task of its own, so the page's
/// static copy of the chart stays on screen until then and a phone stays free
/// to answer a tap between one chart and the next (see
/// [`FirstDrawing::put_off`]).
#[hook]
pub fn use_first_drawing_later<T: 'static>() -> FirstDrawing<T> {
    let latest = use_mut_ref(|| None);
    let asked = use_memo((), |_| Cell::new(false));
    FirstDrawing { latest, asked }
}
