//! Scenarios saved on this device: how each is written in the browser's
//! storage and read back. Each entry is its own storage item, versioned and
//! checked on its own, so one damaged entry is shown and skipped without
//! losing the others. Pure, so every case is tested natively; the browser
//! side is `web::storage`.

use crate::model::compare::clean_name;
use crate::model::query::from_query;
use crate::model::validate::Problem;

/// What every saved entry's storage key starts with; the rest is the time it
/// was saved (milliseconds since 1970, 15 digits), so keys sort oldest first.
pub const PREFIX: &str = "strike-explorer.saved.";

/// The format of an entry, its first line.
pub const FORMAT: &str = "strike-explorer saved scenario 1";

/// The longest entry read (characters): a scenario's query is well under 2,000.
pub const MAX_ENTRY: usize = 8_000;

/// Most entries listed.
pub const MAX_ENTRIES: usize = 50;

/// A saved scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Its storage key.
    pub key: String,
    /// Its name.
    pub name: String,
    /// The scenario's link query (`v=3&levy=5`).
    pub query: String,
}

/// An entry as read from storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Read {
    /// A good entry.
    Good(Entry),
    /// One that cannot be used, and why, in words.
    Bad {
        /// Its storage key.
        key: String,
        /// Why, for people.
        why: &'static str,
    },
}

/// The storage key of an entry saved at `millis` (ms since 1970).
pub fn key_at(millis: f64) -> String {
    let ms = if millis.is_finite() {
        millis.max(0.0)
    } else {
        0.0
    };
    format!("{PREFIX}{:015}", ms as u64)
}

/// The text stored for a scenario: the format, the name, the query, a line each.
pub fn encode(name: &str, query: &str) -> String {
    format!("{FORMAT}\n{}\n{query}", clean_name(name, "Saved scenario"))
}

/// Reads one stored entry. Never panics.
pub fn decode(key: &str, text: &str) -> Read {
    let bad = |why| Read::Bad {
        key: key.to_string(),
        why,
    };
    if text.len() > MAX_ENTRY {
        return bad("it is too long to be a saved scenario");
    }
    let mut lines = text.splitn(3, '\n');
    let (Some(format), Some(name), Some(query)) = (lines.next(), lines.next(), lines.next()) else {
        return bad("it is not in the form Strike Explorer saves");
    };
    if format != FORMAT {
        return bad("it was saved in a form this version cannot read");
    }
    let (_, notes) = from_query(query);
    if notes.iter().any(|a| a.problem != Problem::LeftOut) {
        return bad("some of its settings are damaged");
    }
    Read::Good(Entry {
        key: key.to_string(),
        name: clean_name(name, "Saved scenario"),
        query: query.to_string(),
    })
}

/// Every saved entry among the storage items given (key and text), oldest
/// first, at most [`MAX_ENTRIES`]; other items are left alone.
pub fn read_all(items: impl IntoIterator<Item = (String, String)>) -> Vec<Read> {
    let mut mine: Vec<(String, String)> = items
        .into_iter()
        .filter(|(k, _)| k.starts_with(PREFIX))
        .collect();
    mine.sort();
    mine.iter()
        .take(MAX_ENTRIES)
        .map(|(k, v)| decode(k, v))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_round_trips_and_keys_sort_oldest_first() {
        let text = encode("Two one-day strikes", "v=3&nd=10,15");
        let key = key_at(1_764_000_000_000.0);
        assert_eq!(
            decode(&key, &text),
            Read::Good(Entry {
                key: key.clone(),
                name: "Two one-day strikes".into(),
                query: "v=3&nd=10,15".into()
            })
        );
        assert!(key_at(9.0) < key_at(10.0));
        assert_eq!(key_at(f64::NAN), format!("{PREFIX}000000000000000"));
    }

    #[test]
    fn damaged_entries_are_named_and_the_good_ones_kept() {
        let items = vec![
            (key_at(3.0), encode("Good", "v=3&levy=5")),
            (key_at(1.0), "garbage".to_string()),
            (
                key_at(2.0),
                "strike-explorer saved scenario 9\nOld\nv=3".to_string(),
            ),
            (key_at(4.0), encode("Damaged", "v=3&levy=abc")),
            (key_at(5.0), "x".repeat(MAX_ENTRY + 1)),
            ("someone-else".to_string(), "not ours".to_string()),
        ];
        let read = read_all(items);
        assert_eq!(read.len(), 5);
        assert!(matches!(&read[0], Read::Bad { why, .. } if why.contains("not in the form")));
        assert!(matches!(&read[1], Read::Bad { why, .. } if why.contains("cannot read")));
        assert!(matches!(&read[2], Read::Good(e) if e.name == "Good"));
        assert!(matches!(&read[3], Read::Bad { why, .. } if why.contains("damaged")));
        assert!(matches!(&read[4], Read::Bad { why, .. } if why.contains("too long")));
    }

    #[test]
    fn names_are_cleaned() {
        let text = encode("  \u{7}<b>x</b>  ", "v=3");
        assert!(matches!(decode("k", &text), Read::Good(e) if e.name == "<b>x</b>"));
        assert!(
            matches!(decode("k", &encode("", "v=3")), Read::Good(e) if e.name == "Saved scenario")
        );
    }
}
