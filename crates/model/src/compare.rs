//! Scenarios kept for comparison beside the one in the sliders, and how a link
//! carries them: one `keep=` pair each, `keep=<name>~<settings>`, where the
//! name is percent-encoded and the settings are the scenario's own link query
//! with `;` between settings and `:` in place of `=`, so that it sits inside
//! one value: `keep=Two%20one-day%20strikes~nd:10,12`. The link's own version
//! (`v=`) and `own=0` apply to every kept scenario as to the main one.

use super::params::Params;
use super::query::{from_query, public_query, to_query, OWN_KEY};
use super::validate::{Adjustment, Problem, Setting};

/// The key of a kept scenario in a link.
pub const KEEP_KEY: &str = "keep";

/// Most scenarios kept beside the one in the sliders: three on the charts in all.
pub const MAX_KEPT: usize = 2;

/// Most characters of a kept scenario's name.
pub const MAX_NAME: usize = 40;

/// A scenario kept for comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// Its name, as the user gave it (at most [`MAX_NAME`] characters, no
    /// control characters; never empty).
    pub name: String,
    /// Its settings, validated.
    pub params: Params,
}

/// The letter of the scenario at place `i` (from 0): `A`, `B`, `C`.
pub fn letter(i: usize) -> char {
    (b'A' + (i.min(25) as u8)) as char
}

/// A name made fit to keep: without control characters, trimmed, at most
/// [`MAX_NAME`] characters; `fallback` if nothing is left.
pub fn clean_name(name: &str, fallback: &str) -> String {
    let s: String = name
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect();
    let s = s.trim();
    if s.is_empty() {
        fallback.to_string()
    } else {
        s.to_string()
    }
}

/// Percent-encodes every byte but letters, digits and `-._`.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One scenario's settings as they sit inside a `keep=` value.
fn inner(query: &str) -> String {
    query
        .split('&')
        .filter(|kv| !kv.starts_with("v=") && !kv.starts_with("own="))
        .collect::<Vec<_>>()
        .join(";")
        .replace('=', ":")
}

fn write(kept: &[Kept], query: fn(&Params) -> String) -> String {
    kept.iter()
        .take(MAX_KEPT)
        .map(|k| {
            format!(
                "{KEEP_KEY}={}~{}",
                encode(&k.name),
                inner(&query(&k.params))
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The `keep=` pairs of a link for these kept scenarios ('' for none).
pub fn kept_query(kept: &[Kept]) -> String {
    write(kept, to_query)
}

/// As [`kept_query`], without the union's own figures (for a link that has
/// `own=0`): see [`public_query`].
pub fn public_kept_query(kept: &[Kept]) -> String {
    write(kept, public_query)
}

/// The kept scenarios a link carries, in order, at most [`MAX_KEPT`], with a
/// note for each that could not be used as written. Never panics.
pub fn kept_from_query(query: &str) -> (Vec<Kept>, Vec<Adjustment>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    // What applies to every scenario of the link.
    let shared: Vec<&str> = query
        .split('&')
        .filter(|kv| kv.starts_with("v=") || *kv == format!("{OWN_KEY}=0"))
        .take(2)
        .collect();
    let mut kept = Vec::new();
    let mut notes = Vec::new();
    let pairs = query
        .split('&')
        .take(super::query::MAX_PAIRS)
        .filter_map(|kv| kv.split_once('='))
        .filter(|(k, _)| *k == KEEP_KEY);
    for (i, (_, value)) in pairs.enumerate() {
        if i >= MAX_KEPT {
            notes.push(Adjustment {
                setting: Setting::Kept(i),
                problem: Problem::UnknownKey,
            });
            continue;
        }
        let value = super::query::decode(value);
        let (name, settings) = value.rsplit_once('~').unwrap_or(("", value.as_str()));
        let fallback = format!("Scenario {}", letter(i));
        let name = clean_name(name, &fallback);
        let settings = settings.replace(';', "&").replace(':', "=");
        let mut q = shared.clone();
        q.extend(settings.split('&').filter(|kv| {
            let k = kv.split_once('=').map_or(*kv, |(k, _)| k);
            !super::query::PAGE_KEYS.contains(&k) && k != OWN_KEY
        }));
        let (params, problems) = from_query(&q.join("&"));
        if problems.iter().any(|a| a.problem != Problem::LeftOut) {
            notes.push(Adjustment {
                setting: Setting::Kept(i),
                problem: Problem::NotUnderstood { text: name.clone() },
            });
        }
        kept.push(Kept { name, params });
    }
    (kept, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;

    fn two() -> Vec<Kept> {
        vec![
            Kept {
                name: "Two-day strike".into(),
                params: Params {
                    national_days: vec![10, 11],
                    ..Params::default()
                },
            },
            Kept {
                name: "Two 1-day strikes & £5 levy ~ 50%".into(),
                params: Params {
                    national_days: vec![10, 15],
                    levy_per_month: 500,
                    start: Date::fixed(2027, 1, 4),
                    opening_fund: 123_400,
                    ..Params::default()
                },
            },
        ]
    }

    #[test]
    fn kept_scenarios_round_trip_through_a_link() {
        let kept = two();
        let q = kept_query(&kept);
        assert!(q.starts_with("keep=Two-day%20strike~nd:10,11&keep="), "{q}");
        let link = format!("v=3&levy=4&{q}");
        let (back, notes) = kept_from_query(&link);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(back, kept);
        // The main scenario's reader ignores them.
        let (p, notes) = from_query(&link);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(p.levy_per_month, 400);
        assert_eq!(kept_query(&[]), "");
    }

    #[test]
    fn a_public_link_leaves_the_kept_scenarios_own_figures_out() {
        let q = public_kept_query(&two());
        assert!(!q.contains("fund:"), "{q}");
        let (back, _) = kept_from_query(&format!("v=3&own=0&{q}"));
        assert_eq!(back[1].params.opening_fund, Params::default().opening_fund);
        assert_eq!(back[1].params.levy_per_month, 500);
    }

    #[test]
    fn hostile_kept_scenarios_are_survived_and_named() {
        let (kept, notes) = kept_from_query(
            "keep=%3Cb%3Ebold%3C%2Fb%3E~levy:NaN;embed:1&keep=~&keep=third~levy:5&keep",
        );
        assert_eq!(kept.len(), 2);
        assert_eq!(kept[0].name, "<b>bold</b>");
        assert_eq!(kept[0].params.levy_per_month, 300);
        assert_eq!(kept[1].name, "Scenario B");
        assert_eq!(kept[1].params, Params::default());
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(notes[0].setting, Setting::Kept(0));
        assert_eq!(
            notes[1],
            Adjustment {
                setting: Setting::Kept(2),
                problem: Problem::UnknownKey
            }
        );
        let long = "x".repeat(500);
        let (kept, _) = kept_from_query(&format!("keep={long}~"));
        assert_eq!(kept[0].name.chars().count(), MAX_NAME);
    }

    #[test]
    fn old_links_keep_their_meaning_in_kept_scenarios() {
        let (kept, _) = kept_from_query("v=2&keep=A~levy:5");
        assert_eq!(kept[0].params.area_staff, 0);
        let (kept, _) = kept_from_query("v=3&keep=A~levy:5");
        assert_eq!(kept[0].params.area_staff, Params::default().area_staff);
    }
}
